"""Applying an event to a replica's tables. Counter PCs and the hub run this same code.

Stock changes are signed deltas appended to the ledger, so replicas holding the same set of events
agree whatever order the events arrived in.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import delete, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from core.events import (
    EventRecord,
    ProductUpserted,
    SaleRecorded,
    StaffUpserted,
    StockReceived,
    StoreUpserted,
    decode_payload,
)
from core.models import Barcode, Product, Sale, SaleLine, Staff, StockBalance, StockMovement, Store


@dataclass
class Changes:
    """What an applied batch touched, for screens to refresh only that."""

    stock: set[tuple[str, str]] = field(default_factory=set)
    catalogue: bool = False
    stores: bool = False

    def merge(self, other: Changes) -> None:
        self.stock |= other.stock
        self.catalogue |= other.catalogue
        self.stores |= other.stores

    def __bool__(self) -> bool:
        return bool(self.stock) or self.catalogue or self.stores


def search_text(p: ProductUpserted) -> str:
    return " ".join([p.sku, p.name_zh, p.name_en, p.name_pt, *p.barcodes]).casefold()


def _add_movement(session: Session, record: EventRecord, sku: str, delta: int, reason: str) -> None:
    assert record.store_id is not None
    session.add(
        StockMovement(event_id=record.event_id, store_id=record.store_id, sku=sku, delta=delta, reason=reason)
    )
    table = StockBalance.__table__
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    stmt = insert(table).values(store_id=record.store_id, sku=sku, on_hand=delta)
    stmt = stmt.on_conflict_do_update(
        index_elements=["store_id", "sku"], set_={"on_hand": table.c.on_hand + delta}
    )
    session.execute(stmt)


def apply_event(session: Session, record: EventRecord) -> Changes:
    """Project one event (whose ``events`` row the caller has written) into the domain tables."""
    payload = decode_payload(record)
    changes = Changes()
    if isinstance(payload, SaleRecorded):
        assert record.store_id is not None
        session.add(
            Sale(
                sale_id=payload.sale_id,
                event_id=record.event_id,
                store_id=record.store_id,
                device_id=record.device_id,
                total_avos=payload.total_avos,
                occurred_at=record.occurred_at,
            )
        )
        for n, line in enumerate(payload.lines, start=1):
            session.add(
                SaleLine(
                    sale_id=payload.sale_id,
                    line_no=n,
                    sku=line.sku,
                    qty=line.qty,
                    unit_price_avos=line.unit_price_avos,
                )
            )
            _add_movement(session, record, line.sku, -line.qty, "sale")
            changes.stock.add((record.store_id, line.sku))
    elif isinstance(payload, StockReceived):
        assert record.store_id is not None
        for line in payload.lines:
            _add_movement(session, record, line.sku, line.qty, "receipt")
            changes.stock.add((record.store_id, line.sku))
    elif isinstance(payload, ProductUpserted):
        upsert_product(session, payload)
        changes.catalogue = True
    elif isinstance(payload, StoreUpserted):
        upsert_store(session, payload)
        changes.stores = True
    elif isinstance(payload, StaffUpserted):
        upsert_staff(session, payload)
    return changes


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
    sale = session.scalar(select(Sale).where(Sale.event_id == event_id))
    if sale is not None:
        session.execute(delete(SaleLine).where(SaleLine.sale_id == sale.sale_id))
        session.delete(sale)
    return changes
