"""Auto-planning a roster with OR-Tools CP-SAT: fill each store's requirements (headcount per time
slot, skills such as keyholder or pharmacist) with shift templates, under the labour rules of
``core.shifts_rules``, with hours balanced and preferences honoured.

Each store is one model (its own staff; lending between stores is the substitute finder's job), so
a chain of 50 stores is 50 small models. Coverage is soft with a heavy price: a week that cannot be
filled still gets a roster, and the requirements left short are named with the reason. Re-planning
pays for every published shift it moves, so it keeps them unless a rule or an absence forces it.

The result is checked by ``shifts_rules.check_roster`` (not by this model) wherever it matters: the
tests and benchmarks/shifts.py. No Qt here; the screen runs ``plan`` on a worker with ``cancel``.
"""

from __future__ import annotations

import threading
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cache
from typing import TYPE_CHECKING, Any

from core import cpsat
from core.ids import new_id
from core.shifts_rules import DEFAULT_RULES, RuleSet, Shift

if TYPE_CHECKING:
    from ortools.sat.python import cp_model

UNMET_COST = 10_000  # per person missing from a requirement
CHANGE_COST = 200  # per published shift dropped or shift added to a published roster
SHIFT_COST = 20  # per shift: no one is rostered for nothing (more than fairness could gain)
UNFAIR_COST = 1  # per half hour between the most and the least rostered of a store
PATIENCE = 20  # a store without a roster yet may search this many times its share of time
DISLIKE_COST = 3  # per shift on a template the person would rather not work


@dataclass(frozen=True)
class Template:
    """A kind of shift: opening, middle, closing (hours from midnight, local time)."""

    code: str
    start_h: float
    end_h: float

    @property
    def hours(self) -> float:
        return self.end_h - self.start_h


TEMPLATES = (Template("opening", 10, 18), Template("middle", 12, 20), Template("closing", 14, 22))


@dataclass(frozen=True)
class Person:
    """Someone who can be rostered: their store, skills, days they cannot work (leave, availability),
    and templates they would rather not work (preferences)."""

    staff_id: str
    store_id: str
    skills: frozenset[str] = frozenset()
    unavailable: frozenset[date] = frozenset()
    dislikes: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Requirement:
    """At least ``headcount`` people (with ``skill``, if given) at ``store_id`` on ``day`` from
    ``start_h`` to ``end_h``."""

    store_id: str
    day: date
    start_h: float
    end_h: float
    headcount: int
    skill: str = ""


@dataclass(frozen=True)
class Unmet:
    """A requirement the plan leaves short by ``short`` people, and why: ``no_skill`` (nobody of the
    store has the skill), ``absent`` (too few of them are available that day), ``rules`` (they are,
    but the hours and rest rules leave too few shifts)."""

    requirement: Requirement
    short: int
    reason: str
    available: int


@dataclass(frozen=True)
class Plan:
    shifts: tuple[Shift, ...]
    unmet: tuple[Unmet, ...] = ()
    added: tuple[Shift, ...] = ()  # compared with the published roster
    removed: tuple[Shift, ...] = ()
    cancelled: bool = False
    seconds: float = 0.0

    @property
    def changes(self) -> int:
        return len(self.added) + len(self.removed)


@dataclass(frozen=True)
class PlanRequest:
    """One or more stores' rosters from ``first_day`` for ``days`` days."""

    people: Sequence[Person]
    requirements: Sequence[Requirement]
    first_day: date
    days: int = 7
    templates: Sequence[Template] = TEMPLATES
    published: Sequence[Shift] = ()  # re-planning: keep these unless forced
    rules: RuleSet = DEFAULT_RULES
    seconds_per_store: float = 0.5  # then the best roster found so far
    stores: Sequence[str] = field(default_factory=tuple)  # default: every store named

    def store_ids(self) -> list[str]:
        if self.stores:
            return list(self.stores)
        return sorted({p.store_id for p in self.people} | {r.store_id for r in self.requirements})


def _at(day: date, hour: float) -> datetime:
    return datetime.combine(day, datetime.min.time()) + timedelta(hours=hour)


def _covers(t: Template, r: Requirement) -> bool:
    return t.start_h <= r.start_h and r.end_h <= t.end_h


@cache
def _watch_class() -> Any:
    """The search watcher, made on first use: OR-Tools takes a third of a second to import, which
    the hub and the app's start must not pay."""
    cpsat.importable()
    from ortools.sat.python import cp_model

    class _Watch(cp_model.CpSolverSolutionCallback):
        """Stops a store's search when the plan is cancelled, or once it has a roster and its share of
        time is spent (a store still without one gets up to ``patience`` times that)."""

        def __init__(self, solver: cp_model.CpSolver, cancel: threading.Event | None, budget: float) -> None:
            super().__init__()
            self._solver, self._cancel, self._budget = solver, cancel, budget
            self._found = threading.Event()
            self._done = threading.Event()

        def on_solution_callback(self) -> None:
            self._found.set()

        def watch(self, started: float) -> None:
            while not self._done.wait(0.01):
                spent = time.monotonic() - started
                if (self._cancel is not None and self._cancel.is_set()) or (
                    spent >= self._budget and self._found.is_set()
                ):
                    self._solver.stop_search()
                    return

        def solve(self, model: cp_model.CpModel) -> cp_model.CpSolverStatus:
            started = time.monotonic()
            watcher = threading.Thread(target=self.watch, args=(started,), name="roster-watch", daemon=True)
            watcher.start()
            try:
                return self._solver.solve(model, self)
            finally:
                self._done.set()
                watcher.join()

    return _Watch


def plan(
    request: PlanRequest,
    *,
    cancel: threading.Event | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Plan:
    """The roster for ``request``'s stores and days. ``progress(done, total)`` after each store;
    setting ``cancel`` stops at the next store (the plan so far is returned, ``cancelled``)."""
    started = time.monotonic()
    stores = request.store_ids()
    shifts: list[Shift] = []
    unmet: list[Unmet] = []
    cancelled = False
    done: set[str] = set()
    for i, store_id in enumerate(stores):
        if cancel is not None and cancel.is_set():
            cancelled = True
            break
        got, short = _plan_store(request, store_id, cancel)
        shifts += got
        unmet += short
        done.add(store_id)
        if progress is not None:
            progress(i + 1, len(stores))
    if cancel is not None and cancel.is_set():
        cancelled = True
    before = {_key(s): s for s in request.published if s.store_id in done}
    after = {_key(s): s for s in shifts}
    return Plan(
        tuple(shifts),
        tuple(unmet),
        tuple(s for k, s in after.items() if k not in before),
        tuple(s for k, s in before.items() if k not in after),
        cancelled,
        time.monotonic() - started,
    )


def _key(s: Shift) -> tuple[str, str, datetime, datetime]:
    return (s.staff_id, s.store_id, s.start, s.end)


def _plan_store(
    request: PlanRequest, store_id: str, cancel: threading.Event | None
) -> tuple[list[Shift], list[Unmet]]:
    """Coverage as a hard rule first (the search then finds a full roster fast); only if that has
    no solution, coverage with a price, to name what cannot be met."""
    got = _solve_store(request, store_id, cancel, hard=True)
    if got is not None:
        return got
    return _solve_store(request, store_id, cancel, hard=False) or ([], [])


def _solve_store(
    request: PlanRequest, store_id: str, cancel: threading.Event | None, *, hard: bool
) -> tuple[list[Shift], list[Unmet]] | None:
    cpsat.importable()
    from ortools.sat.python import cp_model

    rules = request.rules
    people = [p for p in request.people if p.store_id == store_id]
    days = [request.first_day + timedelta(days=i) for i in range(request.days)]
    templates = [t for t in request.templates if t.hours <= rules.normal_day_h]
    needs = [r for r in request.requirements if r.store_id == store_id and r.headcount > 0]
    published = {_key(s): s for s in request.published if s.store_id == store_id}
    m = cp_model.CpModel()
    x: dict[tuple[int, int, int], cp_model.IntVar] = {}
    for pi, p in enumerate(people):
        for di, d in enumerate(days):
            if d in p.unavailable or rules.is_holiday(d):  # holiday work: by hand, with a replacement day
                continue
            for ti in range(len(templates)):
                x[pi, di, ti] = m.new_bool_var(f"x{pi}_{di}_{ti}")
    by_day: dict[tuple[int, int], list[cp_model.IntVar]] = defaultdict(list)
    for (pi, di, _ti), v in x.items():
        by_day[pi, di].append(v)
    works: dict[tuple[int, int], cp_model.IntVar | int] = {}
    for pi in range(len(people)):
        for di in range(len(days)):
            vs = by_day.get((pi, di), [])
            if vs:
                w = m.new_bool_var(f"w{pi}_{di}")
                m.add(sum(vs) == w)  # one shift a day at most
                works[pi, di] = w
            else:
                works[pi, di] = 0
    halves = [round(t.hours * 2) for t in templates]  # hours in half hours
    hours_of: list[cp_model.LinearExprT] = []
    for pi in range(len(people)):
        # Art 33(1): at most 48 normal hours in each week (Monday to Sunday).
        weeks: dict[date, list[tuple[int, int]]] = defaultdict(list)
        for di, d in enumerate(days):
            weeks[d - timedelta(days=d.weekday())].append((pi, di))
        for cells in weeks.values():
            week = [
                halves[ti] * x[pi, di, ti]
                for (_, di) in cells
                for ti in range(len(templates))
                if (pi, di, ti) in x
            ]
            if week:
                m.add(sum(week) <= round(rules.normal_week_h * 2))
        # Art 42(1): a rest day in every 7.
        n = rules.rest_every_days
        for di in range(len(days) - n + 1):
            m.add(sum(works[pi, di + k] for k in range(n)) <= n - 1)
        # Art 33(2), 40(3): 10 consecutive hours of rest from one day's shift to the next.
        for di in range(len(days) - 1):
            for ai, a in enumerate(templates):
                for bi, b in enumerate(templates):
                    gap = 24 + b.start_h - a.end_h
                    if gap < rules.daily_rest_h and (pi, di, ai) in x and (pi, di + 1, bi) in x:
                        m.add(x[pi, di, ai] + x[pi, di + 1, bi] <= 1)
        hours_of.append(sum(halves[ti] * v for (qi, _di, ti), v in x.items() if qi == pi))
    cost: list[cp_model.LinearExprT] = []
    slacks: list[tuple[Requirement, cp_model.IntVar, int]] = []
    for r in needs:
        if r.day not in days:
            continue
        di = days.index(r.day)
        cover = [
            x[pi, di, ti]
            for pi, p in enumerate(people)
            if not r.skill or r.skill in p.skills
            for ti, t in enumerate(templates)
            if (pi, di, ti) in x and _covers(t, r)
        ]
        slack = m.new_int_var(0, 0 if hard else r.headcount, "short")
        m.add(sum(cover) + slack >= r.headcount)
        slacks.append((r, slack, len({id(v) for v in cover})))
        cost.append(UNMET_COST * slack)
    for (pi, di, ti), v in x.items():
        p, t = people[pi], templates[ti]
        cost.append(SHIFT_COST * v)
        if t.code in p.dislikes:
            cost.append(DISLIKE_COST * v)
        key = (p.staff_id, store_id, _at(days[di], t.start_h), _at(days[di], t.end_h))
        if published and key not in published:
            cost.append(CHANGE_COST * v)
    if published:
        for s in published.values():
            kept = _var_of(s, people, days, templates, x)
            cost.append(CHANGE_COST * (1 - kept) if kept is not None else CHANGE_COST)
    if len(people) > 1:
        top = m.new_int_var(0, 48 * len(days), "most")
        low = m.new_int_var(0, 48 * len(days), "least")
        m.add_max_equality(top, hours_of)
        m.add_min_equality(low, hours_of)
        cost.append(UNFAIR_COST * (top - low))
    m.minimize(sum(cost))
    if published:  # start from the published roster: the search begins where the store is
        for (pi, di, ti), v in x.items():
            t = templates[ti]
            key = (people[pi].staff_id, store_id, _at(days[di], t.start_h), _at(days[di], t.end_h))
            m.add_hint(v, key in published)
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = request.seconds_per_store * PATIENCE
    solver.parameters.num_workers = 2
    status = _watch_class()(solver, cancel, request.seconds_per_store).solve(m)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        if hard:
            return None
        return [], [_why(r, r.headcount, people, rules) for r in needs if r.day in days]
    out: list[Shift] = []
    for (pi, di, ti), v in sorted(x.items()):
        if solver.boolean_value(v):
            p, t = people[pi], templates[ti]
            start, end = _at(days[di], t.start_h), _at(days[di], t.end_h)
            old = published.get((p.staff_id, store_id, start, end))
            out.append(old or Shift(new_id(), p.staff_id, store_id, start, end))
    short = []
    for r, slack, _n in slacks:
        missing = solver.value(slack)
        if missing > 0:
            short.append(_why(r, missing, people, rules))
    return out, short


def _var_of(
    s: Shift, people: list[Person], days: list[date], templates: list[Template], x: dict
) -> cp_model.IntVar | None:
    for pi, p in enumerate(people):
        if p.staff_id != s.staff_id:
            continue
        for di, d in enumerate(days):
            if d != s.day:
                continue
            for ti, t in enumerate(templates):
                if (_at(d, t.start_h), _at(d, t.end_h)) == (s.start, s.end):
                    return x.get((pi, di, ti))
    return None


def _why(r: Requirement, missing: int, people: list[Person], rules: RuleSet) -> Unmet:
    skilled = [p for p in people if not r.skill or r.skill in p.skills]
    here = [p for p in skilled if r.day not in p.unavailable and not rules.is_holiday(r.day)]
    if not skilled:
        return Unmet(r, missing, "no_skill", 0)
    if len(here) < r.headcount:
        return Unmet(r, missing, "absent", len(here))
    return Unmet(r, missing, "rules", len(here))


def standard_requirements(
    store_id: str, first_day: date, days: int, *, pharmacy: bool = False, headcount: int = 2
) -> list[Requirement]:
    """A shop's usual week: ``headcount`` on the floor 10:00-22:00, a keyholder to open and to close,
    and a pharmacist from 12:00 to 18:00 where the shop has a pharmacy."""
    out = []
    for i in range(days):
        d = first_day + timedelta(days=i)
        out += [
            Requirement(store_id, d, 10, 14, headcount),
            Requirement(store_id, d, 14, 18, headcount),
            Requirement(store_id, d, 18, 22, headcount),
            Requirement(store_id, d, 10, 11, 1, "keyholder"),
            Requirement(store_id, d, 21, 22, 1, "keyholder"),
        ]
        if pharmacy:
            out.append(Requirement(store_id, d, 12, 18, 1, "pharmacist"))
    return out


def sample_chain(
    stores: int, staff: int, first_day: date, days: int, prefix: str = "S"
) -> tuple[list[Person], list[Requirement]]:
    """A chain for demos and benchmarks: ``staff`` people spread over ``stores`` shops, three
    keyholders in each, two pharmacists in every third shop (which has a pharmacy)."""
    people: list[Person] = []
    needs: list[Requirement] = []
    for s in range(stores):
        store_id = f"{prefix}{s:02d}"
        count = staff // stores + (1 if s < staff % stores else 0)
        pharmacy = s % 3 == 0
        for k in range(count):
            skills = {"keyholder"} if k < 3 else set()
            if pharmacy and k in (3, 4):
                skills.add("pharmacist")
            dislikes = frozenset({"closing"}) if k % 4 == 3 else frozenset()
            people.append(Person(f"{store_id}-{k:02d}", store_id, frozenset(skills), dislikes=dislikes))
        needs += standard_requirements(store_id, first_day, days, pharmacy=pharmacy)
    return people, needs
