"""shifts: the roster solver (core/shifts_solver.py, OR-Tools CP-SAT).

Three cases, each roster judged by the independent rule checker (core/shifts_rules.py), not by the
solver's own model:

* **small**: the first valid roster for 3 stores x 25 staff x 1 week (goal <= 3 s);
* **chain**: 50 stores x 300 staff x 4 weeks (goal <= 15 s);
* **sick call**: the small roster published, one person calls in sick for a day, re-planned: the
  shifts changed (goal <= 3).

Every requirement must be met (keyholders to open and close, pharmacists where there is a pharmacy).
``--quick`` runs the chain case over 1 week.
"""

from __future__ import annotations

import asyncio
import dataclasses
from datetime import date, timedelta

from benchmarks.common import Context, log, result_line, table, verdict
from core.shifts_rules import check_roster
from core.shifts_solver import Plan, PlanRequest, plan, sample_chain

NAME = "shifts"
MONDAY = date(2026, 11, 2)
GOAL_SMALL_S, GOAL_CHAIN_S, GOAL_CHANGES = 3.0, 15.0, 3


def _broken(result: Plan, days: int) -> int:
    return len(check_roster(result.shifts, period=(MONDAY, MONDAY + timedelta(days=days - 1))))


def _spread(result: Plan) -> float:
    """Hours between the most and the least rostered person of a store, the worst store."""
    hours: dict[str, dict[str, float]] = {}
    for s in result.shifts:
        store = hours.setdefault(s.store_id, {})
        store[s.staff_id] = store.get(s.staff_id, 0) + s.hours
    return max((max(h.values()) - min(h.values()) for h in hours.values() if h), default=0.0)


def _cases(quick: bool) -> dict[str, float | int]:
    out: dict[str, float | int] = {}
    rows = []
    for name, stores, staff, days in (("small", 3, 25, 7), ("chain", 50, 300, 7 if quick else 28)):
        people, needs = sample_chain(stores, staff, MONDAY, days)
        budget = 0.3 if name == "small" else 0.05
        request = PlanRequest(people, needs, MONDAY, days, seconds_per_store=budget)
        result = plan(request)
        broken = _broken(result, days)
        out[f"{name}_s"] = result.seconds
        out[f"{name}_violations"] = broken
        out[f"{name}_unmet"] = len(result.unmet)
        rows.append(
            (
                name,
                stores,
                staff,
                days,
                len(result.shifts),
                len(result.unmet),
                broken,
                _spread(result),
                result.seconds,
            )
        )
        if name == "small":
            out.update(_sick_call(request, result))
    print(
        table(("case", "stores", "staff", "days", "shifts", "unmet", "violations", "spread h", "s"), rows, 2)
    )
    return out


def _sick_call(request: PlanRequest, published: Plan) -> dict[str, float | int]:
    wednesday = MONDAY + timedelta(days=2)
    sick = next(s for s in published.shifts if s.day == wednesday)
    people = [
        dataclasses.replace(p, unavailable=p.unavailable | {wednesday}) if p.staff_id == sick.staff_id else p
        for p in request.people
    ]
    again = plan(dataclasses.replace(request, people=people, published=published.shifts))
    log(f"sick call: {sick.staff_id} on {wednesday}: -{len(again.removed)} +{len(again.added)}")
    return {
        "sick_changes": again.changes,
        "sick_violations": _broken(again, request.days),
        "sick_unmet": len(again.unmet),
        "sick_s": again.seconds,
    }


async def run(ctx: Context) -> None:
    got = await asyncio.to_thread(_cases, ctx.options.quick)
    valid = all(got[k] == 0 for k in got if k.endswith(("_violations", "_unmet")))
    print(f"small   <= {GOAL_SMALL_S:g} s: {verdict(valid and float(got['small_s']) <= GOAL_SMALL_S)}")
    if not ctx.options.quick:
        print(f"chain   <= {GOAL_CHAIN_S:g} s: {verdict(valid and float(got['chain_s']) <= GOAL_CHAIN_S)}")
    print(f"re-plan <= {GOAL_CHANGES} changes: {verdict(valid and int(got['sick_changes']) <= GOAL_CHANGES)}")
    print(result_line({"shifts_valid": valid, **{f"shifts_{k}": v for k, v in got.items()}}))
