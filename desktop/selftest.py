"""``main.py --self-test`` (and ``StoreManager --self-test`` on the frozen app): is this installation whole?

One line per check, then a summary; exit 0 when nothing failed, 1 otherwise. The checks are what a
frozen build loses first: the Qt platform plugin and its system libraries, the bundled CJK font and the
compiled translations (a Chinese slip with no missing glyph), matplotlib's Qt/Agg canvas, the libusb
library behind pyusb, the keyring backends, and the Alembic migrations (a database in a temp folder).

``WARN`` is for what this machine lacks rather than the app (no libusb installed when running from
source, no unlocked keyring on a headless machine): said with what to do, and not a failure. The output
is English on purpose: it is for support staff and build logs, read next to Qt's and Python's own.
Nothing here touches the user's data folder or settings.
"""

from __future__ import annotations

import ctypes
import importlib
import importlib.metadata
import os
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

OK, WARN, FAIL, SKIP = "ok", "WARN", "FAIL", "skip"

# A slip's own words in Chinese, Portuguese accents and digits: every character must be in the bundled
# font itself (no fallback font, which a counter PC may not have).
SLIP_STORE = "澳門新馬路分店"
SLIP_ADDRESS = "澳門新馬路 123 號地下"
SLIP_ITEMS = (("葡撻（六件裝）", 1, 6000), ("杏仁餅 · Bolacha de amêndoa", 2, 4500))
CHART_LABELS = ("葡撻", "杏仁餅", "蛋卷")
CHART_TITLE = "每日銷售 · Vendas diárias"


@dataclass(frozen=True)
class Check:
    name: str
    status: str
    detail: str


class CheckFailed(Exception):
    """A check's failure, with what is wrong in words."""


class CheckWarning(Exception):
    """Not this installation's fault: what this machine lacks, and what to do."""


class CheckSkipped(Exception):
    """Not part of this installation, by design: why."""


def edition() -> str:
    """ "counter" or "manager" for the installed app (installer/build.py writes it), "source" otherwise."""
    if not frozen():
        return "source"
    from desktop.paths import resource

    try:
        return resource("edition.txt").read_text(encoding="utf-8").strip() or "counter"
    except OSError:
        return "counter"


def frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


# --------------------------------------------------------------------------- Qt platform plugin


def platform_name() -> str:
    """The platform plugin Qt will pick: QT_QPA_PLATFORM's first entry, else this system's default."""
    wanted = os.environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if wanted:
        return wanted
    if sys.platform == "win32":
        return "windows"
    if sys.platform == "darwin":
        return "cocoa"
    if os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("DISPLAY"):
        return "wayland"
    return "xcb"


def plugin_file(name: str) -> Path:
    from PySide6.QtCore import QLibraryInfo

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    if sys.platform == "win32":
        return folder / f"q{name}.dll"
    return folder / (f"libq{name}.dylib" if sys.platform == "darwin" else f"libq{name}.so")


def check_platform_plugin() -> str:
    """Before any QApplication: Qt aborts the process when its plugin cannot load, so load it here first
    (ctypes names the missing library) and look for the display it will need."""
    name = platform_name()
    path = plugin_file(name)
    if not path.is_file():
        raise CheckFailed(f"Qt platform plugin '{name}' is not installed ({path} is missing)")
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(str(path))
        except OSError as exc:
            raise CheckFailed(f"Qt platform plugin '{name}' cannot load: {exc}") from exc
        if name == "xcb" and not os.environ.get("DISPLAY"):
            raise CheckFailed("no X display (DISPLAY is unset); run with QT_QPA_PLATFORM=offscreen to test")
        if name == "wayland" and not os.environ.get("WAYLAND_DISPLAY"):
            raise CheckFailed("no Wayland display (WAYLAND_DISPLAY is unset)")
    return f"'{name}' loads ({path.name})"


def start_qt() -> tuple[object, str]:
    """The QApplication and the bundled CJK family, registered as the app does it."""
    from PySide6.QtWidgets import QApplication

    from desktop.i18n import register_fonts

    app = QApplication.instance() or QApplication(sys.argv[:1])
    return app, register_fonts(app)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- slip


def dark_pixels(image: object) -> int:
    """How many pixels of ``image`` (a QImage) are darker than mid-grey."""
    from PySide6.QtGui import QImage

    assert isinstance(image, QImage)
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    data = bytes(grey.constBits())
    stride, width = grey.bytesPerLine(), grey.width()
    rows = b"".join(data[y * stride : y * stride + width] for y in range(grey.height()))
    return len(rows) - len(rows.translate(None, bytes(range(128))))


def missing_glyphs(family: str, text: str) -> tuple[str, list[str]]:
    """(the family Qt really uses for ``family``, the characters of ``text`` that font lacks)."""
    from PySide6.QtGui import QFont, QRawFont

    font = QFont(family)
    font.setPixelSize(24)
    raw = QRawFont.fromFont(font)
    # Glyph 0 is .notdef, the empty box. (QRawFont.supportsCharacter and QFontMetrics.inFontUcs4 both
    # answer wrongly for some characters of this CFF font, in either direction.)
    missing = sorted({ch for ch in text if not ch.isspace() and 0 in raw.glyphIndexesForString(ch)})
    return raw.familyName(), missing


def check_slip(family: str) -> str:
    from PySide6.QtCore import QTranslator

    from desktop.paths import resource
    from desktop.printing.slip import LABELS, TENDER_LABELS, ReceiptData, ReceiptLine, render_receipt, slip_tr

    catalogue = resource("translations", "store_manager_zh_Hant.qm")
    if not QTranslator().load(str(catalogue)):
        raise CheckFailed(f"the compiled Chinese translations are missing ({catalogue})")
    lines = tuple(ReceiptLine(name, qty, price) for name, qty, price in SLIP_ITEMS)
    total = sum(line.amount_avos for line in lines)
    data = ReceiptData(
        store_name=SLIP_STORE,
        store_address=SLIP_ADDRESS,
        receipt_no="MO-SELF-000001",
        occurred_at="2026-01-01 09:30",
        cashier="陳大文",
        lines=lines,
        total_avos=total,
        tenders=(("cash_mop", total + 500), ("change", 500)),
        lang="zh_Hant",
    )
    words = [SLIP_STORE, SLIP_ADDRESS, data.cashier, *(name for name, _q, _p in SLIP_ITEMS)]
    words += [slip_tr(source, "zh_Hant") for source in (*LABELS.values(), *TENDER_LABELS.values())]
    used, missing = missing_glyphs(family, "".join(words))
    if used != family:
        raise CheckFailed(f"the slip font '{family}' resolves to '{used}': the bundled font did not load")
    if missing:
        raise CheckFailed(f"'{family}' has no glyph for {' '.join(missing)}")
    image = render_receipt(data)
    dark = dark_pixels(image)
    # Text, rules and a barcode cover a few percent of a receipt; a blank or black slip is broken.
    share = dark / max(1, image.width() * image.height())
    if not 0.005 < share < 0.5:
        raise CheckFailed(f"the rendered slip is {share:.1%} dark ({image.width()}×{image.height()} px)")
    return f"Chinese receipt {image.width()}×{image.height()} px in '{family}', {share:.1%} ink, no missing glyph"


# --------------------------------------------------------------------------- chart


def check_chart(font_file: Path) -> str:
    from matplotlib import font_manager
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure

    font_manager.fontManager.addfont(str(font_file))
    cjk = font_manager.FontProperties(fname=str(font_file))
    figure = Figure(figsize=(4, 3), dpi=80)
    canvas = FigureCanvasQTAgg(figure)
    axes = figure.add_subplot()
    axes.bar(range(len(CHART_LABELS)), [3, 5, 2], color="#2b6cb0")
    axes.set_xticks(range(len(CHART_LABELS)), CHART_LABELS, fontproperties=cjk)
    axes.set_title(CHART_TITLE, fontproperties=cjk)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        canvas.draw()
    missing = [str(w.message) for w in caught if "missing from" in str(w.message)]
    if missing:
        raise CheckFailed(f"the chart lacks glyphs: {missing[0]}")
    width, height = canvas.get_width_height(physical=True)
    rgba = bytes(canvas.buffer_rgba())
    blue = sum(1 for i in range(0, len(rgba), 4 * 7) if rgba[i + 2] > 150 > rgba[i])
    if blue == 0:
        raise CheckFailed("the chart's bars were not drawn")
    import matplotlib

    return f"FigureCanvasQTAgg drew {width}×{height} px (matplotlib {matplotlib.__version__}, CJK labels)"


# --------------------------------------------------------------------------- USB


def check_libusb() -> str:
    import usb.backend.libusb1

    backend = usb.backend.libusb1.get_backend()
    if backend is None:
        if frozen():
            raise CheckFailed("the bundled libusb-1.0 library is missing: USB printers cannot be used")
        raise CheckWarning(
            "libusb-1.0 is not installed, so USB receipt printers and HID scanners cannot be used "
            "(keyboard-wedge scanners and system printers still work); install it: "
            "apt-get install libusb-1.0-0 (Debian/Ubuntu), dnf install libusb1 (Fedora), "
            "brew install libusb (macOS)"
        )
    lib = getattr(getattr(backend, "lib", None), "_name", "") or "libusb-1.0"
    return f"libusb1 backend found ({lib})"


# --------------------------------------------------------------------------- keyring

PLATFORM_BACKEND = {"win32": "Windows", "darwin": "macOS"}.get(sys.platform, "SecretService")


def check_keyring() -> str:
    import keyring

    from sync_client.credentials import REFUSED, backend_name

    entry_points = {ep.name: ep.value for ep in importlib.metadata.entry_points(group="keyring.backends")}
    if PLATFORM_BACKEND not in entry_points:
        raise CheckFailed(
            f"keyring does not know its {PLATFORM_BACKEND} backend (its package metadata is missing)"
        )
    module = importlib.import_module(entry_points[PLATFORM_BACKEND])
    chosen = backend_name(keyring.get_keyring())
    if chosen in REFUSED or "plaintext" in chosen.lower():
        try:
            module.Keyring.priority  # noqa: B018  (raises with the reason it is unusable here)
            reason = "it is available but was not chosen"
        except Exception as exc:  # each backend raises its own kind
            reason = str(exc) or type(exc).__name__
        raise CheckWarning(
            f"backend is {chosen}: this machine has no usable keyring ({PLATFORM_BACKEND}: {reason}); "
            "a counter PC needs one to keep its hub key (log in to a desktop session, unlock its keyring)"
        )
    return f"backend {chosen}"


# --------------------------------------------------------------------------- database


def check_database() -> str:
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from sqlalchemy import text

    from core.db import MIGRATIONS, open_sqlite

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    heads = set(ScriptDirectory.from_config(config).get_heads())
    with tempfile.TemporaryDirectory(prefix="store-manager-self-test-") as folder:
        started = time.monotonic()
        db = open_sqlite(Path(folder) / "self-test.sqlite3")
        try:
            with db.read() as session:
                at = {row[0] for row in session.execute(text("SELECT version_num FROM alembic_version"))}
                tables = session.execute(
                    text("SELECT count(*) FROM sqlite_master WHERE type = 'table'")
                ).scalar_one()
        finally:
            db.dispose()
        elapsed = time.monotonic() - started
    if not heads or at != heads:
        raise CheckFailed(f"migrated to {sorted(at)}, but the migrations' heads are {sorted(heads)}")
    return f"new SQLite database migrated to {', '.join(sorted(at))} ({tables} tables, {elapsed:.1f} s)"


# --------------------------------------------------------------------------- roster solver


def check_roster_solver() -> str:
    """OR-Tools loads (its native libraries; pandas, or the stand-in the installed app uses) and
    CP-SAT plans a small store's two days that the independent rule checker passes."""
    from datetime import date, timedelta

    from core import cpsat
    from core.shifts_rules import check_roster
    from core.shifts_solver import PlanRequest, plan, sample_chain

    if not cpsat.available():
        if edition() == "counter":
            raise CheckSkipped("not in the counter edition (rosters are auto-planned on managers' PCs)")
        raise CheckFailed("OR-Tools is missing: the roster cannot be auto-planned here")
    first = date.today()
    people, needs = sample_chain(1, 6, first, 2)
    started = time.monotonic()
    result = plan(PlanRequest(people, needs, first, 2, seconds_per_store=0.5))
    elapsed = time.monotonic() - started
    broken = check_roster(result.shifts, period=(first, first + timedelta(days=1)))
    if not result.shifts or broken or result.unmet:
        raise CheckFailed(
            f"{len(result.shifts)} shifts, {len(result.unmet)} unmet, {len(broken)} rules broken"
        )
    pandas = sys.modules.get("pandas")
    which = "the stand-in for pandas" if getattr(pandas, "__stand_in__", False) else "pandas"
    return f"CP-SAT planned {len(result.shifts)} shifts, no rule broken ({elapsed:.1f} s, {which})"


# --------------------------------------------------------------------------- runner


def run_check(name: str, check: Callable[[], str]) -> Check:
    try:
        return Check(name, OK, check())
    except CheckWarning as exc:
        return Check(name, WARN, str(exc))
    except CheckFailed as exc:
        return Check(name, FAIL, str(exc))
    except CheckSkipped as exc:
        return Check(name, SKIP, str(exc))
    except Exception as exc:  # an unexpected error is a failed check, named, never a traceback
        return Check(name, FAIL, f"{type(exc).__name__}: {exc}")


def run_checks(report: Callable[[Check], None]) -> list[Check]:
    from desktop.paths import resource

    results: list[Check] = []

    def add(check: Check) -> Check:
        results.append(check)
        report(check)
        return check

    qt = add(run_check("qt platform", check_platform_plugin))
    family = ""
    if qt.status == OK:
        try:
            _app, family = start_qt()
        except Exception as exc:
            add(Check("qt start", FAIL, f"{type(exc).__name__}: {exc}"))
    if family:
        add(run_check("slip", lambda: check_slip(family)))
        add(run_check("chart", lambda: check_chart(resource("fonts", "NotoSansCJKhk-Regular.otf"))))
    else:
        add(Check("slip", SKIP, "needs Qt"))
        add(Check("chart", SKIP, "needs Qt"))
    add(run_check("libusb", check_libusb))
    add(run_check("keyring", check_keyring))
    add(run_check("database", check_database))
    add(run_check("roster solver", check_roster_solver))
    return results


def run_self_test(out: TextIO | None = None) -> int:
    """Print one line per check and a summary; 0 when nothing failed, 1 otherwise."""
    if out is None:
        out = sys.stdout
    if out is None:  # a windowed Windows build has no console: write next to the user's data instead
        from desktop.paths import default_data_dir

        folder = default_data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        with (folder / "self-test.txt").open("w", encoding="utf-8") as file:
            return run_self_test(file)

    def report(check: Check) -> None:
        print(f"{check.status:<4} {check.name}: {check.detail}", file=out, flush=True)

    where = "frozen app" if frozen() else "from source"
    print(f"Store Manager self-test ({where}, Python {sys.version.split()[0]}, {sys.platform})", file=out)
    results = run_checks(report)
    failed = [c.name for c in results if c.status == FAIL]
    warned = [c.name for c in results if c.status == WARN]
    if failed:
        print(f"self-test FAILED: {', '.join(failed)}", file=out, flush=True)
        return 1
    extra = f" ({len(warned)} warning(s): {', '.join(warned)})" if warned else ""
    print(f"self-test passed{extra}", file=out, flush=True)
    return 0
