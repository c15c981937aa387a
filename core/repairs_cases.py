"""Repair use cases: what a store, an engineer and a manager do (each takes the caller's Session
first and records facts with ``emit``), and what their screens read."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from core import typhoon
from core.clock import Clock, SystemClock
from core.errors import DomainError
from core.ids import new_id
from core.models import Event, Staff, Store
from core.projection import Changes
from core.repairs import (
    EQUIPMENT_KINDS,
    PRIORITIES,
    SKILL_FOR,
    SKILLS,
    SLA_TARGETS,
    EngineerSet,
    EquipmentSet,
    RepairEquipment,
    RepairMoved,
    RepairRaised,
    RepairSchedule,
    RepairTicket,
    ScheduleSet,
    TravelSet,
    move_refusal,
    preventive_ticket_id,
)
from core.repairs_dispatch import MACAU
from core.repairs_sla import OpeningHours, SlaClock, sla_clock
from core.replica import Till, emit
from core.staff import Role, StaffMember

MANAGERS = (Role.STORE_MANAGER, Role.AREA_MANAGER)


def _now(clock: Clock | None) -> datetime:
    return (clock or SystemClock()).now()


def _manager(staff: StaffMember) -> None:
    if staff.role not in MANAGERS:
        raise DomainError("staff.not_allowed", name=staff.name)


# -- the store -------------------------------------------------------------------------------------


def raise_ticket(
    session: Session,
    till: Till,
    staff: StaffMember | None,
    *,
    description: str,
    priority: str = "p2",
    equipment_id: str = "",
    skill: str = "",
    photos: Sequence[str] = (),
    source: str = "staff",
    diagnostics: str = "",
    store_id: str | None = None,
    clock: Clock | None = None,
) -> tuple[str, Changes]:
    """Raise a ticket for this store's equipment (offline too: the hub dispatches it when it arrives).
    ``staff`` None: raised by the app itself (a failing device) or by a schedule."""
    store = store_id or till.store_id
    if not description.strip():
        raise DomainError("repair.no_description")
    if priority not in PRIORITIES:
        raise DomainError("event.malformed", detail="priority")
    if equipment_id:
        equipment = session.get(RepairEquipment, equipment_id)
        if equipment is None or equipment.store_id != store:
            raise DomainError("repair.unknown_equipment")
        skill = skill or SKILL_FOR.get(equipment.kind, "general")
    payload = RepairRaised(
        new_id(),
        skill or "general",
        priority,
        description.strip()[:200],
        equipment_id,
        photos=list(photos),
        source=source,
        diagnostics=diagnostics[:4000],
        staff_id=staff.staff_id if staff else "",
    )
    _, changes = emit(session, "repair.raised", payload, store_id=store, clock=clock)
    return payload.ticket_id, changes


def move_ticket(
    session: Session,
    till: Till,
    staff: StaffMember,
    ticket_id: str,
    state: str,
    note: str = "",
    parts: str = "",
    clock: Clock | None = None,
) -> Changes:
    """Accept, decline, arrive, resolve (an engineer); verify or reopen (the store)."""
    ticket = session.get(RepairTicket, ticket_id)
    acting = till.store_id or (ticket.store_id if ticket else None)  # an engineer's device: any store
    reason = move_refusal(
        ticket.state if ticket else None,
        ticket.store_id if ticket else "",
        ticket.engineer_id if ticket else "",
        state,
        acting,
        staff.staff_id,
        staff.role,
    )
    if reason is not None:
        raise DomainError(reason)
    assert ticket is not None
    payload = RepairMoved(ticket_id, state, note.strip()[:200], parts.strip()[:200], staff.staff_id)
    _, changes = emit(session, "repair.moved", payload, store_id=ticket.store_id, clock=clock)
    return changes


def set_equipment(
    session: Session,
    till: Till,
    staff: StaffMember,
    kind: str,
    name: str,
    model: str = "",
    serial: str = "",
    installed_on: str = "",
    warranty_until: str = "",
    equipment_id: str | None = None,
    store_id: str | None = None,
    clock: Clock | None = None,
) -> tuple[str, Changes]:
    """Register (or correct) a piece of the store's equipment."""
    _manager(staff)
    if kind not in EQUIPMENT_KINDS:
        raise DomainError("event.malformed", detail="kind")
    payload = EquipmentSet(
        equipment_id or new_id(), kind, name, model, serial, installed_on, warranty_until, staff.staff_id
    )
    _, changes = emit(
        session, "repair.equipment_set", payload, store_id=store_id or till.store_id, clock=clock
    )
    return payload.equipment_id, changes


def set_schedule(
    session: Session,
    till: Till,
    staff: StaffMember,
    equipment_id: str,
    task: str,
    every_days: int,
    next_due: date,
    schedule_id: str | None = None,
    clock: Clock | None = None,
) -> tuple[str, Changes]:
    """A preventive task (e.g. AC filters every 90 days) that raises its own ticket when due."""
    _manager(staff)
    equipment = session.get(RepairEquipment, equipment_id)
    if equipment is None:
        raise DomainError("repair.unknown_equipment")
    payload = ScheduleSet(
        schedule_id or new_id(), equipment_id, task, every_days, next_due.isoformat(), staff.staff_id
    )
    _, changes = emit(session, "repair.schedule_set", payload, store_id=equipment.store_id, clock=clock)
    return payload.schedule_id, changes


def raise_due_preventive(session: Session, till: Till, clock: Clock | None = None) -> list[str]:
    """Tickets for this store's schedules due today or earlier (one per due date, whichever till of the
    store raises it first: the ticket id comes from the schedule and the date)."""
    today = _now(clock).astimezone(MACAU).date().isoformat()
    raised = []
    for schedule in session.scalars(
        select(RepairSchedule).where(
            RepairSchedule.store_id == till.store_id, RepairSchedule.next_due <= today
        )
    ).all():
        ticket_id = preventive_ticket_id(schedule.schedule_id, schedule.next_due)
        if session.get(RepairTicket, ticket_id) is not None:
            continue
        equipment = session.get(RepairEquipment, schedule.equipment_id)
        payload = RepairRaised(
            ticket_id,
            SKILL_FOR.get(equipment.kind, "general") if equipment else "general",
            "p3",
            schedule.task,
            schedule.equipment_id,
            schedule.schedule_id,
            source="preventive",
        )
        emit(session, "repair.raised", payload, store_id=schedule.store_id, clock=clock)
        raised.append(ticket_id)
    return raised


# -- the chain -------------------------------------------------------------------------------------


def set_engineer(
    session: Session,
    till: Till,
    staff: StaffMember,
    engineer_id: str,
    skills: Sequence[str],
    base_store: str,
    load_limit: int = 3,
    hours: tuple[int, int] = (9 * 60, 18 * 60),
    weekdays: str = "0123456",
    phone: str = "",
    clock: Clock | None = None,
) -> Changes:
    """An engineer's skills, base, working hours (minutes after midnight, Macau time) and load limit."""
    if staff.role is not Role.AREA_MANAGER:
        raise DomainError("staff.not_allowed", name=staff.name)
    if any(s not in SKILLS for s in skills):
        raise DomainError("event.malformed", detail="skills")
    if hours[0] >= hours[1]:
        raise DomainError("repair.bad_hours")
    payload = EngineerSet(
        engineer_id, list(skills), base_store, load_limit, hours[0], hours[1], weekdays, phone, staff.staff_id
    )
    _, changes = emit(session, "repair.engineer_set", payload, clock=clock)
    return changes


def set_travel(
    session: Session,
    till: Till,
    staff: StaffMember,
    from_store: str,
    to_store: str,
    minutes: int,
    clock: Clock | None = None,
) -> Changes:
    """A manager's store-to-store travel time, overriding the default between their areas."""
    _manager(staff)
    _, changes = emit(
        session, "repair.travel_set", TravelSet(from_store, to_store, minutes, staff.staff_id), clock=clock
    )
    return changes


# -- what screens read -----------------------------------------------------------------------------


@dataclass(frozen=True)
class TicketView:
    ticket_id: str
    store_id: str
    store_names: tuple[str, str, str]  # zh, en, pt
    store_address: tuple[str, str]  # as Macau writes it: Chinese, Portuguese
    store_phone: str
    equipment: str
    equipment_kind: str
    skill: str
    priority: str
    description: str
    source: str
    diagnostics: str
    state: str
    engineer_id: str
    engineer_names: tuple[str, str, str]  # zh, en, pt ("" each when nobody)
    eta: str
    raised_at: str
    resolution: str
    parts: str
    respond: SlaClock
    on_site: SlaClock
    resolve: SlaClock
    waiting_for_hub: bool  # raised here and not yet at the hub

    @property
    def warning(self) -> int:
        """The worst SLA warning of the ticket: 0, 50, 75 or 100 (breached: escalated)."""
        return max(self.respond.warning, self.on_site.warning, self.resolve.warning)

    @property
    def paused(self) -> bool:
        return self.resolve.paused


def _stamp(text: str) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _views(session: Session, tickets: Sequence[RepairTicket], now: datetime) -> list[TicketView]:
    pauses = typhoon.pauses(session)
    hours = OpeningHours()  # every store's hours alike until stores carry their own
    stores = {s.store_id: s for s in session.scalars(select(Store))}
    staff = {s.staff_id: s for s in session.scalars(select(Staff).where(Staff.role == "engineer"))}
    ids = [t.event_id for t in tickets]
    pending = set(
        session.scalars(select(Event.event_id).where(Event.event_id.in_(ids), Event.status == "pending"))
    )
    equipment = {
        e.equipment_id: e
        for e in session.scalars(
            select(RepairEquipment).where(RepairEquipment.equipment_id.in_({t.equipment_id for t in tickets}))
        )
    }
    out = []
    for t in tickets:
        store = stores.get(t.store_id)
        eng = staff.get(t.engineer_id)
        gear = equipment.get(t.equipment_id)
        raised = datetime.fromisoformat(t.raised_at)
        respond, on_site, resolve = SLA_TARGETS.get(t.priority, SLA_TARGETS["p3"])
        out.append(
            TicketView(
                t.ticket_id,
                t.store_id,
                (store.name_zh, store.name_en, store.name_pt) if store else ("", t.store_id, ""),
                (store.address_zh, store.address_pt) if store else ("", ""),
                store.phone if store else "",
                gear.name if gear else "",
                gear.kind if gear else "",
                t.skill,
                t.priority,
                t.description,
                t.source,
                t.diagnostics,
                t.state,
                t.engineer_id,
                (eng.name_zh, eng.name, eng.name_pt) if eng else ("", t.engineer_id, ""),
                t.eta,
                t.raised_at,
                t.resolution,
                t.parts,
                sla_clock(raised, now, respond, hours, pauses, _stamp(t.accepted_at)),
                sla_clock(raised, now, on_site, hours, pauses, _stamp(t.on_site_at) or _stamp(t.resolved_at)),
                sla_clock(raised, now, resolve, hours, pauses, _stamp(t.resolved_at)),
                t.event_id in pending,
            )
        )
    return out


_ORDER = {"on_site": 0, "accepted": 1, "assigned": 2, "open": 3, "declined": 3, "reopened": 3, "resolved": 4}


def _ordered(views: list[TicketView], *, by_state: bool) -> list[TicketView]:
    """Tickets still to do first, then verified ones, newest first. To do: most urgent first for a
    store; for an engineer, the job in hand first (on site, accepted, offered)."""

    def key(v: TicketView) -> tuple[object, ...]:
        state = _ORDER.get(v.state, 5)
        return (state, v.priority, v.raised_at) if by_state else (v.priority, state, v.raised_at)

    todo = sorted((v for v in views if v.state != "verified"), key=key)
    done = sorted((v for v in views if v.state == "verified"), key=lambda v: v.raised_at, reverse=True)
    return todo + done


def store_tickets(session: Session, store_id: str | None, clock: Clock | None = None) -> list[TicketView]:
    """A store's tickets (every store's for a head-office device), those still to do first."""
    query = select(RepairTicket)
    if store_id is not None:
        query = query.where(RepairTicket.store_id == store_id)
    return _ordered(_views(session, session.scalars(query).all(), _now(clock)), by_state=False)


def engineer_tickets(session: Session, engineer_id: str, clock: Clock | None = None) -> list[TicketView]:
    """An engineer's tickets in the order to work them: on site, accepted, offered; then resolved."""
    tickets = session.scalars(
        select(RepairTicket).where(
            RepairTicket.engineer_id == engineer_id,
            RepairTicket.state.in_(("assigned", "accepted", "on_site", "resolved")),
        )
    ).all()
    return _ordered(_views(session, tickets, _now(clock)), by_state=True)


@dataclass(frozen=True)
class EquipmentView:
    equipment_id: str
    kind: str
    name: str
    model: str
    serial: str
    installed_on: str
    warranty_until: str


def store_equipment(session: Session, store_id: str | None) -> list[EquipmentView]:
    rows = session.scalars(
        select(RepairEquipment).where(RepairEquipment.store_id == store_id).order_by(RepairEquipment.name)
    )
    return [
        EquipmentView(r.equipment_id, r.kind, r.name, r.model, r.serial, r.installed_on, r.warranty_until)
        for r in rows
    ]


@dataclass(frozen=True)
class EngineerRow:
    staff_id: str
    names: tuple[str, str, str]  # zh, en, pt


def engineer_list(session: Session) -> list[EngineerRow]:
    """The chain's active engineers (the engineer's view shows one of them)."""
    rows = session.scalars(
        select(Staff).where(Staff.role == "engineer", Staff.active.is_(True)).order_by(Staff.staff_id)
    )
    return [EngineerRow(r.staff_id, (r.name_zh, r.name, r.name_pt)) for r in rows]


def raise_device_ticket(
    session: Session,
    till: Till,
    staff: StaffMember | None,
    device_kind: str,
    description: str,
    diagnostics: str,
    clock: Clock | None = None,
) -> tuple[str, Changes]:
    """The app's own ticket for a device that keeps failing, on that equipment of the store's register
    if it is there, with its diagnostics."""
    equipment_id = session.scalar(
        select(RepairEquipment.equipment_id)
        .where(RepairEquipment.store_id == till.store_id, RepairEquipment.kind == device_kind)
        .order_by(RepairEquipment.name)
        .limit(1)
    )
    return raise_ticket(
        session,
        till,
        staff,
        description=description,
        priority="p2",
        equipment_id=equipment_id or "",
        skill=SKILL_FOR.get(device_kind, "general"),
        source="device",
        diagnostics=diagnostics,
        clock=clock,
    )


@dataclass(frozen=True)
class RepairNumbers:
    """For the dashboard: over tickets raised (preventive ones aside)."""

    tickets: int
    acknowledge_minutes: float | None  # mean time from raised to accepted
    repair_minutes: float | None  # mean time from raised to resolved
    sla_met_percent: float | None  # resolved tickets whose resolve clock did not breach
    mtbf_days: dict[str, float]  # equipment id -> mean days between its failures (two or more)


def _minutes(start: str, end: str) -> float:
    return (datetime.fromisoformat(end) - datetime.fromisoformat(start)).total_seconds() / 60


def repair_numbers(
    session: Session, store_id: str | None = None, clock: Clock | None = None
) -> RepairNumbers:
    """Time to acknowledge and to repair, SLA met %, MTBF per equipment (a store's, or the chain's)."""
    views = [v for v in store_tickets(session, store_id, clock) if v.source != "preventive"]
    rows = {
        t.ticket_id: t
        for t in session.scalars(
            select(RepairTicket).where(RepairTicket.ticket_id.in_([v.ticket_id for v in views]))
        )
    }
    acked = [_minutes(t.raised_at, t.accepted_at) for t in rows.values() if t.accepted_at]
    fixed = [_minutes(t.raised_at, t.resolved_at) for t in rows.values() if t.resolved_at]
    resolved = [v for v in views if v.resolve.stopped]
    failures: dict[str, list[datetime]] = {}
    for t in rows.values():
        if t.equipment_id:
            failures.setdefault(t.equipment_id, []).append(datetime.fromisoformat(t.raised_at))
    mtbf = {
        equipment: (max(times) - min(times)).total_seconds() / 86400 / (len(times) - 1)
        for equipment, times in failures.items()
        if len(times) >= 2
    }
    return RepairNumbers(
        len(views),
        sum(acked) / len(acked) if acked else None,
        sum(fixed) / len(fixed) if fixed else None,
        100 * sum(v.resolve.warning < 100 for v in resolved) / len(resolved) if resolved else None,
        mtbf,
    )
