"""Staff management at the counter: who may grant what, PINs set and reset, deactivation, the audit
trail (never a PIN hash), and a change the hub refused put back on the till that made it."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from core.audit import AuditEntry
from core.demo_chain import DEMO_PINS
from core.errors import DomainError
from core.models import Event
from core.projection import revert_event
from core.staff import Role, StaffMember, sign_in
from core.staff_admin import (
    StaffDetails,
    add_staff,
    change_staff,
    grantable_roles,
    set_active,
    set_pin,
    staff_changes,
    staff_row,
    staff_rows,
)

STORE = "MO-SEN"


def _signed(db, role: str, store_id: str = STORE) -> StaffMember:
    with db.read() as s:
        return sign_in(s, store_id, DEMO_PINS[role])


def _sign_in(db, pin: str, store_id: str = STORE) -> str:
    """Who a PIN signs in at ``store_id``, or the error code."""
    with db.read() as s:
        try:
            return sign_in(s, store_id, pin).name
        except DomainError as exc:
            return exc.code


def _code(fn) -> str | None:
    try:
        fn()
    except DomainError as exc:
        return exc.code
    return None


def _cashier(name: str = "Lei Ka Man", limit: int | None = None) -> StaffDetails:
    return StaffDetails(name, "李嘉敏", "Lei Ka Man", Role.CASHIER, STORE, limit)


def test_a_store_manager_adds_a_cashier_who_signs_in_with_the_new_pin_and_a_reset_stops_the_old_one(
    seeded,
) -> None:
    db, till = seeded
    manager = _signed(db, "store_manager")
    with db.write() as s:
        new_id = add_staff(s, till, manager, _cashier(limit=5), "482913", "482913")
    assert _sign_in(db, "482913") == "Lei Ka Man"
    with db.read() as s:
        member = sign_in(s, STORE, "482913")
        row = staff_row(s, new_id)
    assert (member.role, member.discount_limit_percent) == (Role.CASHIER, 5)
    assert row is not None and row.shown_name("zh_Hant") == "李嘉敏"

    with db.write() as s:
        set_pin(s, till, manager, new_id, "771204", "771204")
    assert _sign_in(db, "771204") == "Lei Ka Man"
    assert _sign_in(db, "482913") == "staff.pin_wrong"
    with db.read() as s:  # a reset changes nothing else
        assert staff_row(s, new_id) == row


def test_deactivated_staff_cannot_sign_in_and_are_listed_until_made_active_again(seeded) -> None:
    db, till = seeded
    manager = _signed(db, "store_manager")
    cashier = _signed(db, "cashier")
    with db.write() as s:
        set_active(s, till, manager, cashier.staff_id, False)
    assert _sign_in(db, DEMO_PINS["cashier"]) == "staff.pin_wrong"
    with db.read() as s:
        listed = {r.staff_id: r.active for r in staff_rows(s, manager)}
    assert listed[cashier.staff_id] is False  # never deleted: sales name them
    with db.write() as s:
        set_active(s, till, manager, cashier.staff_id, True)
    assert _sign_in(db, DEMO_PINS["cashier"]) == cashier.name
    with db.write() as s:
        assert _code(lambda: set_active(s, till, manager, manager.staff_id, False)) == "staff.self"


def test_what_a_store_manager_may_grant_and_to_whom(seeded) -> None:
    db, till = seeded
    manager = _signed(db, "store_manager")  # limit 30 %
    cashier = _signed(db, "cashier")
    area = _signed(db, "area_manager")
    other_cashier = _signed(db, "cashier", "MO-TAI")
    assert grantable_roles(manager) == [Role.CASHIER, Role.STORE_MANAGER]
    assert grantable_roles(cashier) == []
    area_details = StaffDetails("New area", "", "", Role.AREA_MANAGER, None)
    with db.write() as s:
        assert (
            _code(lambda: add_staff(s, till, manager, area_details, "5566", "5566")) == "staff.role_too_high"
        )
        assert _code(lambda: add_staff(s, till, manager, _cashier(limit=31), "5566", "5566")) == (
            "staff.limit_too_high"
        )
        assert _code(lambda: add_staff(s, till, cashier, _cashier(), "5566", "5566")) == (
            "staff.manage_not_allowed"
        )
        other = StaffDetails("Elsewhere", "", "", Role.CASHIER, "MO-TAI")
        assert _code(lambda: add_staff(s, till, manager, other, "5566", "5566")) == "staff.other_store"
        assert _code(lambda: set_pin(s, till, manager, other_cashier.staff_id, "5566", "5566")) == (
            "staff.other_store"
        )
        assert _code(lambda: set_pin(s, till, manager, area.staff_id, "5566", "5566")) == "staff.other_store"
        promote = StaffDetails(cashier.name, "", "", Role.STORE_MANAGER, STORE, 30)
        change_staff(s, till, manager, cashier.staff_id, promote)  # up to their own rank and limit
        self_up = StaffDetails(manager.name, "", "", Role.AREA_MANAGER, None)
        assert (
            _code(lambda: change_staff(s, till, manager, manager.staff_id, self_up)) == "staff.role_too_high"
        )
        # An area manager grants what a store manager may not, up to their own 50 %.
        big = StaffDetails("Area two", "區域經理", "Gerente", Role.AREA_MANAGER, None, 50)
        add_staff(s, till, area, big, "90817", "90817")
        assert (
            _code(lambda: add_staff(s, till, area, _cashier(limit=51), "5567", "5567"))
            == "staff.limit_too_high"
        )
    with db.read() as s:
        assert sign_in(s, STORE, DEMO_PINS["cashier"]).role == Role.STORE_MANAGER
        everyone = staff_rows(s, area)
        mine = staff_rows(s, manager)
    assert {r.store_id for r in mine} == {STORE}
    assert {"MO-TAI", None} <= {r.store_id for r in everyone}


def test_a_new_pin_must_be_typed_twice_alike_and_be_nobody_elses_here(seeded) -> None:
    db, till = seeded
    manager = _signed(db, "store_manager")
    cashier = _signed(db, "cashier")
    with db.write() as s:
        assert (
            _code(lambda: set_pin(s, till, manager, cashier.staff_id, "4821", "4812")) == "staff.pin_mismatch"
        )
        assert (
            _code(lambda: set_pin(s, till, manager, cashier.staff_id, "12a4", "12a4")) == "staff.pin_format"
        )
        taken = DEMO_PINS["store_manager"]
        assert _code(lambda: set_pin(s, till, manager, cashier.staff_id, taken, taken)) == "staff.pin_taken"
    assert _sign_in(db, DEMO_PINS["cashier"]) == cashier.name  # nothing changed


def test_the_audit_trail_says_who_changed_what_and_never_holds_a_pin_hash(seeded) -> None:
    db, till = seeded
    manager = _signed(db, "store_manager")
    with db.write() as s:
        new_id = add_staff(s, till, manager, _cashier(), "482913", "482913")
        change_staff(s, till, manager, new_id, _cashier(limit=8))
        set_pin(s, till, manager, new_id, "771204", "771204")
        set_active(s, till, manager, new_id, False)
    with db.read() as s:
        changes = staff_changes(s, manager)
        hashes = [e.payload for e in s.scalars(select(Event).where(Event.kind == "staff.pin_set"))]
        audit_text = " ".join(a.detail for a in s.scalars(select(AuditEntry)))
    assert [c.action for c in changes] == [
        "staff.active_set",
        "staff.pin_set",
        "staff.changed",
        "staff.added",
    ]
    assert all(c.by is not None and c.by.staff_id == manager.staff_id for c in changes)
    assert all(c.staff is not None and c.staff.name_en == "Lei Ka Man" for c in changes)
    assert changes[2].detail["discount_limit"] == [None, 8]
    assert changes[0].detail["active"] == [True, False]
    assert "scrypt" in hashes[0] and "scrypt" not in audit_text


def test_a_change_the_hub_refused_is_put_back_on_the_till_that_made_it(seeded) -> None:
    db, till = seeded
    manager = _signed(db, "store_manager")
    cashier = _signed(db, "cashier")
    with db.write() as s:
        set_pin(s, till, manager, cashier.staff_id, "660311", "660311")
        change_staff(
            s, till, manager, cashier.staff_id, StaffDetails("Renamed", "", "", Role.CASHIER, STORE, 3)
        )
        refused = s.scalars(
            select(Event.event_id)
            .where(Event.kind.in_(("staff.pin_set", "staff.changed")))
            .order_by(Event.seq)
        ).all()
    with db.write() as s:
        for event_id in reversed(refused):
            revert_event(s, event_id)
    assert _sign_in(db, DEMO_PINS["cashier"]) == cashier.name
    assert _sign_in(db, "660311") == "staff.pin_wrong"
    with db.read() as s:
        row = staff_row(s, cashier.staff_id)
        assert row is not None and (row.name_en, row.discount_limit) == (cashier.name, None)
        assert staff_changes(s, manager) == []


@pytest.mark.parametrize("role", ["cashier", "engineer"])
def test_staff_who_do_not_manage_see_no_one_to_manage(seeded, role: str) -> None:
    db, _till = seeded
    member = _signed(db, role)
    assert grantable_roles(member) == []


def test_an_area_manager_moves_a_cashier_to_another_store_and_both_managers_see_it(seeded) -> None:
    db, till = seeded
    manager, area = _signed(db, "store_manager"), _signed(db, "area_manager")
    cashier = _signed(db, "cashier")
    with db.write() as s:
        moved = StaffDetails(cashier.name, "", "", Role.CASHIER, "MO-TAI")
        assert _code(lambda: change_staff(s, till, manager, cashier.staff_id, moved)) == "staff.other_store"
        # The demo's PINs are the same in every store: the move needs a PIN nobody there has.
        assert (
            _code(lambda: change_staff(s, till, area, cashier.staff_id, moved)) == "staff.pin_needed_to_move"
        )
        taken = DEMO_PINS["cashier"]
        assert _code(lambda: change_staff(s, till, area, cashier.staff_id, moved, taken, taken)) == (
            "staff.pin_taken"
        )
        change_staff(s, till, area, cashier.staff_id, moved, "640825", "640825")
    assert _sign_in(db, DEMO_PINS["cashier"]) == "staff.pin_wrong"  # no longer one of Senado's
    assert _sign_in(db, "640825", "MO-TAI") == cashier.name
    with db.read() as s:
        assert cashier.staff_id not in {r.staff_id for r in staff_rows(s, manager)}
        seen_here = staff_changes(s, manager)
        tai_manager = sign_in(s, "MO-TAI", DEMO_PINS["store_manager"])
        seen_there = staff_changes(s, tai_manager)
    assert [(c.action, c.detail.get("store_id")) for c in seen_here] == [
        ("staff.pin_set", None),
        ("staff.changed", [STORE, "MO-TAI"]),
    ]
    assert [c.staff_id for c in seen_there] == [cashier.staff_id] * 2


def test_a_discount_limit_set_on_the_page_is_the_one_the_counter_applies(seeded) -> None:
    from core.catalogue import get_product
    from core.demo_chain import demo_products
    from core.sales import CartLine, Payment, checkout

    db, till = seeded
    manager = _signed(db, "store_manager")
    with db.write() as s:
        new_id = add_staff(s, till, manager, _cashier(limit=5), "482913", "482913")
    with db.read() as s:
        cashier = sign_in(s, STORE, "482913")
        price = get_product(s, demo_products()[0].sku).price_avos
    sku = demo_products()[0].sku
    eight = CartLine(sku, 1, price, price * 8 // 100)  # 8 %: within a cashier's role, above this one's
    with db.write() as s:
        assert _code(
            lambda: checkout(s, till, cashier, [eight], [Payment("card", price - eight.discount_avos)])
        ) == ("sale.discount_needs_approval")
        change_staff(s, till, manager, new_id, _cashier(limit=10))
    with db.read() as s:
        cashier = sign_in(s, STORE, "482913")
    with db.write() as s:
        checkout(s, till, cashier, [eight], [Payment("card", price - eight.discount_avos)])
