"""Wrong PINs in a row: a few are free, then each try waits longer; a right PIN clears the count."""

from __future__ import annotations

import pytest

from core.demo_chain import DEMO_PINS
from core.errors import DomainError
from core.staff import PinGuard, sign_in


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _try(guard: PinGuard, db, store_id: str, pin: str) -> str:
    """The error code a PIN gets through the guard, or the name of who signed in."""
    with db.read() as s:
        try:
            return guard.attempt(lambda: sign_in(s, store_id, pin)).name
        except DomainError as exc:
            return exc.code


def test_after_five_wrong_pins_every_try_waits_and_the_wait_doubles(seeded) -> None:
    db, till = seeded
    clock = Clock()
    guard = PinGuard(clock)
    assert [_try(guard, db, till.store_id, "9876") for _ in range(5)] == ["staff.pin_wrong"] * 5
    # The sixth wrong one starts a 30 s wait; meanwhile even the right PIN is not looked at.
    assert _try(guard, db, till.store_id, "9875") == "staff.pin_wrong"
    with db.read() as s, pytest.raises(DomainError) as locked:
        guard.attempt(lambda: sign_in(s, till.store_id, DEMO_PINS["cashier"]))
    assert (locked.value.code, locked.value.params["seconds"]) == ("staff.pin_locked", 30)
    clock.now += 29.5
    assert _try(guard, db, till.store_id, DEMO_PINS["cashier"]) == "staff.pin_locked"
    clock.now += 1
    assert _try(guard, db, till.store_id, "9874") == "staff.pin_wrong"  # the next wrong one: 60 s
    clock.now += 59
    assert _try(guard, db, till.store_id, DEMO_PINS["cashier"]) == "staff.pin_locked"
    clock.now += 2
    assert _try(guard, db, till.store_id, DEMO_PINS["cashier"]) != "staff.pin_locked"  # signed in
    # A right PIN cleared the count: five free tries again.
    assert [_try(guard, db, till.store_id, "9876") for _ in range(5)] == ["staff.pin_wrong"] * 5


def test_the_wait_never_grows_past_the_cap(seeded) -> None:
    db, till = seeded
    clock = Clock()
    guard = PinGuard(clock, free_tries=0, first_wait=30, max_wait=900)
    waits = []
    for _ in range(8):
        assert _try(guard, db, till.store_id, "9876") == "staff.pin_wrong"
        with db.read() as s, pytest.raises(DomainError) as locked:
            guard.attempt(lambda: sign_in(s, till.store_id, "9876"))
        waits.append(locked.value.params["seconds"])
        clock.now += locked.value.params["seconds"]
    assert waits == [30, 60, 120, 240, 480, 900, 900, 900]
