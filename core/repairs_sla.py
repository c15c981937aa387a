"""SLA clocks of repair tickets: pure functions, time passed in.

A clock runs only while the store is open (its opening hours, Macau time) and stops while a typhoon
signal of 8 or higher is up. It is measured against a target in business minutes; warnings at 50 %
and 75 %, a breach at 100 % (escalated to the area manager).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from core.repairs_dispatch import MACAU

Interval = tuple[datetime, datetime | None]  # a pause: from, until (None: still paused)

WARNINGS = (50, 75, 100)


def _every_day(open_at: time, close_at: time) -> tuple[tuple[time, time] | None, ...]:
    return tuple((open_at, close_at) for _ in range(7))


@dataclass(frozen=True)
class OpeningHours:
    """A store's hours per weekday (0 = Monday), Macau time; None: closed that day."""

    days: tuple[tuple[time, time] | None, ...] = field(default_factory=lambda: _every_day(time(10), time(22)))

    def window(self, day: date) -> tuple[datetime, datetime] | None:
        hours = self.days[day.weekday()]
        if hours is None:
            return None
        return datetime.combine(day, hours[0], MACAU), datetime.combine(day, hours[1], MACAU)


def _merged(pauses: Sequence[Interval], now: datetime) -> list[tuple[datetime, datetime]]:
    spans = sorted((start, end if end is not None else now) for start, end in pauses)
    out: list[tuple[datetime, datetime]] = []
    for start, end in spans:
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        elif end > start:
            out.append((start, end))
    return out


def _overlap(a0: datetime, a1: datetime, b0: datetime, b1: datetime) -> timedelta:
    return max(timedelta(0), min(a1, b1) - max(a0, b0))


def business_elapsed(
    start: datetime, now: datetime, hours: OpeningHours, pauses: Sequence[Interval] = ()
) -> timedelta:
    """Time between ``start`` and ``now`` while the store was open and no pause was on."""
    if now <= start:
        return timedelta(0)
    merged = _merged(pauses, now)
    total = timedelta(0)
    day = start.astimezone(MACAU).date()
    last = now.astimezone(MACAU).date()
    while day <= last:
        window = hours.window(day)
        if window is not None:
            lo, hi = max(window[0], start), min(window[1], now)
            if hi > lo:
                total += hi - lo - sum((_overlap(lo, hi, p0, p1) for p0, p1 in merged), timedelta(0))
        day += timedelta(days=1)
    return total


def paused_at(now: datetime, pauses: Sequence[Interval]) -> bool:
    return any(start <= now and (end is None or now < end) for start, end in pauses)


@dataclass(frozen=True)
class SlaClock:
    """One SLA clock (respond, on site or resolve) at a moment."""

    target_minutes: int
    elapsed_minutes: int
    percent: int
    warning: int  # 0, 50, 75 or 100 (breached)
    stopped: bool  # its goal was reached: the clock no longer runs
    paused: bool  # a typhoon signal 8 or higher is up


def warning_level(percent: int) -> int:
    """The highest warning reached: 0, 50, 75 or 100."""
    return max((w for w in WARNINGS if percent >= w), default=0)


def sla_clock(
    start: datetime,
    now: datetime,
    target_minutes: int,
    hours: OpeningHours,
    pauses: Sequence[Interval] = (),
    stopped_at: datetime | None = None,
) -> SlaClock:
    """The clock for a goal set at ``start`` with ``target_minutes`` of business time; it stops at
    ``stopped_at`` when the goal was reached."""
    end = min(now, stopped_at) if stopped_at is not None else now
    elapsed = business_elapsed(start, end, hours, pauses)
    minutes = int(elapsed.total_seconds() // 60)
    percent = int(elapsed.total_seconds() * 100 // (target_minutes * 60)) if target_minutes > 0 else 0
    return SlaClock(
        target_minutes,
        minutes,
        percent,
        warning_level(percent),
        stopped_at is not None and stopped_at <= now,
        paused_at(now, pauses),
    )
