"""ESC/POS receipt printers over USB with pyusb (no OS driver, no text mode).

:class:`UsbPrinter` finds the printer by vendor/product id, takes its printer-class (or first) interface
from the kernel on Linux (usblp), finds the bulk OUT endpoint (and bulk IN, for ``DLE EOT`` status) from
the descriptors, and writes chunk by chunk. Every failure becomes a :class:`DomainError` with a code the
app translates: ``usb.not_found``, ``usb.permission`` (no udev rule), ``usb.busy`` (usblp, CUPS or
another program holds it), ``usb.no_backend`` (libusb missing), ``printer.timeout``, ``usb.io``.

Blocking: call it from a worker thread only (``desktop.printing.service.PrintService`` does).
"""

from __future__ import annotations

import errno
import logging
from typing import Protocol

import usb.core
import usb.util

from core.errors import DomainError
from desktop.printing.escpos import (
    STATUS_OFFLINE_CAUSE,
    STATUS_PAPER,
    STATUS_PRINTER,
    PrinterStatus,
    parse_status,
)

log = logging.getLogger(__name__)

__all__ = ["PrinterTransport", "UsbPrinter", "default_backend", "usb_error_code"]

PRINTER_CLASS = 7


class PrinterTransport(Protocol):
    """What the print service needs from a printer: the USB one, or anything that takes bytes."""

    name: str

    def open(self) -> None: ...
    def status(self) -> PrinterStatus: ...
    def write(self, chunk: bytes) -> None: ...
    def close(self) -> None: ...


def default_backend() -> object:
    """libusb 1.0 through pyusb; ``usb.no_backend`` if the library is not installed."""
    import usb.backend.libusb1

    backend = usb.backend.libusb1.get_backend()
    if backend is None:
        raise DomainError("usb.no_backend")
    return backend


def usb_error_code(exc: BaseException) -> str:
    """The app's code for a pyusb error (errno on Linux and macOS, libusb's own codes on Windows)."""
    if isinstance(exc, usb.core.USBTimeoutError):
        return "printer.timeout"
    number = getattr(exc, "errno", None)
    backend_code = getattr(exc, "backend_error_code", None)
    if number in (errno.EACCES, errno.EPERM) or backend_code == -3:
        return "usb.permission"
    if number == errno.EBUSY or backend_code == -6:
        return "usb.busy"
    if number in (errno.ENODEV, errno.ENOENT) or backend_code in (-4, -5):
        return "usb.not_found"
    if number == errno.ETIMEDOUT or backend_code == -7:
        return "printer.timeout"
    return "usb.io"


class UsbPrinter:
    """One ESC/POS printer on USB. ``open()``, then ``status()`` and ``write()``, then ``close()``."""

    def __init__(
        self,
        vendor_id: int,
        product_id: int,
        *,
        backend: object | None = None,
        timeout_ms: int = 5000,
        status_timeout_ms: int = 300,
        drain_timeout_ms: int = 20,
    ) -> None:
        self.vendor_id, self.product_id = vendor_id, product_id
        self.backend = backend
        self.timeout_ms = timeout_ms
        self.status_timeout_ms = status_timeout_ms
        self.drain_timeout_ms = drain_timeout_ms
        self.name = f"{vendor_id:04x}:{product_id:04x}"
        self._dev: usb.core.Device | None = None
        self._interface: int | None = None
        self._out: int | None = None
        self._in: int | None = None
        self._detached = False

    def _fail(self, exc: BaseException) -> DomainError:
        return DomainError(usb_error_code(exc), device=self.name, detail=str(exc))

    def open(self) -> None:
        backend = self.backend if self.backend is not None else default_backend()
        try:
            dev = usb.core.find(idVendor=self.vendor_id, idProduct=self.product_id, backend=backend)
        except usb.core.USBError as exc:
            raise self._fail(exc) from exc
        if dev is None:
            raise DomainError("usb.not_found", device=self.name)
        try:
            cfg = dev.get_active_configuration()
        except usb.core.USBError as exc:
            if usb_error_code(exc) != "usb.io":
                raise self._fail(exc) from exc
            try:  # an unconfigured device (seen on some Windows WinUSB installs): pick the first
                dev.set_configuration()
                cfg = dev.get_active_configuration()
            except usb.core.USBError as exc2:
                raise self._fail(exc2) from exc2
        interfaces = list(cfg)
        intf = next((i for i in interfaces if i.bInterfaceClass == PRINTER_CLASS), None)
        intf = intf or next((i for i in interfaces if self._bulk(i, usb.util.ENDPOINT_OUT)), None)
        if intf is None or self._bulk(intf, usb.util.ENDPOINT_OUT) is None:
            raise DomainError("usb.not_found", device=self.name)
        self._dev, self._interface = dev, intf.bInterfaceNumber
        try:
            try:
                if dev.is_kernel_driver_active(self._interface):
                    dev.detach_kernel_driver(self._interface)  # usblp: we speak raw ESC/POS ourselves
                    self._detached = True
            except NotImplementedError:
                pass  # Windows (WinUSB) and macOS have nothing to detach through libusb
            usb.util.claim_interface(dev, self._interface)
        except usb.core.USBError as exc:
            self.close()
            raise self._fail(exc) from exc
        self._out = self._bulk(intf, usb.util.ENDPOINT_OUT)
        self._in = self._bulk(intf, usb.util.ENDPOINT_IN)

    @staticmethod
    def _bulk(intf: usb.core.Interface, direction: int) -> int | None:
        for ep in intf:
            if (
                usb.util.endpoint_type(ep.bmAttributes) == usb.util.ENDPOINT_TYPE_BULK
                and usb.util.endpoint_direction(ep.bEndpointAddress) == direction
            ):
                return int(ep.bEndpointAddress)
        return None

    def _ask(self, request: bytes) -> int | None:
        assert self._dev is not None
        self.write(request)
        try:
            reply = self._dev.read(self._in, 64, timeout=self.status_timeout_ms)
        except usb.core.USBTimeoutError:
            return None  # many cheap printers never answer: status unknown, not an error
        except usb.core.USBError as exc:
            raise self._fail(exc) from exc
        return int(reply[-1]) if len(reply) else None

    def drain(self) -> int:
        """Read and drop bytes the printer sent unasked (a status byte it sent for image bytes that
        spelled ``DLE EOT`` on an older job, say), so the next reply read is the answer asked for."""
        if self._dev is None or self._in is None:
            return 0
        dropped = 0
        for _ in range(8):  # bounded: a printer that keeps talking cannot hold the job here
            try:
                stray = self._dev.read(self._in, 64, timeout=self.drain_timeout_ms)
            except usb.core.USBTimeoutError:
                break
            except usb.core.USBError as exc:
                raise self._fail(exc) from exc
            if not len(stray):
                break
            dropped += len(stray)
        if dropped:
            log.info("dropped %d unrequested byte(s) from %s", dropped, self.name)
        return dropped

    def status(self) -> PrinterStatus:
        """``DLE EOT 1, 2, 4`` when the printer has a bulk IN endpoint; unknown (not answered) otherwise."""
        if self._in is None:
            return PrinterStatus()
        self.drain()
        printer = self._ask(STATUS_PRINTER)
        if printer is None:
            return PrinterStatus()
        cause = self._ask(STATUS_OFFLINE_CAUSE) if printer & 0x08 else 0x12
        paper = self._ask(STATUS_PAPER)
        return parse_status(printer, cause, paper)

    def write(self, chunk: bytes) -> None:
        if self._dev is None or self._out is None:
            raise DomainError("usb.not_found", device=self.name)
        try:
            written = self._dev.write(self._out, chunk, timeout=self.timeout_ms)
        except usb.core.USBError as exc:
            raise self._fail(exc) from exc
        if written != len(chunk):
            raise DomainError("printer.timeout", device=self.name, detail=f"{written}/{len(chunk)} bytes")

    def close(self) -> None:
        """Release the interface and give the printer back to the kernel driver we took it from."""
        dev, self._dev = self._dev, None
        if dev is None:
            return
        try:
            if self._interface is not None:
                usb.util.release_interface(dev, self._interface)
            if self._detached and self._interface is not None:
                dev.attach_kernel_driver(self._interface)
        except (usb.core.USBError, NotImplementedError):
            log.warning("could not hand %s back to its kernel driver", self.name)
        finally:
            usb.util.dispose_resources(dev)
        self._detached = False
