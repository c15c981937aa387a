"""Settings → Devices over the demo's fake hardware: the USB list, a test print shown as printed, the
paper width, a printer error in words, and the scanner test box with each scan's mode."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from desktop.devices.hardware import CounterHardware, demo_backend
from desktop.devices.wedge import WedgeScanner
from desktop.i18n import error_text
from desktop.printing.escpos import PAPER_58MM_PX, PAPER_80MM_PX
from desktop.views.devices import DevicesPage


@pytest.fixture
def page(qtbot, make_app):
    app = make_app("en")
    backend, printer, scanner = demo_backend()
    hardware = CounterHardware(WedgeScanner(), app.ctx.tasks, demo=(backend, printer, scanner))
    hardware.choose_printer(f"{printer.vendor_id:04x}:{printer.product_id:04x}", PAPER_80MM_PX)
    widget = DevicesPage(app.ctx, hardware)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitUntil(lambda: widget.listed, timeout=5000)
    yield widget, hardware, printer, scanner
    hardware.shutdown()


def test_lists_the_printer_and_the_scanner_with_what_they_are(page) -> None:
    widget, _hardware, _printer, _scanner = page
    model = widget.model
    found = {model.index(r, 0).data(): model.index(r, 2).data() for r in range(model.rowCount())}
    assert found == {"0416:5011": "Receipt printer", "0c2e:0b61": "Barcode scanner (USB keyboard mode)"}
    assert model.index(0, 1).data() == "Winbond Electronics POS80 Printer"  # read from the string descriptors
    assert widget.printer_combo.currentData() == "0416:5011"
    assert "2 USB devices found." in widget.usb_status.text()


def test_test_print_is_shown_as_the_printer_printed_it(qtbot, page) -> None:
    widget, hardware, printer, _scanner = page
    with qtbot.waitSignal(hardware.printer.done, timeout=10_000):
        widget.test_button.click()
    assert widget.printer_result.text() == "Printed."
    assert "demo printer printed" in widget.preview.caption.text()
    assert widget.preview.image.width() == PAPER_80MM_PX
    assert printer.writes[0].startswith(b"\x1b@")  # ESC @ first (then GS ( D, real-time commands off)


def test_58mm_paper_prints_384_dots(qtbot, page) -> None:
    widget, hardware, _printer, _scanner = page
    widget.paper_combo.setCurrentIndex(1)
    widget.paper_combo.activated.emit(1)
    assert hardware.paper_px == PAPER_58MM_PX
    with qtbot.waitSignal(hardware.printer.done, timeout=10_000):
        widget.test_button.click()
    assert widget.preview.image.width() == PAPER_58MM_PX


def test_a_printer_out_of_paper_is_said_in_words(qtbot, page) -> None:
    widget, hardware, printer, _scanner = page
    printer.paper_out = True
    with qtbot.waitSignal(hardware.printer.failed, timeout=10_000):
        widget.test_button.click()
    assert widget.printer_result.text() == error_text("printer.paper_out", {"device": "0416:5011"})
    assert "out of paper" in widget.printer_result.text()
    with qtbot.waitSignal(hardware.printer.status_ready, timeout=10_000):
        widget.status_button.click()
    assert widget.printer_result.text() == "The printer is not ready: out of paper."


def test_scanner_box_shows_each_code_and_how_it_arrived(qtbot, page) -> None:
    widget, hardware, _printer, scanner = page
    hardware.read_hid("0c2e:0b61")
    scanner.type_code("9587101000012")
    qtbot.waitUntil(lambda: widget.scan_list.count() == 1, timeout=5000)
    assert widget.scan_list.item(0).text().split("    ") == [
        "9587101000012",
        "EAN/UPC",
        "USB, read directly (keyboard reports)",
    ]
    hardware.wedge.detected.emit("9587101000013", "", "wedge-timing")
    newest = widget.scan_list.item(0).text()
    assert "wrong check digit" in newest and "recognised by its speed" in newest
    assert hardware.hid_ids == "0c2e:0b61"  # saved: read over USB again at the next start


def test_the_page_speaks_the_chosen_language(qapp, page) -> None:
    from desktop.i18n import Translations

    widget, _hardware, _printer, _scanner = page
    t = Translations(qapp)
    try:
        t.switch("zh_Hant")
        QApplication.processEvents()
        assert widget.test_button.text() == "測試列印"
        assert widget.model.index(0, 2).data() == "收據打印機"
    finally:
        t.switch("en")


def test_a_scan_read_over_usb_goes_to_the_shown_screen(qtbot, make_app) -> None:
    from core.demo_chain import demo_products

    app = make_app("en")
    stock = app.window.show_screen("stock")
    qtbot.waitUntil(stock.is_ready, timeout=5000)
    product = demo_products()[3]
    app.hardware.usb_scanned.emit(product.barcodes[0], "EAN/UPC")
    assert stock.search.text() == product.barcodes[0]
    assert app.ctx.printer is app.hardware.printer  # what the Counter prints through


def test_in_the_demo_a_slip_printed_from_another_screen_pops_up_as_printed(qtbot, page) -> None:
    from desktop.printing.slip import render_test_page

    widget, hardware, _printer, _scanner = page
    widget.hide()  # the cashier is on the Counter
    with qtbot.waitSignal(hardware.printer.done, timeout=10_000):
        hardware.printer.print_slip("R-0042", render_test_page("pt"))
    popup = widget._printed_window
    assert popup is not None and popup.isVisible()
    assert popup.preview.image.width() == PAPER_80MM_PX
    popup.close()


def test_the_demo_never_saves_its_fake_devices_as_this_counters_hardware(qtbot, page) -> None:
    from PySide6.QtCore import QSettings

    widget, hardware, _printer, _scanner = page
    widget.paper_combo.setCurrentIndex(1)
    widget.paper_combo.activated.emit(1)
    hardware.read_hid("0c2e:0b61")
    saved = QSettings()
    assert saved.value("devices/printer") is None and saved.value("devices/hid_scanner") is None
    assert hardware.printer_ids == "0416:5011" and hardware.paper_px == PAPER_58MM_PX


def test_a_control_character_prefix_is_entered_by_its_name(page) -> None:
    widget, hardware, _printer, _scanner = page
    widget.prefix_edit.setText("stx")
    widget.prefix_edit.editingFinished.emit()
    assert hardware.wedge.prefix == "\x02"
    widget.prefix_edit.setText("#")
    widget.prefix_edit.editingFinished.emit()
    assert hardware.wedge.prefix == "#"
    from desktop.devices.hardware import prefix_to_text

    assert prefix_to_text("\x02") == "STX" and prefix_to_text("\x07") == ""


def test_the_app_keeps_printed_job_ids_beside_its_database(make_app) -> None:
    app = make_app("en")
    assert app.ctx.printer.journal.path == app.setup.db_path.parent / "printed-jobs.txt"
