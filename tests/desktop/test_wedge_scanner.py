"""Keyboard-wedge scans told apart from typing by timing (an injected clock, no sleeping)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from core.demo_chain import demo_products
from desktop.devices.wedge import WedgeScanner


class Clock:
    def __init__(self) -> None:
        self.t = 100.0

    def __call__(self) -> float:
        return self.t


def _press(widget, text: str, clock: Clock, gap_s: float) -> None:
    for ch in text:
        clock.t += gap_s
        key = (
            Qt.Key.Key_Return if ch == "\n" else Qt.Key(ord(ch.upper())) if ch.isalpha() else Qt.Key(ord(ch))
        )
        ev = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, "" if ch == "\n" else ch)
        QApplication.sendEvent(widget, ev)


def _setup(qtbot):
    clock = Clock()
    scanner = WedgeScanner(clock=clock)
    app = QApplication.instance()
    scanner.install(app)
    field = QLineEdit()  # e.g. a quantity box that happens to have focus
    qtbot.addWidget(field)
    seen: list[tuple[str, str]] = []
    scanner.scanned.connect(lambda code, sym: seen.append((code, sym)))
    return clock, scanner, field, seen, app


def test_a_fast_burst_ending_in_enter_is_a_scan_and_never_reaches_the_focused_field(qtbot) -> None:
    clock, scanner, field, seen, app = _setup(qtbot)
    try:
        _press(field, "9587101000012\n", clock, gap_s=0.004)
        assert seen == [("9587101000012", "EAN/UPC")]
        assert field.text() == ""
    finally:
        app.removeEventFilter(scanner)


def test_a_person_typing_slowly_is_never_taken_for_a_scanner(qtbot) -> None:
    clock, scanner, field, seen, app = _setup(qtbot)
    try:
        _press(field, "12345678", clock, gap_s=0.2)
        scanner.release()  # what the flush timer does after a pause
        assert seen == []
        assert field.text() == "12345678"  # every key, in order
    finally:
        app.removeEventFilter(scanner)


def test_a_short_fast_entry_like_a_quantity_is_left_alone(qtbot) -> None:
    clock, scanner, field, seen, app = _setup(qtbot)
    try:
        _press(field, "12\n", clock, gap_s=0.003)
        assert seen == []
        assert field.text() == "12"
    finally:
        app.removeEventFilter(scanner)


def test_a_code_that_is_not_a_gtin_is_still_a_scan_without_symbology(qtbot) -> None:
    clock, scanner, field, seen, app = _setup(qtbot)
    try:
        _press(field, "PF-0001\n", clock, gap_s=0.002)
        assert seen == [("PF-0001", "")]
    finally:
        app.removeEventFilter(scanner)


def test_scanning_on_the_stock_screen_finds_the_item_in_every_store(qtbot, make_app) -> None:
    app = make_app("en")
    stock = app.window.show_screen("stock")
    qtbot.waitUntil(stock.is_ready, timeout=5000)
    product = demo_products()[7]
    app.scanner.scanned.emit(product.barcodes[0], "EAN/UPC")
    assert stock.search.text() == product.barcodes[0]
    assert stock.proxy.rowCount() == 1
