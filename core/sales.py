"""Selling at the counter: a basket with discounts, paid by one or several tenders (MOP and HKD cash,
card, QR wallets), recorded as one fact; refunds against a receipt; the audit trail.

Money is in avos (1 MOP = 100 avos); Hong Kong dollars in cents, converted at the till's rate.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Annotated, Any

import msgspec
from msgspec import Meta
from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from core.audit import AuditLogged
from core.catalogue import get_product
from core.clock import Clock
from core.errors import DomainError
from core.events import (
    MAX_AVOS,
    MAX_LINES,
    Avos,
    Code,
    EventRecord,
    Id,
    Note,
    Qty,
    Sku,
    StaffRef,
    malformed,
    out_of_range,
)
from core.ids import new_id
from core.models import Event, Refund, RefundLine, ReplicaState, Sale, SaleDetail, SaleTender
from core.models import SaleLine as SaleLineRow
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
    register_snapshot,
)
from core.replica import Till, emit
from core.staff import Permission, StaffMember

# -- facts ----------------------------------------------------------------------------------------


class SaleLine(msgspec.Struct, frozen=True, omit_defaults=True):
    sku: Sku
    qty: Qty
    unit_price_avos: Avos
    discount_avos: Avos = 0  # off this line in total (not per unit)

    @property
    def amount_avos(self) -> int:
        return self.qty * self.unit_price_avos - self.discount_avos


TENDER_METHODS = ("cash_mop", "cash_hkd", "card", "mpay", "alipay", "wechat")


class Tender(msgspec.Struct, frozen=True, omit_defaults=True):
    """One way the customer paid. ``amount_avos`` is the MOP applied to the sale; for cash,
    ``tendered`` is what was handed over in ``currency`` (HKD cents for Hong Kong dollars)."""

    method: Code
    amount_avos: Avos
    tendered: Avos = 0
    currency: Annotated[str, Meta(min_length=3, max_length=3)] = "MOP"


class SaleRecorded(msgspec.Struct, frozen=True, omit_defaults=True):
    sale_id: Id
    lines: Annotated[list[SaleLine], Meta(max_length=MAX_LINES)]
    total_avos: Avos
    # Added with the counter; events from before carry the defaults.
    tenders: Annotated[list[Tender], Meta(max_length=20)] = []
    basket_discount_avos: Avos = 0
    change_avos: Avos = 0
    receipt_no: Annotated[str, Meta(max_length=40)] = ""
    staff_id: StaffRef = ""
    approved_by: StaffRef = ""  # the manager whose PIN allowed an override in this sale


class SaleRefunded(msgspec.Struct, frozen=True):
    """Goods brought back against a receipt: they return to the store's stock."""

    refund_id: Id
    sale_id: Id
    lines: Annotated[list[SaleLine], Meta(max_length=MAX_LINES)]  # qty returned, at the net unit price paid
    total_avos: Avos
    method: Code
    staff_id: StaffRef
    approved_by: StaffRef = ""
    reason: Annotated[str, Meta(max_length=30)] = ""  # one of REFUND_REASONS
    # -- money at the counter: optional, so events from older tills still decode --
    refund_no: Annotated[str, Meta(max_length=40)] = ""  # the till's own refund number, on the refund slip
    note: Note = ""  # the cashier's words beside the reason


# Default Hong Kong dollar rate: MOP per HKD, in millionths (1 HKD = 1.03 MOP). Configurable per till.
HKD_RATE_PPM = 1_030_000


@dataclass(frozen=True)
class CartLine:
    """A basket line as the cashier built it: quantity and a discount off the line in total."""

    sku: str
    qty: int
    unit_price_avos: int
    discount_avos: int = 0

    @property
    def gross_avos(self) -> int:
        return self.qty * self.unit_price_avos

    @property
    def amount_avos(self) -> int:
        return self.gross_avos - self.discount_avos


@dataclass(frozen=True)
class Payment:
    """A tender as taken at the till. ``tendered`` is what was handed over in the tender's currency
    (HKD cents for ``cash_hkd``); for non-cash tenders it equals the amount."""

    method: str
    tendered: int


def hkd_to_avos(cents: int, rate_ppm: int = HKD_RATE_PPM) -> int:
    """HKD cents to MOP avos, rounded half up (the shop never gives the customer less)."""
    return (cents * rate_ppm + 500_000) // 1_000_000


def discount_percent(lines: Sequence[CartLine], basket_discount_avos: int) -> float:
    """The largest discount in the basket as a percentage: any line's, or the basket's overall."""
    gross = sum(li.gross_avos for li in lines)
    worst = max((100.0 * li.discount_avos / li.gross_avos for li in lines if li.gross_avos), default=0.0)
    total_discount = sum(li.discount_avos for li in lines) + basket_discount_avos
    overall = 100.0 * total_discount / gross if gross else 0.0
    return max(worst, overall)


def needs_override(member: StaffMember, lines: Sequence[CartLine], basket_discount_avos: int) -> bool:
    """True when the discounts are above what this member may give on their own."""
    return discount_percent(lines, basket_discount_avos) > member.discount_limit_percent + 1e-9


@dataclass(frozen=True)
class Settlement:
    """How the tenders pay a total: MOP applied per tender, change due (in MOP), what is still owed."""

    total_avos: int
    tenders: tuple[Tender, ...]
    paid_avos: int
    change_avos: int

    @property
    def remaining_avos(self) -> int:
        return max(0, self.total_avos - self.paid_avos)

    @property
    def complete(self) -> bool:
        return self.paid_avos >= self.total_avos


def settle(total_avos: int, payments: Sequence[Payment], hkd_rate_ppm: int = HKD_RATE_PPM) -> Settlement:
    """Apply tenders in order. Only cash may exceed what is owed (the excess is change, in MOP);
    a card or wallet payment for more than is owed is refused."""
    owed = total_avos
    tenders: list[Tender] = []
    paid = change = 0
    for p in payments:
        if p.method not in TENDER_METHODS:
            raise DomainError("sale.bad_tender", method=p.method)
        if p.tendered <= 0:
            raise DomainError("sale.bad_amount")
        value = hkd_to_avos(p.tendered, hkd_rate_ppm) if p.method == "cash_hkd" else p.tendered
        applied = min(value, owed)
        if value > owed and not p.method.startswith("cash"):
            raise DomainError("sale.overpaid_non_cash")
        if applied <= 0:
            raise DomainError("sale.already_paid")
        currency = "HKD" if p.method == "cash_hkd" else "MOP"
        tenders.append(Tender(p.method, applied, p.tendered, currency))
        owed -= applied
        paid += applied
        change += value - applied
    return Settlement(total_avos, tuple(tenders), paid, change)


@dataclass(frozen=True)
class SaleResult:
    sale_id: str
    receipt_no: str
    total_avos: int
    change_avos: int
    tenders: tuple[Tender, ...]
    changes: Changes = field(compare=False)


def _till_tag(till: Till) -> str:
    return "".join(ch for ch in till.device_id.upper() if ch.isalnum())[-4:].rjust(4, "0")


def next_receipt_no(session: Session, till: Till) -> str:
    """Store, the device's last 4 characters, and this till's next sale number: 000001, 000002, …
    The counter lives in the replica and rises in the sale's own transaction, so a number is never
    skipped by other facts, never given twice (restarts, offline work) and never reused."""
    number = session.execute(
        update(ReplicaState)
        .where(ReplicaState.id == 1)
        .values(receipt_seq=ReplicaState.receipt_seq + 1)
        .returning(ReplicaState.receipt_seq)
    ).scalar_one()
    return f"{till.store_id}-{_till_tag(till)}-{number:06d}"


def next_refund_no(session: Session, till: Till) -> str:
    """Refunds are numbered on their own per till (``…-R000001``), so sale receipts stay consecutive."""
    number = session.execute(
        update(ReplicaState)
        .where(ReplicaState.id == 1)
        .values(refund_seq=ReplicaState.refund_seq + 1)
        .returning(ReplicaState.refund_seq)
    ).scalar_one()
    return f"{till.store_id}-{_till_tag(till)}-R{number:06d}"


def checkout(
    session: Session,
    till: Till,
    cashier: StaffMember,
    lines: Sequence[CartLine],
    payments: Sequence[Payment],
    *,
    basket_discount_avos: int = 0,
    approved_by: StaffMember | None = None,
    hkd_rate_ppm: int = HKD_RATE_PPM,
    clock: Clock | None = None,
) -> SaleResult:
    """Record a paid sale at the till's store: one fact with its tenders, in the caller's transaction.

    Prices come from the catalogue; discounts above the cashier's limit need ``approved_by`` (a member
    allowed to override); the tenders must cover the total. Never refused for lack of stock.
    """
    if till.store_id is None:
        raise DomainError("stock.unknown_store", store_id="")
    if not cashier.can(Permission.SELL):
        raise DomainError("staff.not_allowed", name=cashier.name)
    if not lines:
        raise DomainError("sale.empty_basket")
    sale_lines = []
    for line in lines:
        if line.qty <= 0:
            raise DomainError("sale.bad_quantity", sku=line.sku, qty=line.qty)
        product = get_product(session, line.sku)
        if line.unit_price_avos != product.price_avos:
            raise DomainError("sale.price_changed", sku=line.sku)
        if not 0 <= line.discount_avos <= line.gross_avos:
            raise DomainError("sale.bad_discount")
        sale_lines.append(SaleLine(line.sku, line.qty, line.unit_price_avos, line.discount_avos))
    subtotal = sum(li.amount_avos for li in sale_lines)
    if not 0 <= basket_discount_avos <= subtotal:
        raise DomainError("sale.bad_discount")
    if needs_override(cashier, lines, basket_discount_avos) and (
        approved_by is None
        or not approved_by.can(Permission.DISCOUNT_OVERRIDE)
        or needs_override(approved_by, lines, basket_discount_avos)
    ):
        raise DomainError("sale.discount_needs_approval", limit=cashier.discount_limit_percent)
    total = subtotal - basket_discount_avos
    settlement = settle(total, payments, hkd_rate_ppm)
    if not settlement.complete:
        raise DomainError("sale.underpaid", remaining=settlement.remaining_avos)
    receipt_no = next_receipt_no(session, till)
    payload = SaleRecorded(
        sale_id=new_id(),
        lines=sale_lines,
        total_avos=total,
        tenders=list(settlement.tenders),
        basket_discount_avos=basket_discount_avos,
        change_avos=settlement.change_avos,
        receipt_no=receipt_no,
        staff_id=cashier.staff_id,
        approved_by=approved_by.staff_id if approved_by else "",
    )
    _, changes = emit(session, "sale.recorded", payload, store_id=till.store_id, clock=clock)
    if approved_by is not None:
        log_audit(
            session,
            till,
            "discount_override",
            cashier,
            approved_by,
            {"sale_id": payload.sale_id, "receipt_no": receipt_no, "discount_avos": _discount(payload)},
            clock=clock,
        )
    return SaleResult(payload.sale_id, receipt_no, total, settlement.change_avos, settlement.tenders, changes)


def _discount(sale: SaleRecorded) -> int:
    return sum(li.discount_avos for li in sale.lines) + sale.basket_discount_avos


def log_audit(
    session: Session,
    till: Till,
    action: str,
    staff: StaffMember,
    approved_by: StaffMember | None,
    detail: dict[str, str | int],
    clock: Clock | None = None,
) -> None:
    """One entry in the audit trail (a fact like any other, so head office sees it)."""
    payload = AuditLogged(action, staff.staff_id, approved_by.staff_id if approved_by else "", detail)
    emit(session, "audit.logged", payload, store_id=till.store_id, clock=clock)


# -- receipts and refunds ------------------------------------------------------------------------


@dataclass(frozen=True)
class ReceiptLine:
    line_no: int
    sku: str
    qty: int
    unit_net_avos: int  # what one unit cost after its line discount (basket discount spread in)
    refunded: int

    @property
    def refundable(self) -> int:
        return self.qty - self.refunded


@dataclass(frozen=True)
class ReceiptView:
    sale_id: str
    receipt_no: str
    store_id: str
    occurred_at: str
    total_avos: int
    lines: tuple[ReceiptLine, ...]
    methods: tuple[str, ...]


def find_receipt(session: Session, code: str) -> ReceiptView:
    """A sale by its receipt number or sale id (what the receipt's barcode carries)."""
    code = code.strip()
    sale = session.get(Sale, code)
    if sale is None:
        detail = session.scalar(select(SaleDetail).where(SaleDetail.receipt_no == code.upper()))
        sale = session.get(Sale, detail.sale_id) if detail else None
    if sale is None:
        raise DomainError("refund.unknown_receipt", code=code)
    detail = session.get(SaleDetail, sale.sale_id)
    rows = session.scalars(
        select(SaleLineRow).where(SaleLineRow.sale_id == sale.sale_id).order_by(SaleLineRow.line_no)
    ).all()
    refunded: dict[str, int] = {}
    for sku, qty in session.execute(
        select(RefundLine.sku, func.sum(RefundLine.qty))
        .join(Refund, Refund.refund_id == RefundLine.refund_id)
        .where(Refund.sale_id == sale.sale_id)
        .group_by(RefundLine.sku)
    ):
        refunded[sku] = int(qty)
    basket_discount = (detail.discount_avos if detail else 0) - sum(r.discount_avos for r in rows)
    subtotal = sum(r.qty * r.unit_price_avos - r.discount_avos for r in rows) or 1
    lines = []
    for r in rows:
        net_line = r.qty * r.unit_price_avos - r.discount_avos
        net_line -= basket_discount * net_line // subtotal  # the basket discount, shared by value
        already = min(r.qty, refunded.get(r.sku, 0))
        refunded[r.sku] = refunded.get(r.sku, 0) - already
        lines.append(ReceiptLine(r.line_no, r.sku, r.qty, net_line // r.qty, already))
    methods = tuple(
        session.scalars(
            select(SaleTender.method).where(SaleTender.sale_id == sale.sale_id).order_by(SaleTender.line_no)
        )
    )
    return ReceiptView(
        sale.sale_id,
        detail.receipt_no if detail else "",
        sale.store_id,
        sale.occurred_at,
        sale.total_avos,
        tuple(lines),
        methods,
    )


# Why goods come back (codes: the screens and slips translate them); "other" needs the cashier's words.
REFUND_REASONS = ("faulty", "wrong_item", "not_as_described", "changed_mind", "other")
REFUND_NOTE_MAX = 200


@dataclass(frozen=True)
class RefundRule:
    """A store rule: refunds above ``max_avos`` need a manager's PIN, and cash refunds (money out of
    the drawer) need one whatever the amount unless ``cash_needs_approval`` is off."""

    max_avos: int = 50_000
    cash_needs_approval: bool = True

    def needs_approval(self, total_avos: int, method: str) -> bool:
        return total_avos > self.max_avos or (self.cash_needs_approval and method.startswith("cash"))


@dataclass(frozen=True)
class RefundResult:
    refund_id: str
    refund_no: str
    total_avos: int
    lines: tuple[SaleLine, ...]
    changes: Changes = field(compare=False)


def refund_total(receipt: ReceiptView, quantities: dict[int, int]) -> int:
    """What goes back to the customer for these units (line number → units), at the net price paid."""
    by_no = {li.line_no: li for li in receipt.lines}
    return sum(by_no[n].unit_net_avos * q for n, q in quantities.items() if n in by_no and q > 0)


def refund(
    session: Session,
    till: Till,
    staff: StaffMember,
    receipt: ReceiptView,
    quantities: dict[int, int],
    method: str,
    *,
    reason: str,
    note: str = "",
    approved_by: StaffMember | None = None,
    rule: RefundRule | None = None,
    clock: Clock | None = None,
) -> RefundResult:
    """Return goods of a receipt (line number → units): back into this store's stock, money back by
    ``method``, numbered on the till's refund counter, an audit entry. Never more than was bought less
    what was already refunded; always with a reason; above the store's ``rule`` with a manager."""
    if not staff.can(Permission.REFUND):
        raise DomainError("staff.not_allowed", name=staff.name)
    if till.store_id is None:
        raise DomainError("stock.unknown_store", store_id="")
    if method not in TENDER_METHODS:
        raise DomainError("sale.bad_tender", method=method)
    note = note.strip()
    if reason not in REFUND_REASONS or (reason == "other" and not note):
        raise DomainError("refund.reason_missing")
    if len(note) > REFUND_NOTE_MAX:
        raise DomainError("refund.note_too_long", max=REFUND_NOTE_MAX)
    current = find_receipt(session, receipt.sale_id)  # re-read: another till may have refunded since
    by_no = {li.line_no: li for li in current.lines}
    lines = []
    for line_no, qty in sorted(quantities.items()):
        if qty == 0:
            continue
        line = by_no.get(line_no)
        if line is None or qty < 0 or qty > line.refundable:
            raise DomainError(
                "refund.too_many", sku=line.sku if line else "?", max=line.refundable if line else 0
            )
        lines.append(SaleLine(line.sku, qty, line.unit_net_avos))
    if not lines:
        raise DomainError("refund.nothing_chosen")
    total = sum(li.qty * li.unit_price_avos for li in lines)
    if (rule or RefundRule()).needs_approval(total, method) and (
        approved_by is None or not approved_by.can(Permission.APPROVE_REFUND)
    ):
        raise DomainError("refund.needs_approval")
    refund_no = next_refund_no(session, till)
    payload = SaleRefunded(
        refund_id=new_id(),
        sale_id=current.sale_id,
        lines=lines,
        total_avos=total,
        method=method,
        staff_id=staff.staff_id,
        approved_by=approved_by.staff_id if approved_by else "",
        reason=reason,
        refund_no=refund_no,
        note=note,
    )
    _, changes = emit(session, "sale.refunded", payload, store_id=till.store_id, clock=clock)
    log_audit(
        session,
        till,
        "refund",
        staff,
        approved_by,
        {
            "sale_id": current.sale_id,
            "receipt_no": current.receipt_no,
            "refund_no": refund_no,
            "amount_avos": total,
            "method": method,
            "reason": reason,
            "note": note,
        },
        clock=clock,
    )
    return RefundResult(payload.refund_id, refund_no, total, tuple(lines), changes)


@dataclass(frozen=True)
class Takings:
    """What a store took per tender method since a moment: sales in, refunds out (MOP avos)."""

    sales: dict[str, int]
    refunds: dict[str, int]

    @property
    def net(self) -> dict[str, int]:
        methods = sorted(self.sales.keys() | self.refunds.keys())
        return {m: self.sales.get(m, 0) - self.refunds.get(m, 0) for m in methods}


def takings(session: Session, store_id: str, since: str = "", device_id: str | None = None) -> Takings:
    """The figures a shift or till total starts from: per method, what sales took and refunds gave
    back at ``store_id`` since ``since`` (ISO time; all when empty), on one till if ``device_id``."""
    sold = (
        select(SaleTender.method, func.sum(SaleTender.amount_avos))
        .join(Sale, Sale.sale_id == SaleTender.sale_id)
        .where(Sale.store_id == store_id, Sale.occurred_at >= since)
        .group_by(SaleTender.method)
    )
    back = (
        select(Refund.method, func.sum(Refund.total_avos))
        .where(Refund.store_id == store_id, Refund.occurred_at >= since)
        .group_by(Refund.method)
    )
    if device_id is not None:
        sold = sold.where(Sale.device_id == device_id)
        back = back.join(Event, Event.event_id == Refund.event_id).where(Event.device_id == device_id)
    return Takings(
        {m: int(v) for m, v in session.execute(sold)}, {m: int(v) for m, v in session.execute(back)}
    )


def void_lines(
    session: Session,
    till: Till,
    cashier: StaffMember,
    manager: StaffMember,
    removed: Iterable[CartLine],
    *,
    whole_basket: bool,
    clock: Clock | None = None,
) -> None:
    """Record that rung-up lines were voided before payment, with the manager who allowed it."""
    if not manager.can(Permission.VOID):
        raise DomainError("staff.not_allowed", name=manager.name)
    items = list(removed)
    detail: dict[str, str | int] = {
        "lines": len(items),
        "skus": ",".join(li.sku for li in items)[:200],
        "amount_avos": sum(li.amount_avos for li in items),
    }
    log_audit(
        session, till, "void_basket" if whole_basket else "void_line", cashier, manager, detail, clock=clock
    )


# -- the kinds: rules, projection, the hub's bookkeeping ----------------------------------------------


def _check_sale(record: EventRecord, sale: SaleRecorded) -> None:
    """Positive quantities at non-negative prices (the types); discounts within their line and the
    basket; the amounts add up; tenders (if any) pay it. Goods coming back are a refund, never a sale."""
    if not sale.lines:
        raise malformed(record, "no lines")
    gross = 0
    for line in sale.lines:
        line_avos = line.qty * line.unit_price_avos
        if line_avos > MAX_AVOS:
            raise out_of_range(record, "line amount")
        if line.discount_avos > line_avos:
            raise out_of_range(record, "line discount")
        gross += line_avos - line.discount_avos
    if sale.basket_discount_avos > gross:
        raise out_of_range(record, "basket discount")
    if sale.total_avos != gross - sale.basket_discount_avos:
        raise malformed(record, "total")
    if sale.tenders:
        if any(t.method not in TENDER_METHODS for t in sale.tenders):
            raise malformed(record, "tender")
        if sum(t.amount_avos for t in sale.tenders) != sale.total_avos:
            raise malformed(record, "tenders")


def _check_refund(record: EventRecord, refund: SaleRefunded) -> None:
    if not refund.lines:
        raise malformed(record, "lines")
    for line in refund.lines:
        line_avos = line.qty * line.unit_price_avos
        if line_avos > MAX_AVOS:
            raise out_of_range(record, "line amount")
        if line.discount_avos > line_avos:
            raise out_of_range(record, "line discount")


_SALES = Sale.__table__
_SALE_LINES = SaleLineRow.__table__
_SALE_DETAILS = SaleDetail.__table__
_SALE_TENDERS = SaleTender.__table__


def _apply_sale(_session: Session, record: EventRecord, sale: SaleRecorded, batch: Batch) -> None:
    """The bulk path: rows collected for one statement per table per batch (the hot path of the hub:
    plain loops and list displays, no generators)."""
    store_id = record.store_id or ""
    event_id = record.event_id
    sale_id = sale.sale_id
    batch.add(
        _SALES,
        {
            "sale_id": sale_id,
            "event_id": event_id,
            "store_id": store_id,
            "device_id": record.device_id,
            "total_avos": sale.total_avos,
            "occurred_at": record.occurred_at,
        },
    )
    lines = batch.table(_SALE_LINES)  # after the sales table: lines are inserted after their sale
    discount = sale.basket_discount_avos
    for n, li in enumerate(sale.lines, start=1):
        batch.move(event_id, store_id, li.sku, -li.qty, "sale")
        lines.append(
            {
                "sale_id": sale_id,
                "line_no": n,
                "sku": li.sku,
                "qty": li.qty,
                "unit_price_avos": li.unit_price_avos,
                "discount_avos": li.discount_avos,
            }
        )
        discount += li.discount_avos
    batch.add(
        _SALE_DETAILS,
        {
            "sale_id": sale_id,
            "receipt_no": sale.receipt_no,
            "staff_id": sale.staff_id,
            "approved_by": sale.approved_by,
            "discount_avos": discount,
            "change_avos": sale.change_avos,
        },
    )
    if sale.tenders:
        batch.extend(
            _SALE_TENDERS,
            [
                {
                    "sale_id": sale_id,
                    "line_no": n,
                    "method": t.method,
                    "amount_avos": t.amount_avos,
                    "tendered": t.tendered,
                    "currency": t.currency,
                }
                for n, t in enumerate(sale.tenders, start=1)
            ],
        )


def _revert_sale(session: Session, event: Event, _changes: Changes) -> None:
    sale = session.scalar(select(Sale).where(Sale.event_id == event.event_id))
    if sale is not None:
        for model in (SaleLineRow, SaleDetail, SaleTender):
            session.execute(delete(model).where(model.sale_id == sale.sale_id))
        session.delete(sale)


def _apply_refund(session: Session, record: EventRecord, payload: SaleRefunded, batch: Batch) -> None:
    store_id = record.store_id or ""
    session.add(
        Refund(
            refund_id=payload.refund_id,
            event_id=record.event_id,
            sale_id=payload.sale_id,
            store_id=store_id,
            total_avos=payload.total_avos,
            method=payload.method,
            staff_id=payload.staff_id,
            occurred_at=record.occurred_at,
            refund_no=payload.refund_no,
            reason=payload.reason,
            approved_by=payload.approved_by,
        )
    )
    session.flush()
    session.add_all(
        RefundLine(
            refund_id=payload.refund_id, line_no=n, sku=li.sku, qty=li.qty, unit_price_avos=li.unit_price_avos
        )
        for n, li in enumerate(payload.lines, start=1)
    )
    for line in payload.lines:
        batch.move(record.event_id, store_id, line.sku, line.qty, "return")


def _revert_refund(session: Session, event: Event, _changes: Changes) -> None:
    refund = session.scalar(select(Refund).where(Refund.event_id == event.event_id))
    if refund is not None:
        session.execute(delete(RefundLine).where(RefundLine.refund_id == refund.refund_id))
        session.delete(refund)


def _remember_sale(hub: Any, record: EventRecord, payload: SaleRecorded) -> None:
    """Later facts of the same commit group see the units sold (a hold asked for them, an oversell)."""
    store_id = record.store_id or ""
    for line in payload.lines:
        hub.state.delta[(store_id, line.sku)] -= line.qty
        hub.state.sold.add((store_id, line.sku))


def _remember_returned(hub: Any, record: EventRecord, payload: SaleRefunded) -> None:
    for line in payload.lines:
        hub.state.delta[(record.store_id or "", line.sku)] += line.qty


register(
    Kind(
        "sale.recorded",
        SaleRecorded,
        Scope.STORE,
        _apply_sale,
        areas=frozenset({Area.SALES}),
        check=_check_sale,
        refs=lambda _r, p: Refs(line_skus(p.lines), staff=named_staff(p.staff_id, p.approved_by)),
        permission=Permission.SELL,
        revert=_revert_sale,
        hub_remember=_remember_sale,
    ),
    Kind(
        "sale.refunded",
        SaleRefunded,
        Scope.STORE,
        _apply_refund,
        areas=frozenset({Area.SALES}),
        check=_check_refund,
        refs=lambda _r, p: Refs(line_skus(p.lines), staff=named_staff(p.staff_id, p.approved_by)),
        permission=Permission.REFUND,
        revert=_revert_refund,
        hub_remember=_remember_returned,
    ),
)
register_snapshot(
    # Receipts and refunds made on other tills are this replica's window of detail only; the figures
    # that must survive a snapshot are core/history.py's aggregates.
    SnapshotTable(
        "sales",
        Sale,
        mode="local",
        children=((SaleLineRow, "sale_id"), (SaleDetail, "sale_id"), (SaleTender, "sale_id")),
    ),
    SnapshotTable("refunds", Refund, mode="local", children=((RefundLine, "refund_id"),)),
)
register_errors("refund.unknown_receipt", "refund.too_many", "refund.nothing_chosen")
# -- use cases for screens --


@dataclass(frozen=True)
class SaleForReceipt:
    """A recorded sale and what its receipt prints about the store."""

    sale: SaleResult
    store_name: str
    store_address: str
    store_phone: str


def checkout_for_receipt(
    session: Session,
    till: Till,
    cashier: StaffMember,
    lines: Sequence[CartLine],
    payments: Sequence[Payment],
    *,
    lang: str,
    basket_discount_avos: int = 0,
    approved_by: StaffMember | None = None,
    hkd_rate_ppm: int = HKD_RATE_PPM,
) -> SaleForReceipt:
    """``checkout``, and the store's name (in ``lang``), address and phone for its receipt."""
    from core.catalogue import store_contact, store_name

    sale = checkout(
        session,
        till,
        cashier,
        lines,
        payments,
        basket_discount_avos=basket_discount_avos,
        approved_by=approved_by,
        hkd_rate_ppm=hkd_rate_ppm,
    )
    store_id = till.store_id or ""
    address, phone = store_contact(session, store_id)
    return SaleForReceipt(sale, store_name(session, store_id, lang), address, phone)


def receipt_to_refund(session: Session, code: str, lang: str) -> tuple[ReceiptView, dict[str, str]]:
    """A receipt found by its number or sale id, and its items' names in ``lang`` by SKU."""
    receipt = find_receipt(session, code)
    return receipt, {li.sku: get_product(session, li.sku).name(lang) for li in receipt.lines}


@dataclass(frozen=True)
class RefundForSlip:
    """A recorded refund and the store's name its slip prints."""

    refund: RefundResult
    store_name: str


def refund_for_slip(
    session: Session,
    till: Till,
    staff: StaffMember,
    receipt: ReceiptView,
    quantities: dict[int, int],
    method: str,
    *,
    lang: str,
    reason: str,
    note: str = "",
    approved_by: StaffMember | None = None,
    rule: RefundRule | None = None,
) -> RefundForSlip:
    """``refund``, and the store's name (in ``lang``) for its slip."""
    from core.catalogue import store_name

    result = refund(
        session,
        till,
        staff,
        receipt,
        quantities,
        method,
        reason=reason,
        note=note,
        approved_by=approved_by,
        rule=rule,
    )
    return RefundForSlip(result, store_name(session, till.store_id or "", lang))
