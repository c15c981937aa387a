"""Snapshots: the hub's state at one log offset, for a device whose log cannot simply continue
(its cursor is below the hub's retention floor, or its checksums disagree with the hub's).

A device applying a snapshot keeps its own unsent facts on top of it, so nothing it sold is lost.
"""

from __future__ import annotations

from typing import Any

import msgspec
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from core import registry
from core.catalogue import ProductUpserted, StoreUpserted, upsert_products, upsert_store
from core.checkpoint import replace_buckets
from core.events import EventRecord, decode_payload
from core.models import Barcode, Base, Event, Product, Staff, StockBalance, StockMovement, Store, SyncBucket
from core.projection import Changes
from core.registry import Area, SnapshotTable
from core.replica import replica_state, to_record
from core.staff import StaffUpserted
from core.staff_admin import upsert_staff

Row = dict[str, Any]


class Snapshot(msgspec.Struct, kw_only=True):
    offset: int
    device_last_seq: int = 0  # the requesting device's last seq the hub had processed at ``offset``
    rejected: list[str] = []  # that device's rejected event ids up to device_last_seq
    stores: list[StoreUpserted] = []
    products: list[ProductUpserted] = []
    staff: list[StaffUpserted] = []
    balances: list[tuple[str, str, int]] = []
    buckets: list[tuple[str, int, int]] = []
    # The features' tables (core.registry.SnapshotTable), by name, as rows without their event ids;
    # a parent's children under "name/child_table".
    tables: dict[str, list[Row]] = {}

    def rows(self) -> int:
        return sum(len(getattr(self, name)) for name in SNAPSHOT_LISTS) + sum(map(len, self.tables.values()))

    def split(self, rows: int) -> list[Snapshot]:
        """Parts of at most ``rows`` rows each (the hub sends them one by one), the header on the first."""
        parts = [Snapshot(offset=self.offset, device_last_seq=self.device_last_seq, rejected=self.rejected)]

        def room(n: int) -> Snapshot:
            if parts[-1].rows() + n > rows:
                parts.append(Snapshot(offset=self.offset))
            return parts[-1]

        for name in SNAPSHOT_LISTS:
            values = getattr(self, name)
            for start in range(0, len(values), rows):
                chunk = values[start : start + rows]
                getattr(room(len(chunk)), name).extend(chunk)
        for name, values in self.tables.items():
            for start in range(0, len(values), rows):
                chunk = values[start : start + rows]
                room(len(chunk)).tables.setdefault(name, []).extend(chunk)
        return parts

    @staticmethod
    def merge(parts: list[Snapshot]) -> Snapshot:
        first = parts[0]
        whole = Snapshot(
            offset=first.offset, device_last_seq=first.device_last_seq, rejected=list(first.rejected)
        )
        for part in parts:
            for name in SNAPSHOT_LISTS:
                getattr(whole, name).extend(getattr(part, name))
            for name, values in part.tables.items():
                whole.tables.setdefault(name, []).extend(values)
        return whole


# The typed list fields, in the order parts carry them (then the features' tables).
SNAPSHOT_LISTS = ("stores", "products", "staff", "balances", "buckets")


def _columns(model: type[Base]) -> list[str]:
    return [c.key for c in model.__table__.columns if c.key != "event_id"]


def _rows(session: Session, model: type[Base]) -> list[Row]:
    columns = _columns(model)
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
        tables=_feature_tables(session),
    )


def _feature_tables(session: Session) -> dict[str, list[Row]]:
    tables: dict[str, list[Row]] = {}
    for spec in registry.snapshot_tables():
        if spec.mode == "local":
            continue  # this replica's own window of detail (sales, refunds, audit): not carried
        tables[spec.name] = _rows(session, spec.model)
        for child, _key in spec.children:
            tables[f"{spec.name}/{child.__tablename__}"] = _rows(session, child)
    return tables


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
    specs = list(registry.snapshot_tables())
    _forget_remote_rows(session, specs)
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
    upsert_products(session, snap.products)
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
    _restore_rows(session, specs, snap)
    _readd_own(session, specs, uncovered)
    replace_buckets(session, {k: (c, x) for k, c, x in snap.buckets})
    state.hub_cursor = snap.offset
    state.snapshot_offset = snap.offset
    return Changes(stock=set(balances), areas=set(Area))


def _forget_remote_rows(session: Session, specs: list[SnapshotTable]) -> None:
    """Rows projected from other devices' facts, which the snapshot replaces (children first), and the
    aggregates, which it replaces whole."""
    remote = select(Event.event_id).where(Event.status.in_(("remote", "snapshot")))
    for spec in specs:
        if spec.mode == "aggregate":
            session.execute(delete(spec.model))
            continue
        key = spec.table.primary_key.columns[0].key
        if "event_id" not in spec.table.columns:
            continue
        parents = select(spec.table.c[key]).where(spec.table.c.event_id.in_(remote))
        for child, child_key in spec.children:
            session.execute(delete(child).where(child.__table__.c[child_key].in_(parents)))
        session.execute(delete(spec.model).where(spec.table.c.event_id.in_(remote)))


def _restore_rows(session: Session, specs: list[SnapshotTable], snap: Snapshot) -> None:
    """The snapshot's open business: new rows added, our own updated to the hub's state (another store
    may have confirmed our hold); aggregates inserted whole."""
    for spec in specs:
        rows = snap.tables.get(spec.name, [])
        if spec.mode == "aggregate":
            if rows:
                session.execute(spec.table.insert(), rows)
            continue
        if spec.mode != "rows":
            continue
        key = spec.table.primary_key.columns[0].key
        for row in rows:
            existing = session.get(spec.model, row[key])
            if existing is None:
                session.add(spec.model(event_id=SNAPSHOT_EVENT, **row))
            else:
                for column, value in row.items():
                    setattr(existing, column, value)
        session.flush()
        for child, _key in spec.children:
            pk = [c.key for c in child.__table__.primary_key.columns]
            for row in snap.tables.get(f"{spec.name}/{child.__tablename__}", []):
                existing_child = session.get(child, tuple(row[c] for c in pk))
                if existing_child is None:
                    session.add(child(**row))
                else:  # our own transfer's lines, as the hub has them now (packed, received...)
                    for column, value in row.items():
                        setattr(existing_child, column, value)
    session.flush()


def _readd_own(session: Session, specs: list[SnapshotTable], uncovered: Any) -> None:
    """This device's facts the snapshot does not cover, added on top of the hub's aggregates again."""
    readd = [spec.readd for spec in specs if spec.mode == "aggregate" and spec.readd is not None]
    if not readd:
        return
    own: list[tuple[EventRecord, msgspec.Struct]] = []
    for row in session.scalars(select(Event).where(Event.event_id.in_(uncovered)).order_by(Event.seq)):
        record = to_record(row)
        own.append((record, decode_payload(record, known_fields_only=False)))
    for add in readd:
        add(session, own)
