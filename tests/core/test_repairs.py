"""Repairs at a store's replica (core/repairs.py, core/repairs_cases.py, core/typhoon.py): preventive
schedules raise their own ticket once when due; a typhoon signal 8 pauses the tickets' SLA clocks;
only an area manager sets the signal; a move the till would refuse is never recorded."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from core.clock import FakeClock
from core.errors import DomainError
from core.repairs_cases import (
    move_ticket,
    raise_due_preventive,
    raise_ticket,
    repair_numbers,
    set_equipment,
    set_schedule,
    store_tickets,
)
from core.replica import Till
from core.staff import Role, StaffMember
from core.typhoon import current_signal, set_signal

MANAGER = StaffMember("MO-SEN-M", "Manager SEN", Role.STORE_MANAGER, "MO-SEN")
CASHIER = StaffMember("MO-SEN-C1", "Cashier SEN", Role.CASHIER, "MO-SEN")
AREA = StaffMember("AREA-1", "Area manager", Role.AREA_MANAGER, None)
ENGINEER = StaffMember("ENG-1", "Engineer", Role.ENGINEER, None)


def test_a_preventive_schedule_raises_its_ticket_once_when_due_then_moves_on(seeded) -> None:  # type: ignore[no-untyped-def]
    db, till = seeded
    clock = FakeClock(datetime(2026, 12, 1, 2, 0, tzinfo=UTC))  # 1 Dec, 10:00 in Macau
    with db.write() as s:
        aircon, _ = set_equipment(s, till, MANAGER, "aircon", "Air conditioning", "Daikō FTX-50", clock=clock)
        set_schedule(s, till, MANAGER, aircon, "Clean AC filters", 90, date(2026, 12, 3), clock=clock)
        assert raise_due_preventive(s, till, clock) == []  # not due yet
    clock.advance(2 * 86400)
    with db.write() as s:
        raised = raise_due_preventive(s, till, clock)
        assert len(raised) == 1
        assert raise_due_preventive(s, till, clock) == []  # the next one is 90 days on
    with db.read() as s:
        (ticket,) = store_tickets(s, "MO-SEN", clock)
    assert (ticket.source, ticket.skill, ticket.priority, ticket.description) == (
        "preventive",
        "hvac",
        "p3",
        "Clean AC filters",
    )
    clock.advance(90 * 86400)
    with db.write() as s:
        assert len(raise_due_preventive(s, till, clock)) == 1


def test_typhoon_signal_8_pauses_the_clocks_of_open_tickets(seeded) -> None:  # type: ignore[no-untyped-def]
    db, till = seeded
    office = Till(till.device_id, None)
    clock = FakeClock(datetime(2026, 12, 1, 3, 0, tzinfo=UTC))  # 11:00 in Macau
    with db.write() as s:
        raise_ticket(
            s, till, CASHIER, description="Fridge warm", skill="refrigeration", priority="p1", clock=clock
        )
    clock.advance(15 * 60)
    with db.write() as s:
        with pytest.raises(DomainError) as refused:
            set_signal(s, office, MANAGER, 8, clock)
        assert refused.value.code == "staff.not_allowed"
        set_signal(s, office, AREA, 8, clock)
        assert current_signal(s).level == 8
    clock.advance(3 * 3600)  # three hours under Signal 8
    with db.read() as s:
        (ticket,) = store_tickets(s, "MO-SEN", clock)
    assert (ticket.respond.elapsed_minutes, ticket.respond.warning, ticket.paused) == (15, 50, True)
    with db.write() as s:
        set_signal(s, office, AREA, 3, clock)
    clock.advance(10 * 60)
    with db.read() as s:
        (ticket,) = store_tickets(s, "MO-SEN", clock)
    assert (ticket.respond.elapsed_minutes, ticket.respond.warning, ticket.paused) == (25, 75, False)


def test_a_move_the_till_refuses_is_never_recorded(seeded) -> None:  # type: ignore[no-untyped-def]
    db, till = seeded
    with db.write() as s:
        ticket_id, _ = raise_ticket(s, till, CASHIER, description="Scanner dead", skill="it")
    for member, state, code in (
        (CASHIER, "accepted", "staff.not_allowed"),
        (ENGINEER, "on_site", "repair.already_open"),
        (CASHIER, "verified", "repair.already_open"),
    ):
        with pytest.raises(DomainError) as refused, db.write() as s:
            move_ticket(s, till, member, ticket_id, state)
        assert refused.value.code == code
    with db.write() as s:
        move_ticket(s, till, ENGINEER, ticket_id, "accepted")
    with db.read() as s:
        (ticket,) = store_tickets(s, "MO-SEN")
    assert (ticket.state, ticket.engineer_id) == ("accepted", "ENG-1")


def test_the_dashboards_numbers_time_to_acknowledge_and_repair_sla_met_and_mtbf(seeded) -> None:  # type: ignore[no-untyped-def]
    db, till = seeded
    clock = FakeClock(datetime(2026, 12, 1, 3, 0, tzinfo=UTC))  # 11:00 in Macau, the store open
    with db.write() as s:
        fridge, _ = set_equipment(s, till, MANAGER, "fridge", "Display fridge", clock=clock)

    def repair(ack_min: int, fix_min: int) -> None:
        with db.write() as s:
            ticket_id, _ = raise_ticket(
                s, till, CASHIER, description="Warm", equipment_id=fridge, priority="p1", clock=clock
            )
        clock.advance(ack_min * 60)
        with db.write() as s:
            move_ticket(s, till, ENGINEER, ticket_id, "accepted", clock=clock)
        clock.advance((fix_min - ack_min) * 60)
        with db.write() as s:
            move_ticket(s, till, ENGINEER, ticket_id, "resolved", "Fixed", clock=clock)

    repair(10, 200)  # within the 4-hour P1 resolve target
    clock.advance(4 * 86400 - 200 * 60)  # the next failure four days after the first
    repair(30, 300)  # 5 hours: breached
    with db.read() as s:
        numbers = repair_numbers(s, "MO-SEN", clock)
    assert numbers.tickets == 2
    assert (numbers.acknowledge_minutes, numbers.repair_minutes) == (20, 250)
    assert numbers.sla_met_percent == 50
    assert numbers.mtbf_days == {fridge: 4}
