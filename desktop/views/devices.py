"""Settings → Devices: the USB devices plugged in, the receipt printer and its paper, a test print (with
its preview), the cash drawer, and a live scanner test box that shows each code and how it arrived."""

from __future__ import annotations

import uuid
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtGui import QImage, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.errors import DomainError
from desktop.context import AppContext
from desktop.devices.hardware import CounterHardware, prefix_from_text, prefix_to_text
from desktop.devices.usb_list import PRINTER, SCANNER_KEYBOARD, SCANNER_POS, UsbDeviceRow
from desktop.i18n import error_text
from desktop.models.usb_devices import UsbDeviceModel
from desktop.printing.escpos import PAPER_58MM_PX, PAPER_80MM_PX, PrinterStatus
from desktop.printing.pages import write_pdf
from desktop.printing.preview import PrintedSlipWindow, SlipPreview
from desktop.printing.slip import render_scanner_sheet, render_test_page

DEMO_SCAN = "9587101000012"


class DevicesPage(QWidget):
    def __init__(self, ctx: AppContext, hardware: CounterHardware, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.hardware = hardware
        self.printer = hardware.printer
        self.rows: list[UsbDeviceRow] = []
        self.listed = False
        self._demo_shown = False
        self._scans: list[tuple[str, str, str]] = []
        self._printed_window: PrintedSlipWindow | None = None

        # USB devices
        self.usb_box = QGroupBox()
        self.model = UsbDeviceModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        self.usb_status = QLabel()
        self.usb_status.setWordWrap(True)
        usb_layout = QVBoxLayout(self.usb_box)
        self.table.setMinimumHeight(90)
        usb_layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.refresh_button)
        row.addWidget(self.usb_status, 1)
        usb_layout.addLayout(row)

        # Receipt printer
        self.printer_box = QGroupBox()
        self.printer_combo = QComboBox()
        self.paper_combo = QComboBox()
        self.paper_combo.addItem("80 mm", PAPER_80MM_PX)
        self.paper_combo.addItem("58 mm", PAPER_58MM_PX)
        self.paper_combo.setCurrentIndex(0 if hardware.paper_px == PAPER_80MM_PX else 1)
        self.printer_combo.activated.connect(self._printer_chosen)
        self.paper_combo.activated.connect(self._printer_chosen)
        self.test_button, self.drawer_button = QPushButton(), QPushButton()
        self.status_button, self.pdf_button, self.sheet_button = QPushButton(), QPushButton(), QPushButton()
        self.test_button.clicked.connect(self.test_print)
        self.drawer_button.clicked.connect(self.printer.open_drawer)
        self.status_button.clicked.connect(self.printer.check_status)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.sheet_button.clicked.connect(self.print_scanner_sheet)
        self.printer_result = QLabel()
        self.printer_result.setWordWrap(True)
        self.printer_label, self.paper_label = QLabel(), QLabel()
        printer_form = QHBoxLayout()
        printer_form.addWidget(self.printer_label)
        printer_form.addWidget(self.printer_combo, 1)
        printer_form.addWidget(self.paper_label)
        printer_form.addWidget(self.paper_combo)
        buttons = QGridLayout()
        for i, button in enumerate(
            (self.test_button, self.drawer_button, self.status_button, self.pdf_button, self.sheet_button)
        ):
            buttons.addWidget(button, i // 3, i % 3)
        printer_layout = QVBoxLayout(self.printer_box)
        printer_layout.addLayout(printer_form)
        printer_layout.addLayout(buttons)
        printer_layout.addWidget(self.printer_result)

        # Scanner test
        self.scanner_box = QGroupBox()
        self.prefix_label, self.hid_label = QLabel(), QLabel()
        self.prefix_edit = QLineEdit(prefix_to_text(hardware.wedge.prefix))
        self.prefix_edit.setMaxLength(3)
        self.prefix_edit.setMaximumWidth(90)
        self.prefix_edit.editingFinished.connect(
            lambda: hardware.set_prefix(prefix_from_text(self.prefix_edit.text()))
        )
        self.hid_combo = QComboBox()
        self.hid_combo.activated.connect(lambda i: hardware.read_hid(self.hid_combo.itemData(i) or ""))
        self.scan_hint = QLabel()
        self.scan_hint.setWordWrap(True)
        self.scan_list = QListWidget()
        self.scan_list.setMinimumHeight(70)
        self.simulate_button = QPushButton()
        self.simulate_button.setVisible(ctx.demo)
        self.simulate_button.clicked.connect(lambda: hardware.simulate_scan(DEMO_SCAN))
        # The USB choice on a row of its own: a scanner's name and ids are never cut short.
        scanner_form, usb_row = QHBoxLayout(), QHBoxLayout()
        scanner_form.addWidget(self.prefix_label)
        scanner_form.addWidget(self.prefix_edit)
        scanner_form.addStretch(1)
        usb_row.addWidget(self.hid_label)
        usb_row.addWidget(self.hid_combo, 1)
        scanner_layout = QVBoxLayout(self.scanner_box)
        scanner_layout.addLayout(scanner_form)
        scanner_layout.addLayout(usb_row)
        hint_row = QHBoxLayout()
        hint_row.addWidget(self.scan_hint, 1)
        hint_row.addWidget(self.simulate_button)
        scanner_layout.addLayout(hint_row)
        scanner_layout.addWidget(self.scan_list, 1)

        self.preview = SlipPreview()
        left = QVBoxLayout()
        left.addWidget(self.usb_box, 2)
        left.addWidget(self.printer_box)
        left.addWidget(self.scanner_box, 3)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(self.preview)

        self.printer.done.connect(self._printer_done)
        self.printer.failed.connect(self._printer_failed)
        self.printer.printed.connect(self._printed)
        self.printer.status_ready.connect(self._status)
        hardware.scan_seen.connect(self.show_scan)
        hardware.hid_failed.connect(self.scan_hint.setText)
        self.retranslate()
        self._fill_combos()

    # -- USB list ------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.refresh_button.setEnabled(False)
        self.usb_status.setText(self.tr("Looking for USB devices…"))
        self.hardware.list_devices(self._listed, self._list_failed)

    def _listed(self, rows: list[UsbDeviceRow]) -> None:
        self.rows, self.listed = rows, True
        self.refresh_button.setEnabled(True)
        self.model.set_rows(rows)
        self.usb_status.setText(self.tr("%n USB device(s) found.", "", len(rows)))
        self._fill_combos()

    def _list_failed(self, message: str) -> None:
        self.listed = True
        self.refresh_button.setEnabled(True)
        self.usb_status.setText(message)

    def _fill_combos(self) -> None:
        saved_printer, saved_hid = self.hardware.printer_ids, self.hardware.hid_ids
        printers = [r for r in self.rows if r.kind == PRINTER]
        self.printer_combo.clear()
        self.printer_combo.addItem(self.tr("None chosen"), "")
        unnamed_printer, unnamed_scanner = self.tr("Printer"), self.tr("Scanner")
        for r in printers:
            self.printer_combo.addItem(f"{r.name or unnamed_printer} ({r.ids})", r.ids)
        if saved_printer and saved_printer not in {r.ids for r in printers}:
            self.printer_combo.addItem(
                self.tr("{ids} (not connected)").format(ids=saved_printer), saved_printer
            )
        self.printer_combo.setCurrentIndex(max(0, self.printer_combo.findData(saved_printer)))
        self.hid_combo.clear()
        self.hid_combo.addItem(self.tr("Off: the scanner types like a keyboard"), "")
        for r in self.rows:
            if r.kind in (SCANNER_KEYBOARD, SCANNER_POS, "keyboard"):
                self.hid_combo.addItem(f"{r.name or unnamed_scanner} ({r.ids})", r.ids)
        if saved_hid and self.hid_combo.findData(saved_hid) < 0:
            self.hid_combo.addItem(self.tr("{ids} (not connected)").format(ids=saved_hid), saved_hid)
        self.hid_combo.setCurrentIndex(max(0, self.hid_combo.findData(saved_hid)))
        for combo in (self.printer_combo, self.hid_combo):  # a device's long name is never cut in its list
            combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 32)

    def _printer_chosen(self) -> None:
        self.hardware.choose_printer(self.printer_combo.currentData() or "", self.paper_combo.currentData())
        self.show_preview()

    # -- printing ------------------------------------------------------------------------------

    def test_page(self) -> QImage:
        when = datetime.now().strftime("%Y-%m-%d %H:%M")
        return render_test_page(
            self.ctx.lang, self.hardware.paper_px, printer=self.hardware.printer_ids, when=when
        )

    def show_preview(self) -> None:
        self.preview.show_slip(self.test_page(), self.tr("Preview of the test page"))

    def test_print(self) -> None:
        slip = self.test_page()
        self.preview.show_slip(slip, self.tr("Preview of the test page"))
        self.printer_result.setText(self.tr("Printing…"))
        self.printer.print_slip(f"test-{uuid.uuid4().hex[:12]}", slip)

    def print_scanner_sheet(self) -> None:
        slip = render_scanner_sheet(self.ctx.lang, self.hardware.paper_px)
        self.preview.show_slip(slip, self.tr("Scanner setup sheet"))
        self.printer_result.setText(self.tr("Printing…"))
        self.printer.print_slip(f"scanner-sheet-{uuid.uuid4().hex[:12]}", slip)

    def save_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the test page as PDF"), "test-page.pdf", "PDF (*.pdf)"
        )
        if not path:
            return
        slip = self.test_page()
        self.printer_result.setText(self.tr("Saving…"))

        def failed(exc: BaseException) -> None:
            code, params = (
                (exc.code, exc.params)
                if isinstance(exc, DomainError)
                else ("pdf.write_failed", {"path": path})
            )
            self.printer_result.setText(error_text(code, params))

        self.ctx.tasks.submit(
            lambda: write_pdf(slip, Path(path), page="roll"),
            lambda _r: self.printer_result.setText(self.tr("Saved {path}.").format(path=path)),
            failed,
        )

    def _printer_done(self, job_id: str, printed_now: bool) -> None:
        if job_id == "drawer":
            self.printer_result.setText(self.tr("The cash drawer was opened."))
        elif printed_now:
            self.printer_result.setText(self.tr("Printed."))
        else:
            self.printer_result.setText(self.tr("Already printed; not printed again."))

    def _printer_failed(self, _job_id: str, _code: str, message: str) -> None:
        self.printer_result.setText(message)

    def _printed(self, _job_id: str, image: QImage) -> None:
        caption = self.tr("What the demo printer printed (decoded from the bytes it received)")
        self.preview.show_slip(image, caption)
        if not self.isVisible():  # printed from another screen: in the app's one printer window
            self._printed_window = PrintedSlipWindow.show_in(self, image, self.tr("Demo printer"), caption)

    def _status(self, status: PrinterStatus) -> None:
        if not status.answered:
            text = self.tr("The printer does not report its status; it may still print.")
        elif status.ready:
            text = self.tr("The printer is ready.") + (
                " " + self.tr("Paper is running low.") if status.paper_low else ""
            )
        else:
            problems = []
            if status.paper_out:
                problems.append(self.tr("out of paper"))
            if status.cover_open:
                problems.append(self.tr("cover open"))
            if not problems:  # a printer stopped for paper or cover also says "offline": name the cause only
                problems.append(self.tr("offline or in error"))
            text = self.tr("The printer is not ready: {problems}.").format(problems=", ".join(problems))
        self.printer_result.setText(text)

    # -- scanner test --------------------------------------------------------------------------

    def mode_text(self, mode: str) -> str:
        return {
            "wedge-timing": self.tr("keyboard (recognised by its speed)"),
            "wedge-prefix": self.tr("keyboard (recognised by its prefix)"),
            "hid-keyboard": self.tr("USB, read directly (keyboard reports)"),
            "hid-pos": self.tr("USB, read directly (HID POS)"),
        }.get(mode, mode)

    def show_scan(self, code: str, symbology: str, mode: str) -> None:
        self._scans.append((code, symbology, mode))
        self._render_scans()

    def _render_scans(self) -> None:
        self.scan_list.clear()
        for code, symbology, mode in reversed(self._scans[-50:]):
            kind = symbology or self.tr("other barcode")
            if not symbology and code.isdigit() and len(code) in (8, 12, 13, 14):
                kind = self.tr("EAN/UPC with a wrong check digit: scan again")
            self.scan_list.addItem(f"{code}    {kind}    {self.mode_text(mode)}")

    # -- Qt ------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.listed:
            self.refresh()
        if self.preview.image.isNull() and not self.ctx.demo:
            self.show_preview()
        if self.ctx.demo and not self._demo_shown:
            # The demo shows its fake hardware working at once: a test print and a scan.
            self._demo_shown = True
            self.hardware.start_hid()
            self.test_print()
            self.hardware.simulate_scan(DEMO_SCAN)

    def is_ready(self) -> bool:
        return self.listed and self.printer.pending == 0

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.usb_box.setTitle(self.tr("USB devices"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.printer_box.setTitle(self.tr("Receipt printer"))
        self.printer_label.setText(self.tr("Printer"))
        self.paper_label.setText(self.tr("Paper width"))
        self.test_button.setText(self.tr("Test print"))
        self.drawer_button.setText(self.tr("Open cash drawer"))
        self.status_button.setText(self.tr("Printer status"))
        self.pdf_button.setText(self.tr("Save as PDF…"))
        self.sheet_button.setText(self.tr("Scanner setup sheet"))
        self.scanner_box.setTitle(self.tr("Scanner test"))
        self.prefix_label.setText(self.tr("Programmed prefix"))
        self.prefix_edit.setPlaceholderText(self.tr("none"))
        self.prefix_edit.setToolTip(self.tr("One character, such as #, or STX for a control character"))
        self.hid_label.setText(self.tr("Read over USB"))
        self.scan_hint.setText(
            self.tr("Scan any barcode: it appears here with how it arrived, and never types into a field.")
        )
        self.simulate_button.setText(self.tr("Simulate a scan (demo)"))
        self.model.retranslate()
        if self._scans:
            self._render_scans()
        if self.listed:
            self._fill_combos()
            self.usb_status.setText(self.tr("%n USB device(s) found.", "", len(self.rows)))
