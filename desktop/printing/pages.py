"""The same slip image as a PDF (A4 or a roll the paper's width) or on a system printer (QPrinter).

Thermal slips are laid out at 203 dpi (8 dots per mm): 576 dots are the 72 mm printable width of
80 mm paper. The PDF keeps that scale, so a PDF slip is the printed slip's real size. A4 forms go to
the operating system's printers (the spooler, not USB). Both block: run them off the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from core.errors import DomainError

__all__ = ["DOTS_PER_MM", "print_on_system_printer", "system_printers", "write_pdf"]

DOTS_PER_MM = 8.0  # 203 dpi thermal head
_A4_MARGIN_MM = 15.0


def _draw(painter: QPainter, image: QImage, target: QRectF) -> None:
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
    painter.drawImage(target, image)


def write_pdf(image: QImage, path: Path, *, page: str = "roll") -> None:
    """``page="roll"``: one page as wide as the slip (at 8 dots/mm) and as long; ``"a4"``: the slip at
    its real size at the top of A4 pages. ``pdf.write_failed`` if the file cannot be written."""
    width_mm = image.width() / DOTS_PER_MM
    height_mm = image.height() / DOTS_PER_MM
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setCreator("Store Manager")
    if page == "roll":
        size = QPageSize(QSizeF(width_mm, height_mm), QPageSize.Unit.Millimeter, "roll")
        writer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    elif page == "a4":
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(QMarginsF(*(4 * [_A4_MARGIN_MM])), QPageLayout.Unit.Millimeter)
    else:
        raise ValueError(f"write_pdf: page must be 'roll' or 'a4', not {page!r}")
    painter = QPainter()
    if not painter.begin(writer):
        raise DomainError("pdf.write_failed", path=str(path))
    try:
        _paint_pages(painter, writer, image)
    finally:
        painter.end()
    if not path.exists() or path.stat().st_size == 0:
        raise DomainError("pdf.write_failed", path=str(path))


def _paint_pages(painter: QPainter, device: QPdfWriter | QPrinter, image: QImage) -> None:
    """Draw the slip at its real size, continued on further pages when it is longer than one."""
    rect = device.pageLayout().paintRectPixels(device.resolution())
    dots_per_mm_out = device.resolution() / 25.4
    scale = dots_per_mm_out / DOTS_PER_MM
    page_rows = max(1, int(rect.height() / scale))
    top = 0
    while top < image.height():
        rows = min(page_rows, image.height() - top)
        part = image.copy(0, top, image.width(), rows)
        _draw(painter, part, QRectF(0, 0, image.width() * scale, rows * scale))
        top += rows
        if top < image.height():
            device.newPage()


def system_printers() -> list[str]:
    """Names of the printers the operating system knows (for A4 forms)."""
    return [info.printerName() for info in QPrinterInfo.availablePrinters()]


def print_on_system_printer(image: QImage, printer_name: str) -> None:
    """Print ``image`` at its real size on an A4 system printer; ``printer.system_failed`` if it cannot."""
    info = QPrinterInfo.printerInfo(printer_name)
    if info.isNull():
        raise DomainError("printer.system_failed", printer=printer_name)
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter()
    if not painter.begin(printer):
        raise DomainError("printer.system_failed", printer=printer_name)
    try:
        _paint_pages(painter, printer, image)
    finally:
        painter.end()
