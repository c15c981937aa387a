"""HID scanners: boot-keyboard and HID POS reports decoded, and read through pyusb's real code path
(``usb.core.find`` over the fake backend) on a worker thread, the kernel driver given back after."""

from __future__ import annotations

import pytest

from desktop.devices.fake_usb import FakeHidPosScanner, FakeHidScanner, FakeUsbBackend, boot_reports
from desktop.devices.hid import BootKeyboardDecoder, CodeAssembler, HidPosDecoder, UsbHidScanner, symbology_of

RELEASE = bytes(8)


def report(*keys: int, shift: bool = False, right_shift: bool = False) -> bytes:
    mods = (0x02 if shift else 0) | (0x20 if right_shift else 0)
    return bytes([mods, 0, *keys, *([0] * (6 - len(keys)))])


def decode(reports: list[bytes]) -> str:
    decoder = BootKeyboardDecoder()
    return "".join(decoder.feed(r) for r in reports)


def test_digits_with_a_release_report_between_each_key() -> None:
    # 9 5 8 Enter: usage 0x26 is 9, 0x22 is 5, 0x25 is 8, 0x28 is Enter
    reports = [report(0x26), RELEASE, report(0x22), RELEASE, report(0x25), RELEASE, report(0x28), RELEASE]
    assert decode(reports) == "958\n"


def test_shift_gives_capitals_and_symbols_from_either_shift_key() -> None:
    reports = [report(0x13, shift=True), RELEASE, report(0x09, right_shift=True), RELEASE]
    reports += [report(0x2D, shift=True), RELEASE, report(0x2D), RELEASE, report(0x1E, shift=True), RELEASE]
    assert decode(reports) == "PF_-!"


def test_rollover_does_not_repeat_a_key_that_is_still_down() -> None:
    # 1 down; 1 and 2 down (rollover); 2 alone; 2 and 3; release
    reports = [report(0x1E), report(0x1E, 0x1F), report(0x1F), report(0x1F, 0x20), RELEASE]
    assert decode(reports) == "123"


def test_the_same_character_twice_needs_its_release_report() -> None:
    assert decode([report(0x27), RELEASE, report(0x27), RELEASE]) == "00"
    assert decode([report(0x27), report(0x27), RELEASE]) == "0"  # a held key is not typed again


def test_error_rollover_and_short_reports_type_nothing() -> None:
    assert decode([bytes([0, 0, 1, 1, 1, 1, 1, 1]), b"\x00", RELEASE]) == ""


def test_keypad_digits_and_keypad_enter() -> None:
    assert decode([report(0x59), RELEASE, report(0x62), RELEASE, report(0x58), RELEASE]) == "10\n"


def test_fake_scanner_reports_round_trip_through_the_decoder() -> None:
    for rollover in (False, True):
        assert decode(boot_reports("Ab-9587101000012\n", rollover=rollover)) == "Ab-9587101000012\n"


def test_assembler_splits_codes_at_enter_strips_prefix_and_control_characters() -> None:
    asm = CodeAssembler(prefix="#")
    assert asm.feed("#9587101") == []
    assert asm.feed("000012\n#01\x1d234\n\n") == ["9587101000012", "01234"]


def test_hid_pos_report_in_two_parts_with_its_symbology() -> None:
    pos = HidPosDecoder()
    first = bytes([0x02, 6]) + b"]E0" + b"958710" + bytes(63 - 11) + b"\x01"
    last = bytes([0x02, 7]) + b"]E0" + b"1000012" + bytes(63 - 12) + b"\x00"
    assert pos.feed(first) is None
    assert pos.feed(last) == ("9587101000012", "]E0")
    assert symbology_of("9587101000012", "]E0") == "EAN/UPC"
    assert symbology_of("PF-0001", "]C0") == "Code 128"
    assert symbology_of("9587101000013") == ""  # wrong check digit: not called EAN


def test_reader_gets_scans_through_pyusb_and_hands_the_device_back(qtbot) -> None:
    device = FakeHidScanner()
    scanner = UsbHidScanner(device.vendor_id, device.product_id, backend=FakeUsbBackend([device]), poll_ms=20)
    got: list[tuple[str, str]] = []
    scanner.scanned.connect(lambda code, sym: got.append((code, sym)))
    scanner.start()
    try:
        device.type_code("9587101000012")
        device.type_code("PF-0001", rollover=True)
        qtbot.waitUntil(lambda: len(got) == 2, timeout=3000)
        assert got == [("9587101000012", "EAN/UPC"), ("PF-0001", "")]
        assert scanner.mode == "hid-keyboard"
        assert device.detached == {0}  # usbhid let go while we read...
    finally:
        scanner.stop()
    assert device.reattached == {0} and device.detached == set()  # ...and typed again after
    assert device.claimed == set()


@pytest.mark.parametrize(
    ("fault", "code"),
    [
        ("permission_denied", "usb.permission"),
        ("claimed_elsewhere", "usb.busy"),
        ("unplugged", "usb.not_found"),
    ],
)
def test_reader_failures_come_back_as_error_codes(qtbot, fault: str, code: str) -> None:
    device = FakeHidScanner()
    setattr(device, fault, True)
    scanner = UsbHidScanner(device.vendor_id, device.product_id, backend=FakeUsbBackend([device]), poll_ms=20)
    with qtbot.waitSignal(scanner.failed, timeout=3000) as blocker:
        scanner.start()
    scanner.stop()
    assert blocker.args[0] == code


def test_hid_pos_scanner_is_read_in_its_own_mode_with_the_symbology_it_sends(qtbot) -> None:
    device = FakeHidPosScanner()
    scanner = UsbHidScanner(device.vendor_id, device.product_id, backend=FakeUsbBackend([device]), poll_ms=20)
    got: list[tuple[str, str]] = []
    scanner.scanned.connect(lambda code, sym: got.append((code, sym)))
    scanner.start()
    try:
        device.type_code("9587101000012")  # longer than one report's data: sent in two parts
        device.type_code("PF-0001", aim="]C0")
        qtbot.waitUntil(lambda: len(got) == 2, timeout=3000)
    finally:
        scanner.stop()
    assert scanner.mode == "hid-pos"
    assert got == [("9587101000012", "EAN/UPC"), ("PF-0001", "Code 128")]
