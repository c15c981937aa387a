"""SLA clocks (core/repairs_sla.py): opening hours, typhoon pauses, 50/75/100 % warnings."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from core.clock import FakeClock
from core.repairs_dispatch import MACAU
from core.repairs_sla import OpeningHours, business_elapsed, sla_clock
from core.typhoon import signal_pauses

HOURS = OpeningHours()  # 10:00-22:00 every day
MIN = 60


def local(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, day, hour, minute, tzinfo=MACAU)


def test_the_clock_runs_only_while_the_store_is_open() -> None:
    raised = local(5, 21, 0)  # an hour before closing
    clock = FakeClock(raised.astimezone(UTC))
    clock.advance(12 * 3600)  # 09:00 next day: the store was closed all night
    assert business_elapsed(raised, clock.now(), HOURS) == timedelta(hours=1)
    clock.advance(2 * 3600)  # 11:00: an hour after opening
    assert business_elapsed(raised, clock.now(), HOURS) == timedelta(hours=2)


def test_a_store_closed_on_sunday_stops_the_clock_all_day() -> None:
    closed_sunday = OpeningHours(tuple(None if d == 6 else (time(10), time(20)) for d in range(7)))
    # Saturday 12 Dec 19:00 -> Monday 14 Dec 11:00: one hour Saturday, one hour Monday.
    assert business_elapsed(local(12, 19), local(14, 11), closed_sunday) == timedelta(hours=2)


def test_warnings_at_50_75_and_a_breach_at_100_percent() -> None:
    raised = local(5, 12)
    clock = FakeClock(raised.astimezone(UTC))
    seen = []
    for _ in range(9):  # target 4 hours, read every 30 minutes
        seen.append(sla_clock(raised, clock.now(), 4 * MIN, HOURS).warning)
        clock.advance(30 * 60)
    assert seen == [0, 0, 0, 0, 50, 50, 75, 75, 100]
    breached = sla_clock(raised, clock.now(), 4 * MIN, HOURS)
    assert (breached.elapsed_minutes, breached.percent, breached.warning) == (270, 112, 100)


def test_a_clock_stops_when_its_goal_is_reached() -> None:
    raised = local(5, 12)
    accepted = local(5, 12, 50)
    clock = sla_clock(raised, local(5, 18), 60, HOURS, stopped_at=accepted)
    assert (clock.elapsed_minutes, clock.warning, clock.stopped) == (50, 75, True)


def test_typhoon_signal_8_pauses_the_clock_and_it_resumes_when_lowered() -> None:
    raised = local(5, 11)
    signals = [(local(5, 12), 3), (local(5, 13), 8), (local(5, 15), 9), (local(5, 17), 3), (local(5, 18), 0)]
    pauses = signal_pauses(signals)
    assert pauses == [(local(5, 13), local(5, 17))]
    at_16 = sla_clock(raised, local(5, 16), 4 * MIN, HOURS, signal_pauses(signals[:3]))
    assert (at_16.elapsed_minutes, at_16.paused, at_16.warning) == (120, True, 50)  # 11-13 only
    at_19 = sla_clock(raised, local(5, 19), 4 * MIN, HOURS, pauses)
    assert (at_19.elapsed_minutes, at_19.paused, at_19.warning) == (240, False, 100)  # 11-13 and 17-19


def test_a_signal_still_up_keeps_the_clock_paused() -> None:
    pauses = signal_pauses([(local(5, 14), 8)])
    assert pauses == [(local(5, 14), None)]
    clock = sla_clock(local(5, 13), local(5, 20), 4 * MIN, HOURS, pauses)
    assert (clock.elapsed_minutes, clock.paused, clock.warning) == (60, True, 0)


def test_pauses_outside_opening_hours_are_not_counted_twice() -> None:
    # Signal 8 from 20:00 to 11:00 next morning: closed 22-10 anyway, so 2 h + 1 h of opening time lost.
    pauses = signal_pauses([(local(5, 20), 8), (local(6, 11), 1)])
    assert business_elapsed(local(5, 18), local(6, 12), HOURS, pauses) == timedelta(hours=3)
