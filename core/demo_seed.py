"""Writing the demo chain (stores, catalogue, opening stock) as facts of a head-office device."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy.orm import Session

from core.catalogue import ProductUpserted, StoreUpserted
from core.demo_chain import demo_opening_stock, demo_products, demo_staff, demo_stores
from core.ids import new_id
from core.replica import emit
from core.staff import StaffUpserted, hash_pin
from core.stock import StockLine, StockReceived


def seed_demo_chain(session: Session, seed: int = 7) -> int:
    """Emit the demo chain as events in the caller's transaction (the replica must be a head office,
    store_id None). Returns the number of events."""
    count = 0
    for s in demo_stores():
        emit(
            session,
            "store.upserted",
            StoreUpserted(
                s.store_id,
                s.name_zh,
                s.name_en,
                s.name_pt,
                s.latitude,
                s.longitude,
                address_zh=s.address_zh,
                address_pt=s.address_pt,
                phone=s.phone,
            ),
        )
        count += 1
    for p in demo_products():
        emit(
            session,
            "product.upserted",
            ProductUpserted(
                p.sku, p.name_zh, p.name_en, p.name_pt, p.price_avos, list(p.barcodes), p.category
            ),
        )
        count += 1
    for person in demo_staff():
        pin_hash = hash_pin(person.pin)
        emit(
            session,
            "staff.upserted",
            StaffUpserted(
                person.staff_id,
                person.name,
                person.role,
                pin_hash,
                person.store_id,
                name_zh=person.name_zh,
                name_pt=person.name_pt,
            ),
        )
        count += 1
    per_store: dict[str, list[StockLine]] = defaultdict(list)
    for (store_id, sku), qty in sorted(demo_opening_stock(seed).items()):
        if qty > 0:
            per_store[store_id].append(StockLine(sku, qty))
    for store_id, lines in per_store.items():
        emit(
            session,
            "stock.received",
            StockReceived(receipt_id=new_id(), lines=lines, note="opening stock"),
            store_id=store_id,
        )
        count += 1
    return count
