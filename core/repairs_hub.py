"""The hub's dispatch of repair tickets: after each commit group, in the writer's transaction, every
ticket waiting for an engineer (new, declined, reopened, or offered and not answered in time) is
offered to the next candidate (core/repairs_dispatch.py) with a ``repair.assigned`` fact of the hub's
own. A ticket nobody can take now stays open and is tried again with the next group.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any
from weakref import WeakKeyDictionary

import msgspec
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from core.clock import utc_text
from core.models import Staff, Store
from core.registry import register_hub_facts
from core.repairs import (
    BUSY_STATES,
    OFFER_TIMEOUT_MINUTES,
    WAITING_STATES,
    RepairAssigned,
    RepairEngineer,
    RepairTicket,
    RepairTravel,
)
from core.repairs_dispatch import MACAU, Engineer, TravelTable, area_of, next_engineer


def travel_table(session: Session) -> TravelTable:
    """The stores' areas and the manager's store-to-store entries."""
    areas = {
        store_id: area_of(lat, lon)
        for store_id, lat, lon in session.execute(select(Store.store_id, Store.latitude, Store.longitude))
    }
    entries = {
        (a, b): minutes
        for a, b, minutes in session.execute(
            select(RepairTravel.from_store, RepairTravel.to_store, RepairTravel.minutes)
        )
    }
    return TravelTable(areas, entries)


def engineers_now(session: Session, now: datetime) -> list[Engineer]:
    """Active engineers with their load and where their last job today was."""
    load = dict(
        session.execute(
            select(RepairTicket.engineer_id, func.count())
            .where(RepairTicket.state.in_(BUSY_STATES))
            .group_by(RepairTicket.engineer_id)
        ).all()
    )
    local = now.astimezone(MACAU)
    midnight = utc_text(local.replace(hour=0, minute=0, second=0, microsecond=0))
    last: dict[str, str] = {}
    for engineer_id, store_id in session.execute(  # today's jobs only: yesterday's van went home
        select(RepairTicket.engineer_id, RepairTicket.store_id)
        .where(
            RepairTicket.engineer_id != "",
            RepairTicket.accepted_at != "",
            RepairTicket.updated_at >= midnight,
        )
        .order_by(RepairTicket.updated_at.desc())
    ):
        last.setdefault(engineer_id, store_id)
    rows = session.scalars(
        select(RepairEngineer)
        .join(Staff, Staff.staff_id == RepairEngineer.staff_id)
        .where(Staff.active.is_(True), Staff.role == "engineer")
    )
    return [
        Engineer(
            r.staff_id,
            frozenset(r.skills.split()),
            r.base_store,
            r.load_limit,
            int(load.get(r.staff_id, 0)),
            last.get(r.staff_id, ""),
            r.start_minute,
            r.end_minute,
            frozenset(int(d) for d in r.weekdays),
        )
        for r in rows
    ]


def dispatch(session: Session, now: datetime) -> list[tuple[str, str | None, msgspec.Struct]]:
    """``repair.assigned`` facts for every ticket waiting for an engineer now."""
    cutoff = utc_text(now - timedelta(minutes=OFFER_TIMEOUT_MINUTES))
    waiting = session.scalars(
        select(RepairTicket)
        .where(
            or_(
                RepairTicket.state.in_(WAITING_STATES),
                (RepairTicket.state == "assigned") & (RepairTicket.offered_at <= cutoff),
            )
        )
        .order_by(RepairTicket.priority, RepairTicket.raised_at)
    ).all()
    if not waiting:
        return []
    engineers = {e.staff_id: e for e in engineers_now(session, now)}
    travel = travel_table(session)
    out: list[tuple[str, str | None, msgspec.Struct]] = []
    for ticket in waiting:
        timed_out = ticket.engineer_id if ticket.state == "assigned" else ""
        exclude = {*ticket.passed_over.split(), timed_out}
        chosen = next_engineer(engineers.values(), ticket.skill, ticket.store_id, travel, now, exclude)
        if chosen is None:
            if timed_out:  # nobody else free: back to open, the silent engineer passed over
                out.append(
                    ("repair.assigned", ticket.store_id, RepairAssigned(ticket.ticket_id, "", "", timed_out))
                )
            continue
        eta = utc_text(now + timedelta(minutes=chosen.travel_minutes))
        out.append(
            (
                "repair.assigned",
                ticket.store_id,
                RepairAssigned(ticket.ticket_id, chosen.staff_id, eta, timed_out),
            )
        )
        engineer = engineers[chosen.staff_id]  # one more ticket on their list for the next in line
        engineers[chosen.staff_id] = replace(engineer, load=engineer.load + 1)
    return out


# Dispatch runs after a group with repair facts, and otherwise once a minute at most (offers time out,
# engineers come on duty): a group of sales costs it nothing.
SWEEP_SECONDS = 60
# When the next sweep is due, per hub (keyed by the hub store's long-lived name cache: a process may run
# several hubs, as the tests do).
_next_sweep: WeakKeyDictionary[Any, datetime] = WeakKeyDictionary()


def _hub_facts(hub: Any) -> list[tuple[str, str | None, msgspec.Struct]]:
    key = hub.known
    due = _next_sweep.get(key)
    touched = any(kind.startswith("repair.") for kind in hub.state.kinds)
    if not touched and due is not None and hub.now < due:
        return []
    _next_sweep[key] = hub.now + timedelta(seconds=SWEEP_SECONDS)
    return dispatch(hub.session, hub.now)


register_hub_facts(_hub_facts)
