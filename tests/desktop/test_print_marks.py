"""What the printer receives keeps every mark of the layout and nothing a printer would obey by accident.

* every glyph leaves dots in the 1-bit image (a hyphen, an em dash, the middle stroke of 日), at 58 and
  80 mm, in the slip's small and body text;
* Code 128 prints with bars of at least 2 dots and decodes back to the text, at 58 and 80 mm;
* no stream holds ``DLE EOT``, ``DLE ENQ`` or ``DLE DC4`` (real-time commands a printer obeys even
  inside image data), and real-time commands are switched off for the job (``GS ( D``);
* a status byte the printer sent unasked never passes for the answer to the next status request.
"""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtGui import QImage

from desktop.devices.fake_usb import FakePrinter, FakeUsbBackend
from desktop.devices.usb_printer import UsbPrinter
from desktop.i18n import register_fonts
from desktop.printing.code128 import CODE_B, CODE_C, PATTERNS, START_B, START_C, STOP, code128_checksum
from desktop.printing.escpos import (
    DRAWER_KICK,
    INIT,
    PAPER_58MM_PX,
    PAPER_80MM_PX,
    REALTIME_OFF,
    decode_raster,
    encode_raster,
    parse_raster,
    raster_chunks,
    to_mono,
)
from desktop.printing.slip import (
    HandoverLine,
    HandoverSlipData,
    ReceiptData,
    ReceiptLine,
    render_handover_slip,
    render_receipt,
    render_scanner_sheet,
    render_test_page,
    stamp_copy,
)

WIDTHS = [PAPER_58MM_PX, PAPER_80MM_PX]
RECEIPT_NO = "MO-SEN-0001-0000458"


@pytest.fixture(scope="module", autouse=True)
def family(qapp) -> str:
    return register_fonts(qapp)


def receipt(lang: str = "zh_Hant", **changes) -> ReceiptData:
    lines = (ReceiptLine("茉莉花淡香水 Jasmim — 100 ml", 1, 68800), ReceiptLine("護手霜", 2, 4500))
    data = ReceiptData(
        store_name="澳門香氛店",
        store_address="澳門議事亭前地 12 號地下",
        receipt_no=RECEIPT_NO,
        occurred_at="2026-11-24 22:15",
        cashier="陳大文",
        lines=lines,
        total_avos=77800,
        tenders=(("cash_mop", 100000), ("change", 22200)),
        lang=lang,
    )
    return dataclasses.replace(data, **changes)


def printed(data: ReceiptData, width: int) -> QImage:
    """What the printer prints: the layout through 1-bit, the bytes, and the strict decoder."""
    return decode_raster(encode_raster(to_mono(render_receipt(data, width), width)))


def black_dots(image: QImage) -> int:
    mono = image.convertToFormat(QImage.Format.Format_Grayscale8)
    bpl, raw = mono.bytesPerLine(), bytes(mono.constBits())
    return sum(raw[y * bpl : y * bpl + mono.width()].count(0) for y in range(mono.height()))


# --------------------------------------------------------------------------- every mark survives


def slip_with(where: str, text: str) -> ReceiptData:
    """A slip whose only difference from another is ``text``, in small (cashier) or body (line) text."""
    if where == "cashier":
        return receipt(cashier=text)
    return receipt(lines=(ReceiptLine(text, 1, 100),), total_avos=100, tenders=())


def glyph_box(a: QImage, b: QImage) -> tuple[int, int, int, int]:
    """The box around every dot where two printed slips differ."""
    xs, ys = [], []
    for y in range(a.height()):
        for x in range(a.width()):
            if a.pixelIndex(x, y) != b.pixelIndex(x, y):
                xs.append(x)
                ys.append(y)
    assert xs, "the two slips print the same"
    return min(xs), min(ys), max(xs), max(ys)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("where", ["cashier", "line"])  # small text (as the receipt number) and body text
@pytest.mark.parametrize("mark", ["-", "—", "·", "日", "時間", "茉"])
def test_every_glyph_leaves_dots_on_paper(width: int, where: str, mark: str) -> None:
    with_mark = printed(slip_with(where, mark), width)
    blank = printed(slip_with(where, "\u3000" * len(mark)), width)
    assert with_mark.size() == blank.size()
    assert black_dots(with_mark) - black_dots(blank) >= 3 * len(mark), mark


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("where", ["cashier", "line"])
@pytest.mark.parametrize(("glyph", "strokes"), [("日", 3), ("目", 4), ("三", 3), ("=", 2)])
def test_thin_inner_strokes_keep_their_dots(width: int, where: str, glyph: str, strokes: int) -> None:
    """Down the middle of 日 the paper must show three strokes, not two (時間 must not read 時閊)."""
    image = printed(slip_with(where, glyph), width)
    x0, y0, x1, y1 = glyph_box(image, printed(slip_with(where, "\u3000"), width))
    middle = (x0 + x1) // 2
    column = [
        any(image.pixelIndex(x, y) == 1 for x in (middle - 1, middle, middle + 1)) for y in range(y0, y1 + 1)
    ]
    runs = sum(1 for i, dark in enumerate(column) if dark and (i == 0 or not column[i - 1]))
    assert runs == strokes, (glyph, runs)


@pytest.mark.parametrize("width", WIDTHS)
def test_the_receipt_numbers_hyphens_print(width: int) -> None:
    hyphens = printed(receipt(cashier=RECEIPT_NO), width)
    spaces = printed(receipt(cashier=RECEIPT_NO.replace("-", " ")), width)
    assert black_dots(hyphens) - black_dots(spaces) >= 3 * RECEIPT_NO.count("-")


# --------------------------------------------------------------------------- Code 128 on paper


def ink_groups(line: list[bool], quiet: int = 20) -> list[list[int]]:
    """Ink/paper run lengths of each group of ink on a line of dots, groups parted by ``quiet`` paper."""
    runs: list[tuple[bool, int]] = []
    for dark in line:
        if runs and runs[-1][0] == dark:
            runs[-1] = (dark, runs[-1][1] + 1)
        else:
            runs.append((dark, 1))
    groups: list[list[int]] = [[]]
    for dark, n in runs:
        if not dark and n >= quiet:
            groups.append([])
        elif groups[-1] or dark:
            groups[-1].append(n)
    return [g[:-1] if len(g) % 2 == 0 else g for g in groups if g]


def decode_code128(runs: list[int]) -> tuple[str, int]:
    """Decode bar/space runs (in dots) as Code 128: the text (check symbol verified) and the module size."""
    module = min(runs)
    assert all(r % module == 0 for r in runs), "bars are not whole modules"
    widths = "".join(str(r // module) for r in runs)
    assert widths.endswith(PATTERNS[STOP]), "no stop pattern"
    body = widths[: -len(PATTERNS[STOP])]
    assert len(body) % 6 == 0
    values = [PATTERNS.index(body[i : i + 6]) for i in range(0, len(body), 6)]
    *data, check = values
    assert code128_checksum(data) == check, "check symbol"
    subset = {START_B: "B", START_C: "C"}[data[0]]
    text = ""
    for v in data[1:]:
        if subset == "B" and v == CODE_C:
            subset = "C"
        elif subset == "C" and v == CODE_B:
            subset = "B"
        else:
            text += chr(v + 32) if subset == "B" else f"{v:02d}"
    return text, module


def read_printed_code128(image: QImage) -> tuple[str, int]:
    """Find the barcode in a printed slip across the paper or down it (a ladder) and decode it."""
    w, h = image.width(), image.height()
    ink = [[image.pixelIndex(x, y) == 1 for x in range(w)] for y in range(h)]
    candidates = [ink[y] for y in range(h)] + [[ink[y][x] for y in range(h)] for x in range(w)]
    for line in candidates:
        for runs in ink_groups(line):
            if len(runs) < 31:  # start, a symbol, check and stop at least
                continue
            try:
                return decode_code128(runs)
            except (AssertionError, ValueError, KeyError):
                continue
    raise AssertionError("no Code 128 found")


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("number", [RECEIPT_NO, "R0042"])
def test_the_printed_barcode_has_two_dot_bars_and_reads_as_the_receipt_number(
    width: int, number: str
) -> None:
    image = printed(receipt(receipt_no=number), width)
    text, module = read_printed_code128(image)
    assert text == number
    assert module >= 2


# --------------------------------------------------------------------------- real-time commands


def streams() -> dict[str, bytes]:
    """Every kind of job the app sends, at both paper widths."""
    out: dict[str, bytes] = {"drawer": INIT + DRAWER_KICK}
    handover = HandoverSlipData(
        "TR-MO-SEN-0007",
        "議事亭前地",
        "大堂街",
        "2026-11-24 10:00",
        "陳大文",
        (HandoverLine("PF-0041", "茉莉", 3),),
        "zh_Hant",
    )
    for width in WIDTHS:
        slips = {
            "receipt-zh": render_receipt(receipt(), width),
            "receipt-en": render_receipt(receipt("en"), width),
            "receipt-pt": render_receipt(receipt("pt"), width),
            "reprint": stamp_copy(render_receipt(receipt(), width)),
            "test-page": render_test_page("zh_Hant", width),
            "handover": render_handover_slip(handover, width),
            "scanner-sheet": render_scanner_sheet("pt", width),
        }
        for name, image in slips.items():
            chunks = raster_chunks(to_mono(image, width), kick_drawer=name.startswith("receipt"))
            out[f"{name}-{width}"] = b"".join(chunks)
    return out


def test_no_stream_carries_a_real_time_command_and_each_switches_them_off() -> None:
    for name, data in streams().items():
        for second, command in ((0x04, "DLE EOT"), (0x05, "DLE ENQ"), (0x14, "DLE DC4")):
            assert bytes([0x10, second]) not in data, f"{command} inside {name}"
        if name != "drawer":
            assert data.startswith(INIT + REALTIME_OFF), name
            assert parse_raster(data).bands > 0


def test_a_raster_that_spells_dle_eot_prints_without_it_and_keeps_its_dots() -> None:
    # Rows whose bytes are 0x10 0x04 0x03: a lone dot, then DLE EOT 3 for a printer reading them raw.
    row = bytes([0x10, 0x04, 0x03]) * 24
    raw = QImage(row * 8, 576, 8, 72, QImage.Format.Format_Mono)
    raw.setColorTable([0xFFFFFFFF, 0xFF000000])
    data = encode_raster(raw.copy())
    assert bytes([0x10, 0x04]) not in data
    printed_image = decode_raster(data)
    for y in range(8):
        for x in range(576):
            if raw.pixelIndex(x, y) == 1:
                assert printed_image.pixelIndex(x, y) == 1  # no dot lost (a lone dot may gain a twin)


def test_a_stray_status_byte_is_never_read_as_the_answer(qtbot) -> None:
    printer = FakePrinter()
    usb = UsbPrinter(printer.vendor_id, printer.product_id, backend=FakeUsbBackend([printer]))
    usb.open()
    try:
        printer.paper_out = True
        usb.write(bytes([0x10, 0x04, 0x01]))  # as if image bytes had spelled it: the printer answers
        printer.paper_out = False
        status = usb.status()
    finally:
        usb.close()
    assert status.answered and status.ready and not status.paper_out


# --------------------------------------------------------------------------- the store on the receipt


def test_a_counter_receipt_carries_the_stores_address_and_phone(qtbot, make_app) -> None:
    from PySide6.QtCore import Qt

    from core.demo_chain import DEMO_PINS, demo_products, demo_stores

    app = make_app("zh_Hant")
    printer = FakePrinter()
    backend = FakeUsbBackend([printer])
    service = app.ctx.printer
    service.configure(lambda: UsbPrinter(printer.vendor_id, printer.product_id, backend=backend), 576)
    counter = app.screen("counter")
    counter.sign_in_with(DEMO_PINS["cashier"])
    qtbot.waitUntil(lambda: counter.staff is not None, timeout=5000)
    counter.scan.setFocus()
    qtbot.keyClicks(counter.scan, demo_products()[0].barcodes[0])
    qtbot.keyClick(counter.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: counter.basket.rowCount() == 1, timeout=3000)
    with qtbot.waitSignal(service.done, timeout=10_000):
        qtbot.mouseClick(counter.tender.buttons["card"], Qt.MouseButton.LeftButton)
        if counter.tender.complete_btn.isEnabled():
            qtbot.mouseClick(counter.tender.complete_btn, Qt.MouseButton.LeftButton)
    senado = demo_stores()[0]
    data = counter.receipts.last
    assert data.store_address.splitlines() == [senado.address_zh, senado.address_pt]
    assert data.store_phone == senado.phone == "+853 2833 1207"
    # And it is on the paper: the slip printed is the one with them, taller than one without.
    on_paper = decode_raster(printer.take())
    bare = to_mono(render_receipt(dataclasses.replace(data, store_address="", store_phone=""), 576), 576)
    assert on_paper.height() == to_mono(render_receipt(data, 576), 576).height() > bare.height()
