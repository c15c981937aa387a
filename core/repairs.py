"""Repair tickets dispatched to the nearest available engineer.

A store's equipment is registered (``repair.equipment_set``) with its preventive schedules
(``repair.schedule_set``). Any member of staff raises a ticket (``repair.raised``), offline too; the
app raises one itself when the printer or scanner keeps failing, and a schedule when it falls due.
The hub assigns it (``repair.assigned``, a fact of its own, core/repairs_hub.py) to the engineer
ranked first by core/repairs_dispatch.py; the engineer accepts or declines and then moves the ticket
on (``repair.moved``); the store verifies the repair or reopens the ticket. Two engineers accepting
at once: the first in the hub's log wins, the other is told ``repair.already_accepted``.

open -> assigned -> accepted -> on_site -> resolved -> verified (or reopened -> dispatched again);
an assigned engineer may decline (declined -> dispatched to the next).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta
from typing import Annotated, Any

import msgspec
from msgspec import Meta
from sqlalchemy import ForeignKey, Index, Integer, String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from core.events import (
    Code,
    EventRecord,
    Id,
    LongName,
    Name,
    Note,
    Phone,
    StaffRef,
    Stamp,
    StoreId,
    malformed,
)
from core.models import Base, Event, Staff
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
from core.repairs_dispatch import MACAU
from core.staff import PERMISSIONS, Permission, Role
from core.transitions import Move, Transitions

# -- vocabulary ------------------------------------------------------------------------------------

EQUIPMENT_KINDS = (
    "fridge",
    "aircon",
    "pc",
    "printer",
    "scanner",
    "scale",
    "safe",
    "lighting",
    "shutter",
    "other",
)
SKILLS = ("refrigeration", "hvac", "it", "electrical", "security", "general")
# The skill a fault on each kind of equipment needs (the ticket may say otherwise).
SKILL_FOR = {
    "fridge": "refrigeration",
    "aircon": "hvac",
    "pc": "it",
    "printer": "it",
    "scanner": "it",
    "scale": "it",
    "safe": "security",
    "shutter": "security",
    "lighting": "electrical",
    "other": "general",
}
PRIORITIES = ("p1", "p2", "p3")
# SLA targets in business minutes (the store's opening hours): respond (accepted), on site, resolved.
SLA_TARGETS = {"p1": (30, 120, 240), "p2": (60, 240, 480), "p3": (240, 720, 1440)}
SOURCES = ("staff", "device", "preventive")
OFFER_TIMEOUT_MINUTES = 15  # an engineer who does not answer an offer in time is passed over

TICKET_TRANSITIONS = Transitions(
    "repair",
    "open",
    (
        Move("assigned", ("open", "declined", "reopened"), "hub"),
        Move("declined", ("assigned",), "store", Permission.REPAIR),
        # Any engineer may take a ticket not yet accepted (the one offered it, or one nearby).
        Move("accepted", ("open", "assigned", "declined", "reopened"), "store", Permission.REPAIR),
        Move("on_site", ("accepted",), "store", Permission.REPAIR),
        Move("resolved", ("accepted", "on_site"), "store", Permission.REPAIR),
        Move("verified", ("resolved",), "store"),
        Move("reopened", ("resolved",), "store"),
    ),
)
REPAIR_STATES = TICKET_TRANSITIONS.states
WAITING_STATES = ("open", "declined", "reopened")  # for dispatch
BUSY_STATES = ("assigned", "accepted", "on_site")  # count against an engineer's load
ENGINEER_MOVES = ("declined", "accepted", "on_site", "resolved")
# Moves only the engineer who holds the ticket makes.
OWN_MOVES = ("declined", "on_site", "resolved")

register_errors(*TICKET_TRANSITIONS.error_codes)
register_errors(
    "repair.not_yours",
    "repair.duplicate",
    "repair.no_description",
    "repair.bad_hours",
    "repair.unknown_equipment",
)

Minutes = Annotated[int, Meta(ge=0, le=24 * 60)]
Limit = Annotated[int, Meta(ge=0, le=50)]
Every = Annotated[int, Meta(ge=1, le=3660)]
Day = Annotated[str, Meta(max_length=10)]  # YYYY-MM-DD or ""
Diagnostics = Annotated[str, Meta(max_length=4000)]
Photo = Annotated[str, Meta(min_length=1, max_length=120)]  # a file name in the store's private files


# -- tables ----------------------------------------------------------------------------------------


class RepairEquipment(Base):
    """A piece of a store's equipment, with its model, serial and dates."""

    __tablename__ = "repair_equipment"
    __table_args__ = (Index("ix_repair_equipment_store", "store_id"),)

    equipment_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    event_id: Mapped[str] = mapped_column(ForeignKey("events.event_id"))
    store_id: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(120))
    model: Mapped[str] = mapped_column(String(120), default="")
    serial: Mapped[str] = mapped_column(String(120), default="")
    installed_on: Mapped[str] = mapped_column(String(10), default="")
    warranty_until: Mapped[str] = mapped_column(String(10), default="")


class RepairSchedule(Base):
    """Preventive maintenance of one piece of equipment every ``every_days`` (e.g. AC filters)."""

    __tablename__ = "repair_schedules"

    schedule_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    event_id: Mapped[str] = mapped_column(ForeignKey("events.event_id"))
    store_id: Mapped[str] = mapped_column(String(32))
    equipment_id: Mapped[str] = mapped_column(String(36))
    task: Mapped[str] = mapped_column(String(200))
    every_days: Mapped[int] = mapped_column(Integer)
    next_due: Mapped[str] = mapped_column(String(10))


class RepairEngineer(Base):
    """What dispatch needs to know of an engineer: skills, base, working hours, load limit."""

    __tablename__ = "repair_engineers"

    staff_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    event_id: Mapped[str] = mapped_column(ForeignKey("events.event_id"))
    skills: Mapped[str] = mapped_column(String(200))  # space-separated
    base_store: Mapped[str] = mapped_column(String(32))
    load_limit: Mapped[int] = mapped_column(Integer)
    start_minute: Mapped[int] = mapped_column(Integer)
    end_minute: Mapped[int] = mapped_column(Integer)
    weekdays: Mapped[str] = mapped_column(String(7))  # "0123456": Monday = 0
    phone: Mapped[str] = mapped_column(String(40), default="")


class RepairTravel(Base):
    """A manager's store-to-store travel time, overriding the default between areas."""

    __tablename__ = "repair_travel"

    from_store: Mapped[str] = mapped_column(String(32), primary_key=True)
    to_store: Mapped[str] = mapped_column(String(32), primary_key=True)
    event_id: Mapped[str] = mapped_column(ForeignKey("events.event_id"))
    minutes: Mapped[int] = mapped_column(Integer)


class RepairTicket(Base):
    __tablename__ = "repair_tickets"
    __table_args__ = (
        Index("ix_repair_tickets_state", "state"),
        Index("ix_repair_tickets_store", "store_id"),
        Index("ix_repair_tickets_engineer", "engineer_id"),
    )

    ticket_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    event_id: Mapped[str] = mapped_column(ForeignKey("events.event_id"))
    store_id: Mapped[str] = mapped_column(String(32))
    equipment_id: Mapped[str] = mapped_column(String(36), default="")
    schedule_id: Mapped[str] = mapped_column(String(36), default="")
    skill: Mapped[str] = mapped_column(String(20))
    priority: Mapped[str] = mapped_column(String(4))
    description: Mapped[str] = mapped_column(String(200))
    photos: Mapped[str] = mapped_column(Text, default="")  # newline-separated file names
    source: Mapped[str] = mapped_column(String(12))
    diagnostics: Mapped[str] = mapped_column(Text, default="")
    raised_by: Mapped[str] = mapped_column(String(40), default="")
    raised_at: Mapped[str] = mapped_column(String(40))
    state: Mapped[str] = mapped_column(String(12))
    engineer_id: Mapped[str] = mapped_column(String(40), default="")
    offered_at: Mapped[str] = mapped_column(String(40), default="")
    eta: Mapped[str] = mapped_column(String(40), default="")
    passed_over: Mapped[str] = mapped_column(String(400), default="")  # engineers who declined or timed out
    accepted_at: Mapped[str] = mapped_column(String(40), default="")
    on_site_at: Mapped[str] = mapped_column(String(40), default="")
    resolved_at: Mapped[str] = mapped_column(String(40), default="")
    verified_at: Mapped[str] = mapped_column(String(40), default="")
    resolution: Mapped[str] = mapped_column(String(200), default="")
    parts: Mapped[str] = mapped_column(String(200), default="")
    updated_at: Mapped[str] = mapped_column(String(40))


# -- facts -----------------------------------------------------------------------------------------


class EquipmentSet(msgspec.Struct, frozen=True):
    """A store registers (or corrects) a piece of its equipment."""

    equipment_id: Id
    kind: Code
    name: Name
    model: Name = ""
    serial: Name = ""
    installed_on: Day = ""
    warranty_until: Day = ""
    staff_id: StaffRef = ""


class ScheduleSet(msgspec.Struct, frozen=True):
    schedule_id: Id
    equipment_id: Id
    task: Note
    every_days: Every
    next_due: Day
    staff_id: StaffRef = ""


class EngineerSet(msgspec.Struct, frozen=True):
    """An engineer's skills, base store, working hours (until rosters exist) and load limit."""

    engineer_id: StaffRef
    skills: list[Code]
    base_store: StoreId
    load_limit: Limit = 3
    start_minute: Minutes = 9 * 60
    end_minute: Minutes = 18 * 60
    weekdays: Annotated[str, Meta(max_length=7)] = "0123456"
    phone: Phone = ""
    staff_id: StaffRef = ""


class TravelSet(msgspec.Struct, frozen=True):
    from_store: StoreId
    to_store: StoreId
    minutes: Annotated[int, Meta(ge=0, le=600)]
    staff_id: StaffRef = ""


class RepairRaised(msgspec.Struct, frozen=True):
    ticket_id: Id
    skill: Code
    priority: Code
    description: Note
    equipment_id: Annotated[str, Meta(max_length=36)] = ""
    schedule_id: Annotated[str, Meta(max_length=36)] = ""
    photos: Annotated[list[Photo], Meta(max_length=8)] = []
    source: Code = "staff"
    diagnostics: Diagnostics = ""
    staff_id: StaffRef = ""


class RepairAssigned(msgspec.Struct, frozen=True):
    """Written by the hub: the ticket is offered to ``engineer_id`` ("": nobody is free, back to open),
    due at ``eta``. ``passed_over``: the engineer whose offer timed out, if any."""

    ticket_id: Id
    engineer_id: StaffRef
    eta: Stamp = ""
    passed_over: StaffRef = ""


class RepairMoved(msgspec.Struct, frozen=True):
    """declined / accepted / on_site / resolved (by an engineer), verified / reopened (by the store)."""

    ticket_id: Id
    state: Code
    note: LongName = ""  # resolution notes, why declined, why reopened
    parts: Note = ""
    staff_id: StaffRef = ""


def next_due_after(due: str, every_days: int, raised_at: str) -> str:
    """The next due date of a schedule whose ticket for ``due`` was raised at ``raised_at``: the
    first step of ``every_days`` after ``due`` that is after the day it was raised."""
    try:
        day = date.fromisoformat(due)
        raised = datetime.fromisoformat(raised_at).astimezone(MACAU).date()
    except ValueError:
        return due
    day += timedelta(days=every_days)
    while day <= raised:
        day += timedelta(days=every_days)
    return day.isoformat()


def preventive_ticket_id(schedule_id: str, due: str) -> str:
    """The same ticket id on every till of the store, so a schedule falling due raises it once."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"repair-schedule:{schedule_id}:{due}"))


# -- projection ------------------------------------------------------------------------------------


def _apply_equipment(session: Session, record: EventRecord, p: EquipmentSet, batch: Batch) -> None:
    row = session.get(RepairEquipment, p.equipment_id)
    if row is None:
        row = RepairEquipment(
            equipment_id=p.equipment_id, event_id=record.event_id, store_id=record.store_id or ""
        )
        session.add(row)
    row.kind, row.name, row.model, row.serial = p.kind, p.name, p.model, p.serial
    row.installed_on, row.warranty_until = p.installed_on, p.warranty_until


def _apply_schedule(session: Session, record: EventRecord, p: ScheduleSet, batch: Batch) -> None:
    row = session.get(RepairSchedule, p.schedule_id)
    if row is None:
        row = RepairSchedule(
            schedule_id=p.schedule_id, event_id=record.event_id, store_id=record.store_id or ""
        )
        session.add(row)
    row.equipment_id, row.task, row.every_days, row.next_due = (
        p.equipment_id,
        p.task,
        p.every_days,
        p.next_due,
    )


def _apply_engineer(session: Session, record: EventRecord, p: EngineerSet, batch: Batch) -> None:
    row = session.get(RepairEngineer, p.engineer_id)
    if row is None:
        row = RepairEngineer(staff_id=p.engineer_id, event_id=record.event_id)
        session.add(row)
    row.skills, row.base_store, row.load_limit = " ".join(p.skills), p.base_store, p.load_limit
    row.start_minute, row.end_minute, row.weekdays, row.phone = (
        p.start_minute,
        p.end_minute,
        p.weekdays,
        p.phone,
    )


def _apply_travel(session: Session, record: EventRecord, p: TravelSet, batch: Batch) -> None:
    row = session.get(RepairTravel, (p.from_store, p.to_store))
    if row is None:
        row = RepairTravel(from_store=p.from_store, to_store=p.to_store, event_id=record.event_id)
        session.add(row)
    row.minutes = p.minutes


def _new_ticket(record: EventRecord, p: RepairRaised) -> RepairTicket:
    return RepairTicket(
        ticket_id=p.ticket_id,
        event_id=record.event_id,
        store_id=record.store_id or "",
        equipment_id=p.equipment_id,
        schedule_id=p.schedule_id,
        skill=p.skill,
        priority=p.priority,
        description=p.description,
        photos="\n".join(p.photos),
        source=p.source,
        diagnostics=p.diagnostics,
        raised_by=p.staff_id,
        raised_at=record.occurred_at,
        state=TICKET_TRANSITIONS.initial,
        engineer_id="",
        offered_at="",
        eta="",
        passed_over="",
        accepted_at="",
        on_site_at="",
        resolved_at="",
        verified_at="",
        resolution="",
        parts="",
        updated_at=record.occurred_at,
    )


def _apply_raised(session: Session, record: EventRecord, p: RepairRaised, batch: Batch) -> None:
    if session.get(RepairTicket, p.ticket_id) is not None:
        return  # a preventive ticket raised by two tills of the store: the hub keeps the first
    session.add(_new_ticket(record, p))
    if p.schedule_id:
        schedule = session.get(RepairSchedule, p.schedule_id)
        if schedule is not None:
            schedule.next_due = next_due_after(schedule.next_due, schedule.every_days, record.occurred_at)


def _pass_over(ticket: RepairTicket, engineer_id: str) -> None:
    names = [n for n in ticket.passed_over.split() if n]
    if engineer_id and engineer_id not in names:
        ticket.passed_over = " ".join([*names, engineer_id])[-400:]


def _assign(ticket: RepairTicket, record: EventRecord, p: RepairAssigned) -> None:
    if ticket.state == "assigned":  # the offer timed out
        _pass_over(ticket, p.passed_over or ticket.engineer_id)
    ticket.engineer_id = p.engineer_id
    ticket.offered_at = record.occurred_at if p.engineer_id else ""
    ticket.eta = p.eta
    ticket.state = "assigned" if p.engineer_id else "open"
    ticket.updated_at = record.occurred_at


def _move(ticket: RepairTicket, record: EventRecord, p: RepairMoved) -> None:
    at = record.occurred_at
    if p.state == "declined":
        _pass_over(ticket, p.staff_id or ticket.engineer_id)
        ticket.engineer_id, ticket.offered_at, ticket.eta = "", "", ""
    elif p.state == "accepted":
        if p.staff_id and p.staff_id != ticket.engineer_id:
            ticket.eta = ""  # someone else took it: the ETA was the other engineer's
        ticket.engineer_id, ticket.accepted_at = p.staff_id or ticket.engineer_id, at
    elif p.state == "on_site":
        ticket.on_site_at = at
    elif p.state == "resolved":
        ticket.resolved_at, ticket.resolution, ticket.parts = at, p.note, p.parts
    elif p.state == "verified":
        ticket.verified_at = at
    elif p.state == "reopened":
        ticket.resolution = p.note or ticket.resolution
        _pass_over(ticket, "")
        ticket.engineer_id, ticket.offered_at, ticket.eta = "", "", ""
        ticket.accepted_at = ticket.on_site_at = ticket.resolved_at = ""
    ticket.state, ticket.updated_at = p.state, at


def _apply_assigned(session: Session, record: EventRecord, p: RepairAssigned, batch: Batch) -> None:
    ticket = session.get(RepairTicket, p.ticket_id)
    if ticket is not None:
        _assign(ticket, record, p)


def _apply_moved(session: Session, record: EventRecord, p: RepairMoved, batch: Batch) -> None:
    ticket = session.get(RepairTicket, p.ticket_id)
    if ticket is not None:  # the hub checked the move: a replica applies moves in log order
        _move(ticket, record, p)


def _replay(session: Session, ticket_id: str, without: str) -> None:
    """Rebuild a ticket from its facts still standing (one refused by the hub left out)."""
    rows = session.scalars(
        select(Event)
        .where(
            Event.kind.in_(("repair.raised", "repair.assigned", "repair.moved")),
            Event.event_id != without,
            Event.status != "rejected",
            Event.payload.contains(ticket_id, autoescape=True),
        )
        .order_by(Event.hub_offset.is_(None), Event.hub_offset, Event.seq)
    ).all()
    old = session.get(RepairTicket, ticket_id)
    if old is not None:
        session.delete(old)
        session.flush()
    ticket: RepairTicket | None = None
    for row in rows:
        record = EventRecord(
            event_id=row.event_id,
            device_id=row.device_id,
            seq=row.seq,
            store_id=row.store_id,
            kind=row.kind,
            occurred_at=row.occurred_at,
            payload=msgspec.json.decode(row.payload),
        )
        if record.payload.get("ticket_id") != ticket_id:
            continue
        if row.kind == "repair.raised" and ticket is None:
            ticket = _new_ticket(record, msgspec.convert(record.payload, RepairRaised))
        elif ticket is not None and row.kind == "repair.assigned":
            _assign(ticket, record, msgspec.convert(record.payload, RepairAssigned))
        elif ticket is not None and row.kind == "repair.moved":
            _move(ticket, record, msgspec.convert(record.payload, RepairMoved))
    if ticket is not None:
        session.add(ticket)


def _revert_ticket_fact(session: Session, event: Event, changes: Changes) -> None:
    ticket_id = msgspec.json.decode(event.payload).get("ticket_id", "")
    if ticket_id:
        _replay(session, ticket_id, event.event_id)
        changes.areas.add(Area.REPAIRS)


def _revert_row(model: type[Base]) -> Any:
    def revert(session: Session, event: Event, changes: Changes) -> None:
        for row in session.scalars(select(model).where(model.__table__.c.event_id == event.event_id)):
            session.delete(row)

    return revert


# -- checks ----------------------------------------------------------------------------------------


def _check_equipment(record: EventRecord, p: EquipmentSet) -> None:
    if p.kind not in EQUIPMENT_KINDS:
        raise malformed(record, "kind")


def _check_engineer(record: EventRecord, p: EngineerSet) -> None:
    if any(s not in SKILLS for s in p.skills):
        raise malformed(record, "skills")
    if p.start_minute >= p.end_minute or any(d not in "0123456" for d in p.weekdays):
        raise malformed(record, "hours")


def _check_raised(record: EventRecord, p: RepairRaised) -> None:
    if p.skill not in SKILLS:
        raise malformed(record, "skill")
    if p.priority not in PRIORITIES:
        raise malformed(record, "priority")
    if p.source not in SOURCES:
        raise malformed(record, "source")


def _check_moved(record: EventRecord, p: RepairMoved) -> None:
    if p.state not in TICKET_TRANSITIONS.targets or p.state == "assigned":
        raise malformed(record, "state")


def move_refusal(
    state: str | None,
    ticket_store: str,
    engineer_id: str,
    target: str,
    acting_store: str | None,
    staff_id: str,
    role: str | None,
) -> str | None:
    """Why this move must be refused (a code), or None: the same rule at the till and on the hub."""

    def may(permission: str) -> bool:
        return role is not None and permission in PERMISSIONS.get(Role(role), frozenset())

    reason = TICKET_TRANSITIONS.refusal(state, target, acting_store, {"store": (ticket_store,)}, may)
    if reason is None and target in OWN_MOVES and staff_id != engineer_id:
        return "repair.not_yours"
    return reason


# The hub: in its writer transaction, the group's earlier moves included (``hub.state``).


def _group_ticket(hub: Any, ticket_id: str) -> tuple[str, str, str] | None:
    """(state, store, engineer) of a ticket, as the group leaves it."""
    group: dict[str, tuple[str, str, str]] = hub.state.bag("repairs", dict)
    if ticket_id in group:
        return group[ticket_id]
    row = hub.session.get(RepairTicket, ticket_id)
    return (row.state, row.store_id, row.engineer_id) if row is not None else None


def _role(hub: Any, staff_id: str) -> str | None:
    if not staff_id:
        return None
    return hub.state.new_roles.get(staff_id) or hub.session.scalar(
        select(Staff.role).where(Staff.staff_id == staff_id)
    )


def _hub_check_moved(hub: Any, record: EventRecord, p: RepairMoved) -> str | None:
    ticket = _group_ticket(hub, p.ticket_id)
    if ticket is None:
        return "repair.unknown"
    state, store, engineer = ticket
    return move_refusal(state, store, engineer, p.state, record.store_id, p.staff_id, _role(hub, p.staff_id))


def _remember_moved(hub: Any, record: EventRecord, p: RepairMoved) -> None:
    ticket = _group_ticket(hub, p.ticket_id)
    if ticket is not None:
        _state, store, engineer = ticket
        if p.state == "accepted":
            engineer = p.staff_id or engineer
        elif p.state in ("declined", "reopened"):
            engineer = ""
        hub.state.bag("repairs", dict)[p.ticket_id] = (p.state, store, engineer)


def _hub_check_raised(hub: Any, record: EventRecord, p: RepairRaised) -> str | None:
    group: dict[str, tuple[str, str, str]] = hub.state.bag("repairs", dict)
    if p.ticket_id in group or hub.session.get(RepairTicket, p.ticket_id) is not None:
        return "repair.duplicate"
    return None


def _remember_raised(hub: Any, record: EventRecord, p: RepairRaised) -> None:
    hub.state.bag("repairs", dict)[p.ticket_id] = ("open", record.store_id or "", "")


def _staff(p: Any) -> Refs:
    return Refs(staff=named_staff(p.staff_id))


_AREAS = frozenset({Area.REPAIRS})

register(
    Kind(
        "repair.equipment_set",
        EquipmentSet,
        Scope.STORE,
        _apply_equipment,
        areas=_AREAS,
        check=_check_equipment,
        refs=lambda _r, p: _staff(p),
        revert=_revert_row(RepairEquipment),
    ),
    Kind(
        "repair.schedule_set",
        ScheduleSet,
        Scope.STORE,
        _apply_schedule,
        areas=_AREAS,
        refs=lambda _r, p: _staff(p),
        revert=_revert_row(RepairSchedule),
    ),
    Kind(
        "repair.engineer_set",
        EngineerSet,
        Scope.CHAIN,
        _apply_engineer,
        areas=_AREAS,
        check=_check_engineer,
        refs=lambda _r, p: Refs(stores=(p.base_store,), staff=named_staff(p.engineer_id, p.staff_id)),
        revert=_revert_row(RepairEngineer),
    ),
    Kind(
        "repair.travel_set",
        TravelSet,
        Scope.CHAIN,
        _apply_travel,
        areas=_AREAS,
        refs=lambda _r, p: Refs(stores=(p.from_store, p.to_store), staff=named_staff(p.staff_id)),
        revert=_revert_row(RepairTravel),
    ),
    Kind(
        "repair.raised",  # store_id: the store whose equipment it is
        RepairRaised,
        Scope.STORE,
        _apply_raised,
        areas=_AREAS,
        check=_check_raised,
        refs=lambda _r, p: _staff(p),
        revert=_revert_ticket_fact,
        hub_check=_hub_check_raised,
        hub_remember=_remember_raised,
    ),
    Kind(
        "repair.assigned",
        RepairAssigned,
        Scope.HUB,
        _apply_assigned,
        areas=_AREAS,
        revert=_revert_ticket_fact,
    ),
    Kind(
        "repair.moved",  # store_id: the ticket's store (an engineer's device posts for any store)
        RepairMoved,
        Scope.STORE,
        _apply_moved,
        areas=_AREAS,
        check=_check_moved,
        refs=lambda _r, p: _staff(p),
        revert=_revert_ticket_fact,
        hub_check=_hub_check_moved,
        hub_remember=_remember_moved,
    ),
)
register_snapshot(
    SnapshotTable("repair_equipment", RepairEquipment),
    SnapshotTable("repair_schedules", RepairSchedule),
    SnapshotTable("repair_engineers", RepairEngineer),
    SnapshotTable("repair_travel", RepairTravel),
    SnapshotTable("repair_tickets", RepairTicket),
)
