"""Holding another store's units for a customer: a hold is a request the hub grants only if
availability covers it, in one serialised transaction (its ``hub_check`` runs there); a replica shows it
as waiting until the hub's answer arrives. Then the holding store sets it aside (confirmed), hands it
over (fulfilled), or either store releases it; past its time the holding store releases it.

Availability = on-hand − active holds (requested or confirmed, not past their time).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import msgspec
from sqlalchemy import BigInteger, ForeignKey, Index, String, func, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from core.clock import Clock, SystemClock, utc_text
from core.errors import DomainError
from core.events import (
    Code,
    EventRecord,
    Id,
    Name,
    Phone,
    Qty,
    ShortNote,
    Sku,
    StaffRef,
    Stamp,
    StoreId,
    decode_json,
    malformed,
)
from core.ids import new_id
from core.models import Base, Event, Product, StockBalance, Store
from core.projection import Batch, Changes
from core.registry import Area, Kind, Refs, Scope, SnapshotTable, named_staff, register, register_snapshot
from core.replica import Till, emit
from core.staff import Permission, StaffMember
from core.transitions import Move, Transitions


class Hold(Base):
    """Units of one store set aside for a customer of (usually) another store.

    requested (granted by the hub) -> confirmed (the owning store set it aside) -> fulfilled, or
    released (cancelled or expired). Requested and confirmed holds count against availability.
    """

    __tablename__ = "holds"
    __table_args__ = (Index("ix_holds_store_sku", "store_id", "sku"),)

    hold_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    event_id: Mapped[str] = mapped_column(ForeignKey("events.event_id"))
    store_id: Mapped[str] = mapped_column(String(32))  # the store whose stock is held
    for_store_id: Mapped[str] = mapped_column(String(32))  # the store whose customer it is for
    sku: Mapped[str] = mapped_column(String(40))
    qty: Mapped[int] = mapped_column(BigInteger)
    customer_name: Mapped[str] = mapped_column(String(120), default="")
    customer_phone: Mapped[str] = mapped_column(String(40), default="")
    until: Mapped[str] = mapped_column(String(40))
    state: Mapped[str] = mapped_column(String(12))
    note: Mapped[str] = mapped_column(String(80), default="")  # how fulfilled / why released
    requested_at: Mapped[str] = mapped_column(String(40))
    updated_at: Mapped[str] = mapped_column(String(40))


# -- facts ----------------------------------------------------------------------------------------


class HoldRequested(msgspec.Struct, frozen=True):
    """A store asks to hold another store's units for its customer. The hub grants it (logs it) only
    if that store's availability covers it, else refuses it with ``hold.unavailable``."""

    hold_id: Id
    store_id: StoreId  # whose stock
    sku: Sku
    qty: Qty
    until: Stamp  # ISO time with zone
    customer_name: Name = ""
    customer_phone: Phone = ""
    staff_id: StaffRef = ""


class HoldUpdated(msgspec.Struct, frozen=True):
    """confirmed (set aside, by the holding store), fulfilled (picked up / transferred, by the holding
    store) or released (cancelled by either store, or expired)."""

    hold_id: Id
    state: Code
    note: ShortNote = ""
    staff_id: StaffRef = ""


# Which store may move a hold to each state, and from which states (the first valid update wins):
# ``owner`` is the store whose stock is held, ``either`` also the store whose customer it is for.
HOLD_TRANSITIONS = Transitions(
    "hold",
    "requested",
    (
        Move("confirmed", ("requested",), "owner"),
        Move("fulfilled", ("requested", "confirmed"), "owner"),
        Move("released", ("requested", "confirmed"), "either"),
    ),
)
HOLD_STATES = HOLD_TRANSITIONS.states
ACTIVE_HOLD_STATES = ("requested", "confirmed")


@dataclass(frozen=True)
class HoldRow:
    """A hold as the hub's rules see it (from the database, or made earlier in the commit group)."""

    hold_id: str
    store_id: str
    for_store_id: str
    sku: str
    qty: int
    state: str
    in_group: bool = False  # requested in this commit group: not in the database yet

    @property
    def parties(self) -> dict[str, tuple[str, ...]]:
        return {"owner": (self.store_id,), "either": (self.store_id, self.for_store_id)}


def _row(hold: Hold) -> HoldRow:
    return HoldRow(hold.hold_id, hold.store_id, hold.for_store_id, hold.sku, hold.qty, hold.state)


def update_refusal(
    hold: HoldRow | None, state: str, acting_store: str | None, member: StaffMember | None = None
) -> str | None:
    """Why this store may not move the hold to ``state`` now (a code), or None."""
    return HOLD_TRANSITIONS.refusal(
        hold.state if hold else None,
        state,
        acting_store,
        hold.parties if hold else {},
        (lambda p: member.can(Permission(p))) if member is not None else None,
    )


def _now(clock: Clock | None) -> datetime:
    return (clock or SystemClock()).now()


def held(session: Session, store_id: str, sku: str, now: datetime) -> int:
    """Units of ``sku`` at ``store_id`` held for customers and not yet past their time."""
    value = session.scalar(
        select(func.coalesce(func.sum(Hold.qty), 0)).where(
            Hold.store_id == store_id,
            Hold.sku == sku,
            Hold.state.in_(ACTIVE_HOLD_STATES),
            Hold.until > utc_text(now),
        )
    )
    return int(value or 0)


def available(session: Session, store_id: str, sku: str, now: datetime) -> int:
    on_hand = session.scalar(
        select(StockBalance.on_hand).where(StockBalance.store_id == store_id, StockBalance.sku == sku)
    )
    return int(on_hand or 0) - held(session, store_id, sku, now)


def hold_refusal(
    session: Session, payload: HoldRequested, requesting_store: str | None, now: datetime
) -> str | None:
    """Why the hub must refuse this hold (a code), or None to grant it. Read in the writer's transaction."""
    if session.get(Hold, payload.hold_id) is not None:
        return "hold.duplicate"
    if session.get(Store, payload.store_id) is None:
        return "stock.unknown_store"
    if session.get(Product, payload.sku) is None:
        return "catalogue.unknown_sku"
    try:
        until = utc_text(payload.until)
    except ValueError:
        return "event.malformed"
    if until <= utc_text(now):
        return "hold.bad_time"
    if available(session, payload.store_id, payload.sku, now) < payload.qty:
        return "hold.unavailable"
    return None


# -- use cases ------------------------------------------------------------------------------------


def request_hold(
    session: Session,
    till: Till,
    staff: StaffMember,
    store_id: str,
    sku: str,
    qty: int,
    until: datetime,
    customer_name: str,
    customer_phone: str,
    clock: Clock | None = None,
) -> tuple[str, Changes]:
    """Ask the hub to hold ``qty`` of another store's ``sku`` for this store's customer until ``until``.
    Recorded at once; the hub grants it or refuses it (``hold.unavailable``) when it arrives."""
    if not staff.can(Permission.HOLD):
        raise DomainError("staff.not_allowed", name=staff.name)
    if qty <= 0:
        raise DomainError("sale.bad_quantity", sku=sku, qty=qty)
    if until <= _now(clock):
        raise DomainError("hold.bad_time")
    if not customer_name.strip() and not customer_phone.strip():
        raise DomainError("hold.no_customer")
    if available(session, store_id, sku, _now(clock)) < qty:
        raise DomainError("hold.unavailable")  # as far as this replica knows; the hub decides
    payload = HoldRequested(
        hold_id=new_id(),
        store_id=store_id,
        sku=sku,
        qty=qty,
        until=utc_text(until),
        customer_name=customer_name.strip(),
        customer_phone=customer_phone.strip(),
        staff_id=staff.staff_id,
    )
    _, changes = emit(session, "hold.requested", payload, store_id=till.store_id, clock=clock)
    return payload.hold_id, changes


def update_hold(
    session: Session,
    till: Till,
    staff: StaffMember,
    hold_id: str,
    state: str,
    note: str = "",
    clock: Clock | None = None,
) -> Changes:
    """Set aside (``confirmed``), picked up/transferred (``fulfilled``) or ``released``."""
    hold = session.get(Hold, hold_id)
    reason = update_refusal(_row(hold) if hold else None, state, till.store_id, staff)
    if reason is not None:
        raise DomainError(reason)
    _, changes = emit(
        session,
        "hold.updated",
        HoldUpdated(hold_id, state, note, staff.staff_id),
        store_id=till.store_id,
        clock=clock,
    )
    return changes


@dataclass(frozen=True)
class HoldView:
    hold_id: str
    store_id: str
    for_store_id: str
    sku: str
    qty: int
    customer_name: str
    customer_phone: str
    until: str
    state: str
    waiting_for_hub: bool  # made here, the hub has not answered yet (a refused one is undone)


def holds_for(session: Session, store_id: str | None, *, clock: Clock | None = None) -> list[HoldView]:
    """Holds this store must set aside or has asked for, active ones first, newest first."""
    rows = session.execute(
        select(Hold, Event.status)
        .join(Event, Event.event_id == Hold.event_id)
        .where((Hold.store_id == store_id) | (Hold.for_store_id == store_id))
        .order_by(Hold.state.in_(ACTIVE_HOLD_STATES).desc(), Hold.requested_at.desc())
    ).all()
    return [
        HoldView(
            h.hold_id,
            h.store_id,
            h.for_store_id,
            h.sku,
            h.qty,
            h.customer_name,
            h.customer_phone,
            h.until,
            h.state,
            status == "pending",
        )
        for h, status in rows
    ]


def expired_holds(session: Session, store_id: str | None, clock: Clock | None = None) -> list[str]:
    """Active holds on this store's stock that are past their time: the store releases them."""
    now = utc_text(_now(clock))
    return list(
        session.scalars(
            select(Hold.hold_id).where(
                Hold.store_id == store_id, Hold.state.in_(ACTIVE_HOLD_STATES), Hold.until <= now
            )
        )
    )


# -- the kinds ------------------------------------------------------------------------------------


def _until(value: str) -> str:
    try:
        return utc_text(value)
    except ValueError:
        return value  # the hub refuses such a hold; a replica keeps what it was given


def _apply_requested(session: Session, record: EventRecord, payload: HoldRequested, batch: Batch) -> None:
    at = record.occurred_at
    session.add(
        Hold(
            hold_id=payload.hold_id,
            event_id=record.event_id,
            store_id=payload.store_id,
            for_store_id=record.store_id or "",
            sku=payload.sku,
            qty=payload.qty,
            customer_name=payload.customer_name,
            customer_phone=payload.customer_phone,
            until=_until(payload.until),
            state=HOLD_TRANSITIONS.initial,
            requested_at=at,
            updated_at=at,
        )
    )
    batch.changes.stock.add((payload.store_id, payload.sku))  # its availability changed


def _apply_updated(session: Session, record: EventRecord, payload: HoldUpdated, batch: Batch) -> None:
    hold = session.get(Hold, payload.hold_id)
    if hold is not None:  # transitions were checked by the hub: a replica applies them in log order
        hold.state, hold.note, hold.updated_at = payload.state, payload.note, record.occurred_at
        batch.changes.stock.add((hold.store_id, hold.sku))


def _revert_requested(session: Session, event: Event, changes: Changes) -> None:
    hold = session.scalar(select(Hold).where(Hold.event_id == event.event_id))
    if hold is not None:
        changes.stock.add((hold.store_id, hold.sku))
        session.delete(hold)


def _revert_updated(session: Session, event: Event, changes: Changes) -> None:
    hold_id = decode_json(event.payload).get("hold_id", "")
    hold = session.get(Hold, hold_id)
    if hold is not None:
        hold.state = _state_before(session, event.event_id, hold_id)
        changes.stock.add((hold.store_id, hold.sku))


def _state_before(session: Session, event_id: str, hold_id: str) -> str:
    """A hold's state from its other accepted updates (the refused one left out)."""
    state = HOLD_TRANSITIONS.initial
    rows = session.scalars(
        select(Event)
        .where(
            Event.kind == "hold.updated",
            Event.event_id != event_id,
            Event.status != "rejected",
            Event.payload.contains(hold_id, autoescape=True),
        )
        .order_by(Event.hub_offset.is_(None), Event.hub_offset, Event.seq)
    )
    for row in rows:
        data = msgspec.json.decode(row.payload)
        if data.get("hold_id") == hold_id:
            state = data.get("state", state)
    return state


def _check_updated(record: EventRecord, p: HoldUpdated) -> None:
    if p.state not in HOLD_TRANSITIONS.targets:
        raise malformed(record, "state")


# The hub: in its writer transaction, the group's earlier facts included (``hub.state``).


def _group_hold(hub: Any, hold_id: str) -> HoldRow | None:
    group: dict[str, HoldRow] = hub.state.bag("holds", dict)
    if hold_id in group:
        return group[hold_id]
    hold = hub.session.get(Hold, hold_id)
    return _row(hold) if hold is not None else None


def _hub_check_requested(hub: Any, record: EventRecord, payload: HoldRequested) -> str | None:
    group: dict[str, HoldRow] = hub.state.bag("holds", dict)
    if payload.hold_id in group:
        return "hold.duplicate"
    reason = hold_refusal(hub.session, payload, record.store_id, hub.now)
    if reason not in (None, "hold.unavailable"):
        return reason
    key = (payload.store_id, payload.sku)
    held_in_group = sum(
        h.qty
        for h in group.values()
        if h.in_group and (h.store_id, h.sku) == key and h.state in ACTIVE_HOLD_STATES
    )
    free = available(hub.session, *key, hub.now) + hub.state.delta[key] - held_in_group
    return None if free >= payload.qty else "hold.unavailable"


def _hub_check_updated(hub: Any, record: EventRecord, payload: HoldUpdated) -> str | None:
    return update_refusal(_group_hold(hub, payload.hold_id), payload.state, record.store_id)


def _remember_requested(hub: Any, record: EventRecord, payload: HoldRequested) -> None:
    hub.state.bag("holds", dict)[payload.hold_id] = HoldRow(
        payload.hold_id, payload.store_id, record.store_id or "", payload.sku, payload.qty, "requested", True
    )


def _remember_updated(hub: Any, _record: EventRecord, payload: HoldUpdated) -> None:
    hold = _group_hold(hub, payload.hold_id)
    if hold is not None:
        hub.state.bag("holds", dict)[payload.hold_id] = HoldRow(
            hold.hold_id, hold.store_id, hold.for_store_id, hold.sku, hold.qty, payload.state, hold.in_group
        )


register(
    Kind(
        "hold.requested",  # store_id: the store asking, for its customer
        HoldRequested,
        Scope.STORE,
        _apply_requested,
        areas=frozenset({Area.HOLDS}),
        refs=lambda _r, p: Refs((p.sku,), (p.store_id,), named_staff(p.staff_id)),
        permission=Permission.HOLD,
        revert=_revert_requested,
        hub_check=_hub_check_requested,
        hub_remember=_remember_requested,
    ),
    Kind(
        "hold.updated",  # store_id: the store acting (the transition says which of the two may)
        HoldUpdated,
        Scope.STORE,
        _apply_updated,
        areas=frozenset({Area.HOLDS}),
        check=_check_updated,
        refs=lambda _r, p: Refs(staff=named_staff(p.staff_id)),
        revert=_revert_updated,
        hub_check=_hub_check_updated,
        hub_remember=_remember_updated,
    ),
)
register_snapshot(SnapshotTable("holds", Hold))
