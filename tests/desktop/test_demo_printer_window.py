"""The demo printer shows each slip once, in one closable window that leaves the navigation rail free."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication

from core.demo_chain import DEMO_PINS, demo_products
from desktop.devices.fake_usb import FakePrinter, FakeUsbBackend
from desktop.devices.usb_printer import UsbPrinter
from desktop.printing.preview import PrintedSlipWindow


def printer_windows(app) -> list:  # type: ignore[no-untyped-def]
    """Visible windows besides the main one, made since the app started (a window an earlier test's
    app left behind is not this app's), a tooltip or popup that happens to show excepted."""
    passing = (Qt.WindowType.ToolTip, Qt.WindowType.Popup)
    return [
        w
        for w in QApplication.topLevelWidgets()
        if w.isVisible()
        and w is not app.window
        and w not in app.windows_before  # type: ignore[attr-defined]
        and w.windowType() not in passing
    ]


def sell_one(qtbot, app) -> None:  # type: ignore[no-untyped-def]
    counter = app.screen("counter")
    counter.sign_in_with(DEMO_PINS["cashier"])
    qtbot.waitUntil(lambda: counter.staff is not None, timeout=5000)
    counter.scan.setFocus()
    qtbot.keyClicks(counter.scan, demo_products()[0].barcodes[0])
    qtbot.keyClick(counter.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: counter.basket.rowCount() == 1, timeout=3000)
    with qtbot.waitSignal(app.ctx.printer.printed, timeout=10_000):
        qtbot.mouseClick(counter.tender.buttons["card"], Qt.MouseButton.LeftButton)
        if counter.tender.complete_btn.isEnabled():
            qtbot.mouseClick(counter.tender.complete_btn, Qt.MouseButton.LeftButton)


def test_each_receipt_shows_in_one_closable_window_beside_the_rail(qtbot, make_app) -> None:
    before = set(QApplication.topLevelWidgets())
    app = make_app()
    app.windows_before = before  # type: ignore[attr-defined]
    app.window.resize(1280, 800)
    printer = FakePrinter()
    backend = FakeUsbBackend([printer])
    service = app.ctx.printer
    service.configure(lambda: UsbPrinter(printer.vendor_id, printer.product_id, backend=backend), 576)
    service.recorder = printer.take  # the demo's fake printer: what came out is shown
    sell_one(qtbot, app)
    qtbot.waitUntil(lambda: len(printer_windows(app)) >= 1, timeout=3000)
    qtbot.wait(50)  # both listeners of the printed signal have run
    windows = printer_windows(app)
    assert len(windows) == 1, [type(w).__name__ for w in windows]
    window = windows[0]
    assert isinstance(window, PrintedSlipWindow)
    assert not window.preview.image.isNull()
    rail = app.window.rail
    rail_rect = QRect(rail.mapToGlobal(QPoint(0, 0)), rail.size())
    assert not window.frameGeometry().intersects(rail_rect)
    # A second sale reuses the same window; Close closes it.
    sell_one(qtbot, app)
    qtbot.wait(50)
    assert printer_windows(app) == [window]
    qtbot.mouseClick(window.close_button, Qt.MouseButton.LeftButton)
    assert printer_windows(app) == []
