"""ESC/POS raster encoding for thermal receipt printers.

A slip is laid out with ``QPainter`` into an image; :func:`to_mono` turns it into a 1-bit image at the
paper width (576 px for 80 mm, 384 px for 58 mm) and :func:`encode_raster` turns that into ``GS v 0``
raster bands. ESC/POS text mode is never used: Chinese would not survive it.

:func:`decode_raster` is the strict inverse used by the recorder printer (the fake device behind the
printer interface): it accepts exactly the commands :func:`encode_raster` emits and rebuilds the image.

No USB and no I/O here: bytes in, bytes out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter, QTransform

__all__ = [
    "DEFAULT_BAND_HEIGHT",
    "FEED_LINES",
    "PAPER_58MM_PX",
    "PAPER_80MM_PX",
    "REALTIME_OFF",
    "DecodedRaster",
    "EscPosError",
    "PrinterStatus",
    "RasterJob",
    "decode_raster",
    "encode_raster",
    "parse_raster",
    "parse_status",
    "raster_chunks",
    "raster_job",
    "to_mono",
]

PAPER_80MM_PX = 576
PAPER_58MM_PX = 384
DEFAULT_BAND_HEIGHT = 128
# Lines fed before the cut. ``GS V 66 0`` already feeds the last printed dot line past the cutter, so
# a cut job feeds nothing more (ESC d 4 wasted ~17 mm per slip); a job with no cut feeds to the tear bar.
FEED_LINES = 0
FEED_LINES_NO_CUT = 4

ESC = 0x1B
GS = 0x1D

INIT = bytes([ESC, 0x40])  # ESC @
RASTER = bytes([GS, 0x76, 0x30])  # GS v 0
FEED = bytes([ESC, 0x64])  # ESC d n
PARTIAL_CUT = bytes([GS, 0x56, 0x42, 0x00])  # GS V 66 0: feed to the cutter, partial cut
DRAWER_KICK = bytes([ESC, 0x70, 0x00, 0x19, 0xFA])  # ESC p 0 25 250: pin 2, 50 ms on, 500 ms off
# GS ( D, function 20: switch off the real-time commands DLE DC4 1 (pulse the drawer) and DLE DC4 2
# (power off) for this job, so image bytes that happen to spell them cannot act. It follows ESC @.
REALTIME_OFF = bytes([GS, 0x28, 0x44, 0x05, 0x00, 0x14, 0x01, 0x00, 0x02, 0x00])

_WHITE = 0xFFFFFFFF
_BLACK = 0xFF000000
_MAX_RASTER_HEIGHT = 0xFFFF


class EscPosError(ValueError):
    """A byte stream the strict parser refuses; ``code`` is stable (``escpos.truncated``, ...)."""

    def __init__(self, code: str, detail: str = "", offset: int | None = None) -> None:
        self.code = code
        self.detail = detail
        self.offset = offset
        where = f" at byte {offset}" if offset is not None else ""
        super().__init__(f"{code}{where}: {detail}" if detail else f"{code}{where}")


@dataclass(frozen=True)
class RasterJob:
    """Encoded bytes for one print, with the id that ties it to a sale; ``copy`` marks a deliberate reprint."""

    job_id: str
    data: bytes
    copy: bool = False


@dataclass(frozen=True)
class DecodedRaster:
    """Everything the strict parser saw: the reassembled image and the non-printing commands."""

    image: QImage
    bands: int
    feed_lines: int
    cuts: int
    drawer_kicks: int


# --------------------------------------------------------------------------- image -> 1-bit


def _normalise_mono(mono: QImage) -> QImage:
    """Make sure index 0 is white and index 1 is black, so that a set bit is a black dot."""
    table = [c & 0xFFFFFFFF for c in mono.colorTable()]
    if table == [_WHITE, _BLACK]:
        return mono
    if table == [_BLACK, _WHITE]:
        fixed = mono.copy()
        fixed.invertPixels()
        fixed.setColorTable([_WHITE, _BLACK])
        return fixed
    # Any other table: re-threshold through grey, which yields a known table.
    grey = mono.convertToFormat(QImage.Format.Format_Grayscale8)
    return _threshold(grey)


def _threshold(grey: QImage) -> QImage:
    flags = Qt.ImageConversionFlag.MonoOnly | Qt.ImageConversionFlag.ThresholdDither
    mono = grey.convertToFormat(QImage.Format.Format_Mono, flags)
    table = [c & 0xFFFFFFFF for c in mono.colorTable()]
    if table == [_WHITE, _BLACK]:
        return mono
    if table == [_BLACK, _WHITE]:
        mono.invertPixels()
        mono.setColorTable([_WHITE, _BLACK])
        return mono
    raise EscPosError("escpos.bad_image", f"unexpected colour table {table!r}")  # pragma: no cover


def to_mono(image: QImage, width_px: int = PAPER_80MM_PX) -> QImage:
    """A 1-bit (``Format_Mono``) copy of ``image`` for paper ``width_px`` dots wide.

    Wider images are scaled down keeping the aspect ratio; narrower ones keep their size. Transparent
    areas become white paper; grey is cut at a plain threshold (no dithering, so text stays crisp). The
    width is padded with white to a multiple of 8 so each row is whole bytes. Index 0 is white and
    index 1 is black, so a set bit is a black dot.
    """
    if image.isNull():
        raise ValueError("to_mono: null image")
    if width_px <= 0:
        raise ValueError(f"to_mono: paper width must be positive, got {width_px}")

    src = image
    if src.width() > width_px:
        src = src.scaledToWidth(width_px, Qt.TransformationMode.SmoothTransformation)

    width = (src.width() + 7) // 8 * 8
    height = src.height()
    canvas = QImage(width, height, QImage.Format.Format_RGB32)
    canvas.fill(_WHITE)
    painter = QPainter(canvas)
    try:
        painter.setTransform(QTransform())
        painter.drawImage(0, 0, src)
    finally:
        painter.end()

    grey = canvas.convertToFormat(QImage.Format.Format_Grayscale8)
    mono = _threshold(grey)
    # What prints is exactly this image: its bytes never spell a real-time command (see _defuse).
    width_bytes, rows = _row_bytes(mono)
    raw = b"".join(rows)
    safe = _defuse(raw)
    if safe == raw:
        return mono
    return _image_from_rows(
        width_bytes, [safe[y * width_bytes : (y + 1) * width_bytes] for y in range(height)]
    )


def _row_bytes(mono: QImage) -> tuple[int, list[bytes]]:
    """Bytes per row (no Qt padding) and each row's packed bits, MSB first, 1 = black."""
    if mono.format() != QImage.Format.Format_Mono:
        raise ValueError("encode_raster: expects a Format_Mono image (use to_mono)")
    mono = _normalise_mono(mono)
    width_bytes = (mono.width() + 7) // 8
    bpl = mono.bytesPerLine()
    raw = bytes(mono.constBits())
    rows = [raw[y * bpl : y * bpl + width_bytes] for y in range(mono.height())]
    spare = width_bytes * 8 - mono.width()
    if spare:  # bits past the image width are undefined in a QImage: make them white (0)
        keep = (0xFF << spare) & 0xFF
        rows = [row[:-1] + bytes([row[-1] & keep]) for row in rows]
    return width_bytes, rows


# Real-time commands a printer obeys even inside image data: DLE EOT n (status), DLE ENQ n, DLE DC4 n.
_REALTIME_DLE = re.compile(rb"\x10(?=[\x04\x05\x14])")


def _defuse(data: bytes) -> bytes:
    """``data`` with every ``DLE`` that starts a real-time command turned into ``0x18``.

    ``0x10`` is a single dot; ``0x18`` is that dot and its right-hand neighbour, so the slip loses no
    mark (a dot gains a twin, 0.125 mm) and the printer never sees ``DLE EOT``/``DLE ENQ``/``DLE DC4``
    in the raster (``GS ( D`` cannot switch off ``DLE EOT``, and a real printer answers it mid-image).
    """
    return _REALTIME_DLE.sub(b"\x18", data)


# --------------------------------------------------------------------------- encode


def raster_chunks(
    mono: QImage,
    *,
    band_height: int = DEFAULT_BAND_HEIGHT,
    cut: bool = True,
    kick_drawer: bool = False,
    feed_lines: int | None = None,
) -> list[bytes]:
    """The bytes of :func:`encode_raster` split where a transport may stop between writes.

    ``[ESC @ GS ( D, band 1, band 2, ..., tail]``: each ``GS v 0`` band (header and data) is one chunk,
    so a transport that writes chunk by chunk knows exactly which whole bands the printer accepted.
    The tail (feed, cut, drawer kick) is one chunk, absent when empty. ``feed_lines`` defaults to
    nothing before a cut (the cut feeds past the cutter) and to the tear bar without one.
    """
    if feed_lines is None:
        feed_lines = FEED_LINES if cut else FEED_LINES_NO_CUT
    if not 1 <= band_height <= _MAX_RASTER_HEIGHT:
        raise ValueError(f"encode_raster: band_height must be 1..{_MAX_RASTER_HEIGHT}, got {band_height}")
    if not 0 <= feed_lines <= 255:
        raise ValueError(f"encode_raster: feed_lines must be 0..255, got {feed_lines}")
    width_bytes, rows = _row_bytes(mono)
    if width_bytes > 0xFFFF:
        raise ValueError("encode_raster: image too wide")

    chunks = [INIT + REALTIME_OFF]
    if width_bytes:
        for start in range(0, len(rows), band_height):
            band = rows[start : start + band_height]
            header = RASTER + bytes(
                [0, width_bytes & 0xFF, width_bytes >> 8, len(band) & 0xFF, len(band) >> 8]
            )
            chunks.append(header + _defuse(b"".join(band)))
    tail = bytearray()
    if feed_lines:
        tail += FEED + bytes([feed_lines])
    if cut:
        tail += PARTIAL_CUT
    if kick_drawer:
        tail += DRAWER_KICK
    if tail:
        chunks.append(bytes(tail))
    return chunks


def encode_raster(
    mono: QImage,
    *,
    band_height: int = DEFAULT_BAND_HEIGHT,
    cut: bool = True,
    kick_drawer: bool = False,
    job_id: str | None = None,
    feed_lines: int | None = None,
) -> bytes:
    """ESC/POS bytes printing ``mono`` as ``GS v 0`` raster bands of at most ``band_height`` rows.

    ``ESC @``; ``GS ( D`` (real-time commands off); one ``GS v 0`` per band; ``ESC d feed_lines`` (none
    before a cut by default); ``GS V 66 0`` if ``cut``; ``ESC p 0 25 250``
    if ``kick_drawer``. ``job_id`` prints nothing and does not change the bytes (they stay
    deterministic); use :func:`raster_job` to carry it alongside.
    """
    del job_id  # carried by RasterJob, never printed
    chunks = raster_chunks(
        mono, band_height=band_height, cut=cut, kick_drawer=kick_drawer, feed_lines=feed_lines
    )
    return b"".join(chunks)


def raster_job(
    mono: QImage,
    *,
    job_id: str,
    copy: bool = False,
    band_height: int = DEFAULT_BAND_HEIGHT,
    cut: bool = True,
    kick_drawer: bool = False,
) -> RasterJob:
    """Encode ``mono`` and pair the bytes with ``job_id`` (and the reprint flag), which are not printed."""
    if not job_id:
        raise ValueError("raster_job: job_id is required")
    data = encode_raster(mono, band_height=band_height, cut=cut, kick_drawer=kick_drawer, job_id=job_id)
    return RasterJob(job_id=job_id, data=data, copy=copy)


# --------------------------------------------------------------------------- decode

_CUT_MODES_NO_ARG = frozenset({0, 1, 48, 49})
_CUT_MODES_WITH_ARG = frozenset({65, 66})
_DRAWER_PINS = frozenset({0, 1, 48, 49})


def parse_raster(data: bytes) -> DecodedRaster:
    """Strictly walk ``data``; only ``ESC @``, ``GS ( D`` (function 20), ``GS v 0`` (m=0), ``ESC d``,
    ``GS V`` and ``ESC p`` pass.

    Raises :class:`EscPosError` (``escpos.truncated``, ``escpos.unknown_command``,
    ``escpos.unsupported_mode``, ``escpos.band_width_mismatch``, ``escpos.missing_init``, ``escpos.empty``) on anything else.
    """
    data = bytes(data)
    n = len(data)
    if n == 0:
        raise EscPosError("escpos.empty", "no bytes")

    def need(pos: int, count: int, what: str) -> None:
        if pos + count > n:
            raise EscPosError("escpos.truncated", f"{what} needs {count} bytes, {n - pos} left", pos)

    i = 0
    width_bytes: int | None = None
    rows: list[bytes] = []
    bands = feed = cuts = kicks = 0
    seen_init = False
    while i < n:
        start = i
        b = data[i]
        if b not in (ESC, GS):
            raise EscPosError("escpos.unknown_command", f"byte 0x{b:02X} outside a command", start)
        need(i, 2, "command")
        cmd = data[i + 1]
        if b == ESC and cmd == 0x40:  # ESC @
            seen_init = True
            i += 2
        elif b == ESC and cmd == 0x64:  # ESC d n
            need(i, 3, "ESC d")
            feed += data[i + 2]
            i += 3
        elif b == ESC and cmd == 0x70:  # ESC p m t1 t2
            need(i, 5, "ESC p")
            if data[i + 2] not in _DRAWER_PINS:
                raise EscPosError("escpos.unsupported_mode", f"ESC p pin {data[i + 2]}", start)
            kicks += 1
            i += 5
        elif b == GS and cmd == 0x28:  # GS ( D pL pH m [a b]...: only function 20 (real-time commands)
            need(i, 3, "GS (")
            if data[i + 2] != 0x44:
                raise EscPosError("escpos.unknown_command", f"GS ( 0x{data[i + 2]:02X}", start)
            need(i, 5, "GS ( D")
            size = data[i + 3] | data[i + 4] << 8
            need(i, 5 + size, "GS ( D")
            if size < 3 or size % 2 == 0 or data[i + 5] != 0x14:
                raise EscPosError("escpos.unsupported_mode", "GS ( D other than function 20", start)
            i += 5 + size
        elif b == GS and cmd == 0x56:  # GS V m [n]
            need(i, 3, "GS V")
            mode = data[i + 2]
            if mode in _CUT_MODES_NO_ARG:
                i += 3
            elif mode in _CUT_MODES_WITH_ARG:
                need(i, 4, "GS V")
                i += 4
            else:
                raise EscPosError("escpos.unsupported_mode", f"GS V mode {mode}", start)
            cuts += 1
        elif b == GS and cmd == 0x76:  # GS v 0 m xL xH yL yH d1...dk
            need(i, 3, "GS v")
            if data[i + 2] != 0x30:
                raise EscPosError("escpos.unknown_command", f"GS v 0x{data[i + 2]:02X}", start)
            need(i, 8, "GS v 0 header")
            mode = data[i + 3]
            if mode != 0:
                raise EscPosError("escpos.unsupported_mode", f"GS v 0 m={mode} (only normal size)", start)
            x = data[i + 4] | data[i + 5] << 8
            y = data[i + 6] | data[i + 7] << 8
            if x == 0 or y == 0:
                raise EscPosError("escpos.empty", f"GS v 0 band of {x} bytes x {y} rows", start)
            if width_bytes is None:
                width_bytes = x
            elif x != width_bytes:
                raise EscPosError(
                    "escpos.band_width_mismatch", f"band of {x} bytes after {width_bytes}", start
                )
            i += 8
            need(i, x * y, "GS v 0 data")
            rows.extend(data[i + r * x : i + (r + 1) * x] for r in range(y))
            i += x * y
            bands += 1
        else:
            prefix = "ESC" if b == ESC else "GS"
            raise EscPosError("escpos.unknown_command", f"{prefix} 0x{cmd:02X}", start)
        if not seen_init:
            raise EscPosError("escpos.missing_init", "stream must start with ESC @", start)

    image = QImage() if width_bytes is None else _image_from_rows(width_bytes, rows)
    return DecodedRaster(image=image, bands=bands, feed_lines=feed, cuts=cuts, drawer_kicks=kicks)


def _image_from_rows(width_bytes: int, rows: list[bytes]) -> QImage:
    bpl = (width_bytes + 3) // 4 * 4  # QImage scanlines are 32-bit aligned
    pad = bytes(bpl - width_bytes)
    buf = b"".join(row + pad for row in rows)
    view = QImage(buf, width_bytes * 8, len(rows), bpl, QImage.Format.Format_Mono)
    view.setColorTable([_WHITE, _BLACK])
    return view.copy()  # detach from ``buf``


def decode_raster(data: bytes) -> QImage:
    """The image printed by ``data`` as one ``Format_Mono`` QImage (index 1 = black); strict, see parse_raster."""
    return parse_raster(data).image


# --------------------------------------------------------------------------- real-time status (DLE EOT)

DLE = 0x10
EOT = 0x04
STATUS_PRINTER = bytes([DLE, EOT, 1])  # bit 3: offline
STATUS_OFFLINE_CAUSE = bytes([DLE, EOT, 2])  # bit 2: cover open, bit 5: stopped at paper end, bit 6: error
STATUS_PAPER = bytes([DLE, EOT, 4])  # bits 2-3: paper near end, bits 5-6: paper end


@dataclass(frozen=True)
class PrinterStatus:
    """What ``DLE EOT`` told us; ``answered`` is False for printers that never reply (status unknown)."""

    answered: bool = False
    offline: bool = False
    cover_open: bool = False
    paper_out: bool = False
    paper_low: bool = False
    error: bool = False

    @property
    def ready(self) -> bool:
        return not (self.offline or self.cover_open or self.paper_out or self.error)


def _status_byte(value: int | None) -> int | None:
    # Every DLE EOT reply has bit 1 and bit 4 set and bits 0 and 7 clear; anything else is not a reply.
    if value is None or value & 0x93 != 0x12:
        return None
    return value


def parse_status(printer: int | None, offline_cause: int | None, paper: int | None) -> PrinterStatus:
    """Combine the replies to ``DLE EOT 1``, ``2`` and ``4`` (``None`` where nothing came back)."""
    printer, offline_cause, paper = _status_byte(printer), _status_byte(offline_cause), _status_byte(paper)
    if printer is None:
        return PrinterStatus()
    cause = offline_cause or 0
    roll = paper or 0
    return PrinterStatus(
        answered=True,
        offline=bool(printer & 0x08),
        cover_open=bool(cause & 0x04),
        paper_out=bool(cause & 0x20) or bool(roll & 0x60),
        paper_low=bool(roll & 0x0C),
        error=bool(cause & 0x40),
    )
