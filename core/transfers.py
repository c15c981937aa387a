"""Transfers between stores: a store asks another for goods (``transfer.requested``); the other store
sees the request. Approval, packing, dispatch with a printed handover slip and receipt grow from here
(issue: transfers and handovers), on the same transition mechanism as holds (core/transitions.py)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Annotated, Any

import msgspec
from msgspec import Meta
from sqlalchemy import BigInteger, ForeignKey, String, delete, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from core.clock import Clock
from core.errors import DomainError
from core.events import MAX_LINES, EventRecord, Note, StaffRef, StoreId, malformed
from core.ids import new_id
from core.models import Base, Event
from core.projection import Batch, Changes
from core.registry import (
    Area,
    Kind,
    Refs,
    Scope,
    SnapshotTable,
    line_skus,
    named_staff,
    register,
    register_snapshot,
)
from core.replica import Till, emit
from core.staff import Permission, StaffMember
from core.stock import StockLine, check_positive_lines


class TransferRequest(Base):
    """A store asks another for goods. Later states (approved, dispatched, received) grow from here."""

    __tablename__ = "transfers"

    transfer_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    event_id: Mapped[str] = mapped_column(ForeignKey("events.event_id"))
    from_store_id: Mapped[str] = mapped_column(String(32), index=True)
    to_store_id: Mapped[str] = mapped_column(String(32), index=True)
    state: Mapped[str] = mapped_column(String(12))  # requested | approved | dispatched | received | ...
    hold_id: Mapped[str] = mapped_column(String(36), default="")
    note: Mapped[str] = mapped_column(String(200), default="")
    requested_at: Mapped[str] = mapped_column(String(40))


class TransferLine(Base):
    __tablename__ = "transfer_lines"

    transfer_id: Mapped[str] = mapped_column(ForeignKey("transfers.transfer_id"), primary_key=True)
    sku: Mapped[str] = mapped_column(String(40), primary_key=True)
    qty: Mapped[int] = mapped_column(BigInteger)


class TransferRequested(msgspec.Struct, frozen=True):
    transfer_id: Annotated[str, Meta(min_length=1, max_length=36)]
    from_store_id: StoreId
    lines: Annotated[list[StockLine], Meta(max_length=MAX_LINES)]
    note: Note = ""
    hold_id: Annotated[str, Meta(max_length=36)] = ""
    staff_id: StaffRef = ""


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


# -- the kind -------------------------------------------------------------------------------------


def _check(record: EventRecord, p: TransferRequested) -> None:
    check_positive_lines(record, p.lines)
    if len(set(line_skus(p.lines))) != len(p.lines):
        raise malformed(record, "duplicate sku")


def _apply(session: Session, record: EventRecord, payload: TransferRequested, _batch: Batch) -> None:
    session.add(
        TransferRequest(
            transfer_id=payload.transfer_id,
            event_id=record.event_id,
            from_store_id=payload.from_store_id,
            to_store_id=record.store_id or "",
            state="requested",
            hold_id=payload.hold_id,
            note=payload.note,
            requested_at=record.occurred_at,
        )
    )
    session.flush()
    session.add_all(
        TransferLine(transfer_id=payload.transfer_id, sku=li.sku, qty=li.qty) for li in payload.lines
    )


def _revert(session: Session, event: Event, _changes: Any) -> None:
    transfer = session.scalar(select(TransferRequest).where(TransferRequest.event_id == event.event_id))
    if transfer is not None:
        session.execute(delete(TransferLine).where(TransferLine.transfer_id == transfer.transfer_id))
        session.delete(transfer)


register(
    Kind(
        "transfer.requested",  # store_id: the store asking to receive
        TransferRequested,
        Scope.STORE,
        _apply,
        areas=frozenset({Area.TRANSFERS}),
        check=_check,
        refs=lambda _r, p: Refs(line_skus(p.lines), (p.from_store_id,), named_staff(p.staff_id)),
        revert=_revert,
    )
)
register_snapshot(SnapshotTable("transfers", TransferRequest, children=((TransferLine, "transfer_id"),)))
