"""Snapshots: the hub's state at one log offset, for a device whose log cannot simply continue
(its cursor is below the hub's retention floor, or its checksums disagree with the hub's).

A device applying a snapshot keeps its own unsent facts on top of it, so nothing it sold is lost.
"""

from __future__ import annotations

import msgspec
from sqlalchemy import Select, delete, select
from sqlalchemy.orm import Session

from core.checkpoint import replace_buckets
from core.events import ProductUpserted, StaffUpserted, StoreUpserted
from core.models import (
    AuditEntry,
    Barcode,
    Base,
    Event,
    Hold,
    OversellAlert,
    Product,
    Refund,
    RefundLine,
    Sale,
    SaleDetail,
    SaleLine,
    SaleTender,
    Staff,
    StockBalance,
    StockMovement,
    Store,
    SyncBucket,
    TransferLine,
    TransferRequest,
    WaitlistEntry,
)
from core.projection import Changes, upsert_product, upsert_staff, upsert_store
from core.replica import replica_state


class Snapshot(msgspec.Struct, kw_only=True):
    offset: int
    device_last_seq: int = 0  # the requesting device's last seq the hub had processed at ``offset``
    rejected: list[str] = []  # that device's rejected event ids up to device_last_seq
    stores: list[StoreUpserted] = []
    products: list[ProductUpserted] = []
    staff: list[StaffUpserted] = []
    balances: list[tuple[str, str, int]] = []
    buckets: list[tuple[str, int, int]] = []
    # The counter's open business, as table rows (without their event ids).
    holds: list[dict[str, str | int]] = []
    alerts: list[dict[str, str | int]] = []
    waitlist: list[dict[str, str | int]] = []
    transfers: list[dict[str, str | int]] = []
    transfer_lines: list[tuple[str, str, int]] = []

    def rows(self) -> int:
        return (
            len(self.stores)
            + len(self.products)
            + len(self.staff)
            + len(self.balances)
            + len(self.buckets)
            + len(self.holds)
            + len(self.alerts)
            + len(self.waitlist)
            + len(self.transfers)
            + len(self.transfer_lines)
        )


# The list fields, in the order parts carry them (hub/server.py splits, sync_client merges).
SNAPSHOT_LISTS = (
    "stores",
    "products",
    "staff",
    "balances",
    "buckets",
    "holds",
    "alerts",
    "waitlist",
    "transfers",
    "transfer_lines",
)

_ROW_MODELS = {
    "holds": Hold,
    "alerts": OversellAlert,
    "waitlist": WaitlistEntry,
    "transfers": TransferRequest,
}


def _rows(session: Session, model: type[Base]) -> list[dict[str, str | int]]:
    columns = [c.key for c in model.__table__.columns if c.key != "event_id"]
    return [{c: getattr(row, c) for c in columns} for row in session.scalars(select(model))]


def build_snapshot(session: Session, offset: int) -> Snapshot:
    """The catalogue, balances and buckets as the caller's (single, consistent) read transaction sees them."""
    barcodes: dict[str, list[str]] = {}
    for code, sku in session.execute(select(Barcode.code, Barcode.sku).order_by(Barcode.code)):
        barcodes.setdefault(sku, []).append(code)
    return Snapshot(
        offset=offset,
        stores=[
            StoreUpserted(
                s.store_id,
                s.name_zh,
                s.name_en,
                s.name_pt,
                s.latitude,
                s.longitude,
                s.active,
                s.address_zh,
                s.address_pt,
                s.phone,
            )
            for s in session.scalars(select(Store))
        ],
        products=[
            ProductUpserted(
                p.sku,
                p.name_zh,
                p.name_en,
                p.name_pt,
                p.price_avos,
                barcodes.get(p.sku, []),
                p.category,
                p.active,
            )
            for p in session.scalars(select(Product))
        ],
        staff=[
            StaffUpserted(
                s.staff_id,
                s.name,
                s.role,
                s.pin_hash,
                s.store_id,
                name_zh=s.name_zh,
                name_pt=s.name_pt,
                discount_limit=s.discount_limit,
                active=s.active,
            )
            for s in session.scalars(select(Staff))
        ],
        balances=[(b.store_id, b.sku, b.on_hand) for b in session.scalars(select(StockBalance))],
        buckets=[(b.store_key, b.count, b.checksum) for b in session.scalars(select(SyncBucket))],
        holds=_rows(session, Hold),
        alerts=_rows(session, OversellAlert),
        waitlist=_rows(session, WaitlistEntry),
        transfers=_rows(session, TransferRequest),
        transfer_lines=[(t.transfer_id, t.sku, t.qty) for t in session.scalars(select(TransferLine))],
    )


SNAPSHOT_EVENT = "snapshot-base"


def apply_snapshot(session: Session, snap: Snapshot) -> Changes:
    """Replace what this replica learnt from the hub with the snapshot, then re-add its own facts the
    snapshot does not yet include (sent after ``device_last_seq``, or never sent)."""
    state = replica_state(session)
    me = state.device_id
    rejected = set(snap.rejected)
    uncovered = select(Event.event_id).where(
        Event.device_id == me, Event.seq > snap.device_last_seq, Event.status != "rejected"
    )
    keep = [
        (m.event_id, m.store_id, m.sku, m.delta, m.reason)
        for m in session.scalars(select(StockMovement).where(StockMovement.event_id.in_(uncovered)))
    ]
    remote_sales = select(Sale.sale_id).where(Sale.device_id != me)
    _forget_remote_counter_rows(session, remote_sales)
    session.execute(delete(SaleLine).where(SaleLine.sale_id.in_(remote_sales)))
    session.execute(delete(Sale).where(Sale.device_id != me))
    session.execute(delete(StockMovement))
    session.execute(delete(StockBalance))
    session.execute(delete(Event).where(Event.status.in_(("remote", "snapshot"))))
    session.execute(delete(Barcode))
    session.execute(delete(Product))
    session.execute(delete(Store))
    session.execute(delete(Staff))
    session.flush()
    for store in snap.stores:
        upsert_store(session, store)
    for product in snap.products:
        upsert_product(session, product)
    for person in snap.staff:
        upsert_staff(session, person)
    session.add(
        Event(
            event_id=SNAPSHOT_EVENT,
            device_id="hub",
            seq=snap.offset,
            store_id=None,
            kind="replica.snapshot",
            occurred_at="",
            payload="{}",
            status="snapshot",
        )
    )
    session.flush()
    balances: dict[tuple[str, str], int] = {}
    for store_id, sku, qty in snap.balances:
        balances[(store_id, sku)] = qty
        session.add(
            StockMovement(event_id=SNAPSHOT_EVENT, store_id=store_id, sku=sku, delta=qty, reason="snapshot")
        )
    for event_id, store_id, sku, delta, reason in keep:
        balances[(store_id, sku)] = balances.get((store_id, sku), 0) + delta
        session.add(StockMovement(event_id=event_id, store_id=store_id, sku=sku, delta=delta, reason=reason))
    session.add_all(StockBalance(store_id=k[0], sku=k[1], on_hand=v) for k, v in balances.items())
    # Our own facts the hub had processed: logged (now part of the snapshot) or refused.
    for row in session.scalars(
        select(Event).where(
            Event.device_id == me, Event.seq <= snap.device_last_seq, Event.status == "pending"
        )
    ):
        row.status = "rejected" if row.event_id in rejected else "acked"
    _restore_counter_rows(session, snap)
    replace_buckets(session, {k: (c, x) for k, c, x in snap.buckets})
    state.hub_cursor = snap.offset
    state.snapshot_offset = snap.offset
    changes = Changes(stock=set(balances), catalogue=True, stores=True)
    return changes


def _forget_remote_counter_rows(session: Session, remote_sales: Select[str]) -> None:
    """Rows projected from other devices' events, which the snapshot replaces."""
    remote = select(Event.event_id).where(Event.status.in_(("remote", "snapshot")))
    session.execute(delete(SaleDetail).where(SaleDetail.sale_id.in_(remote_sales)))
    session.execute(delete(SaleTender).where(SaleTender.sale_id.in_(remote_sales)))
    refunds = select(Refund.refund_id).where(Refund.event_id.in_(remote))
    session.execute(delete(RefundLine).where(RefundLine.refund_id.in_(refunds)))
    session.execute(delete(Refund).where(Refund.event_id.in_(remote)))
    transfers = select(TransferRequest.transfer_id).where(TransferRequest.event_id.in_(remote))
    session.execute(delete(TransferLine).where(TransferLine.transfer_id.in_(transfers)))
    for model in (TransferRequest, Hold, OversellAlert, WaitlistEntry, AuditEntry):
        session.execute(delete(model).where(model.event_id.in_(remote)))


def _restore_counter_rows(session: Session, snap: Snapshot) -> None:
    """The snapshot's holds, alerts, waitlist and transfers: new ones added, our own updated to the
    hub's state (another store may have confirmed our hold)."""
    for field, model in _ROW_MODELS.items():
        for row in getattr(snap, field):
            key = row[model.__table__.primary_key.columns[0].key]
            existing = session.get(model, key)
            if existing is None:
                session.add(model(event_id=SNAPSHOT_EVENT, **row))
            else:
                for column, value in row.items():
                    setattr(existing, column, value)
    session.flush()
    for transfer_id, sku, qty in snap.transfer_lines:
        if session.get(TransferLine, (transfer_id, sku)) is None:
            session.add(TransferLine(transfer_id=transfer_id, sku=sku, qty=qty))
