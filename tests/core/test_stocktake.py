"""Stocktake: a count anchored to the ledger position it covers, adjustments that commute with sales,
and a manager's PIN for adjustments above the threshold."""

from __future__ import annotations

import itertools

import pytest
from sqlalchemy import select

from core.db import open_sqlite
from core.demo_chain import demo_products
from core.errors import DomainError
from core.models import StockBalance, StockMovement
from core.replica import AckResult, apply_remote, emit, outbox, record_acks
from core.staff import StaffUpserted, hash_pin
from core.stock import BasketLine, on_hand, receive_stock, record_sale
from core.stocktake import (
    AdjustmentThreshold,
    count_item,
    discard_count,
    finish_count,
    open_draft,
    recent_stocktakes,
    review_stocktake,
    set_count,
    start_count,
    variance_report,
)

STORE = "MO-SEN"
CHEAP = next(p for p in demo_products() if 1_000 <= p.price_avos <= 5_000)  # MOP 10-50
DEAR = next(p for p in demo_products() if p.price_avos >= 40_000)  # MOP 400 and more
MANAGER_PIN, CASHIER_PIN = "2468", "1357"


def _staff(db) -> None:
    with db.write() as s:
        emit(
            s, "staff.upserted", StaffUpserted("mgr-1", "Ana", "store_manager", hash_pin(MANAGER_PIN), STORE)
        )
        emit(s, "staff.upserted", StaffUpserted("csh-1", "Ho", "cashier", hash_pin(CASHIER_PIN), STORE))


def _on_hand(db, sku: str) -> int:
    with db.read() as s:
        return on_hand(s, STORE, sku)


def _stock_to(db, till, sku: str, qty: int) -> None:
    """Make the shelf hold exactly ``qty`` (receive the difference, or sell it)."""
    have = _on_hand(db, sku)
    with db.write() as s:
        if qty > have:
            receive_stock(s, till, [BasketLine(sku, qty - have)])
        elif qty < have:
            record_sale(s, till, [BasketLine(sku, have - qty)])


def test_a_small_variance_is_adjusted_at_once_and_scans_add_up(seeded) -> None:
    db, till = seeded
    _stock_to(db, till, CHEAP.sku, 10)
    with db.write() as s:
        draft = start_count(s, till, "Shelf A")
        for _ in range(7):
            count_item(s, draft.draft_id, CHEAP.barcodes[0])
        count_item(s, draft.draft_id, CHEAP.sku.lower(), qty=1)  # typed SKU, any case
        done = finish_count(s, till, draft.draft_id)
    assert done.held == 0
    assert _on_hand(db, CHEAP.sku) == 8
    with db.read() as s:
        report = variance_report(s, done.stocktake_id)
        assert open_draft(s, till) is None
    assert report.state == "applied" and report.section == "Shelf A"
    (row,) = report.rows
    assert (row.expected, row.counted, row.variance, row.value_avos) == (10, 8, -2, -2 * CHEAP.price_avos)


def test_a_sale_during_the_count_is_not_lost(seeded) -> None:
    db, till = seeded
    _stock_to(db, till, CHEAP.sku, 10)
    with db.write() as s:
        draft = start_count(s, till, "Shelf A")
        set_count(s, draft.draft_id, CHEAP.sku, 10)  # counted: all 10 on the shelf
    with db.write() as s:
        record_sale(s, till, [BasketLine(CHEAP.sku, 1)])  # sold while the count goes on
    with db.write() as s:
        done = finish_count(s, till, draft.draft_id)
    with db.read() as s:
        (row,) = variance_report(s, done.stocktake_id).rows
    assert (row.expected, row.counted) == (10, 10)  # expected as at the anchor, not as at the finish
    assert _on_hand(db, CHEAP.sku) == 9


def test_a_sale_made_offline_at_another_till_still_counts_in_any_order(seeded, make_db) -> None:
    source, till = seeded
    _stock_to(source, till, CHEAP.sku, 10)
    with source.read() as s:
        base = [(i + 1, e) for i, e in enumerate(outbox(s, limit=10_000))]
    other_till_db, other_till = make_db("till2", "till-2", STORE)
    with other_till_db.write() as s:
        apply_remote(s, base, len(base))
    with source.write() as s:  # counted here while the other till was offline and sold one
        draft = start_count(s, till, "Shelf A")
        set_count(s, draft.draft_id, CHEAP.sku, 9)
        count = finish_count(s, till, draft.draft_id).event
    with other_till_db.write() as s:
        sale = record_sale(s, other_till, [BasketLine(CHEAP.sku, 1)]).event
    finals = set()
    for order, name in zip(itertools.permutations([count, sale]), "xy", strict=True):
        db, _ = make_db(f"replica-{name}", f"dev-{name}", "MO-TAI")
        with db.write() as s:
            apply_remote(s, base, len(base))
            apply_remote(s, [(len(base) + 1 + i, e) for i, e in enumerate(order)], len(base) + 2)
        finals.add(_on_hand(db, CHEAP.sku))
    with source.write() as s:
        # The log as it reaches this till: its own facts back, then the other till's sale.
        apply_remote(s, [*base, (len(base) + 1, count), (len(base) + 2, sale)], len(base) + 2)
    assert finals == {_on_hand(source, CHEAP.sku)} == {8}  # 10 - 1 (count) - 1 (the sale)


def test_a_large_variance_waits_for_a_manager_and_applies_once_approved(seeded) -> None:
    db, till = seeded
    _staff(db)
    _stock_to(db, till, CHEAP.sku, 20)
    _stock_to(db, till, DEAR.sku, 3)
    threshold = AdjustmentThreshold(max_units=5, max_value_avos=50_000)
    with db.write() as s:
        draft = start_count(s, till, "Back room")
        set_count(s, draft.draft_id, CHEAP.sku, 12)  # 8 units short: above 5 units
        set_count(s, draft.draft_id, DEAR.sku, 1)  # 2 short, but worth more than MOP 500
        done = finish_count(s, till, draft.draft_id, threshold)
    assert done.held == 2
    assert (_on_hand(db, CHEAP.sku), _on_hand(db, DEAR.sku)) == (20, 3)  # nothing applied yet
    with db.write() as s:
        record_sale(s, till, [BasketLine(CHEAP.sku, 1)])  # a sale before the approval
    for pin, code in ((CASHIER_PIN, "staff.not_allowed"), ("9999", "staff.pin_wrong")):
        with pytest.raises(DomainError) as refused, db.write() as s:
            review_stocktake(s, till, done.stocktake_id, pin, approve=True)
        assert refused.value.code == code
    with db.read() as s:
        assert variance_report(s, done.stocktake_id).state == "awaiting"
    with db.write() as s:
        review_stocktake(s, till, done.stocktake_id, MANAGER_PIN, approve=True)
    assert (_on_hand(db, CHEAP.sku), _on_hand(db, DEAR.sku)) == (11, 1)
    with db.read() as s:
        report = variance_report(s, done.stocktake_id)
    assert report.state == "approved"
    assert [r.sku for r in report.rows] == [DEAR.sku, CHEAP.sku]  # 2 x MOP 400+ before 8 x MOP 50 at most
    with pytest.raises(DomainError) as twice, db.write() as s:
        review_stocktake(s, till, done.stocktake_id, MANAGER_PIN, approve=True)
    assert twice.value.code == "stocktake.already_reviewed"


def test_a_declined_count_changes_nothing(seeded) -> None:
    db, till = seeded
    _staff(db)
    _stock_to(db, till, CHEAP.sku, 20)
    with db.write() as s:
        draft = start_count(s, till, "")
        set_count(s, draft.draft_id, CHEAP.sku, 2)
        done = finish_count(s, till, draft.draft_id)
    with db.write() as s:
        review_stocktake(s, till, done.stocktake_id, MANAGER_PIN, approve=False)
    assert _on_hand(db, CHEAP.sku) == 20
    with db.read() as s:
        assert [st.state for st in recent_stocktakes(s, STORE)] == ["declined"]


def test_the_report_is_sorted_by_the_value_of_the_variance(seeded) -> None:
    db, till = seeded
    skus = [p for p in demo_products()[:30]]
    with db.write() as s:
        draft = start_count(s, till, "Everything")
        for n, p in enumerate(skus):
            set_count(s, draft.draft_id, p.sku, n % 4)
        done = finish_count(s, till, draft.draft_id, AdjustmentThreshold(10**6, 10**9))
    with db.read() as s:
        rows = variance_report(s, done.stocktake_id).rows
    values = [abs(r.value_avos) for r in rows]
    assert values == sorted(values, reverse=True) and len(rows) == 30
    assert all(r.name_zh and r.name_en and r.name_pt for r in rows)


def test_a_count_in_progress_survives_a_restart(seeded, tmp_path) -> None:
    db, till = seeded
    with db.write() as s:
        draft = start_count(s, till, "Window")
        count_item(s, draft.draft_id, CHEAP.barcodes[0], qty=3)
        count_item(s, draft.draft_id, DEAR.sku)
    path = db.engine.url.database
    db.dispose()
    again = open_sqlite(path)
    try:
        with again.write() as s:
            resumed = start_count(s, till, "ignored: the open count resumes")
        assert resumed.draft_id == draft.draft_id and resumed.section == "Window"
        assert [(li.sku, li.counted) for li in resumed.lines] == [(DEAR.sku, 1), (CHEAP.sku, 3)]
        with again.write() as s:
            discard_count(s, draft.draft_id)
            assert open_draft(s, till) is None
    finally:
        again.dispose()


@pytest.mark.parametrize(
    ("action", "code"),
    [
        (lambda s, d: count_item(s, d, "9589999999997"), "catalogue.unknown_barcode"),
        (lambda s, d: set_count(s, d, CHEAP.sku, -1), "stocktake.bad_quantity"),
        (lambda s, d: set_count(s, d, CHEAP.sku, 9_580_001_000), "stocktake.bad_quantity"),
    ],
)
def test_bad_input_is_refused_with_a_code_and_keeps_the_count(seeded, action, code) -> None:
    db, till = seeded
    with db.write() as s:
        draft = start_count(s, till, "A")
        set_count(s, draft.draft_id, DEAR.sku, 2)
    with pytest.raises(DomainError) as refused, db.write() as s:
        action(s, draft.draft_id)
    assert refused.value.code == code
    with db.read() as s:
        assert [(li.sku, li.counted) for li in open_draft(s, till).lines] == [(DEAR.sku, 2)]


def test_finishing_an_empty_count_is_refused(seeded) -> None:
    db, till = seeded
    with db.write() as s:
        draft = start_count(s, till, "A")
    with pytest.raises(DomainError) as refused, db.write() as s:
        finish_count(s, till, draft.draft_id)
    assert refused.value.code == "stocktake.nothing_counted"


def test_a_count_the_hub_refused_is_undone(seeded) -> None:
    db, till = seeded
    _stock_to(db, till, CHEAP.sku, 10)
    with db.write() as s:
        draft = start_count(s, till, "A")
        set_count(s, draft.draft_id, CHEAP.sku, 7)
        done = finish_count(s, till, draft.draft_id)
    assert _on_hand(db, CHEAP.sku) == 7
    with db.write() as s:
        record_acks(s, [AckResult(done.event.event_id, done.event.seq, "rejected", "event.wrong_store")])
    assert _on_hand(db, CHEAP.sku) == 10
    with db.read() as s:
        assert recent_stocktakes(s, STORE) == []
        ledger = sum(
            s.scalars(
                select(StockMovement.delta).where(
                    StockMovement.store_id == STORE, StockMovement.sku == CHEAP.sku
                )
            )
        )
        assert ledger == s.scalar(
            select(StockBalance.on_hand).where(StockBalance.store_id == STORE, StockBalance.sku == CHEAP.sku)
        )
