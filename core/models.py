"""SQLAlchemy models of a replica: the catalogue, the stock ledger, sales and the event log/outbox.

The same schema serves a counter PC and the hub's projection. Rows are projections of events,
except ``events`` itself (the facts) and ``replica_state`` (where this replica stands).
"""

from __future__ import annotations

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Store(Base):
    __tablename__ = "stores"

    store_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    name_zh: Mapped[str] = mapped_column(String(120))
    name_en: Mapped[str] = mapped_column(String(120))
    name_pt: Mapped[str] = mapped_column(String(120))
    latitude: Mapped[float | None] = mapped_column(default=None)
    longitude: Mapped[float | None] = mapped_column(default=None)
    active: Mapped[bool] = mapped_column(default=True)


class Product(Base):
    __tablename__ = "products"

    sku: Mapped[str] = mapped_column(String(40), primary_key=True)
    category: Mapped[str] = mapped_column(String(40), default="")
    name_zh: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))
    name_pt: Mapped[str] = mapped_column(String(200))
    price_avos: Mapped[int] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(default=True)
    # Lower-cased names, SKU and barcodes in one string: search in any language with one LIKE.
    search_text: Mapped[str] = mapped_column(Text, default="")


class Barcode(Base):
    __tablename__ = "barcodes"

    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    sku: Mapped[str] = mapped_column(ForeignKey("products.sku"), index=True)


class Staff(Base):
    __tablename__ = "staff"

    staff_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    store_id: Mapped[str | None] = mapped_column(String(32), default=None)
    name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(20))  # cashier | store_manager | area_manager | engineer
    pin_hash: Mapped[str] = mapped_column(String(200))


class Device(Base):
    """A device of the chain as this replica knows it (a till, a manager's laptop, the head office)."""

    __tablename__ = "devices"

    device_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    store_id: Mapped[str | None] = mapped_column(String(32), default=None)
    label: Mapped[str] = mapped_column(String(120), default="")


class ReplicaState(Base):
    """One row: who this replica is, its last local seq and how far it has read the hub log."""

    __tablename__ = "replica_state"

    id: Mapped[int] = mapped_column(primary_key=True, default=1)
    device_id: Mapped[str] = mapped_column(String(64))
    store_id: Mapped[str | None] = mapped_column(String(32), default=None)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
    hub_cursor: Mapped[int] = mapped_column(Integer, default=0)
    hub_epoch: Mapped[str | None] = mapped_column(String(64), default=None)
    # Offset of the last snapshot applied: history below it is summarised, not replayed.
    snapshot_offset: Mapped[int] = mapped_column(Integer, default=0)


class SyncBucket(Base):
    """Per store (``*`` for chain-wide facts): how many logged events, and the XOR of their id hashes.

    XOR is commutative, so the hub and a device agree whatever order they saw events in; the hub
    sends its buckets in checkpoints and a device that disagrees asks for a snapshot.
    """

    __tablename__ = "sync_buckets"

    store_key: Mapped[str] = mapped_column(String(32), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)
    checksum: Mapped[int] = mapped_column(BigInteger, default=0)


class Event(Base):
    """Every fact, local or received. Local rows with status ``pending`` are the outbox."""

    __tablename__ = "events"
    __table_args__ = (
        UniqueConstraint("device_id", "seq", name="uq_events_device_seq"),
        Index("ix_events_status_seq", "status", "device_id", "seq"),
        # On the hub, hub_offset is the log position: gap-free, in commit order.
        Index("ux_events_hub_offset", "hub_offset", unique=True),
    )

    event_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(64))
    seq: Mapped[int] = mapped_column(Integer)
    store_id: Mapped[str | None] = mapped_column(String(32), default=None)
    kind: Mapped[str] = mapped_column(String(40))
    schema_version: Mapped[int] = mapped_column(Integer, default=1)
    occurred_at: Mapped[str] = mapped_column(String(40))
    payload: Mapped[str] = mapped_column(Text)
    # pending (local, not yet acked) | acked (local, in the hub log) | rejected | remote | logged (hub)
    status: Mapped[str] = mapped_column(String(12))
    reason: Mapped[str | None] = mapped_column(String(80), default=None)
    hub_offset: Mapped[int | None] = mapped_column(Integer, default=None)


class StockMovement(Base):
    """The append-only ledger: one signed delta per (event, line). On-hand is the sum."""

    __tablename__ = "stock_movements"
    __table_args__ = (Index("ix_movements_store_sku", "store_id", "sku"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    event_id: Mapped[str] = mapped_column(ForeignKey("events.event_id"), index=True)
    store_id: Mapped[str] = mapped_column(String(32))
    sku: Mapped[str] = mapped_column(String(40))
    delta: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(20))  # sale | receipt | ...


class StockBalance(Base):
    """Sum of the ledger per (store, SKU), kept in the same transaction as each movement."""

    __tablename__ = "stock_balances"

    store_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    sku: Mapped[str] = mapped_column(String(40), primary_key=True)
    on_hand: Mapped[int] = mapped_column(Integer, default=0)


class Sale(Base):
    __tablename__ = "sales"

    sale_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    event_id: Mapped[str] = mapped_column(ForeignKey("events.event_id"))
    store_id: Mapped[str] = mapped_column(String(32), index=True)
    device_id: Mapped[str] = mapped_column(String(64))
    total_avos: Mapped[int] = mapped_column(Integer)
    occurred_at: Mapped[str] = mapped_column(String(40))


class SaleLine(Base):
    __tablename__ = "sale_lines"

    sale_id: Mapped[str] = mapped_column(ForeignKey("sales.sale_id"), primary_key=True)
    line_no: Mapped[int] = mapped_column(Integer, primary_key=True)
    sku: Mapped[str] = mapped_column(String(40))
    qty: Mapped[int] = mapped_column(Integer)
    unit_price_avos: Mapped[int] = mapped_column(Integer)
