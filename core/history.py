"""History that survives snapshots: running totals per store and business day that the projection
keeps with every batch and snapshots carry whole, so a dashboard or a monthly review computed on a
till shows the same figures whether the till followed the whole log or caught up through a snapshot
(docs/decisions.md, "History that survives snapshots").

Receipts, refund slips and audit entries of other tills are a replica's window of detail and are not
carried by snapshots; these totals are the figures reports read:

- ``history_sku_day``: per store, day and SKU: units and MOP sold (net of line discounts) and returned;
- ``history_store_day``: per store and day: sales, their total (after basket discounts), discounts
  given, refunds and their total;
- ``history_movements``: per store, day and reason (sale, receipt, return, count, write_off...): units
  in and out of the ledger.

A business day is the local date (Macau, UTC+8, no daylight saving) of when the fact was made.
The totals are sums, so they commute like the ledger: the same set of facts gives the same figures in
any order. A refused fact of this till is taken off again (``revert``). The members feature adds its
per-member totals (last visit, visits, spend) here the same way.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import msgspec
from sqlalchemy import BigInteger, Insert, String, Table, func, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Mapped, Session, mapped_column

from core import registry
from core.events import EventRecord, decode_json
from core.models import Base, Event, StockMovement
from core.prepared import Prepared
from core.projection import Batch
from core.registry import SnapshotTable, register_batch_hook, register_revert_hook, register_snapshot
from core.sales import SaleRecorded, SaleRefunded

BUSINESS_TZ = timezone(timedelta(hours=8))  # Macau: UTC+8 all year


class SkuDay(Base):
    __tablename__ = "history_sku_day"

    store_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    day: Mapped[str] = mapped_column(String(10), primary_key=True)  # YYYY-MM-DD, local
    sku: Mapped[str] = mapped_column(String(40), primary_key=True)
    sold_qty: Mapped[int] = mapped_column(BigInteger, default=0)
    sold_avos: Mapped[int] = mapped_column(BigInteger, default=0)
    returned_qty: Mapped[int] = mapped_column(BigInteger, default=0)
    returned_avos: Mapped[int] = mapped_column(BigInteger, default=0)


class StoreDay(Base):
    __tablename__ = "history_store_day"

    store_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    day: Mapped[str] = mapped_column(String(10), primary_key=True)
    sales: Mapped[int] = mapped_column(BigInteger, default=0)
    sales_avos: Mapped[int] = mapped_column(BigInteger, default=0)
    discount_avos: Mapped[int] = mapped_column(BigInteger, default=0)
    refunds: Mapped[int] = mapped_column(BigInteger, default=0)
    refunds_avos: Mapped[int] = mapped_column(BigInteger, default=0)


class MovementDay(Base):
    __tablename__ = "history_movements"

    store_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    day: Mapped[str] = mapped_column(String(10), primary_key=True)
    reason: Mapped[str] = mapped_column(String(20), primary_key=True)
    units_in: Mapped[int] = mapped_column(BigInteger, default=0)
    units_out: Mapped[int] = mapped_column(BigInteger, default=0)


_DAYS: dict[str, str] = {}


def business_day(occurred_at: str) -> str:
    """The local date a fact belongs to ("" for a time that cannot be read: kept, under no day).
    The day depends only on the minute and the zone: those are looked up, the rest never parsed."""
    key = occurred_at[:16] + occurred_at[19:].lstrip(".0123456789") if len(occurred_at) > 19 else occurred_at
    day = _DAYS.get(key)
    if day is None:
        if len(_DAYS) > 10_000:
            _DAYS.clear()
        day = _DAYS[key] = _business_day(occurred_at)
    return day


def _business_day(occurred_at: str) -> str:
    try:
        moment = datetime.fromisoformat(occurred_at)
    except ValueError:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(BUSINESS_TZ).date().isoformat()


# -- the totals a batch adds -----------------------------------------------------------------------

_SKU_COLUMNS = ("sold_qty", "sold_avos", "returned_qty", "returned_avos")
_STORE_COLUMNS = ("sales", "sales_avos", "discount_avos", "refunds", "refunds_avos")
_MOVE_COLUMNS = ("units_in", "units_out")


class _Totals:
    def __init__(self) -> None:
        self.sku: defaultdict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
        self.store: defaultdict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
        self.moves: defaultdict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0])

    def fact(self, record: EventRecord, payload: Any, day: str, sign: int = 1) -> None:
        store_id = record.store_id or ""
        if isinstance(payload, SaleRecorded):
            for line in payload.lines:
                t = self.sku[(store_id, day, line.sku)]
                t[0] += sign * line.qty
                t[1] += sign * line.amount_avos
            s = self.store[(store_id, day)]
            s[0] += sign
            s[1] += sign * payload.total_avos
            s[2] += sign * (sum(li.discount_avos for li in payload.lines) + payload.basket_discount_avos)
        elif isinstance(payload, SaleRefunded):
            for line in payload.lines:
                t = self.sku[(store_id, day, line.sku)]
                t[2] += sign * line.qty
                t[3] += sign * line.amount_avos
            s = self.store[(store_id, day)]
            s[3] += sign
            s[4] += sign * payload.total_avos

    def movement(self, store_id: str, day: str, reason: str, delta: int, sign: int = 1) -> None:
        m = self.moves[(store_id, day, reason)]
        if delta >= 0:
            m[0] += sign * delta
        else:
            m[1] -= sign * delta

    def write(self, session: Session) -> None:
        if self.sku:
            rows = [
                {"store_id": k[0], "day": k[1], "sku": k[2], **dict(zip(_SKU_COLUMNS, v, strict=True))}
                for k, v in self.sku.items()
            ]
            _ADD_SKU.execute(session, rows)
        if self.store:
            rows = [
                {"store_id": k[0], "day": k[1], **dict(zip(_STORE_COLUMNS, v, strict=True))}
                for k, v in self.store.items()
            ]
            _ADD_STORE.execute(session, rows)
        if self.moves:
            rows = [
                {"store_id": k[0], "day": k[1], "reason": k[2], **dict(zip(_MOVE_COLUMNS, v, strict=True))}
                for k, v in self.moves.items()
            ]
            _ADD_MOVES.execute(session, rows)


def _adding(table: Table, columns: tuple[str, ...]) -> Prepared:
    """INSERT ... ON CONFLICT DO UPDATE SET column = column + new value, compiled once per dialect
    (core/prepared.py: a till's sale and the hub's group commit run these three every time)."""
    keys = [c.key for c in table.primary_key.columns]

    def build(dialect: str) -> Insert:
        insert = (pg_insert if dialect == "postgresql" else sqlite_insert)(table)
        return insert.on_conflict_do_update(
            index_elements=keys, set_={c: table.c[c] + insert.excluded[c] for c in columns}
        )

    return Prepared(build, column_keys=[*keys, *columns])


_ADD_SKU = _adding(SkuDay.__table__, _SKU_COLUMNS)
_ADD_STORE = _adding(StoreDay.__table__, _STORE_COLUMNS)
_ADD_MOVES = _adding(MovementDay.__table__, _MOVE_COLUMNS)


def _on_batch(_session: Session, items: list[tuple[EventRecord, msgspec.Struct]], batch: Batch) -> None:
    """Every applied batch: its sales and refunds, and every ledger movement it makes, by day."""
    totals = _Totals()
    days: dict[str, str] = {}
    for record, payload in items:
        day = business_day(record.occurred_at)
        days[record.event_id] = day
        totals.fact(record, payload, day)
    for m in batch.movements:
        event_id = str(m["event_id"])
        delta = m["delta"]
        assert isinstance(delta, int)
        totals.movement(str(m["store_id"]), days.get(event_id, ""), str(m["reason"]), delta)
    batch.later(_write_totals, totals)


def _write_totals(session: Session, totals: list[_Totals]) -> None:
    for t in totals:
        t.write(session)


def _on_revert(session: Session, event: Event, movements: list[tuple[str, str, int, str]]) -> None:
    """A fact of this till the hub refused: its totals come off again."""
    totals = _Totals()
    day = business_day(event.occurred_at)
    kind = registry.kind(event.kind)
    if kind is not None and kind.payload in (SaleRecorded, SaleRefunded):
        record = EventRecord(
            event_id=event.event_id,
            device_id=event.device_id,
            seq=max(event.seq, 1),
            store_id=event.store_id,
            kind=event.kind,
            occurred_at=event.occurred_at,
            payload=decode_json(event.payload),
        )
        totals.fact(record, msgspec.convert(record.payload, kind.payload), day, sign=-1)
    for store_id, _sku, delta, reason in movements:
        totals.movement(store_id, day, reason, delta, sign=-1)
    totals.write(session)


def _readd(session: Session, own: list[tuple[EventRecord, Any]]) -> None:
    """After a snapshot replaced the totals: this till's facts it does not cover yet, added again."""
    if not own:
        return
    totals = _Totals()
    days = {}
    for record, payload in own:
        days[record.event_id] = day = business_day(record.occurred_at)
        totals.fact(record, payload, day)
    ids = list(days)
    for start in range(0, len(ids), 500):
        for m in session.scalars(
            select(StockMovement).where(StockMovement.event_id.in_(ids[start : start + 500]))
        ):
            totals.movement(m.store_id, days[m.event_id], m.reason, m.delta)
    totals.write(session)


register_batch_hook(_on_batch)
register_revert_hook(_on_revert)
register_snapshot(
    SnapshotTable("history_sku_day", SkuDay, mode="aggregate", readd=_readd),
    SnapshotTable("history_store_day", StoreDay, mode="aggregate"),
    SnapshotTable("history_movements", MovementDay, mode="aggregate"),
)


# -- what reports read -----------------------------------------------------------------------------


@dataclass(frozen=True)
class DayFigures:
    store_id: str
    day: str
    sales: int
    sales_avos: int
    discount_avos: int
    refunds: int
    refunds_avos: int

    @property
    def net_avos(self) -> int:
        return self.sales_avos - self.refunds_avos

    @property
    def average_sale_avos(self) -> int:
        return self.sales_avos // self.sales if self.sales else 0


@dataclass(frozen=True)
class SkuFigures:
    sku: str
    sold_qty: int
    sold_avos: int
    returned_qty: int
    returned_avos: int


def days(session: Session, first: str, last: str, store_id: str | None = None) -> list[DayFigures]:
    """Each store's figures for each day from ``first`` to ``last`` (local dates, inclusive)."""
    stmt = select(StoreDay).where(StoreDay.day >= first, StoreDay.day <= last)
    if store_id is not None:
        stmt = stmt.where(StoreDay.store_id == store_id)
    return [
        DayFigures(r.store_id, r.day, r.sales, r.sales_avos, r.discount_avos, r.refunds, r.refunds_avos)
        for r in session.scalars(stmt.order_by(StoreDay.store_id, StoreDay.day))
    ]


def skus_sold(session: Session, first: str, last: str, store_id: str | None = None) -> list[SkuFigures]:
    """Per SKU over the days (one store, or the chain), best sellers by MOP first."""
    stmt = select(
        SkuDay.sku,
        func.sum(SkuDay.sold_qty),
        func.sum(SkuDay.sold_avos),
        func.sum(SkuDay.returned_qty),
        func.sum(SkuDay.returned_avos),
    ).where(SkuDay.day >= first, SkuDay.day <= last)
    if store_id is not None:
        stmt = stmt.where(SkuDay.store_id == store_id)
    rows = session.execute(stmt.group_by(SkuDay.sku)).all()
    out = [SkuFigures(sku, int(q), int(a), int(rq), int(ra)) for sku, q, a, rq, ra in rows]
    return sorted(out, key=lambda f: (-f.sold_avos, f.sku))


def movements(session: Session, first: str, last: str, store_id: str) -> dict[str, tuple[int, int]]:
    """Units in and out of a store's ledger over the days, by reason."""
    rows = session.execute(
        select(MovementDay.reason, func.sum(MovementDay.units_in), func.sum(MovementDay.units_out))
        .where(MovementDay.store_id == store_id, MovementDay.day >= first, MovementDay.day <= last)
        .group_by(MovementDay.reason)
    ).all()
    return {reason: (int(i), int(o)) for reason, i, o in rows}
