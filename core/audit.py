"""The audit trail: every void, discount override and refund (``audit.logged``), and every staff
change (core/staff_admin.py writes its entries here too): who did it, who approved it, when."""

from __future__ import annotations

from typing import Annotated, Any

import msgspec
from msgspec import Meta
from sqlalchemy import ForeignKey, String, Text, delete
from sqlalchemy.orm import Mapped, Session, mapped_column

from core.events import MAX_AVOS, EventRecord, StaffRef, encode_json
from core.models import Base, Event
from core.registry import Area, Kind, Refs, Scope, SnapshotTable, named_staff, register, register_snapshot


class AuditEntry(Base):
    __tablename__ = "audit_log"

    event_id: Mapped[str] = mapped_column(ForeignKey("events.event_id"), primary_key=True)
    store_id: Mapped[str] = mapped_column(String(32), index=True)
    action: Mapped[str] = mapped_column(String(30))
    staff_id: Mapped[str] = mapped_column(String(40))
    approved_by: Mapped[str] = mapped_column(String(40), default="")
    detail: Mapped[str] = mapped_column(Text, default="{}")
    occurred_at: Mapped[str] = mapped_column(String(40))


class AuditLogged(msgspec.Struct, frozen=True):
    """A void, a discount above the cashier's limit, a refund: who, approved by whom."""

    action: Annotated[str, Meta(max_length=30)]  # void_line | void_basket | discount_override | refund
    staff_id: StaffRef
    approved_by: StaffRef = ""
    detail: Annotated[
        dict[
            Annotated[str, Meta(max_length=40)],
            Annotated[str, Meta(max_length=200)] | Annotated[int, Meta(ge=-MAX_AVOS, le=MAX_AVOS)],
        ],
        Meta(max_length=20),
    ] = {}


def _apply(session: Session, record: EventRecord, payload: AuditLogged, _batch: Any) -> None:
    session.add(
        AuditEntry(
            event_id=record.event_id,
            store_id=record.store_id or "",
            action=payload.action,
            staff_id=payload.staff_id,
            approved_by=payload.approved_by,
            detail=encode_json(payload.detail),
            occurred_at=record.occurred_at,
        )
    )


def _revert(session: Session, event: Event, _changes: Any) -> None:
    session.execute(delete(AuditEntry).where(AuditEntry.event_id == event.event_id))


register(
    Kind(
        "audit.logged",
        AuditLogged,
        Scope.STORE,
        _apply,
        areas=frozenset({Area.AUDIT}),
        refs=lambda _r, p: Refs(staff=named_staff(p.staff_id, p.approved_by)),
        revert=_revert,
    )
)
register_snapshot(SnapshotTable("audit", AuditEntry, mode="local"))
