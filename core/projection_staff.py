"""Projecting staff management facts (``core/staff_admin.py``): the member's row in ``staff`` and an
entry in the audit trail. ``core.projection.apply_batch`` and ``revert_event`` call in here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import msgspec
from sqlalchemy import select
from sqlalchemy.orm import Session

from core.events import EventRecord, decode_json, encode_json
from core.models import AuditEntry, Event, Staff
from core.staff import STAFF_ADMIN_PAYLOADS, StaffActiveSet, StaffAdded, StaffChanged, StaffPinSet

if TYPE_CHECKING:
    from core.projection import Changes

STAFF_ADMIN_KINDS = frozenset(STAFF_ADMIN_PAYLOADS)

_FIELDS = ("name", "name_zh", "name_pt", "role", "store_id", "discount_limit", "active")


def apply_staff_admin(
    session: Session, record: EventRecord, payload: msgspec.Struct, changes: Changes
) -> None:
    """Project one staff fact: the member's row, and an audit entry saying what changed (old and new
    values, so the till that made a refused change can put them back). Never the PIN hash."""
    assert isinstance(payload, StaffAdded | StaffChanged | StaffPinSet | StaffActiveSet)
    detail: dict[str, Any] = {"staff": payload.staff_id}
    row = session.get(Staff, detail["staff"])
    if isinstance(payload, StaffAdded):
        if row is None:
            row = Staff(staff_id=payload.staff_id, store_id=payload.store_id, pin_hash=payload.pin_hash)
            session.add(row)
        row.store_id, row.pin_hash = payload.store_id, payload.pin_hash
        new = {
            "name": payload.name,
            "name_zh": payload.name_zh,
            "name_pt": payload.name_pt,
            "role": payload.role,
            "discount_limit": payload.discount_limit,
            "active": True,
        }
        for key, value in new.items():
            setattr(row, key, value)
        detail.update({k: v for k, v in new.items() if k != "active" and v not in ("", None)})
        detail["store"] = payload.store_id or ""
    elif isinstance(payload, StaffChanged | StaffActiveSet) and row is not None:
        new = (
            {"active": payload.active}
            if isinstance(payload, StaffActiveSet)
            else {
                "name": payload.name,
                "name_zh": payload.name_zh,
                "name_pt": payload.name_pt,
                "role": payload.role,
                "store_id": payload.store_id,
                "discount_limit": payload.discount_limit,
            }
        )
        for key, value in new.items():
            old = getattr(row, key)
            if old != value:
                detail[key] = [old, value]  # [before, after]
                setattr(row, key, value)
    elif isinstance(payload, StaffPinSet) and row is not None:
        row.pin_hash = payload.pin_hash
    session.add(
        AuditEntry(
            event_id=record.event_id,
            store_id=record.store_id or "",
            action=record.kind,
            staff_id=payload.by,
            approved_by="",
            detail=encode_json(detail),
            occurred_at=record.occurred_at,
        )
    )
    changes.areas.update(("staff", "audit"))


def revert_staff_admin(session: Session, event: Event, changes: Changes) -> None:
    """Undo a staff fact the hub refused, on the till that made it: the old values from its audit
    entry, the PIN from the fact that set it before."""
    entry = session.get(AuditEntry, event.event_id)
    data = decode_json(event.payload)
    row = session.get(Staff, data.get("staff_id", ""))
    if row is not None and event.kind == "staff.added":
        session.delete(row)
    elif row is not None and entry is not None:
        for key, value in decode_json(entry.detail).items():
            if key in _FIELDS and isinstance(value, list):
                setattr(row, key, value[0])
    if row is not None and event.kind == "staff.pin_set":
        earlier = session.scalars(
            select(Event)
            .where(
                Event.kind.in_(("staff.pin_set", "staff.added", "staff.upserted")),
                Event.event_id != event.event_id,
                Event.status != "rejected",
                Event.payload.contains(row.staff_id, autoescape=True),
            )
            .order_by(Event.hub_offset.is_(None), Event.hub_offset, Event.seq)
        ).all()
        for e in earlier:
            old = decode_json(e.payload)
            if old.get("staff_id") == row.staff_id and old.get("pin_hash"):
                row.pin_hash = old["pin_hash"]
    if entry is not None:
        session.delete(entry)
    changes.areas.update(("staff", "audit"))
