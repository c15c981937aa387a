"""Receipt printing end to end over pyusb's real code path (``usb.core.find`` on the fake backend):
what the printer received decodes to the rendered slip pixel for pixel; a job id never prints twice;
every failure comes back as a translated message."""

from __future__ import annotations

import functools

import pytest
from PySide6.QtGui import QImage

from desktop.devices.fake_usb import FakePrinter, FakeUsbBackend
from desktop.devices.usb_printer import UsbPrinter
from desktop.i18n import ERROR_MESSAGES, Translations, error_text, register_fonts
from desktop.printing.escpos import (
    DEFAULT_BAND_HEIGHT,
    PAPER_58MM_PX,
    PAPER_80MM_PX,
    REALTIME_OFF,
    parse_raster,
    to_mono,
)
from desktop.printing.pages import write_pdf
from desktop.printing.service import PrintService
from desktop.printing.slip import render_test_page, stamp_copy

GS_V_0 = bytes([0x1D, 0x76, 0x30, 0x00])


@pytest.fixture(scope="module")
def family(qapp) -> str:
    return register_fonts(qapp)


@functools.cache
def slip(width: int = PAPER_80MM_PX) -> QImage:
    return render_test_page("zh_Hant", width, printer="POS80", when="2026-11-24 23:00")


def make(qtbot, printer: FakePrinter | None = None, width: int = PAPER_80MM_PX):
    printer = printer or FakePrinter()
    backend = FakeUsbBackend([printer])
    service = PrintService(
        lambda: UsbPrinter(printer.vendor_id, printer.product_id, backend=backend, timeout_ms=100),
        width_px=width,
        recorder=printer.take,
    )
    results: list[tuple] = []
    service.done.connect(lambda job, now: results.append(("done", job, now)))
    service.failed.connect(lambda job, code, message: results.append(("failed", job, code, message)))
    return printer, service, results


def run(qtbot, service: PrintService, results: list, action) -> tuple:
    before = len(results)
    action()
    qtbot.waitUntil(lambda: len(results) > before, timeout=10_000)
    return results[-1]


def same_pixels(a: QImage, b: QImage) -> bool:
    a = a.convertToFormat(QImage.Format.Format_RGB32)
    b = b.convertToFormat(QImage.Format.Format_RGB32)
    return a.size() == b.size() and a == b


@pytest.mark.parametrize("width", [PAPER_80MM_PX, PAPER_58MM_PX])
def test_what_the_printer_received_decodes_to_the_rendered_slip(qtbot, family, width: int) -> None:
    printer, service, results = make(qtbot, width=width)
    shown: list[QImage] = []
    service.printed.connect(lambda _job, image: shown.append(image))
    try:
        assert run(qtbot, service, results, lambda: service.print_slip("S-1", slip(width))) == (
            "done",
            "S-1",
            True,
        )
        expected = to_mono(slip(width), width)
        assert len(shown) == 1 and same_pixels(shown[0], expected)  # what the demo shows as "printed"
        stream = b"".join(printer.writes)
        decoded = parse_raster(stream)
        assert same_pixels(decoded.image, expected)
        assert decoded.image.width() == width
        assert (decoded.cuts, decoded.drawer_kicks) == (1, 0)
    finally:
        service.shutdown()


def test_bands_have_correct_headers_and_lengths(qtbot, family) -> None:
    printer, service, results = make(qtbot)
    try:
        run(qtbot, service, results, lambda: service.print_slip("S-2", slip(), kick_drawer=True))
        writes = printer.writes
        assert writes[0] == b"\x1b@" + REALTIME_OFF  # ESC @, then the real-time commands switched off
        bands = [w for w in writes if w.startswith(GS_V_0)]
        height = to_mono(slip()).height()
        assert len(bands) == -(-height // DEFAULT_BAND_HEIGHT) and len(writes) == len(bands) + 2
        rows_total = 0
        for i, band in enumerate(bands):
            x = band[4] | band[5] << 8
            y = band[6] | band[7] << 8
            assert x == PAPER_80MM_PX // 8
            assert y == (DEFAULT_BAND_HEIGHT if i < len(bands) - 1 else height - rows_total)
            assert len(band) == 8 + x * y
            rows_total += y
        assert rows_total == height
        assert writes[-1] == b"\x1dVB\x00" + b"\x1bp\x00\x19\xfa"  # cut (it feeds past the cutter), drawer
    finally:
        service.shutdown()


def test_a_timeout_after_the_printer_took_part_of_a_slip_never_prints_it_twice(qtbot, family) -> None:
    printer, service, results = make(qtbot)
    printer.timeout_on_write = {2: True}  # the second band arrived, but its answer was lost
    try:
        first = run(qtbot, service, results, lambda: service.print_slip("S-3", slip()))
        assert first[:3] == ("failed", "S-3", "printer.timeout_partial")
        sent = len(printer.writes)
        again = run(qtbot, service, results, lambda: service.print_slip("S-3", slip()))
        assert again[:3] == ("failed", "S-3", "printer.interrupted")
        assert len(printer.writes) == sent  # the retry sent nothing
        assert parse_raster(b"".join(printer.writes)).bands == 2
        printer.take()
        reprint = run(qtbot, service, results, lambda: service.print_slip("S-3", slip(), copy=True))
        assert reprint == ("done", "S-3", True)  # a deliberate reprint goes out, marked COPY
        assert same_pixels(
            parse_raster(printer.writes[sent] + b"".join(printer.writes[sent + 1 :])).image,
            to_mono(stamp_copy(slip())),
        )
    finally:
        service.shutdown()


def test_a_timeout_before_anything_printed_can_be_retried_and_prints_once(qtbot, family) -> None:
    printer, service, results = make(qtbot)
    printer.timeout_on_write = {0: False}  # switched off: not even ESC @ got through
    try:
        first = run(qtbot, service, results, lambda: service.print_slip("S-4", slip()))
        assert first[:3] == ("failed", "S-4", "printer.timeout")
        assert run(qtbot, service, results, lambda: service.print_slip("S-4", slip())) == (
            "done",
            "S-4",
            True,
        )
        assert run(qtbot, service, results, lambda: service.print_slip("S-4", slip())) == (
            "done",
            "S-4",
            False,
        )
        assert sum(1 for w in printer.writes if w.startswith(b"\x1dVB")) == 1  # one slip cut
    finally:
        service.shutdown()


def test_kernel_driver_is_detached_for_the_job_and_reattached_after(qtbot, family) -> None:
    printer, service, results = make(qtbot, FakePrinter(kernel_driver=True))
    try:
        assert run(qtbot, service, results, lambda: service.print_slip("S-5", slip()))[0] == "done"
        assert printer.reattached == {0} and printer.detached == set() and printer.claimed == set()
        assert printer.opened == printer.closed
    finally:
        service.shutdown()


def test_a_printer_that_never_answers_status_still_prints(qtbot, family) -> None:
    printer, service, results = make(qtbot, FakePrinter(answers_status=False))
    try:
        assert run(qtbot, service, results, lambda: service.print_slip("S-6", slip())) == (
            "done",
            "S-6",
            True,
        )
        assert parse_raster(b"".join(printer.writes)).cuts == 1  # no status, no stop: the slip went out
    finally:
        service.shutdown()


FAULTS = [
    ("permission_denied", "usb.permission"),
    ("claimed_elsewhere", "usb.busy"),
    ("unplugged", "usb.not_found"),
    ("paper_out", "printer.paper_out"),
    ("cover_open", "printer.cover_open"),
    ("offline", "printer.offline"),
]


@pytest.mark.parametrize(("fault", "code"), FAULTS)
@pytest.mark.parametrize("lang", ["en", "zh_Hant"])
def test_each_failure_gives_its_translated_message_and_prints_nothing(qtbot, qapp, family, fault, code, lang):
    translations = Translations(qapp)
    translations.switch(lang)
    printer = FakePrinter()
    setattr(printer, fault, True)
    printer, service, results = make(qtbot, printer)
    try:
        outcome = run(qtbot, service, results, lambda: service.print_slip("S-7", slip()))
        assert outcome[:3] == ("failed", "S-7", code)
        message = outcome[3]
        assert message == error_text(code, {"device": "0416:5011"})
        assert "0416:5011" in message and "{" not in message
        assert message != ERROR_MESSAGES["app.unexpected"]
        if lang == "zh_Hant":
            assert any("\u4e00" <= ch <= "\u9fff" for ch in message)
        assert printer.received == bytearray()
        setattr(printer, fault, False)  # fixed: the same job id now prints
        assert run(qtbot, service, results, lambda: service.print_slip("S-7", slip()))[0] == "done"
    finally:
        service.shutdown()
        translations.switch("en")


def test_no_printer_chosen_and_no_libusb_are_messages_too(qtbot, family) -> None:
    service = PrintService(None)
    got: list[tuple] = []
    service.failed.connect(lambda job, code, message: got.append((job, code, message)))
    try:
        service.print_slip("S-8", slip())
        qtbot.waitUntil(lambda: bool(got), timeout=5000)
        assert got[0][:2] == ("S-8", "printer.not_chosen") and got[0][2]
    finally:
        service.shutdown()
    assert error_text("usb.no_backend") != error_text("app.unexpected", {"detail": "usb.no_backend"})


def test_status_and_drawer(qtbot, family) -> None:
    printer, service, results = make(qtbot)
    printer.paper_out = True
    statuses: list = []
    service.status_ready.connect(statuses.append)
    try:
        service.check_status()
        qtbot.waitUntil(lambda: bool(statuses), timeout=5000)
        assert statuses[0].answered and statuses[0].paper_out and not statuses[0].cover_open
        printer.paper_out = False
        assert run(qtbot, service, results, service.open_drawer)[0] == "done"
        assert printer.writes[-2:] == [b"\x1b@", b"\x1bp\x00\x19\xfa"]
    finally:
        service.shutdown()


@pytest.mark.parametrize("page", ["roll", "a4"])
def test_the_same_slip_as_pdf(tmp_path, family, page: str) -> None:
    path = tmp_path / f"slip-{page}.pdf"
    write_pdf(slip(), path, page=page)
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 5000


def test_any_other_usb_failure_says_which_device_and_what_happened(qtbot, family) -> None:
    printer = FakePrinter(answers_status=False)
    printer.pipe_error = True
    printer, service, results = make(qtbot, printer)
    try:
        outcome = run(qtbot, service, results, lambda: service.print_slip("S-9", slip()))
        assert outcome[:3] == ("failed", "S-9", "usb.io")
        assert "0416:5011" in outcome[3] and "Pipe error" in outcome[3]
        printer.pipe_error = False  # nothing was accepted (it failed on ESC @): the same id may print
        assert run(qtbot, service, results, lambda: service.print_slip("S-9", slip()))[0] == "done"
    finally:
        service.shutdown()


def test_an_unknown_system_printer_is_a_message_not_a_traceback(family) -> None:
    from core.errors import DomainError
    from desktop.printing.pages import print_on_system_printer

    with pytest.raises(DomainError) as info:
        print_on_system_printer(slip(), "No Such Printer 42")
    assert info.value.code == "printer.system_failed"
    assert "No Such Printer 42" in error_text(info.value.code, info.value.params)


def test_printed_job_ids_survive_a_restart_of_the_app(qtbot, family, tmp_path) -> None:
    journal = tmp_path / "printed-jobs.txt"
    printer = FakePrinter()
    backend = FakeUsbBackend([printer])

    def service() -> tuple[PrintService, list]:
        s = PrintService(lambda: UsbPrinter(0x0416, 0x5011, backend=backend), journal_path=journal)
        got: list = []
        s.done.connect(lambda job, now: got.append(("done", job, now)))
        s.failed.connect(lambda job, code, message: got.append(("failed", job, code)))
        return s, got

    first, got = service()
    assert run(qtbot, first, got, lambda: first.print_slip("R-1", slip())) == ("done", "R-1", True)
    printer.timeout_on_write = {len(printer.writes) + 2: True}  # R-2's second band: taken, answer lost
    assert run(qtbot, first, got, lambda: first.print_slip("R-2", slip()))[:3] == (
        "failed",
        "R-2",
        "printer.timeout_partial",
    )
    first.shutdown()
    sent = len(printer.writes)

    second, got = service()  # the app started again
    try:
        assert run(qtbot, second, got, lambda: second.print_slip("R-1", slip())) == ("done", "R-1", False)
        assert run(qtbot, second, got, lambda: second.print_slip("R-2", slip()))[:3] == (
            "failed",
            "R-2",
            "printer.interrupted",
        )
        assert len(printer.writes) == sent  # neither was sent again
        assert run(qtbot, second, got, lambda: second.print_slip("R-3", slip())) == ("done", "R-3", True)
    finally:
        second.shutdown()


def test_pdf_and_system_printer_jobs_answer_through_the_same_signals(qtbot, family, tmp_path) -> None:
    _printer, service, results = make(qtbot)
    try:
        path = tmp_path / "a4.pdf"
        assert run(qtbot, service, results, lambda: service.save_pdf("F-1", slip(), path, page="a4")) == (
            "done",
            "F-1",
            True,
        )
        assert path.read_bytes().startswith(b"%PDF")
        outcome = run(
            qtbot, service, results, lambda: service.print_on_system("F-2", slip(), "No Such Printer")
        )
        assert outcome[:3] == ("failed", "F-2", "printer.system_failed")
    finally:
        service.shutdown()


def test_print_slip_returns_while_the_printer_is_still_busy(qtbot, family) -> None:
    import threading

    printer, service, results = make(qtbot)
    printer.gate = threading.Event()  # the printer takes nothing until the test lets it
    try:
        service.print_slip("S-10", slip())  # returns at once: the GUI thread never waits on USB
        assert results == [] and printer.received == bytearray() and service.pending == 1
        printer.gate.set()
        qtbot.waitUntil(lambda: bool(results), timeout=10_000)
        assert results == [("done", "S-10", True)]
    finally:
        printer.gate.set()
        service.shutdown()
