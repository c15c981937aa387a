"""Shifts on a replica (core/shifts.py): the week with its warnings, the substitute finder, swaps
checked against the rules, clocking in."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from core.clock import FakeClock
from core.db import Database
from core.demo_chain import DEMO_PINS
from core.errors import DomainError
from core.replica import Till
from core.shifts import (
    RosterShift,
    ShiftDraft,
    ShiftPunch,
    attendance,
    clock_in_out,
    copy_last_week,
    demo_facts,
    local,
    planning_request,
    publish_roster,
    reopening_plan,
    roster_week,
    substitutes,
    swap_shift,
    timesheet_csv,
    typhoon_release,
    violations_with,
)
from core.staff import sign_in

TODAY = date(2026, 11, 4)  # a Wednesday
MONDAY = date(2026, 11, 2)


@pytest.fixture
def roster(seeded: tuple[Database, Till]) -> Database:
    db, _till = seeded
    with db.write() as s:
        demo_facts(s, TODAY)
    return db


def test_the_demo_week_shows_its_long_day_with_the_article(roster: Database) -> None:
    with roster.read() as s:
        week = roster_week(s, "MO-SEN", MONDAY)
    assert len(week.people) == 5
    [warning] = week.warnings
    assert (warning.rule, warning.article, warning.staff_id, warning.day) == (
        "shifts.day_hours",
        "Art 33(1)",
        "MO-SEN-A2",
        "2026-11-04",
    )
    assert (warning.value, warning.limit) == (9.5, 8)
    assert [v.state for v in week.shifts].count("open") == 1
    with roster.read() as s:
        assert roster_week(s, "MO-TAI", MONDAY).warnings == ()


def test_substitutes_are_ranked_nearest_first_and_break_no_rule(roster: Database) -> None:
    with roster.read() as s:
        open_shift = s.scalar(select(RosterShift).where(RosterShift.state == "open"))
        assert open_shift is not None and open_shift.released_staff_id == "MO-SEN-C1"
        found = substitutes(s, open_shift.shift_id)
        busy = {
            r.staff_id
            for r in s.scalars(select(RosterShift).where(RosterShift.start.startswith(open_shift.start[:10])))
        }
        assert found, "someone can come"
        for c in found:
            assert not violations_with(s, open_shift, c.staff_id), c
            assert c.staff_id not in busy  # nobody who already works that day (at any store)
    assert "MO-SEN-C1" not in {c.staff_id for c in found}
    assert [c.km for c in found] == sorted(c.km for c in found)
    assert found[0].store_id == "MO-SEN"
    assert {c.store_id for c in found} - {"MO-SEN"}, "nearby stores are asked too"


def test_a_swap_that_would_double_book_is_refused_with_the_rule(roster: Database) -> None:
    db = roster
    till = Till("till-1", "MO-SEN")
    with db.read() as s:
        manager = sign_in(s, "MO-SEN", DEMO_PINS["store_manager"])
        wednesday = [
            r
            for r in s.scalars(select(RosterShift).where(RosterShift.store_id == "MO-SEN"))
            if r.start.startswith("2026-11-04")
        ]
    a, b = wednesday[0], wednesday[1]
    with db.write() as s, pytest.raises(DomainError) as refused:
        swap_shift(s, till, manager, a.shift_id, b.staff_id)
    assert refused.value.code == "shift.rule_broken"
    assert refused.value.params["rule"] in ("shifts.overlap", "shifts.day_hours")  # two shifts that day
    with db.read() as s:
        free = next(c for c in substitutes(s, a.shift_id) if c.store_id == "MO-SEN")
    with db.write() as s:
        swap_shift(s, till, manager, a.shift_id, free.staff_id)
    with db.read() as s:
        assert s.get(RosterShift, a.shift_id).staff_id == free.staff_id


def test_clocking_in_finds_today_s_shift(roster: Database) -> None:
    db = roster
    till = Till("till-1", "MO-SEN")
    with db.read() as s:
        row = s.scalar(
            select(RosterShift).where(
                RosterShift.store_id == "MO-SEN", RosterShift.start.startswith("2026-11-04T10")
            )
        )
        member = next(
            m
            for m in [sign_in(s, "MO-SEN", pin) for pin in ("1111", "2222", "5111", "5222", "5333")]
            if m.staff_id == row.staff_id
        )
    at = local(row.start) - timedelta(hours=8, minutes=5)  # 09:55 Macau, in UTC
    with db.write() as s:
        got = clock_in_out(s, till, member, "in", "pin", clock=FakeClock(at.replace(tzinfo=UTC)))
    assert got == row.shift_id
    with db.read() as s:
        [punch] = s.scalars(select(ShiftPunch)).all()
    assert (punch.staff_id, punch.direction, punch.shift_id) == (member.staff_id, "in", row.shift_id)


def test_the_planner_gets_the_store_s_people_with_their_skills(roster: Database) -> None:
    with roster.read() as s:
        request = planning_request(s, "MO-SEN", MONDAY, replan=True)
    skills = {p.staff_id: p.skills for p in request.people}
    assert skills["MO-SEN-M"] == skills["MO-SEN-A1"] == skills["MO-SEN-A3"] == {"keyholder"}
    assert skills["MO-SEN-A2"] == skills["MO-SEN-C1"] == frozenset()
    assert len(request.published) > 20  # re-planning keeps the published week
    assert all(isinstance(s.start, datetime) for s in request.published)


def test_attendance_flags_late_and_absent(roster: Database) -> None:
    db = roster
    till = Till("till-1", "MO-SEN")
    with db.read() as s:
        due = [
            r
            for r in attendance(s, "MO-SEN", TODAY, clock=FakeClock(datetime(2026, 11, 4, 0, 0, tzinfo=UTC)))
        ]
    assert due and {r.status for r in due} == {"due"}  # 08:00 in Macau: nobody is late yet
    opening = [r for r in due if r.start.endswith("T10:00")]
    on_time, late = opening[0], opening[1]
    with db.read() as s:
        members = {
            m.staff_id: m
            for m in (sign_in(s, "MO-SEN", pin) for pin in ("1111", "2222", "5111", "5222", "5333"))
        }
    with db.write() as s:  # 09:58 and 10:06 Macau time
        clock_in_out(
            s,
            till,
            members[on_time.staff_id],
            "in",
            "badge",
            clock=FakeClock(datetime(2026, 11, 4, 1, 58, tzinfo=UTC)),
        )
        clock_in_out(
            s,
            till,
            members[late.staff_id],
            "in",
            "pin",
            clock=FakeClock(datetime(2026, 11, 4, 2, 6, tzinfo=UTC)),
        )
    with db.read() as s:
        rows = {
            r.shift_id: r
            for r in attendance(s, "MO-SEN", TODAY, clock=FakeClock(datetime(2026, 11, 4, 6, 30, tzinfo=UTC)))
        }
    assert (rows[on_time.shift_id].status, rows[on_time.shift_id].clocked_in) == ("on_time", "09:58")
    assert (rows[late.shift_id].status, rows[late.shift_id].clocked_in) == ("late", "10:06")
    others = [r for r in rows.values() if r.shift_id not in (on_time.shift_id, late.shift_id)]
    assert others and {r.status for r in others} == {"absent"}  # 14:30 and never clocked in


def test_the_timesheet_splits_normal_overtime_and_holiday_hours(roster: Database) -> None:
    db = roster
    till = Till("till-1", "MO-SEN")
    holiday = date(2026, 12, 20)  # MSAR Establishment Day, a Sunday
    with db.read() as s:
        manager = sign_in(s, "MO-SEN", DEMO_PINS["store_manager"])
    drafts = [
        ShiftDraft("MO-SEN-A1", datetime(2026, 12, 14, 10), datetime(2026, 12, 14, 18)),
        ShiftDraft("MO-SEN-A1", datetime(2026, 12, 14, 18), datetime(2026, 12, 14, 20), overtime="agreed"),
        ShiftDraft("MO-SEN-A1", datetime(2026, 12, 15, 10), datetime(2026, 12, 15, 18)),
        ShiftDraft(
            "MO-SEN-A1", datetime(2026, 12, 15, 18), datetime(2026, 12, 15, 21), overtime="unforeseen"
        ),
        ShiftDraft("MO-SEN-A2", datetime(2026, 12, 20, 10), datetime(2026, 12, 20, 16)),
    ]
    with db.write() as s, pytest.raises(DomainError) as refused:
        publish_roster(s, till, manager, "MO-SEN", drafts)
    assert refused.value.params["rule"] == "shifts.holiday"  # no replacement rest day is on record
    with db.write() as s:
        publish_roster(s, till, manager, "MO-SEN", drafts, allow_warnings=True)
    with db.read() as s:
        text = timesheet_csv(s, "MO-SEN", date(2026, 12, 14), holiday)
    assert text.splitlines() == [
        "staff_id,name,date,normal_h,overtime_20_h,overtime_50_h,holiday_h",
        "MO-SEN-A1,Assistant SEN 1,2026-12-14,8,2,0,0",
        "MO-SEN-A1,Assistant SEN 1,2026-12-15,8,0,3,0",
        "MO-SEN-A2,Assistant SEN 2,2026-12-20,0,0,0,6",
    ]


def test_typhoon_signal_8_releases_the_day_and_lowering_it_gives_a_reopening_plan(roster: Database) -> None:
    db = roster
    till = Till("till-1", "MO-SEN")
    with db.read() as s:
        manager = sign_in(s, "MO-SEN", DEMO_PINS["store_manager"])
        cashier = sign_in(s, "MO-SEN", DEMO_PINS["cashier"])
    up, lowered = datetime(2026, 11, 4, 9, 0), datetime(2026, 11, 4, 13, 0)
    with db.write() as s, pytest.raises(DomainError):
        typhoon_release(s, till, cashier, 8, up, datetime(2026, 11, 5))  # a manager's decision
    with db.write() as s:
        ids, _ = typhoon_release(s, till, manager, 8, up, datetime(2026, 11, 5))
    with db.read() as s:
        week = roster_week(s, "MO-SEN", MONDAY)
        wednesday = [v for v in week.shifts if v.start.startswith("2026-11-04")]
        assert wednesday and sorted(ids) == sorted(v.shift_id for v in wednesday)
        assert {v.state for v in wednesday} == {"released"}
        assert {v.state for v in week.shifts if not v.start.startswith("2026-11-04")} <= {"published", "open"}
        # Nobody is absent or late for a released shift (storm lateness is exempt).
        assert attendance(s, "MO-SEN", TODAY, clock=FakeClock(datetime(2026, 11, 4, 8, 0, tzinfo=UTC))) == []
        plan = reopening_plan(s, "MO-SEN", lowered)
    # Lowered at 13:00: back from 15:00; the 10:00-18:00 shifts reopen 15:00-18:00, the 10:00-19:30 one too.
    assert plan and {(d.start.hour, d.end.hour) for d in plan} <= {(15, 18), (15, 19)}
    with db.write() as s:
        publish_roster(s, till, manager, "MO-SEN", plan)
    with db.read() as s:
        reopened = {v.shift_id: v for v in roster_week(s, "MO-SEN", MONDAY).shifts if v.shift_id in ids}
    assert {v.state for v in reopened.values()} == {"published"}
    assert {v.start for v in reopened.values()} == {"2026-11-04T15:00"}


def test_copy_last_week_publishes_the_same_people_and_hours_seven_days_on(roster: Database) -> None:
    db = roster
    till = Till("till-1", "MO-SEN")
    with db.read() as s:
        manager = sign_in(s, "MO-SEN", DEMO_PINS["store_manager"])
    with db.write() as s, pytest.raises(DomainError) as refused:  # the long day would be copied too
        copy_last_week(s, till, manager, "MO-SEN", MONDAY + timedelta(days=7))
    assert refused.value.params["rule"] == "shifts.day_hours"
    with db.read() as s:
        other = roster_week(s, "MO-TAI", MONDAY)
        tai_manager = sign_in(s, "MO-TAI", DEMO_PINS["store_manager"])
    with db.write() as s:
        copy_last_week(s, Till("till-1", "MO-TAI"), tai_manager, "MO-TAI", MONDAY + timedelta(days=7))
    with db.read() as s:
        copied = roster_week(s, "MO-TAI", MONDAY + timedelta(days=7))

    def key(views, shift):
        return sorted(
            (v.staff_id, (local(v.start) + timedelta(days=shift)).isoformat()) for v in views if v.staff_id
        )

    assert key(copied.shifts, 0) == key(other.shifts, 7)
    assert copied.warnings == ()
