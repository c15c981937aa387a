"""The waitlist: a customer to call when an item sold out everywhere arrives at this store."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import msgspec
from sqlalchemy import ForeignKey, Index, String, delete, func, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from core.clock import Clock
from core.errors import DomainError
from core.events import Code, EventRecord, Id, Name, Phone, Sku, StaffRef, decode_json, malformed
from core.ids import new_id
from core.models import Base, Event, StockBalance
from core.projection import Batch, Changes
from core.registry import Area, Kind, Refs, Scope, SnapshotTable, named_staff, register, register_snapshot
from core.replica import Till, emit
from core.staff import StaffMember


class WaitlistEntry(Base):
    """A customer to call when an item sold out everywhere arrives at this store."""

    __tablename__ = "waitlist"
    __table_args__ = (Index("ix_waitlist_store_sku", "store_id", "sku"),)

    entry_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    event_id: Mapped[str] = mapped_column(ForeignKey("events.event_id"))
    store_id: Mapped[str] = mapped_column(String(32))
    sku: Mapped[str] = mapped_column(String(40))
    customer_name: Mapped[str] = mapped_column(String(120), default="")
    customer_phone: Mapped[str] = mapped_column(String(40))
    state: Mapped[str] = mapped_column(String(12))  # waiting | called | closed
    created_at: Mapped[str] = mapped_column(String(40))


WAITLIST_STATES = ("waiting", "called", "closed")


class WaitlistAdded(msgspec.Struct, frozen=True):
    entry_id: Id
    sku: Sku
    customer_phone: Phone
    customer_name: Name = ""
    staff_id: StaffRef = ""


class WaitlistUpdated(msgspec.Struct, frozen=True):
    entry_id: Id
    state: Code  # called | closed
    staff_id: StaffRef = ""


def add_to_waitlist(
    session: Session,
    till: Till,
    staff: StaffMember,
    sku: str,
    phone: str,
    name: str = "",
    clock: Clock | None = None,
) -> tuple[str, Changes]:
    digits = "".join(ch for ch in phone if ch.isdigit() or ch == "+")
    if len(digits.lstrip("+")) < 6:
        raise DomainError("waitlist.bad_phone")
    payload = WaitlistAdded(new_id(), sku, digits, name.strip(), staff.staff_id)
    _, changes = emit(session, "waitlist.added", payload, store_id=till.store_id, clock=clock)
    return payload.entry_id, changes


@dataclass(frozen=True)
class CallListEntry:
    entry_id: str
    sku: str
    customer_name: str
    customer_phone: str
    waiting_since: str
    on_hand: int


def call_list(session: Session, store_id: str | None) -> list[CallListEntry]:
    """Customers waiting for an item that is now in stock at this store (after a receipt or transfer in)."""
    rows = session.execute(
        select(WaitlistEntry, StockBalance.on_hand)
        .join(
            StockBalance,
            (StockBalance.store_id == WaitlistEntry.store_id) & (StockBalance.sku == WaitlistEntry.sku),
        )
        .where(WaitlistEntry.store_id == store_id, WaitlistEntry.state == "waiting", StockBalance.on_hand > 0)
        .order_by(WaitlistEntry.created_at)
    ).all()
    return [
        CallListEntry(e.entry_id, e.sku, e.customer_name, e.customer_phone, e.created_at, int(qty))
        for e, qty in rows
    ]


def waitlist_count(session: Session, store_id: str | None, sku: str) -> int:
    return int(
        session.scalar(
            select(func.count()).where(
                WaitlistEntry.store_id == store_id, WaitlistEntry.sku == sku, WaitlistEntry.state == "waiting"
            )
        )
        or 0
    )


def mark_called(
    session: Session, till: Till, staff: StaffMember, entry_id: str, clock: Clock | None = None
) -> Changes:
    _, changes = emit(
        session,
        "waitlist.updated",
        WaitlistUpdated(entry_id, "called", staff.staff_id),
        store_id=till.store_id,
        clock=clock,
    )
    return changes


# -- the kinds ------------------------------------------------------------------------------------


def _apply_added(session: Session, record: EventRecord, payload: WaitlistAdded, _batch: Batch) -> None:
    session.add(
        WaitlistEntry(
            entry_id=payload.entry_id,
            event_id=record.event_id,
            store_id=record.store_id or "",
            sku=payload.sku,
            customer_name=payload.customer_name,
            customer_phone=payload.customer_phone,
            state="waiting",
            created_at=record.occurred_at,
        )
    )


def _revert_added(session: Session, event: Event, _changes: Any) -> None:
    session.execute(delete(WaitlistEntry).where(WaitlistEntry.event_id == event.event_id))


def _check_updated(record: EventRecord, p: WaitlistUpdated) -> None:
    if p.state not in WAITLIST_STATES[1:]:
        raise malformed(record, "state")


def _apply_updated(session: Session, _record: EventRecord, payload: WaitlistUpdated, _batch: Batch) -> None:
    entry = session.get(WaitlistEntry, payload.entry_id)
    if entry is not None:
        entry.state = payload.state


def _revert_updated(session: Session, event: Event, _changes: Any) -> None:
    entry = session.get(WaitlistEntry, decode_json(event.payload).get("entry_id", ""))
    if entry is not None:
        entry.state = "waiting"


register(
    Kind(
        "waitlist.added",
        WaitlistAdded,
        Scope.STORE,
        _apply_added,
        areas=frozenset({Area.WAITLIST}),
        refs=lambda _r, p: Refs((p.sku,), staff=named_staff(p.staff_id)),
        revert=_revert_added,
    ),
    Kind(
        "waitlist.updated",
        WaitlistUpdated,
        Scope.STORE,
        _apply_updated,
        areas=frozenset({Area.WAITLIST}),
        check=_check_updated,
        refs=lambda _r, p: Refs(staff=named_staff(p.staff_id)),
        revert=_revert_updated,
    ),
)
register_snapshot(SnapshotTable("waitlist", WaitlistEntry))
