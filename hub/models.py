"""Tables only the hub has: the devices it knows (with their last seq), rejections, and its epoch."""

from __future__ import annotations

from sqlalchemy import Integer, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class HubBase(DeclarativeBase):
    metadata = MetaData()


class HubDevice(HubBase):
    __tablename__ = "hub_devices"

    device_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    store_id: Mapped[str | None] = mapped_column(String(32), default=None)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
    first_seen: Mapped[str] = mapped_column(String(40))
    last_seen: Mapped[str] = mapped_column(String(40))


class HubRejection(HubBase):
    """A rejected event consumed its seq; its reason is kept so a retried push gets the same answer."""

    __tablename__ = "hub_rejections"

    event_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(64), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(80))
    at: Mapped[str] = mapped_column(String(40))


class HubMeta(HubBase):
    __tablename__ = "hub_meta"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))
