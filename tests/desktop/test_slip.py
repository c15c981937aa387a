"""The receipt slip: wraps long names inside the paper, grows with its lines, carries a readable Code 128."""

from __future__ import annotations

import dataclasses
import functools

import pytest
from PySide6.QtGui import QImage

from desktop.i18n import register_fonts
from desktop.printing.code128 import (
    PATTERNS,
    START_A,
    START_B,
    START_C,
    code128_checksum,
    code128_modules,
    code128_values,
)
from desktop.printing.escpos import PAPER_58MM_PX, PAPER_80MM_PX, decode_raster, encode_raster, to_mono
from desktop.printing.slip import (
    SAMPLE_PT,
    SAMPLE_ZH,
    CouponData,
    HandoverLine,
    HandoverSlipData,
    ReceiptData,
    ReceiptLine,
    _Slip,
    copy_banner,
    label,
    render_coupon,
    render_handover_slip,
    render_receipt,
    render_scanner_sheet,
    render_test_page,
    stamp_copy,
)

LONG_ZH = "瑪莎之家茉莉雨淡香精 100毫升 限量禮盒裝"
LONG_PT = "Água-de-colónia de jasmim e açúcar mascavado, edição limitada Macau — caixa de oferta"
RECEIPT_NO = "MO01-20261124-0042"


@pytest.fixture(scope="module")
def family(qapp) -> str:
    return register_fonts(qapp)


def receipt(lang: str = "zh_Hant", **changes) -> ReceiptData:
    lines = (
        ReceiptLine(LONG_ZH, 1, 68800),
        ReceiptLine(LONG_PT, 2, 12350),
        ReceiptLine("護手霜 Creme de mãos", 3, 4500),
    )
    total = sum(line.qty * line.unit_price_avos for line in lines)
    data = ReceiptData(
        store_name={"zh_Hant": "澳門香氛店 議事亭前地", "pt": "Perfumaria do Largo do Senado"}.get(
            lang, "Macau Scents"
        ),
        store_address="澳門議事亭前地 12 號地下 / Largo do Senado n.º 12, r/c, Macau",
        receipt_no=RECEIPT_NO,
        occurred_at="2026-11-24 22:15",
        cashier="陳大文 / João",
        lines=lines,
        total_avos=total,
        tenders=(("cash", 150000), ("change", 150000 - total)),
        lang=lang,
    )
    return dataclasses.replace(data, **changes)


@functools.cache
def render(data: ReceiptData, width: int = PAPER_80MM_PX) -> QImage:
    """Each distinct slip is drawn once per session (PySide6 calls are not free on this interpreter)."""
    return render_receipt(data, width)


def is_white(image: QImage, x: int, y: int) -> bool:
    return image.pixel(x, y) & 0xFFFFFF == 0xFFFFFF


# --------------------------------------------------------------------------- Code 128


def test_patterns_are_well_formed() -> None:
    assert len(PATTERNS) == 107
    for value, pattern in enumerate(PATTERNS):
        widths = [int(c) for c in pattern]
        assert sum(widths) == (13 if value == 106 else 11), value
        assert sum(widths[0::2]) % 2 == 0, value  # bars always cover an even number of modules
    assert len(set(PATTERNS)) == 107


def test_pjj123c_matches_the_documented_checksum() -> None:
    values = code128_values("PJJ123C")
    assert values == [START_B, 48, 42, 42, 17, 18, 19, 35]
    # The textbook example is computed with Start A (103), where these characters have the same values.
    assert code128_checksum([START_A, *values[1:]]) == 54
    assert code128_checksum(values) == 55  # one more with Start B (104)
    modules = code128_modules("PJJ123C")
    assert modules[:6] == [2, 1, 1, 2, 1, 4]  # Start B
    assert modules[-13:-7] == [int(c) for c in PATTERNS[55]]
    assert modules[-7:] == [2, 3, 3, 1, 1, 1, 2]  # stop
    assert sum(modules) == 11 * 9 + 13


def test_digit_runs_use_subset_c() -> None:
    assert code128_values("123456") == [START_C, 12, 34, 56]
    assert code128_values("A12345B") == [START_B, 33, 17, 99, 23, 45, 100, 34]
    assert code128_values("A123") == [START_B, 33, 17, 18, 19]  # too short a run to switch
    assert sum(code128_modules("123456")) == 11 * 5 + 13


@pytest.mark.parametrize("text", ["", "收據", "tab\there", "del\x7f"])
def test_code128_refuses_non_ascii(text: str) -> None:
    with pytest.raises(ValueError):
        code128_modules(text)


# --------------------------------------------------------------------------- the slip


@pytest.mark.parametrize("width", [PAPER_80MM_PX, PAPER_58MM_PX])
@pytest.mark.parametrize("lang", ["zh_Hant", "pt", "en"])
def test_long_names_wrap_inside_the_paper(family: str, width: int, lang: str) -> None:
    image = render(receipt(lang), width)
    assert image.width() == width
    assert image.height() > 400
    for x in range(width - 4, width):
        assert all(is_white(image, x, y) for y in range(image.height())), f"ink in column {x}"
    for x in range(4):
        assert all(is_white(image, x, y) for y in range(image.height())), f"ink in column {x}"


def test_long_name_takes_more_than_one_line(family: str) -> None:
    short = render(receipt(lines=(ReceiptLine("香水", 1, 100),), total_avos=100), PAPER_58MM_PX)
    long = render(receipt(lines=(ReceiptLine(LONG_PT, 1, 100),), total_avos=100), PAPER_58MM_PX)
    assert long.height() > short.height()
    zh = render(receipt(lines=(ReceiptLine(LONG_ZH * 2, 1, 100),), total_avos=100), PAPER_58MM_PX)
    assert zh.height() > short.height()
    assert all(
        is_white(zh, x, y) for x in range(PAPER_58MM_PX - 4, PAPER_58MM_PX) for y in range(zh.height())
    )


def test_barcode_keeps_two_dot_modules_on_58mm(family: str) -> None:
    short_no = render(receipt(receipt_no="R0042"), PAPER_58MM_PX)
    assert read_barcode(short_no) == (code128_modules("R0042"), 2)
    # A number too long for 2-dot modules across 58 mm runs down the paper instead (never 1-dot bars;
    # read and decoded in test_print_marks.py).
    long_no = render(receipt(), PAPER_58MM_PX)
    with pytest.raises(AssertionError, match="no barcode found"):
        read_barcode(long_no)


def test_more_lines_make_a_taller_slip(family: str) -> None:
    data = receipt()
    more = dataclasses.replace(data, lines=data.lines + (ReceiptLine("潤唇膏", 1, 3900),) * 3)
    assert render(more).height() > render(data).height()


def test_copy_banner_changes_the_slip(family: str) -> None:
    original = render(receipt())
    copy = render(receipt(copy=True))
    assert copy != original
    assert copy.height() > original.height()
    assert copy_banner() == "COPY / 副本 / CÓPIA"


def test_total_digits_are_drawn(family: str) -> None:
    one = render(receipt(total_avos=123400))
    other = render(receipt(total_avos=987600))
    assert one.size() == other.size()
    assert one != other


def read_barcode(image: QImage) -> tuple[list[int], int]:
    """Scan up for a row that repeats 20 px higher with ink runs in whole modules: the bars.

    Returns the widths in modules (bar, space, ..., bar) and the module width in pixels; checks the
    quiet zones on that row.
    """

    def ink(y: int) -> list[bool]:
        return [not is_white(image, x, y) for x in range(image.width())]

    for y in range(image.height() - 1, 20, -1):
        row = ink(y)
        if not any(row) or any(ink(y - k) != row for k in (5, 10, 20)):
            continue  # bars are tall: the same row 20 px higher; text is not
        first = row.index(True)
        last = len(row) - 1 - row[::-1].index(True)
        runs: list[int] = []
        x = first
        while x <= last:
            start = x
            while x <= last and row[x] == row[start]:
                x += 1
            runs.append(x - start)
        if len(runs) < 31:  # text rows and rules; a barcode has at least start + check + stop
            continue
        module = min(runs)
        if any(r % module for r in runs):
            continue
        assert first >= 10 * module and image.width() - 1 - last >= 10 * module, "quiet zone"
        return [r // module for r in runs], module
    raise AssertionError("no barcode found")


@pytest.mark.parametrize("width", [PAPER_80MM_PX, PAPER_58MM_PX])
def test_barcode_decodes_back_to_the_receipt_number(family: str, width: int) -> None:
    number = RECEIPT_NO if width == PAPER_80MM_PX else "MO01-0042"  # a longer one turns on 58 mm
    image = render(receipt(receipt_no=number), width)
    modules, module_px = read_barcode(image)
    assert modules == code128_modules(number)
    assert module_px == 2
    # And through the printer path too.
    modules, _ = read_barcode(to_mono(image, width))
    assert modules == code128_modules(number)


@pytest.mark.parametrize("width", [PAPER_80MM_PX, PAPER_58MM_PX])
def test_raster_round_trip_is_pixel_exact(family: str, width: int) -> None:
    mono = to_mono(render(receipt(copy=True), width), width)
    decoded = decode_raster(encode_raster(mono))
    assert decoded.size() == mono.size()
    rgb = QImage.Format.Format_RGB32
    assert decoded.convertToFormat(rgb) == mono.convertToFormat(rgb)


def test_save_pngs_for_a_look(family: str) -> None:
    assert render(receipt("zh_Hant", copy=True), PAPER_80MM_PX).save("/tmp/slip-zh.png")
    assert render(receipt("pt"), PAPER_58MM_PX).save("/tmp/slip-pt.png")


def test_slip_labels_come_from_the_translations_in_the_slips_language(qapp, family: str) -> None:
    from desktop.i18n import Translations

    ui = Translations(qapp)
    ui.switch("en")  # the interface language does not decide the slip's
    assert [label("thanks", lang) for lang in ("zh_Hant", "en", "pt")] == [
        "多謝惠顧",
        "Thank you",
        "Obrigado",
    ]
    assert label("receipt_no", "pt") == "Recibo n.º"
    assert render(receipt("zh_Hant")) != render(receipt("pt", store_name="澳門香氛店 議事亭前地"))


def _dark(image: QImage, x: int, y: int) -> bool:
    return not is_white(image, x, y)


def test_qr_code_is_drawn_module_for_module(family: str) -> None:
    import segno

    slip = _Slip(PAPER_80MM_PX, family)
    slip.qr("MO01-20261124-0042")
    image = slip.render()
    matrix = segno.make("MO01-20261124-0042", error="m", micro=False).matrix
    dark = [(x, y) for y in range(image.height()) for x in range(image.width()) if _dark(image, x, y)]
    left, top = min(x for x, _ in dark), min(y for _, y in dark)
    side = max(x for x, _ in dark) - left + 1
    module = side // len(matrix)
    assert module * len(matrix) == side and module >= 2
    drawn = [
        [
            _dark(image, left + c * module + module // 2, top + r * module + module // 2)
            for c in range(len(matrix))
        ]
        for r in range(len(matrix))
    ]
    assert drawn == [[bool(v) for v in row] for row in matrix]
    assert left >= 4 * module and image.width() - (left + side) >= 4 * module  # quiet zone


def test_sale_id_adds_a_qr_code_under_the_barcode(family: str) -> None:
    assert (
        render(receipt(sale_id="0193f3a2-7c1e-7abc-9def-0123456789ab")).height() > render(receipt()).height()
    )


def test_stamp_copy_puts_the_banner_above_the_slip(family: str) -> None:
    original = render(receipt())
    stamped = stamp_copy(original)
    assert stamped.width() == original.width() and stamped.height() > original.height()
    offset = stamped.height() - original.height()
    assert stamped.copy(0, offset, original.width(), original.height()).convertToFormat(
        QImage.Format.Format_RGB32
    ) == original.convertToFormat(QImage.Format.Format_RGB32)
    assert not is_white(stamped, stamped.width() // 2, 20)  # the black banner


def test_the_test_page_prints_every_script_the_font_has(family: str) -> None:
    from PySide6.QtGui import QRawFont

    from desktop.paths import resource

    font = QRawFont(str(resource("fonts", "NotoSansCJKhk-Regular.otf")), 12)
    missing = {ch for ch in SAMPLE_ZH + SAMPLE_PT if not ch.isspace() and not font.supportsCharacter(ord(ch))}
    assert not missing
    for width in (PAPER_80MM_PX, PAPER_58MM_PX):
        page = render_test_page("zh_Hant", width, printer="0416:5011", when="2026-11-24 23:00")
        assert page.width() == width
        assert all(not is_white(page, x, page.height() - 30) for x in (0, width - 1))  # edge marks
        assert page.save(f"/tmp/test-page-{width}.png")
    assert render_scanner_sheet("pt", PAPER_80MM_PX).save("/tmp/scanner-sheet-pt.png")


def test_basket_discount_shows_subtotal_and_discount_and_tender_names_are_translated(family: str) -> None:
    plain = render(receipt("pt"))
    discounted = render(receipt("pt", discount_avos=5000))
    assert discounted.height() > plain.height()  # two more lines: subtotal and discount
    assert label("discount", "pt") == "Desconto" and label("subtotal", "zh_Hant") == "小計"
    from desktop.printing.slip import _tender_label

    assert [_tender_label(m, "zh_Hant") for m in ("cash_mop", "cash_hkd", "alipay", "wechat")] == [
        "現金（澳門元）",
        "現金（港元）",
        "支付寶",
        "微信支付",
    ]
    assert _tender_label("unknown-wallet", "en") == "unknown-wallet"


def handover(**changes) -> HandoverSlipData:
    data = HandoverSlipData(
        transfer_id="TR-MO01-0042",
        from_store="議事亭前地店",
        to_store="氹仔官也街店",
        occurred_at="2026-11-24 18:30",
        prepared_by="陳大文",
        lines=(HandoverLine("PF-0001", LONG_ZH, 2), HandoverLine("PF-0002", LONG_PT, 1)),
        lang="zh_Hant",
    )
    return dataclasses.replace(data, **changes)


def test_handover_slip_carries_the_transfer_id_as_code128_and_the_item_count(family: str) -> None:
    image = render_handover_slip(handover())
    modules, _ = read_barcode(image)
    assert modules == code128_modules("TR-MO01-0042")
    longer = render_handover_slip(handover(lines=(*handover().lines, HandoverLine("PF-0003", "潤唇膏", 5))))
    assert longer.height() > image.height()
    assert image.save("/tmp/handover-zh.png")


def test_coupon_draws_its_code_for_the_till_to_scan(family: str) -> None:
    coupon = CouponData(
        "澳門香氛店",
        "MOP 50",
        "滿 MOP 300 可用",
        "CPN-7Q2X-91",
        "2026-12-31",
        "zh_Hant",
        "每張收據限用一張。",
    )
    image = render_coupon(coupon, PAPER_58MM_PX)
    assert image.width() == PAPER_58MM_PX
    modules, _ = read_barcode(image)
    assert modules == code128_modules("CPN-7Q2X-91")
    assert image.save("/tmp/coupon-zh.png")
