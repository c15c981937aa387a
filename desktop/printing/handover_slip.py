"""The shift handover slip: the blind count by denomination (MOP and HKD, with the rate), expected
against counted per tender with the variance, the float kept, what happened during the shift, open
matters, and both cashiers' drawn signatures. The handover number is printed as Code 128.

Laid out with the receipt's helpers (:mod:`desktop.printing.slip`) in the slip's language; a reprint
goes through ``PrintService.print_slip(copy=True)``, which stamps the COPY banner.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen

from core.handover import SIGNATURE_SCALE, HandoverRecord, Signature
from core.money import format_money
from desktop.i18n import CJK_FAMILY
from desktop.printing.escpos import PAPER_80MM_PX
from desktop.printing.slip import _Slip, _tender_label, copy_banner, label, slip_tr

__all__ = ["ShiftSlipData", "draw_signature", "local_time", "render_shift_handover_slip"]

_T = {
    "title": QT_TRANSLATE_NOOP("Slip", "SHIFT HANDOVER"),
    "no": QT_TRANSLATE_NOOP("Slip", "Handover no."),
    "from": QT_TRANSLATE_NOOP("Slip", "Shift from"),
    "at": QT_TRANSLATE_NOOP("Slip", "Handed over at"),
    "outgoing": QT_TRANSLATE_NOOP("Slip", "Outgoing"),
    "incoming": QT_TRANSLATE_NOOP("Slip", "Incoming"),
    "count_mop": QT_TRANSLATE_NOOP("Slip", "Cash count (MOP)"),
    "count_hkd": QT_TRANSLATE_NOOP("Slip", "Cash count (HKD)"),
    "rate": QT_TRANSLATE_NOOP("Slip", "Rate: HKD 1 = {mop}"),
    "expected": QT_TRANSLATE_NOOP("Slip", "Expected"),
    "counted": QT_TRANSLATE_NOOP("Slip", "Counted"),
    "variance": QT_TRANSLATE_NOOP("Slip", "Variance"),
    "total_variance": QT_TRANSLATE_NOOP("Slip", "VARIANCE (MOP)"),
    "approved": QT_TRANSLATE_NOOP("Slip", "Approved by"),
    "reason": QT_TRANSLATE_NOOP("Slip", "Reason"),
    "float": QT_TRANSLATE_NOOP("Slip", "Float kept"),
    "during": QT_TRANSLATE_NOOP("Slip", "During the shift"),
    "voids": QT_TRANSLATE_NOOP("Slip", "Voids"),
    "refunds": QT_TRANSLATE_NOOP("Slip", "Refunds"),
    "overrides": QT_TRANSLATE_NOOP("Slip", "Discounts above limit"),
    "no_sales": QT_TRANSLATE_NOOP("Slip", "No-sale drawer openings"),
    "unsynced": QT_TRANSLATE_NOOP("Slip", "Records not yet synced"),
    "holds": QT_TRANSLATE_NOOP("Slip", "Open holds"),
    "transfers": QT_TRANSLATE_NOOP("Slip", "Open transfers"),
    "note": QT_TRANSLATE_NOOP("Slip", "Notes"),
    "none": QT_TRANSLATE_NOOP("Slip", "none"),
}


def _tr(key: str, lang: str) -> str:
    return slip_tr(_T[key], lang)


def local_time(stamp: str) -> str:
    """A stored UTC time as the shop's wall clock reads it."""
    from datetime import datetime

    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp


@dataclass(frozen=True)
class ShiftSlipData:
    record: HandoverRecord
    lang: str
    copy: bool = False  # a preview of a reprint; a printed reprint is stamped by the print service


def draw_signature(painter: QPainter, rect: QRectF, signature: Signature, width: float = 2.0) -> None:
    """The strokes, scaled from 0..1000 into ``rect`` (the pad's 3:1 shape kept)."""
    painter.save()
    pen = QPen(QColor(0, 0, 0))
    pen.setWidthF(width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    sx, sy = rect.width() / SIGNATURE_SCALE, rect.height() / SIGNATURE_SCALE
    for stroke in signature.strokes:
        points = [
            QPointF(rect.left() + stroke[i] * sx, rect.top() + stroke[i + 1] * sy)
            for i in range(0, len(stroke) - 1, 2)
        ]
        if len(points) == 1:
            painter.drawPoint(points[0])
        elif points:
            path = QPainterPath(points[0])
            for p in points[1:]:
                path.lineTo(p)
            painter.drawPath(path)
    painter.restore()


def _signature_box(slip: _Slip, signature: Signature) -> None:
    width = slip.inner
    height = width // 3
    x = slip.margin
    thick = max(2.0, slip.px(3))

    def draw(painter: QPainter, y: int) -> None:
        painter.drawRect(QRect(x, y, width - 1, height - 1))
        draw_signature(painter, QRectF(x, y, width, height), signature, thick)

    slip.ops.append((height, draw))


def render_shift_handover_slip(
    data: ShiftSlipData, width_px: int = PAPER_80MM_PX, family: str = CJK_FAMILY
) -> QImage:
    """The handover slip as a white ``QImage`` ``width_px`` wide, as tall as needed."""
    record, lang = data.record, data.lang
    fact = record.fact
    slip = _Slip(width_px, family)
    body, small, bold = slip.font(24), slip.font(21), slip.font(24, bold=True)
    centre = Qt.AlignmentFlag.AlignHCenter

    def mop(avos: int) -> str:
        return format_money(avos, lang)

    def hkd(cents: int) -> str:
        return format_money(cents, lang, "HKD")

    def signed(amount: int, currency: str) -> str:
        text = format_money(abs(amount), lang, currency)
        return f"+{text}" if amount > 0 else f"-{text}" if amount < 0 else text

    if data.copy:
        slip.banner(copy_banner(), slip.font(28, bold=True))
        slip.space(10)
    slip.text(record.store_names.get(lang) or record.store_id, slip.font(34, bold=True), centre)
    slip.text(_tr("title", lang), slip.font(36, bold=True), centre)
    slip.space(8)
    slip.pair(_tr("no", lang), record.handover_no, small)
    slip.pair(_tr("from", lang), local_time(fact.shift_start), small)
    slip.pair(_tr("at", lang), local_time(record.handed_over_at), small)
    slip.pair(_tr("outgoing", lang), record.name(fact.staff_id, lang), small)
    slip.pair(_tr("incoming", lang), record.name(fact.incoming_staff_id, lang), small)
    for key, counts, money in (("count_mop", fact.mop_count, mop), ("count_hkd", fact.hkd_count, hkd)):
        slip.rule()
        slip.text(_tr(key, lang), bold)
        for d in counts:
            slip.pair(f"{money(d.value)} × {d.qty}", money(d.value * d.qty), small)
        slip.pair(label("total", lang), money(sum(d.value * d.qty for d in counts)), body)
    slip.text(_tr("rate", lang).format(mop=f"MOP {fact.hkd_rate_ppm / 1_000_000:.4f}"), small)
    slip.rule()
    for t in fact.tenders:
        if not (t.expected or t.counted):
            continue
        money = hkd if t.currency == "HKD" else mop
        slip.text(_tender_label(t.method, lang), bold)
        slip.pair(_tr("expected", lang), money(t.expected), small)
        slip.pair(_tr("counted", lang), money(t.counted), small)
        slip.pair(_tr("variance", lang), signed(t.counted - t.expected, t.currency), small)
    slip.rule()
    slip.pair(_tr("total_variance", lang), signed(fact.variance_avos, "MOP"), slip.font(30, bold=True))
    if fact.approved_by:
        slip.pair(_tr("approved", lang), record.name(fact.approved_by, lang), small)
    if fact.reason:
        slip.pair(_tr("reason", lang), fact.reason, small)
    slip.pair(_tr("float", lang), f"{mop(fact.float_mop_avos)} + {hkd(fact.float_hkd_cents)}", small)
    slip.rule()
    slip.text(_tr("during", lang), bold)
    for key, value in (
        ("voids", fact.voids),
        ("refunds", fact.refunds),
        ("overrides", fact.discount_overrides),
        ("no_sales", fact.no_sales),
        ("unsynced", fact.unsynced),
        ("holds", fact.open_holds),
        ("transfers", fact.open_transfers),
    ):
        slip.pair(_tr(key, lang), str(value), small)
    slip.pair(_tr("note", lang), fact.note or _tr("none", lang), small)
    for key, who, signature in (
        ("outgoing", fact.staff_id, fact.outgoing_signature),
        ("incoming", fact.incoming_staff_id, fact.incoming_signature),
    ):
        slip.space(16)
        slip.pair(_tr(key, lang), record.name(who, lang), small)
        _signature_box(slip, signature)
    if data.copy:
        slip.space(10)
        slip.banner(copy_banner(), slip.font(28, bold=True))
    slip.space(20)
    if slip.barcode(record.handover_no):
        slip.space(4)
    slip.text(record.handover_no, small, centre)
    return slip.render()
