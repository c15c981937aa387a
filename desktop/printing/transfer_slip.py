"""The transfer handover slip: it travels with the goods and is signed at both ends.

The transfer number large, from and to, when it left, the lines (names in the slip's language, the
units sent), who packed it (the name the packer confirmed with their PIN) and who carries it, then
lines for the signatures of the one handing over, the carrier and the one receiving. At the foot the
number as Code 128 and the whole transfer id as a QR code: the receiving store scans either to open
the transfer. Laid out with the receipt's own helpers (:mod:`desktop.printing.slip`).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QImage

from core.transfers_desk import (
    TransferSlip,
)
from desktop.i18n import CJK_FAMILY
from desktop.printing.escpos import PAPER_80MM_PX
from desktop.printing.slip import _Slip, label, slip_tr

__all__ = ["render_transfer_slip"]


def render_transfer_slip(
    data: TransferSlip, lang: str, width_px: int = PAPER_80MM_PX, family: str = CJK_FAMILY
) -> QImage:
    """The handover slip as a white ``QImage`` ``width_px`` wide, as tall as its lines need."""
    slip = _Slip(width_px, family)
    centre = Qt.AlignmentFlag.AlignHCenter
    body, small = slip.font(24), slip.font(21)
    slip.text(
        slip_tr(QT_TRANSLATE_NOOP("Slip", "Stock handover slip"), lang), slip.font(34, bold=True), centre
    )
    slip.text(data.number, slip.font(30, bold=True), centre)
    slip.space(8)
    slip.pair(slip_tr(QT_TRANSLATE_NOOP("Slip", "From"), lang), data.from_store, small)
    slip.pair(slip_tr(QT_TRANSLATE_NOOP("Slip", "To"), lang), data.to_store, small)
    if data.dispatched_at:
        slip.pair(label("time", lang), data.dispatched_at[:16].replace("T", " "), small)
    slip.pair(slip_tr(QT_TRANSLATE_NOOP("Slip", "Packed by (PIN)"), lang), data.packed_by, small)
    slip.pair(slip_tr(QT_TRANSLATE_NOOP("Slip", "Carried by"), lang), data.carrier or "—", small)
    slip.rule()
    for i, line in enumerate(data.lines):
        if i:
            slip.space(6)
        slip.text(line.name, body)
        slip.pair(line.sku, f"× {line.qty}", body)
    slip.rule()
    items = slip_tr(QT_TRANSLATE_NOOP("Slip", "Items"), lang)
    slip.pair(items, str(sum(line.qty for line in data.lines)), slip.font(30, bold=True))
    if data.note:
        slip.space(6)
        slip.text(data.note, small)
    for who in (
        QT_TRANSLATE_NOOP("Slip", "Handed over by"),
        QT_TRANSLATE_NOOP("Slip", "Carrier"),
        QT_TRANSLATE_NOOP("Slip", "Received by"),
    ):
        slip.space(40)
        slip.rule()
        slip.text(slip_tr(who, lang), small)
    slip.space(16)
    if slip.barcode(data.number):
        slip.space(4)
    slip.text(data.number, small, centre)
    slip.qr(data.transfer_id)
    return slip.render()
