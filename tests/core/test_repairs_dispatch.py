"""Dispatch ranking (core/repairs_dispatch.py): skill, duty, load, travel time, decline -> next."""

from __future__ import annotations

from datetime import UTC, datetime

from core.clock import FakeClock
from core.repairs_dispatch import Engineer, TravelTable, area_of, next_engineer, rank

AREAS = {
    "MO-SEN": "peninsula",
    "MO-RED": "peninsula",
    "MO-TAI": "taipa",
    "MO-COT": "cotai",
    "MO-COL": "coloane",
}
TRAVEL = TravelTable(AREAS)
# Saturday 5 December 2026, 15:00 in Macau.
CLOCK = FakeClock(datetime(2026, 12, 5, 7, 0, tzinfo=UTC))


def eng(
    staff_id: str,
    base: str,
    *,
    skills=("refrigeration",),
    load=0,
    limit=3,
    at="",
    hours=(9, 18),
    days=range(7),
):  # type: ignore[no-untyped-def]
    return Engineer(
        staff_id, frozenset(skills), base, limit, load, at, hours[0] * 60, hours[1] * 60, frozenset(days)
    )


def ids(found) -> list[str]:  # type: ignore[no-untyped-def]
    return [c.staff_id for c in found]


def test_the_nearest_engineer_with_the_skill_comes_first() -> None:
    engineers = [eng("E-COT", "MO-COT"), eng("E-SEN", "MO-SEN"), eng("E-TAI", "MO-TAI")]
    found = rank(engineers, "refrigeration", "MO-TAI", TRAVEL, CLOCK.now())
    assert ids(found) == ["E-TAI", "E-COT", "E-SEN"]
    assert [c.travel_minutes for c in found] == [0, 12, 25]


def test_an_engineer_without_the_skill_is_not_a_candidate() -> None:
    engineers = [eng("E-NEAR", "MO-TAI", skills=("hvac",)), eng("E-FAR", "MO-SEN")]
    assert ids(rank(engineers, "refrigeration", "MO-TAI", TRAVEL, CLOCK.now())) == ["E-FAR"]


def test_off_duty_engineers_are_skipped_until_their_hours_start() -> None:
    engineers = [
        eng("E-LATE", "MO-TAI", hours=(16, 23)),
        eng("E-SEN", "MO-SEN"),
        eng("E-WEEK", "MO-COT", days=range(5)),
    ]
    clock = FakeClock(CLOCK.now())
    assert ids(rank(engineers, "refrigeration", "MO-TAI", TRAVEL, clock.now())) == ["E-SEN"]  # Saturday 15:00
    clock.advance(3600)  # 16:00: the late shift starts
    assert ids(rank(engineers, "refrigeration", "MO-TAI", TRAVEL, clock.now())) == ["E-LATE", "E-SEN"]
    clock.advance(2 * 86400)  # Monday 16:00: the weekday engineer is on duty too
    assert ids(rank(engineers, "refrigeration", "MO-TAI", TRAVEL, clock.now())) == [
        "E-LATE",
        "E-WEEK",
        "E-SEN",
    ]
    clock.advance(3 * 3600)  # Monday 19:00: only the late shift
    assert ids(rank(engineers, "refrigeration", "MO-TAI", TRAVEL, clock.now())) == ["E-LATE"]


def test_an_engineer_at_their_load_limit_gets_no_more() -> None:
    engineers = [eng("E-BUSY", "MO-TAI", load=3, limit=3), eng("E-FREE", "MO-SEN", load=2, limit=3)]
    assert ids(rank(engineers, "refrigeration", "MO-TAI", TRAVEL, CLOCK.now())) == ["E-FREE"]


def test_travel_counts_from_the_last_job_not_the_base() -> None:
    # Based in the peninsula but at a job in Cotai now: nearer to Taipa than a Red Market engineer.
    engineers = [eng("E-AWAY", "MO-SEN", at="MO-COT"), eng("E-RED", "MO-RED")]
    found = rank(engineers, "refrigeration", "MO-TAI", TRAVEL, CLOCK.now())
    assert ids(found) == ["E-AWAY", "E-RED"]
    assert found[0].travel_minutes == 12


def test_a_managers_travel_entry_overrides_the_default_both_ways() -> None:
    engineers = [eng("E-SEN", "MO-SEN"), eng("E-COT", "MO-COT")]
    # A bridge closed: the peninsula is only 10 minutes from Taipa by the manager's reckoning.
    edited = TravelTable(AREAS, {("MO-TAI", "MO-SEN"): 10})
    assert ids(rank(engineers, "refrigeration", "MO-TAI", TRAVEL, CLOCK.now())) == ["E-COT", "E-SEN"]
    assert ids(rank(engineers, "refrigeration", "MO-TAI", edited, CLOCK.now())) == ["E-SEN", "E-COT"]


def test_equal_travel_goes_to_the_less_loaded_engineer() -> None:
    engineers = [eng("E-A", "MO-SEN", load=2), eng("E-B", "MO-RED", load=1)]
    assert ids(
        rank(engineers, "refrigeration", "MO-SEN", TravelTable(AREAS, {("MO-RED", "MO-SEN"): 0}), CLOCK.now())
    ) == [
        "E-B",
        "E-A",
    ]


def test_a_decline_or_timeout_passes_the_ticket_to_the_next_candidate() -> None:
    engineers = [eng("E-TAI", "MO-TAI"), eng("E-COT", "MO-COT"), eng("E-SEN", "MO-SEN")]
    first = next_engineer(engineers, "refrigeration", "MO-TAI", TRAVEL, CLOCK.now())
    assert first is not None and first.staff_id == "E-TAI"
    second = next_engineer(engineers, "refrigeration", "MO-TAI", TRAVEL, CLOCK.now(), exclude={"E-TAI"})
    assert second is not None and second.staff_id == "E-COT"
    third = next_engineer(
        engineers, "refrigeration", "MO-TAI", TRAVEL, CLOCK.now(), exclude={"E-TAI", "E-COT"}
    )
    assert third is not None and third.staff_id == "E-SEN"
    assert (
        next_engineer(
            engineers, "refrigeration", "MO-TAI", TRAVEL, CLOCK.now(), exclude={"E-TAI", "E-COT", "E-SEN"}
        )
        is None
    )


def test_the_demo_stores_fall_in_their_areas() -> None:
    assert area_of(22.19365, 113.53990) == "peninsula"  # Senado Square
    assert area_of(22.21530, 113.54950) == "peninsula"  # Border Gate
    assert area_of(22.15380, 113.55660) == "taipa"  # Taipa Village
    assert area_of(22.14550, 113.56370) == "cotai"  # Cotai Strip
    assert area_of(22.11800, 113.55600) == "coloane"  # Coloane Village
