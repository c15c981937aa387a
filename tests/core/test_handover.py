"""The shift handover: expected cash per currency from live data, the blind count against it, the
store's variance rule, both signatures, and the history."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from core.catalogue import get_product
from core.clock import FakeClock
from core.demo_chain import DEMO_PINS
from core.errors import DomainError
from core.events import EventRecord, decode_payload
from core.handover import (
    DrawerCount,
    HandoverRule,
    Signature,
    figures,
    hand_over,
    handover_history,
    log_no_sale,
    shift_summary,
)
from core.models import Event
from core.sales import CartLine, Payment, checkout, find_receipt, hkd_to_avos, refund, void_lines
from core.staff import PinGuard, sign_in

SKU = "PF-0001"
SIGNED = Signature([[100, 500, 300, 200, 600, 700]])
PINS = {"outgoing_pin": DEMO_PINS["cashier"], "incoming_pin": DEMO_PINS["store_manager"]}


def _sell(s, till, clock, payments, qty=1) -> int:
    cashier = sign_in(s, till.store_id, DEMO_PINS["cashier"])
    price = get_product(s, SKU).price_avos
    checkout(s, till, cashier, [CartLine(SKU, qty, price)], payments, clock=clock)
    return price * qty


def _counted(mop_avos: int, hkd_cents: int, **non_cash: int) -> DrawerCount:
    """A count in the fewest notes and coins, as a cashier would lay them out."""

    def split(amount: int) -> dict[int, int]:
        out = {}
        for value in (100_000, 50_000, 10_000, 5_000, 2_000, 1_000, 500, 200, 100, 50, 20, 10):
            out[value], amount = divmod(amount, value)
        assert amount == 0
        return out

    return DrawerCount(split(mop_avos), split(hkd_cents), non_cash=non_cash)


def test_expected_cash_is_what_was_handed_over_less_change_in_mop_and_cash_refunds(seeded) -> None:
    db, till = seeded
    clock = FakeClock()
    with db.write() as s:
        price = get_product(s, SKU).price_avos
        # MOP 1,000 note for one item: the change comes out of the MOP drawer.
        _sell(s, till, clock, [Payment("cash_mop", 100_000)])
        # HKD 1,000 for two: the HKD stays in the HKD drawer, the change is given in MOP.
        _sell(s, till, clock, [Payment("cash_hkd", 100_000)], qty=2)
        card = _sell(s, till, clock, [Payment("card", price)])
        _sell(s, till, clock, [Payment("mpay", price)])
        staff = sign_in(s, till.store_id, DEMO_PINS["cashier"])
        manager = sign_in(s, till.store_id, DEMO_PINS["store_manager"])
        receipt = find_receipt(s, _first_sale(s))
        refund(s, till, staff, receipt, {1: 1}, "cash_mop", reason="faulty", approved_by=manager, clock=clock)
        summary = shift_summary(s, till, clock=clock)
    hkd_value = hkd_to_avos(100_000)
    change = (100_000 - price) + (hkd_value - 2 * price)
    assert summary.expected["cash_mop"] == 100_000 - change - price  # the float was nil: short by the change
    assert summary.expected["cash_hkd"] == 100_000
    assert summary.expected["card"] == card and summary.expected["mpay"] == price
    assert summary.expected["alipay"] == 0 and summary.refund_count == 1


def _first_sale(s) -> str:
    from core.models import Sale

    return s.scalars(select(Sale.sale_id).order_by(Sale.occurred_at, Sale.sale_id)).first()


def test_a_handover_is_one_fact_and_the_next_shift_starts_from_the_float_it_kept(seeded) -> None:
    db, till = seeded
    clock = FakeClock()
    with db.write() as s:
        _sell(s, till, clock, [Payment("cash_mop", 50_000)])
        summary = shift_summary(s, till, clock=clock)
        count = _counted(summary.expected["cash_mop"], 0)
        count = DrawerCount(count.mop, count.hkd, float_mop_avos=20_000)
        clock.advance(60)
        record = hand_over(
            s, till, count, outgoing_signature=SIGNED, incoming_signature=SIGNED, **PINS, clock=clock
        )
    assert record.fact.variance_avos == 0 and record.fact.approved_by == ""
    assert (record.fact.staff_id, record.fact.incoming_staff_id) == ("MO-SEN-C1", "MO-SEN-M")
    assert record.fact.outgoing_signature.strokes == SIGNED.strokes
    with db.read() as s:
        sent = s.scalars(select(Event).where(Event.kind == "shift.handed_over")).one()
        assert json.loads(sent.payload)["float_mop_avos"] == 20_000  # what the hub receives
        clock.advance(60)
        after = shift_summary(s, till, clock=clock)
    assert after.expected["cash_mop"] == 20_000 and after.shift_start == record.handed_over_at
    assert after.expected["card"] == 0


def test_a_variance_above_the_rule_needs_a_managers_pin_and_a_reason(seeded) -> None:
    db, till = seeded
    clock = FakeClock()
    with db.write() as s:
        _sell(s, till, clock, [Payment("cash_mop", 50_000)])
        expected = shift_summary(s, till, clock=clock).expected["cash_mop"]
    short = _counted(expected - 10_000, 0)  # MOP 100 short, the rule allows MOP 50
    kwargs = {"outgoing_signature": SIGNED, "incoming_signature": SIGNED, "clock": clock, **PINS}
    with db.write() as s, pytest.raises(DomainError) as refused:
        hand_over(s, till, short, rule=HandoverRule(5_000), **kwargs)
    assert refused.value.code == "handover.needs_approval"
    with db.write() as s, pytest.raises(DomainError) as refused:
        hand_over(s, till, short, manager_pin=DEMO_PINS["store_manager"], **kwargs)
    assert refused.value.code == "handover.reason_missing"
    with db.write() as s, pytest.raises(DomainError) as refused:
        hand_over(s, till, short, manager_pin=DEMO_PINS["cashier"], reason="x", **kwargs)
    assert refused.value.code == "staff.not_allowed"
    with db.write() as s:
        record = hand_over(
            s,
            till,
            short,
            manager_pin=DEMO_PINS["store_manager"],
            reason="Paid a courier from the till",
            **kwargs,
        )
    assert record.fact.variance_avos == -10_000 and record.fact.approved_by == "MO-SEN-M"
    # Within the rule no manager is asked.
    with db.write() as s:
        clock.advance(60)
        within = _counted(shift_summary(s, till, clock=clock).expected["cash_mop"] + 2_000, 0)
        assert hand_over(s, till, within, **kwargs).fact.variance_avos == 2_000


def test_both_sign_and_they_are_two_people(seeded) -> None:
    db, till = seeded
    count = _counted(0, 0)
    with db.write() as s, pytest.raises(DomainError) as refused:
        hand_over(s, till, count, outgoing_signature=SIGNED, incoming_signature=Signature(), **PINS)
    assert refused.value.code == "handover.signature_missing"
    same = {"outgoing_pin": DEMO_PINS["cashier"], "incoming_pin": DEMO_PINS["cashier"]}
    with db.write() as s, pytest.raises(DomainError) as refused:
        hand_over(s, till, count, outgoing_signature=SIGNED, incoming_signature=SIGNED, **same)
    assert refused.value.code == "handover.same_staff"


def test_the_shift_counts_voids_overrides_refunds_and_no_sale_openings_at_this_till(seeded) -> None:
    db, till = seeded
    clock = FakeClock()
    with db.write() as s:
        cashier = sign_in(s, till.store_id, DEMO_PINS["cashier"])
        manager = sign_in(s, till.store_id, DEMO_PINS["store_manager"])
        line = CartLine(SKU, 1, get_product(s, SKU).price_avos)
        void_lines(s, till, cashier, manager, [line], whole_basket=False, clock=clock)
        void_lines(s, till, cashier, manager, [line], whole_basket=True, clock=clock)
        log_no_sale(s, till, cashier, clock=clock)
        log_no_sale(s, till, cashier, clock=clock)
        checkout(
            s,
            till,
            cashier,
            [CartLine(SKU, 1, line.unit_price_avos, line.unit_price_avos // 5)],
            [Payment("card", line.unit_price_avos - line.unit_price_avos // 5)],
            approved_by=manager,
            clock=clock,
        )
        summary = shift_summary(s, till, clock=clock)
    assert (summary.voids, summary.discount_overrides, summary.no_sales, summary.refund_count) == (2, 1, 2, 0)
    assert summary.unsynced >= 6  # nothing reached a hub


def test_the_fact_must_add_up_whoever_sends_it(seeded) -> None:
    db, till = seeded
    clock = FakeClock()
    with db.write() as s:
        summary = shift_summary(s, till, clock=clock)
    tenders, variance = figures(summary, _counted(1_000, 0))
    assert variance == 1_000 and [t.method for t in tenders][:2] == ["cash_mop", "cash_hkd"]
    payload = {
        "handover_id": "h1",
        "handover_no": "MO-SEN-0001-H0001",
        "staff_id": "MO-SEN-C1",
        "incoming_staff_id": "MO-SEN-M",
        "shift_start": summary.shift_start,
        "hkd_rate_ppm": 1_030_000,
        "mop_count": [{"value": 500, "qty": 2}],  # MOP 10.00, but the figures say MOP 20.00 counted
        "hkd_count": [],
        "float_mop_avos": 0,
        "float_hkd_cents": 0,
        "tenders": [{"method": "cash_mop", "expected": 0, "counted": 2_000, "currency": "MOP"}],
        "variance_avos": 2_000,
    }
    record = EventRecord(
        event_id="e1",
        device_id="till-1",
        seq=1,
        store_id="MO-SEN",
        kind="shift.handed_over",
        occurred_at="2026-11-24T10:00:00+00:00",
        payload=payload,
    )
    with pytest.raises(DomainError) as refused:
        decode_payload(record)
    assert refused.value.code == "event.malformed"
    fixed = EventRecord(
        **{
            **{f: getattr(record, f) for f in record.__struct_fields__},
            "payload": {**payload, "mop_count": [{"value": 1_000, "qty": 2}]},
        }
    )
    decode_payload(fixed)


def test_the_history_finds_a_handover_by_number_date_or_name(seeded) -> None:
    db, till = seeded
    clock = FakeClock()
    with db.write() as s:
        first = hand_over(
            s,
            till,
            _counted(0, 0),
            outgoing_signature=SIGNED,
            incoming_signature=SIGNED,
            note="Printer paper low",
            clock=clock,
            **PINS,
        )
        clock.advance(3600)
        hand_over(
            s,
            till,
            _counted(0, 0),
            outgoing_signature=SIGNED,
            incoming_signature=SIGNED,
            clock=clock,
            outgoing_pin=DEMO_PINS["store_manager"],
            incoming_pin=DEMO_PINS["cashier"],
        )
    with db.read() as s:
        everything = handover_history(s, "MO-SEN")
        assert [h.handover_no[-5:] for h in everything] == ["H0002", "H0001"]
        assert [h.handover_id for h in handover_history(s, "MO-SEN", "paper")] == [first.handover_id]
        assert len(handover_history(s, "MO-SEN", "2026-11-24")) == 2
        assert len(handover_history(s, "MO-SEN", "收銀員")) == 2
        assert handover_history(s, "MO-SEN", "nobody") == []
        assert handover_history(s, "MO-BGT") == []


def test_wrong_pins_in_a_row_make_the_counter_wait_as_at_sign_in(seeded) -> None:
    db, till = seeded
    guard = PinGuard(clock=lambda: 100.0, free_tries=1, first_wait=30)
    kwargs = {"outgoing_signature": SIGNED, "incoming_signature": SIGNED, "pins": guard}
    for expected in ("staff.pin_wrong", "staff.pin_wrong", "staff.pin_locked"):
        with db.write() as s, pytest.raises(DomainError) as refused:
            hand_over(
                s,
                till,
                _counted(0, 0),
                outgoing_pin="9999",
                incoming_pin=DEMO_PINS["store_manager"],
                **kwargs,
            )
        assert refused.value.code == expected
    with db.write() as s, pytest.raises(DomainError) as refused:
        hand_over(s, till, _counted(0, 0), **PINS, **kwargs)  # the right PINs wait too
    assert refused.value.code == "staff.pin_locked"
