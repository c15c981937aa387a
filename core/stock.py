"""Stock services: selling and receiving (each a local fact with its outbox row), on-hand and the
product × store matrix the Stock screen shows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Annotated, Any

import msgspec
from msgspec import Meta
from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session

from core.catalogue import get_product
from core.clock import Clock
from core.errors import DomainError
from core.events import MAX_LINES, MAX_QTY, EventRecord, Id, Note, SignedQty, Sku, malformed, out_of_range
from core.ids import new_id
from core.models import Barcode, Product, StockBalance, Store
from core.names import ThreeNames
from core.projection import Batch, Changes
from core.registry import Kind, Refs, Scope, line_skus, register
from core.replica import Till, emit
from core.sales import SaleLine, SaleRecorded


class StockLine(msgspec.Struct, frozen=True):
    sku: Sku
    qty: SignedQty


class StockReceived(msgspec.Struct, frozen=True):
    receipt_id: Id
    lines: Annotated[list[StockLine], Meta(max_length=MAX_LINES)]
    note: Note = ""


def check_positive_lines(record: EventRecord, lines: list[StockLine]) -> None:
    """Goods moving in: some lines, each of 1 to MAX_QTY units, each SKU once."""
    if not lines:
        raise malformed(record, "no lines")
    if any(not 0 < line.qty <= MAX_QTY for line in lines):
        raise out_of_range(record, "quantity")


@dataclass(frozen=True)
class BasketLine:
    sku: str
    qty: int


@dataclass(frozen=True)
class SaleReceipt:
    sale_id: str
    total_avos: int
    event: EventRecord
    changes: Changes


@dataclass(frozen=True)
class StoreColumn(ThreeNames):
    store_id: str
    name_zh: str
    name_en: str
    name_pt: str


@dataclass(frozen=True)
class MatrixRow:
    sku: str
    name_zh: str
    name_en: str
    name_pt: str
    price_avos: int
    barcodes: tuple[str, ...]
    on_hand: tuple[int, ...]  # in the order of StockMatrix.stores

    @property
    def total(self) -> int:
        return sum(self.on_hand)


@dataclass(frozen=True)
class StockMatrix:
    stores: tuple[StoreColumn, ...]
    rows: tuple[MatrixRow, ...]


def record_sale(
    session: Session, till: Till, lines: Iterable[BasketLine], clock: Clock | None = None
) -> SaleReceipt:
    """Sell at the till's store at catalogue prices: one event, its outbox row and ledger deltas, atomically.

    A sale is never refused for lack of stock: the goods are in the customer's hand.
    """
    basket = list(lines)
    if not basket:
        raise DomainError("sale.empty_basket")
    if till.store_id is None:
        raise DomainError("stock.unknown_store", store_id="")
    sale_lines = []
    for line in basket:
        if line.qty <= 0:
            raise DomainError("sale.bad_quantity", sku=line.sku, qty=line.qty)
        product = get_product(session, line.sku)
        sale_lines.append(SaleLine(sku=line.sku, qty=line.qty, unit_price_avos=product.price_avos))
    total = sum(sl.qty * sl.unit_price_avos for sl in sale_lines)
    payload = SaleRecorded(sale_id=new_id(), lines=sale_lines, total_avos=total)
    record, changes = emit(session, "sale.recorded", payload, store_id=till.store_id, clock=clock)
    return SaleReceipt(payload.sale_id, total, record, changes)


def receive_stock(
    session: Session, till: Till, lines: Iterable[BasketLine], note: str = "", clock: Clock | None = None
) -> tuple[EventRecord, Changes]:
    """Goods arrived at the till's store (a delivery): positive deltas in the ledger."""
    items = list(lines)
    if not items:
        raise DomainError("sale.empty_basket")
    for line in items:
        if line.qty <= 0:
            raise DomainError("sale.bad_quantity", sku=line.sku, qty=line.qty)
        get_product(session, line.sku)
    payload = StockReceived(receipt_id=new_id(), lines=[StockLine(li.sku, li.qty) for li in items], note=note)
    return emit(session, "stock.received", payload, store_id=till.store_id, clock=clock)


def on_hand(session: Session, store_id: str, sku: str) -> int:
    """Units at a store: the sum of its ledger, kept as a balance in the same transactions."""
    value = session.scalar(
        select(StockBalance.on_hand).where(StockBalance.store_id == store_id, StockBalance.sku == sku)
    )
    return int(value or 0)


def stock_levels(session: Session, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], int]:
    """On-hand for specific (store, SKU) pairs; pairs with no movement yet are 0."""
    wanted = list(set(keys))
    result = dict.fromkeys(wanted, 0)
    for chunk_start in range(0, len(wanted), 400):
        chunk = wanted[chunk_start : chunk_start + 400]
        rows = session.execute(
            select(StockBalance.store_id, StockBalance.sku, StockBalance.on_hand).where(
                tuple_(StockBalance.store_id, StockBalance.sku).in_(chunk)
            )
        )
        for store_id, sku, qty in rows:
            result[(store_id, sku)] = qty
    return result


def list_stores(session: Session) -> tuple[StoreColumn, ...]:
    stores = session.scalars(select(Store).where(Store.active.is_(True)).order_by(Store.store_id))
    return tuple(StoreColumn(s.store_id, s.name_zh, s.name_en, s.name_pt) for s in stores)


def stock_matrix(session: Session, text: str = "", first_store: str | None = None) -> StockMatrix:
    """Every active product (optionally filtered by words in any language, SKU or barcode) × store."""
    stores = list_stores(session)
    if first_store is not None:
        stores = tuple(sorted(stores, key=lambda s: s.store_id != first_store))
    index = {s.store_id: i for i, s in enumerate(stores)}
    stmt = select(Product).where(Product.active.is_(True))
    for word in text.casefold().split():
        stmt = stmt.where(Product.search_text.contains(word, autoescape=True))
    products = list(session.scalars(stmt.order_by(Product.sku)))
    skus = {p.sku for p in products}
    barcodes: dict[str, list[str]] = {}
    for code, sku in session.execute(select(Barcode.code, Barcode.sku)):
        if sku in skus:
            barcodes.setdefault(sku, []).append(code)
    levels: dict[str, list[int]] = {p.sku: [0] * len(stores) for p in products}
    for store_id, sku, qty in session.execute(
        select(StockBalance.store_id, StockBalance.sku, StockBalance.on_hand)
    ):
        if sku in levels and store_id in index:
            levels[sku][index[store_id]] = qty
    rows = tuple(
        MatrixRow(
            sku=p.sku,
            name_zh=p.name_zh,
            name_en=p.name_en,
            name_pt=p.name_pt,
            price_avos=p.price_avos,
            barcodes=tuple(sorted(barcodes.get(p.sku, ()))),
            on_hand=tuple(levels[p.sku]),
        )
        for p in products
    )
    return StockMatrix(stores=stores, rows=rows)


# -- the kind --------------------------------------------------------------------------------------


def _apply_received(_session: Session, record: EventRecord, payload: StockReceived, batch: Batch) -> None:
    for line in payload.lines:
        batch.move(record.event_id, record.store_id or "", line.sku, line.qty, "receipt")


def _remember_received(hub: Any, record: EventRecord, payload: StockReceived) -> None:
    for line in payload.lines:
        hub.state.delta[(record.store_id or "", line.sku)] += line.qty


register(
    Kind(
        "stock.received",
        StockReceived,
        Scope.STORE,
        _apply_received,
        check=lambda record, p: check_positive_lines(record, p.lines),
        refs=lambda _r, p: Refs(line_skus(p.lines)),
        hub_remember=_remember_received,
    )
)


# -- use cases for screens --


def store_column(session: Session, store_id: str | None) -> StoreColumn | None:
    """A store's names, active or not (None for no store, or one this replica does not know yet)."""
    store = session.get(Store, store_id) if store_id else None
    if store is None:
        return None
    return StoreColumn(store.store_id, store.name_zh, store.name_en, store.name_pt)
