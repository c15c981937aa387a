"""Tables only the hub has: the devices it knows (with their last seq), rejections, and its epoch."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from sqlalchemy import Integer, MetaData, String, Table
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class HubBase(DeclarativeBase):
    metadata = MetaData()
    if TYPE_CHECKING:
        # Every model here maps one Table; SQLAlchemy types __table__ as the wider FromClause.
        __table__: ClassVar[Table]


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


class HubDeviceKey(HubBase):
    """An enrolled device: the hash of its token (never the token), the one store it is bound to, its
    role, and when a manager revoked it. A table of its own, so an older hub database simply gains it."""

    __tablename__ = "hub_device_keys"

    device_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    store_id: Mapped[str | None] = mapped_column(String(32), default=None)
    role: Mapped[str] = mapped_column(String(16))  # till | office
    token_hash: Mapped[str] = mapped_column(String(64))
    label: Mapped[str] = mapped_column(String(80), default="")
    enrolled_at: Mapped[str] = mapped_column(String(40))
    revoked_at: Mapped[str | None] = mapped_column(String(40), default=None)


class HubEnrollmentCode(HubBase):
    """A one-time enrollment code, kept as a hash; ``used_at`` is set in the transaction that enrols."""

    __tablename__ = "hub_enrollment_codes"

    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    store_id: Mapped[str | None] = mapped_column(String(32), default=None)
    role: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[str] = mapped_column(String(40))
    expires_at: Mapped[str] = mapped_column(String(40))
    created_by: Mapped[str] = mapped_column(String(64), default="")
    used_at: Mapped[str | None] = mapped_column(String(40), default=None)
    used_by: Mapped[str | None] = mapped_column(String(64), default=None)
