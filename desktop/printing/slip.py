"""The sale receipt, laid out once with ``QPainter`` into a white image the width of the paper.

:func:`render_receipt` draws the header (store name, address), receipt number, time and cashier, one
block per line (the name wrapped to the paper, then ``qty × unit`` and the amount on the right), the
total, the tenders, a ``COPY / 副本 / CÓPIA`` banner on reprints and the receipt number as a Code 128
barcode with the number printed under it. The image grows to fit; :func:`desktop.printing.escpos.to_mono`
and :func:`~desktop.printing.escpos.encode_raster` turn it into printer bytes.

Text is drawn in the bundled CJK family (register it first with :func:`desktop.i18n.register_fonts`),
never in ESC/POS text mode, so Chinese and Portuguese accents print as they look on screen.

TODO(i18n): the slip labels below (``LABELS``, ``TENDER_LABELS``) live in a small dict for now because a
slip is printed in the *slip's* language, not the UI's. They move to the Qt translation files when
printing is wired to the UI.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter

from core.money import format_money
from desktop.i18n import CJK_FAMILY
from desktop.printing.code128 import code128_modules
from desktop.printing.escpos import PAPER_80MM_PX

__all__ = ["COPY_BANNER", "LABELS", "TENDER_LABELS", "ReceiptData", "ReceiptLine", "label", "render_receipt"]

# Slip labels per slip language (see the module docstring: these move to the .ts files later).
LABELS: dict[str, dict[str, str]] = {
    "receipt_no": {"zh_Hant": "收據編號", "en": "Receipt no.", "pt": "Recibo n.º"},
    "time": {"zh_Hant": "時間", "en": "Time", "pt": "Data"},
    "cashier": {"zh_Hant": "收銀員", "en": "Cashier", "pt": "Operador"},
    "total": {"zh_Hant": "總計", "en": "TOTAL", "pt": "TOTAL"},
    "thanks": {"zh_Hant": "多謝惠顧", "en": "Thank you", "pt": "Obrigado"},
}
TENDER_LABELS: dict[str, dict[str, str]] = {
    "cash": {"zh_Hant": "現金", "en": "Cash", "pt": "Numerário"},
    "card": {"zh_Hant": "信用卡", "en": "Card", "pt": "Cartão"},
    "mpay": {"zh_Hant": "澳門錢包", "en": "MPay", "pt": "MPay"},
    "change": {"zh_Hant": "找續", "en": "Change", "pt": "Troco"},
}
COPY_BANNER = "COPY / 副本 / CÓPIA"

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


def label(key: str, lang: str) -> str:
    texts = LABELS[key]
    return texts.get(lang, texts["en"])


def _tender_label(name: str, lang: str) -> str:
    texts = TENDER_LABELS.get(name)
    return texts.get(lang, texts["en"]) if texts else name


# --------------------------------------------------------------------------- layout helpers

_Draw = Callable[[QPainter, int], None]  # (painter, top y)


def _font(family: str, px: int, *, bold: bool = False) -> QFont:
    font = QFont(family)
    font.setPixelSize(max(px, 8))
    font.setBold(bold)
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
        return _font(self.family, self.px(size), bold=bold)

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
        """Code 128 centred with 10-module quiet zones, 2 px modules (1 px if needed). False if it cannot fit."""
        modules = code128_modules(text)
        total = sum(modules)
        module_px = 2  # 0.25 mm at 203 dpi; narrower only when the number would not fit otherwise
        while module_px > 1 and (total + 2 * _QUIET_MODULES) * module_px > self.width:
            module_px -= 1
        if (total + 2 * _QUIET_MODULES) * module_px > self.width:
            return False
        height = self.px(80)
        left = (self.width - total * module_px) // 2

        # One row of modules (bars black, even index), stretched to the module width and bar height by a
        # single drawImage: exact integer scaling, no smoothing, and one Qt call instead of one per bar.
        row = bytes(v for i, w in enumerate(modules) for v in [0x00 if i % 2 == 0 else 0xFF] * w)
        bars = QImage(row, total, 1, total, QImage.Format.Format_Grayscale8).copy()

        def draw(painter: QPainter, y: int) -> None:
            painter.drawImage(QRect(left, y, total * module_px, height), bars)

        self.ops.append((height, draw))
        return True

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
        slip.banner(COPY_BANNER, slip.font(28, bold=True))
        slip.space(10)
    slip.text(data.store_name, slip.font(38, bold=True), centre)
    if data.store_address:
        slip.text(data.store_address, small, centre)
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
    slip.pair(label("total", lang), money(data.total_avos), slip.font(40, bold=True))
    if data.tenders:
        slip.space(6)
        for name, avos in data.tenders:
            slip.pair(_tender_label(name, lang), money(avos), body)
    if data.copy:
        slip.space(10)
        slip.banner(COPY_BANNER, slip.font(28, bold=True))
    slip.space(20)
    if slip.barcode(data.receipt_no):
        slip.space(4)
    slip.text(data.receipt_no, small, centre)
    slip.space(10)
    slip.text(label("thanks", lang), body, centre)
    return slip.render()
