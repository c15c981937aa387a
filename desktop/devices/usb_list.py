"""What is plugged in: every USB device with its ids and what we think it is (printer, scanner, ...).

Blocking (it talks to libusb): run it off the GUI thread. Names come from the string descriptors when
the device lets us read them (it may not without the udev rule); the guess works from ids and
interface descriptors alone.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import usb.core
import usb.util

__all__ = ["PRINTER", "SCANNER_KEYBOARD", "SCANNER_POS", "UsbDeviceRow", "guess_kind", "list_usb_devices"]

log = logging.getLogger(__name__)

PRINTER = "printer"
SCANNER_KEYBOARD = "scanner-keyboard"
SCANNER_POS = "scanner-pos"
KEYBOARD = "keyboard"
OTHER = "other"

# Vendors whose devices at a counter are receipt printers (see installer/99-store-manager-usb.rules).
PRINTER_VENDORS = frozenset({0x04B8, 0x0519, 0x0416, 0x0483, 0x1FC9, 0x28E9, 0x154F, 0x0DD4, 0x1504})
# Barcode scanner makers: Honeywell/Metrologic, Zebra/Symbol, Datalogic, Newland, Code, Opticon.
SCANNER_VENDORS = frozenset({0x0C2E, 0x0536, 0x05E0, 0x05F9, 0x1EAB, 0x11FA, 0x065A})


@dataclass(frozen=True)
class UsbDeviceRow:
    vendor_id: int
    product_id: int
    bus: int | None
    address: int | None
    manufacturer: str
    product: str
    kind: str

    @property
    def ids(self) -> str:
        return f"{self.vendor_id:04x}:{self.product_id:04x}"

    @property
    def name(self) -> str:
        return " ".join(part for part in (self.manufacturer, self.product) if part)


def guess_kind(vendor_id: int, interfaces: list[tuple[int, int, int, bool]]) -> str:
    """``interfaces``: (class, subclass, protocol, has bulk OUT) per interface."""
    if any(cls == 7 for cls, _s, _p, _o in interfaces):
        return PRINTER
    if vendor_id in PRINTER_VENDORS and any(out for *_rest, out in interfaces):
        return PRINTER
    hid = [(sub, proto) for cls, sub, proto, _o in interfaces if cls == 3]
    if hid and vendor_id in SCANNER_VENDORS:
        return SCANNER_KEYBOARD if any(proto == 1 for _s, proto in hid) else SCANNER_POS
    if any(proto == 1 for _s, proto in hid):
        return KEYBOARD  # a keyboard, or a scanner of a maker we do not know in keyboard mode
    return OTHER


def _string(dev: usb.core.Device, index: int) -> str:
    if not index:
        return ""
    try:
        return usb.util.get_string(dev, index) or ""
    except (usb.core.USBError, ValueError, NotImplementedError):
        return ""  # no permission to open it, or no strings: the ids still say enough


def list_usb_devices(backend: object) -> list[UsbDeviceRow]:
    rows: list[UsbDeviceRow] = []
    for dev in usb.core.find(find_all=True, backend=backend):
        interfaces: list[tuple[int, int, int, bool]] = []
        try:
            for cfg in dev:
                for intf in cfg:
                    out = any(
                        usb.util.endpoint_direction(ep.bEndpointAddress) == usb.util.ENDPOINT_OUT
                        and usb.util.endpoint_type(ep.bmAttributes) == usb.util.ENDPOINT_TYPE_BULK
                        for ep in intf
                    )
                    interfaces.append(
                        (intf.bInterfaceClass, intf.bInterfaceSubClass, intf.bInterfaceProtocol, out)
                    )
        except usb.core.USBError:
            log.info("descriptors of %04x:%04x unreadable", dev.idVendor, dev.idProduct)
        if dev.bDeviceClass == 9:
            continue  # hubs
        rows.append(
            UsbDeviceRow(
                dev.idVendor,
                dev.idProduct,
                dev.bus,
                dev.address,
                _string(dev, dev.iManufacturer),
                _string(dev, dev.iProduct),
                guess_kind(dev.idVendor, interfaces),
            )
        )
        usb.util.dispose_resources(dev)
    order = {PRINTER: 0, SCANNER_KEYBOARD: 1, SCANNER_POS: 1, KEYBOARD: 2, OTHER: 3}
    return sorted(rows, key=lambda r: (order[r.kind], r.ids))
