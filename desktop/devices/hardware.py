"""The counter's hardware in one place: the chosen receipt printer (and paper width), the USB HID
scanner read directly, the keyboard-wedge scanner's prefix, all saved in the app's settings.

:class:`CounterHardware` owns the :class:`~desktop.printing.service.PrintService` and the
:class:`~desktop.devices.hid.UsbHidScanner`; every scan, however it arrived, is re-emitted as
``scan_seen(code, symbology, mode)`` for the Devices page's test box. ``backend_factory`` gives the
pyusb backend: libusb on a real counter, the fake backend in the demo and the tests.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal

from core.errors import DomainError
from desktop.devices.fake_usb import FakeHidScanner, FakePrinter, FakeUsbBackend
from desktop.devices.hid import UsbHidScanner
from desktop.devices.usb_list import UsbDeviceRow, list_usb_devices
from desktop.devices.usb_printer import UsbPrinter, default_backend
from desktop.devices.wedge import WedgeScanner
from desktop.i18n import error_text
from desktop.printing.escpos import PAPER_58MM_PX, PAPER_80MM_PX
from desktop.printing.service import PrintService
from desktop.tasks import TaskRunner

log = logging.getLogger(__name__)

__all__ = [
    "CounterHardware",
    "MemorySettings",
    "demo_backend",
    "parse_ids",
    "prefix_from_text",
    "prefix_to_text",
]

KEY_PRINTER = "devices/printer"
KEY_PAPER = "devices/paper_px"
KEY_HID = "devices/hid_scanner"
KEY_PREFIX = "devices/scanner_prefix"

# Control-character prefixes scanners are often programmed with, by the names their manuals use.
CONTROL_PREFIXES = {"SOH": "\x01", "STX": "\x02", "ETX": "\x03", "RS": "\x1e", "GS": "\x1d"}


def prefix_from_text(text: str) -> str:
    """What a manager typed as the prefix: a character (``#``) or a control character's name (``STX``)."""
    text = text.strip()
    return CONTROL_PREFIXES.get(text.upper(), text)


def prefix_to_text(prefix: str) -> str:
    names = {v: k for k, v in CONTROL_PREFIXES.items()}
    return names.get(prefix, prefix if prefix.isprintable() else "")


def parse_ids(text: str) -> tuple[int, int] | None:
    """``"0416:5011"`` -> ``(0x0416, 0x5011)``; ``None`` for anything else."""
    try:
        vendor, product = text.split(":")
        return int(vendor, 16), int(product, 16)
    except (ValueError, AttributeError):
        return None


def demo_backend() -> tuple[FakeUsbBackend, FakePrinter, FakeHidScanner]:
    """The demo counter's devices: an 80 mm printer and a scanner in USB keyboard mode."""
    printer, scanner = FakePrinter(kernel_driver=True), FakeHidScanner()
    return FakeUsbBackend([printer, scanner]), printer, scanner


class MemorySettings:
    """The two QSettings calls used here, kept in a dict (the demo's device choices)."""

    def __init__(self) -> None:
        self._values: dict[str, object] = {}

    def value(self, key: str, default: object = None) -> object:
        return self._values.get(key, default)

    def setValue(self, key: str, value: object) -> None:
        self._values[key] = value


class CounterHardware(QObject):
    scan_seen = Signal(str, str, str)  # code, symbology, mode
    hid_failed = Signal(str)  # translated message
    usb_scanned = Signal(str, str)  # a scan read over USB (the app gives it to the shown screen)
    device_error = Signal(str, str, str)  # "printer" | "scanner", error code, device id

    def __init__(
        self,
        wedge: WedgeScanner,
        tasks: TaskRunner,
        *,
        backend_factory: Callable[[], object] = default_backend,
        demo: tuple[FakeUsbBackend, FakePrinter, FakeHidScanner] | None = None,
        journal_path: Path | None = None,
        settings: QSettings | MemorySettings | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.wedge = wedge
        self.tasks = tasks
        self.demo = demo
        if demo is not None:
            backend_factory = lambda: demo[0]  # noqa: E731
        self.backend_factory = backend_factory
        # The demo's choices live in memory: its fake printer and scanner ids must never become the
        # real counter's saved printer (that id is a common real one) or a scanner to take over.
        # ``settings``: the first-run wizard tries devices before anything is saved (it saves at Finish).
        self.settings: QSettings | MemorySettings = (
            settings if settings is not None else QSettings() if demo is None else MemorySettings()
        )
        self.printer = PrintService(
            recorder=demo[1].take if demo else None, journal_path=journal_path, parent=self
        )
        self.printer.device_error.connect(
            lambda code, device: self.device_error.emit("printer", code, device)
        )
        self.hid: UsbHidScanner | None = None
        wedge.detected.connect(self.scan_seen)
        wedge.prefix = str(self.settings.value(KEY_PREFIX, "") or "")
        if demo is not None:
            self.settings.setValue(KEY_PRINTER, f"{demo[1].vendor_id:04x}:{demo[1].product_id:04x}")
            self.settings.setValue(KEY_HID, f"{demo[2].vendor_id:04x}:{demo[2].product_id:04x}")
        self._apply_printer()

    # -- choices, saved ------------------------------------------------------------------------

    @property
    def printer_ids(self) -> str:
        return str(self.settings.value(KEY_PRINTER, "") or "")

    @property
    def paper_px(self) -> int:
        value = int(self.settings.value(KEY_PAPER, PAPER_80MM_PX) or PAPER_80MM_PX)
        return value if value in (PAPER_80MM_PX, PAPER_58MM_PX) else PAPER_80MM_PX

    @property
    def hid_ids(self) -> str:
        return str(self.settings.value(KEY_HID, "") or "")

    def choose_printer(self, ids: str, paper_px: int) -> None:
        self.settings.setValue(KEY_PRINTER, ids)
        self.settings.setValue(KEY_PAPER, paper_px)
        self._apply_printer()

    def set_prefix(self, prefix: str) -> None:
        """``prefix``: the character itself; see :func:`prefix_from_text` for what the page accepts."""
        self.wedge.prefix = prefix
        self.settings.setValue(KEY_PREFIX, prefix)
        if self.hid is not None:
            self.hid.prefix = prefix

    def _apply_printer(self) -> None:
        ids = parse_ids(self.printer_ids)
        if ids is None:
            self.printer.configure(None, self.paper_px)
            return
        vendor, product = ids
        factory = self.backend_factory

        def transport() -> UsbPrinter:
            return UsbPrinter(vendor, product, backend=factory())

        self.printer.configure(transport, self.paper_px)

    # -- USB -----------------------------------------------------------------------------------

    def list_devices(self, done: Callable[[list[UsbDeviceRow]], None], failed: Callable[[str], None]) -> None:
        """The USB devices, listed off the GUI thread; ``failed`` gets a translated message."""
        factory = self.backend_factory

        def work() -> list[UsbDeviceRow]:
            return list_usb_devices(factory())

        def fail(exc: BaseException) -> None:
            if isinstance(exc, DomainError):
                failed(error_text(exc.code, exc.params))
            else:
                log.error("listing USB devices failed", exc_info=exc)
                failed(error_text("app.unexpected", {"detail": type(exc).__name__}))

        self.tasks.submit(work, done, fail)

    def read_hid(self, ids: str) -> None:
        """Read the scanner ``ids`` over USB from now on ("" stops); saved for the next start."""
        self.stop_hid()
        self.settings.setValue(KEY_HID, ids)
        self.start_hid()

    def start_hid(self) -> None:
        ids = parse_ids(self.hid_ids)
        if ids is None or self.hid is not None:
            return
        try:
            backend = self.backend_factory()
        except DomainError as exc:
            self.hid_failed.emit(error_text(exc.code, exc.params))
            return
        self.hid = UsbHidScanner(*ids, backend=backend, prefix=self.wedge.prefix, parent=self)
        self.hid.scanned.connect(self._hid_scanned)
        self.hid.failed.connect(self._hid_error)
        self.hid.start()

    def stop_hid(self) -> None:
        if self.hid is not None:
            self.hid.stop()
            self.hid.deleteLater()
            self.hid = None

    def _hid_scanned(self, code: str, symbology: str) -> None:
        mode = self.hid.mode if self.hid is not None else "hid-keyboard"
        self.scan_seen.emit(code, symbology, mode)
        self.usb_scanned.emit(code, symbology)

    def _hid_error(self, code: str, params: dict) -> None:
        self.device_error.emit("scanner", code, str(params.get("device", self.hid_ids)))
        self.stop_hid()
        self.hid_failed.emit(error_text(code, params))

    def simulate_scan(self, code: str) -> None:
        """Demo only: the fake USB scanner reads ``code``."""
        if self.demo is not None:
            self.demo[2].type_code(code)

    def shutdown(self) -> None:
        self.stop_hid()
        self.printer.shutdown()
