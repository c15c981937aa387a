"""Transfers between stores: a store asks another for goods, the other approves, packs (by scanning,
the packer confirming with their PIN), dispatches with a printed handover slip, and the asking store
receives what arrived, line by line (received, damaged and written off with a reason, missing), in one
receipt or several; then either store's manager closes it. Before dispatch either store may cancel.

    requested -> approved -> packed -> dispatched -> partial -> received -> closed
         \\____________\\__________\\-> cancelled      (partial and received may also be closed)

Stock leaves the sender at dispatch (``transfer_out``) and is *in transit* until received: in transit
is not a ledger of its own but what the dispatched lines still owe (sent - received - damaged -
missing) while the transfer is dispatched or partly received; closing writes off what is still owed as
missing. Received units enter the receiver (``transfer_in``); damaged ones enter and are written off
(``write_off``) so that they count as shrinkage at the store that found them.

Every step is a fact its store records at once, online or not; the hub arbitrates with
``TRANSFER_TRANSITIONS`` in its writer transaction (the first valid step wins; the other store's step
comes back refused with ``transfer.already_<state>``, which the till shows translated)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Annotated, Any

import msgspec
from msgspec import Meta
from sqlalchemy import BigInteger, ForeignKey, String, delete, func, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from core.clock import Clock
from core.errors import DomainError
from core.events import (
    MAX_AVOS,
    MAX_LINES,
    MAX_QTY,
    Avos,
    EventRecord,
    Id,
    Name,
    Note,
    ShortNote,
    Sku,
    StaffRef,
    StoreId,
    malformed,
    out_of_range,
)
from core.ids import new_id
from core.models import Base, Event, Product, Staff
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
    register_errors,
    register_hub_facts,
    register_snapshot,
)
from core.replica import Till, emit
from core.staff import Permission, StaffMember
from core.stock import StockLine, check_positive_lines
from core.transitions import Move, Transitions

TRANSFER_TRANSITIONS = Transitions(
    "transfer",
    "requested",
    (
        Move("approved", ("requested",), "sender", Permission.APPROVE_ADJUSTMENT),
        Move("packed", ("approved", "packed"), "sender", Permission.TRANSFER_REQUEST),  # editable till sent
        Move("dispatched", ("packed",), "sender", Permission.TRANSFER_REQUEST),
        Move("partial", ("dispatched", "partial"), "receiver", Permission.TRANSFER_REQUEST),
        Move("received", ("dispatched", "partial"), "receiver", Permission.TRANSFER_REQUEST),
        Move("closed", ("partial", "received"), "either", Permission.APPROVE_ADJUSTMENT),
        Move("cancelled", ("requested", "approved", "packed"), "either", Permission.TRANSFER_REQUEST),
    ),
)
TRANSFER_STATES = TRANSFER_TRANSITIONS.states
IN_TRANSIT_STATES = ("dispatched", "partial")
OPEN_STATES = ("requested", "approved", "packed", "dispatched", "partial", "received")
register_errors(*TRANSFER_TRANSITIONS.error_codes)
register_errors(
    "transfer.same_store",
    "transfer.duplicate",
    "transfer.nothing_packed",
    "transfer.too_many",
    "transfer.not_sent",
    "transfer.no_reason",
    "transfer.bad_limit",
)

# The store rule "a request worth up to this much is approved without a manager" (the sending store's,
# a synced fact, decided by the hub): MOP 2,000 where a store has set none; 0 turns it off.
DEFAULT_AUTO_APPROVE_AVOS = 200_000


class TransferRequest(Base):
    """A transfer of goods from one store to another, in one of ``TRANSFER_STATES``."""

    __tablename__ = "transfers"

    transfer_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    event_id: Mapped[str] = mapped_column(ForeignKey("events.event_id"))
    from_store_id: Mapped[str] = mapped_column(String(32), index=True)
    to_store_id: Mapped[str] = mapped_column(String(32), index=True)
    state: Mapped[str] = mapped_column(String(12))
    hold_id: Mapped[str] = mapped_column(String(36), default="")
    note: Mapped[str] = mapped_column(String(200), default="")
    requested_at: Mapped[str] = mapped_column(String(40))
    requested_by: Mapped[str] = mapped_column(String(40), default="", server_default="")
    packed_by: Mapped[str] = mapped_column(String(40), default="", server_default="")
    carrier: Mapped[str] = mapped_column(String(120), default="", server_default="")
    dispatched_at: Mapped[str] = mapped_column(String(40), default="", server_default="")
    updated_at: Mapped[str] = mapped_column(String(40), default="", server_default="")


class TransferLine(Base):
    """One SKU of a transfer: ``qty`` asked for, ``sent`` packed and (from dispatch) on its way."""

    __tablename__ = "transfer_lines"

    transfer_id: Mapped[str] = mapped_column(ForeignKey("transfers.transfer_id"), primary_key=True)
    sku: Mapped[str] = mapped_column(String(40), primary_key=True)
    qty: Mapped[int] = mapped_column(BigInteger)
    sent: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")


class TransferStep(Base):
    """Each step a transfer took (one per fact after the request), for its history and for undoing a
    step the hub refused."""

    __tablename__ = "transfer_steps"

    step_id: Mapped[str] = mapped_column(
        String(36), primary_key=True
    )  # the event id of the step's fact (snapshots carry it)
    transfer_id: Mapped[str] = mapped_column(ForeignKey("transfers.transfer_id"), index=True)
    state: Mapped[str] = mapped_column(String(12))
    staff_id: Mapped[str] = mapped_column(String(40), default="")
    detail: Mapped[str] = mapped_column(String(200), default="")  # carrier, note, reason
    at: Mapped[str] = mapped_column(String(40))
    # An approval the hub made by the store's rule: the limit the request's value was under (else 0).
    auto_limit_avos: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")


class TransferRule(Base):
    """A store's transfer rule (one row per store; none: ``DEFAULT_AUTO_APPROVE_AVOS``)."""

    __tablename__ = "transfer_rules"

    store_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    event_id: Mapped[str] = mapped_column(ForeignKey("events.event_id"))
    auto_approve_avos: Mapped[int] = mapped_column(BigInteger)
    staff_id: Mapped[str] = mapped_column(String(40), default="")
    updated_at: Mapped[str] = mapped_column(String(40))


class TransferReceiptLine(Base):
    """What one receipt found of one line."""

    __tablename__ = "transfer_receipt_lines"

    step_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sku: Mapped[str] = mapped_column(String(40), primary_key=True)
    transfer_id: Mapped[str] = mapped_column(ForeignKey("transfers.transfer_id"), index=True)
    received: Mapped[int] = mapped_column(BigInteger, default=0)
    damaged: Mapped[int] = mapped_column(BigInteger, default=0)
    missing: Mapped[int] = mapped_column(BigInteger, default=0)
    reason: Mapped[str] = mapped_column(String(80), default="")


# -- facts ----------------------------------------------------------------------------------------

Count = Annotated[int, Meta(ge=0, le=MAX_QTY)]


class TransferRequested(msgspec.Struct, frozen=True):
    """The store posting it (``store_id``) asks ``from_store_id`` to send it these goods."""

    transfer_id: Id
    from_store_id: StoreId
    lines: Annotated[list[StockLine], Meta(max_length=MAX_LINES)]
    note: Note = ""
    hold_id: Annotated[str, Meta(max_length=36)] = ""
    staff_id: StaffRef = ""


class _Step(msgspec.Struct, frozen=True):
    transfer_id: Id
    note: Note = ""
    staff_id: StaffRef = ""


class TransferApproved(_Step, frozen=True):
    """The sending store's manager agrees to send; or the hub does, by the store's rule (nobody named,
    ``auto_limit_avos`` the limit the request's value was under: only the hub may say so)."""

    auto_limit_avos: Avos = 0


class TransferRuleSet(msgspec.Struct, frozen=True):
    """The posting store's rule: requests to it worth up to ``auto_approve_avos`` (qty x the current
    price) are approved by the hub without a manager; 0: every request waits for one."""

    auto_approve_avos: Avos
    staff_id: StaffRef = ""


class TransferCancelled(_Step, frozen=True):
    """Either store calls it off before dispatch."""


class TransferClosed(_Step, frozen=True):
    """A manager settles it after receipt: anything still owed is written off as missing."""


class TransferPacked(msgspec.Struct, frozen=True):
    """The goods as packed (which may differ from the request); ``staff_id`` confirmed with their PIN."""

    transfer_id: Id
    lines: Annotated[list[StockLine], Meta(max_length=MAX_LINES)]
    staff_id: StaffRef = ""


class TransferDispatched(msgspec.Struct, frozen=True):
    """The packed goods leave the sender, carried by ``carrier`` (a member of staff or a courier)."""

    transfer_id: Id
    carrier: Name
    staff_id: StaffRef = ""


class ReceiptLine(msgspec.Struct, frozen=True):
    sku: Sku
    received: Count = 0
    damaged: Count = 0
    missing: Count = 0
    reason: ShortNote = ""  # why damaged


class TransferReceived(msgspec.Struct, frozen=True):
    """What the receiving store found, per line; lines not named stay in transit."""

    transfer_id: Id
    lines: Annotated[list[ReceiptLine], Meta(max_length=MAX_LINES)]
    staff_id: StaffRef = ""


# -- how the rules see a transfer ------------------------------------------------------------------


@dataclass(frozen=True)
class TransferRow:
    """A transfer as the rules see it: its stores, state and, per SKU, what is packed and still owed."""

    transfer_id: str
    from_store_id: str
    to_store_id: str
    state: str
    owed: tuple[tuple[str, int], ...] = ()  # (sku, units sent and not yet accounted for)

    @property
    def parties(self) -> dict[str, tuple[str, ...]]:
        return {
            "sender": (self.from_store_id,),
            "receiver": (self.to_store_id,),
            "either": (self.from_store_id, self.to_store_id),
        }


def _load_row(session: Session, transfer_id: str) -> TransferRow | None:
    t = session.get(TransferRequest, transfer_id)
    if t is None:
        return None
    sent = dict(
        session.execute(
            select(TransferLine.sku, TransferLine.sent).where(TransferLine.transfer_id == transfer_id)
        ).all()
    )
    done = session.execute(
        select(
            TransferReceiptLine.sku,
            func.sum(
                TransferReceiptLine.received + TransferReceiptLine.damaged + TransferReceiptLine.missing
            ),
        )
        .where(TransferReceiptLine.transfer_id == transfer_id)
        .group_by(TransferReceiptLine.sku)
    ).all()
    owed = dict(sent)
    for sku, n in done:
        owed[sku] = owed.get(sku, 0) - int(n or 0)
    return TransferRow(
        t.transfer_id,
        t.from_store_id,
        t.to_store_id,
        t.state,
        tuple(sorted((k, int(v)) for k, v in owed.items() if v > 0)),
    )


def receipt_outcome(row: TransferRow, lines: Iterable[ReceiptLine]) -> tuple[str, str | None]:
    """(the state a receipt leaves the transfer in, why it must be refused or None)."""
    owed = dict(row.owed)
    for line in lines:
        if line.sku not in owed:
            return "partial", "transfer.not_sent"
        owed[line.sku] -= line.received + line.damaged + line.missing
        if owed[line.sku] < 0:
            return "partial", "transfer.too_many"
    return ("received" if not any(owed.values()) else "partial"), None


def step_refusal(
    row: TransferRow | None, state: str, acting_store: str | None, member: StaffMember | None = None
) -> str | None:
    """Why this store (this member) may not move the transfer to ``state`` now (a code), or None."""
    return TRANSFER_TRANSITIONS.refusal(
        row.state if row else None,
        state,
        acting_store,
        row.parties if row else {},
        (lambda p: member.can(Permission(p))) if member is not None else None,
    )


# -- use cases ------------------------------------------------------------------------------------


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
    """Ask another store to send goods here. It approves, packs and dispatches them."""
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


def _checked(session: Session, till: Till, staff: StaffMember, transfer_id: str, state: str) -> TransferRow:
    row = _load_row(session, transfer_id)
    reason = step_refusal(row, state, till.store_id, staff)
    if reason == "staff.not_allowed":
        raise DomainError(reason, name=staff.name)
    if reason is not None or row is None:
        raise DomainError(reason or "transfer.unknown")
    return row


def approve_transfer(
    session: Session,
    till: Till,
    staff: StaffMember,
    transfer_id: str,
    note: str = "",
    clock: Clock | None = None,
) -> Changes:
    """The sending store's manager agrees to send."""
    _checked(session, till, staff, transfer_id, "approved")
    payload = TransferApproved(transfer_id, note.strip(), staff.staff_id)
    return emit(session, "transfer.approved", payload, store_id=till.store_id, clock=clock)[1]


def cancel_transfer(
    session: Session,
    till: Till,
    staff: StaffMember,
    transfer_id: str,
    note: str = "",
    clock: Clock | None = None,
) -> Changes:
    """Either store calls the transfer off, before it is dispatched."""
    _checked(session, till, staff, transfer_id, "cancelled")
    payload = TransferCancelled(transfer_id, note.strip(), staff.staff_id)
    return emit(session, "transfer.cancelled", payload, store_id=till.store_id, clock=clock)[1]


def close_transfer(
    session: Session,
    till: Till,
    staff: StaffMember,
    transfer_id: str,
    note: str = "",
    clock: Clock | None = None,
) -> Changes:
    """A manager settles a received (or partly received) transfer; what is still owed is missing."""
    _checked(session, till, staff, transfer_id, "closed")
    payload = TransferClosed(transfer_id, note.strip(), staff.staff_id)
    return emit(session, "transfer.closed", payload, store_id=till.store_id, clock=clock)[1]


def pack_transfer(
    session: Session,
    till: Till,
    packer: StaffMember,
    transfer_id: str,
    lines: Iterable[tuple[str, int]],
    clock: Clock | None = None,
) -> Changes:
    """Record what was packed (scanned), confirmed by the packer's PIN (``packer`` signed in with it)."""
    _checked(session, till, packer, transfer_id, "packed")
    items = [StockLine(sku, qty) for sku, qty in lines if qty > 0]
    if not items:
        raise DomainError("transfer.nothing_packed")
    payload = TransferPacked(transfer_id, items, packer.staff_id)
    return emit(session, "transfer.packed", payload, store_id=till.store_id, clock=clock)[1]


def dispatch_transfer(
    session: Session,
    till: Till,
    staff: StaffMember,
    transfer_id: str,
    carrier: str,
    clock: Clock | None = None,
) -> Changes:
    """The packed goods leave: out of this store's stock, into transit towards the other store."""
    _checked(session, till, staff, transfer_id, "dispatched")
    payload = TransferDispatched(transfer_id, carrier.strip()[:120], staff.staff_id)
    return emit(session, "transfer.dispatched", payload, store_id=till.store_id, clock=clock)[1]


def receive_transfer(
    session: Session,
    till: Till,
    staff: StaffMember,
    transfer_id: str,
    lines: Iterable[ReceiptLine],
    clock: Clock | None = None,
) -> tuple[str, Changes]:
    """Record what arrived, per line: received, damaged (with a reason), missing. Lines left out stay
    in transit. Returns the state it leaves the transfer in (``partial`` or ``received``)."""
    items = [li for li in lines if li.received or li.damaged or li.missing]
    row = _load_row(session, transfer_id)
    target, reason = ("partial", None) if row is None else receipt_outcome(row, items)
    reason = step_refusal(row, target, till.store_id, staff) or reason
    if reason == "staff.not_allowed":
        raise DomainError(reason, name=staff.name)
    if reason is not None:
        raise DomainError(reason)
    if not items:
        raise DomainError("sale.empty_basket")
    if any(li.damaged and not li.reason.strip() for li in items):
        raise DomainError("transfer.no_reason")
    payload = TransferReceived(transfer_id, items, staff.staff_id)
    return target, emit(session, "transfer.received", payload, store_id=till.store_id, clock=clock)[1]


def set_transfer_rule(
    session: Session,
    till: Till,
    staff: StaffMember,
    auto_approve_avos: int,
    clock: Clock | None = None,
) -> Changes:
    """A manager sets this store's rule: requests to it worth up to ``auto_approve_avos`` are approved
    by the hub at once (0: every request waits for a manager). Every till of the chain sees it."""
    if not staff.can(Permission.APPROVE_ADJUSTMENT):
        raise DomainError("staff.not_allowed", name=staff.name)
    if not 0 <= auto_approve_avos <= MAX_AVOS:
        raise DomainError("transfer.bad_limit")
    payload = TransferRuleSet(auto_approve_avos, staff.staff_id)
    return emit(session, "transfer.rule_set", payload, store_id=till.store_id, clock=clock)[1]


def auto_approve_limit(session: Session, store_id: str | None) -> int:
    """The store's rule as this replica has it: requests worth up to this are approved at once."""
    if not store_id:
        return DEFAULT_AUTO_APPROVE_AVOS
    value = session.scalar(select(TransferRule.auto_approve_avos).where(TransferRule.store_id == store_id))
    return DEFAULT_AUTO_APPROVE_AVOS if value is None else int(value)


# -- what screens read ---------------------------------------------------------------------------


@dataclass(frozen=True)
class TransferLineView:
    sku: str
    name_zh: str
    name_en: str
    name_pt: str
    requested: int
    sent: int
    received: int
    damaged: int
    missing: int
    in_transit: int

    def name(self, lang: str) -> str:
        return {"zh_Hant": self.name_zh, "pt": self.name_pt}.get(lang, self.name_en) or self.sku


@dataclass(frozen=True)
class TransferStepView:
    state: str
    staff_name: str
    detail: str
    at: str
    auto_limit_avos: int = 0  # approved by the hub, by the store's rule of this limit


@dataclass(frozen=True)
class TransferView:
    transfer_id: str
    from_store_id: str
    to_store_id: str
    state: str
    lines: tuple[tuple[str, int], ...]  # (sku, units asked for), as the Counter lists requests
    note: str
    requested_at: str
    packed_by: str  # the packer's name (PIN-confirmed)
    carrier: str
    dispatched_at: str
    steps: tuple[TransferStepView, ...] = ()
    waiting_for_hub: bool = False  # a step made here is not yet accepted by the hub
    items: tuple[TransferLineView, ...] = ()  # each line: asked, sent, received, damaged, missing

    @property
    def number(self) -> str:
        return transfer_number(self.transfer_id)

    @property
    def in_transit(self) -> int:
        return sum(li.in_transit for li in self.items)

    @property
    def auto_approved_under(self) -> int:
        """The store's limit the hub approved this transfer under (0: a manager approved it, or nobody)."""
        return next((s.auto_limit_avos for s in self.steps if s.state == "approved" and s.auto_limit_avos), 0)


def transfer_number(transfer_id: str) -> str:
    """The short number printed and barcoded on the slip (the QR carries the whole id)."""
    return "TR-" + transfer_id.replace("-", "")[-12:].upper()


def _staff_names(session: Session, ids: set[str], lang: str) -> dict[str, str]:
    """Staff names in ``lang`` (the English one where no other was given)."""
    if not ids:
        return {}
    rows = session.execute(
        select(Staff.staff_id, Staff.name, Staff.name_zh, Staff.name_pt).where(Staff.staff_id.in_(ids))
    ).all()
    return {i: {"zh_Hant": zh, "pt": pt}.get(lang, "") or en for i, en, zh, pt in rows}


def _view(session: Session, t: TransferRequest, lang: str) -> TransferView:
    rows = session.execute(
        select(TransferLine, Product.name_zh, Product.name_en, Product.name_pt)
        .outerjoin(Product, Product.sku == TransferLine.sku)
        .where(TransferLine.transfer_id == t.transfer_id)
        .order_by(TransferLine.sku)
    ).all()
    found: dict[str, list[int]] = {}
    for r in session.scalars(
        select(TransferReceiptLine).where(TransferReceiptLine.transfer_id == t.transfer_id)
    ):
        f = found.setdefault(r.sku, [0, 0, 0])
        f[0], f[1], f[2] = f[0] + r.received, f[1] + r.damaged, f[2] + r.missing
    moving = t.state in IN_TRANSIT_STATES
    lines = []
    for line, zh, en, pt in rows:
        got, bad, lost = found.get(line.sku, [0, 0, 0])
        owed = (
            line.sent - got - bad - lost
            if t.state not in ("requested", "approved", "packed", "cancelled")
            else 0
        )
        if t.state == "closed":
            lost, owed = lost + max(owed, 0), 0
        lines.append(
            TransferLineView(
                line.sku,
                zh or "",
                en or "",
                pt or "",
                line.qty,
                line.sent,
                got,
                bad,
                lost,
                owed if moving else 0,
            )
        )
    steps = session.execute(
        select(TransferStep, Event.status)
        .outerjoin(Event, Event.event_id == TransferStep.step_id)
        .where(TransferStep.transfer_id == t.transfer_id)
        .order_by(TransferStep.at)
    ).all()
    names = _staff_names(session, {s.staff_id for s, _ in steps} | {t.packed_by, t.requested_by} - {""}, lang)
    return TransferView(
        t.transfer_id,
        t.from_store_id,
        t.to_store_id,
        t.state,
        tuple((li.sku, li.requested) for li in lines if li.requested),
        t.note,
        t.requested_at,
        names.get(t.packed_by, t.packed_by),
        t.carrier,
        t.dispatched_at,
        tuple(
            TransferStepView(s.state, names.get(s.staff_id, s.staff_id), s.detail, s.at, s.auto_limit_avos)
            for s, _ in steps
        ),
        any(status == "pending" for _, status in steps),
        tuple(lines),
    )


def transfers_for(session: Session, store_id: str | None, lang: str = "en") -> list[TransferView]:
    """Transfers this store sends or receives (all of them for the head office), newest first."""
    stmt = select(TransferRequest).order_by(TransferRequest.requested_at.desc())
    if store_id is not None:
        stmt = stmt.where(
            (TransferRequest.from_store_id == store_id) | (TransferRequest.to_store_id == store_id)
        )
    return [_view(session, t, lang) for t in session.scalars(stmt).all()]


def transfer_detail(session: Session, transfer_id: str, lang: str = "en") -> TransferView | None:
    t = session.get(TransferRequest, transfer_id)
    return _view(session, t, lang) if t is not None else None


# -- in transit -----------------------------------------------------------------------------------


def in_transit(session: Session, skus: Iterable[str] | None = None) -> dict[tuple[str, str], int]:
    """Units on their way, by (receiving store, SKU): sent and not yet accounted for."""
    sent = select(TransferRequest.to_store_id, TransferLine.sku, func.sum(TransferLine.sent)).join(
        TransferLine, TransferLine.transfer_id == TransferRequest.transfer_id
    )
    done = select(
        TransferRequest.to_store_id,
        TransferReceiptLine.sku,
        func.sum(TransferReceiptLine.received + TransferReceiptLine.damaged + TransferReceiptLine.missing),
    ).join(TransferReceiptLine, TransferReceiptLine.transfer_id == TransferRequest.transfer_id)
    wanted = None if skus is None else list(set(skus))
    out: dict[tuple[str, str], int] = {}
    for stmt, sign, col in ((sent, 1, TransferLine.sku), (done, -1, TransferReceiptLine.sku)):
        stmt = stmt.where(TransferRequest.state.in_(IN_TRANSIT_STATES))
        if wanted is not None:
            stmt = stmt.where(col.in_(wanted))
        for store_id, sku, n in session.execute(stmt.group_by(TransferRequest.to_store_id, col)).all():
            out[(store_id, sku)] = out.get((store_id, sku), 0) + sign * int(n or 0)
    return {k: v for k, v in out.items() if v > 0}


# -- projection -----------------------------------------------------------------------------------


def _check_requested(record: EventRecord, p: TransferRequested) -> None:
    check_positive_lines(record, p.lines)
    if len(set(line_skus(p.lines))) != len(p.lines):
        raise malformed(record, "duplicate sku")
    if p.from_store_id == record.store_id:
        raise malformed(record, "same store")


def _check_packed(record: EventRecord, p: TransferPacked) -> None:
    check_positive_lines(record, p.lines)
    if len(set(line_skus(p.lines))) != len(p.lines):
        raise malformed(record, "duplicate sku")


def _check_received(record: EventRecord, p: TransferReceived) -> None:
    if not p.lines:
        raise malformed(record, "no lines")
    if len({li.sku for li in p.lines}) != len(p.lines):
        raise malformed(record, "duplicate sku")
    if any(li.received + li.damaged + li.missing <= 0 for li in p.lines):
        raise out_of_range(record, "quantity")


def _apply_requested(
    session: Session, record: EventRecord, payload: TransferRequested, _batch: Batch
) -> None:
    session.add(
        TransferRequest(
            transfer_id=payload.transfer_id,
            event_id=record.event_id,
            from_store_id=payload.from_store_id,
            to_store_id=record.store_id or "",
            state=TRANSFER_TRANSITIONS.initial,
            hold_id=payload.hold_id,
            note=payload.note,
            requested_at=record.occurred_at,
            requested_by=payload.staff_id,
            packed_by="",
            carrier="",
            dispatched_at="",
            updated_at=record.occurred_at,
        )
    )
    session.flush()
    session.add_all(
        TransferLine(transfer_id=payload.transfer_id, sku=li.sku, qty=li.qty, sent=0) for li in payload.lines
    )


def _step(
    session: Session,
    record: EventRecord,
    transfer_id: str,
    state: str,
    staff: str,
    detail: str,
    auto_limit: int = 0,
) -> TransferRequest | None:
    """Record a step; a replica applies the hub's accepted steps in log order (the hub checked them)."""
    t = session.get(TransferRequest, transfer_id)
    if t is None:
        return None
    t.state, t.updated_at = state, record.occurred_at
    session.add(
        TransferStep(
            step_id=record.event_id,
            transfer_id=transfer_id,
            state=state,
            staff_id=staff,
            detail=detail[:200],
            at=record.occurred_at,
            auto_limit_avos=auto_limit,
        )
    )
    return t


def _apply_note_step(state: str) -> Any:
    def apply(session: Session, record: EventRecord, payload: _Step, _batch: Batch) -> None:
        _step(session, record, payload.transfer_id, state, payload.staff_id, payload.note)

    return apply


def _apply_approved(session: Session, record: EventRecord, payload: TransferApproved, _batch: Batch) -> None:
    _step(
        session,
        record,
        payload.transfer_id,
        "approved",
        payload.staff_id,
        payload.note,
        payload.auto_limit_avos,
    )


def _apply_rule_set(session: Session, record: EventRecord, payload: TransferRuleSet, _batch: Batch) -> None:
    store_id = record.store_id or ""
    rule = session.get(TransferRule, store_id)
    if rule is None:
        rule = TransferRule(store_id=store_id)
        session.add(rule)
    rule.event_id, rule.auto_approve_avos = record.event_id, payload.auto_approve_avos
    rule.staff_id, rule.updated_at = payload.staff_id, record.occurred_at


def _revert_rule_set(session: Session, event: Event, _changes: Changes) -> None:
    """The hub refused this rule: the store's rule is the one set before it (or the default) again."""
    rule = session.get(TransferRule, event.store_id or "")
    if rule is None or rule.event_id != event.event_id:
        return
    before = session.execute(
        select(Event)
        .where(
            Event.kind == "transfer.rule_set",
            Event.store_id == event.store_id,
            Event.event_id != event.event_id,
            Event.status != "rejected",
        )
        .order_by(Event.hub_offset.is_(None).desc(), Event.hub_offset.desc(), Event.seq.desc())
        .limit(1)
    ).scalar_one_or_none()
    if before is None:
        session.delete(rule)
        return
    payload = msgspec.json.decode(before.payload, type=TransferRuleSet)
    rule.event_id, rule.auto_approve_avos = before.event_id, payload.auto_approve_avos
    rule.staff_id, rule.updated_at = payload.staff_id, before.occurred_at


def _set_packed(session: Session, transfer_id: str, lines: Iterable[StockLine]) -> None:
    packed = {li.sku: li.qty for li in lines}
    existing = {
        li.sku: li
        for li in session.scalars(select(TransferLine).where(TransferLine.transfer_id == transfer_id))
    }
    for sku, line in existing.items():
        if sku not in packed and line.qty == 0:
            session.delete(line)  # added at an earlier packing, left out now
        else:
            line.sent = packed.get(sku, 0)
    for sku, qty in packed.items():
        if sku not in existing:
            session.add(TransferLine(transfer_id=transfer_id, sku=sku, qty=0, sent=qty))


def _apply_packed(session: Session, record: EventRecord, payload: TransferPacked, _batch: Batch) -> None:
    t = _step(session, record, payload.transfer_id, "packed", payload.staff_id, "")
    if t is not None:
        t.packed_by = payload.staff_id
        _set_packed(session, payload.transfer_id, payload.lines)


def _apply_dispatched(
    session: Session, record: EventRecord, payload: TransferDispatched, batch: Batch
) -> None:
    t = _step(session, record, payload.transfer_id, "dispatched", payload.staff_id, payload.carrier)
    if t is None:
        return
    t.carrier, t.dispatched_at = payload.carrier, record.occurred_at
    for sku, sent in session.execute(
        select(TransferLine.sku, TransferLine.sent).where(
            TransferLine.transfer_id == t.transfer_id, TransferLine.sent > 0
        )
    ).all():
        batch.move(record.event_id, t.from_store_id, sku, -sent, "transfer_out")
        batch.changes.stock.add((t.to_store_id, sku))  # its in transit changed


def _apply_received(session: Session, record: EventRecord, payload: TransferReceived, batch: Batch) -> None:
    row = _load_row(session, payload.transfer_id)
    if row is None:
        return
    state, _ = receipt_outcome(row, payload.lines)
    damage = "; ".join(f"{li.sku}: {li.reason}" for li in payload.lines if li.damaged and li.reason)
    _step(session, record, payload.transfer_id, state, payload.staff_id, damage)
    store = row.to_store_id
    for li in payload.lines:
        session.add(
            TransferReceiptLine(
                step_id=record.event_id,
                sku=li.sku,
                transfer_id=payload.transfer_id,
                received=li.received,
                damaged=li.damaged,
                missing=li.missing,
                reason=li.reason,
            )
        )
        if li.received or li.damaged:
            batch.move(record.event_id, store, li.sku, li.received + li.damaged, "transfer_in")
        if li.damaged:
            batch.move(record.event_id, store, li.sku, -li.damaged, "write_off")
        batch.changes.stock.add((store, li.sku))


def _apply_closed(session: Session, record: EventRecord, payload: TransferClosed, batch: Batch) -> None:
    t = _step(session, record, payload.transfer_id, "closed", payload.staff_id, payload.note)
    if t is not None:
        for sku in session.scalars(select(TransferLine.sku).where(TransferLine.transfer_id == t.transfer_id)):
            batch.changes.stock.add((t.to_store_id, sku))


def _revert_requested(session: Session, event: Event, _changes: Changes) -> None:
    transfer = session.scalar(select(TransferRequest).where(TransferRequest.event_id == event.event_id))
    if transfer is not None:
        for table in (TransferReceiptLine, TransferStep, TransferLine):
            session.execute(delete(table).where(table.transfer_id == transfer.transfer_id))
        session.delete(transfer)


def _revert_step(session: Session, event: Event, changes: Changes) -> None:
    """Undo a step the hub refused: forget it and replay the transfer's remaining steps."""
    step = session.get(TransferStep, event.event_id)
    if step is None:
        return
    transfer_id = step.transfer_id
    session.execute(delete(TransferReceiptLine).where(TransferReceiptLine.step_id == event.event_id))
    session.delete(step)
    session.flush()
    t = session.get(TransferRequest, transfer_id)
    if t is None:
        return
    rows = session.execute(
        select(TransferStep, Event.kind, Event.payload)
        .outerjoin(Event, Event.event_id == TransferStep.step_id)
        .where(TransferStep.transfer_id == transfer_id)
        .order_by(Event.hub_offset.is_(None), Event.hub_offset, Event.seq, TransferStep.at)
    ).all()
    t.state, t.packed_by, t.carrier, t.dispatched_at = TRANSFER_TRANSITIONS.initial, "", "", ""
    packed: list[StockLine] = []
    for s, kind, payload in rows:
        t.state = s.state
        if kind == "transfer.packed" and payload:
            packed = msgspec.json.decode(payload, type=TransferPacked).lines
            t.packed_by = s.staff_id
        elif kind == "transfer.dispatched":
            t.carrier, t.dispatched_at = s.detail, s.at
    _set_packed(session, transfer_id, packed)
    changes.areas.add(Area.TRANSFERS)
    for sku in session.scalars(select(TransferLine.sku).where(TransferLine.transfer_id == transfer_id)):
        changes.stock.add((t.to_store_id, sku))


# -- the hub: in its writer transaction, the group's earlier facts included ------------------------


def _group_row(hub: Any, transfer_id: str) -> TransferRow | None:
    group: dict[str, TransferRow] = hub.state.bag("transfers", dict)
    if transfer_id in group:
        return group[transfer_id]
    return _load_row(hub.session, transfer_id)


def _remember(hub: Any, row: TransferRow) -> None:
    hub.state.bag("transfers", dict)[row.transfer_id] = row


def _hub_check_requested(hub: Any, _record: EventRecord, payload: TransferRequested) -> str | None:
    return "transfer.duplicate" if _group_row(hub, payload.transfer_id) is not None else None


def _remember_requested(hub: Any, record: EventRecord, payload: TransferRequested) -> None:
    _remember(
        hub, TransferRow(payload.transfer_id, payload.from_store_id, record.store_id or "", "requested")
    )


def _note_step(state: str) -> tuple[Any, Any]:
    def check(hub: Any, record: EventRecord, payload: _Step) -> str | None:
        return step_refusal(_group_row(hub, payload.transfer_id), state, record.store_id)

    def remember(hub: Any, _record: EventRecord, payload: _Step) -> None:
        row = _group_row(hub, payload.transfer_id)
        if row is not None:
            _remember(hub, replace(row, state=state, owed=() if state == "closed" else row.owed))

    return check, remember


def _hub_check_packed(hub: Any, record: EventRecord, payload: TransferPacked) -> str | None:
    return step_refusal(_group_row(hub, payload.transfer_id), "packed", record.store_id)


def _remember_packed(hub: Any, _record: EventRecord, payload: TransferPacked) -> None:
    row = _group_row(hub, payload.transfer_id)
    if row is not None:
        _remember(hub, replace(row, state="packed", owed=tuple((li.sku, li.qty) for li in payload.lines)))


def _hub_check_dispatched(hub: Any, record: EventRecord, payload: TransferDispatched) -> str | None:
    return step_refusal(_group_row(hub, payload.transfer_id), "dispatched", record.store_id)


def _remember_dispatched(hub: Any, record: EventRecord, payload: TransferDispatched) -> None:
    row = _group_row(hub, payload.transfer_id)
    if row is not None:
        _remember(hub, replace(row, state="dispatched"))
        for sku, qty in row.owed:
            hub.state.delta[(row.from_store_id, sku)] -= qty


def _hub_check_received(hub: Any, record: EventRecord, payload: TransferReceived) -> str | None:
    row = _group_row(hub, payload.transfer_id)
    if row is None:
        return "transfer.unknown"
    target, reason = receipt_outcome(row, payload.lines)
    return step_refusal(row, target, record.store_id) or reason


def _remember_received(hub: Any, _record: EventRecord, payload: TransferReceived) -> None:
    row = _group_row(hub, payload.transfer_id)
    if row is None:
        return
    state, _ = receipt_outcome(row, payload.lines)
    owed = dict(row.owed)
    for li in payload.lines:
        owed[li.sku] = owed.get(li.sku, 0) - (li.received + li.damaged + li.missing)
        hub.state.delta[(row.to_store_id, li.sku)] += li.received
    _remember(hub, replace(row, state=state, owed=tuple((k, v) for k, v in owed.items() if v > 0)))


def _hub_check_approved(hub: Any, record: EventRecord, payload: TransferApproved) -> str | None:
    if payload.auto_limit_avos:  # only the hub approves by the rule (its own facts are not checked here)
        return "event.not_allowed"
    return _approve_check(hub, record, payload)


def auto_approvals(hub: Any) -> list[tuple[str, str | None, msgspec.Struct]]:
    """After a commit group (its facts applied, same transaction): ``transfer.approved`` facts of the
    hub's own for each transfer requested in the group, still waiting, worth (qty x the product's
    current price) no more than the sending store's rule. A group without requests costs nothing."""
    if "transfer.requested" not in hub.state.kinds:
        return []
    group: dict[str, TransferRow] = hub.state.bag("transfers", dict)
    waiting = [row for row in group.values() if row.state == "requested"]  # asked for in this group
    if not waiting:
        return []
    session: Session = hub.session
    ids = [row.transfer_id for row in waiting]
    in_db = set(
        session.scalars(
            select(TransferRequest.transfer_id).where(
                TransferRequest.transfer_id.in_(ids), TransferRequest.state == "requested"
            )
        )
    )
    stores = {row.from_store_id for row in waiting}
    limits = dict(
        session.execute(
            select(TransferRule.store_id, TransferRule.auto_approve_avos).where(
                TransferRule.store_id.in_(stores)
            )
        ).all()
    )
    value: dict[str, int] = {}
    for transfer_id, qty, price in session.execute(
        select(TransferLine.transfer_id, TransferLine.qty, Product.price_avos)
        .join(Product, Product.sku == TransferLine.sku)
        .where(TransferLine.transfer_id.in_(ids))
    ):
        value[transfer_id] = value.get(transfer_id, 0) + int(qty) * int(price)
    out: list[tuple[str, str | None, msgspec.Struct]] = []
    for row in waiting:
        limit = int(limits.get(row.from_store_id, DEFAULT_AUTO_APPROVE_AVOS))
        if row.transfer_id not in in_db or row.transfer_id not in value or not limit:
            continue
        if value[row.transfer_id] <= limit:
            out.append(
                (
                    "transfer.approved",
                    row.from_store_id,
                    TransferApproved(row.transfer_id, auto_limit_avos=limit),
                )
            )
            _remember(hub, replace(row, state="approved"))  # a manager's approval after it is refused
    return out


def _transfer_refs(_r: EventRecord, p: Any) -> Refs:
    return Refs(staff=named_staff(p.staff_id))


_AREAS = frozenset({Area.TRANSFERS})
_approve_check, _approve_remember = _note_step("approved")
_cancel_check, _cancel_remember = _note_step("cancelled")
_close_check, _close_remember = _note_step("closed")

register(
    Kind(
        "transfer.requested",  # store_id: the store asking to receive
        TransferRequested,
        Scope.STORE,
        _apply_requested,
        areas=_AREAS,
        check=_check_requested,
        refs=lambda _r, p: Refs(line_skus(p.lines), (p.from_store_id,), named_staff(p.staff_id)),
        permission=Permission.TRANSFER_REQUEST,
        revert=_revert_requested,
        hub_check=_hub_check_requested,
        hub_remember=_remember_requested,
    ),
    Kind(
        "transfer.approved",  # store_id: the sending store; from the hub: by the store's rule
        TransferApproved,
        Scope.STORE,
        _apply_approved,
        areas=_AREAS,
        refs=_transfer_refs,
        permission=Permission.APPROVE_ADJUSTMENT,
        revert=_revert_step,
        hub_check=_hub_check_approved,
        hub_remember=_approve_remember,
    ),
    Kind(
        "transfer.rule_set",  # store_id: the store whose rule it is (the sending side of requests)
        TransferRuleSet,
        Scope.STORE,
        _apply_rule_set,
        areas=_AREAS,
        refs=_transfer_refs,
        permission=Permission.APPROVE_ADJUSTMENT,
        revert=_revert_rule_set,
    ),
    Kind(
        "transfer.packed",  # store_id: the sending store; staff_id: the packer (PIN-confirmed)
        TransferPacked,
        Scope.STORE,
        _apply_packed,
        areas=_AREAS,
        check=_check_packed,
        refs=lambda _r, p: Refs(line_skus(p.lines), staff=named_staff(p.staff_id)),
        permission=Permission.TRANSFER_REQUEST,
        revert=_revert_step,
        hub_check=_hub_check_packed,
        hub_remember=_remember_packed,
    ),
    Kind(
        "transfer.dispatched",  # store_id: the sending store
        TransferDispatched,
        Scope.STORE,
        _apply_dispatched,
        areas=frozenset({Area.TRANSFERS, Area.STOCK}),
        refs=_transfer_refs,
        permission=Permission.TRANSFER_REQUEST,
        revert=_revert_step,
        hub_check=_hub_check_dispatched,
        hub_remember=_remember_dispatched,
    ),
    Kind(
        "transfer.received",  # store_id: the receiving store
        TransferReceived,
        Scope.STORE,
        _apply_received,
        areas=frozenset({Area.TRANSFERS, Area.STOCK}),
        check=_check_received,
        refs=lambda _r, p: Refs(tuple(li.sku for li in p.lines), staff=named_staff(p.staff_id)),
        permission=Permission.TRANSFER_REQUEST,
        revert=_revert_step,
        hub_check=_hub_check_received,
        hub_remember=_remember_received,
    ),
    Kind(
        "transfer.cancelled",  # store_id: either store
        TransferCancelled,
        Scope.STORE,
        _apply_note_step("cancelled"),
        areas=_AREAS,
        refs=_transfer_refs,
        permission=Permission.TRANSFER_REQUEST,
        revert=_revert_step,
        hub_check=_cancel_check,
        hub_remember=_cancel_remember,
    ),
    Kind(
        "transfer.closed",  # store_id: either store (a manager)
        TransferClosed,
        Scope.STORE,
        _apply_closed,
        areas=frozenset({Area.TRANSFERS, Area.STOCK}),
        refs=_transfer_refs,
        permission=Permission.APPROVE_ADJUSTMENT,
        revert=_revert_step,
        hub_check=_close_check,
        hub_remember=_close_remember,
    ),
)
register_snapshot(
    SnapshotTable(
        "transfers",
        TransferRequest,
        children=(
            (TransferLine, "transfer_id"),
            (TransferStep, "transfer_id"),
            (TransferReceiptLine, "transfer_id"),
        ),
    ),
    SnapshotTable("transfer_rules", TransferRule),
)
register_hub_facts(auto_approvals)
