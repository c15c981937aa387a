"""Parked baskets: put aside at the till, listed oldest first, brought back once with today's catalogue."""

from __future__ import annotations

from datetime import UTC, datetime

from core.demo_chain import demo_products
from core.parked import ParkedLine, park, parked_baskets, recall


def test_a_parked_basket_comes_back_once_with_its_lines_and_discounts(seeded) -> None:
    db, _till = seeded
    first, second = demo_products()[0], demo_products()[1]
    with db.write() as s:
        early = park(s, [ParkedLine(first.sku, 1)], 0, "early", "S1", datetime(2026, 1, 1, 9, tzinfo=UTC))
        late = park(
            s,
            [ParkedLine(first.sku, 2, 500), ParkedLine(second.sku, 1)],
            300,
            "late",
            "S1",
            datetime(2026, 1, 1, 10, tzinfo=UTC),
        )
    with db.read() as s:
        assert [b.label for b in parked_baskets(s)] == ["early", "late"]  # oldest first
    with db.write() as s:
        back = recall(s, late.basket_id)
    assert [(li.product.sku, li.qty, li.discount_avos) for li in back.lines] == [
        (first.sku, 2, 500),
        (second.sku, 1, 0),
    ]
    assert back.lines[0].product.price_avos == first.price_avos
    assert back.basket_discount_avos == 300
    with db.read() as s:
        assert [b.basket_id for b in parked_baskets(s)] == [early.basket_id]  # recalled: no longer parked
    with db.write() as s:
        assert recall(s, late.basket_id).lines == ()  # a second recall brings nothing back
