"""The hub's business rules, run inside the writer's transaction (one at a time, so the first valid
request wins): holds are granted only if availability covers them, hold and alert transitions must
follow on from the current state, staff must be allowed to do what an event says they did, and
sales that drive availability below zero raise an oversell alert (a fact the hub itself writes).

``HubStore.append_many`` asks ``check`` about each new event in log order, before anything of the
group is written; the rules keep the group's own effects in memory so a later event sees earlier ones.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

import msgspec
from sqlalchemy import select
from sqlalchemy.orm import Session

from core.events import (
    SCOPE,
    EventRecord,
    HoldRequested,
    HoldUpdated,
    OversellDetected,
    OversellResolved,
    ProductUpserted,
    SaleRecorded,
    SaleRefunded,
    StaffUpserted,
    StockReceived,
    StoreUpserted,
    payload_dict,
    references,
)
from core.holds import available, hold_refusal, oversold, sale_movements, update_refusal
from core.ids import new_id
from core.models import Hold, OversellAlert, Product, Staff, Store
from core.staff import PERMISSIONS, Permission, Role, StaffAdded
from core.staff_admin import STAFF_ADMIN_KINDS, StaffRow, hub_refusal

# The hub's own facts (oversell alerts) come from this device id.
RULES_DEVICE = "hub-rules"

# What the staff named in an event must be allowed to do.
STAFF_PERMISSION: dict[type[msgspec.Struct], Permission] = {
    SaleRecorded: Permission.SELL,
    SaleRefunded: Permission.REFUND,
    HoldRequested: Permission.HOLD,
    OversellResolved: Permission.RESOLVE_OVERSELL,
}


class KnownNames:
    """SKUs, stores and staff the hub has seen in its database, kept across groups so that a fact
    naming them costs no query (the chain never deletes one: products and stores become inactive).
    Bounded: past ``limit`` names of a sort, that sort starts over (and is read again as needed)."""

    def __init__(self, limit: int = 100_000) -> None:
        self.limit = limit
        self.names: dict[str, set[str]] = {"sku": set(), "store": set(), "staff": set()}

    def add(self, sort: str, names: set[str]) -> None:
        known = self.names[sort]
        if len(known) + len(names) > self.limit:
            known.clear()
        known |= names


# Where each sort of name lives, and the code a fact naming an unknown one is refused with.
_NAME_TABLES = {
    "sku": (Product.sku, "event.unknown_sku"),
    "store": (Store.store_id, "event.unknown_store"),
    "staff": (Staff.staff_id, "staff.unknown"),
}


@dataclass
class _GroupState:
    """Effects of the group's events already accepted (not yet written)."""

    delta: dict[tuple[str, str], int] = field(default_factory=lambda: defaultdict(int))
    holds: dict[str, Hold] = field(default_factory=dict)
    alerts_resolved: set[str] = field(default_factory=set)
    sold: set[tuple[str, str]] = field(default_factory=set)
    staff: dict[str, StaffRow] = field(default_factory=dict)  # members as the group's staff facts left them
    # Names the group's own upserts bring (staff with their role).
    new_names: dict[str, set[str]] = field(
        default_factory=lambda: {"sku": set(), "store": set(), "staff": set()}
    )
    new_roles: dict[str, str] = field(default_factory=dict)

    def copy(self) -> _GroupState:
        return _GroupState(
            defaultdict(int, self.delta),
            dict(self.holds),
            set(self.alerts_resolved),
            set(self.sold),
            dict(self.staff),
            {sort: set(names) for sort, names in self.new_names.items()},
            dict(self.new_roles),
        )


class HubRules:
    def __init__(self, session: Session, now: datetime, known: KnownNames | None = None) -> None:
        self.session = session
        self.now = now
        self.known = known or KnownNames()
        self._state = _GroupState()
        self._saved = self._state
        self._roles: dict[str, str | None] = {}

    # One push at a time: its effects are kept only if the whole push is planned.
    def begin(self) -> None:
        self._saved = self._state.copy()

    def rollback(self) -> None:
        self._state = self._saved

    def check(self, device_store: str | None, record: EventRecord, payload: msgspec.Struct) -> str | None:
        """The reason this event must be refused (an error code), or None; an accepted event's effects
        are remembered for the rest of the group."""
        if SCOPE.get(record.kind) == "hub":
            return "event.not_allowed"
        reason = self._unknown_name(record, payload)
        if reason is None:
            reason = self._staff_refusal(payload)
        if reason is None:
            reason = self._refusal(record, payload)
        if reason is None:
            self._remember(record, payload)
        return reason

    def _unknown_name(self, record: EventRecord, payload: msgspec.Struct) -> str | None:
        """``event.unknown_store``, ``event.unknown_sku`` or ``staff.unknown`` if the fact names one
        the chain does not have (in its database or earlier in this group)."""
        refs = references(record, payload)
        for sort, wanted in (("store", refs.stores), ("sku", refs.skus), ("staff", refs.staff)):
            known, new = self.known.names[sort], self._state.new_names[sort]
            missing = {name for name in wanted if name not in known and name not in new}
            if not missing:
                continue
            column, code = _NAME_TABLES[sort]
            found = set(self.session.scalars(select(column).where(column.in_(missing))))
            self.known.add(sort, found)
            if missing - found:
                return code
        return None

    def _staff_refusal(self, payload: msgspec.Struct) -> str | None:
        permission = STAFF_PERMISSION.get(type(payload))
        staff_id = getattr(payload, "staff_id", "")
        if permission is None or not staff_id:
            return None  # facts from before staff sign-in (and the demo's simulated tills) name nobody
        if staff_id not in self._roles:  # one query per member of staff per group, not per sale
            self._roles[staff_id] = self.session.scalar(select(Staff.role).where(Staff.staff_id == staff_id))
        role = self._state.new_roles.get(staff_id) or self._roles[staff_id]
        if role is None or permission not in PERMISSIONS.get(Role(role), frozenset()):
            return "staff.not_allowed"
        return None

    def _refusal(self, record: EventRecord, payload: msgspec.Struct) -> str | None:
        st = self._state
        if record.kind in STAFF_ADMIN_KINDS:  # who may manage whom (core/staff_admin.py)
            return hub_refusal(self.session, record, payload, st.staff)
        if isinstance(payload, HoldRequested):
            if payload.hold_id in st.holds:
                return "hold.duplicate"
            reason = hold_refusal(self.session, payload, record.store_id, self.now)
            if reason == "hold.unavailable" or reason is None:
                key = (payload.store_id, payload.sku)
                free = available(self.session, *key, self.now) + st.delta[key] - self._held_in_group(key)
                return None if free >= payload.qty else "hold.unavailable"
            return reason
        if isinstance(payload, HoldUpdated):
            return update_refusal(self._hold(payload.hold_id), payload, record.store_id)
        if isinstance(payload, OversellResolved):
            alert = self.session.get(OversellAlert, payload.alert_id)
            if alert is None or alert.state != "open" or payload.alert_id in st.alerts_resolved:
                return "alert.not_open"
            if alert.store_id != record.store_id:
                return "event.wrong_store"
        return None

    def _hold(self, hold_id: str) -> Hold | None:
        return self._state.holds.get(hold_id) or self.session.get(Hold, hold_id)

    def _held_in_group(self, key: tuple[str, str]) -> int:
        return sum(
            h.qty
            for h in self._state.holds.values()
            if (h.store_id, h.sku) == key and h.state in ("requested", "confirmed") and h.event_id == "group"
        )

    def _remember(self, record: EventRecord, payload: msgspec.Struct) -> None:
        st = self._state
        if isinstance(payload, ProductUpserted):
            st.new_names["sku"].add(payload.sku)
        elif isinstance(payload, StoreUpserted):
            st.new_names["store"].add(payload.store_id)
        elif isinstance(payload, StaffUpserted | StaffAdded):  # later facts may name the member
            st.new_names["staff"].add(payload.staff_id)
            st.new_roles[payload.staff_id] = payload.role
        elif isinstance(payload, SaleRecorded):
            for line in payload.lines:
                st.delta[(record.store_id or "", line.sku)] -= line.qty
                st.sold.add((record.store_id or "", line.sku))
        elif isinstance(payload, SaleRefunded | StockReceived):
            for added in payload.lines:
                st.delta[(record.store_id or "", added.sku)] += added.qty
        elif isinstance(payload, HoldRequested):
            st.holds[payload.hold_id] = Hold(
                hold_id=payload.hold_id,
                event_id="group",
                store_id=payload.store_id,
                for_store_id=record.store_id,
                sku=payload.sku,
                qty=payload.qty,
                state="requested",
            )
        elif isinstance(payload, HoldUpdated):
            hold = self._hold(payload.hold_id)
            if hold is not None:
                # A detached copy: the group's view changes, the database row is written by the projection.
                st.holds[payload.hold_id] = Hold(
                    hold_id=hold.hold_id,
                    event_id=hold.event_id if hold.event_id == "group" else "db",
                    store_id=hold.store_id,
                    for_store_id=hold.for_store_id,
                    sku=hold.sku,
                    qty=hold.qty,
                    state=payload.state,
                )
        elif isinstance(payload, OversellResolved):
            st.alerts_resolved.add(payload.alert_id)

    def oversold(self) -> dict[tuple[str, str], int]:
        """After the group is applied (same transaction): each (store, SKU) its sales drove below zero
        availability that has no open alert yet, with that availability."""
        return oversold(self.session, self._state.sold, self.now) if self._state.sold else {}

    def alert_facts(
        self, short: dict[tuple[str, str], int], seq_from: int, now_text: str
    ) -> list[tuple[EventRecord, msgspec.Struct]]:
        """The hub's ``oversell.detected`` facts for ``oversold()``, numbered from ``seq_from`` of
        RULES_DEVICE."""
        out: list[tuple[EventRecord, msgspec.Struct]] = []
        for seq, ((store_id, sku), free) in enumerate(sorted(short.items()), start=seq_from + 1):
            payload = OversellDetected(new_id(), sku, free, sale_movements(self.session, store_id, sku))
            record = EventRecord(
                event_id=new_id(),
                device_id=RULES_DEVICE,
                seq=seq,
                store_id=store_id,
                kind="oversell.detected",
                occurred_at=now_text,
                payload=payload_dict(payload),
            )
            out.append((record, payload))
        return out
