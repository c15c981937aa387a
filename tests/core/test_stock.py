import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from core.catalogue import ProductUpserted, StoreUpserted, find_by_code, search_products
from core.db import open_sqlite
from core.errors import DomainError
from core.models import Event, StockMovement
from core.replica import emit, init_replica, outbox, outbox_status
from core.stock import BasketLine, on_hand, receive_stock, record_sale, stock_matrix

SKU = "PF-0001"


def test_a_sale_lowers_on_hand_and_queues_exactly_one_event(seeded) -> None:
    db, till = seeded
    with db.read() as s:
        before = on_hand(s, till.store_id, SKU)
        elsewhere = on_hand(s, "MO-TAI", SKU)
        queued = outbox_status(s).pending
    with db.write() as s:
        receipt = record_sale(s, till, [BasketLine(SKU, 2)])
    with db.read() as s:
        assert on_hand(s, till.store_id, SKU) == before - 2
        pending = outbox(s)
        assert len(pending) == queued + 1
        assert pending[-1].kind == "sale.recorded"
        assert pending[-1].payload["lines"] == [
            {"sku": SKU, "qty": 2, "unit_price_avos": find_by_code(s, SKU).price_avos}
        ]
        assert receipt.total_avos == 2 * find_by_code(s, SKU).price_avos
        assert on_hand(s, "MO-TAI", SKU) == elsewhere  # another store's stock is untouched


def test_a_sale_is_never_refused_for_lack_of_stock(seeded) -> None:
    db, till = seeded
    with db.read() as s:
        have = on_hand(s, till.store_id, SKU)
    with db.write() as s:
        record_sale(s, till, [BasketLine(SKU, have + 3)])
    with db.read() as s:
        assert on_hand(s, till.store_id, SKU) == -3


def test_receiving_raises_on_hand(seeded) -> None:
    db, till = seeded
    with db.read() as s:
        before = on_hand(s, till.store_id, SKU)
    with db.write() as s:
        receive_stock(s, till, [BasketLine(SKU, 12)])
    with db.read() as s:
        assert on_hand(s, till.store_id, SKU) == before + 12


@pytest.mark.parametrize(
    ("lines", "code"),
    [
        ([], "sale.empty_basket"),
        ([BasketLine(SKU, 0)], "sale.bad_quantity"),
        ([BasketLine("NOPE", 1)], "catalogue.unknown_sku"),
    ],
)
def test_bad_sales_are_refused_with_a_code_and_write_nothing(seeded, lines, code) -> None:
    db, till = seeded
    with db.read() as s:
        events_before = s.scalar(select(func.count()).select_from(Event))
    with pytest.raises(DomainError) as info, db.write() as s:
        record_sale(s, till, lines)
    assert info.value.code == code
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Event)) == events_before


@pytest.mark.parametrize("query", ["杏仁餅", "almond", "amêndoa", "ck-0001", "AMÊNDOA"])
def test_matrix_search_works_in_every_language_and_by_sku(seeded, query) -> None:
    db, _ = seeded
    with db.read() as s:
        rows = stock_matrix(s, query).rows
        assert rows, query
        assert all(
            query.casefold() in " ".join((r.sku, r.name_zh, r.name_en, r.name_pt)).casefold() for r in rows
        )


def test_matrix_search_by_barcode_and_product_search(seeded) -> None:
    db, _ = seeded
    with db.read() as s:
        some = stock_matrix(s).rows[42]
        code = some.barcodes[0]
        assert [r.sku for r in stock_matrix(s, code).rows] == [some.sku]
        assert [p.sku for p in search_products(s, code)] == [some.sku]


def test_matrix_puts_the_own_store_first(seeded) -> None:
    db, _ = seeded
    with db.read() as s:
        assert stock_matrix(s, first_store="MO-TAI").stores[0].store_id == "MO-TAI"


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["sale", "receipt"]), st.integers(1, 5)), min_size=1, max_size=15))
def test_on_hand_always_equals_the_sum_of_the_ledger(ops) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = open_sqlite(Path(tmp) / "ledger.sqlite3")
        with db.write() as s:
            till = init_replica(s, "till-1", "S1")
            emit(s, "store.upserted", StoreUpserted("S1", "店", "Store", "Loja"))
            emit(s, "product.upserted", ProductUpserted("X", "貨", "Item", "Artigo", 100))
        expected = 0
        for kind, qty in ops:
            with db.write() as s:
                if kind == "sale":
                    record_sale(s, till, [BasketLine("X", qty)])
                    expected -= qty
                else:
                    receive_stock(s, till, [BasketLine("X", qty)])
                    expected += qty
        with db.read() as s:
            ledger = s.scalar(select(func.sum(StockMovement.delta)).where(StockMovement.sku == "X"))
            assert on_hand(s, "S1", "X") == ledger == expected
        db.dispose()
