"""The first-run wizard's counter pages (desktop/wizard.py): the language, the store this counter sells
for, the receipt printer and the barcode scanner, each with a test and each skippable. USB listing and
test prints run off the GUI thread (desktop/devices/hardware.py)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.devices.usb_list import PRINTER, SCANNER_KEYBOARD, SCANNER_POS, UsbDeviceRow
from desktop.i18n import LANGUAGE_NAMES, LANGUAGES
from desktop.printing.escpos import PAPER_58MM_PX, PAPER_80MM_PX
from desktop.printing.slip import render_test_page
from desktop.wizard_pages import PRINTER_PAGE, SCANNER_PAGE, STORE, WizardPage, say, wrapped


class LanguagePage(WizardPage):
    """繁體中文 / English / Português, applied as soon as it is chosen."""

    def __init__(self, switch: Callable[[str], None], current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.switch = switch
        self.buttons: dict[str, QRadioButton] = {}
        layout = QVBoxLayout(self)
        for lang in LANGUAGES:
            button = QRadioButton(LANGUAGE_NAMES[lang])  # each in its own language: never translated
            button.setChecked(lang == current)
            button.toggled.connect(lambda on, lang=lang: on and self.switch(lang))
            self.buttons[lang] = button
            layout.addWidget(button)
        layout.addStretch(1)
        self.retranslate()

    def nextId(self) -> int:
        return STORE

    def chosen(self) -> str:
        return next((lang for lang, b in self.buttons.items() if b.isChecked()), "en")

    def retranslate(self) -> None:
        self.setTitle(self.tr("Language"))
        self.setSubTitle(self.tr("The language of the screens and the receipts. It can be changed later."))


class StorePage(WizardPage):
    """Which store this counter is: the store the hub enrolled it for."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = QLabel()
        self.store.setObjectName("screenTitle")
        self.store.setWordWrap(True)
        self.detail = wrapped(QLabel())
        layout = QVBoxLayout(self)
        layout.addWidget(self.store)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        self.retranslate()

    def nextId(self) -> int:
        return PRINTER_PAGE

    def initializePage(self) -> None:
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Store"))
        self.setSubTitle(self.tr("Which store this counter sells for."))
        wizard = self.wizard()
        enrollment = getattr(wizard, "enrollment", None)
        if enrollment is None:
            return
        hosted = getattr(wizard, "hosted", None)
        name = hosted.store_name if hosted is not None else enrollment.store_id or self.tr("the head office")
        self.store.setText(name)
        if enrollment.role == "office":
            text = self.tr(
                "A manager's device of %1. The hub decided this with the code; a new code changes it."
            )
        else:
            text = self.tr("A counter PC of %1. The hub decided this with the code; a new code changes it.")
        self.detail.setText(text.replace("%1", name))


class PrinterPage(WizardPage):
    """The receipt printer: chosen from the USB devices found, with a test print. Skipping is fine."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[UsbDeviceRow] = []
        self.listed = False
        self.printer_label, self.paper_label = QLabel(), QLabel()
        self.printer = QComboBox()
        self.paper = QComboBox()
        self.paper.addItem("80 mm", PAPER_80MM_PX)
        self.paper.addItem("58 mm", PAPER_58MM_PX)
        form = QFormLayout()
        form.addRow(self.printer_label, self.printer)
        form.addRow(self.paper_label, self.paper)
        self.refresh, self.test = QPushButton(), QPushButton()
        self.refresh.clicked.connect(self.list_devices)
        self.test.clicked.connect(self.test_print)
        row = QHBoxLayout()
        row.addWidget(self.test)
        row.addWidget(self.refresh)
        row.addStretch(1)
        self.result = wrapped(QLabel())
        self.result.setObjectName("message")
        self.skip_hint = wrapped(QLabel())
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.result)
        layout.addStretch(1)
        layout.addWidget(self.skip_hint)
        self.retranslate()

    def nextId(self) -> int:
        return SCANNER_PAGE

    def initializePage(self) -> None:
        hardware = self.wizard_().hardware
        hardware.printer.done.connect(self._done)
        hardware.printer.failed.connect(self._failed)
        if not self.listed:
            self.list_devices()

    def cleanupPage(self) -> None:
        hardware = self.wizard_().hardware
        hardware.printer.done.disconnect(self._done)
        hardware.printer.failed.disconnect(self._failed)

    def list_devices(self) -> None:
        self.refresh.setEnabled(False)
        say(self.result, self.tr("Looking for printers…"))
        self.wizard_().hardware.list_devices(self._listed, self._list_failed)

    def _listed(self, rows: list[UsbDeviceRow]) -> None:
        self.rows, self.listed = [r for r in rows if r.kind == PRINTER], True
        self.refresh.setEnabled(True)
        self._fill()
        say(self.result, self.tr("%n printer(s) found.", "", len(self.rows)))

    def _list_failed(self, message: str) -> None:
        self.listed = True
        self.refresh.setEnabled(True)
        say(self.result, message, "error")

    def _fill(self) -> None:
        chosen = self.printer.currentData()
        self.printer.clear()
        self.printer.addItem(self.tr("No printer"), "")
        unnamed = self.tr("Printer")
        for r in self.rows:
            self.printer.addItem(f"{r.name or unnamed} ({r.ids})", r.ids)
        index = self.printer.findData(chosen) if chosen else -1
        self.printer.setCurrentIndex(index if index >= 0 else min(1, self.printer.count() - 1))
        self.test.setEnabled(self.printer.count() > 1)

    def choice(self) -> tuple[str, int]:
        return str(self.printer.currentData() or ""), int(self.paper.currentData())

    def test_print(self) -> None:
        ids, paper = self.choice()
        if not ids:
            return
        hardware = self.wizard_().hardware
        hardware.choose_printer(ids, paper)
        when = datetime.now().strftime("%Y-%m-%d %H:%M")
        slip = render_test_page(self.wizard_().language(), paper, printer=ids, when=when)
        say(self.result, self.tr("Printing…"))
        hardware.printer.print_slip(f"test-{uuid.uuid4().hex[:12]}", slip)

    def _done(self, _job_id: str, _printed_now: bool) -> None:
        say(self.result, self.tr("Printed. Did a test page come out?"), "ok")

    def _failed(self, _job_id: str, _code: str, message: str) -> None:
        say(self.result, message, "error")

    def retranslate(self) -> None:
        self.setTitle(self.tr("Receipt printer"))
        self.setSubTitle(self.tr("Choose the printer plugged into this computer and print a test page."))
        self.printer_label.setText(self.tr("Printer"))
        self.paper_label.setText(self.tr("Paper width"))
        self.test.setText(self.tr("Test print"))
        self.refresh.setText(self.tr("Look again"))
        self.skip_hint.setText(
            self.tr("No printer yet? Press Next: it can be chosen later in Settings, Devices.")
        )
        if self.listed:
            self._fill()


class ScannerPage(WizardPage):
    """The barcode scanner: scan anything and see what was read (and how). Skipping is fine."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[UsbDeviceRow] = []
        self.hid_label = QLabel()
        self.hid = QComboBox()
        self.hid.activated.connect(self._hid_chosen)
        form = QFormLayout()
        form.addRow(self.hid_label, self.hid)
        self.hint = wrapped(QLabel())
        self.hint.setObjectName("screenTitle")
        self.scans = QListWidget()
        self.scans.setMinimumHeight(90)
        self.skip_hint = wrapped(QLabel())
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.scans, 1)
        layout.addLayout(form)
        layout.addWidget(self.skip_hint)
        self.retranslate()

    def initializePage(self) -> None:
        hardware = self.wizard_().hardware
        hardware.scan_seen.connect(self.show_scan)
        hardware.hid_failed.connect(self._hid_failed)
        hardware.list_devices(self._listed, self._hid_failed)

    def cleanupPage(self) -> None:
        hardware = self.wizard_().hardware
        hardware.scan_seen.disconnect(self.show_scan)
        hardware.hid_failed.disconnect(self._hid_failed)

    def _listed(self, rows: list[UsbDeviceRow]) -> None:
        self.rows = [r for r in rows if r.kind in (SCANNER_KEYBOARD, SCANNER_POS)]
        self._fill()

    def _fill(self) -> None:
        chosen = self.wizard_().hardware.hid_ids
        self.hid.clear()
        self.hid.addItem(self.tr("Off: the scanner types like a keyboard"), "")
        unnamed = self.tr("Scanner")
        for r in self.rows:
            self.hid.addItem(f"{r.name or unnamed} ({r.ids})", r.ids)
        self.hid.setCurrentIndex(max(0, self.hid.findData(chosen)))

    def _hid_chosen(self, index: int) -> None:
        self.wizard_().hardware.read_hid(self.hid.itemData(index) or "")

    def _hid_failed(self, message: str) -> None:
        self.scans.addItem(message)

    def show_scan(self, code: str, symbology: str, _mode: str) -> None:
        kind = symbology or self.tr("other barcode")
        self.scans.insertItem(0, f"{code}    {kind}")

    def retranslate(self) -> None:
        self.setTitle(self.tr("Barcode scanner"))
        self.setSubTitle(self.tr("Most scanners type like a keyboard and need nothing set up."))
        self.hint.setText(self.tr("Scan anything now: what the scanner reads appears here."))
        self.hid_label.setText(self.tr("Read over USB"))
        self.skip_hint.setText(
            self.tr("No scanner yet? Press Finish: it can be set up later in Settings, Devices.")
        )
        if self.wizard() is not None:
            self._fill()
