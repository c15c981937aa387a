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
        mods = Qt.KeyboardModifier.NoModifier
        if ch == "\n":
            key, ch = Qt.Key.Key_Return, ""
        elif ch == "\t":
            key = Qt.Key.Key_Tab
        elif ord(ch) < 32:  # a control character arrives as Ctrl + a key (STX is Ctrl+B, GS is Ctrl+])
            key, mods = Qt.Key(ord(ch) + 64), Qt.KeyboardModifier.ControlModifier
        else:
            key = Qt.Key(ord(ch.upper())) if ch.isalpha() else Qt.Key(ord(ch))
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, key, mods, ch))


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


def _ime_commit(widget, text: str, clock: Clock, gap_s: float) -> None:
    """What a Chinese input method delivers for each scanner character: a commit, not a key press."""
    from PySide6.QtGui import QInputMethodEvent

    for ch in text:
        clock.t += gap_s
        ev = QInputMethodEvent("", [])
        ev.setCommitString(ch)
        QApplication.sendEvent(widget, ev)


def test_a_scan_through_an_active_chinese_input_method_is_recognised(qtbot) -> None:
    clock, scanner, field, seen, app = _setup(qtbot)
    try:
        _ime_commit(field, "９５８７１０１０００", clock, gap_s=0.004)  # full-width, as some IMEs send digits
        _ime_commit(field, "012", clock, gap_s=0.004)
        _press(field, "\n", clock, gap_s=0.004)
        assert seen == [("9587101000012", "EAN/UPC")]
        assert field.text() == ""
    finally:
        app.removeEventFilter(scanner)


def test_chinese_typed_through_the_input_method_still_reaches_the_field(qtbot) -> None:
    clock, scanner, field, seen, app = _setup(qtbot)
    try:
        _ime_commit(field, "葡撻", clock, gap_s=0.002)
        assert seen == []
        assert field.text() == "葡撻"
    finally:
        app.removeEventFilter(scanner)


def test_a_scan_while_a_quantity_box_has_focus_leaves_the_quantity_alone(qtbot) -> None:
    from PySide6.QtWidgets import QSpinBox

    clock, scanner, _field, seen, app = _setup(qtbot)
    quantity = QSpinBox()
    quantity.setRange(1, 999999)
    quantity.setValue(2)
    qtbot.addWidget(quantity)
    editor = quantity.lineEdit()
    try:
        _press(editor, "4006381333931\n", clock, gap_s=0.003)
        assert seen == [("4006381333931", "EAN/UPC")]
        assert quantity.value() == 2
        _press(editor, "5", clock, gap_s=0.3)  # a person changing the quantity afterwards still can
        scanner.release()
        assert "5" in editor.text()
    finally:
        app.removeEventFilter(scanner)


def test_a_programmed_prefix_marks_a_slower_scanner_and_is_stripped(qtbot) -> None:
    clock, scanner, field, seen, app = _setup(qtbot)
    modes: list[str] = []
    scanner.detected.connect(lambda _c, _s, mode: modes.append(mode))
    scanner.prefix = "\x02"  # STX, as scanners send a control-character prefix
    try:
        _press(field, "\x02PF-0001\n", clock, gap_s=0.08)  # too slow for timing alone (35 ms)
        assert seen == [("PF-0001", "")]
        assert modes == ["wedge-prefix"]
        assert field.text() == ""
        _press(field, "PF-0002\n", clock, gap_s=0.08)  # without the prefix the same pace is a person
        scanner.release()
        assert seen == [("PF-0001", "")]
        assert field.text() == "PF-0002"
    finally:
        app.removeEventFilter(scanner)


def test_control_characters_inside_a_scan_are_stripped_and_a_wrong_check_digit_is_not_ean(qtbot) -> None:
    clock, scanner, field, seen, app = _setup(qtbot)
    modes: list[str] = []
    scanner.detected.connect(lambda _c, _s, mode: modes.append(mode))
    try:
        _press(field, "0109\x1d5871010\n", clock, gap_s=0.003)  # GS separator of a GS1 code
        _press(field, "9587101000013\n", clock, gap_s=0.003)  # check digit should be 2: a misread
        assert seen == [("01095871010", ""), ("9587101000013", "")]
        assert modes == ["wedge-timing", "wedge-timing"]
        assert field.text() == ""
    finally:
        app.removeEventFilter(scanner)


def test_tab_suffix_when_the_scanner_is_programmed_with_it(qtbot) -> None:
    clock, scanner, field, seen, app = _setup(qtbot)
    scanner.tab_ends_scan = True
    try:
        _press(field, "9587101000012\t", clock, gap_s=0.004)
        assert seen == [("9587101000012", "EAN/UPC")]
    finally:
        app.removeEventFilter(scanner)


def test_a_click_or_a_shortcut_gets_the_typed_keys_to_their_field_first(qtbot) -> None:
    from PySide6.QtWidgets import QPushButton

    clock, scanner, field, seen, app = _setup(qtbot)
    button = QPushButton("Cash")
    qtbot.addWidget(button)
    read_at_click: list[str] = []
    button.clicked.connect(lambda: read_at_click.append(field.text()))
    try:
        _press(field, "500", clock, gap_s=0.004)  # fast enough to be held as a possible scan
        assert field.text() == ""
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert read_at_click == ["500"]
        _press(field, "20", clock, gap_s=0.004)
        override = QKeyEvent(QEvent.Type.ShortcutOverride, Qt.Key.Key_F12, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(field, override)  # what Qt sends before it runs the F12 shortcut
        assert field.text() == "50020"
        _press(field, "9587101000012\n", clock, gap_s=0.004)  # a scan still is one
        assert seen == [("9587101000012", "EAN/UPC")] and field.text() == "50020"
    finally:
        app.removeEventFilter(scanner)
