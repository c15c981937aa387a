"""Staff management (Settings → Staff): who may grant what, the use cases a manager's screen calls,
the projection of each staff fact and the hub's check of it.

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

from core.audit import AuditEntry
from core.clock import Clock
from core.errors import DomainError
from core.events import EventRecord, decode_json, encode_json, malformed
from core.ids import new_id
from core.models import Event, Staff
from core.names import ThreeNames
from core.registry import Area, Kind, Refs, Scope, register
from core.replica import Till, emit
from core.staff import (
    DISCOUNT_LIMIT_PERCENT,
    STAFF_ADMIN_PAYLOADS,
    Permission,
    Role,
    StaffActiveSet,
    StaffAdded,
    StaffChanged,
    StaffMember,
    StaffPinSet,
    StaffUpserted,
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


# -- projection: the member's row, and an entry in the audit trail ----------------------------------

STAFF_ADMIN_KINDS = frozenset(STAFF_ADMIN_PAYLOADS)
STAFF_ROLES = tuple(Role)

_FIELDS = ("name", "name_zh", "name_pt", "role", "store_id", "discount_limit", "active")


def apply_staff_admin(session: Session, record: EventRecord, payload: msgspec.Struct) -> None:
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


def revert_staff_admin(session: Session, event: Event) -> None:
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


def upsert_staff(session: Session, payload: StaffUpserted) -> None:
    session.merge(
        Staff(
            staff_id=payload.staff_id,
            store_id=payload.store_id,
            name=payload.name,
            role=payload.role,
            pin_hash=payload.pin_hash,
            name_zh=payload.name_zh,
            name_pt=payload.name_pt,
            discount_limit=payload.discount_limit,
            active=payload.active,
        )
    )


# -- the kinds -------------------------------------------------------------------------------------


def _check_upserted(record: EventRecord, p: StaffUpserted) -> None:
    if p.role not in STAFF_ROLES:
        raise malformed(record, "role")


def _member_store(_record: EventRecord, p: Any) -> Refs:
    store_id = getattr(p, "store_id", None)
    return Refs(stores=(store_id,) if store_id else ())


def _apply_upserted(session: Session, _record: EventRecord, payload: StaffUpserted, _batch: Any) -> None:
    upsert_staff(session, payload)


def _apply_admin(session: Session, record: EventRecord, payload: msgspec.Struct, batch: Any) -> None:
    session.flush()  # a member added earlier in this batch is found by the next fact
    apply_staff_admin(session, record, payload)


def _remember_member(hub: Any, _record: EventRecord, payload: StaffUpserted | StaffAdded) -> None:
    hub.state.new_names["staff"].add(payload.staff_id)  # later facts of the group may name the member
    hub.state.new_roles[payload.staff_id] = payload.role


def _hub_check(hub: Any, record: EventRecord, payload: msgspec.Struct) -> str | None:
    """Who may manage whom, against the hub's view of staff and the group's earlier staff facts."""
    return hub_refusal(hub.session, record, payload, hub.state.bag("staff", dict))


def _revert_admin(session: Session, event: Event, changes: Any) -> None:
    revert_staff_admin(session, event)


_STAFF_AREAS = frozenset({Area.STAFF, Area.AUDIT})

register(
    Kind(
        "staff.upserted",
        StaffUpserted,
        Scope.CHAIN,
        _apply_upserted,
        areas=frozenset({Area.STAFF}),
        check=_check_upserted,
        refs=_member_store,
        hub_remember=_remember_member,
    ),
    *(
        Kind(
            name,
            payload,
            Scope.STORE,  # the till's own store; who may manage whom is the hub's check
            _apply_admin,
            areas=_STAFF_AREAS,
            refs=_member_store,
            revert=_revert_admin,
            hub_check=_hub_check,
            hub_remember=_remember_member if payload is StaffAdded else None,
        )
        for name, payload in STAFF_ADMIN_PAYLOADS.items()
    ),
)


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
