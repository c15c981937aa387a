"""Applying an event to a replica's tables. Counter PCs and the hub run this same code.

Stock changes are signed deltas appended to the ledger, so replicas holding the same set of events
agree whatever order the events arrived in.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import msgspec
from sqlalchemy import BigInteger, Insert, delete, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from core.bulk import insert_rows
from core.catalogue import product_search_text, upsert_products
from core.events import (
    EventRecord,
    ProductUpserted,
    SaleRecorded,
    StaffUpserted,
    StockReceived,
    StoreUpserted,
    decode_payload,
)
from core.models import (
    Barcode,
    Event,
    Product,
    Sale,
    SaleDetail,
    SaleLine,
    SaleTender,
    Staff,
    StockBalance,
    StockMovement,
    Store,
)
from core.prepared import Prepared, zip_lists
from core.projection_counter import COUNTER_KINDS, apply_counter, revert_counter, sale_extras
from core.projection_staff import STAFF_ADMIN_KINDS, apply_staff_admin, revert_staff_admin
from core.projection_stocktake import STOCKTAKE_KINDS, StocktakeRows, count_adjustments, revert_stocktake


@dataclass
class Changes:
    """What an applied batch touched, for screens to refresh only that."""

    stock: set[tuple[str, str]] = field(default_factory=set)
    catalogue: bool = False
    stores: bool = False
    # Other things screens show: "sales", "holds", "transfers", "waitlist", "alerts", "audit".
    areas: set[str] = field(default_factory=set)

    def merge(self, other: Changes) -> None:
        self.stock |= other.stock
        self.catalogue |= other.catalogue
        self.stores |= other.stores
        self.areas |= other.areas

    def __bool__(self) -> bool:
        return bool(self.stock) or self.catalogue or self.stores or bool(self.areas)


def search_text(p: ProductUpserted) -> str:
    return product_search_text(p)


def apply_event(session: Session, record: EventRecord) -> Changes:
    """Project one event (whose ``events`` row the caller has written) into the domain tables."""
    return apply_batch(session, [(record, decode_payload(record))])


def apply_batch(session: Session, batch: list[tuple[EventRecord, msgspec.Struct]]) -> Changes:
    """Project validated events in order, in bulk: one statement per table for the whole batch.

    Catalogue facts are applied one by one in order (the newest wins); stock facts commute, so their
    deltas are summed per (store, SKU) and written with one upsert.
    """
    changes = Changes()
    movements: list[dict[str, object]] = []
    deltas: dict[tuple[str, str], int] = defaultdict(int)
    sales: list[dict[str, object]] = []
    stocktakes = StocktakeRows()
    products: list[ProductUpserted] = []
    lines: list[dict[str, object]] = []
    details: list[dict[str, object]] = []
    tenders: list[dict[str, object]] = []
    for record, payload in batch:
        if isinstance(payload, SaleRecorded | StockReceived):
            store_id = record.store_id
            assert store_id is not None
            sign, reason = (-1, "sale") if isinstance(payload, SaleRecorded) else (1, "receipt")
            for line in payload.lines:
                movements.append(
                    {
                        "event_id": record.event_id,
                        "store_id": store_id,
                        "sku": line.sku,
                        "delta": sign * line.qty,
                        "reason": reason,
                    }
                )
                deltas[(store_id, line.sku)] += sign * line.qty
            if isinstance(payload, SaleRecorded):
                sales.append(
                    {
                        "sale_id": payload.sale_id,
                        "event_id": record.event_id,
                        "store_id": store_id,
                        "device_id": record.device_id,
                        "total_avos": payload.total_avos,
                        "occurred_at": record.occurred_at,
                    }
                )
                lines.extend(
                    {
                        "sale_id": payload.sale_id,
                        "line_no": n,
                        "sku": li.sku,
                        "qty": li.qty,
                        "unit_price_avos": li.unit_price_avos,
                        "discount_avos": li.discount_avos,
                    }
                    for n, li in enumerate(payload.lines, start=1)
                )
                detail, paid = sale_extras(record, payload)
                details.append(detail)
                tenders.extend(paid)
        elif record.kind in COUNTER_KINDS:
            for store_id, sku, delta, reason in apply_counter(session, record, payload, changes):
                movements.append(
                    {
                        "event_id": record.event_id,
                        "store_id": store_id,
                        "sku": sku,
                        "delta": delta,
                        "reason": reason,
                    }
                )
                deltas[(store_id, sku)] += delta
        elif record.kind in STOCKTAKE_KINDS:
            store_id = record.store_id
            assert store_id is not None
            for sku, delta in count_adjustments(payload):
                movements.append(
                    {
                        "event_id": record.event_id,
                        "store_id": store_id,
                        "sku": sku,
                        "delta": delta,
                        "reason": "count",
                    }
                )
                deltas[(store_id, sku)] += delta
            stocktakes.add(record, payload)
        elif isinstance(payload, ProductUpserted):
            products.append(payload)  # in order, applied in bulk below: the newest fact wins
            changes.catalogue = True
        elif isinstance(payload, StoreUpserted):
            upsert_store(session, payload)
            changes.stores = True
        elif isinstance(payload, StaffUpserted):
            upsert_staff(session, payload)
            changes.areas.add("staff")
        elif record.kind in STAFF_ADMIN_KINDS:
            session.flush()  # a member added earlier in this batch is found by the next fact
            apply_staff_admin(session, record, payload, changes)
    upsert_products(session, products)
    stocktakes.write(session)
    if movements:
        insert_rows(session, StockMovement.__table__, movements)
        add_to_balances(session, deltas)
        changes.stock.update(deltas)
    if sales:
        insert_rows(session, Sale.__table__, sales)
        insert_rows(session, SaleLine.__table__, lines)
        insert_rows(session, SaleDetail.__table__, details)
        if tenders:
            insert_rows(session, SaleTender.__table__, tenders)
        changes.areas.add("sales")
    return changes


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


def upsert_product(session: Session, payload: ProductUpserted) -> None:
    session.merge(
        Product(
            sku=payload.sku,
            category=payload.category,
            name_zh=payload.name_zh,
            name_en=payload.name_en,
            name_pt=payload.name_pt,
            price_avos=payload.price_avos,
            active=payload.active,
            search_text=search_text(payload),
        )
    )
    session.flush()
    session.execute(delete(Barcode).where(Barcode.sku == payload.sku))
    for code in payload.barcodes:
        # A barcode moved from another product follows the newest fact.
        existing = session.get(Barcode, code)
        if existing is not None:
            session.delete(existing)
            session.flush()
        session.add(Barcode(code=code, sku=payload.sku))


def upsert_store(session: Session, payload: StoreUpserted) -> None:
    session.merge(
        Store(
            store_id=payload.store_id,
            name_zh=payload.name_zh,
            name_en=payload.name_en,
            name_pt=payload.name_pt,
            latitude=payload.latitude,
            longitude=payload.longitude,
            active=payload.active,
            address_zh=payload.address_zh,
            address_pt=payload.address_pt,
            phone=payload.phone,
        )
    )


def upsert_staff(session: Session, payload: StaffUpserted) -> None:
    session.merge(
        Staff(
            staff_id=payload.staff_id,
            store_id=payload.store_id,
            name=payload.name,
            role=payload.role,
            pin_hash=payload.pin_hash,
            name_zh=payload.name_zh,
            name_pt=payload.name_pt,
            discount_limit=payload.discount_limit,
            active=payload.active,
        )
    )


def revert_event(session: Session, event_id: str) -> Changes:
    """Undo an event's stock effects on this replica (the hub refused it, so no other replica has it)."""
    changes = Changes()
    movements = session.scalars(select(StockMovement).where(StockMovement.event_id == event_id)).all()
    for m in movements:
        balance = session.get(StockBalance, (m.store_id, m.sku))
        if balance is not None:
            balance.on_hand -= m.delta
        changes.stock.add((m.store_id, m.sku))
        session.delete(m)
    revert_stocktake(session, event_id)
    sale = session.scalar(select(Sale).where(Sale.event_id == event_id))
    if sale is not None:
        session.execute(delete(SaleLine).where(SaleLine.sale_id == sale.sale_id))
        session.execute(delete(SaleDetail).where(SaleDetail.sale_id == sale.sale_id))
        session.execute(delete(SaleTender).where(SaleTender.sale_id == sale.sale_id))
        session.delete(sale)
    row = session.get(Event, event_id)
    if row is not None and row.kind in COUNTER_KINDS:
        revert_counter(session, row, changes)
    if row is not None and row.kind in STAFF_ADMIN_KINDS:
        revert_staff_admin(session, row, changes)
    return changes
