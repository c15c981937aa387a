"""The Transfers screen: a transfer on its way here is received by scanning the QR code of its printed
handover slip, then each item that arrived; a damaged unit is written off with a reason, what was not
counted stays in transit. Also: the slip as printed (bytes through the fake printer) decoded back to
an image whose QR code an independent decoder (zxing-cpp) reads to the transfer id."""

from __future__ import annotations

from collections import deque
from typing import Any

import zxingcpp
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from core.catalogue import get_product
from core.db import Database
from core.demo_chain import DEMO_PINS, demo_products
from core.replica import Till
from core.staff import sign_in
from core.stock import on_hand
from core.transfers import (
    approve_transfer,
    dispatch_transfer,
    in_transit,
    pack_transfer,
    request_transfer,
    transfer_detail,
)
from core.transfers_desk import (
    transfer_slip,
)
from desktop.devices.fake_usb import FakePrinter, FakeUsbBackend
from desktop.devices.usb_printer import UsbPrinter
from desktop.i18n import register_fonts
from desktop.models.stock_matrix import FIXED_COLUMNS
from desktop.printing.escpos import parse_raster
from desktop.printing.service import PrintService
from desktop.printing.transfer_slip import render_transfer_slip
from tests.desktop.test_counter import _signed_in

HERE, SENDER = "MO-SEN", "MO-TAI"


class Script:
    """Answers the screen's questions in order, and records what was asked."""

    def __init__(self, *answers: Any) -> None:
        self.answers = deque(answers)
        self.asked: list[str] = []

    def _next(self, what: str) -> Any:
        self.asked.append(what)
        return self.answers.popleft() if self.answers else None

    def pin(self, prompt: str) -> str | None:
        return self._next(f"pin: {prompt}")

    def text(self, title: str, prompt: str) -> str | None:
        return self._next(f"text: {title}: {prompt}")

    def quantity(self, title: str, prompt: str, maximum: int) -> int | None:
        return self._next(f"quantity: {title}: {prompt} (≤ {maximum})")

    def confirm(self, text: str) -> bool:
        return bool(self._next(f"confirm: {text}"))


def _on_its_way_here(db: Database, a: str, b: str) -> str:
    """Senado asked Taipa for 3 A and 2 B; Taipa approved, packed and dispatched them (as its facts
    would arrive from the hub)."""
    taipa = Till("till-tai", SENDER)
    with db.read() as s:
        asker = sign_in(s, HERE, DEMO_PINS["cashier"])
        manager, packer = (
            sign_in(s, SENDER, DEMO_PINS["store_manager"]),
            sign_in(s, SENDER, DEMO_PINS["cashier"]),
        )
    with db.write() as s:
        transfer_id, _ = request_transfer(s, Till("till-1", HERE), asker, SENDER, [(a, 3), (b, 2)])
        approve_transfer(s, taipa, manager, transfer_id)
        pack_transfer(s, taipa, packer, transfer_id, [(a, 3), (b, 2)])
        dispatch_transfer(s, taipa, packer, transfer_id, "Macau Express")
    return transfer_id


def _printed_through_fake_printer(qtbot, slip: QImage) -> QImage:
    """Send ``slip`` to a fake USB receipt printer; decode the ESC/POS bytes it received to an image."""
    printer = FakePrinter()
    backend = FakeUsbBackend([printer])
    service = PrintService(
        lambda: UsbPrinter(printer.vendor_id, printer.product_id, backend=backend), width_px=576
    )
    try:
        with qtbot.waitSignal(service.done, timeout=10_000):
            service.print_slip("transfer-slip", slip)
        return parse_raster(printer.take()).image
    finally:
        service.shutdown()


def _qr(image: QImage) -> list[str]:
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    return [r.text for r in zxingcpp.read_barcodes(grey, formats=zxingcpp.BarcodeFormat.QRCode)]


def _here_cell(stock, sku: str, role=Qt.ItemDataRole.DisplayRole) -> str:
    """The Stock screen's cell of ``sku`` at this store (its first store column), as shown."""
    model = stock.transit
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == sku:
            return str(model.index(row, FIXED_COLUMNS).data(role))
    return ""


def test_the_printed_slip_decodes_back_and_its_qr_reads_to_the_transfer_id(qtbot, qapp, seeded) -> None:
    db, _till = seeded
    register_fonts(qapp)
    a, b = demo_products()[0].sku, demo_products()[2].sku
    transfer_id = _on_its_way_here(db, a, b)
    with db.read() as s:
        slip = transfer_slip(s, transfer_id, "zh_Hant")
        names = (get_product(s, a).name_zh, get_product(s, b).name_zh)
    assert [line.name for line in slip.lines] == list(names)  # the lines in the slip's language
    assert slip.packed_by and slip.carrier == "Macau Express" and slip.to_store == "議事亭前地店"
    printed = _printed_through_fake_printer(qtbot, render_transfer_slip(slip, "zh_Hant"))
    assert printed.width() == 576 and printed.height() > 600
    assert _qr(printed) == [transfer_id]
    codes = {r.text for r in zxingcpp.read_barcodes(printed.convertToFormat(QImage.Format.Format_Grayscale8))}
    assert slip.number in codes  # the Code 128 under it: the short number, which opens it too


def test_receiving_by_scanning_the_slip_then_the_items(qtbot, make_app) -> None:
    app = make_app()
    _signed_in(qtbot, app)
    products = demo_products()
    a, b = products[0], products[2]
    transfer_id = _on_its_way_here(app.db, a.sku, b.sku)
    with app.db.read() as s:
        slip = render_transfer_slip(transfer_slip(s, transfer_id, "en"), "en")
        before = (on_hand(s, HERE, a.sku), on_hand(s, HERE, b.sku))
    (code,) = _qr(slip)
    stock = app.screen("stock")
    stock.reload()  # the transfer's facts were written behind the app's back: read them
    qtbot.waitUntil(lambda: _here_cell(stock, a.sku) == f"{before[0]} +3", timeout=5000)  # in transit
    assert "3 in transit" in _here_cell(stock, a.sku, Qt.ItemDataRole.ToolTipRole)
    screen = app.window.show_screen("transfers")
    qtbot.waitUntil(screen.is_ready, timeout=5000)
    screen.ask = Script(1, "box crushed")  # one unit of B damaged, because of a crushed box

    app.scanner.scanned.emit(code, "QRCode")  # the slip's QR, as the wedge scanner delivers it
    qtbot.waitUntil(lambda: screen.view is not None and screen.count.mode == "receive", timeout=5000)
    assert screen.view.transfer_id == transfer_id
    assert screen.buttons["receive"].text() == "Confirm receipt"
    assert transfer_id.replace("-", "")[-12:].upper() in screen.title_label.text()

    for barcode in (a.barcodes[0], a.barcodes[0], b.barcodes[0]):
        app.scanner.scanned.emit(barcode, "EAN/UPC")
        qtbot.wait(1)
    qtbot.waitUntil(
        lambda: screen.count.counts.get(a.sku, [0])[0] == 2 and b.sku in screen.count.counts, timeout=5000
    )
    rows = {screen.lines_model.index(r, 0).data(): r for r in range(screen.lines_model.rowCount())}
    assert screen.lines_model.index(rows[a.name_en], 7).data() == "received 2"
    screen.lines.selectRow(rows[b.name_en])
    qtbot.mouseClick(screen.buttons["damaged"], Qt.MouseButton.LeftButton)
    assert screen.lines_model.index(rows[b.name_en], 7).data() == "received 1, damaged 1"

    qtbot.mouseClick(screen.buttons["receive"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.message.text() == "Receipt recorded.", timeout=5000)
    with app.db.read() as s:
        view = transfer_detail(s, transfer_id)
        assert view is not None and view.state == "partial"
        found = {li.sku: (li.received, li.damaged, li.missing, li.in_transit) for li in view.items}
        assert found == {a.sku: (2, 0, 0, 1), b.sku: (1, 1, 0, 0)}
        assert (on_hand(s, HERE, a.sku), on_hand(s, HERE, b.sku)) == (before[0] + 2, before[1] + 1)
        assert in_transit(s, [a.sku, b.sku]) == {(HERE, a.sku): 1}
    # The Stock screen and the list say what is still on its way.
    qtbot.waitUntil(lambda: _here_cell(stock, a.sku) == f"{before[0] + 2} +1", timeout=5000)
    assert _here_cell(stock, b.sku) == str(before[1] + 1)
    qtbot.waitUntil(lambda: screen.view is not None and screen.view.state == "partial", timeout=5000)
    assert "Partly received" in screen.title_label.text() and "In transit: 1" in screen.facts.text()


def test_the_demo_opens_on_transfers_with_its_transfers_listed(tmp_path) -> None:
    """``main.py --demo --screen transfers --screenshot``: the real screen, the demo chain's transfers."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    out = tmp_path / "transfers.png"
    command = [sys.executable, "main.py", "--demo", "--data-dir", str(tmp_path / "data")]
    command += ["--screen", "transfers", "--screenshot", str(out), "--lang", "zh_Hant"]
    result = subprocess.run(
        command,
        cwd=Path(__file__).resolve().parents[2],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    faults = tmp_path / "data" / "logs" / "faults.log"  # where a hard crash leaves every thread's stack
    assert result.returncode == 0, result.stderr + (faults.read_text() if faults.exists() else "")
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)
    # The list is filled (rows of dark text under its header), and the slip preview is drawn beside
    # the transfer's lines: a white paper with black bars in the right-hand column.
    list_rows = sum(
        1
        for y in range(150, 330, 3)
        if any(QColor(image.pixel(x, y)).lightness() < 90 for x in range(220, 500, 2))
    )
    assert list_rows > 20
    slip_ink = sum(
        1
        for y in range(350, 760, 2)
        for x in range(990, 1250, 3)
        if QColor(image.pixel(x, y)).lightness() < 60
    )
    assert slip_ink > 500


def test_a_cancel_the_hub_refuses_is_undone_and_the_reason_shown_in_the_cashiers_language(
    qtbot, make_app
) -> None:
    from sqlalchemy import select

    from core.models import Event
    from core.replica import AckResult, record_acks
    from desktop.i18n import error_text

    app = make_app("zh_Hant")
    _signed_in(qtbot, app)
    products = demo_products()
    taipa = Till("till-tai", SENDER)
    with app.db.read() as s:
        asker = sign_in(s, HERE, DEMO_PINS["cashier"])
        manager, packer = (
            sign_in(s, SENDER, DEMO_PINS["store_manager"]),
            sign_in(s, SENDER, DEMO_PINS["cashier"]),
        )
    with app.db.write() as s:
        transfer_id, _ = request_transfer(s, Till("till-1", HERE), asker, SENDER, [(products[1].sku, 2)])
        approve_transfer(s, taipa, manager, transfer_id)
        pack_transfer(s, taipa, packer, transfer_id, [(products[1].sku, 2)])
    screen = app.window.show_screen("transfers")
    qtbot.waitUntil(lambda: screen.view is not None and screen.view.transfer_id == transfer_id, timeout=5000)
    assert screen.buttons["cancel"].isVisibleTo(screen)
    screen.ask = Script(True)
    qtbot.mouseClick(screen.buttons["cancel"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.view is not None and screen.view.state == "cancelled", timeout=5000)
    assert screen.view.waiting_for_hub and "⏳" in screen.list_model.index(0, 2).data()

    # Taipa had dispatched it first: the hub refuses the cancel (as the sync client records it).
    with app.db.write() as s:
        cancel = s.scalars(select(Event).where(Event.kind == "transfer.cancelled")).one()
        results = [AckResult(cancel.event_id, cancel.seq, "rejected", "transfer.already_dispatched")]
        record_acks(s, results)
    screen.refused(results)  # what the sync bridge's ``rejected`` signal calls
    expected = error_text("transfer.already_dispatched")
    assert screen.message.text() == expected and "運送中" in expected  # said, in Chinese
    qtbot.waitUntil(lambda: screen.view is not None and screen.view.state == "packed", timeout=5000)


def test_packing_by_scanning_with_the_packers_pin_then_dispatch_prints_the_slip(qtbot, make_app) -> None:
    from tests.desktop.test_counter_money import _fake_printer

    app = make_app()
    _signed_in(qtbot, app)
    _service, printed = _fake_printer(app)
    products = demo_products()
    a, b = products[0], products[2]
    with app.db.read() as s:
        asker = sign_in(s, SENDER, DEMO_PINS["cashier"])
        manager = sign_in(s, HERE, DEMO_PINS["store_manager"])
        packer = sign_in(s, HERE, DEMO_PINS["cashier"])
        before = on_hand(s, HERE, a.sku)
    with app.db.write() as s:  # Taipa asks this store for 2 A; this store's manager approved it
        transfer_id, _ = request_transfer(s, Till("till-tai", SENDER), asker, HERE, [(a.sku, 2)])
        approve_transfer(s, Till("till-1", HERE), manager, transfer_id)
    screen = app.window.show_screen("transfers")
    qtbot.waitUntil(lambda: screen.view is not None and screen.view.transfer_id == transfer_id, timeout=5000)
    qtbot.mouseClick(screen.buttons["pack"], Qt.MouseButton.LeftButton)
    assert screen.count.mode == "pack" and screen.buttons["pack"].text() == "Confirm packing (PIN)"
    for barcode in (a.barcodes[0], a.barcodes[0], b.barcodes[0]):  # one B more than asked for
        app.scanner.scanned.emit(barcode, "EAN/UPC")
    qtbot.waitUntil(lambda: screen.count.pack_lines() == [(a.sku, 2), (b.sku, 1)], timeout=5000)

    screen.ask = Script(DEMO_PINS["cashier"], "Chan Tai Man (driver)")
    qtbot.mouseClick(screen.buttons["pack"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.view is not None and screen.view.state == "packed", timeout=5000)
    assert screen.ask.asked[0].startswith("pin: ") and screen.view.packed_by == packer.name
    qtbot.waitUntil(lambda: screen.buttons["dispatch"].isVisibleTo(screen), timeout=5000)
    qtbot.mouseClick(screen.buttons["dispatch"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.view is not None and screen.view.state == "dispatched", timeout=5000)
    with app.db.read() as s:
        assert on_hand(s, HERE, a.sku) == before - 2
        assert in_transit(s, [a.sku, b.sku]) == {(SENDER, a.sku): 2, (SENDER, b.sku): 1}
    # The handover slip came out of the printer: its QR opens this transfer at the other store.
    job = f"transfer-{transfer_id}"
    qtbot.waitUntil(lambda: job in printed, timeout=10_000)
    assert _qr(printed[job]) == [transfer_id]
    assert "Chan Tai Man (driver)" in screen.facts.text()
