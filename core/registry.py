"""The registry of event kinds: each kind is declared once, in its feature's module, with everything
the rest of the system needs to know about it.

A feature module (core/holds.py, core/waitlist.py, ...) defines its payload types and calls
``register(Kind(...))`` at import time: the payload type, who may post it (``Scope``), the staff
permission it needs, its own validation and the names it refers to, how a replica projects it
(``apply``) and undoes it when the hub refuses it (``revert``), what the hub checks in its writer
transaction (``hub_check``) and remembers for the rest of a commit group (``hub_remember``), and which
screen areas it touches. Tables a snapshot must carry are registered with ``register_snapshot``.

``core.events.decode_payload``, ``core.projection.apply_batch`` / ``revert_event``, ``hub.rules`` and
``core.snapshot`` iterate the registry; none of them names a kind. docs/architecture.md has a worked
example of adding one.
"""

from __future__ import annotations

import importlib
import threading
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

import msgspec

if TYPE_CHECKING:
    from sqlalchemy import Table
    from sqlalchemy.orm import Session

    from core.events import EventRecord
    from core.models import Base, Event
    from core.projection import Batch, Changes

# The feature modules, imported (once) the first time the registry is read. A new feature adds its
# module here; a new kind in an existing feature touches only its module.
FEATURE_MODULES = (
    "core.catalogue",
    "core.staff_admin",
    "core.sales",
    "core.audit",
    "core.stock",
    "core.stocktake",
    "core.holds",
    "core.transfers",
    "core.waitlist",
    "core.handover",
    "core.oversell",
    "core.history",
    "core.typhoon",
    "core.repairs",
    "core.repairs_hub",
    "core.shifts",
)


class Area(StrEnum):
    """What a screen shows, so that it refreshes only when a fact touched it (``Changes.areas``)."""

    STOCK = "stock"
    CATALOGUE = "catalogue"
    STORES = "stores"
    STAFF = "staff"
    SALES = "sales"
    AUDIT = "audit"
    HOLDS = "holds"
    TRANSFERS = "transfers"
    WAITLIST = "waitlist"
    ALERTS = "alerts"
    STOCKTAKE = "stocktake"
    HISTORY = "history"
    HANDOVER = "handover"
    REPAIRS = "repairs"
    SHIFTS = "shifts"


class Scope(StrEnum):
    """Who may post a kind. ``STORE``: only a device of the event's own store_id (a till of store A
    cannot post sales for store B). ``CHAIN``: a head-office device or a store manager's. ``HUB``:
    written by the hub only."""

    STORE = "store"
    CHAIN = "chain"
    HUB = "hub"


class Refs(NamedTuple):
    """Names a fact refers to, which must exist in the chain (the hub checks). Tuples, not sets: they
    are short, and built for every fact."""

    skus: tuple[str, ...] = ()
    stores: tuple[str, ...] = ()
    staff: tuple[str, ...] = ()


Check = Callable[["EventRecord", Any], None]
RefsOf = Callable[["EventRecord", Any], Refs]
Apply = Callable[["Session", "EventRecord", Any, "Batch"], None]
Revert = Callable[["Session", "Event", "Changes"], None]
HubRefusal = Callable[["HubCheck", "EventRecord", Any], str | None]
HubRemember = Callable[["HubCheck", "EventRecord", Any], None]
RevertHook = Callable[["Session", "Event", list[tuple[str, str, int, str]]], None]
# The hub's own facts a feature makes once a group is applied: (kind, store_id, payload) each.
HubFactMaker = Callable[["HubCheck"], list[tuple[str, "str | None", msgspec.Struct]]]


@dataclass(frozen=True)
class Kind:
    """Everything about one kind of fact. Only ``name``, ``payload``, ``scope`` and ``apply`` are
    required; the rest default to "nothing to do"."""

    name: str
    payload: type[msgspec.Struct]
    scope: Scope
    apply: Apply
    areas: frozenset[Area] = frozenset()
    check: Check | None = None  # raises DomainError when the payload breaks a rule its type cannot say
    refs: RefsOf | None = None
    permission: str | None = None  # what the staff member named in ``staff_id`` must be allowed to do
    revert: Revert | None = None  # undo what ``apply`` wrote beyond stock movements and sales
    hub_check: HubRefusal | None = None
    hub_remember: HubRemember | None = None
    # Fields a replica reading the hub's log may not know yet (a newer till's) are ignored, not fatal.


@dataclass(frozen=True)
class SnapshotTable:
    """A feature's table, as a snapshot treats it (core/snapshot.py). Rows projected from other
    devices' facts are forgotten when a snapshot is applied; then, by ``mode``:

    - ``rows``: open business (holds, transfers, alerts): carried; the hub's rows are added, this
      device's own updated to the hub's state.
    - ``local``: this replica's own window of detail (sales, refunds, audit entries): not carried.
      Figures that must survive a snapshot come from the ``aggregate`` tables instead.
    - ``aggregate``: running totals (core/history.py): the hub's rows replace the replica's whole, and
      ``readd`` adds this device's facts the snapshot does not cover yet on top again.

    ``children``: (model, the parent's key column they carry), forgotten and carried with the parent.
    """

    name: str
    model: type[Base]
    mode: str = "rows"  # rows | local | aggregate
    children: tuple[tuple[type[Base], str], ...] = ()
    readd: Callable[[Session, list[tuple[EventRecord, Any]]], None] | None = None

    @property
    def table(self) -> Table:
        return self.model.__table__


@dataclass
class _Registry:
    kinds: dict[str, Kind] = field(default_factory=dict)
    by_payload: dict[type[msgspec.Struct], Kind] = field(default_factory=dict)
    snapshot_tables: dict[str, SnapshotTable] = field(default_factory=dict)
    batch_hooks: list[Callable[[Session, list[tuple[EventRecord, Any]], Batch], None]] = field(
        default_factory=list
    )
    revert_hooks: list[RevertHook] = field(default_factory=list)
    error_codes: list[str] = field(default_factory=list)
    hub_fact_makers: list[HubFactMaker] = field(default_factory=list)
    loaded: bool = False


_REGISTRY = _Registry()
_LOADING = threading.RLock()


def register(*kinds: Kind) -> None:
    """Declare kinds (at a feature module's import). A name or payload type declared twice is a bug."""
    for kind in kinds:
        if kind.name in _REGISTRY.kinds or kind.payload in _REGISTRY.by_payload:
            raise RuntimeError(f"event kind {kind.name} declared twice")
        _REGISTRY.kinds[kind.name] = kind
        _REGISTRY.by_payload[kind.payload] = kind


def register_snapshot(*tables: SnapshotTable) -> None:
    for table in tables:
        if table.name in _REGISTRY.snapshot_tables:
            raise RuntimeError(f"snapshot table {table.name} declared twice")
        _REGISTRY.snapshot_tables[table.name] = table


def register_batch_hook(hook: Callable[[Session, list[tuple[EventRecord, Any]], Batch], None]) -> None:
    """A function that sees every applied batch (after the kinds' own ``apply``), e.g. the history
    aggregates. It must only add to what the batch writes (``Batch``), never read what it wrote."""
    _REGISTRY.batch_hooks.append(hook)


def register_errors(*codes: str) -> None:
    """Error codes a feature raises (``DomainError``) or its hub check refuses with: the desktop must
    translate each (a test checks every one has a message)."""
    _REGISTRY.error_codes.extend(c for c in codes if c not in _REGISTRY.error_codes)


def error_codes() -> list[str]:
    """Every code a user may meet: ``core.errors.ERROR_CODES`` and those the features declare."""
    from core.errors import ERROR_CODES

    return [*ERROR_CODES, *load().error_codes]


def register_revert_hook(hook: RevertHook) -> None:
    """A function told of every fact undone on this replica (the hub refused it), with the ledger
    movements it had made as (store, SKU, delta, reason): what a batch hook added comes off again."""
    _REGISTRY.revert_hooks.append(hook)


def register_hub_facts(make: HubFactMaker) -> None:
    """A function the hub calls in its writer transaction once a commit group is applied, returning
    facts of the hub's own to log right after it (Scope.HUB kinds: repair dispatch assigns a ticket)."""
    _REGISTRY.hub_fact_makers.append(make)


def hub_fact_makers() -> list[HubFactMaker]:
    return load().hub_fact_makers


def revert_hooks() -> list[RevertHook]:
    return load().revert_hooks


def load() -> _Registry:
    """The registry, with every feature module imported."""
    if not _REGISTRY.loaded:
        with _LOADING:
            if not _REGISTRY.loaded:
                for name in FEATURE_MODULES:
                    importlib.import_module(name)
                _REGISTRY.loaded = True
    return _REGISTRY


def kind(name: str) -> Kind | None:
    return (_REGISTRY if _REGISTRY.loaded else load()).kinds.get(name)


def kind_of(payload: msgspec.Struct) -> Kind:
    return (_REGISTRY if _REGISTRY.loaded else load()).by_payload[type(payload)]


def kinds() -> Iterator[Kind]:
    return iter(load().kinds.values())


def snapshot_tables() -> Iterator[SnapshotTable]:
    return iter(load().snapshot_tables.values())


def batch_hooks() -> list[Callable[[Session, list[tuple[EventRecord, Any]], Batch], None]]:
    return (_REGISTRY if _REGISTRY.loaded else load()).batch_hooks


# -- the hub's view inside a commit group ----------------------------------------------------------


class GroupState:
    """Effects of a commit group's facts already accepted and not yet written, so that a later fact of
    the group sees them: stock deltas, (store, SKU) pairs sold, names and roles the group brings, and
    one container per feature (``bag``) for what its ``hub_check`` needs (holds, resolved alerts...).
    Containers are dicts or sets of immutable values: ``copy`` copies them one level deep."""

    def __init__(self) -> None:
        self.delta: defaultdict[tuple[str, str], int] = defaultdict(int)
        self.sold: set[tuple[str, str]] = set()
        self.new_names: dict[str, set[str]] = {"sku": set(), "store": set(), "staff": set()}
        self.new_roles: dict[str, str] = {}
        self.kinds: set[str] = set()  # kinds of the group's accepted facts (a hub-fact maker may need none)
        self._bags: dict[str, Any] = {}

    def bag(self, name: str, factory: Callable[[], Any]) -> Any:
        bag = self._bags.get(name)
        if bag is None:
            bag = self._bags[name] = factory()
        return bag

    def copy(self) -> GroupState:
        other = GroupState()
        other.delta = defaultdict(int, self.delta)
        other.sold = set(self.sold)
        other.new_names = {sort: set(names) for sort, names in self.new_names.items()}
        other.new_roles = dict(self.new_roles)
        other.kinds = set(self.kinds)
        other._bags = {name: bag.copy() for name, bag in self._bags.items()}
        return other


class HubCheck(Protocol):
    """What a kind's ``hub_check`` and ``hub_remember`` are given (hub/rules.py implements it): the
    writer's session, the hub's clock reading for this group, and the group's state."""

    session: Session
    now: datetime
    state: GroupState


# -- helpers for feature modules -------------------------------------------------------------------


def named_staff(*ids: str) -> tuple[str, ...]:
    """Staff ids a fact names ("" names nobody: before sign-in, the demo's simulated tills)."""
    return tuple([i for i in ids if i])


def line_skus(lines: list[Any]) -> tuple[str, ...]:
    return tuple([line.sku for line in lines])
