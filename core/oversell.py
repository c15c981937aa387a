"""Oversell alerts: the hub raises one (``oversell.detected``, a fact it writes itself) when sales drove
a store's availability below zero; a store manager resolves it (``oversell.resolved``)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import msgspec
from sqlalchemy import (
    BigInteger,
    ForeignKey,
    Index,
    Select,
    String,
    Text,
    bindparam,
    func,
    or_,
    select,
    tuple_,
)
from sqlalchemy.orm import Mapped, Session, mapped_column

from core.clock import Clock, utc_text
from core.errors import DomainError
from core.events import (
    Code,
    EventRecord,
    Id,
    Note,
    SignedQty,
    Sku,
    StaffRef,
    Units,
    decode_json,
    encode_json,
    malformed,
)
from core.holds import ACTIVE_HOLD_STATES, Hold
from core.ids import new_id
from core.models import Base, Event, StockBalance, StockMovement
from core.prepared import Prepared, zip_lists
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
    register_hub_facts,
    register_snapshot,
)
from core.replica import Till, emit
from core.staff import Permission, StaffMember


class OversellAlert(Base):
    """Raised by the hub when sales drove a store's availability below zero."""

    __tablename__ = "oversell_alerts"
    __table_args__ = (Index("ix_oversell_alerts_store_sku_state", "store_id", "sku", "state"),)

    alert_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    event_id: Mapped[str] = mapped_column(ForeignKey("events.event_id"))
    store_id: Mapped[str] = mapped_column(String(32), index=True)
    sku: Mapped[str] = mapped_column(String(40))
    available: Mapped[int] = mapped_column(BigInteger)
    cause_event_ids: Mapped[str] = mapped_column(Text)  # JSON list
    raised_at: Mapped[str] = mapped_column(String(40))
    state: Mapped[str] = mapped_column(String(12))  # open | resolved
    resolution: Mapped[str] = mapped_column(String(20), default="")
    resolved_by: Mapped[str] = mapped_column(String(40), default="")
    note: Mapped[str] = mapped_column(String(200), default="")


class OversellDetected(msgspec.Struct, frozen=True):
    """Written by the hub: sales drove ``sku``'s availability at the event's store below zero."""

    alert_id: Id
    sku: Sku
    available: Units
    cause_event_ids: list[Id]


OVERSELL_RESOLUTIONS = ("transfer_in", "contact_customer", "write_off")


class OversellResolved(msgspec.Struct, frozen=True):
    alert_id: Id
    resolution: Code
    staff_id: StaffRef
    note: Note = ""
    adjust_qty: SignedQty = 0  # write_off: the correction booked to the ledger (brings on-hand back to 0)


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


# -- the kinds ------------------------------------------------------------------------------------


def _apply_detected(session: Session, record: EventRecord, payload: OversellDetected, _batch: Batch) -> None:
    session.add(
        OversellAlert(
            alert_id=payload.alert_id,
            event_id=record.event_id,
            store_id=record.store_id or "",
            sku=payload.sku,
            available=payload.available,
            cause_event_ids=encode_json(payload.cause_event_ids),
            raised_at=record.occurred_at,
            state="open",
        )
    )


def _apply_resolved(session: Session, record: EventRecord, payload: OversellResolved, batch: Batch) -> None:
    alert = session.get(OversellAlert, payload.alert_id)
    if alert is None:
        return
    alert.state, alert.resolution = "resolved", payload.resolution
    alert.resolved_by, alert.note = payload.staff_id, payload.note
    if payload.adjust_qty:
        batch.move(record.event_id, alert.store_id, alert.sku, payload.adjust_qty, "write_off")


def _revert_resolved(session: Session, event: Event, _changes: Any) -> None:
    alert = session.get(OversellAlert, decode_json(event.payload).get("alert_id", ""))
    if alert is not None:
        alert.state, alert.resolution, alert.resolved_by = "open", "", ""


def _check_resolved(record: EventRecord, p: OversellResolved) -> None:
    if p.resolution not in OVERSELL_RESOLUTIONS:
        raise malformed(record, "resolution")


def _hub_check_resolved(hub: Any, record: EventRecord, payload: OversellResolved) -> str | None:
    alert = hub.session.get(OversellAlert, payload.alert_id)
    if alert is None or alert.state != "open" or payload.alert_id in hub.state.bag("alerts_resolved", set):
        return "alert.not_open"
    if alert.store_id != record.store_id:
        return "event.wrong_store"
    return None


def _remember_resolved(hub: Any, _record: EventRecord, payload: OversellResolved) -> None:
    hub.state.bag("alerts_resolved", set).add(payload.alert_id)


register(
    Kind("oversell.detected", OversellDetected, Scope.HUB, _apply_detected, areas=frozenset({Area.ALERTS})),
    Kind(
        "oversell.resolved",
        OversellResolved,
        Scope.STORE,
        _apply_resolved,
        areas=frozenset({Area.ALERTS}),
        check=_check_resolved,
        refs=lambda _r, p: Refs(staff=named_staff(p.staff_id)),
        permission=Permission.RESOLVE_OVERSELL,
        revert=_revert_resolved,
        hub_check=_hub_check_resolved,
        hub_remember=_remember_resolved,
    ),
)
register_snapshot(SnapshotTable("alerts", OversellAlert))
register_errors("alert.not_open")


def _alerts_to_raise(hub: Any) -> list[tuple[str, str | None, msgspec.Struct]]:
    """After a commit group (the hub's writer transaction): each (store, SKU) its sales drove below zero
    availability with no open alert yet gets an ``oversell.detected`` of the hub's own."""
    sold = hub.state.sold
    short = oversold(hub.session, sold, hub.now) if sold else {}
    return [
        (
            "oversell.detected",
            store_id,
            OversellDetected(new_id(), sku, free, sale_movements(hub.session, store_id, sku)),
        )
        for (store_id, sku), free in sorted(short.items())
    ]


register_hub_facts(_alerts_to_raise)
