"""Typhoon signals: the area manager records the signal the Macau weather bureau hoists
(``typhoon.signal_set``). While Signal 8 or higher is up, stores close and repair SLA clocks pause.

Other features (shifts) read ``current_signal`` and ``signal_pauses``; the fact is kept minimal: the
signal number, when it was hoisted, and who recorded it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, Any

import msgspec
from msgspec import Meta
from sqlalchemy import ForeignKey, Integer, String, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from core.clock import Clock, SystemClock, utc_text
from core.errors import DomainError
from core.events import EventRecord, Id, StaffRef, Stamp
from core.ids import new_id
from core.models import Base, Staff
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
from core.staff import Role, StaffMember

SEVERE = 8  # from Signal 8 stores close and SLA clocks pause
SIGNALS = (0, 1, 3, 8, 9, 10)  # 0: all signals lowered

Signal = Annotated[int, Meta(ge=0, le=10)]


class TyphoonSignal(Base):
    """A signal hoisted (or all lowered: 0) at ``set_at``; the latest one is the one up."""

    __tablename__ = "typhoon_signals"

    signal_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    event_id: Mapped[str] = mapped_column(ForeignKey("events.event_id"))
    level: Mapped[int] = mapped_column(Integer)
    set_at: Mapped[str] = mapped_column(String(40), index=True)
    staff_id: Mapped[str] = mapped_column(String(40), default="")


class TyphoonSignalSet(msgspec.Struct, frozen=True):
    """The signal now up in Macau (0: all lowered), hoisted at ``at``."""

    signal_id: Id
    level: Signal
    at: Stamp
    staff_id: StaffRef = ""


def signal_pauses(signals: Sequence[tuple[datetime, int]]) -> list[tuple[datetime, datetime | None]]:
    """Spans while Signal 8 or higher was up, from (hoisted at, level) in any order; the last span
    is open (None) while it is still up."""
    out: list[tuple[datetime, datetime | None]] = []
    start: datetime | None = None
    for at, level in sorted(signals):
        if level >= SEVERE and start is None:
            start = at
        elif level < SEVERE and start is not None:
            out.append((start, at))
            start = None
    if start is not None:
        out.append((start, None))
    return out


def signals(session: Session) -> list[tuple[datetime, int]]:
    return [
        (datetime.fromisoformat(at), level)
        for at, level in session.execute(select(TyphoonSignal.set_at, TyphoonSignal.level))
    ]


def pauses(session: Session) -> list[tuple[datetime, datetime | None]]:
    """When SLA clocks were paused by typhoons, as this replica knows."""
    return signal_pauses(signals(session))


@dataclass(frozen=True)
class SignalNow:
    level: int
    since: str  # UTC text; "" when no signal was ever recorded


def current_signal(session: Session) -> SignalNow:
    row = session.execute(
        select(TyphoonSignal.level, TyphoonSignal.set_at).order_by(TyphoonSignal.set_at.desc()).limit(1)
    ).first()
    return SignalNow(row[0], row[1]) if row else SignalNow(0, "")


def set_signal(
    session: Session, till: Till, staff: StaffMember, level: int, clock: Clock | None = None
) -> Changes:
    """The area manager records the signal now up (0: all lowered)."""
    if staff.role is not Role.AREA_MANAGER:
        raise DomainError("staff.not_allowed", name=staff.name)
    if level not in SIGNALS:
        raise DomainError("typhoon.bad_signal", level=level)
    at = utc_text((clock or SystemClock()).now())
    payload = TyphoonSignalSet(new_id(), level, at, staff.staff_id)
    _, changes = emit(session, "typhoon.signal_set", payload, store_id=till.store_id, clock=clock)
    return changes


def _apply(session: Session, record: EventRecord, payload: TyphoonSignalSet, batch: Batch) -> None:
    try:
        at = utc_text(payload.at)
    except ValueError:
        at = record.occurred_at
    session.add(
        TyphoonSignal(
            signal_id=payload.signal_id,
            event_id=record.event_id,
            level=payload.level,
            set_at=at,
            staff_id=payload.staff_id,
        )
    )


def _revert(session: Session, event: Any, changes: Changes) -> None:
    row = session.scalar(select(TyphoonSignal).where(TyphoonSignal.event_id == event.event_id))
    if row is not None:
        session.delete(row)


def _check(record: EventRecord, payload: TyphoonSignalSet) -> None:
    if payload.level not in SIGNALS:
        raise DomainError("typhoon.bad_signal", level=payload.level)


def _hub_check(hub: Any, record: EventRecord, payload: TyphoonSignalSet) -> str | None:
    """Only an area manager raises or lowers a signal."""
    if not payload.staff_id:
        return "staff.not_allowed"
    role = hub.state.new_roles.get(payload.staff_id) or hub.session.scalar(
        select(Staff.role).where(Staff.staff_id == payload.staff_id)
    )
    return None if role == Role.AREA_MANAGER else "staff.not_allowed"


register(
    Kind(
        "typhoon.signal_set",
        TyphoonSignalSet,
        Scope.CHAIN,  # from the area manager's device, for the whole chain
        _apply,
        areas=frozenset({Area.REPAIRS}),
        check=_check,
        refs=lambda _r, p: Refs(staff=named_staff(p.staff_id)),
        revert=_revert,
        hub_check=_hub_check,
    )
)
register_snapshot(SnapshotTable("typhoon_signals", TyphoonSignal))
register_errors("typhoon.bad_signal")
