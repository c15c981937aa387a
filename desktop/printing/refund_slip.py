"""The refund slip: what went back, for how much, how the money was handed back, why and who allowed it.

Two are printed per refund: the customer's, and the store's copy (marked so, with a line for the
customer's signature) that stays with the till's takings. Laid out with the receipt's own helpers
(:mod:`desktop.printing.slip`), in the slip's language, the refund number as Code 128.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QImage

from core.money import format_money
from desktop.i18n import CJK_FAMILY
from desktop.printing.escpos import PAPER_80MM_PX
from desktop.printing.slip import ReceiptLine, _Slip, _tender_label, label, slip_tr

__all__ = ["REASON_LABELS", "RefundSlipData", "reason_label", "render_refund_slip", "store_copy_banner"]

# core.sales.REFUND_REASONS, as the slip prints them.
REASON_LABELS: dict[str, str] = {
    "faulty": QT_TRANSLATE_NOOP("Slip", "Faulty or damaged"),
    "wrong_item": QT_TRANSLATE_NOOP("Slip", "Wrong item sold"),
    "not_as_described": QT_TRANSLATE_NOOP("Slip", "Not as described"),
    "changed_mind": QT_TRANSLATE_NOOP("Slip", "Customer changed their mind"),
    "other": QT_TRANSLATE_NOOP("Slip", "Other"),
}


def reason_label(reason: str, lang: str) -> str:
    source = REASON_LABELS.get(reason)
    return slip_tr(source, lang) if source else reason


def store_copy_banner() -> str:
    """The store copy's mark, in the three languages like the COPY banner."""
    text = QT_TRANSLATE_NOOP("Slip", "STORE COPY")
    return " / ".join(slip_tr(text, lang) for lang in ("en", "zh_Hant", "pt"))


@dataclass(frozen=True)
class RefundSlipData:
    """A refund's slip, plain values: ``lines`` at the net unit price paid; ``method`` a tender method."""

    store_name: str
    refund_no: str
    receipt_no: str  # the sale it refunds
    occurred_at: str
    cashier: str
    approved_by: str  # the manager's name, or "" when none was needed
    lines: tuple[ReceiptLine, ...]
    total_avos: int
    method: str
    reason: str  # a code of core.sales.REFUND_REASONS
    note: str
    lang: str
    store_copy: bool = False


def render_refund_slip(
    data: RefundSlipData, width_px: int = PAPER_80MM_PX, family: str = CJK_FAMILY
) -> QImage:
    """The refund slip as a white ``QImage`` ``width_px`` wide, as tall as needed."""
    lang = data.lang
    slip = _Slip(width_px, family)
    body, small = slip.font(24), slip.font(21)
    centre = Qt.AlignmentFlag.AlignHCenter

    def money(avos: int) -> str:
        return format_money(avos, lang)

    if data.store_copy:
        slip.banner(store_copy_banner(), slip.font(26, bold=True))
        slip.space(10)
    slip.text(data.store_name, slip.font(34, bold=True), centre)
    slip.text(slip_tr(QT_TRANSLATE_NOOP("Slip", "REFUND"), lang), slip.font(38, bold=True), centre)
    slip.space(8)
    slip.pair(slip_tr(QT_TRANSLATE_NOOP("Slip", "Refund no."), lang), data.refund_no, small)
    slip.pair(slip_tr(QT_TRANSLATE_NOOP("Slip", "For receipt"), lang), data.receipt_no, small)
    slip.pair(label("time", lang), data.occurred_at, small)
    slip.pair(label("cashier", lang), data.cashier, small)
    if data.approved_by:
        slip.pair(slip_tr(QT_TRANSLATE_NOOP("Slip", "Approved by"), lang), data.approved_by, small)
    slip.rule()
    for i, line in enumerate(data.lines):
        if i:
            slip.space(6)
        slip.text(line.name, body)
        slip.pair(f"{line.qty} × {money(line.unit_price_avos)}", money(line.amount_avos), body)
    slip.rule()
    slip.pair(
        slip_tr(QT_TRANSLATE_NOOP("Slip", "REFUNDED"), lang), money(data.total_avos), slip.font(40, bold=True)
    )
    slip.pair(_tender_label(data.method, lang), money(data.total_avos), body)
    slip.space(6)
    slip.pair(slip_tr(QT_TRANSLATE_NOOP("Slip", "Reason"), lang), reason_label(data.reason, lang), body)
    if data.note:
        slip.text(data.note, small)
    if data.store_copy:
        slip.space(40)
        slip.rule()
        slip.text(slip_tr(QT_TRANSLATE_NOOP("Slip", "Customer's signature"), lang), small)
    slip.space(20)
    if slip.barcode(data.refund_no):
        slip.space(4)
    slip.text(data.refund_no, small, centre)
    return slip.render()
