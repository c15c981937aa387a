"""ESC/POS raster: a QPainter slip -> 1-bit -> GS v 0 bands -> the recorder's strict decoder -> same pixels."""

from __future__ import annotations

import dataclasses
import math

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

from desktop.printing.escpos import (
    DRAWER_KICK,
    PAPER_58MM_PX,
    PAPER_80MM_PX,
    REALTIME_OFF,
    EscPosError,
    RasterJob,
    decode_raster,
    encode_raster,
    parse_raster,
    raster_job,
    to_mono,
)

RASTER_HEADER = bytes([0x1D, 0x76, 0x30, 0x00])
CUT = bytes([0x1D, 0x56])


def draw_slip(width: int = PAPER_80MM_PX, height: int = 300) -> QImage:
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        font = QFont()
        font.setPixelSize(32)
        painter.setFont(font)
        painter.setPen(QColor("black"))
        painter.drawText(QRect(10, 10, width - 20, 60), Qt.AlignmentFlag.AlignLeft, "收據 Recibo Receipt 123")
        painter.fillRect(QRect(20, 90, width // 3, 80), QColor("black"))
        painter.setPen(QPen(QColor("black"), 3))
        painter.drawLine(QPoint(0, height - 1), QPoint(width - 1, 80))
    finally:
        painter.end()
    return image


def pixels(image: QImage) -> list[list[bool]]:
    """True where the dot is black, read through Qt's own colour lookup (independent of the encoder)."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB32)
    return [
        [QColor(rgb.pixel(x, y)).lightness() < 128 for x in range(rgb.width())] for y in range(rgb.height())
    ]


def black_count(image: QImage) -> int:
    return sum(sum(row) for row in pixels(image))


def test_to_mono_is_one_bit_white_paper_and_byte_wide(qapp) -> None:
    mono = to_mono(draw_slip(), PAPER_80MM_PX)
    assert mono.format() == QImage.Format.Format_Mono
    assert (mono.width(), mono.height()) == (576, 300)
    assert mono.pixelColor(575, 0) == QColor("white")
    assert mono.pixelColor(30, 100) == QColor("black")  # inside the filled rectangle
    assert black_count(mono) > 1000


def test_to_mono_scales_wide_images_keeping_aspect_and_pads_narrow_ones(qapp) -> None:
    wide = to_mono(draw_slip(1152, 600), PAPER_58MM_PX)
    assert (wide.width(), wide.height()) == (384, 200)

    narrow_src = QImage(101, 20, QImage.Format.Format_ARGB32)
    narrow_src.fill(Qt.GlobalColor.transparent)  # transparent becomes white paper
    narrow = to_mono(narrow_src, PAPER_80MM_PX)
    assert (narrow.width(), narrow.height()) == (104, 20)
    assert black_count(narrow) == 0


def test_round_trip_is_pixel_exact(qapp) -> None:
    mono = to_mono(draw_slip(), PAPER_80MM_PX)
    data = encode_raster(mono)
    decoded = decode_raster(data)
    assert decoded.format() == QImage.Format.Format_Mono
    assert decoded.size() == mono.size()
    assert decoded.convertToFormat(QImage.Format.Format_RGB32) == mono.convertToFormat(
        QImage.Format.Format_RGB32
    )
    assert pixels(decoded) == pixels(mono)
    # bit 1 = black dot in the decoded image's colour table too
    assert QColor(decoded.color(1)) == QColor("black")
    assert QColor(decoded.color(0)) == QColor("white")


def test_band_headers(qapp) -> None:
    mono = to_mono(draw_slip(height=300), PAPER_80MM_PX)
    data = encode_raster(mono)
    assert data.startswith(bytes([0x1B, 0x40]))
    assert data.count(RASTER_HEADER) == math.ceil(300 / 128) == 3
    first = data.index(RASTER_HEADER)
    assert data[first + 4 : first + 8] == bytes([72, 0, 128, 0])
    last = data.rindex(RASTER_HEADER)
    assert data[last + 4 : last + 8] == bytes([72, 0, 300 - 256, 0])
    # The cut feeds the last line past the cutter: no extra feed before it (it wasted ~17 mm a slip).
    assert data[last + 8 + 72 * 44 :] == bytes([0x1D, 0x56, 0x42, 0x00])
    assert parse_raster(data).bands == 3


def test_band_height_is_configurable_and_little_endian(qapp) -> None:
    mono = to_mono(draw_slip(height=300), PAPER_80MM_PX)
    data = encode_raster(mono, band_height=300)
    assert data.count(RASTER_HEADER) == 1
    i = data.index(RASTER_HEADER)
    assert data[i + 6 : i + 8] == bytes([300 & 0xFF, 300 >> 8])
    assert decode_raster(data) == decode_raster(encode_raster(mono))


def test_58mm_paper_has_48_bytes_per_row(qapp) -> None:
    mono = to_mono(draw_slip(PAPER_58MM_PX, 130), PAPER_58MM_PX)
    data = encode_raster(mono)
    i = data.index(RASTER_HEADER)
    assert data[i + 4 : i + 6] == bytes([48, 0])
    assert data.count(RASTER_HEADER) == 2
    assert pixels(decode_raster(data)) == pixels(mono)


def test_cut_and_drawer_kick_only_when_asked(qapp) -> None:
    mono = to_mono(draw_slip(height=40), PAPER_80MM_PX)
    plain = encode_raster(mono)
    assert plain.endswith(bytes([0x1D, 0x56, 0x42, 0x00]))
    assert DRAWER_KICK not in plain

    no_cut = encode_raster(mono, cut=False)
    assert CUT not in no_cut
    assert parse_raster(no_cut).cuts == 0

    kicked = encode_raster(mono, kick_drawer=True)
    assert bytes([0x1B, 0x70, 0x00, 0x19, 0xFA]) in kicked
    parsed = parse_raster(kicked)
    assert (parsed.cuts, parsed.drawer_kicks, parsed.feed_lines) == (1, 1, 0)
    assert parse_raster(no_cut).feed_lines == 4  # no cutter: fed to the tear bar


def test_job_id_is_carried_not_printed(qapp) -> None:
    mono = to_mono(draw_slip(height=60), PAPER_80MM_PX)
    assert encode_raster(mono, job_id="sale-42") == encode_raster(mono)
    assert encode_raster(mono) == encode_raster(mono)  # deterministic

    job = raster_job(mono, job_id="sale-42", copy=True)
    assert isinstance(job, RasterJob)
    assert (job.job_id, job.copy) == ("sale-42", True)
    assert job.data == encode_raster(mono)
    assert b"sale-42" not in job.data
    with pytest.raises(dataclasses.FrozenInstanceError):
        job.copy = False  # type: ignore[misc]
    assert raster_job(mono, job_id="sale-42").copy is False


def test_all_white_round_trips(qapp) -> None:
    blank = QImage(PAPER_80MM_PX, 200, QImage.Format.Format_RGB32)
    blank.fill(QColor("white"))
    mono = to_mono(blank, PAPER_80MM_PX)
    data = encode_raster(mono)
    decoded = decode_raster(data)
    assert decoded.size() == mono.size()
    assert black_count(decoded) == 0
    assert pixels(decoded) == pixels(mono)


@pytest.mark.parametrize("cut_at", [1, 3, 6, 10, 200])
def test_truncated_stream_raises(qapp, cut_at: int) -> None:
    data = encode_raster(to_mono(draw_slip(height=20), PAPER_80MM_PX), cut=False)
    with pytest.raises(EscPosError) as excinfo:
        decode_raster(data[:cut_at])
    assert excinfo.value.code == "escpos.truncated"


def test_truncated_trailing_commands_raise(qapp) -> None:
    data = encode_raster(to_mono(draw_slip(height=20), PAPER_80MM_PX), kick_drawer=True)
    with pytest.raises(EscPosError) as excinfo:
        decode_raster(data[:-2])
    assert excinfo.value.code == "escpos.truncated"


@pytest.mark.parametrize(
    "tail",
    [
        b"Hello",  # text mode is never accepted
        bytes([0x1B, 0x21, 0x00]),  # ESC ! (print mode)
        bytes([0x1D, 0x28, 0x6B]),  # GS ( k (QR in printer firmware)
        bytes([0x1D, 0x76, 0x31]),  # GS v 1 is not a raster command
    ],
)
def test_unknown_command_raises(qapp, tail: bytes) -> None:
    data = encode_raster(to_mono(draw_slip(height=20), PAPER_80MM_PX))
    with pytest.raises(EscPosError) as excinfo:
        decode_raster(data + tail)
    assert excinfo.value.code == "escpos.unknown_command"


def test_other_strictness_codes(qapp) -> None:
    with pytest.raises(EscPosError) as excinfo:
        decode_raster(b"")
    assert excinfo.value.code == "escpos.empty"

    header = bytes([0x1B, 0x40])
    double_size = header + bytes([0x1D, 0x76, 0x30, 0x03, 1, 0, 1, 0, 0xFF])
    with pytest.raises(EscPosError) as excinfo:
        decode_raster(double_size)
    assert excinfo.value.code == "escpos.unsupported_mode"

    mismatch = header + bytes([0x1D, 0x76, 0x30, 0, 1, 0, 1, 0, 0xFF, 0x1D, 0x76, 0x30, 0, 2, 0, 1, 0, 0, 0])
    with pytest.raises(EscPosError) as excinfo:
        decode_raster(mismatch)
    assert excinfo.value.code == "escpos.band_width_mismatch"

    with pytest.raises(EscPosError) as excinfo:
        decode_raster(bytes([0x1D, 0x56, 0x42, 0x00]))
    assert excinfo.value.code == "escpos.missing_init"


def test_decoded_bits_are_msb_first_black_is_one(qapp) -> None:
    data = bytes([0x1B, 0x40, 0x1D, 0x76, 0x30, 0, 1, 0, 2, 0, 0b1000_0001, 0b0100_0000])
    image = decode_raster(data)
    assert (image.width(), image.height()) == (8, 2)
    assert pixels(image) == [
        [True, False, False, False, False, False, False, True],
        [False, True, False, False, False, False, False, False],
    ]
    assert encode_raster(image, cut=False, feed_lines=0) == data[:2] + REALTIME_OFF + data[2:]


def test_encode_accepts_any_mono_colour_table(qapp) -> None:
    mono = to_mono(draw_slip(height=50), PAPER_80MM_PX)
    flipped = mono.copy()
    flipped.invertPixels()
    flipped.setColorTable([0xFF000000, 0xFFFFFFFF])  # same picture, bit 1 = white
    assert pixels(flipped) == pixels(mono)
    assert encode_raster(flipped) == encode_raster(mono)

    with pytest.raises(ValueError):
        encode_raster(mono.convertToFormat(QImage.Format.Format_RGB32))
