"""Rebuild NotoSansCJKhk-Regular.otf: the HK face of Noto Sans CJK (Debian's fonts-noto-cjk),
subset to what a Macau shop shows: Latin with Portuguese accents, punctuation and symbols, CJK
punctuation, kana punctuation, all CJK Unified Ideographs, every Big5-HKSCS character, full-width forms.

    apt-get download fonts-noto-cjk && dpkg-deb -x fonts-noto-cjk_*.deb x
    python resources/fonts/subset_font.py x/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection

HK_FACE = 4  # index of "Noto Sans CJK HK" in the collection
RANGES = [
    (0x20, 0x7E), (0xA0, 0x24F), (0x2000, 0x206F), (0x20A0, 0x20CF), (0x2100, 0x218F), (0x2190, 0x21FF),
    (0x2460, 0x24FF), (0x2500, 0x25FF), (0x2600, 0x26FF), (0x3000, 0x303F), (0x3040, 0x30FF), (0x3100, 0x312F),
    (0x3200, 0x33FF), (0x4E00, 0x9FFF), (0xFE30, 0xFE4F), (0xFF00, 0xFFEF),
]  # fmt: skip


def wanted(available: set[int]) -> set[int]:
    keep = {cp for a, b in RANGES for cp in range(a, b + 1)}
    for cp in [*range(0x3400, 0x4DC0), *range(0x20000, 0x2FA20)]:
        try:
            chr(cp).encode("big5hkscs")
        except UnicodeEncodeError:
            continue
        keep.add(cp)
    return keep & available


def main(src: str, out: str = str(Path(__file__).with_name("NotoSansCJKhk-Regular.otf"))) -> None:
    font = TTCollection(src).fonts[HK_FACE]
    options = subset.Options()
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.hinting = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=wanted(set(font.getBestCmap())))
    subsetter.subset(font)
    font.save(out)


if __name__ == "__main__":
    main(*sys.argv[1:])
