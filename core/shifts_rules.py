"""Macau's labour rules for rosters, as data, and a checker that is independent of the solver.

The defaults follow the Labour Relations Law (Law 7/2008, as amended by Law 8/2020); docs/shifts.md
cites each article. ``check_roster`` is plain Python: the auto-planner's rosters are judged by it, not
by the solver's own model, so a mistake in one is caught by the other.

Times are Macau local times (naive ``datetime``). A shift belongs to the day it starts on.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

# The kinds of overtime (Art 36, 37): by agreement (+20 %), or imposed without it, for force majeure
# or to prevent a great loss (+50 %), or for an unforeseeable increase of work (+50 %).
OVERTIME_KINDS = ("agreed", "force_majeure", "unforeseen")

# Art 44: the 10 compulsory paid holidays, per year (the lunar ones move).
COMPULSORY_HOLIDAYS: Mapping[int, tuple[date, ...]] = {
    2025: (
        date(2025, 1, 1),
        date(2025, 1, 29),
        date(2025, 1, 30),
        date(2025, 1, 31),
        date(2025, 4, 4),
        date(2025, 5, 1),
        date(2025, 10, 1),
        date(2025, 10, 7),
        date(2025, 10, 29),
        date(2025, 12, 20),
    ),
    2026: (
        date(2026, 1, 1),
        date(2026, 2, 17),
        date(2026, 2, 18),
        date(2026, 2, 19),
        date(2026, 4, 5),
        date(2026, 5, 1),
        date(2026, 9, 26),
        date(2026, 10, 1),
        date(2026, 10, 18),
        date(2026, 12, 20),
    ),
    2027: (
        date(2027, 1, 1),
        date(2027, 2, 6),
        date(2027, 2, 7),
        date(2027, 2, 8),
        date(2027, 4, 5),
        date(2027, 5, 1),
        date(2027, 9, 16),
        date(2027, 10, 1),
        date(2027, 10, 8),
        date(2027, 12, 20),
    ),
}


@dataclass(frozen=True)
class RuleSet:
    """The rules a roster must keep; every number can be changed (a collective agreement, a new law)."""

    normal_day_h: float = 8  # Art 33(1)
    normal_week_h: float = 48  # Art 33(1)
    long_day_h: float = 12  # Art 33(2): by agreement, with >= 12 h of rest in the day
    daily_rest_h: float = 10  # Art 33(2), 40(3): consecutive rest between two days' work
    rest_every_days: int = 7  # Art 42(1): 24 consecutive hours of rest in every 7 days
    flexible_rest_days: int = 4  # Art 42(2): or 4 rest days in every 4 weeks, by agreement
    overtime_day_cap_h: Mapping[str, float] = field(
        default_factory=lambda: {"agreed": 16, "force_majeure": 16, "unforeseen": 12}
    )  # Art 36, 37: the whole day's work, overtime included
    holidays: Mapping[int, tuple[date, ...]] = field(default_factory=lambda: dict(COMPULSORY_HOLIDAYS))
    holiday_replacement_months: int = 3  # Art 45 (Law 8/2020): replacement rest within 3 months
    typhoon_signal: int = 8  # DSAL guidance: from Signal 8 staff are not required to work

    def is_holiday(self, day: date) -> bool:
        return day in self.holidays.get(day.year, ())


DEFAULT_RULES = RuleSet()

# Each rule's code and the article it comes from (shown with every warning).
ARTICLES: Mapping[str, str] = {
    "shifts.overlap": "",  # one person cannot be in two places (double booking across stores)
    "shifts.day_hours": "Art 33(1)",
    "shifts.long_day": "Art 33(2)",
    "shifts.week_hours": "Art 33(1)",
    "shifts.daily_rest": "Art 33(2), 40(3)",
    "shifts.weekly_rest": "Art 42(1)",
    "shifts.flexible_rest": "Art 42(2)",
    "shifts.overtime_cap": "Art 36, 37",
    "shifts.holiday": "Art 44, 45",
    "shifts.typhoon": "DSAL typhoon guide",
}


@dataclass(frozen=True)
class Shift:
    """One person's block of work at one store. ``overtime``: "" for normal hours, else one of
    ``OVERTIME_KINDS``. ``replacement_rest``: the rest day designated for work on a compulsory
    holiday. ``typhoon_record``: why someone works under Signal 8 (volunteered, transport, insurance)."""

    shift_id: str
    staff_id: str
    store_id: str
    start: datetime
    end: datetime
    overtime: str = ""
    replacement_rest: date | None = None
    typhoon_record: str = ""

    @property
    def day(self) -> date:
        return self.start.date()

    @property
    def hours(self) -> float:
        return (self.end - self.start).total_seconds() / 3600


@dataclass(frozen=True)
class Terms:
    """What a staff member has agreed to in writing (defaults: nothing beyond the law's normal)."""

    long_day: bool = False  # Art 33(2)
    flexible_rest: bool = False  # Art 42(2)


@dataclass(frozen=True)
class Signal:
    """A typhoon Signal (or black rainstorm) in force from ``start`` to ``end``."""

    level: int
    start: datetime
    end: datetime


@dataclass(frozen=True)
class Violation:
    """A rule a roster breaks: the rule's code, its article, whose and which day, and the numbers."""

    rule: str
    staff_id: str
    day: date
    shift_ids: tuple[str, ...] = ()
    value: float = 0  # e.g. the hours worked
    limit: float = 0  # e.g. the hours allowed

    @property
    def article(self) -> str:
        return ARTICLES[self.rule]


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)  # pragma: no cover


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def _worked_days(shifts: Sequence[Shift]) -> set[date]:
    """Days with any work in them (a shift past midnight takes the next day's rest too)."""
    days: set[date] = set()
    for s in shifts:
        day = s.start.date()
        while datetime.combine(day, datetime.min.time()) < s.end:
            days.add(day)
            day += timedelta(days=1)
    return days


def check_roster(
    shifts: Iterable[Shift],
    *,
    rules: RuleSet = DEFAULT_RULES,
    terms: Mapping[str, Terms] | None = None,
    period: tuple[date, date] | None = None,
    signals: Sequence[Signal] = (),
) -> list[Violation]:
    """Every rule the roster breaks. ``period``: the days it covers (for the weekly rest windows;
    default: from the first shift's day to the last's). ``terms``: agreements per staff id."""
    terms = terms or {}
    by_staff: dict[str, list[Shift]] = defaultdict(list)
    for s in shifts:
        by_staff[s.staff_id].append(s)
    out: list[Violation] = []
    for staff_id, mine in by_staff.items():
        mine.sort(key=lambda s: (s.start, s.end))
        agreed = terms.get(staff_id, Terms())
        first = period[0] if period else mine[0].day
        last = period[1] if period else mine[-1].day
        out += _overlaps_and_rest(mine, rules)
        out += _day_hours(mine, rules, agreed)
        out += _week_hours(mine, rules)
        out += _weekly_rest(staff_id, mine, rules, agreed, first, last)
        out += _holidays(mine, rules)
        out += _typhoon(mine, rules, signals)
    return sorted(out, key=lambda v: (v.day, v.staff_id, v.rule))


def _overlaps_and_rest(mine: list[Shift], rules: RuleSet) -> list[Violation]:
    out = []
    for a, b in itertools.pairwise(mine):
        if b.start < a.end:
            out.append(Violation("shifts.overlap", a.staff_id, b.day, (a.shift_id, b.shift_id)))
        elif b.day != a.day:
            gap = (b.start - a.end).total_seconds() / 3600
            if gap < rules.daily_rest_h:
                out.append(
                    Violation(
                        "shifts.daily_rest",
                        a.staff_id,
                        b.day,
                        (a.shift_id, b.shift_id),
                        gap,
                        rules.daily_rest_h,
                    )
                )
    return out


def _day_hours(mine: list[Shift], rules: RuleSet, agreed: Terms) -> list[Violation]:
    out = []
    days: dict[date, list[Shift]] = defaultdict(list)
    for s in mine:
        days[s.day].append(s)
    for day, shifts in sorted(days.items()):
        ids = tuple(s.shift_id for s in shifts)
        staff_id = shifts[0].staff_id
        normal = sum(s.hours for s in shifts if not s.overtime)
        limit = rules.long_day_h if agreed.long_day else rules.normal_day_h
        if normal > limit:
            rule = "shifts.long_day" if agreed.long_day else "shifts.day_hours"
            out.append(Violation(rule, staff_id, day, ids, normal, limit))
        kinds = {s.overtime for s in shifts if s.overtime}
        if kinds:
            cap = min(rules.overtime_day_cap_h.get(k, 0) for k in kinds)
            total = sum(s.hours for s in shifts)
            if total > cap:
                out.append(Violation("shifts.overtime_cap", staff_id, day, ids, total, cap))
    return out


def _week_hours(mine: list[Shift], rules: RuleSet) -> list[Violation]:
    weeks: dict[date, list[Shift]] = defaultdict(list)
    for s in mine:
        weeks[s.day - timedelta(days=s.day.weekday())].append(s)  # Monday to Sunday
    out = []
    for monday, shifts in sorted(weeks.items()):
        normal = sum(s.hours for s in shifts if not s.overtime)
        if normal > rules.normal_week_h:
            ids = tuple(s.shift_id for s in shifts)
            out.append(
                Violation("shifts.week_hours", shifts[0].staff_id, monday, ids, normal, rules.normal_week_h)
            )
    return out


def _weekly_rest(
    staff_id: str, mine: list[Shift], rules: RuleSet, agreed: Terms, first: date, last: date
) -> list[Violation]:
    worked = _worked_days(mine)
    days = _days(first, last)
    out = []
    if agreed.flexible_rest:  # 4 rest days in each 4 weeks of the period
        span = rules.rest_every_days * 4
        for i in range(0, len(days) - span + 1, span):
            window = days[i : i + span]
            rest = sum(d not in worked for d in window)
            if rest < rules.flexible_rest_days:
                out.append(
                    Violation(
                        "shifts.flexible_rest", staff_id, window[-1], (), rest, rules.flexible_rest_days
                    )
                )
        return out
    n = rules.rest_every_days
    reported: date | None = None
    for i in range(len(days) - n + 1):
        window = days[i : i + n]
        if all(d in worked for d in window) and (reported is None or window[0] > reported):
            out.append(Violation("shifts.weekly_rest", staff_id, window[-1], (), n, n - 1))
            reported = window[-1]  # one warning per run of days without rest
    return out


def _holidays(mine: list[Shift], rules: RuleSet) -> list[Violation]:
    out = []
    worked = _worked_days(mine)
    for s in mine:
        if not rules.is_holiday(s.day):
            continue
        rest = s.replacement_rest
        ok = (
            rest is not None
            and s.day < rest <= _add_months(s.day, rules.holiday_replacement_months)
            and rest not in worked
        )
        if not ok:
            out.append(Violation("shifts.holiday", s.staff_id, s.day, (s.shift_id,)))
    return out


def _typhoon(mine: list[Shift], rules: RuleSet, signals: Sequence[Signal]) -> list[Violation]:
    out = []
    for s in mine:
        for sig in signals:
            if sig.level >= rules.typhoon_signal and s.start < sig.end and sig.start < s.end:
                if not s.typhoon_record:
                    out.append(Violation("shifts.typhoon", s.staff_id, s.day, (s.shift_id,), sig.level))
                break
    return out
