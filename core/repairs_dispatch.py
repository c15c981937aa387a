"""Which engineer a repair ticket goes to: pure functions, no database, time passed in.

Candidates have the skill the fault needs, are on duty now (their working hours until rosters exist)
and are under their load limit; they are ranked by travel time from where they are (their last job's
store, else their base) to the ticket's store, then by load. Engineers who declined the ticket or let
the offer time out are left out, so the next call gives the next candidate.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

MACAU = timezone(timedelta(hours=8))

AREAS = ("peninsula", "taipa", "cotai", "coloane")

# Minutes by road between areas at an ordinary hour (an engineer's van, parking included). A manager
# overrides any store-to-store pair in the travel table.
_AREA_MINUTES: dict[frozenset[str], int] = {
    frozenset({"peninsula"}): 15,
    frozenset({"taipa"}): 10,
    frozenset({"cotai"}): 10,
    frozenset({"coloane"}): 10,
    frozenset({"peninsula", "taipa"}): 25,
    frozenset({"peninsula", "cotai"}): 30,
    frozenset({"peninsula", "coloane"}): 40,
    frozenset({"taipa", "cotai"}): 12,
    frozenset({"taipa", "coloane"}): 20,
    frozenset({"cotai", "coloane"}): 15,
}


def area_of(latitude: float | None, longitude: float | None) -> str:
    """The part of Macau a store is in, from its position (the peninsula when it has none)."""
    if latitude is None or longitude is None or latitude >= 22.172:
        return "peninsula"
    if latitude >= 22.148:
        return "taipa"
    if latitude >= 22.128:
        return "cotai"
    return "coloane"


def default_minutes(from_area: str, to_area: str) -> int:
    return _AREA_MINUTES.get(frozenset({from_area, to_area}), 45)


@dataclass(frozen=True)
class TravelTable:
    """Store-to-store travel minutes: a manager's entries, else the default between the stores' areas."""

    areas: Mapping[str, str]  # store id -> area
    entries: Mapping[tuple[str, str], int] = field(default_factory=dict)  # (from, to), either way round

    def minutes(self, from_store: str, to_store: str) -> int:
        if from_store == to_store:
            return 0
        entry = self.entries.get((from_store, to_store), self.entries.get((to_store, from_store)))
        if entry is not None:
            return entry
        peninsula = "peninsula"
        return default_minutes(self.areas.get(from_store, peninsula), self.areas.get(to_store, peninsula))


@dataclass(frozen=True)
class Engineer:
    """An engineer as dispatch sees them now."""

    staff_id: str
    skills: frozenset[str]
    base_store: str
    load_limit: int
    load: int = 0  # tickets assigned, accepted or on site
    at_store: str = ""  # the store of their last job today ("": at base)
    start_minute: int = 9 * 60  # working hours, Macau time, minutes after midnight
    end_minute: int = 18 * 60
    weekdays: frozenset[int] = frozenset(range(7))  # 0 = Monday

    @property
    def position(self) -> str:
        return self.at_store or self.base_store


def on_duty(engineer: Engineer, now: datetime) -> bool:
    """Within the engineer's working hours now (Macau time)."""
    local = now.astimezone(MACAU)
    minute = local.hour * 60 + local.minute
    return local.weekday() in engineer.weekdays and engineer.start_minute <= minute < engineer.end_minute


@dataclass(frozen=True)
class Candidate:
    staff_id: str
    travel_minutes: int


def rank(
    engineers: Collection[Engineer],
    skill: str,
    store_id: str,
    travel: TravelTable,
    now: datetime,
    exclude: Collection[str] = (),
) -> list[Candidate]:
    """Engineers who could take a ticket for ``skill`` at ``store_id`` now, nearest first (then the
    least loaded, then by id so that every hub process ranks alike)."""
    ranked = sorted(
        (travel.minutes(e.position, store_id), e.load, e.staff_id)
        for e in engineers
        if skill in e.skills and e.staff_id not in exclude and e.load < e.load_limit and on_duty(e, now)
    )
    return [Candidate(staff_id, minutes) for minutes, _load, staff_id in ranked]


def next_engineer(
    engineers: Collection[Engineer],
    skill: str,
    store_id: str,
    travel: TravelTable,
    now: datetime,
    exclude: Collection[str] = (),
) -> Candidate | None:
    """The one to offer the ticket to now, or None if nobody can take it."""
    found = rank(engineers, skill, store_id, travel, now, exclude)
    return found[0] if found else None
