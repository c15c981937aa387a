"""Shifts: the published roster, open shifts and the substitutes who take them, swaps, attendance.

A store's manager publishes a week (``shift.published``); a sick call or a no-show puts a shift up
for grabs (``shift.offered``), and eligible staff of this and nearby stores (``substitutes``) may take
it (``shift.accepted``): the hub arbitrates, the first valid acceptance wins and the others are
refused ``shift.already_taken``. A manager swaps two people after the rule check
(``shift.swapped``); staff clock in and out at the counter (``shift.clocked``).

Every change is checked with ``core.shifts_rules.check_roster`` across stores (double booking
included): at the till before it is recorded, and on the hub for an acceptance. Times are Macau local
times, ``YYYY-MM-DDTHH:MM``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Annotated, Any

import msgspec
from sqlalchemy import Boolean, ForeignKey, Index, String, delete, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from core.clock import Clock, SystemClock
from core.errors import DomainError
from core.events import Code, EventRecord, Id, ShortNote, StaffRef, Stamp, malformed
from core.ids import new_id
from core.models import Base, Event, Staff, Store
from core.projection import Batch, Changes
from core.registry import (
    Area,
    Kind,
    Refs,
    Scope,
    SnapshotTable,
    named_staff,
    register,
    register_errors,
    register_snapshot,
)
from core.replica import Till, emit
from core.shifts_rules import DEFAULT_RULES, OVERTIME_KINDS, Shift, Terms, Violation, check_roster
from core.shifts_solver import Person, PlanRequest, Requirement, standard_requirements
from core.staff import Permission, StaffMember
from core.transitions import Move, Transitions

MACAU = "+08:00"
MAX_LINES = 400  # shifts in one published week (a big store: 40 people x 7 days, with room)
NEARBY_KM = 8.0  # the substitute finder also asks stores this close (all of Macau is ~ 15 km across)


class RosterShift(Base):
    """A block of work: one person (or nobody: an open shift) at one store, from ``start`` to ``end``."""

    __tablename__ = "roster_shifts"
    __table_args__ = (Index("ix_roster_shifts_store_start", "store_id", "start"),)

    shift_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    event_id: Mapped[str] = mapped_column(ForeignKey("events.event_id"))  # the fact that last changed it
    store_id: Mapped[str] = mapped_column(String(32))
    staff_id: Mapped[str] = mapped_column(String(40), default="")  # "" while open
    start: Mapped[str] = mapped_column(String(16))
    end: Mapped[str] = mapped_column(String(16))
    template: Mapped[str] = mapped_column(String(20), default="")
    overtime: Mapped[str] = mapped_column(String(20), default="")
    state: Mapped[str] = mapped_column(String(12))
    released_staff_id: Mapped[str] = mapped_column(String(40), default="")  # who was on it before it opened
    note: Mapped[str] = mapped_column(String(80), default="")  # why it opened, how it was taken
    updated_at: Mapped[str] = mapped_column(String(40))


class ShiftPunch(Base):
    """A clock-in or clock-out at the counter."""

    __tablename__ = "shift_punches"
    __table_args__ = (Index("ix_shift_punches_staff", "staff_id"),)

    punch_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    event_id: Mapped[str] = mapped_column(ForeignKey("events.event_id"))
    store_id: Mapped[str] = mapped_column(String(32))
    staff_id: Mapped[str] = mapped_column(String(40))
    shift_id: Mapped[str] = mapped_column(String(36), default="")
    direction: Mapped[str] = mapped_column(String(12))  # in | out
    method: Mapped[str] = mapped_column(String(12))  # pin | badge
    at: Mapped[str] = mapped_column(String(40))


class RosterTerms(Base):
    """What one person can do and has agreed to: skills (keyholder, pharmacist), long days, flexible rest."""

    __tablename__ = "roster_terms"

    staff_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    event_id: Mapped[str] = mapped_column(ForeignKey("events.event_id"))
    skills: Mapped[str] = mapped_column(String(120), default="")  # comma-separated
    long_day: Mapped[bool] = mapped_column(Boolean, default=False)
    flexible_rest: Mapped[bool] = mapped_column(Boolean, default=False)


# -- facts ----------------------------------------------------------------------------------------


class ShiftLine(msgspec.Struct, frozen=True):
    shift_id: Id
    staff_id: StaffRef  # "" publishes an open shift
    start: Stamp
    end: Stamp
    template: Code = ""
    overtime: Code = ""


class ShiftsPublished(msgspec.Struct, frozen=True):
    """A store's manager publishes (or re-publishes) shifts: staff see them; the listed ones replace
    those with the same ids."""

    shifts: Annotated[list[ShiftLine], msgspec.Meta(max_length=MAX_LINES)]
    staff_id: StaffRef = ""
    withdrawn: Annotated[list[Id], msgspec.Meta(max_length=MAX_LINES)] = []  # re-planning took these off


class ShiftOffered(msgspec.Struct, frozen=True):
    """The shift is open: its person called in sick, did not show, or it was left unfilled."""

    shift_id: Id
    reason: Code  # sick | no_show | unfilled
    staff_id: StaffRef = ""


class ShiftAccepted(msgspec.Struct, frozen=True):
    """``staff_id`` takes the open shift (the fact's store is the substitute's own: lending)."""

    shift_id: Id
    staff_id: StaffRef


class ShiftSwapped(msgspec.Struct, frozen=True):
    """A manager approved that ``to_staff_id`` works the shift instead (after the rule check)."""

    shift_id: Id
    to_staff_id: StaffRef
    staff_id: StaffRef = ""


class ShiftClocked(msgspec.Struct, frozen=True):
    punch_id: Id
    direction: Code  # in | out
    method: Code  # pin | badge
    shift_id: Annotated[str, msgspec.Meta(max_length=36)] = ""
    staff_id: StaffRef = ""


class TermsSet(msgspec.Struct, frozen=True):
    """The head office records a person's skills and agreements (long days, flexible rest)."""

    member_id: StaffRef
    skills: ShortNote = ""
    long_day: bool = False
    flexible_rest: bool = False


# Which store may move a shift, from where: ``owner`` is the store it is at; ``anyone`` is any store
# of the chain (a substitute may come from a nearby store). The first valid acceptance wins.
SHIFT_TRANSITIONS = Transitions(
    "shift",
    "published",
    (
        Move("open", ("published",), "owner", Permission.MANAGE_STAFF),
        Move("taken", ("open",), "anyone"),
    ),
)
register_errors(
    *SHIFT_TRANSITIONS.error_codes,
    "shift.already_released",  # by a typhoon signal
    "shift.already_withdrawn",  # by a re-plan
    "shift.rule_broken",
    "shift.not_yours",
    "shift.no_shift_today",
    "shift.bad_time",
)
SWAPPABLE = ("published", "taken")


def local(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M")


def local_text(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M")


def _rule_shift(row: RosterShift, staff_id: str | None = None) -> Shift:
    return Shift(
        row.shift_id, staff_id or row.staff_id, row.store_id, local(row.start), local(row.end), row.overtime
    )


def terms_of(session: Session, staff_ids: list[str]) -> dict[str, Terms]:
    if not staff_ids:
        return {}
    rows = session.scalars(select(RosterTerms).where(RosterTerms.staff_id.in_(staff_ids)))
    return {r.staff_id: Terms(r.long_day, r.flexible_rest) for r in rows}


def _shifts_of(
    session: Session, staff_id: str, around: datetime, days: int = 7, extra: dict[str, Any] | None = None
) -> list[Shift]:
    """``staff_id``'s shifts within ``days`` either side of ``around`` (every store)."""
    first, last = local_text(around - timedelta(days=days)), local_text(around + timedelta(days=days))
    rows = session.scalars(
        select(RosterShift).where(
            RosterShift.staff_id == staff_id,
            RosterShift.start >= first,
            RosterShift.start <= last,
            RosterShift.state.in_(SWAPPABLE),
        )
    )
    return [_rule_shift(r) for r in rows]


def violations_with(session: Session, row: RosterShift, staff_id: str) -> list[Violation]:
    """The rules broken if ``staff_id`` works ``row`` (their other shifts in the fortnight around it)."""
    mine = [s for s in _shifts_of(session, staff_id, local(row.start)) if s.shift_id != row.shift_id]
    new = _rule_shift(row, staff_id)
    found = check_roster([*mine, new], terms=terms_of(session, [staff_id]))
    return [v for v in found if new.shift_id in v.shift_ids or v.day == new.day or v.rule.endswith("rest")]


def _refuse_rules(session: Session, row: RosterShift, staff_id: str) -> None:
    broken = violations_with(session, row, staff_id)
    if broken:
        v = broken[0]
        raise DomainError(
            "shift.rule_broken", rule=v.rule, article=v.article, staff=staff_id, value=v.value, limit=v.limit
        )


# -- use cases ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ShiftDraft:
    staff_id: str
    start: datetime
    end: datetime
    template: str = ""
    overtime: str = ""
    shift_id: str = ""


def publish_roster(
    session: Session,
    till: Till,
    staff: StaffMember,
    store_id: str,
    drafts: list[ShiftDraft],
    *,
    withdrawn: list[str] | None = None,
    allow_warnings: bool = False,
    clock: Clock | None = None,
) -> Changes:
    """Publish shifts at ``store_id`` (and take the ``withdrawn`` ones off the roster). Refused
    (``shift.rule_broken``) if the roster with them breaks a rule, unless the manager publishes with
    the warnings (``allow_warnings``)."""
    if not staff.can(Permission.MANAGE_STAFF):
        raise DomainError("staff.not_allowed", name=staff.name)
    lines = [
        ShiftLine(
            d.shift_id or new_id(), d.staff_id, local_text(d.start), local_text(d.end), d.template, d.overtime
        )
        for d in drafts
    ]
    gone = list(withdrawn or ())
    if not allow_warnings:
        for v in _roster_violations(session, store_id, lines, set(gone)):
            raise DomainError(
                "shift.rule_broken",
                rule=v.rule,
                article=v.article,
                staff=v.staff_id,
                value=v.value,
                limit=v.limit,
            )
    payload = ShiftsPublished(lines, staff.staff_id, gone)
    _, changes = emit(session, "shift.published", payload, store_id=till.store_id, clock=clock)
    return changes


def _roster_violations(
    session: Session, store_id: str, lines: list[ShiftLine], gone: set[str]
) -> list[Violation]:
    people = sorted({line.staff_id for line in lines if line.staff_id})
    ids = {line.shift_id for line in lines} | gone
    new = [
        Shift(line.shift_id, line.staff_id, store_id, local(line.start), local(line.end), line.overtime)
        for line in lines
        if line.staff_id
    ]
    others: list[Shift] = []
    for person in people:
        around = min(s.start for s in new if s.staff_id == person)
        others += [s for s in _shifts_of(session, person, around, 14) if s.shift_id not in ids]
    return check_roster([*others, *new], terms=terms_of(session, people))


def offer_shift(
    session: Session, till: Till, staff: StaffMember, shift_id: str, reason: str, clock: Clock | None = None
) -> Changes:
    """Open the shift to substitutes (its person is sick, did not show, or it was never filled)."""
    row = session.get(RosterShift, shift_id)
    refusal = SHIFT_TRANSITIONS.refusal(
        row.state if row else None,
        "open",
        till.store_id,
        {"owner": (row.store_id,)} if row else {},
        lambda p: staff.can(Permission(p)),
    )
    if refusal is not None:
        raise DomainError(refusal)
    _, changes = emit(
        session,
        "shift.offered",
        ShiftOffered(shift_id, reason, staff.staff_id),
        store_id=till.store_id,
        clock=clock,
    )
    return changes


def accept_shift(
    session: Session,
    till: Till,
    staff: StaffMember,
    shift_id: str,
    clock: Clock | None = None,
    *,
    substitute_id: str = "",
) -> Changes:
    """``staff`` takes the open shift (or, a manager for ``substitute_id``, who said yes on the
    phone). Recorded at once; the hub gives it to the first who asked."""
    if substitute_id and not staff.can(Permission.MANAGE_STAFF):
        raise DomainError("staff.not_allowed", name=staff.name)
    taker = substitute_id or staff.staff_id
    row = session.get(RosterShift, shift_id)
    refusal = SHIFT_TRANSITIONS.refusal(
        row.state if row else None, "taken", till.store_id, {"anyone": (till.store_id or "",)}
    )
    if refusal is not None or row is None:
        raise DomainError(refusal or "shift.unknown")
    _refuse_rules(session, row, taker)
    _, changes = emit(
        session,
        "shift.accepted",
        ShiftAccepted(shift_id, taker),
        store_id=till.store_id,
        clock=clock,
    )
    return changes


def swap_shift(
    session: Session,
    till: Till,
    staff: StaffMember,
    shift_id: str,
    to_staff_id: str,
    clock: Clock | None = None,
) -> Changes:
    """A manager approves that ``to_staff_id`` works the shift instead, if no rule is broken."""
    if not staff.can(Permission.MANAGE_STAFF):
        raise DomainError("staff.not_allowed", name=staff.name)
    row = session.get(RosterShift, shift_id)
    if row is None:
        raise DomainError("shift.unknown")
    if row.state not in SWAPPABLE:
        raise DomainError(f"shift.already_{row.state}")
    if row.store_id != till.store_id:
        raise DomainError("event.wrong_store")
    _refuse_rules(session, row, to_staff_id)
    _, changes = emit(
        session,
        "shift.swapped",
        ShiftSwapped(shift_id, to_staff_id, staff.staff_id),
        store_id=till.store_id,
        clock=clock,
    )
    return changes


def clock_in_out(
    session: Session, till: Till, member: StaffMember, direction: str, method: str, clock: Clock | None = None
) -> str:
    """Clock ``member`` in or out at this store (PIN or badge); returns the shift it was for ("" if
    none today: still recorded, the manager sees it)."""
    now = (clock or SystemClock()).now().astimezone(_macau_zone())
    today, tomorrow = now.date().isoformat(), (now.date() + timedelta(days=1)).isoformat()
    row = session.scalar(
        select(RosterShift)
        .where(
            RosterShift.staff_id == member.staff_id,
            RosterShift.store_id == till.store_id,
            RosterShift.start >= today,
            RosterShift.start < tomorrow,
        )
        .order_by(RosterShift.start)
    )
    shift_id = row.shift_id if row is not None else ""
    emit(
        session,
        "shift.clocked",
        ShiftClocked(new_id(), direction, method, shift_id, member.staff_id),
        store_id=till.store_id,
        clock=clock,
    )
    return shift_id


def _macau_zone() -> Any:
    from datetime import timezone

    return timezone(timedelta(hours=8))


# -- reading --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ShiftView:
    shift_id: str
    store_id: str
    staff_id: str
    start: str
    end: str
    template: str
    state: str
    lent: bool  # worked by someone of another store


@dataclass(frozen=True)
class RuleWarning:
    rule: str
    article: str
    staff_id: str
    day: str
    value: float
    limit: float


@dataclass(frozen=True)
class RosterPerson:
    staff_id: str
    name: str
    name_zh: str
    store_id: str


@dataclass(frozen=True)
class RosterWeek:
    store_id: str
    monday: str
    people: tuple[RosterPerson, ...]
    shifts: tuple[ShiftView, ...]
    warnings: tuple[RuleWarning, ...]
    clocked_in: tuple[str, ...] = ()  # staff ids with a clock-in today


def roster_week(session: Session, store_id: str, monday: date) -> RosterWeek:
    """The store's week: its people (and those lent to it), their shifts, and every rule broken."""
    first, last = monday.isoformat(), (monday + timedelta(days=7)).isoformat()
    rows = list(
        session.scalars(
            select(RosterShift)
            .where(
                RosterShift.store_id == store_id,
                RosterShift.start >= first,
                RosterShift.start < last,
                RosterShift.state != "withdrawn",
            )
            .order_by(RosterShift.start)
        )
    )
    home = {
        s.staff_id: s for s in session.scalars(select(Staff).where(Staff.store_id == store_id, Staff.active))
    }
    lent_ids = {r.staff_id for r in rows if r.staff_id and r.staff_id not in home}
    lent = {s.staff_id: s for s in session.scalars(select(Staff).where(Staff.staff_id.in_(lent_ids)))}
    people = [
        RosterPerson(s.staff_id, s.name, s.name_zh, s.store_id or "")
        for s in sorted({**home, **lent}.values(), key=lambda s: (s.staff_id in lent, s.staff_id))
    ]
    views = [
        ShiftView(r.shift_id, r.store_id, r.staff_id, r.start, r.end, r.template, r.state, r.staff_id in lent)
        for r in rows
    ]
    ids = [p.staff_id for p in people]
    theirs = list(
        session.scalars(
            select(RosterShift).where(
                RosterShift.staff_id.in_(ids),
                RosterShift.start >= (monday - timedelta(days=6)).isoformat(),
                RosterShift.start < last,
                RosterShift.state.in_(SWAPPABLE),
            )
        )
    )
    found = check_roster(
        [_rule_shift(r) for r in theirs],
        terms=terms_of(session, ids),
        period=(monday, monday + timedelta(days=6)),
    )
    warnings = tuple(
        RuleWarning(v.rule, v.article, v.staff_id, v.day.isoformat(), v.value, v.limit)
        for v in found
        if monday <= v.day <= monday + timedelta(days=6)
    )
    return RosterWeek(store_id, monday.isoformat(), tuple(people), tuple(views), warnings)


@dataclass(frozen=True)
class Candidate:
    staff_id: str
    name: str
    name_zh: str
    store_id: str
    km: float
    week_hours: float
    store_en: str = ""
    store_zh: str = ""


def _km(a: Store | None, b: Store | None) -> float:
    if a is None or b is None or None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return math.inf
    assert (
        a.latitude is not None
        and a.longitude is not None
        and b.latitude is not None
        and b.longitude is not None
    )
    dy = (a.latitude - b.latitude) * 111.2
    dx = (a.longitude - b.longitude) * 111.2 * math.cos(math.radians(a.latitude))
    return math.hypot(dx, dy)


def substitutes(session: Session, shift_id: str, *, within_km: float = NEARBY_KM) -> list[Candidate]:
    """Who could take the shift without breaking any rule: its store's staff first, then nearby
    stores' by distance; fewer hours that week first."""
    row = session.get(RosterShift, shift_id)
    if row is None:
        return []
    here = session.get(Store, row.store_id)
    stores = {s.store_id: s for s in session.scalars(select(Store).where(Store.active))}
    near = {sid: _km(here, s) if sid != row.store_id else 0.0 for sid, s in stores.items()}
    near = {sid: km for sid, km in near.items() if km <= within_km}
    out = []
    people = session.scalars(
        select(Staff).where(
            Staff.active, Staff.store_id.in_(near), Staff.role.in_(("cashier", "store_manager"))
        )
    )
    start = local(row.start)
    monday = start.date() - timedelta(days=start.weekday())
    for person in people:
        if person.staff_id in (row.staff_id, row.released_staff_id):
            continue
        if violations_with(session, row, person.staff_id):
            continue
        mine = _shifts_of(session, person.staff_id, start)
        hours = sum(s.hours for s in mine if monday <= s.day < monday + timedelta(days=7))
        out.append(
            Candidate(
                person.staff_id,
                person.name,
                person.name_zh,
                person.store_id or "",
                near[person.store_id or ""],
                hours,
                stores[person.store_id or ""].name_en,
                stores[person.store_id or ""].name_zh,
            )
        )
    return sorted(out, key=lambda c: (c.km, c.week_hours, c.staff_id))


def planning_request(session: Session, store_id: str, monday: date, *, replan: bool = False) -> PlanRequest:
    """What the auto-planner needs for the store's week: its people with their skills, the usual
    requirements, and (re-planning) the published shifts to keep."""
    staff = list(
        session.scalars(
            select(Staff).where(
                Staff.store_id == store_id, Staff.active, Staff.role.in_(("cashier", "store_manager"))
            )
        )
    )
    terms = {t.staff_id: t for t in session.scalars(select(RosterTerms))}
    people = []
    for s in staff:
        skills = {k for k in (terms[s.staff_id].skills.split(",") if s.staff_id in terms else []) if k}
        if s.role == "store_manager":
            skills.add("keyholder")
        people.append(Person(s.staff_id, store_id, frozenset(skills)))
    pharmacy = any("pharmacist" in p.skills for p in people)
    week = roster_week(session, store_id, monday)
    published = [
        Shift(v.shift_id, v.staff_id, store_id, local(v.start), local(v.end))
        for v in week.shifts
        if v.staff_id and v.state in SWAPPABLE
    ]
    needs: list[Requirement] = standard_requirements(store_id, monday, 7, pharmacy=pharmacy, headcount=1)
    return PlanRequest(people, needs, monday, 7, published=published if replan else (), rules=DEFAULT_RULES)


# -- the kinds ------------------------------------------------------------------------------------


def _check_line_times(record: EventRecord, lines: list[ShiftLine]) -> None:
    for line in lines:
        try:
            start, end = local(line.start), local(line.end)
        except ValueError:
            raise malformed(record, "start") from None
        if not start < end <= start + timedelta(hours=24) or line.overtime not in ("", *OVERTIME_KINDS):
            raise malformed(record, "end")


def _check_published(record: EventRecord, p: ShiftsPublished) -> None:
    _check_line_times(record, p.shifts)


def _check_clocked(record: EventRecord, p: ShiftClocked) -> None:
    if p.direction not in ("in", "out") or p.method not in ("pin", "badge"):
        raise malformed(record, "direction")


def _apply_published(session: Session, record: EventRecord, p: ShiftsPublished, batch: Batch) -> None:
    for line in p.shifts:
        row = session.get(RosterShift, line.shift_id)
        if row is None:
            row = RosterShift(shift_id=line.shift_id, store_id=record.store_id or "")
            session.add(row)
        elif row.store_id != record.store_id:
            continue  # another store's shift (the hub refuses such a fact)
        row.event_id, row.staff_id, row.start, row.end = record.event_id, line.staff_id, line.start, line.end
        row.template, row.overtime, row.updated_at = line.template, line.overtime, record.occurred_at
        row.state = "published" if line.staff_id else "open"
        row.released_staff_id, row.note = "", ""
    for shift_id in p.withdrawn:
        row = session.get(RosterShift, shift_id)
        if row is not None and row.store_id == record.store_id:
            row.state, row.event_id, row.updated_at = "withdrawn", record.event_id, record.occurred_at
    batch.changes.areas.add(Area.SHIFTS)


def _apply_offered(session: Session, record: EventRecord, p: ShiftOffered, batch: Batch) -> None:
    row = session.get(RosterShift, p.shift_id)
    if row is not None:
        row.released_staff_id, row.staff_id, row.state = row.staff_id, "", "open"
        row.note, row.event_id, row.updated_at = p.reason, record.event_id, record.occurred_at
        batch.changes.areas.add(Area.SHIFTS)


def _apply_accepted(session: Session, record: EventRecord, p: ShiftAccepted, batch: Batch) -> None:
    row = session.get(RosterShift, p.shift_id)
    if row is not None:
        row.staff_id, row.state, row.event_id, row.updated_at = (
            p.staff_id,
            "taken",
            record.event_id,
            record.occurred_at,
        )
        row.note = record.store_id or ""  # the substitute's store (lending)
        batch.changes.areas.add(Area.SHIFTS)


def _apply_swapped(session: Session, record: EventRecord, p: ShiftSwapped, batch: Batch) -> None:
    row = session.get(RosterShift, p.shift_id)
    if row is not None:
        row.released_staff_id, row.staff_id = row.staff_id, p.to_staff_id
        row.event_id, row.updated_at = record.event_id, record.occurred_at
        batch.changes.areas.add(Area.SHIFTS)


def _apply_clocked(session: Session, record: EventRecord, p: ShiftClocked, batch: Batch) -> None:
    session.add(
        ShiftPunch(
            punch_id=p.punch_id,
            event_id=record.event_id,
            store_id=record.store_id or "",
            staff_id=p.staff_id,
            shift_id=p.shift_id,
            direction=p.direction,
            method=p.method,
            at=record.occurred_at,
        )
    )
    batch.changes.areas.add(Area.SHIFTS)


def _apply_terms(session: Session, record: EventRecord, p: TermsSet, batch: Batch) -> None:
    row = session.get(RosterTerms, p.member_id)
    if row is None:
        row = RosterTerms(staff_id=p.member_id)
        session.add(row)
    row.event_id, row.skills, row.long_day, row.flexible_rest = (
        record.event_id,
        p.skills,
        p.long_day,
        p.flexible_rest,
    )
    batch.changes.areas.add(Area.SHIFTS)


def _last_changed_by(session: Session, event: Event) -> RosterShift | None:
    return session.scalar(select(RosterShift).where(RosterShift.event_id == event.event_id))


def _revert_published(session: Session, event: Event, changes: Changes) -> None:
    for row in session.scalars(select(RosterShift).where(RosterShift.event_id == event.event_id)):
        if row.state == "withdrawn":  # it was on the roster before: back on it
            row.state = "published" if row.staff_id else "open"
        else:
            session.delete(row)
    changes.areas.add(Area.SHIFTS)


def _revert_offered(session: Session, event: Event, changes: Changes) -> None:
    row = _last_changed_by(session, event)  # None: a later fact (the hub's order) has changed it since
    if row is not None:
        row.staff_id, row.released_staff_id, row.state = row.released_staff_id, "", "published"
        changes.areas.add(Area.SHIFTS)


def _revert_accepted(session: Session, event: Event, changes: Changes) -> None:
    row = _last_changed_by(session, event)  # None: the winner's acceptance has replaced this one
    if row is not None:
        row.staff_id, row.state = "", "open"
        changes.areas.add(Area.SHIFTS)


def _revert_swapped(session: Session, event: Event, changes: Changes) -> None:
    row = _last_changed_by(session, event)
    if row is not None:
        row.staff_id, row.released_staff_id = row.released_staff_id, ""
        changes.areas.add(Area.SHIFTS)


def _revert_clocked(session: Session, event: Event, changes: Changes) -> None:
    session.execute(delete(ShiftPunch).where(ShiftPunch.event_id == event.event_id))
    changes.areas.add(Area.SHIFTS)


# The hub, in its writer transaction: a shift's state as the group's earlier facts left it.


def _group_state(hub: Any, shift_id: str) -> tuple[str, str] | None:
    """(state, store) of the shift, the commit group's earlier facts included."""
    group: dict[str, tuple[str, str]] = hub.state.bag("shifts", dict)
    if shift_id in group:
        return group[shift_id]
    row = hub.session.get(RosterShift, shift_id)
    return (row.state, row.store_id) if row is not None else None


def _hub_check_offered(hub: Any, record: EventRecord, p: ShiftOffered) -> str | None:
    known = _group_state(hub, p.shift_id)
    return SHIFT_TRANSITIONS.refusal(
        known[0] if known else None, "open", record.store_id, {"owner": (known[1],)} if known else {}
    )


def _hub_check_accepted(hub: Any, record: EventRecord, p: ShiftAccepted) -> str | None:
    known = _group_state(hub, p.shift_id)
    refusal = SHIFT_TRANSITIONS.refusal(
        known[0] if known else None, "taken", record.store_id, {"anyone": (record.store_id or "",)}
    )
    if refusal is not None:
        return refusal
    row = hub.session.get(RosterShift, p.shift_id)
    if row is not None and violations_with(hub.session, row, p.staff_id):
        return "shift.rule_broken"  # e.g. they took another shift at another store meanwhile
    return None


def _remember(state: str) -> Any:
    def remember(hub: Any, _record: EventRecord, p: Any) -> None:
        known = _group_state(hub, p.shift_id)
        if known is not None:
            hub.state.bag("shifts", dict)[p.shift_id] = (state, known[1])

    return remember


def _hub_check_published(hub: Any, record: EventRecord, p: ShiftsPublished) -> str | None:
    """A store publishes and withdraws only its own shifts."""
    for shift_id in [*(line.shift_id for line in p.shifts), *p.withdrawn]:
        known = _group_state(hub, shift_id)
        if known is not None and known[1] != record.store_id:
            return "event.wrong_store"
    return None


def _hub_check_swapped(hub: Any, record: EventRecord, p: ShiftSwapped) -> str | None:
    known = _group_state(hub, p.shift_id)
    if known is None:
        return "shift.unknown"
    if known[1] != record.store_id:
        return "event.wrong_store"
    return None if known[0] in SWAPPABLE else f"shift.already_{known[0]}"


def _remember_published(hub: Any, record: EventRecord, p: ShiftsPublished) -> None:
    group: dict[str, tuple[str, str]] = hub.state.bag("shifts", dict)
    for line in p.shifts:
        group[line.shift_id] = ("published" if line.staff_id else "open", record.store_id or "")


_AREAS = frozenset({Area.SHIFTS})

register(
    Kind(
        "shift.published",
        ShiftsPublished,
        Scope.STORE,
        _apply_published,
        areas=_AREAS,
        check=_check_published,
        refs=lambda _r, p: Refs(staff=named_staff(p.staff_id, *(line.staff_id for line in p.shifts))),
        permission=Permission.MANAGE_STAFF,
        revert=_revert_published,
        hub_check=_hub_check_published,
        hub_remember=_remember_published,
    ),
    Kind(
        "shift.offered",
        ShiftOffered,
        Scope.STORE,
        _apply_offered,
        areas=_AREAS,
        refs=lambda _r, p: Refs(staff=named_staff(p.staff_id)),
        permission=Permission.MANAGE_STAFF,
        revert=_revert_offered,
        hub_check=_hub_check_offered,
        hub_remember=_remember("open"),
    ),
    Kind(
        "shift.accepted",  # store_id: the substitute's own store
        ShiftAccepted,
        Scope.STORE,
        _apply_accepted,
        areas=_AREAS,
        refs=lambda _r, p: Refs(staff=named_staff(p.staff_id)),
        revert=_revert_accepted,
        hub_check=_hub_check_accepted,
        hub_remember=_remember("taken"),
    ),
    Kind(
        "shift.swapped",
        ShiftSwapped,
        Scope.STORE,
        _apply_swapped,
        areas=_AREAS,
        refs=lambda _r, p: Refs(staff=named_staff(p.staff_id, p.to_staff_id)),
        permission=Permission.MANAGE_STAFF,
        revert=_revert_swapped,
        hub_check=_hub_check_swapped,
    ),
    Kind(
        "shift.clocked",
        ShiftClocked,
        Scope.STORE,
        _apply_clocked,
        areas=_AREAS,
        check=_check_clocked,
        refs=lambda _r, p: Refs(staff=named_staff(p.staff_id)),
        revert=_revert_clocked,
    ),
    Kind(
        "shift.terms_set",
        TermsSet,
        Scope.CHAIN,
        _apply_terms,
        areas=_AREAS,
        refs=lambda _r, p: Refs(staff=named_staff(p.member_id)),
    ),
)
register_snapshot(
    SnapshotTable("roster_shifts", RosterShift),
    SnapshotTable("roster_terms", RosterTerms),
    SnapshotTable("shift_punches", ShiftPunch, mode="local"),
)


# -- the demo chain -------------------------------------------------------------------------------

DEMO_ASSISTANT_PINS = ("5111", "5222", "5333")


def demo_facts(session: Session, today: date | None = None) -> int:
    """Shop assistants for each demo store, and this week's roster (emitted by the head office's
    device): Senado Square's has a day over 8 hours (a rule warning) and an open shift (a sick call)
    for the substitute finder. Returns the number of facts."""
    from core.demo_chain import demo_stores
    from core.staff import StaffUpserted, hash_pin

    today = today or datetime.now(_macau_zone()).date()
    monday = today - timedelta(days=today.weekday())
    hashes = [hash_pin(pin) for pin in DEMO_ASSISTANT_PINS]
    count = 0
    for store in demo_stores():
        code = store.store_id.removeprefix("MO-")
        assistants = [f"{store.store_id}-A{i + 1}" for i in range(len(DEMO_ASSISTANT_PINS))]
        for i, (staff_id, pin_hash) in enumerate(zip(assistants, hashes, strict=True)):
            upserted = StaffUpserted(
                staff_id,
                f"Assistant {code} {i + 1}",
                "cashier",
                pin_hash,
                store.store_id,
                name_zh=f"店員 {code} {i + 1}",
                name_pt=f"Assistente {code} {i + 1}",
            )
            emit(session, "staff.upserted", upserted)
        for keyholder in (assistants[0], assistants[2]):  # with the manager: someone to open and close
            emit(session, "shift.terms_set", TermsSet(keyholder, "keyholder"))
        people = [f"{store.store_id}-M", f"{store.store_id}-C1", *assistants]
        lines = []
        for i, person in enumerate(people):
            off = {(2 * i) % 7, (2 * i + 1) % 7}
            for d in range(7):
                if d in off:
                    continue
                day = monday + timedelta(days=d)
                opening = (d + i) % 2 == 0
                start, hours, template = (10, 8.0, "opening") if opening else (14, 8.0, "closing")
                if store.store_id == "MO-SEN" and person.endswith("-A2") and d == 2:
                    start, hours, template = 10, 9.5, "middle"  # a long day: the roster's warning
                begin = datetime.combine(day, datetime.min.time()) + timedelta(hours=start)
                line_id = f"demo-{store.store_id}-{day.isoformat()}-{i}"
                lines.append(
                    ShiftLine(
                        line_id,
                        person,
                        local_text(begin),
                        local_text(begin + timedelta(hours=hours)),
                        template,
                    )
                )
        emit(
            session,
            "shift.published",
            ShiftsPublished(lines, f"{store.store_id}-M"),
            store_id=store.store_id,
        )
        count += len(assistants) + 3
        if store.store_id == "MO-SEN":
            friday = (monday + timedelta(days=4)).isoformat()
            sick = next(
                line for line in lines if line.start.startswith(friday) and line.staff_id.endswith("-C1")
            )
            emit(
                session,
                "shift.offered",
                ShiftOffered(sick.shift_id, "sick", f"{store.store_id}-M"),
                store_id=store.store_id,
            )
            count += 1
    return count


# -- attendance and the timesheet -----------------------------------------------------------------

LATE_AFTER = timedelta(minutes=5)


@dataclass(frozen=True)
class AttendanceRow:
    shift_id: str
    staff_id: str
    start: str
    end: str
    clocked_in: str  # local HH:MM, "" if not
    clocked_out: str
    status: str  # on_time | late | absent | due (not started yet)


def _local_of(stamp: str) -> datetime:
    moment = datetime.fromisoformat(stamp)
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(_macau_zone()).replace(tzinfo=None)


def attendance(session: Session, store_id: str, day: date, clock: Clock | None = None) -> list[AttendanceRow]:
    """Who is due at the store that day and whether they clocked in: late (more than 5 minutes after
    the start) and absent (the shift started and no clock-in) are flagged."""
    now = (clock or SystemClock()).now().astimezone(_macau_zone()).replace(tzinfo=None)
    first, last = day.isoformat(), (day + timedelta(days=1)).isoformat()
    rows = session.scalars(
        select(RosterShift)
        .where(
            RosterShift.store_id == store_id,
            RosterShift.start >= first,
            RosterShift.start < last,
            RosterShift.state.in_(SWAPPABLE),
        )
        .order_by(RosterShift.start, RosterShift.staff_id)
    )
    out = []
    for row in rows:
        punches = list(
            session.scalars(
                select(ShiftPunch).where(ShiftPunch.shift_id == row.shift_id).order_by(ShiftPunch.at)
            )
        )
        ins = [_local_of(p.at) for p in punches if p.direction == "in" and p.staff_id == row.staff_id]
        outs = [_local_of(p.at) for p in punches if p.direction == "out" and p.staff_id == row.staff_id]
        start = local(row.start)
        if ins:
            status = "late" if ins[0] > start + LATE_AFTER else "on_time"
        else:
            status = "absent" if now > start + LATE_AFTER else "due"
        out.append(
            AttendanceRow(
                row.shift_id,
                row.staff_id,
                row.start,
                row.end,
                ins[0].strftime("%H:%M") if ins else "",
                outs[-1].strftime("%H:%M") if outs else "",
                status,
            )
        )
    return out


TIMESHEET_COLUMNS = ("staff_id", "name", "date", "normal_h", "overtime_20_h", "overtime_50_h", "holiday_h")


def timesheet_csv(session: Session, store_id: str, first: date, last: date) -> str:
    """The store's rostered hours from ``first`` to ``last`` per person and day, as CSV: normal hours,
    agreed overtime (+20 %), imposed overtime (+50 %), and hours on compulsory holidays (Art 44, 45)."""
    import csv
    import io

    rows = session.scalars(
        select(RosterShift)
        .where(
            RosterShift.store_id == store_id,
            RosterShift.start >= first.isoformat(),
            RosterShift.start < (last + timedelta(days=1)).isoformat(),
            RosterShift.state.in_(SWAPPABLE),
        )
        .order_by(RosterShift.staff_id, RosterShift.start)
    )
    totals: dict[tuple[str, str], list[float]] = {}
    for row in rows:
        shift = _rule_shift(row)
        cell = totals.setdefault((row.staff_id, shift.day.isoformat()), [0.0, 0.0, 0.0, 0.0])
        if DEFAULT_RULES.is_holiday(shift.day):
            cell[3] += shift.hours
        elif row.overtime == "agreed":
            cell[1] += shift.hours
        elif row.overtime in OVERTIME_KINDS:
            cell[2] += shift.hours
        else:
            cell[0] += shift.hours
    names = {
        s.staff_id: s.name
        for s in session.scalars(select(Staff).where(Staff.staff_id.in_({k[0] for k in totals})))
    }
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(TIMESHEET_COLUMNS)
    for (staff_id, day), hours in sorted(totals.items()):
        writer.writerow([staff_id, names.get(staff_id, ""), day, *(f"{h:g}" for h in hours)])
    return out.getvalue()


# -- typhoon mode ---------------------------------------------------------------------------------

REOPEN_AFTER = timedelta(hours=2)  # buses and ferries resume after the signal is lowered: time to come in
MIN_REOPEN = timedelta(hours=2)  # a shorter rest of a shift is not worth the journey


class TyphoonReleased(msgspec.Struct, frozen=True):
    """Typhoon Signal 8 or higher (or a black rainstorm warning, ``level`` 0) is up: the store's shifts
    in the period are released; nobody is required to come and nobody is docked (DSAL guidance)."""

    level: Annotated[int, msgspec.Meta(ge=0, le=10)]
    start: Stamp
    end: Stamp
    shift_ids: Annotated[list[Id], msgspec.Meta(max_length=MAX_LINES)]
    staff_id: StaffRef = ""


def _check_typhoon(record: EventRecord, p: TyphoonReleased) -> None:
    try:
        local(p.start), local(p.end)
    except ValueError:
        raise malformed(record, "start") from None


def typhoon_release(
    session: Session,
    till: Till,
    staff: StaffMember,
    level: int,
    start: datetime,
    end: datetime,
    clock: Clock | None = None,
) -> tuple[list[str], Changes]:
    """Release this store's shifts that overlap the signal (from ``start`` to ``end``, local times).
    Returns the released shift ids: their staff are told by the roster they see."""
    if not staff.can(Permission.MANAGE_STAFF):
        raise DomainError("staff.not_allowed", name=staff.name)
    rows = session.scalars(
        select(RosterShift).where(
            RosterShift.store_id == till.store_id,
            RosterShift.start < local_text(end),
            RosterShift.end > local_text(start),
            RosterShift.state.in_((*SWAPPABLE, "open")),
        )
    )
    ids = [r.shift_id for r in rows]
    payload = TyphoonReleased(level, local_text(start), local_text(end), ids, staff.staff_id)
    _, changes = emit(session, "shift.typhoon_released", payload, store_id=till.store_id, clock=clock)
    return ids, changes


def reopening_plan(session: Session, store_id: str, lowered_at: datetime) -> list[ShiftDraft]:
    """After the signal is lowered: the released shifts worth reopening, each from when staff can be
    back (``REOPEN_AFTER`` the signal is lowered) to its end; publish them with ``publish_roster``."""
    back = lowered_at + REOPEN_AFTER
    rows = session.scalars(
        select(RosterShift)
        .where(
            RosterShift.store_id == store_id,
            RosterShift.state == "released",
            RosterShift.end > local_text(back),
        )
        .order_by(RosterShift.start)
    )
    out = []
    for row in rows:
        start, end = max(local(row.start), back), local(row.end)
        staff_id = row.staff_id or row.released_staff_id
        if end - start >= MIN_REOPEN and staff_id:
            out.append(ShiftDraft(staff_id, start, end, row.template, row.overtime, row.shift_id))
    return out


def _apply_typhoon(session: Session, record: EventRecord, p: TyphoonReleased, batch: Batch) -> None:
    for shift_id in p.shift_ids:
        row = session.get(RosterShift, shift_id)
        if row is not None and row.store_id == record.store_id:
            row.state, row.note = "released", f"signal {p.level}" if p.level else "black rain"
            row.event_id, row.updated_at = record.event_id, record.occurred_at
    batch.changes.areas.add(Area.SHIFTS)


def _revert_typhoon(session: Session, event: Event, changes: Changes) -> None:
    for row in session.scalars(select(RosterShift).where(RosterShift.event_id == event.event_id)):
        row.state = "published" if row.staff_id else "open"
    changes.areas.add(Area.SHIFTS)


register(
    Kind(
        "shift.typhoon_released",
        TyphoonReleased,
        Scope.STORE,
        _apply_typhoon,
        areas=_AREAS,
        check=_check_typhoon,
        refs=lambda _r, p: Refs(staff=named_staff(p.staff_id)),
        permission=Permission.MANAGE_STAFF,
        revert=_revert_typhoon,
    )
)


def copy_last_week(
    session: Session, till: Till, staff: StaffMember, store_id: str, monday: date, clock: Clock | None = None
) -> Changes:
    """Publish the week before's shifts again for the week of ``monday`` (the same people, days and
    hours), if no rule is broken; refused ``shift.rule_broken`` otherwise."""
    before = roster_week(session, store_id, monday - timedelta(days=7))
    drafts = [
        ShiftDraft(
            v.staff_id,
            local(v.start) + timedelta(days=7),
            local(v.end) + timedelta(days=7),
            v.template,
        )
        for v in before.shifts
        if v.staff_id and v.state in SWAPPABLE and not v.lent
    ]
    if not drafts:
        raise DomainError("shift.unknown")
    return publish_roster(session, till, staff, store_id, drafts, clock=clock)
