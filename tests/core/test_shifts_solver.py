"""The roster solver (core/shifts_solver.py), small and with short time limits; every roster is judged
by the independent checker (core/shifts_rules.py)."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import threading
from datetime import date, timedelta
from pathlib import Path

from core.shifts_rules import check_roster
from core.shifts_solver import Person, PlanRequest, Requirement, plan, sample_chain

ROOT = Path(__file__).resolve().parents[2]
MON = date(2026, 11, 2)
WEEK = (MON, MON + timedelta(days=6))


def one_store(**kw) -> PlanRequest:
    people, needs = sample_chain(1, 8, MON, 7)
    return PlanRequest(people, needs, MON, 7, seconds_per_store=0.3, **kw)


def test_a_week_is_filled_with_keyholders_and_pharmacists_and_breaks_no_rule() -> None:
    request = one_store()
    result = plan(request)
    assert result.unmet == ()
    assert check_roster(result.shifts, period=WEEK) == []
    skills = {p.staff_id: p.skills for p in request.people}
    for i in range(7):
        day = MON + timedelta(days=i)
        today = [s for s in result.shifts if s.day == day]
        assert any(s.start.hour <= 10 and "keyholder" in skills[s.staff_id] for s in today)  # someone opens
        assert any(s.end.hour >= 22 and "keyholder" in skills[s.staff_id] for s in today)  # someone closes
        assert any("pharmacist" in skills[s.staff_id] for s in today)
    per_person = {
        p.staff_id: sum(1 for s in result.shifts if s.staff_id == p.staff_id) for p in request.people
    }
    assert max(per_person.values()) <= 6  # a rest day each


def test_an_impossible_week_names_the_requirement_and_why() -> None:
    people = [Person("ana", "S00", frozenset({"keyholder"})), Person("ben", "S00")]
    needs = [
        Requirement("S00", MON, 10, 14, 1),
        Requirement("S00", MON, 12, 18, 1, "pharmacist"),
        Requirement("S00", MON + timedelta(days=1), 10, 14, 3),
    ]
    result = plan(PlanRequest(people, needs, MON, 7, seconds_per_store=0.3))
    why = {(u.requirement.skill, u.requirement.day): (u.reason, u.short) for u in result.unmet}
    assert why == {("pharmacist", MON): ("no_skill", 1), ("", MON + timedelta(days=1)): ("absent", 1)}
    assert check_roster(result.shifts, period=WEEK) == []  # what could be filled still keeps the rules


def test_replanning_after_a_sick_call_keeps_the_published_shifts() -> None:
    request = one_store()
    published = plan(request)
    wednesday = MON + timedelta(days=2)
    sick = next(s for s in published.shifts if s.day == wednesday)
    people = [
        dataclasses.replace(p, unavailable=frozenset({wednesday})) if p.staff_id == sick.staff_id else p
        for p in request.people
    ]
    again = plan(dataclasses.replace(request, people=people, published=published.shifts))
    assert sick in again.removed
    assert 2 <= again.changes <= 3  # the sick shift out, a substitute in (at most one more moved)
    assert again.unmet == () and check_roster(again.shifts, period=WEEK) == []
    kept = set(published.shifts) & set(again.shifts)
    assert len(kept) >= len(published.shifts) - 2


def test_a_cancelled_plan_stops_at_the_next_store() -> None:
    people, needs = sample_chain(4, 24, MON, 7)
    cancel = threading.Event()
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        cancel.set()

    result = plan(PlanRequest(people, needs, MON, 7, seconds_per_store=0.2), cancel=cancel, progress=progress)
    assert result.cancelled
    assert seen == [(1, 4)]
    assert {s.store_id for s in result.shifts} == {"S00"}


def test_the_solver_plans_where_pandas_is_not_installed() -> None:
    """The installed app leaves pandas out (CP-SAT's cp_model imports it at the top): in a process
    where pandas cannot be imported the week is still planned, and breaks no rule."""
    code = """
import sys
sys.modules["pandas"] = None  # import pandas raises ImportError, as in the installed app
from datetime import date, timedelta
from core.shifts_rules import check_roster
from core.shifts_solver import PlanRequest, plan, sample_chain
mon = date(2026, 11, 2)
people, needs = sample_chain(1, 8, mon, 7)
result = plan(PlanRequest(people, needs, mon, 7, seconds_per_store=0.3))
assert sys.modules["pandas"].__stand_in__
print(len(result.shifts), len(result.unmet), len(check_roster(result.shifts, period=(mon, mon + timedelta(days=6)))))
"""
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )
    assert out.returncode == 0, out.stderr
    shifts, unmet, violations = map(int, out.stdout.split())
    assert shifts > 0 and unmet == 0 and violations == 0
