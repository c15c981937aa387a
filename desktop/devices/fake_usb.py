"""A fake pyusb backend (``usb.backend.IBackend``) playing a receipt printer and a HID barcode scanner.

The real code path runs against it unchanged: ``usb.core.find(backend=FakeUsbBackend(...))`` builds
real ``usb.core.Device`` objects from these descriptors, and ``dev.write`` / ``dev.read`` /
``detach_kernel_driver`` land here. Used by ``--demo`` and the tests; faults (busy, permission,
timeouts, paper out) are switched on per device to prove each error path.

:class:`FakePrinter` records every byte written to its bulk OUT endpoint and answers ``DLE EOT`` on
its bulk IN endpoint; :meth:`FakePrinter.decoded` turns what it received back into the printed image.
:class:`FakeHidScanner` queues 8-byte boot-keyboard reports for a code, as a real scanner sends them.
"""

from __future__ import annotations

import array
import errno
import threading
from collections import deque
from dataclasses import dataclass, field

import usb.backend
import usb.core

from desktop.devices.hid import usage_table
from desktop.printing.escpos import DLE, EOT, DecodedRaster, parse_raster

__all__ = [
    "FakeDevice",
    "FakeHidPosScanner",
    "FakeHidScanner",
    "FakePrinter",
    "FakeUsbBackend",
    "boot_reports",
    "hid_pos_reports",
]


@dataclass
class _Desc:
    """A descriptor: pyusb reads its fields as attributes."""

    fields: dict[str, object]

    def __getattr__(self, name: str) -> object:
        try:
            return self.fields[name]
        except KeyError:
            raise AttributeError(name) from None


@dataclass
class Endpoint:
    address: int
    attributes: int  # 2 = bulk, 3 = interrupt
    max_packet: int = 64
    interval: int = 0


@dataclass
class Interface:
    number: int
    cls: int
    subclass: int
    protocol: int
    endpoints: list[Endpoint]


@dataclass
class FakeDevice:
    """One USB device: descriptors, strings, and the switches that make it fail like real hardware."""

    vendor_id: int
    product_id: int
    manufacturer: str
    product: str
    interfaces: list[Interface]
    bus: int = 1
    address: int = 2
    serial: str = "FAKE0001"
    # Faults, as the operating system reports them through libusb:
    permission_denied: bool = False  # no udev rule: open fails with EACCES
    claimed_elsewhere: bool = False  # CUPS (or another app) holds the interface: claim fails with EBUSY
    kernel_driver: bool = False  # usblp / usbhid bound: detach before claiming, re-attach after
    unplugged: bool = False
    pipe_error: bool = False  # the endpoint stalls (EPIPE): any other USB failure
    # What happened, for the tests:
    detached: set[int] = field(default_factory=set)
    reattached: set[int] = field(default_factory=set)
    claimed: set[int] = field(default_factory=set)
    opened: int = 0
    closed: int = 0

    def strings(self) -> dict[int, str]:
        return {1: self.manufacturer, 2: self.product, 3: self.serial}

    # Endpoint I/O, overridden by the printer and the scanner.
    def write(self, ep: int, data: bytes, timeout: int) -> int:
        raise usb.core.USBError("Pipe error", errno=errno.EPIPE)

    def read(self, ep: int, size: int, timeout: int) -> bytes:
        raise usb.core.USBTimeoutError("Operation timed out", errno=errno.ETIMEDOUT)


class FakePrinter(FakeDevice):
    """An 80 mm (or 58 mm) ESC/POS printer on a Winbond chip: printer class, bulk OUT 0x01, bulk IN 0x82."""

    def __init__(
        self, *, vendor_id: int = 0x0416, product_id: int = 0x5011, answers_status: bool = True, **kw
    ):
        super().__init__(
            vendor_id=vendor_id,
            product_id=product_id,
            manufacturer=kw.pop("manufacturer", "Winbond Electronics"),
            product=kw.pop("product", "POS80 Printer"),
            interfaces=[Interface(0, 7, 1, 2, [Endpoint(0x01, 2), Endpoint(0x82, 2)])],
            **kw,
        )
        self.answers_status = answers_status
        self.received = bytearray()  # every byte the printer accepted, in order
        self.writes: list[bytes] = []
        self.paper_out = False
        self.cover_open = False
        self.offline = False
        # ``timeout_on_write[n] = accept``: the n-th print write (0-based, ``DLE EOT`` status requests not
        # counted) times out; the printer keeps the bytes if ``accept`` (the data arrived but the answer
        # was lost) or drops them if not.
        self.timeout_on_write: dict[int, bool] = {}
        self._replies: deque[int] = deque()
        self._lock = threading.Lock()
        self.gate: threading.Event | None = (
            None  # when set up, every print write waits for it (a slow printer)
        )

    def write(self, ep: int, data: bytes, timeout: int) -> int:
        if self.gate is not None and bytes(data[:2]) != bytes([DLE, EOT]):
            self.gate.wait(30)
        with self._lock:
            status_request = bytes(data[:2]) == bytes([DLE, EOT])
            n = len(self.writes)
            if not status_request:
                self.writes.append(bytes(data))
            if not status_request and n in self.timeout_on_write:
                if self.timeout_on_write.pop(n):
                    self._accept(bytes(data))
                raise usb.core.USBTimeoutError("Operation timed out", errno=errno.ETIMEDOUT)
            if self.offline or self.paper_out or self.cover_open:
                # A stopped printer still answers DLE EOT (real-time commands) but takes no print data.
                if status_request:
                    self._accept(bytes(data))
                    return len(data)
                raise usb.core.USBTimeoutError("Operation timed out", errno=errno.ETIMEDOUT)
            self._accept(bytes(data))
            return len(data)

    def _accept(self, data: bytes) -> None:
        if len(data) == 3 and data[0] == DLE and data[1] == EOT:
            if self.answers_status:
                self._replies.append(self._status(data[2]))
            return  # real-time status requests are answered, not printed
        # Like a real printer, it obeys DLE EOT n wherever the bytes occur, even inside image data,
        # and sends the status byte nobody asked for.
        for i in range(len(data) - 2):
            if data[i] == DLE and data[i + 1] == EOT and data[i + 2] in (1, 2, 3, 4) and self.answers_status:
                self._replies.append(self._status(data[i + 2]))
        self.received += data

    def _status(self, n: int) -> int:
        base = 0x12
        if n == 1:
            return base | (0x08 if (self.offline or self.paper_out or self.cover_open) else 0)
        if n == 2:
            return base | (0x04 if self.cover_open else 0) | (0x20 if self.paper_out else 0)
        if n == 4:
            return base | (0x60 if self.paper_out else 0)
        return base

    def read(self, ep: int, size: int, timeout: int) -> bytes:
        with self._lock:
            if not self._replies:
                raise usb.core.USBTimeoutError("Operation timed out", errno=errno.ETIMEDOUT)
            return bytes([self._replies.popleft()])  # each status byte comes in a USB packet of its own

    def decoded(self) -> DecodedRaster:
        """What came out of the printer: the received bytes parsed strictly back into an image."""
        with self._lock:
            return parse_raster(bytes(self.received))

    def take(self) -> bytes:
        """The bytes received since the last call (one job's worth for the demo's preview)."""
        with self._lock:
            data = bytes(self.received)
            self.received.clear()
            return data

    def clear(self) -> None:
        with self._lock:
            self.received.clear()
            self.writes.clear()


def _usages() -> dict[str, tuple[int, bool]]:
    """Character -> (HID usage, shift), the inverse of the decoder's table (main keys, not the keypad)."""
    out: dict[str, tuple[int, bool]] = {}
    for usage, (plain, shifted) in sorted(usage_table().items(), reverse=True):
        if usage >= 0x54 and plain != "\n":
            continue
        out[plain] = (usage, False)
        if shifted != plain:
            out[shifted] = (usage, True)
    out["\n"] = (0x28, False)
    return out


_USAGE = _usages()


def boot_reports(text: str, *, rollover: bool = False) -> list[bytes]:
    """The 8-byte boot-keyboard reports a scanner sends to type ``text``.

    Plain: press, release, press, release. With ``rollover`` the next key goes down before the previous
    one is released (two keys in one report), as fast scanners do; a repeated character still needs a
    release in between.
    """
    reports: list[bytes] = []
    held: int | None = None
    for ch in text:
        usage, shift = _USAGE[ch]
        mod = 0x02 if shift else 0x00
        if rollover and held is not None and held != usage:
            reports.append(bytes([mod, 0, held, usage, 0, 0, 0, 0]))
            reports.append(bytes([mod, 0, usage, 0, 0, 0, 0, 0]))
        else:
            if held is not None:
                reports.append(bytes(8))
            reports.append(bytes([mod, 0, usage, 0, 0, 0, 0, 0]))
        held = usage
    reports.append(bytes(8))
    return reports


class FakeHidScanner(FakeDevice):
    """A barcode scanner in USB keyboard mode: HID boot keyboard, interrupt IN 0x81, bound to usbhid."""

    def __init__(self, *, vendor_id: int = 0x0C2E, product_id: int = 0x0B61, **kw):
        kw.setdefault("kernel_driver", True)
        super().__init__(
            vendor_id=vendor_id,
            product_id=product_id,
            manufacturer=kw.pop("manufacturer", "Honeywell"),
            product=kw.pop("product", "Barcode Scanner (keyboard)"),
            interfaces=[Interface(0, 3, 1, 1, [Endpoint(0x81, 3, 8, 1)])],
            address=kw.pop("address", 3),
            **kw,
        )
        self._reports: deque[bytes] = deque()
        self._lock = threading.Lock()
        self._ready = threading.Condition(self._lock)

    def type_code(self, code: str, *, suffix: str = "\n", rollover: bool = False) -> None:
        """Queue the reports for one scan, as if a barcode was read."""
        with self._lock:
            self._reports.extend(boot_reports(code + suffix, rollover=rollover))
            self._ready.notify_all()

    def queue_reports(self, reports: list[bytes]) -> None:
        with self._lock:
            self._reports.extend(reports)
            self._ready.notify_all()

    def read(self, ep: int, size: int, timeout: int) -> bytes:
        with self._lock:
            if not self._reports:
                self._ready.wait(timeout / 1000)
            if not self._reports:
                raise usb.core.USBTimeoutError("Operation timed out", errno=errno.ETIMEDOUT)
            return self._reports.popleft()[:size]


def hid_pos_reports(code: str, aim: str = "]E0", *, chunk: int = 56) -> list[bytes]:
    """HID POS scanned-data reports for ``code``: ``[2, length, AIM id, data (56 bytes), flags]``."""
    data = code.encode("utf-8")
    parts = [data[i : i + chunk] for i in range(0, len(data), chunk)] or [b""]
    reports = []
    for i, part in enumerate(parts):
        more = 1 if i < len(parts) - 1 else 0
        reports.append(
            bytes([0x02, len(part)]) + aim.encode("ascii") + part.ljust(chunk, b"\0") + bytes([0, more])
        )
    return reports


class FakeHidPosScanner(FakeHidScanner):
    """A scanner in HID POS mode: HID interface without the boot-keyboard protocol, 64-byte reports."""

    def __init__(self, **kw):
        super().__init__(product_id=kw.pop("product_id", 0x0B6A), product="Barcode Scanner (HID POS)", **kw)
        self.interfaces = [Interface(0, 3, 0, 0, [Endpoint(0x81, 3, 64, 1)])]

    def type_code(self, code: str, *, suffix: str = "", rollover: bool = False, aim: str = "]E0") -> None:
        self.queue_reports(hid_pos_reports(code, aim, chunk=8 if len(code) > 8 else 56))


class FakeUsbBackend(usb.backend.IBackend):
    """pyusb's backend interface over :class:`FakeDevice` objects (pass it to ``usb.core.find``)."""

    def __init__(self, devices: list[FakeDevice] | None = None) -> None:
        super().__init__()
        self.devices: list[FakeDevice] = list(devices or [])

    def _check(self, dev: FakeDevice) -> FakeDevice:
        if dev.unplugged:
            raise usb.core.USBError("No such device (it may have been disconnected)", errno=errno.ENODEV)
        return dev

    # -- descriptors ---------------------------------------------------------------------------

    def enumerate_devices(self):
        return [d for d in self.devices if not d.unplugged]

    def get_parent(self, dev):
        return None

    def get_device_descriptor(self, dev: FakeDevice):
        return _Desc(
            {
                "bLength": 18,
                "bDescriptorType": 1,
                "bcdUSB": 0x0200,
                "bDeviceClass": 0,
                "bDeviceSubClass": 0,
                "bDeviceProtocol": 0,
                "bMaxPacketSize0": 64,
                "idVendor": dev.vendor_id,
                "idProduct": dev.product_id,
                "bcdDevice": 0x0100,
                "iManufacturer": 1,
                "iProduct": 2,
                "iSerialNumber": 3,
                "bNumConfigurations": 1,
                "address": dev.address,
                "bus": dev.bus,
                "port_number": dev.address,
                "port_numbers": (dev.address,),
                "speed": 2,
            }
        )

    def get_configuration_descriptor(self, dev: FakeDevice, config: int):
        if config != 0:
            raise IndexError(config)
        return _Desc(
            {
                "bLength": 9,
                "bDescriptorType": 2,
                "wTotalLength": 32,
                "bNumInterfaces": len(dev.interfaces),
                "bConfigurationValue": 1,
                "iConfiguration": 0,
                "bmAttributes": 0x80,
                "bMaxPower": 50,
                "extra_descriptors": [],
            }
        )

    def get_interface_descriptor(self, dev: FakeDevice, intf: int, alt: int, config: int):
        if config != 0 or alt != 0 or intf >= len(dev.interfaces):
            raise IndexError(intf)
        i = dev.interfaces[intf]
        return _Desc(
            {
                "bLength": 9,
                "bDescriptorType": 4,
                "bInterfaceNumber": i.number,
                "bAlternateSetting": 0,
                "bNumEndpoints": len(i.endpoints),
                "bInterfaceClass": i.cls,
                "bInterfaceSubClass": i.subclass,
                "bInterfaceProtocol": i.protocol,
                "iInterface": 0,
                "extra_descriptors": [],
            }
        )

    def get_endpoint_descriptor(self, dev: FakeDevice, ep: int, intf: int, alt: int, config: int):
        e = dev.interfaces[intf].endpoints[ep]
        return _Desc(
            {
                "bLength": 7,
                "bDescriptorType": 5,
                "bEndpointAddress": e.address,
                "bmAttributes": e.attributes,
                "wMaxPacketSize": e.max_packet,
                "bInterval": e.interval,
                "bRefresh": 0,
                "bSynchAddress": 0,
                "extra_descriptors": [],
            }
        )

    # -- handles and interfaces ----------------------------------------------------------------

    def open_device(self, dev: FakeDevice):
        self._check(dev)
        if dev.permission_denied:
            raise usb.core.USBError("Access denied (insufficient permissions)", errno=errno.EACCES)
        dev.opened += 1
        return dev

    def close_device(self, dev_handle: FakeDevice) -> None:
        dev_handle.closed += 1

    def set_configuration(self, dev_handle, config_value) -> None:
        self._check(dev_handle)

    def get_configuration(self, dev_handle) -> int:
        return 1

    def set_interface_altsetting(self, dev_handle, intf, altsetting) -> None:
        pass

    def claim_interface(self, dev_handle: FakeDevice, intf: int) -> None:
        self._check(dev_handle)
        if dev_handle.claimed_elsewhere or (dev_handle.kernel_driver and intf not in dev_handle.detached):
            raise usb.core.USBError("Resource busy", errno=errno.EBUSY)
        dev_handle.claimed.add(intf)

    def release_interface(self, dev_handle: FakeDevice, intf: int) -> None:
        dev_handle.claimed.discard(intf)

    def is_kernel_driver_active(self, dev_handle: FakeDevice, intf: int) -> bool:
        return dev_handle.kernel_driver and intf not in dev_handle.detached

    def detach_kernel_driver(self, dev_handle: FakeDevice, intf: int) -> None:
        dev_handle.detached.add(intf)

    def attach_kernel_driver(self, dev_handle: FakeDevice, intf: int) -> None:
        dev_handle.detached.discard(intf)
        dev_handle.reattached.add(intf)

    # -- transfers -----------------------------------------------------------------------------

    def bulk_write(self, dev_handle: FakeDevice, ep, intf, data, timeout) -> int:
        if self._check(dev_handle).pipe_error:
            raise usb.core.USBError("Pipe error", errno=errno.EPIPE)
        return dev_handle.write(ep, bytes(data), timeout)

    def intr_write(self, dev_handle: FakeDevice, ep, intf, data, timeout) -> int:
        return self._check(dev_handle).write(ep, bytes(data), timeout)

    def bulk_read(self, dev_handle: FakeDevice, ep, intf, buff, timeout) -> int:
        return self._read(dev_handle, ep, buff, timeout)

    def intr_read(self, dev_handle: FakeDevice, ep, intf, buff, timeout) -> int:
        return self._read(dev_handle, ep, buff, timeout)

    def _read(self, dev: FakeDevice, ep: int, buff: array.array, timeout: int) -> int:
        data = self._check(dev).read(ep, len(buff), timeout)
        buff[: len(data)] = array.array("B", data)
        return len(data)

    def ctrl_transfer(self, dev_handle: FakeDevice, bmRequestType, bRequest, wValue, wIndex, data, timeout):
        self._check(dev_handle)
        if bmRequestType == 0x80 and bRequest == 6 and wValue >> 8 == 3:  # GET_DESCRIPTOR (string)
            index = wValue & 0xFF
            if index == 0:
                raw = bytes([4, 3, 0x09, 0x04])  # language ids: en-US
            else:
                text = dev_handle.strings().get(index, "").encode("utf-16-le")
                raw = bytes([2 + len(text), 3]) + text
            raw = raw[: len(data)]
            data[: len(raw)] = array.array("B", raw)
            return len(raw)
        raise usb.core.USBError("Pipe error", errno=errno.EPIPE)

    def clear_halt(self, dev_handle, ep) -> None:
        pass

    def reset_device(self, dev_handle) -> None:
        pass
