"""Selling with tenders and discounts, refunds against a receipt, and the audit trail."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from core.audit import AuditEntry
from core.catalogue import get_product
from core.errors import DomainError
from core.models import SaleTender
from core.replica import outbox
from core.sales import (
    CartLine,
    Payment,
    RefundRule,
    checkout,
    find_receipt,
    hkd_to_avos,
    refund,
    settle,
)
from core.staff import sign_in
from core.stock import on_hand

SKU, OTHER = "PF-0001", "PF-0002"


def _line(s, sku: str, qty: int = 1, discount: int = 0) -> CartLine:
    return CartLine(sku, qty, get_product(s, sku).price_avos, discount)


def test_hkd_cash_pays_at_the_rate_and_change_is_given_in_mop() -> None:
    # 1 HKD = 1.03 MOP: HKD 500 pays MOP 515.00; on a MOP 380 sale the change is MOP 135.00.
    result = settle(38_000, [Payment("cash_hkd", 50_000)], hkd_rate_ppm=1_030_000)
    assert result.complete and result.change_avos == 13_500
    assert result.tenders[0].amount_avos == 38_000 and result.tenders[0].currency == "HKD"
    assert hkd_to_avos(1) == 1  # rounding never shortchanges the customer


def test_a_card_cannot_pay_more_than_is_owed() -> None:
    with pytest.raises(DomainError) as err:
        settle(10_000, [Payment("card", 12_000)])
    assert err.value.code == "sale.overpaid_non_cash"


def test_a_split_tender_sale_is_one_fact_with_its_tenders_and_lowers_stock(seeded) -> None:
    db, till = seeded
    with db.read() as s:
        cashier = sign_in(s, till.store_id, "1111")
        lines = [_line(s, SKU, 2), _line(s, OTHER, 1)]
        before = on_hand(s, till.store_id, SKU)
    total = sum(li.amount_avos for li in lines)
    hkd = ((total - 10_000) * 100 // 103 // 10_000 + 1) * 10_000  # the next HKD 100 note above
    with db.write() as s:
        sale = checkout(s, till, cashier, lines, [Payment("card", 10_000), Payment("cash_hkd", hkd)])
    assert sale.total_avos == total
    assert sale.change_avos == hkd_to_avos(hkd) - (total - 10_000) > 0
    with db.read() as s:
        assert on_hand(s, till.store_id, SKU) == before - 2
        methods = s.scalars(select(SaleTender.method).where(SaleTender.sale_id == sale.sale_id)).all()
        assert methods == ["card", "cash_hkd"]
        event = outbox(s)[-1]
        assert event.kind == "sale.recorded" and event.payload["staff_id"] == cashier.staff_id
        assert find_receipt(s, sale.receipt_no).sale_id == sale.sale_id


def test_unpaid_sales_are_not_recorded(seeded) -> None:
    db, till = seeded
    with db.read() as s:
        cashier = sign_in(s, till.store_id, "1111")
        line = _line(s, SKU)
    with db.write() as s, pytest.raises(DomainError) as err:
        checkout(s, till, cashier, [line], [Payment("cash_mop", line.amount_avos - 100)])
    assert err.value.code == "sale.underpaid"


def test_a_discount_above_the_cashiers_limit_needs_a_manager_and_is_audited(seeded) -> None:
    db, till = seeded
    with db.read() as s:
        cashier = sign_in(s, till.store_id, "1111")
        manager = sign_in(s, till.store_id, "2222")
        line = _line(s, SKU, 1)
    big = CartLine(line.sku, 1, line.unit_price_avos, line.unit_price_avos * 25 // 100)  # 25 % off
    pay = [Payment("cash_mop", big.amount_avos)]
    with db.write() as s, pytest.raises(DomainError) as err:
        checkout(s, till, cashier, [big], pay)
    assert err.value.code == "sale.discount_needs_approval"
    with db.write() as s:
        sale = checkout(s, till, cashier, [big], pay, approved_by=manager)
    with db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "discount_override")).one()
        assert (entry.staff_id, entry.approved_by) == (cashier.staff_id, manager.staff_id)
        assert sale.sale_id in entry.detail
    small = CartLine(line.sku, 1, line.unit_price_avos, line.unit_price_avos * 5 // 100)
    with db.write() as s:  # within the cashier's own limit: no PIN, no audit entry
        checkout(s, till, cashier, [small], [Payment("cash_mop", small.amount_avos)])


def test_a_refund_returns_stock_and_money_and_never_more_than_was_bought(seeded) -> None:
    db, till = seeded
    with db.read() as s:
        cashier = sign_in(s, till.store_id, "1111")
        manager = sign_in(s, till.store_id, "2222")
        lines = [_line(s, SKU, 2)]
    with db.write() as s:
        sale = checkout(s, till, cashier, lines, [Payment("cash_mop", lines[0].amount_avos)])
    with db.read() as s:
        after_sale = on_hand(s, till.store_id, SKU)
        receipt = find_receipt(s, sale.receipt_no)
    with db.write() as s:
        result = refund(s, till, cashier, receipt, {1: 1}, "cash_mop", reason="faulty", approved_by=manager)
    assert result.total_avos == lines[0].unit_price_avos
    with db.read() as s:
        assert on_hand(s, till.store_id, SKU) == after_sale + 1
        again = find_receipt(s, sale.sale_id)
        assert again.lines[0].refundable == 1
        assert s.scalars(select(AuditEntry.action)).all() == ["refund"]
    with db.write() as s, pytest.raises(DomainError) as err:
        # only one is left to refund
        refund(s, till, cashier, receipt, {1: 2}, "cash_mop", reason="faulty", approved_by=manager)
    assert err.value.code == "refund.too_many"


def test_an_unknown_receipt_says_so(seeded) -> None:
    db, _till = seeded
    with db.read() as s, pytest.raises(DomainError) as err:
        find_receipt(s, "MO-SEN-XXXX-000999")
    assert err.value.code == "refund.unknown_receipt"


def test_a_wrong_pin_is_refused(seeded) -> None:
    db, till = seeded
    with db.read() as s, pytest.raises(DomainError) as err:
        sign_in(s, till.store_id, "9876")
    assert err.value.code == "staff.pin_wrong"


def test_a_refund_needs_a_reason_and_a_managers_pin_in_cash_or_above_the_stores_limit(seeded) -> None:
    db, till = seeded
    with db.read() as s:
        cashier = sign_in(s, till.store_id, "1111")
        manager = sign_in(s, till.store_id, "2222")
        lines = [_line(s, SKU, 3)]
    with db.write() as s:
        sale = checkout(s, till, cashier, lines, [Payment("card", lines[0].amount_avos)])
    with db.read() as s:
        receipt = find_receipt(s, sale.receipt_no)
    unit = lines[0].unit_price_avos
    cases = [
        ({"reason": ""}, "refund.reason_missing"),
        ({"reason": "other", "note": "  "}, "refund.reason_missing"),  # "other" says why in words
        ({"reason": "faulty", "method": "cash_mop"}, "refund.needs_approval"),  # cash, by default
        ({"reason": "faulty", "rule": RefundRule(max_avos=unit - 1)}, "refund.needs_approval"),
        ({"reason": "faulty", "method": "cash_mop", "approved_by": cashier}, "refund.needs_approval"),
    ]
    for kwargs, code in cases:
        method = kwargs.pop("method", "card")
        with db.write() as s, pytest.raises(DomainError) as err:
            refund(s, till, cashier, receipt, {1: 1}, method, **kwargs)
        assert err.value.code == code, kwargs
    with db.write() as s:  # by card within the limit: the cashier alone, with a reason
        first = refund(
            s, till, cashier, receipt, {1: 1}, "card", reason="changed_mind", rule=RefundRule(unit)
        )
    with db.write() as s:
        second = refund(
            s,
            till,
            cashier,
            receipt,
            {1: 1},
            "cash_mop",
            reason="other",
            note="box dented",
            approved_by=manager,
        )
    assert first.refund_no[-8:] == "-R000001" and second.refund_no[-8:] == "-R000002"
    assert first.refund_no.startswith(sale.receipt_no[:-6])  # store and till, as on its receipts
    with db.read() as s:
        event = [e for e in outbox(s) if e.kind == "sale.refunded"][-1]
        assert (event.payload["reason"], event.payload["note"], event.payload["approved_by"]) == (
            "other",
            "box dented",
            manager.staff_id,
        )
        assert event.payload["refund_no"] == second.refund_no
        entries = s.scalars(select(AuditEntry).where(AuditEntry.action == "refund")).all()
        assert [e.approved_by for e in entries] == ["", manager.staff_id]
        assert "box dented" in entries[1].detail and second.refund_no in entries[1].detail


def test_receipt_numbers_are_consecutive_per_till_whatever_else_the_till_records(seeded) -> None:
    from core.sales import void_lines

    db, till = seeded
    with db.read() as s:
        cashier = sign_in(s, till.store_id, "1111")
        manager = sign_in(s, till.store_id, "2222")
        line = _line(s, SKU)
    numbers = []
    for _ in range(3):
        with db.write() as s:
            sale = checkout(s, till, cashier, [line], [Payment("card", line.amount_avos)])
            void_lines(s, till, cashier, manager, [line], whole_basket=False)  # other facts between
        numbers.append(sale.receipt_no[-6:])
    assert numbers == ["000001", "000002", "000003"]


def test_refunds_come_off_the_takings_of_their_tender(seeded) -> None:
    from core.sales import takings

    db, till = seeded
    with db.read() as s:
        cashier = sign_in(s, till.store_id, "1111")
        manager = sign_in(s, till.store_id, "2222")
        lines = [_line(s, SKU, 2)]
        before = takings(s, till.store_id)
    total = lines[0].amount_avos
    with db.write() as s:
        sale = checkout(s, till, cashier, lines, [Payment("cash_mop", total)])
    with db.read() as s:
        receipt = find_receipt(s, sale.receipt_no)
    with db.write() as s:
        refund(s, till, cashier, receipt, {1: 1}, "cash_mop", reason="faulty", approved_by=manager)
    with db.read() as s:
        after = takings(s, till.store_id, device_id=till.device_id)
        everywhere = takings(s, till.store_id)
    unit = lines[0].unit_price_avos
    assert after.sales == {"cash_mop": total} and after.refunds == {"cash_mop": unit}
    assert after.net == {"cash_mop": total - unit}
    assert everywhere.net.get("cash_mop", 0) == before.net.get("cash_mop", 0) + total - unit
