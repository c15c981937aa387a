"""HID barcode scanners read over USB with pyusb, whatever widget has focus.

Two report formats:

* **boot keyboard** (a scanner in "USB keyboard" mode, the common default): 8-byte reports
  ``[modifiers, reserved, key1..key6]``. :class:`BootKeyboardDecoder` turns them into characters:
  a key counts when it appears (not while it stays down, so rollover reports with two keys do not
  repeat the first), shift comes from the modifier byte, an all-zero report releases everything, and
  "error rollover" reports (``0x01`` in every slot) are ignored.
* **HID POS** (usage page 0x8C, the "barcode scanner" page; Honeywell and Zebra call it HID POS):
  :class:`HidPosDecoder` reads the scanned-data report ``[report id 2, length, AIM symbology id (3
  bytes), data..., ..., flags]`` where bit 0 of the last byte says more data follows.

:class:`UsbHidScanner` opens the device with pyusb on a worker thread (detaching the kernel's usbhid
driver on Linux and re-attaching it when stopped), decodes reports and emits ``scanned(code,
symbology)`` on the GUI thread (queued signal). The decoders are pure: bytes in, characters out.
"""

from __future__ import annotations

import errno
import logging
import threading
import unicodedata

from PySide6.QtCore import QObject, Signal

from core.catalogue import is_valid_gtin, normalise_code
from core.errors import DomainError

log = logging.getLogger(__name__)

__all__ = [
    "BootKeyboardDecoder",
    "CodeAssembler",
    "HidPosDecoder",
    "UsbHidScanner",
    "symbology_of",
    "usage_table",
]

LEFT_SHIFT, RIGHT_SHIFT = 0x02, 0x20
ERROR_ROLLOVER = 0x01
ENTER_USAGES = (0x28, 0x58)  # Enter, keypad Enter
TAB_USAGE = 0x2B


def usage_table() -> dict[int, tuple[str, str]]:
    """HID keyboard usage id -> (character, shifted character), US layout (what scanners assume)."""
    table: dict[int, tuple[str, str]] = {}
    for i, ch in enumerate("abcdefghijklmnopqrstuvwxyz"):
        table[0x04 + i] = (ch, ch.upper())
    for i, (plain, shifted) in enumerate(zip("1234567890", "!@#$%^&*()", strict=True)):
        table[0x1E + i] = (plain, shifted)
    table[0x28] = ("\n", "\n")
    table[0x2B] = ("\t", "\t")
    table[0x2C] = (" ", " ")
    punctuation = {
        0x2D: ("-", "_"),
        0x2E: ("=", "+"),
        0x2F: ("[", "{"),
        0x30: ("]", "}"),
        0x31: ("\\", "|"),
        0x33: (";", ":"),
        0x34: ("'", '"'),
        0x35: ("`", "~"),
        0x36: (",", "<"),
        0x37: (".", ">"),
        0x38: ("/", "?"),
    }
    table.update(punctuation)
    # The keypad, which some scanners use for digits so that the layout never matters.
    table.update({0x54: ("/", "/"), 0x55: ("*", "*"), 0x56: ("-", "-"), 0x57: ("+", "+"), 0x58: ("\n", "\n")})
    for i, ch in enumerate("1234567890"):
        table[0x59 + i] = (ch, ch)
    table[0x63] = (".", ".")
    return table


_TABLE = usage_table()


class BootKeyboardDecoder:
    """8-byte boot-keyboard reports -> the characters typed (Enter as ``\\n``, Tab as ``\\t``)."""

    def __init__(self) -> None:
        self._down: set[int] = set()

    def feed(self, report: bytes) -> str:
        """Characters for keys newly pressed in ``report``; keys still held from before do not repeat."""
        if len(report) < 3:
            return ""
        modifiers = report[0]
        keys = [k for k in report[2:8] if k]
        if keys and all(k == ERROR_ROLLOVER for k in keys):
            return ""  # too many keys at once: the keyboard says nothing about which ones
        shift = bool(modifiers & (LEFT_SHIFT | RIGHT_SHIFT))
        out = []
        for key in keys:
            if key not in self._down and key in _TABLE:
                out.append(_TABLE[key][1 if shift else 0])
        self._down = set(keys)
        return "".join(out)


class HidPosDecoder:
    """HID POS scanned-data reports -> ``(data, aim_id)`` once a whole code has arrived, else ``None``."""

    REPORT_ID = 0x02

    def __init__(self) -> None:
        self._parts: list[bytes] = []
        self._aim = ""

    def feed(self, report: bytes) -> tuple[str, str] | None:
        if len(report) < 6 or report[0] != self.REPORT_ID:
            return None
        length = report[1]
        aim = bytes(report[2:5]).rstrip(b"\x00").decode("ascii", "replace")
        data = bytes(report[5 : 5 + length])
        if not self._parts:
            self._aim = aim
        self._parts.append(data)
        if report[-1] & 0x01:  # more data follows in the next report
            return None
        text = b"".join(self._parts).decode("utf-8", "replace")
        self._parts = []
        return text, self._aim


def symbology_of(code: str, aim: str = "") -> str:
    """A short name for the kind of barcode: from the AIM identifier when the scanner sent one, else
    "EAN/UPC" for a code whose check digit is right, "" if unknown."""
    names = {"]E": "EAN/UPC", "]C": "Code 128", "]Q": "QR", "]A": "Code 39", "]I": "ITF", "]d": "Data Matrix"}
    if aim[:2] in names:
        return names[aim[:2]]
    return "EAN/UPC" if is_valid_gtin(code) else ""


class CodeAssembler:
    """Characters from a scanner -> whole codes: a code ends at Enter (or Tab); control characters, a
    programmed prefix and spaces are dropped; full-width digits from an input method become ASCII."""

    def __init__(self, prefix: str = "", terminators: str = "\n\t") -> None:
        self.prefix = prefix
        self.terminators = terminators
        self._buffer: list[str] = []

    def feed(self, chars: str) -> list[str]:
        codes = []
        for ch in chars:
            if ch in self.terminators:
                text = "".join(self._buffer)
                self._buffer = []
                if self.prefix and text.startswith(self.prefix):
                    text = text[len(self.prefix) :]
                code = normalise_code(unicodedata.normalize("NFKC", text))
                if code:
                    codes.append(code)
            else:
                self._buffer.append(ch)
        return codes


def _usb_error_code(exc: Exception) -> str:
    number = getattr(exc, "errno", None) or getattr(exc, "backend_error_code", None)
    if number in (errno.EACCES, errno.EPERM, -3):
        return "usb.permission"
    if number in (errno.EBUSY, -6):
        return "usb.busy"
    if number in (errno.ENODEV, errno.ENOENT, -4, -5):
        return "usb.not_found"
    return "usb.io"


class UsbHidScanner(QObject):
    """Reads one HID scanner on a worker thread; ``scanned(code, symbology)`` and ``failed(code, params)``
    arrive on the GUI thread. ``mode`` is "hid-keyboard" or "hid-pos" (from the interface descriptor)."""

    scanned = Signal(str, str)
    failed = Signal(str, dict)

    def __init__(
        self,
        vendor_id: int,
        product_id: int,
        *,
        backend: object | None = None,
        prefix: str = "",
        poll_ms: int = 200,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.vendor_id, self.product_id = vendor_id, product_id
        self.backend = backend
        self.prefix = prefix
        self.poll_ms = poll_ms
        self.mode = ""
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def name(self) -> str:
        return f"{self.vendor_id:04x}:{self.product_id:04x}"

    def start(self) -> None:
        if self._thread is not None:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name=f"hid-{self.name}", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 2.0) -> None:
        """Stop reading and give the device back to the operating system."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _run(self) -> None:
        try:
            self._read_loop()
        except DomainError as exc:
            self.failed.emit(exc.code, exc.params)
        except Exception as exc:  # a USB stack failure must not kill the app: say so and stop reading
            log.exception("HID scanner %s stopped", self.name)
            self.failed.emit(_usb_error_code(exc), {"device": self.name, "detail": str(exc)})

    def _read_loop(self) -> None:
        import usb.core
        import usb.util

        dev = usb.core.find(idVendor=self.vendor_id, idProduct=self.product_id, backend=self.backend)
        if dev is None:
            raise DomainError("usb.not_found", device=self.name)
        intf = None
        for cfg in dev:
            for candidate in cfg:
                if candidate.bInterfaceClass == 3:
                    intf = candidate
                    break
        if intf is None:
            raise DomainError("usb.not_found", device=self.name)
        endpoint = usb.util.find_descriptor(
            intf,
            custom_match=lambda e: usb.util.endpoint_direction(e.bEndpointAddress) == usb.util.ENDPOINT_IN,
        )
        if endpoint is None:
            raise DomainError("usb.not_found", device=self.name)
        self.mode = "hid-keyboard" if intf.bInterfaceProtocol == 1 else "hid-pos"
        number = intf.bInterfaceNumber
        detached = False
        try:
            try:
                if dev.is_kernel_driver_active(number):
                    dev.detach_kernel_driver(number)  # usbhid would otherwise type the code as well
                    detached = True
            except NotImplementedError:
                pass  # Windows and macOS: no kernel drivers to detach through libusb
            except usb.core.USBError as exc:
                raise DomainError(_usb_error_code(exc), device=self.name, detail=str(exc)) from exc
            try:
                usb.util.claim_interface(dev, number)
            except usb.core.USBError as exc:
                raise DomainError(_usb_error_code(exc), device=self.name, detail=str(exc)) from exc
            keyboard, pos = BootKeyboardDecoder(), HidPosDecoder()
            assembler = CodeAssembler(self.prefix)
            size = endpoint.wMaxPacketSize
            while not self._stop.is_set():
                try:
                    report = bytes(dev.read(endpoint.bEndpointAddress, size, timeout=self.poll_ms))
                except usb.core.USBTimeoutError:
                    continue  # nothing scanned; look at the stop flag again
                except usb.core.USBError as exc:
                    raise DomainError(_usb_error_code(exc), device=self.name, detail=str(exc)) from exc
                if self.mode == "hid-keyboard":
                    assembler.prefix = self.prefix  # a prefix changed on the Devices page applies at once
                    for code in assembler.feed(keyboard.feed(report)):
                        self.scanned.emit(code, symbology_of(code))
                else:
                    got = pos.feed(report)
                    if got is not None:
                        code = normalise_code(got[0])
                        if code:
                            self.scanned.emit(code, symbology_of(code, got[1]))
        finally:
            try:
                usb.util.release_interface(dev, number)
                if detached:
                    dev.attach_kernel_driver(number)  # the scanner types again when we stop
            except usb.core.USBError:
                log.warning("could not give %s back to the kernel driver", self.name)
            finally:
                usb.util.dispose_resources(dev)
