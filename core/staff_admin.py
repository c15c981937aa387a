"""Staff management (Settings → Staff): who may grant what, the use cases a manager's screen calls,
and the hub's check of each fact (their projection: ``core/projection_staff.py``).

The facts themselves (``staff.added``, ``staff.changed``, ``staff.pin_set``, ``staff.active_set``) are
declared in ``core/staff.py``. A manager signs in at a till and changes staff there, online or not;
the change applies at once on that till and reaches every other till through the hub, which checks
again, against its own view of staff, that the manager named in the fact may do it. Staff are never
deleted (sales name them): they are deactivated. PIN hashes go into the staff table only, never into
the audit trail or a log line.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import msgspec
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from core.clock import Clock
from core.errors import DomainError
from core.events import EventRecord, decode_json
from core.ids import new_id
from core.models import AuditEntry, Staff
from core.names import ThreeNames
from core.projection_staff import STAFF_ADMIN_KINDS
from core.replica import Till, emit
from core.staff import (
    DISCOUNT_LIMIT_PERCENT,
    Permission,
    Role,
    StaffActiveSet,
    StaffAdded,
    StaffChanged,
    StaffMember,
    StaffPinSet,
    check_pin_format,
    hash_pin,
    pin_matches,
)
from core.stock import StoreColumn, list_stores

# A manager grants roles up to their own rank; engineers and area managers belong to the whole chain.
ROLE_RANK = {Role.CASHIER: 1, Role.ENGINEER: 1, Role.STORE_MANAGER: 2, Role.AREA_MANAGER: 3}
CHAIN_ROLES = frozenset({Role.AREA_MANAGER, Role.ENGINEER})
NAME_MAX = 120


@dataclass(frozen=True)
class StaffRow(ThreeNames):
    """A member of staff as the Staff page lists them (a plain value)."""

    staff_id: str
    store_id: str | None
    name_en: str
    name_zh: str
    name_pt: str
    role: Role
    discount_limit: int | None  # None: the role's own
    active: bool

    @property
    def limit_percent(self) -> int:
        return self.discount_limit if self.discount_limit is not None else DISCOUNT_LIMIT_PERCENT[self.role]

    def shown_name(self, lang: str) -> str:
        """The name in ``lang``, else the English one (the one every member has)."""
        return self.name(lang) or self.name_en or self.name_zh or self.name_pt


@dataclass(frozen=True)
class StaffDetails:
    """What a manager types for a member: names, role, store (None: chain-wide), discount limit."""

    name_en: str
    name_zh: str
    name_pt: str
    role: Role
    store_id: str | None
    discount_limit: int | None = None


@dataclass(frozen=True)
class StaffChange:
    """One line of the staff audit trail: who changed whom, what, and when (UTC ISO text)."""

    occurred_at: str
    action: str  # the fact's kind
    by: StaffRow | None
    staff: StaffRow | None
    staff_id: str
    detail: dict[str, Any]


def _row(s: Staff) -> StaffRow:
    return StaffRow(
        s.staff_id, s.store_id, s.name, s.name_zh, s.name_pt, Role(s.role), s.discount_limit, bool(s.active)
    )


def _as_member(row: StaffRow) -> StaffMember:
    return StaffMember(
        row.staff_id, row.name_en, row.role, row.store_id, row.discount_limit, row.name_zh, row.name_pt
    )


# -- who may grant what (pure: the till and the hub ask the same questions) ---------------------------


def manage_refusal(actor: StaffMember, target: StaffRow) -> str | None:
    """Why ``actor`` may not change ``target`` at all, or None. A store manager manages the staff of
    their own store who do not outrank them; an area manager manages everyone."""
    if not actor.can(Permission.MANAGE_STAFF):
        return "staff.manage_not_allowed"
    if actor.role == Role.AREA_MANAGER or target.staff_id == actor.staff_id:
        return None
    if target.store_id != actor.store_id:
        return "staff.other_store"
    if ROLE_RANK[target.role] > ROLE_RANK[actor.role] or target.limit_percent > actor.discount_limit_percent:
        return "staff.outranks"
    return None


def grantable_roles(actor: StaffMember) -> list[Role]:
    """The roles ``actor`` may give, lowest first."""
    if not actor.can(Permission.MANAGE_STAFF):
        return []
    if actor.role == Role.AREA_MANAGER:
        return [Role.CASHIER, Role.STORE_MANAGER, Role.AREA_MANAGER, Role.ENGINEER]
    return [r for r in (Role.CASHIER, Role.STORE_MANAGER) if ROLE_RANK[r] <= ROLE_RANK[actor.role]]


def grant_refusal(
    actor: StaffMember, before: StaffRow | None, details: StaffDetails
) -> tuple[str, dict[str, Any]] | None:
    """Why ``actor`` may not give ``details`` to a new member (``before`` None) or an existing one:
    an error code with its parameters, or None."""
    if before is not None:
        reason = manage_refusal(actor, before)
        if reason is not None:
            return reason, {}
    elif not actor.can(Permission.MANAGE_STAFF):
        return "staff.manage_not_allowed", {}
    name = details.name_en or details.name_zh or details.name_pt
    if not name.strip():
        return "staff.name_missing", {}
    if max(len(details.name_en), len(details.name_zh), len(details.name_pt)) > NAME_MAX:
        return "staff.name_too_long", {"max": NAME_MAX}
    if details.role not in grantable_roles(actor):
        return "staff.role_too_high", {}
    if actor.role != Role.AREA_MANAGER and details.store_id != actor.store_id:
        return "staff.other_store", {}
    if (details.role in CHAIN_ROLES) != (details.store_id is None):
        return "staff.store_needed", {}
    if before is not None and before.staff_id == actor.staff_id and details.role != before.role:
        return "staff.self", {}
    limit = (
        details.discount_limit if details.discount_limit is not None else DISCOUNT_LIMIT_PERCENT[details.role]
    )
    if not 0 <= limit <= actor.discount_limit_percent:
        return "staff.limit_too_high", {"max": actor.discount_limit_percent}
    return None


def _raise(refusal: tuple[str, dict[str, Any]] | str | None) -> None:
    if refusal is None:
        return
    code, params = (refusal, {}) if isinstance(refusal, str) else refusal
    raise DomainError(code, **params)


# -- use cases (the caller owns the transaction) ---------------------------------------------------


def staff_rows(session: Session, actor: StaffMember) -> list[StaffRow]:
    """The staff ``actor`` manages: a store manager, their store's; an area manager, everyone's
    (active ones first, then by store and name)."""
    query = select(Staff)
    if actor.role != Role.AREA_MANAGER:
        query = query.where(Staff.store_id == actor.store_id)
    rows = [_row(s) for s in session.scalars(query)]
    return sorted(rows, key=lambda r: (not r.active, r.store_id or "", r.name_en.casefold(), r.staff_id))


def staff_row(session: Session, staff_id: str) -> StaffRow | None:
    row = session.get(Staff, staff_id)
    return None if row is None else _row(row)


def member_now(session: Session, staff_id: str) -> StaffMember | None:
    """A signed-in member as the staff table has them now; None once deactivated (or unknown)."""
    row = staff_row(session, staff_id)
    return _as_member(row) if row is not None and row.active else None


def _target(session: Session, actor: StaffMember, staff_id: str) -> StaffRow:
    row = staff_row(session, staff_id)
    if row is None:
        raise DomainError("staff.unknown")
    _raise(manage_refusal(actor, row))
    return row


def _check_new_pin(session: Session, pin: str, again: str, store_id: str | None, staff_id: str) -> str:
    """The hash of a new PIN typed twice. Refused if another active member who signs in at the same
    counters already has it: sign-in finds staff by PIN alone, so it must name one person."""
    check_pin_format(pin)
    if pin != again:
        raise DomainError("staff.pin_mismatch")
    others = select(Staff).where(Staff.active.is_(True), Staff.staff_id != staff_id)
    if store_id is not None:  # a chain-wide member signs in everywhere: compare with everyone
        others = others.where(or_(Staff.store_id == store_id, Staff.store_id.is_(None)))
    if any(pin_matches(pin, s.pin_hash) for s in session.scalars(others)):
        raise DomainError("staff.pin_taken")
    return hash_pin(pin)


def add_staff(
    session: Session,
    till: Till,
    actor: StaffMember,
    details: StaffDetails,
    pin: str,
    pin_again: str,
    clock: Clock | None = None,
) -> str:
    """A new member of staff with their first PIN; returns their staff id."""
    _raise(grant_refusal(actor, None, details))
    staff_id = new_id()
    pin_hash = _check_new_pin(session, pin, pin_again, details.store_id, staff_id)
    payload = StaffAdded(
        staff_id=staff_id,
        store_id=details.store_id,
        name=details.name_en.strip() or details.name_zh.strip() or details.name_pt.strip(),
        name_zh=details.name_zh.strip(),
        name_pt=details.name_pt.strip(),
        role=details.role.value,
        discount_limit=details.discount_limit,
        pin_hash=pin_hash,
        by=actor.staff_id,
    )
    emit(session, "staff.added", payload, store_id=till.store_id, clock=clock)
    return staff_id


def change_staff(
    session: Session,
    till: Till,
    actor: StaffMember,
    staff_id: str,
    details: StaffDetails,
    pin: str = "",
    pin_again: str = "",
    clock: Clock | None = None,
) -> None:
    """New names, role, store or discount limit for a member (only an area manager moves staff
    between stores or to the whole chain). A move needs a new PIN, typed twice: the old one may be
    someone's at the new store, and sign-in finds staff by PIN alone."""
    before = _target(session, actor, staff_id)
    _raise(grant_refusal(actor, before, details))
    moved = details.store_id != before.store_id
    if moved and not (pin or pin_again):
        raise DomainError("staff.pin_needed_to_move")
    pin_hash = _check_new_pin(session, pin, pin_again, details.store_id, staff_id) if moved else ""
    payload = StaffChanged(
        staff_id=staff_id,
        name=details.name_en.strip() or details.name_zh.strip() or details.name_pt.strip(),
        name_zh=details.name_zh.strip(),
        name_pt=details.name_pt.strip(),
        role=details.role.value,
        store_id=details.store_id,
        discount_limit=details.discount_limit,
        by=actor.staff_id,
    )
    emit(session, "staff.changed", payload, store_id=till.store_id, clock=clock)
    if pin_hash:
        pin_set = StaffPinSet(staff_id=staff_id, pin_hash=pin_hash, by=actor.staff_id)
        emit(session, "staff.pin_set", pin_set, store_id=till.store_id, clock=clock)


def set_pin(
    session: Session,
    till: Till,
    actor: StaffMember,
    staff_id: str,
    pin: str,
    pin_again: str,
    clock: Clock | None = None,
) -> None:
    """A new PIN for a member, typed twice; the old one stops working. Nothing else changes."""
    target = _target(session, actor, staff_id)
    pin_hash = _check_new_pin(session, pin, pin_again, target.store_id, staff_id)
    emit(
        session,
        "staff.pin_set",
        StaffPinSet(staff_id=staff_id, pin_hash=pin_hash, by=actor.staff_id),
        store_id=till.store_id,
        clock=clock,
    )


def set_active(
    session: Session, till: Till, actor: StaffMember, staff_id: str, active: bool, clock: Clock | None = None
) -> None:
    """Deactivate a member (they can no longer sign in) or make them active again."""
    target = _target(session, actor, staff_id)
    if target.staff_id == actor.staff_id:
        raise DomainError("staff.self")
    if target.active == active:
        return
    payload = StaffActiveSet(staff_id=staff_id, active=active, by=actor.staff_id)
    emit(session, "staff.active_set", payload, store_id=till.store_id, clock=clock)


def staff_changes(session: Session, actor: StaffMember, limit: int = 500) -> list[StaffChange]:
    """The staff audit trail ``actor`` may read, newest first: a store manager sees the changes made
    at their store's counters and those to their store's staff wherever made; an area manager, all."""
    query = select(AuditEntry).where(AuditEntry.action.in_(STAFF_ADMIN_KINDS))
    entries = session.scalars(
        query.order_by(AuditEntry.occurred_at.desc(), AuditEntry.event_id.desc()).limit(limit * 4)
    ).all()
    details = [(e, decode_json(e.detail)) for e in entries]
    ids = {e.staff_id for e in entries} | {str(d.get("staff", "")) for _, d in details}  # event ids: UUIDv7
    names = {s.staff_id: _row(s) for s in session.scalars(select(Staff).where(Staff.staff_id.in_(ids)))}
    changes = [
        StaffChange(
            e.occurred_at,
            e.action,
            names.get(e.staff_id),
            names.get(str(d.get("staff", ""))),
            str(d.get("staff", "")),
            d,
        )
        for e, d in details
    ]
    if actor.role != Role.AREA_MANAGER:
        here = actor.store_id or ""
        changes = [
            c
            for c, (e, d) in zip(changes, details, strict=True)
            if e.store_id == here
            or (c.staff is not None and c.staff.store_id == actor.store_id)
            or here in (d.get("store_id") or [])
        ]
    return changes[:limit]


# -- the hub's check, inside its writer transaction ------------------------------------------------


def hub_refusal(
    session: Session, record: EventRecord, payload: msgspec.Struct, group: dict[str, StaffRow]
) -> str | None:
    """Why the hub refuses a staff fact (an error code), or None. ``group``: members as earlier facts
    of the same write group left them; an accepted fact updates it."""

    def current(staff_id: str) -> StaffRow | None:
        if staff_id in group:
            return group[staff_id]
        return staff_row(session, staff_id)

    if not isinstance(payload, StaffAdded | StaffChanged | StaffPinSet | StaffActiveSet):
        return "event.malformed"
    by = current(payload.by)
    if by is None or not by.active:
        return "staff.manage_not_allowed"
    actor = _as_member(by)
    # A store manager acts at their own store's tills only.
    if actor.role != Role.AREA_MANAGER and actor.store_id != record.store_id:
        return "staff.other_store"
    target = current(payload.staff_id)
    if isinstance(payload, StaffAdded | StaffChanged):
        try:
            role = Role(payload.role)
        except ValueError:
            return "event.malformed"
        if isinstance(payload, StaffAdded):
            if target is not None:
                return "event.conflict"
            if not payload.pin_hash.startswith("scrypt$"):
                return "event.malformed"
            store_id = payload.store_id
        elif target is None:
            return "staff.unknown"
        else:
            store_id = payload.store_id
        details = StaffDetails(
            payload.name, payload.name_zh, payload.name_pt, role, store_id, payload.discount_limit
        )
        refusal = grant_refusal(actor, target, details)
        if refusal is not None:
            return refusal[0]
        group[payload.staff_id] = StaffRow(
            payload.staff_id,
            store_id,
            payload.name,
            payload.name_zh,
            payload.name_pt,
            role,
            payload.discount_limit,
            target.active if target is not None else True,
        )
        return None
    if target is None:
        return "staff.unknown"
    reason = manage_refusal(actor, target)
    if reason is None and isinstance(payload, StaffPinSet) and not payload.pin_hash.startswith("scrypt$"):
        reason = "event.malformed"
    if reason is None and isinstance(payload, StaffActiveSet):
        if target.staff_id == actor.staff_id:
            reason = "staff.self"
        else:
            group[target.staff_id] = StaffRow(
                target.staff_id,
                target.store_id,
                target.name_en,
                target.name_zh,
                target.name_pt,
                target.role,
                target.discount_limit,
                payload.active,
            )
    return reason


# -- use cases for screens --


@dataclass(frozen=True)
class StaffOverview:
    """Settings → Staff for one manager: the stores, the staff they manage, and who changed what."""

    stores: tuple[StoreColumn, ...]
    rows: list[StaffRow]
    changes: list[StaffChange]


def staff_overview(session: Session, actor: StaffMember) -> StaffOverview:
    """What ``actor`` sees on the Staff page (their store's staff, or everyone's for an area manager)."""
    return StaffOverview(list_stores(session), staff_rows(session, actor), staff_changes(session, actor))
