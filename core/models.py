"""SQLAlchemy models of a replica's spine: the catalogue, staff, the stock ledger, sales, stocktakes and
the event log/outbox. A feature's own tables live in its module (core/holds.py, core/waitlist.py...);
``schema()`` is all of them.

The same schema serves a counter PC and the hub's projection. Rows are projections of events,
except ``events`` itself (the facts) and ``replica_state`` (where this replica stands).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from sqlalchemy import (
    BigInteger,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from core.names import ThreeNames


def schema() -> MetaData:
    """Every table of a replica: these models and the feature modules' own (core/registry.py imports
    them). Migrations and tests compare against this, never ``Base.metadata`` before it is complete."""
    from core import registry

    registry.load()
    return Base.metadata


class Base(DeclarativeBase):
    if TYPE_CHECKING:
        # Every model here maps one Table (declared with __tablename__); SQLAlchemy types __table__
        # as the wider FromClause, which insert(), update() and core/bulk.py's Table refuse.
        __table__: ClassVar[Table]


class Store(ThreeNames, Base):
    __tablename__ = "stores"

    store_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    name_zh: Mapped[str] = mapped_column(String(120))
    name_en: Mapped[str] = mapped_column(String(120))
    name_pt: Mapped[str] = mapped_column(String(120))
    latitude: Mapped[float | None] = mapped_column(default=None)
    longitude: Mapped[float | None] = mapped_column(default=None)
    active: Mapped[bool] = mapped_column(default=True)
    # Printed on receipts (migration 0007_store_contact).
    address_zh: Mapped[str] = mapped_column(String(200), default="", server_default="")
    address_pt: Mapped[str] = mapped_column(String(200), default="", server_default="")
    phone: Mapped[str] = mapped_column(String(40), default="", server_default="")


class Product(Base):
    __tablename__ = "products"

    sku: Mapped[str] = mapped_column(String(40), primary_key=True)
    category: Mapped[str] = mapped_column(String(40), default="")
    name_zh: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))
    name_pt: Mapped[str] = mapped_column(String(200))
    price_avos: Mapped[int] = mapped_column(BigInteger)
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
    # Managed in Settings → Staff (core/staff_admin.py). ``name`` is the English name.
    name_zh: Mapped[str] = mapped_column(String(120), default="", server_default="")
    name_pt: Mapped[str] = mapped_column(String(120), default="", server_default="")
    discount_limit: Mapped[int | None] = mapped_column(Integer, default=None)  # None: the role's
    # Deactivated staff cannot sign in.
    active: Mapped[bool] = mapped_column(default=True, server_default=true())


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
    snapshot_offset: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # The last receipt and refund numbers this till gave out: consecutive per till, never reused.
    receipt_seq: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    refund_seq: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


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
    delta: Mapped[int] = mapped_column(BigInteger)
    reason: Mapped[str] = mapped_column(String(20))  # sale | receipt | ...


class StockBalance(Base):
    """Sum of the ledger per (store, SKU), kept in the same transaction as each movement."""

    __tablename__ = "stock_balances"

    store_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    sku: Mapped[str] = mapped_column(String(40), primary_key=True)
    on_hand: Mapped[int] = mapped_column(BigInteger, default=0)


class Sale(Base):
    __tablename__ = "sales"

    sale_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    event_id: Mapped[str] = mapped_column(ForeignKey("events.event_id"))
    store_id: Mapped[str] = mapped_column(String(32), index=True)
    device_id: Mapped[str] = mapped_column(String(64))
    total_avos: Mapped[int] = mapped_column(BigInteger)
    occurred_at: Mapped[str] = mapped_column(String(40))


class SaleLine(Base):
    __tablename__ = "sale_lines"

    sale_id: Mapped[str] = mapped_column(ForeignKey("sales.sale_id"), primary_key=True)
    line_no: Mapped[int] = mapped_column(Integer, primary_key=True)
    sku: Mapped[str] = mapped_column(String(40))
    qty: Mapped[int] = mapped_column(BigInteger)
    unit_price_avos: Mapped[int] = mapped_column(BigInteger)
    # Off this line, in total.
    discount_avos: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")


# -- the counter: tenders, refunds, holds, transfer requests, waitlist, oversell alerts, audit -----


class SaleTender(Base):
    """How a sale was paid: one row per tender (split payments have several)."""

    __tablename__ = "sale_tenders"

    sale_id: Mapped[str] = mapped_column(ForeignKey("sales.sale_id"), primary_key=True)
    line_no: Mapped[int] = mapped_column(Integer, primary_key=True)
    method: Mapped[str] = mapped_column(String(20))  # cash_mop | cash_hkd | card | mpay | alipay | wechat
    amount_avos: Mapped[int] = mapped_column(BigInteger)  # MOP applied to the sale
    tendered: Mapped[int] = mapped_column(BigInteger, default=0)  # handed over, in the tender's currency
    currency: Mapped[str] = mapped_column(String(3), default="MOP")


class SaleDetail(Base):
    """What a sale carries beyond its total: who rang it up, discounts, change, receipt number."""

    __tablename__ = "sale_details"

    sale_id: Mapped[str] = mapped_column(ForeignKey("sales.sale_id"), primary_key=True)
    receipt_no: Mapped[str] = mapped_column(String(40), index=True, default="")
    staff_id: Mapped[str] = mapped_column(String(40), default="")
    approved_by: Mapped[str] = mapped_column(String(40), default="")
    discount_avos: Mapped[int] = mapped_column(BigInteger, default=0)  # lines' and basket's together
    change_avos: Mapped[int] = mapped_column(BigInteger, default=0)


class Refund(Base):
    __tablename__ = "refunds"

    refund_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    event_id: Mapped[str] = mapped_column(ForeignKey("events.event_id"))
    sale_id: Mapped[str] = mapped_column(String(36), index=True)
    store_id: Mapped[str] = mapped_column(String(32))
    total_avos: Mapped[int] = mapped_column(BigInteger)
    method: Mapped[str] = mapped_column(String(20))
    staff_id: Mapped[str] = mapped_column(String(40), default="")
    occurred_at: Mapped[str] = mapped_column(String(40))
    refund_no: Mapped[str] = mapped_column(String(40), default="", server_default="")
    reason: Mapped[str] = mapped_column(String(30), default="", server_default="")
    approved_by: Mapped[str] = mapped_column(String(40), default="", server_default="")


class RefundLine(Base):
    __tablename__ = "refund_lines"

    refund_id: Mapped[str] = mapped_column(ForeignKey("refunds.refund_id"), primary_key=True)
    line_no: Mapped[int] = mapped_column(Integer, primary_key=True)
    sku: Mapped[str] = mapped_column(String(40))
    qty: Mapped[int] = mapped_column(BigInteger)
    unit_price_avos: Mapped[int] = mapped_column(BigInteger)


class ParkedBasket(Base):
    """A basket put aside at this till (local only: never synced)."""

    __tablename__ = "parked_baskets"

    basket_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    label: Mapped[str] = mapped_column(String(80), default="")
    staff_id: Mapped[str] = mapped_column(String(40), default="")
    lines: Mapped[str] = mapped_column(Text)  # JSON
    parked_at: Mapped[str] = mapped_column(String(40))


# -- stocktake: counted sections, their lines, reviews of held lines; drafts being counted ---------


class Stocktake(Base):
    """A counted section of a store (projection of ``stocktake.counted``). No foreign key to
    ``events``: a snapshot replaces the events it came with, the count's record stays."""

    __tablename__ = "stocktakes"

    stocktake_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    event_id: Mapped[str] = mapped_column(String(36), index=True)
    store_id: Mapped[str] = mapped_column(String(32), index=True)
    device_id: Mapped[str] = mapped_column(String(64))
    section: Mapped[str] = mapped_column(String(80), default="")
    staff_id: Mapped[str] = mapped_column(String(40), default="")
    anchor: Mapped[str] = mapped_column(Text, default="{}")  # JSON {device_id: last seq covered}
    counted_at: Mapped[str] = mapped_column(String(40))


class StocktakeLine(Base):
    __tablename__ = "stocktake_lines"

    stocktake_id: Mapped[str] = mapped_column(ForeignKey("stocktakes.stocktake_id"), primary_key=True)
    sku: Mapped[str] = mapped_column(String(40), primary_key=True)
    expected: Mapped[int] = mapped_column(BigInteger)
    counted: Mapped[int] = mapped_column(BigInteger)
    held: Mapped[bool] = mapped_column(default=False)  # waits for a manager's approval


class StocktakeReview(Base):
    """A manager's decision on a stocktake's held lines. One per stocktake: a second is a conflict."""

    __tablename__ = "stocktake_reviews"

    stocktake_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    event_id: Mapped[str] = mapped_column(String(36), index=True)
    approved: Mapped[bool] = mapped_column()
    approved_by: Mapped[str] = mapped_column(String(40), default="")
    reviewed_at: Mapped[str] = mapped_column(String(40))


class StocktakeDraft(Base):
    """A count in progress on this device (local only, never synced): survives a restart."""

    __tablename__ = "stocktake_drafts"

    draft_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    store_id: Mapped[str] = mapped_column(String(32))
    section: Mapped[str] = mapped_column(String(80), default="")
    staff_id: Mapped[str] = mapped_column(String(40), default="")
    anchor: Mapped[str] = mapped_column(Text)  # JSON, taken when the count started
    started_at: Mapped[str] = mapped_column(String(40))


class StocktakeDraftLine(Base):
    __tablename__ = "stocktake_draft_lines"

    draft_id: Mapped[str] = mapped_column(ForeignKey("stocktake_drafts.draft_id"), primary_key=True)
    sku: Mapped[str] = mapped_column(String(40), primary_key=True)
    counted: Mapped[int] = mapped_column(BigInteger)
    touched: Mapped[int] = mapped_column(Integer, default=0)  # order of the last scan, newest highest
