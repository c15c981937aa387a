"""The hub's business rules, run inside the writer's transaction (one at a time, so the first valid
request wins). What holds for every kind is here: the hub's own kinds are refused from devices, the
names a fact refers to must exist, the staff it names must have its kind's permission, and sales that
drive availability below zero raise an oversell alert (a fact the hub itself writes). What holds for
one kind (a hold granted only if availability covers it, transitions, who may manage staff) is that
kind's ``hub_check`` in its feature module (core/registry.py).

``HubStore.append_many`` asks ``check`` about each new event in log order, before anything of the
group is written; ``state`` keeps the group's own effects so a later event sees earlier ones.
"""

from __future__ import annotations

from datetime import datetime

import msgspec
from sqlalchemy import select
from sqlalchemy.orm import Session

from core import registry
from core.events import EventRecord, payload_dict, references
from core.ids import new_id
from core.models import Product, Staff, Store
from core.registry import GroupState, Scope
from core.staff import PERMISSIONS, Role

# The hub's own facts (oversell alerts, repair dispatch: each feature's maker) come from this device id.
RULES_DEVICE = "hub-rules"


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


class HubRules:
    def __init__(self, session: Session, now: datetime, known: KnownNames | None = None) -> None:
        self.session = session
        self.now = now
        self.known = known or KnownNames()
        self.state = GroupState()
        self._saved = self.state
        self._roles: dict[str, str | None] = {}

    # One push at a time: its effects are kept only if the whole push is planned.
    def begin(self) -> None:
        self._saved = self.state.copy()

    def rollback(self) -> None:
        self.state = self._saved

    def check(self, device_store: str | None, record: EventRecord, payload: msgspec.Struct) -> str | None:
        """The reason this event must be refused (an error code), or None; an accepted event's effects
        are remembered for the rest of the group."""
        kind = registry.kind_of(payload)
        if kind.scope is Scope.HUB:
            return "event.not_allowed"
        reason = self._unknown_name(record, payload)
        if reason is None and kind.permission is not None:
            reason = self._staff_refusal(kind.permission, payload)
        if reason is None and kind.hub_check is not None:
            reason = kind.hub_check(self, record, payload)
        if reason is None:
            self.state.kinds.add(record.kind)
            if kind.hub_remember is not None:
                kind.hub_remember(self, record, payload)
        return reason

    def _unknown_name(self, record: EventRecord, payload: msgspec.Struct) -> str | None:
        """``event.unknown_store``, ``event.unknown_sku`` or ``staff.unknown`` if the fact names one
        the chain does not have (in its database or earlier in this group)."""
        refs = references(record, payload)
        for sort, wanted in (("store", refs.stores), ("sku", refs.skus), ("staff", refs.staff)):
            known, new = self.known.names[sort], self.state.new_names[sort]
            missing = {name for name in wanted if name not in known and name not in new}
            if not missing:
                continue
            column, code = _NAME_TABLES[sort]
            found = set(self.session.scalars(select(column).where(column.in_(missing))))
            self.known.add(sort, found)
            if missing - found:
                return code
        return None

    def _staff_refusal(self, permission: str, payload: msgspec.Struct) -> str | None:
        staff_id = getattr(payload, "staff_id", "")
        if not staff_id:
            return None  # facts from before staff sign-in (and the demo's simulated tills) name nobody
        if staff_id not in self._roles:  # one query per member of staff per group, not per sale
            self._roles[staff_id] = self.session.scalar(select(Staff.role).where(Staff.staff_id == staff_id))
        role = self.state.new_roles.get(staff_id) or self._roles[staff_id]
        if role is None or permission not in PERMISSIONS.get(Role(role), frozenset()):
            return "staff.not_allowed"
        return None

    def wanted_facts(self) -> list[tuple[str, str | None, msgspec.Struct]]:
        """The hub's own facts once the group is applied (same transaction), from each feature's maker
        (``registry.hub_fact_makers``: oversell alerts, repair dispatch), as (kind, store, payload)."""
        wanted: list[tuple[str, str | None, msgspec.Struct]] = []
        for make in registry.hub_fact_makers():
            wanted.extend(make(self))
        return wanted

    def own_facts(
        self, wanted: list[tuple[str, str | None, msgspec.Struct]], seq_from: int, now_text: str
    ) -> list[tuple[EventRecord, msgspec.Struct]]:
        """``wanted`` as facts of RULES_DEVICE, numbered from ``seq_from``."""
        out: list[tuple[EventRecord, msgspec.Struct]] = []
        for seq, (kind, store_id, payload) in enumerate(wanted, start=seq_from + 1):
            record = EventRecord(
                event_id=new_id(),
                device_id=RULES_DEVICE,
                seq=seq,
                store_id=store_id,
                kind=kind,
                occurred_at=now_text,
                payload=payload_dict(payload),
            )
            out.append((record, payload))
        return out
