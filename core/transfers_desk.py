"""What the Transfers screen reads and asks of core/transfers.py: one transfer with its lines and
steps, this store's list, the handover slip's contents, what a scan on the screen is, the steps that a
PIN confirms, and the demo chain's transfers (every state)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import msgspec
from sqlalchemy import select
from sqlalchemy.orm import Session

from core.catalogue import find_by_code
from core.clock import Clock
from core.errors import DomainError
from core.ids import new_id
from core.models import Product, Store
from core.projection import Changes
from core.replica import Till, emit
from core.staff import Permission, authorise
from core.stock import StockLine
from core.transfers import (
    ReceiptLine,
    TransferApproved,
    TransferCancelled,
    TransferClosed,
    TransferDispatched,
    TransferPacked,
    TransferReceived,
    TransferRequest,
    TransferRequested,
    TransferRuleSet,
    TransferView,
    approve_transfer,
    close_transfer,
    pack_transfer,
    transfer_detail,
    transfer_number,
    transfers_for,
)

_URGENCY = ("dispatched", "partial", "requested", "approved", "packed", "received", "closed", "cancelled")

# -- the slip, the list, scans ----------------------------------------------------------------------------


def find_transfer(session: Session, code: str) -> str | None:
    """The transfer a scanned slip code names: its id (QR) or its number (Code 128)."""
    code = code.strip()
    if not code:
        return None
    if session.get(TransferRequest, code) is not None:
        return code
    if code.upper().startswith("TR-") and len(code) == 15:
        tail = code[3:].lower()
        for transfer_id in session.scalars(
            select(TransferRequest.transfer_id).where(TransferRequest.transfer_id.endswith(tail[-4:]))
        ):
            if transfer_number(transfer_id) == code.upper():
                return str(transfer_id)
    return None


def open_scanned(session: Session, code: str, lang: str = "en") -> TransferView | None:
    """The transfer a scanned slip opens (None if this replica knows no such transfer)."""
    transfer_id = find_transfer(session, code)
    return transfer_detail(session, transfer_id, lang) if transfer_id else None


@dataclass(frozen=True)
class SlipLine:
    sku: str
    name: str
    qty: int


@dataclass(frozen=True)
class TransferSlip:
    """What the handover slip prints, names in the slip's language."""

    transfer_id: str
    number: str
    from_store: str
    to_store: str
    dispatched_at: str
    packed_by: str
    carrier: str
    lines: tuple[SlipLine, ...]
    note: str


def _store_name(session: Session, store_id: str, lang: str) -> str:
    s = session.get(Store, store_id)
    if s is None:
        return store_id
    return {"zh_Hant": s.name_zh, "pt": s.name_pt}.get(lang, s.name_en) or store_id


def transfer_slip(session: Session, transfer_id: str, lang: str) -> TransferSlip:
    """The handover slip's contents for a packed or dispatched transfer."""
    view = transfer_detail(session, transfer_id, lang)
    if view is None:
        raise DomainError("transfer.unknown")
    return TransferSlip(
        view.transfer_id,
        view.number,
        _store_name(session, view.from_store_id, lang),
        _store_name(session, view.to_store_id, lang),
        view.dispatched_at,
        view.packed_by,
        view.carrier,
        tuple(SlipLine(li.sku, li.name(lang), li.sent) for li in view.items if li.sent),
        view.note,
    )


@dataclass(frozen=True)
class TransferDesk:
    """What the Transfers screen lists: this store's transfers, and every store's name."""

    transfers: tuple[TransferView, ...]
    stores: dict[str, str]


def transfer_desk(session: Session, store_id: str | None, lang: str) -> TransferDesk:
    """This store's transfers, the ones waiting on someone first (newest first within a state), with
    store names in ``lang``."""
    views = transfers_for(session, store_id, lang)
    views.sort(key=lambda v: _URGENCY.index(v.state) if v.state in _URGENCY else len(_URGENCY))
    stores = {s.store_id: s.name(lang) for s in session.scalars(select(Store))}
    return TransferDesk(tuple(views), stores)


@dataclass(frozen=True)
class TransferScan:
    """What a code scanned on the Transfers screen is: a handover slip (the transfer it opens) or an item."""

    transfer: TransferView | None = None
    sku: str = ""
    name: str = ""


def scan_on_transfers(session: Session, code: str, lang: str) -> TransferScan:
    """A slip's QR or Code 128 opens its transfer; anything else is looked up as an item's barcode
    (``catalogue.unknown_barcode`` if it is neither)."""
    view = open_scanned(session, code, lang)
    if view is not None:
        return TransferScan(transfer=view)
    product = find_by_code(session, code)
    return TransferScan(sku=product.sku, name=product.name(lang))


def pack_with_pin(
    session: Session,
    till: Till,
    pin: str,
    transfer_id: str,
    lines: Iterable[tuple[str, int]],
    clock: Clock | None = None,
) -> Changes:
    """Packing confirmed by the packer's PIN: the slip prints the name the PIN belongs to."""
    packer = authorise(session, till.store_id, pin, Permission.TRANSFER_REQUEST)
    return pack_transfer(session, till, packer, transfer_id, lines, clock)


def close_with_pin(
    session: Session, till: Till, pin: str, transfer_id: str, note: str = "", clock: Clock | None = None
) -> Changes:
    """A manager (by PIN) settles a received transfer."""
    manager = authorise(session, till.store_id, pin, Permission.APPROVE_ADJUSTMENT)
    return close_transfer(session, till, manager, transfer_id, note, clock)


def approve_with_pin(
    session: Session, till: Till, pin: str, transfer_id: str, note: str = "", clock: Clock | None = None
) -> Changes:
    """A manager (by PIN) approves sending."""
    manager = authorise(session, till.store_id, pin, Permission.APPROVE_ADJUSTMENT)
    return approve_transfer(session, till, manager, transfer_id, note, clock)


# -- the demo chain -------------------------------------------------------------------------------


def demo_facts(session: Session, clock: Clock | None = None) -> int:
    """Transfers in every state around the demo's own store (MO-SEN), written as the head office's
    device writes the rest of the demo (each fact under the store that makes it). Returns the count."""
    own, others = "MO-SEN", ["MO-TAI", "MO-RED", "MO-BGT", "MO-COT"]
    count = 0

    def fact(kind: str, payload: msgspec.Struct, store: str) -> None:
        nonlocal count
        emit(session, kind, payload, store_id=store, clock=clock)
        count += 1

    def run(
        to: str, frm: str, picks: list[tuple[str, int]], upto: str, receipts: list[list[ReceiptLine]]
    ) -> None:
        tid = new_id()
        lines = [StockLine(sku, qty) for sku, qty in picks]
        fact("transfer.requested", TransferRequested(tid, frm, lines, "", "", f"{to}-C1"), to)
        steps = ["approved", "packed", "dispatched", "received", "closed"]
        if upto == "cancelled":
            fact("transfer.cancelled", TransferCancelled(tid, "", f"{to}-C1"), to)
            return
        for step in steps[: steps.index(upto) + 1] if upto in steps else []:
            if step == "approved":
                fact("transfer.approved", TransferApproved(tid, "", f"{frm}-M"), frm)
            elif step == "packed":
                fact("transfer.packed", TransferPacked(tid, lines, f"{frm}-C1"), frm)
            elif step == "dispatched":
                fact(
                    "transfer.dispatched", TransferDispatched(tid, "澳門速遞 Macau Express", f"{frm}-C1"), frm
                )
            elif step == "received":
                for receipt in receipts:
                    fact("transfer.received", TransferReceived(tid, receipt, f"{to}-C1"), to)
            elif step == "closed":
                fact("transfer.closed", TransferClosed(tid, "", f"{to}-M"), to)

    # Four of the demo's stores approve every request by hand (their managers set the rule to 0), so
    # the hub leaves the demo's waiting requests waiting; Cotai Strip keeps the default limit, so the
    # small request sent to it last is approved by the hub at once ("Approved automatically").
    for store in (own, *others[:3]):
        fact("transfer.rule_set", TransferRuleSet(0, f"{store}-M"), store)
    a, b, c, d = session.scalars(select(Product.sku).order_by(Product.sku).limit(4)).all()
    run(own, others[0], [(a, 3), (b, 2)], "requested", [])
    run(others[1], own, [(c, 2)], "requested", [])
    run(others[2], own, [(a, 1), (d, 2)], "approved", [])
    run(others[3], own, [(b, 2), (c, 1)], "packed", [])
    run(own, others[0], [(a, 2), (c, 3)], "dispatched", [])  # on its way here: receive it by scanning
    damaged = ReceiptLine(b, received=1, damaged=1, reason="盒子壓壞 box crushed")
    run(own, others[1], [(b, 2), (d, 2)], "received", [[damaged]])  # one line still on its way: partial
    run(others[0], own, [(d, 1)], "received", [[ReceiptLine(d, received=1)]])
    run(own, others[2], [(a, 2)], "closed", [[ReceiptLine(a, received=1, missing=1)]])
    run(own, others[3], [(c, 1)], "cancelled", [])
    run(own, others[3], [(b, 1)], "requested", [])  # under Cotai Strip's limit: the hub approves it
    return count
