"""The history totals (core/history.py) follow the facts: a sale adds to its store's day, a refused one
comes off again, and any arrival order gives the same figures."""

from datetime import UTC, datetime

from core import history
from core.clock import FakeClock
from core.replica import AckResult, outbox, record_acks
from core.stock import BasketLine, on_hand, receive_stock, record_sale

DAY = "2026-11-24"  # FakeClock's default start, 10:00 UTC, is 18:00 in Macau


def _day(db, store_id: str) -> history.DayFigures | None:
    with db.read() as s:
        return next(iter(history.days(s, DAY, DAY, store_id)), None)


def test_a_sale_refused_by_the_hub_comes_off_the_days_figures(seeded) -> None:
    db, till = seeded
    clock = FakeClock()
    with db.write() as s:
        kept = record_sale(s, till, [BasketLine("PF-0001", 1)], clock=clock)
        record_sale(s, till, [BasketLine("PF-0001", 2)], clock=clock)
        receive_stock(s, till, [BasketLine("PF-0001", 3)], clock=clock)
    before = _day(db, till.store_id)
    assert before is not None and before.sales == 2
    with db.read() as s:
        sales = [e for e in outbox(s, limit=100_000) if e.kind == "sale.recorded"]
        on_hand_before = on_hand(s, till.store_id, "PF-0001")
    refused = sales[-1]
    with db.write() as s:
        record_acks(s, [AckResult(refused.event_id, refused.seq, "rejected", "event.wrong_store")])
    after = _day(db, till.store_id)
    assert after is not None
    assert (after.sales, after.sales_avos) == (1, kept.total_avos)
    with db.read() as s:
        moves = history.movements(s, DAY, DAY, till.store_id)
        assert moves["sale"] == (0, 1) and moves["receipt"] == (3, 0)
        assert on_hand(s, till.store_id, "PF-0001") == on_hand_before + 2
        assert [(f.sku, f.sold_qty) for f in history.skus_sold(s, DAY, DAY, till.store_id)] == [
            ("PF-0001", 1)
        ]


def test_the_business_day_is_macau_local() -> None:
    assert history.business_day("2026-11-30T15:59:59.999+00:00") == "2026-11-30"
    assert history.business_day("2026-11-30T16:00:00.000+00:00") == "2026-12-01"
    assert history.business_day("2026-12-01T00:30:00+08:00") == "2026-12-01"
    assert history.business_day(datetime(2026, 12, 1, 1, tzinfo=UTC).isoformat()) == "2026-12-01"
    assert history.business_day("not a time") == ""
