"""Applying an event to a replica's tables. Counter PCs and the hub run this same code.

Stock changes are signed deltas appended to the ledger, so replicas holding the same set of events
agree whatever order the events arrived in.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any

import msgspec
from sqlalchemy import BigInteger, Insert, Table, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from core import registry
from core.bulk import insert_rows
from core.events import EventRecord, decode_payload
from core.models import Event, StockBalance, StockMovement
from core.prepared import Prepared, zip_lists
from core.registry import Area


class Changes:
    """What an applied batch touched, for screens to refresh only that: (store, SKU) pairs whose stock
    moved, and the areas (``core.registry.Area``) touched."""

    __slots__ = ("areas", "stock")

    def __init__(self, stock: set[tuple[str, str]] | None = None, areas: set[Area] | None = None) -> None:
        self.stock: set[tuple[str, str]] = stock if stock is not None else set()
        self.areas: set[Area] = areas if areas is not None else set()

    @property
    def catalogue(self) -> bool:
        return Area.CATALOGUE in self.areas

    @property
    def stores(self) -> bool:
        return Area.STORES in self.areas

    def merge(self, other: Changes) -> None:
        self.stock |= other.stock
        self.areas |= other.areas

    def __bool__(self) -> bool:
        return bool(self.stock) or bool(self.areas)

    def __repr__(self) -> str:
        return f"Changes(stock={self.stock!r}, areas={sorted(self.areas)!r})"


class Batch:
    """What the kinds of one batch write, collected so that each table gets one statement: ledger
    movements (summed into balances with one upsert), rows for bulk insert (in the order their tables
    were first given, so a parent goes before its lines), and work deferred to the end of the batch."""

    def __init__(self) -> None:
        self.changes = Changes()
        self.movements: list[dict[str, object]] = []
        self.deltas: dict[tuple[str, str], int] = defaultdict(int)
        self.rows: dict[Table, list[dict[str, object]]] = {}
        self._later: dict[Callable[[Session, list[Any]], None], list[Any]] = {}

    def move(self, event_id: str, store_id: str, sku: str, delta: int, reason: str) -> None:
        """A signed change to a store's on-hand, with its reason (sale, receipt, return, count...)."""
        self.movements.append(
            {"event_id": event_id, "store_id": store_id, "sku": sku, "delta": delta, "reason": reason}
        )
        self.deltas[(store_id, sku)] += delta

    def add(self, table: Table, row: dict[str, object]) -> None:
        self.rows.setdefault(table, []).append(row)

    def table(self, table: Table) -> list[dict[str, object]]:
        """The rows collected for ``table`` so far, to append to (the order of first use is kept)."""
        return self.rows.setdefault(table, [])

    def extend(self, table: Table, rows: Iterable[dict[str, object]]) -> None:
        self.rows.setdefault(table, []).extend(rows)

    def later(self, flush: Callable[[Session, list[Any]], None], item: Any) -> None:
        """``flush(session, items)`` once at the end of the batch with every item given, in order."""
        self._later.setdefault(flush, []).append(item)

    def touch(self, *areas: Area) -> None:
        self.changes.areas.update(areas)

    def write(self, session: Session) -> None:
        for flush, items in self._later.items():
            flush(session, items)
        for table, rows in self.rows.items():
            insert_rows(session, table, rows)
        if self.movements:
            insert_rows(session, StockMovement.__table__, self.movements)
            add_to_balances(session, self.deltas)
            self.changes.stock.update(self.deltas)


def apply_event(session: Session, record: EventRecord) -> Changes:
    """Project one event (whose ``events`` row the caller has written) into the domain tables."""
    return apply_batch(session, [(record, decode_payload(record))])


def apply_batch(session: Session, batch: list[tuple[EventRecord, msgspec.Struct]]) -> Changes:
    """Project validated events in order, each by its kind's ``apply`` (core/registry.py), in bulk:
    stock facts commute, so their deltas are summed per (store, SKU) and written with one upsert;
    catalogue facts are applied in order at the end of the batch (the newest wins)."""
    out = Batch()
    kind_of = registry.kind_of
    for record, payload in batch:
        kind = kind_of(payload)
        kind.apply(session, record, payload, out)
        if kind.areas:
            out.changes.areas.update(kind.areas)
    for hook in registry.batch_hooks():
        hook(session, batch, out)
    out.write(session)
    return out.changes


def apply_batch_isolated(
    session: Session, batch: list[tuple[EventRecord, msgspec.Struct]]
) -> tuple[Changes, list[EventRecord]]:
    """``apply_batch``, but an event whose projection fails (a conflicting id) is set aside instead of
    failing the whole batch. Returns the changes and the events that could not be applied."""
    if not batch:
        return Changes(), []
    try:
        with session.begin_nested():
            return apply_batch(session, batch), []
    except IntegrityError:
        pass
    changes, failed = Changes(), []
    for item in batch:
        try:
            with session.begin_nested():
                changes.merge(apply_batch(session, [item]))
        except IntegrityError:
            failed.append(item[0])
    return changes, failed


def _balances_upsert(dialect: str) -> Insert:
    table = StockBalance.__table__
    stmt = (pg_insert if dialect == "postgresql" else sqlite_insert)(table)
    if dialect == "postgresql":  # every row in one statement: arrays, not one execution per row
        rows = zip_lists(("store_id", "sku", "on_hand"), dialect, {"on_hand": BigInteger})
        stmt = stmt.from_select(["store_id", "sku", "on_hand"], rows)
    return stmt.on_conflict_do_update(
        index_elements=["store_id", "sku"], set_={"on_hand": table.c.on_hand + stmt.excluded.on_hand}
    )


_ADD_TO_BALANCES = Prepared(_balances_upsert)


def add_to_balances(session: Session, deltas: dict[tuple[str, str], int]) -> None:
    """On-hand += delta for each (store, SKU), creating rows as needed, in one statement."""
    if session.get_bind().dialect.name == "postgresql":
        keys = list(deltas)
        params: Any = {
            "store_id": [k[0] for k in keys],
            "sku": [k[1] for k in keys],
            "on_hand": list(deltas.values()),
        }
    else:  # SQLite: one statement run for many rows in-process, no round trips to save
        params = [{"store_id": k[0], "sku": k[1], "on_hand": v} for k, v in deltas.items()]
    _ADD_TO_BALANCES.execute(session, params)


def revert_event(session: Session, event_id: str) -> Changes:
    """Undo an event on this replica (the hub refused it, so no other replica has it): its stock
    movements, then whatever its kind's ``revert`` undoes, and the history aggregates."""
    changes = Changes()
    movements = session.scalars(select(StockMovement).where(StockMovement.event_id == event_id)).all()
    moved = [(m.store_id, m.sku, m.delta, m.reason) for m in movements]
    for m in movements:
        balance = session.get(StockBalance, (m.store_id, m.sku))
        if balance is not None:
            balance.on_hand -= m.delta
        changes.stock.add((m.store_id, m.sku))
        session.delete(m)
    row = session.get(Event, event_id)
    kind = registry.kind(row.kind) if row is not None else None
    if row is not None and kind is not None:
        if kind.revert is not None:
            kind.revert(session, row, changes)
        changes.areas.update(kind.areas)
    if row is not None:
        for hook in registry.revert_hooks():
            hook(session, row, moved)
    return changes
