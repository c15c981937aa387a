"""Code 128 barcodes in pure Python: text -> bar/space widths, ready to draw with ``QPainter``.

Subset B carries printable ASCII (32-126); runs of digits long enough to save room switch to subset C
(two digits per symbol). :func:`code128_modules` returns the widths in modules, alternating bar,
space, bar, ..., from the start symbol through the check symbol to the stop pattern (which ends on a
bar). Quiet zones are the drawer's business.
"""

from __future__ import annotations

__all__ = [
    "CODE_B",
    "CODE_C",
    "PATTERNS",
    "START_A",
    "START_B",
    "START_C",
    "STOP",
    "code128_checksum",
    "code128_modules",
    "code128_values",
]

START_A = 103
START_B = 104
START_C = 105
CODE_C = 99  # in subset B: switch to C
CODE_B = 100  # in subset C: switch to B
STOP = 106

# Symbol value -> widths (bar, space, bar, space, bar, space); 106 is the stop pattern (7 widths).
PATTERNS: tuple[str, ...] = (
    "212222", "222122", "222221", "121223", "121322", "131222", "122213", "122312", "132212", "221213",
    "221312", "231212", "112232", "122132", "122231", "113222", "123122", "123221", "223211", "221132",
    "221231", "213212", "223112", "312131", "311222", "321122", "321221", "312212", "322112", "322211",
    "212123", "212321", "232121", "111323", "131123", "131321", "112313", "132113", "132311", "211313",
    "231113", "231311", "112133", "112331", "132131", "113123", "113321", "133121", "313121", "211331",
    "231131", "213113", "213311", "213131", "311123", "311321", "331121", "312113", "312311", "332111",
    "314111", "221411", "431111", "111224", "111422", "121124", "121421", "141122", "141221", "112214",
    "112412", "122114", "122411", "142112", "142211", "241211", "221114", "413111", "241112", "134111",
    "111242", "121142", "121241", "114212", "124112", "124211", "411212", "421112", "421211", "212141",
    "214121", "412121", "111143", "111341", "131141", "114113", "114311", "411113", "411311", "113141",
    "114131", "311141", "411131", "211412", "211214", "211232", "2331112",
)  # fmt: skip


def _check_text(text: str) -> None:
    if not text:
        raise ValueError("code128: empty text")
    for i, ch in enumerate(text):
        if not 32 <= ord(ch) <= 126:
            raise ValueError(f"code128: character {ch!r} at {i} is outside printable ASCII (32-126)")


def _digit_run(text: str, start: int) -> int:
    end = start
    while end < len(text) and text[end].isdigit():
        end += 1
    return end - start


def code128_values(text: str) -> list[int]:
    """Symbol values from the start code to the last data symbol (no check symbol, no stop).

    Subset B throughout, except: all-digit text of even length (>= 2) is set entirely in subset C, and a
    run of at least 4 digits (an even number of them) inside the text is set in C.
    """
    _check_text(text)
    n = len(text)
    if n >= 2 and n % 2 == 0 and text.isdigit():
        return [START_C, *(int(text[i : i + 2]) for i in range(0, n, 2))]
    values = [START_B]
    i = 0
    while i < n:
        run = _digit_run(text, i)
        if run >= 4:
            if run % 2:  # odd run: the first digit goes in B, the even rest in C
                values.append(ord(text[i]) - 32)
                i += 1
                run -= 1
            values.append(CODE_C)
            values.extend(int(text[j : j + 2]) for j in range(i, i + run, 2))
            i += run
            if i < n:
                values.append(CODE_B)
        else:
            values.append(ord(text[i]) - 32)
            i += 1
    return values


def code128_checksum(values: list[int]) -> int:
    """The mod-103 check value: the start value plus each data value times its position (1-based)."""
    return (values[0] + sum(pos * v for pos, v in enumerate(values[1:], start=1))) % 103


def code128_modules(text: str) -> list[int]:
    """Bar/space widths in modules for ``text``: start, data, check symbol, stop (bar first, bar last).

    Raises ``ValueError`` for empty text or any character outside ASCII 32-126.
    """
    values = code128_values(text)
    values.append(code128_checksum(values))
    values.append(STOP)
    return [int(w) for v in values for w in PATTERNS[v]]
