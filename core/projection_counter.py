"""Projecting the counter's facts other than sales themselves: refunds, the audit trail, holds,
transfer requests, the waitlist and oversell alerts. ``core.projection.apply_batch`` calls in here.

These facts are rarer than sales, so they are written one by one; transitions (a hold confirmed,
an alert resolved) were already checked by the hub, so a replica applies them in log order.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from core.clock import utc_text
from core.events import (
    AuditLogged,
    EventRecord,
    HoldRequested,
    HoldUpdated,
    OversellDetected,
    OversellResolved,
    SaleRefunded,
    TransferRequested,
    WaitlistAdded,
    WaitlistUpdated,
    encode_json,
)
from core.models import (
    AuditEntry,
    Event,
    Hold,
    OversellAlert,
    Refund,
    RefundLine,
    TransferLine,
    TransferRequest,
    WaitlistEntry,
)

if TYPE_CHECKING:
    from core.projection import Changes

COUNTER_KINDS = frozenset(
    {
        "sale.refunded",
        "audit.logged",
        "hold.requested",
        "hold.updated",
        "transfer.requested",
        "waitlist.added",
        "waitlist.updated",
        "oversell.detected",
        "oversell.resolved",
    }
)

# Ledger movements these kinds make, as (store, sku, delta, reason); collected by apply_batch.
Movement = tuple[str, str, int, str]


def apply_counter(
    session: Session, record: EventRecord, payload: msgspec.Struct, changes: Changes
) -> list[Movement]:
    """Project one counter fact; returns ledger movements for apply_batch to write with the others."""
    at = record.occurred_at
    store_id = record.store_id or ""
    if isinstance(payload, SaleRefunded):
        session.add(
            Refund(
                refund_id=payload.refund_id,
                event_id=record.event_id,
                sale_id=payload.sale_id,
                store_id=store_id,
                total_avos=payload.total_avos,
                method=payload.method,
                staff_id=payload.staff_id,
                occurred_at=at,
                refund_no=payload.refund_no,
                reason=payload.reason,
                approved_by=payload.approved_by,
            )
        )
        session.flush()
        session.add_all(
            RefundLine(
                refund_id=payload.refund_id,
                line_no=n,
                sku=li.sku,
                qty=li.qty,
                unit_price_avos=li.unit_price_avos,
            )
            for n, li in enumerate(payload.lines, start=1)
        )
        changes.areas.add("sales")
        return [(store_id, line.sku, line.qty, "return") for line in payload.lines]
    if isinstance(payload, AuditLogged):
        session.add(
            AuditEntry(
                event_id=record.event_id,
                store_id=store_id,
                action=payload.action,
                staff_id=payload.staff_id,
                approved_by=payload.approved_by,
                detail=encode_json(payload.detail),
                occurred_at=at,
            )
        )
        changes.areas.add("audit")
        return []
    if isinstance(payload, HoldRequested):
        session.add(
            Hold(
                hold_id=payload.hold_id,
                event_id=record.event_id,
                store_id=payload.store_id,
                for_store_id=store_id,
                sku=payload.sku,
                qty=payload.qty,
                customer_name=payload.customer_name,
                customer_phone=payload.customer_phone,
                until=_until(payload.until),
                state="requested",
                requested_at=at,
                updated_at=at,
            )
        )
        changes.areas.add("holds")
        changes.stock.add((payload.store_id, payload.sku))
        return []
    if isinstance(payload, HoldUpdated):
        hold = session.get(Hold, payload.hold_id)
        if hold is not None:
            hold.state, hold.note, hold.updated_at = payload.state, payload.note, at
            changes.stock.add((hold.store_id, hold.sku))
        changes.areas.add("holds")
        return []
    if isinstance(payload, TransferRequested):
        session.add(
            TransferRequest(
                transfer_id=payload.transfer_id,
                event_id=record.event_id,
                from_store_id=payload.from_store_id,
                to_store_id=store_id,
                state="requested",
                hold_id=payload.hold_id,
                note=payload.note,
                requested_at=at,
            )
        )
        session.flush()
        session.add_all(
            TransferLine(transfer_id=payload.transfer_id, sku=li.sku, qty=li.qty) for li in payload.lines
        )
        changes.areas.add("transfers")
        return []
    if isinstance(payload, WaitlistAdded):
        session.add(
            WaitlistEntry(
                entry_id=payload.entry_id,
                event_id=record.event_id,
                store_id=store_id,
                sku=payload.sku,
                customer_name=payload.customer_name,
                customer_phone=payload.customer_phone,
                state="waiting",
                created_at=at,
            )
        )
        changes.areas.add("waitlist")
        return []
    if isinstance(payload, WaitlistUpdated):
        entry = session.get(WaitlistEntry, payload.entry_id)
        if entry is not None:
            entry.state = payload.state
        changes.areas.add("waitlist")
        return []
    if isinstance(payload, OversellDetected):
        session.add(
            OversellAlert(
                alert_id=payload.alert_id,
                event_id=record.event_id,
                store_id=store_id,
                sku=payload.sku,
                available=payload.available,
                cause_event_ids=encode_json(payload.cause_event_ids),
                raised_at=at,
                state="open",
            )
        )
        changes.areas.add("alerts")
        return []
    if isinstance(payload, OversellResolved):
        alert = session.get(OversellAlert, payload.alert_id)
        changes.areas.add("alerts")
        if alert is None:
            return []
        alert.state, alert.resolution = "resolved", payload.resolution
        alert.resolved_by, alert.note = payload.staff_id, payload.note
        if payload.adjust_qty:
            return [(alert.store_id, alert.sku, payload.adjust_qty, "write_off")]
        return []
    raise AssertionError(record.kind)


def _until(value: str) -> str:
    try:
        return utc_text(value)
    except ValueError:
        return value  # the hub refuses such a hold; a replica keeps what it was given


def sale_extras(
    record: EventRecord, sale: msgspec.Struct
) -> tuple[dict[str, object], list[dict[str, object]]]:
    """The sale_details row and sale_tenders rows of a sale, for bulk insert."""
    from core.events import SaleRecorded

    assert isinstance(sale, SaleRecorded)
    discount = sum(li.discount_avos for li in sale.lines) + sale.basket_discount_avos
    detail = {
        "sale_id": sale.sale_id,
        "receipt_no": sale.receipt_no,
        "staff_id": sale.staff_id,
        "approved_by": sale.approved_by,
        "discount_avos": discount,
        "change_avos": sale.change_avos,
    }
    tenders = [
        {
            "sale_id": sale.sale_id,
            "line_no": n,
            "method": t.method,
            "amount_avos": t.amount_avos,
            "tendered": t.tendered,
            "currency": t.currency,
        }
        for n, t in enumerate(sale.tenders, start=1)
    ]
    return detail, tenders


def revert_counter(session: Session, record: Event, changes: Changes) -> None:
    """Undo a refused counter fact on the replica that made it (stock movements are undone by the caller)."""
    kind, event_id = record.kind, record.event_id
    if kind == "sale.refunded":
        refund = session.scalar(select(Refund).where(Refund.event_id == event_id))
        if refund is not None:
            session.execute(delete(RefundLine).where(RefundLine.refund_id == refund.refund_id))
            session.delete(refund)
    elif kind == "audit.logged":
        session.execute(delete(AuditEntry).where(AuditEntry.event_id == event_id))
    elif kind == "hold.requested":
        hold = session.scalar(select(Hold).where(Hold.event_id == event_id))
        if hold is not None:
            changes.stock.add((hold.store_id, hold.sku))
            session.delete(hold)
        changes.areas.add("holds")
    elif kind == "hold.updated":
        hold_id = msgspec.json.decode(record.payload).get("hold_id", "")
        hold = session.get(Hold, hold_id)
        if hold is not None:
            hold.state = _state_before(session, event_id, hold_id)
            changes.stock.add((hold.store_id, hold.sku))
        changes.areas.add("holds")
    elif kind == "transfer.requested":
        transfer = session.scalar(select(TransferRequest).where(TransferRequest.event_id == event_id))
        if transfer is not None:
            session.execute(delete(TransferLine).where(TransferLine.transfer_id == transfer.transfer_id))
            session.delete(transfer)
        changes.areas.add("transfers")
    elif kind == "waitlist.added":
        session.execute(delete(WaitlistEntry).where(WaitlistEntry.event_id == event_id))
        changes.areas.add("waitlist")
    elif kind == "waitlist.updated":
        entry_id = msgspec.json.decode(record.payload).get("entry_id", "")
        entry = session.get(WaitlistEntry, entry_id)
        if entry is not None:
            entry.state = "waiting"
        changes.areas.add("waitlist")
    elif kind == "oversell.resolved":
        alert_id = msgspec.json.decode(record.payload).get("alert_id", "")
        alert = session.get(OversellAlert, alert_id)
        if alert is not None:
            alert.state, alert.resolution, alert.resolved_by = "open", "", ""
        changes.areas.add("alerts")


def _state_before(session: Session, event_id: str, hold_id: str) -> str:
    """A hold's state from its other accepted updates (the refused one left out)."""
    state = "requested"
    rows = session.scalars(
        select(Event)
        .where(
            Event.kind == "hold.updated",
            Event.event_id != event_id,
            Event.status != "rejected",
            Event.payload.contains(hold_id, autoescape=True),
        )
        .order_by(Event.hub_offset.is_(None), Event.hub_offset, Event.seq)
    )
    for row in rows:
        data = msgspec.json.decode(row.payload)
        if data.get("hold_id") == hold_id:
            state = data.get("state", state)
    return state
