"""Finding an item anywhere and keeping it for the customer: availability per store, holds on another
store's units, transfer requests, the waitlist, and oversell alerts.

Availability = on-hand − active holds (requested or confirmed, not past their time). A hold is a
request the hub grants only if availability covers it, in one serialised transaction (hub/rules.py
runs ``hold_refusal`` there); a replica shows it as waiting until the hub's answer arrives.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

import msgspec
from sqlalchemy import Select, bindparam, func, or_, select, tuple_
from sqlalchemy.orm import Session

from core.clock import Clock, SystemClock, utc_text
from core.errors import DomainError
from core.events import (
    OVERSELL_RESOLUTIONS,
    HoldRequested,
    HoldUpdated,
    OversellResolved,
    StockLine,
    TransferRequested,
    WaitlistAdded,
    WaitlistUpdated,
)
from core.ids import new_id
from core.models import (
    Event,
    Hold,
    OversellAlert,
    Product,
    StockBalance,
    StockMovement,
    Store,
    TransferLine,
    TransferRequest,
    WaitlistEntry,
)
from core.names import ThreeNames
from core.prepared import Prepared, zip_lists
from core.projection import Changes
from core.replica import Till, emit
from core.staff import Permission, StaffMember

ACTIVE_HOLD_STATES = ("requested", "confirmed")


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


def _oversold_query(dialect: str) -> Select[str, str, int]:
    held = (
        select(func.coalesce(func.sum(Hold.qty), 0))
        .where(
            Hold.store_id == StockBalance.store_id,
            Hold.sku == StockBalance.sku,
            or_(*(Hold.state == state for state in ACTIVE_HOLD_STATES)),  # a fixed list: no expanding IN
            Hold.until > bindparam("now"),
        )
        .scalar_subquery()
    )
    free = StockBalance.on_hand - held
    alerted = (
        select(OversellAlert.alert_id)
        .where(
            OversellAlert.store_id == StockBalance.store_id,
            OversellAlert.sku == StockBalance.sku,
            OversellAlert.state == "open",
        )
        .exists()
    )
    return select(StockBalance.store_id, StockBalance.sku, free).where(
        tuple_(StockBalance.store_id, StockBalance.sku).in_(zip_lists(("stores", "skus"), dialect)),
        free < 0,
        ~alerted,
    )


# Compiled once: the hub runs it after every group it applies (core/prepared.py).
_OVERSOLD = Prepared(_oversold_query)


def oversold(session: Session, keys: Iterable[tuple[str, str]], now: datetime) -> dict[tuple[str, str], int]:
    """Of these (store, SKU) pairs, those whose availability is below zero and that have no open
    oversell alert yet, with their availability: one query."""
    wanted = sorted(set(keys))
    if not wanted:
        return {}
    params = {"stores": [k[0] for k in wanted], "skus": [k[1] for k in wanted], "now": utc_text(now)}
    return {(store_id, sku): int(value) for store_id, sku, value in _OVERSOLD.execute(session, params)}


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


# Which store may move a hold to each state, and from which states (the first valid update wins).
HOLD_TRANSITIONS: dict[str, tuple[tuple[str, ...], str]] = {
    "confirmed": (("requested",), "owner"),
    "fulfilled": (("requested", "confirmed"), "owner"),
    "released": (("requested", "confirmed"), "either"),
}


def update_refusal(hold: Hold | None, payload: HoldUpdated, acting_store: str | None) -> str | None:
    if hold is None:
        return "hold.unknown"
    allowed_from, who = HOLD_TRANSITIONS[payload.state]
    if hold.state not in allowed_from:
        return "hold.already_" + hold.state
    if who == "owner" and acting_store != hold.store_id:
        return "event.wrong_store"
    if who == "either" and acting_store not in (hold.store_id, hold.for_store_id):
        return "event.wrong_store"
    return None


# -- the other-stores panel ------------------------------------------------------------------------


@dataclass(frozen=True)
class StoreStock(ThreeNames):
    store_id: str
    name_zh: str
    name_en: str
    name_pt: str
    on_hand: int
    held: int
    in_transit: int  # dispatched towards this store, not yet received
    minutes_away: int | None  # by road from this store; None for this store itself
    is_here: bool

    @property
    def available(self) -> int:
        return self.on_hand - self.held


def travel_minutes(a: Store, b: Store) -> int | None:
    """A rough drive between two stores: straight-line distance × 1.4 at 20 km/h, plus 5 minutes."""
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))  # type: ignore[arg-type]
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    km = 2 * 6371 * math.asin(math.sqrt(h))
    return round(km * 1.4 / 20 * 60) + 5


def stock_everywhere(
    session: Session, here: str | None, sku: str, clock: Clock | None = None
) -> list[StoreStock]:
    """Every active store's on-hand, held and in-transit units of ``sku``: this store first, then the
    others by travel time (unknown distances last)."""
    now = _now(clock)
    stores = list(session.scalars(select(Store).where(Store.active.is_(True))))
    home = next((s for s in stores if s.store_id == here), None)
    on_hand = dict(
        session.execute(
            select(StockBalance.store_id, StockBalance.on_hand).where(StockBalance.sku == sku)
        ).all()
    )
    holds: dict[str, int] = dict(
        session.execute(
            select(Hold.store_id, func.sum(Hold.qty))
            .where(
                Hold.sku == sku,
                Hold.state.in_(ACTIVE_HOLD_STATES),
                Hold.until > utc_text(now),
            )
            .group_by(Hold.store_id)
        ).all()
    )
    transit: dict[str, int] = dict(
        session.execute(
            select(TransferRequest.to_store_id, func.sum(TransferLine.qty))
            .join(TransferLine, TransferLine.transfer_id == TransferRequest.transfer_id)
            .where(TransferLine.sku == sku, TransferRequest.state == "dispatched")
            .group_by(TransferRequest.to_store_id)
        ).all()
    )
    rows = [
        StoreStock(
            s.store_id,
            s.name_zh,
            s.name_en,
            s.name_pt,
            int(on_hand.get(s.store_id, 0)),
            int(holds.get(s.store_id, 0)),
            int(transit.get(s.store_id, 0)),
            None if s is home or home is None else travel_minutes(home, s),
            s is home,
        )
        for s in stores
    ]
    rows.sort(key=lambda r: (not r.is_here, r.minutes_away is None, r.minutes_away or 0, r.store_id))
    return rows


# -- holds ----------------------------------------------------------------------------------------


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
    reason = update_refusal(hold, HoldUpdated(hold_id, state), till.store_id)
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


# -- transfer requests and the waitlist -----------------------------------------------------------


def request_transfer(
    session: Session,
    till: Till,
    staff: StaffMember,
    from_store_id: str,
    lines: Iterable[tuple[str, int]],
    note: str = "",
    hold_id: str = "",
    clock: Clock | None = None,
) -> tuple[str, Changes]:
    """Ask another store to send goods here. The other store sees it; approval, packing and the
    handover slip follow in the transfer workflow."""
    if not staff.can(Permission.TRANSFER_REQUEST):
        raise DomainError("staff.not_allowed", name=staff.name)
    items = [StockLine(sku, qty) for sku, qty in lines]
    if not items or any(li.qty <= 0 for li in items):
        raise DomainError("sale.empty_basket")
    if from_store_id == till.store_id:
        raise DomainError("transfer.same_store")
    payload = TransferRequested(new_id(), from_store_id, items, note.strip(), hold_id, staff.staff_id)
    _, changes = emit(session, "transfer.requested", payload, store_id=till.store_id, clock=clock)
    return payload.transfer_id, changes


@dataclass(frozen=True)
class TransferView:
    transfer_id: str
    from_store_id: str
    to_store_id: str
    state: str
    lines: tuple[tuple[str, int], ...]
    note: str
    requested_at: str


def transfers_for(session: Session, store_id: str | None) -> list[TransferView]:
    rows = session.scalars(
        select(TransferRequest)
        .where((TransferRequest.from_store_id == store_id) | (TransferRequest.to_store_id == store_id))
        .order_by(TransferRequest.requested_at.desc())
    ).all()
    out = []
    for t in rows:
        lines = session.execute(
            select(TransferLine.sku, TransferLine.qty).where(TransferLine.transfer_id == t.transfer_id)
        ).tuples()
        out.append(
            TransferView(
                t.transfer_id, t.from_store_id, t.to_store_id, t.state, tuple(lines), t.note, t.requested_at
            )
        )
    return out


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


# -- oversell alerts ------------------------------------------------------------------------------


@dataclass(frozen=True)
class AlertView:
    alert_id: str
    store_id: str
    sku: str
    available: int
    cause_event_ids: tuple[str, ...]
    raised_at: str
    state: str
    resolution: str


def open_alerts(session: Session, store_id: str | None) -> list[AlertView]:
    """Open oversell alerts for this store (all stores for head office)."""
    stmt = select(OversellAlert).where(OversellAlert.state == "open")
    if store_id is not None:
        stmt = stmt.where(OversellAlert.store_id == store_id)
    return [
        AlertView(
            a.alert_id,
            a.store_id,
            a.sku,
            a.available,
            tuple(msgspec.json.decode(a.cause_event_ids)),
            a.raised_at,
            a.state,
            a.resolution,
        )
        for a in session.scalars(stmt.order_by(OversellAlert.raised_at))
    ]


def resolve_alert(
    session: Session,
    till: Till,
    manager: StaffMember,
    alert_id: str,
    resolution: str,
    note: str = "",
    clock: Clock | None = None,
) -> Changes:
    """A store manager closes an oversell alert. ``write_off`` books the shortfall back to zero in the
    ledger (the book stock was wrong); the others record what was done for the customer."""
    if not manager.can(Permission.RESOLVE_OVERSELL):
        raise DomainError("staff.not_allowed", name=manager.name)
    if resolution not in OVERSELL_RESOLUTIONS:
        raise DomainError("event.malformed")
    alert = session.get(OversellAlert, alert_id)
    if alert is None or alert.state != "open":
        raise DomainError("alert.not_open")
    adjust = 0
    if resolution == "write_off":
        on_hand = session.scalar(
            select(StockBalance.on_hand).where(
                StockBalance.store_id == alert.store_id, StockBalance.sku == alert.sku
            )
        )
        adjust = max(0, -int(on_hand or 0))
    payload = OversellResolved(alert_id, resolution, manager.staff_id, note.strip(), adjust)
    _, changes = emit(session, "oversell.resolved", payload, store_id=alert.store_id, clock=clock)
    return changes


def sale_movements(session: Session, store_id: str, sku: str, limit: int = 10) -> list[str]:
    """The most recent sales of ``sku`` at ``store_id`` (event ids, newest first): an oversell's causes."""
    return list(
        session.scalars(
            select(StockMovement.event_id)
            .where(
                StockMovement.store_id == store_id, StockMovement.sku == sku, StockMovement.reason == "sale"
            )
            .order_by(StockMovement.id.desc())
            .limit(limit)
        )
    )


# -- use cases for screens --


@dataclass(frozen=True)
class StoreWork:
    """What waits for a store, for the Counter's task buttons: holds still to act on (not those the hub
    has not answered), other stores' transfer requests to it, open oversells, customers to call; and the
    names (in one language) of every product and store these mention."""

    holds: tuple[HoldView, ...]
    transfers: tuple[TransferView, ...]
    alerts: tuple[AlertView, ...]
    calls: tuple[CallListEntry, ...]
    names: dict[str, str]


def store_work(session: Session, store_id: str | None, lang: str) -> StoreWork:
    """The work waiting for ``store_id`` (see ``StoreWork``)."""
    from core.catalogue import names_of  # here: this section is appended apart from the imports above

    holds = tuple(
        h
        for h in holds_for(session, store_id)
        if h.state in ("requested", "confirmed") and not h.waiting_for_hub
    )
    transfers = tuple(
        t for t in transfers_for(session, store_id) if t.from_store_id == store_id and t.state == "requested"
    )
    alerts = tuple(open_alerts(session, store_id))
    calls = tuple(call_list(session, store_id))
    skus = {h.sku for h in holds} | {a.sku for a in alerts} | {c.sku for c in calls}
    skus |= {sku for t in transfers for sku, _ in t.lines}
    return StoreWork(holds, transfers, alerts, calls, names_of(session, skus, lang))
