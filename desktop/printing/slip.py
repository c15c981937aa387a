"""The sale receipt, laid out once with ``QPainter`` into a white image the width of the paper.

:func:`render_receipt` draws the header (store name, address), receipt number, time and cashier, one
block per line (the name wrapped to the paper, then ``qty × unit`` and the amount on the right), the
total, the tenders, a ``COPY / 副本 / CÓPIA`` banner on reprints and the receipt number as a Code 128
barcode with the number printed under it. The image grows to fit; :func:`desktop.printing.escpos.to_mono`
and :func:`~desktop.printing.escpos.encode_raster` turn it into printer bytes.

Text is drawn in the bundled CJK family (register it first with :func:`desktop.i18n.register_fonts`),
never in ESC/POS text mode, so Chinese and Portuguese accents print as they look on screen.

Slip labels are Qt translations (context ``Slip``) looked up in the *slip's* language, which need not
be the interface's: a Portuguese-speaking cashier can print a Chinese receipt. :func:`slip_tr` loads
that language's translator once and asks it directly.

Also here: :func:`render_test_page` (Chinese, Portuguese accents, a QR code and a Code 128, edge marks
to check the paper width), :func:`render_scanner_sheet` (what to set on a scanner and codes to try it
with) and :func:`stamp_copy` (the COPY mark a deliberate reprint carries).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

import segno
from PySide6.QtCore import QT_TRANSLATE_NOOP, QRect, QRectF, Qt, QTranslator
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QTransform

from core.money import format_money
from desktop.i18n import CJK_FAMILY
from desktop.paths import resource
from desktop.printing.code128 import code128_modules
from desktop.printing.escpos import PAPER_80MM_PX

__all__ = [
    "CouponData",
    "HandoverLine",
    "HandoverSlipData",
    "ReceiptData",
    "ReceiptLine",
    "copy_banner",
    "label",
    "render_coupon",
    "render_handover_slip",
    "render_receipt",
    "render_scanner_sheet",
    "render_test_page",
    "slip_tr",
    "stamp_copy",
]

SLIP_CONTEXT = "Slip"
LABELS: dict[str, str] = {
    "receipt_no": QT_TRANSLATE_NOOP("Slip", "Receipt no."),
    "time": QT_TRANSLATE_NOOP("Slip", "Time"),
    "cashier": QT_TRANSLATE_NOOP("Slip", "Cashier"),
    "total": QT_TRANSLATE_NOOP("Slip", "TOTAL"),
    "thanks": QT_TRANSLATE_NOOP("Slip", "Thank you"),
    "copy": QT_TRANSLATE_NOOP("Slip", "COPY"),
    "subtotal": QT_TRANSLATE_NOOP("Slip", "Subtotal"),
    "discount": QT_TRANSLATE_NOOP("Slip", "Discount"),
    "phone": QT_TRANSLATE_NOOP("Slip", "Tel."),
}
TENDER_LABELS: dict[str, str] = {
    "cash": QT_TRANSLATE_NOOP("Slip", "Cash"),
    "cash_mop": QT_TRANSLATE_NOOP("Slip", "Cash (MOP)"),
    "cash_hkd": QT_TRANSLATE_NOOP("Slip", "Cash (HKD)"),
    "alipay": QT_TRANSLATE_NOOP("Slip", "Alipay"),
    "wechat": QT_TRANSLATE_NOOP("Slip", "WeChat Pay"),
    "card": QT_TRANSLATE_NOOP("Slip", "Card"),
    "mpay": QT_TRANSLATE_NOOP("Slip", "MPay"),
    "change": QT_TRANSLATE_NOOP("Slip", "Change"),
}

_translators: dict[str, QTranslator | None] = {}
_translators_lock = threading.Lock()


def _translator(lang: str) -> QTranslator | None:
    with _translators_lock:
        if lang not in _translators:
            translator = QTranslator()
            path = resource("translations", f"store_manager_{lang}.qm")
            _translators[lang] = translator if translator.load(str(path)) else None
        return _translators[lang]


def slip_tr(source: str, lang: str) -> str:
    """``source`` (context ``Slip``) in the slip's language ``lang``; the English source if there is none."""
    translator = _translator(lang)
    text = translator.translate(SLIP_CONTEXT, source) if translator is not None else ""
    return text or source


def label(key: str, lang: str) -> str:
    return slip_tr(LABELS[key], lang)


def _tender_label(name: str, lang: str) -> str:
    source = TENDER_LABELS.get(name)
    return slip_tr(source, lang) if source else name


def copy_banner() -> str:
    """The reprint mark, in all three languages so that anyone at the counter reads it."""
    return " / ".join(label("copy", lang) for lang in ("en", "zh_Hant", "pt"))


_BLACK = QColor(0, 0, 0)
_WHITE = QColor(255, 255, 255)
_QUIET_MODULES = 10  # Code 128 wants at least 10 modules of white either side


@dataclass(frozen=True)
class ReceiptLine:
    name: str
    qty: int
    unit_price_avos: int

    @property
    def amount_avos(self) -> int:
        return self.qty * self.unit_price_avos


@dataclass(frozen=True)
class ReceiptData:
    """A sale's receipt, plain values only (no ORM rows): what :func:`render_receipt` lays out.

    ``tenders`` are ``(method, avos)`` in order, ``("change", avos)`` last when change is due; methods
    are ``core.events.TENDER_METHODS`` (``cash_mop``, ``cash_hkd``, ``card``, ``mpay``, ``alipay``,
    ``wechat``) or ``cash``. ``receipt_no`` is printed and drawn as Code 128; ``sale_id``, when given,
    as a QR code. ``lang`` is the slip's language (zh_Hant, en, pt). ``copy`` draws the COPY banners
    (for a preview of a reprint; ``PrintService.print_slip(copy=True)`` stamps its own).
    """

    store_name: str
    store_address: str
    receipt_no: str
    occurred_at: str
    cashier: str
    lines: tuple[ReceiptLine, ...]
    total_avos: int
    tenders: tuple[tuple[str, int], ...]
    lang: str
    copy: bool = False
    sale_id: str = ""  # printed as a QR code when given (the receipt number is the Code 128)
    discount_avos: int = 0  # basket discount: shown as subtotal, discount, total when above zero
    store_phone: str = ""  # under the address


# --------------------------------------------------------------------------- layout helpers

_Draw = Callable[[QPainter, int], None]  # (painter, top y)


def _font(family: str, px: int, *, bold: bool = False) -> QFont:
    font = QFont(family)
    font.setPixelSize(max(px, 8))
    font.setBold(bold)
    # Glyphs drawn in whole dots, as the printer prints them: antialiased 1-px strokes (a hyphen, the
    # inner strokes of 間) are grey and a threshold would drop them; hinted 1-bit glyphs keep every stroke.
    font.setStyleStrategy(QFont.StyleStrategy.NoAntialias)
    font.setHintingPreference(QFont.HintingPreference.PreferFullHinting)
    return font


def _wrap_flags(text: str, font: QFont, width: float, align: Qt.AlignmentFlag) -> int:
    """Word wrap (Chinese breaks between characters); anywhere only if a single word is wider than ``width``."""
    metrics = QFontMetricsF(font)
    too_long = any(metrics.horizontalAdvance(word) > width for word in text.split())
    wrap = Qt.TextFlag.TextWrapAnywhere if too_long else Qt.TextFlag.TextWordWrap
    return int(align | Qt.AlignmentFlag.AlignTop | wrap)


def _text_height(text: str, font: QFont, width: float, flags: int) -> float:
    return QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 100_000), flags, text).height()


def _natural_width(text: str, font: QFont) -> float:
    return QFontMetricsF(font).horizontalAdvance(text)


class _Slip:
    """Ops measured first (each with its height), drawn once the total height is known."""

    def __init__(self, width: int, family: str) -> None:
        self.width = width
        self.scale = width / PAPER_80MM_PX
        self.margin = max(8, round(16 * self.scale))
        self.inner = width - 2 * self.margin
        self.family = family
        self.ops: list[tuple[int, _Draw]] = []

    def px(self, value: float) -> int:
        return max(1, round(value * self.scale))

    def font(self, size: float, *, bold: bool = False) -> QFont:
        # Narrow paper shrinks the layout, but text less: 58 mm small text at 2/3 size (14 dots) is
        # too few dots for a Chinese character's strokes; at 0.8 (17 dots) each stroke keeps its dot.
        return _font(self.family, max(1, round(size * max(self.scale, 0.8))), bold=bold)

    def space(self, height: float) -> None:
        self.ops.append((self.px(height), lambda _p, _y: None))

    def text(self, text: str, font: QFont, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> None:
        flags = _wrap_flags(text, font, self.inner, align)
        height = int(_text_height(text, font, self.inner, flags) + 0.999)
        x, w = self.margin, self.inner

        def draw(painter: QPainter, y: int) -> None:
            painter.setFont(font)
            painter.drawText(QRect(x, y, w, height), flags, text)

        self.ops.append((height, draw))

    def pair(self, left: str, right: str, font: QFont) -> None:
        """``left`` at the margin and ``right`` against the right margin; stacked if they do not fit."""
        gap = self.px(16)
        if _natural_width(left, font) + gap + _natural_width(right, font) <= self.inner:
            height = int(QFontMetricsF(font).height() + 0.999)
            x, w = self.margin, self.inner
            left_flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            right_flags = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)

            def draw(painter: QPainter, y: int) -> None:
                painter.setFont(font)
                painter.drawText(QRect(x, y, w, height), left_flags, left)
                painter.drawText(QRect(x, y, w, height), right_flags, right)

            self.ops.append((height, draw))
        else:
            self.text(left, font)
            self.text(right, font, Qt.AlignmentFlag.AlignRight)

    def rule(self) -> None:
        pad = self.px(8)
        thick = max(1, self.px(2))
        x, w = self.margin, self.inner

        def draw(painter: QPainter, y: int) -> None:
            painter.fillRect(QRect(x, y + pad, w, thick), _BLACK)

        self.ops.append((2 * pad + thick, draw))

    def banner(self, text: str, font: QFont) -> None:
        """White text on a black box across the paper."""
        pad = self.px(8)
        flags = _wrap_flags(text, font, self.inner - 2 * pad, Qt.AlignmentFlag.AlignHCenter)
        text_h = _text_height(text, font, self.inner - 2 * pad, flags)
        box_h = int(text_h + 0.999) + 2 * pad
        x, w = self.margin, self.inner

        def draw(painter: QPainter, y: int) -> None:
            painter.fillRect(QRect(x, y, w, box_h), _BLACK)
            painter.save()
            painter.setPen(_WHITE)
            painter.setFont(font)
            painter.drawText(QRect(x + pad, y + pad, w - 2 * pad, box_h - 2 * pad), flags, text)
            painter.restore()

        self.ops.append((box_h, draw))

    def barcode(self, text: str) -> bool:
        """Code 128 with 10-module quiet zones and 2-dot modules (0.25 mm at 203 dpi: one dot is below
        what many scanners read on thermal paper). Across the paper when it fits; otherwise turned a
        quarter, bars across the paper and read down it (a "ladder"), as on a 58 mm receipt."""
        modules = code128_modules(text)
        total = sum(modules)
        module_px = 2
        quiet = _QUIET_MODULES * module_px
        # One row of modules (bars black, even index), stretched to the module width and bar height by a
        # single drawImage: exact integer scaling, no smoothing, and one Qt call instead of one per bar.
        row = bytes(v for i, w in enumerate(modules) for v in [0x00 if i % 2 == 0 else 0xFF] * w)
        bars = QImage(row, total, 1, total, QImage.Format.Format_Grayscale8).copy()
        if total * module_px + 2 * quiet <= self.width:
            height = self.px(80)
            left = (self.width - total * module_px) // 2

            def draw(painter: QPainter, y: int) -> None:
                painter.drawImage(QRect(left, y, total * module_px, height), bars)

            self.ops.append((height, draw))
            return True
        ladder = bars.transformed(QTransform().rotate(90))  # 1 px wide, the start symbol at the top
        bar_length = min(self.inner, self.px(240))
        left = (self.width - bar_length) // 2

        def draw_ladder(painter: QPainter, y: int) -> None:
            painter.drawImage(QRect(left, y + quiet, bar_length, total * module_px), ladder)

        self.ops.append((total * module_px + 2 * quiet, draw_ladder))
        return True

    def qr(self, text: str) -> None:
        """A QR code (error correction M) centred, with its 4-module quiet zone, modules of whole pixels."""
        matrix = segno.make(text, error="m", micro=False).matrix
        size = len(matrix)
        module_px = max(2, min(self.px(6), self.inner // (size + 8)))
        quiet = 4 * module_px
        side = size * module_px
        row_bytes = b"".join(bytes(0x00 if dark else 0xFF for dark in row) for row in matrix)
        modules = QImage(row_bytes, size, size, size, QImage.Format.Format_Grayscale8).copy()
        left = (self.width - side) // 2

        def draw(painter: QPainter, y: int) -> None:
            painter.drawImage(QRect(left, y + quiet, side, side), modules)

        self.ops.append((side + 2 * quiet, draw))

    def edges(self) -> None:
        """Marks at the first and last dot of the paper, so a test print shows the width is right."""
        height = self.px(24)
        width = self.width

        def draw(painter: QPainter, y: int) -> None:
            painter.fillRect(QRect(0, y, width, 2), _BLACK)
            for x in range(0, width, max(8, width // 24)):
                painter.fillRect(QRect(x, y, 2, height), _BLACK)
            painter.fillRect(QRect(width - 2, y, 2, height), _BLACK)

        self.ops.append((height, draw))

    def render(self) -> QImage:
        top = self.px(16)
        height = top + sum(h for h, _ in self.ops) + self.px(24)
        image = QImage(self.width, height, QImage.Format.Format_RGB32)
        image.fill(_WHITE)
        painter = QPainter(image)
        try:
            painter.setPen(_BLACK)
            y = top
            for h, draw in self.ops:
                draw(painter, y)
                y += h
        finally:
            painter.end()
        return image


# --------------------------------------------------------------------------- the receipt


def render_receipt(data: ReceiptData, width_px: int = PAPER_80MM_PX, family: str = CJK_FAMILY) -> QImage:
    """The receipt as a white ``QImage`` ``width_px`` wide (576 for 80 mm, 384 for 58 mm), as tall as needed."""
    if width_px < 200:
        raise ValueError(f"render_receipt: paper width {width_px} px is too narrow")
    lang = data.lang
    slip = _Slip(width_px, family)
    body = slip.font(24)
    small = slip.font(21)
    centre = Qt.AlignmentFlag.AlignHCenter

    def money(avos: int) -> str:
        return format_money(avos, lang)

    if data.copy:
        slip.banner(copy_banner(), slip.font(28, bold=True))
        slip.space(10)
    slip.text(data.store_name, slip.font(38, bold=True), centre)
    if data.store_address:
        slip.text(data.store_address, small, centre)
    if data.store_phone:
        slip.text(f"{label('phone', lang)} {data.store_phone}", small, centre)
    slip.space(10)
    slip.pair(label("receipt_no", lang), data.receipt_no, small)
    slip.pair(label("time", lang), data.occurred_at, small)
    if data.cashier:
        slip.pair(label("cashier", lang), data.cashier, small)
    slip.rule()
    for i, line in enumerate(data.lines):
        if i:
            slip.space(6)
        slip.text(line.name, body)
        slip.pair(f"{line.qty} × {money(line.unit_price_avos)}", money(line.amount_avos), body)
    slip.rule()
    if data.discount_avos:
        slip.pair(label("subtotal", lang), money(sum(line.amount_avos for line in data.lines)), body)
        slip.pair(label("discount", lang), money(-data.discount_avos), body)
    slip.pair(label("total", lang), money(data.total_avos), slip.font(40, bold=True))
    if data.tenders:
        slip.space(6)
        for name, avos in data.tenders:
            slip.pair(_tender_label(name, lang), money(avos), body)
    if data.copy:
        slip.space(10)
        slip.banner(copy_banner(), slip.font(28, bold=True))
    slip.space(20)
    if slip.barcode(data.receipt_no):
        slip.space(4)
    slip.text(data.receipt_no, small, centre)
    if data.sale_id:
        slip.qr(data.sale_id)
    slip.space(10)
    slip.text(label("thanks", lang), body, centre)
    return slip.render()


def stamp_copy(slip: QImage, family: str = CJK_FAMILY) -> QImage:
    """``slip`` with the COPY banner above it: what a deliberate reprint carries."""
    mark = _Slip(slip.width(), family)
    mark.banner(copy_banner(), mark.font(28, bold=True))
    banner = mark.render()
    out = QImage(slip.width(), banner.height() + slip.height(), QImage.Format.Format_RGB32)
    out.fill(_WHITE)
    painter = QPainter(out)
    try:
        painter.drawImage(0, 0, banner)
        painter.drawImage(0, banner.height(), slip)
    finally:
        painter.end()
    return out


@dataclass(frozen=True)
class HandoverLine:
    sku: str
    name: str
    qty: int


@dataclass(frozen=True)
class HandoverSlipData:
    """Goods leaving one store for another: the slip travels with them and is signed at both ends."""

    transfer_id: str
    from_store: str
    to_store: str
    occurred_at: str
    prepared_by: str
    lines: tuple[HandoverLine, ...]
    lang: str
    note: str = ""


def render_handover_slip(
    data: HandoverSlipData, width_px: int = PAPER_80MM_PX, family: str = CJK_FAMILY
) -> QImage:
    """The handover slip: stores, items with quantities, two signature lines, the transfer id as Code 128
    and QR (scanned at the receiving store)."""
    lang = data.lang
    slip = _Slip(width_px, family)
    centre = Qt.AlignmentFlag.AlignHCenter
    body, small = slip.font(24), slip.font(21)
    title = slip_tr(QT_TRANSLATE_NOOP("Slip", "Stock handover slip"), lang)
    slip.text(title, slip.font(34, bold=True), centre)
    slip.space(8)
    slip.pair(slip_tr(QT_TRANSLATE_NOOP("Slip", "Transfer no."), lang), data.transfer_id, small)
    slip.pair(slip_tr(QT_TRANSLATE_NOOP("Slip", "From"), lang), data.from_store, small)
    slip.pair(slip_tr(QT_TRANSLATE_NOOP("Slip", "To"), lang), data.to_store, small)
    slip.pair(label("time", lang), data.occurred_at, small)
    slip.pair(slip_tr(QT_TRANSLATE_NOOP("Slip", "Prepared by"), lang), data.prepared_by, small)
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
    for who in (QT_TRANSLATE_NOOP("Slip", "Handed over by"), QT_TRANSLATE_NOOP("Slip", "Received by")):
        slip.space(36)
        slip.rule()
        slip.text(slip_tr(who, lang), small)
    slip.space(16)
    if slip.barcode(data.transfer_id):
        slip.space(4)
    slip.text(data.transfer_id, small, centre)
    slip.qr(data.transfer_id)
    return slip.render()


@dataclass(frozen=True)
class CouponData:
    store_name: str
    value_text: str  # as it should read, e.g. "MOP 50" or "9折" (formatted by the caller)
    title: str
    code: str  # printable ASCII: drawn as Code 128 and QR, scanned at the till
    valid_until: str
    lang: str
    terms: str = ""


def render_coupon(data: CouponData, width_px: int = PAPER_80MM_PX, family: str = CJK_FAMILY) -> QImage:
    """A coupon: the value large, what it is for, until when, the code to scan (Code 128 and QR)."""
    lang = data.lang
    slip = _Slip(width_px, family)
    centre = Qt.AlignmentFlag.AlignHCenter
    slip.banner(slip_tr(QT_TRANSLATE_NOOP("Slip", "Coupon"), lang), slip.font(30, bold=True))
    slip.space(8)
    slip.text(data.store_name, slip.font(28, bold=True), centre)
    slip.space(6)
    slip.text(data.value_text, slip.font(64, bold=True), centre)
    slip.text(data.title, slip.font(26), centre)
    slip.space(6)
    until = slip_tr(QT_TRANSLATE_NOOP("Slip", "Valid until {date}"), lang).format(date=data.valid_until)
    slip.text(until, slip.font(22), centre)
    if data.terms:
        slip.space(6)
        slip.text(data.terms, slip.font(19))
    slip.space(12)
    slip.qr(data.code)
    if slip.barcode(data.code):
        slip.space(4)
    slip.text(data.code, slip.font(21), centre)
    return slip.render()


# Glyph samples, not translations: the test page shows that each script prints, whatever the UI language.
SAMPLE_ZH = "繁體中文：澳門議事亭前地 葡撻 豬扒包 啫喱 𨋢 嘅 咗"
SAMPLE_PT = "Português: Ação, coração, pão, avó, Conceição, São Lázaro — çãõáéíóúâêô"
SAMPLE_EN = "English: The quick brown fox jumps over the lazy dog 0123456789"


def render_test_page(
    lang: str,
    width_px: int = PAPER_80MM_PX,
    *,
    printer: str = "",
    when: str = "",
    family: str = CJK_FAMILY,
) -> QImage:
    """The printer test page: edge marks, the three scripts, a QR code and a Code 128."""
    slip = _Slip(width_px, family)
    centre = Qt.AlignmentFlag.AlignHCenter
    body, small = slip.font(24), slip.font(21)
    mm = 80 if width_px >= PAPER_80MM_PX else 58
    slip.edges()
    slip.space(8)
    slip.text(slip_tr(QT_TRANSLATE_NOOP("Slip", "Printer test"), lang), slip.font(38, bold=True), centre)
    paper = slip_tr(QT_TRANSLATE_NOOP("Slip", "Paper: {mm} mm, {dots} dots"), lang)
    slip.text(paper.format(mm=mm, dots=width_px), small, centre)
    if printer:
        slip.pair(slip_tr(QT_TRANSLATE_NOOP("Slip", "Printer"), lang), printer, small)
    if when:
        slip.pair(label("time", lang), when, small)
    slip.rule()
    slip.text(SAMPLE_ZH, body)
    slip.space(6)
    slip.text(SAMPLE_PT, body)
    slip.space(6)
    slip.text(SAMPLE_EN, body)
    slip.rule()
    slip.text(slip_tr(QT_TRANSLATE_NOOP("Slip", "QR code"), lang), small, centre)
    slip.qr("https://store-manager.example/test?lang=" + lang)
    slip.text(slip_tr(QT_TRANSLATE_NOOP("Slip", "Code 128"), lang), small, centre)
    slip.space(4)
    slip.barcode("TEST-0123456789")
    slip.text("TEST-0123456789", small, centre)
    slip.space(8)
    slip.edges()
    return slip.render()


SCANNER_TEST_CODES = ("9587101000012", "PF-0001")


def render_scanner_sheet(lang: str, width_px: int = PAPER_80MM_PX, *, family: str = CJK_FAMILY) -> QImage:
    """What to set on a keyboard-wedge scanner, and codes to try it with on the Devices page."""
    slip = _Slip(width_px, family)
    centre = Qt.AlignmentFlag.AlignHCenter
    body, small = slip.font(24), slip.font(21)
    slip.text(slip_tr(QT_TRANSLATE_NOOP("Slip", "Scanner setup"), lang), slip.font(38, bold=True), centre)
    slip.rule()
    for step in (
        QT_TRANSLATE_NOOP("Slip", "1. Set the scanner to USB keyboard (HID) mode, US keyboard layout."),
        QT_TRANSLATE_NOOP("Slip", "2. Set the suffix to Enter (CR). No prefix is needed."),
        QT_TRANSLATE_NOOP(
            "Slip",
            "3. The programming barcodes for these settings are in the scanner's manual "
            "(Honeywell, Zebra, Datalogic, Newland and others each have their own).",
        ),
        QT_TRANSLATE_NOOP("Slip", "4. Open Settings, Devices and scan the codes below."),
    ):
        slip.text(slip_tr(step, lang), body)
        slip.space(6)
    slip.rule()
    for code in SCANNER_TEST_CODES:
        slip.space(8)
        slip.barcode(code)
        slip.text(code, small, centre)
    slip.space(8)
    slip.qr("9587101000012")
    slip.text(slip_tr(QT_TRANSLATE_NOOP("Slip", "QR code (2D scanners only)"), lang), small, centre)
    return slip.render()
