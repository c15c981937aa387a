"""A till checks a fact against its kind's rules before recording it (the hub's rules, the hub's
codes): nothing it would refuse for its shape is ever recorded, so nothing sits refused later."""

from __future__ import annotations

import pytest

from core.audit import AuditLogged
from core.errors import DomainError
from core.events import MAX_QTY
from core.ids import new_id
from core.replica import emit, outbox
from core.sales import SaleLine, SaleRecorded
from core.stock import StockLine, StockReceived


@pytest.mark.parametrize(
    ("kind", "payload", "code"),
    [
        ("sale.recorded", SaleRecorded(new_id(), [SaleLine("PF-0001", -2, 100)], -200), "event.out_of_range"),
        ("sale.recorded", SaleRecorded(new_id(), [SaleLine("PF-0001", 1, -100)], -100), "event.out_of_range"),
        (
            "sale.recorded",
            SaleRecorded(new_id(), [SaleLine("PF-0001", 2, 100)], 500, basket_discount_avos=-300),
            "event.out_of_range",
        ),
        (
            "sale.recorded",
            SaleRecorded(new_id(), [SaleLine("PF-0001", 1, 100, 150)], -50),
            "event.out_of_range",
        ),
        (
            "sale.recorded",
            SaleRecorded(new_id(), [SaleLine("PF-0001", MAX_QTY + 1, 1)], MAX_QTY + 1),
            "event.out_of_range",
        ),
        ("sale.recorded", SaleRecorded(new_id(), [SaleLine("P" * 41, 1, 100)], 100), "event.out_of_range"),
        ("sale.recorded", SaleRecorded(new_id(), [SaleLine("PF-0001", 1, 100)], 99), "event.malformed"),
        ("stock.received", StockReceived(new_id(), [StockLine("PF-0001", -3)]), "event.out_of_range"),
        ("audit.logged", AuditLogged("void_line", "", detail={"note": "x" * 201}), "event.out_of_range"),
    ],
)
def test_a_fact_the_hub_would_refuse_is_never_recorded(make_db, kind, payload, code) -> None:  # type: ignore[no-untyped-def]
    db, _till = make_db()
    with pytest.raises(DomainError) as refused, db.write() as s:
        emit(s, kind, payload)
    assert refused.value.code == code
    with db.read() as s:
        assert outbox(s) == []


def test_a_sale_of_99_999_999_99_patacas_is_recorded(make_db) -> None:  # type: ignore[no-untyped-def]
    db, _till = make_db()
    with db.write() as s:
        emit(
            s, "sale.recorded", SaleRecorded(new_id(), [SaleLine("JW-0001", 1, 9_999_999_999)], 9_999_999_999)
        )
    with db.read() as s:
        assert [e.payload["total_avos"] for e in outbox(s)] == [9_999_999_999]
