"""The front door: before Qt starts, check that the Qt platform plugin the app will use can load.

Without its system libraries Qt's xcb plugin aborts the process (a core dump and a message about
"xcb-cursor0" that names one library of nine). Here the app says, in one paragraph, which Debian /
Ubuntu packages are missing and the command that installs them, and exits with FRONT_DOOR_EXIT.
Nothing here imports Qt's GUI modules: they are what may fail to load. ``python -m desktop.frontdoor
--missing-packages`` prints the packages alone (``make run`` installs them when it runs as root).
"""

from __future__ import annotations

import argparse
import ctypes
import importlib.util
import logging
import os
import re
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

try:
    from PySide6.QtCore import QT_TRANSLATE_NOOP
except ImportError:  # QtCore itself cannot load: the texts stay English

    def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # Qt's name: lupdate looks for it
        return text


FRONT_DOOR_EXIT = 3

# What Qt's GUI module needs from the system, whatever the platform plugin (soname, Debian package).
_GUI = (
    ("libglib-2.0.so.0", "libglib2.0-0"),
    ("libEGL.so.1", "libegl1"),
    ("libGL.so.1", "libgl1"),
    ("libfontconfig.so.1", "libfontconfig1"),
    ("libfreetype.so.6", "libfreetype6"),
    ("libX11.so.6", "libx11-6"),
    ("libxcb.so.1", "libxcb1"),
    ("libxkbcommon.so.0", "libxkbcommon0"),
    ("libdbus-1.so.3", "libdbus-1-3"),
)
# The xcb plugin's own (Qt 6.5+): a stock Ubuntu desktop lacks libxcb-cursor0, minimal ones more.
_XCB = (
    ("libX11-xcb.so.1", "libx11-xcb1"),
    ("libxcb-cursor.so.0", "libxcb-cursor0"),
    ("libxcb-icccm.so.4", "libxcb-icccm4"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ("libxcb-image.so.0", "libxcb-image0"),
    ("libxcb-render-util.so.0", "libxcb-render-util0"),
    ("libxcb-randr.so.0", "libxcb-randr0"),
    ("libxcb-shape.so.0", "libxcb-shape0"),
    ("libxcb-xkb.so.1", "libxcb-xkb1"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
    ("libxcb-render.so.0", "libxcb-render0"),
    ("libxcb-shm.so.0", "libxcb-shm0"),
    ("libxcb-sync.so.1", "libxcb-sync1"),
    ("libxcb-xfixes.so.0", "libxcb-xfixes0"),
    ("libxcb-util.so.1", "libxcb-util1"),
)
PLATFORM_LIBRARIES: dict[str, tuple[tuple[str, str], ...]] = {
    "xcb": _GUI + _XCB,
    "offscreen": _GUI,
    "minimal": _GUI,
}
_PACKAGE_OF = dict(_GUI + _XCB)


@dataclass(frozen=True)
class Problem:
    """Why Qt's platform plugin would not start: missing libraries (and their packages), or no display."""

    platform: str
    libraries: tuple[str, ...] = ()
    packages: tuple[str, ...] = ()
    no_display: bool = False


def platform_plugin(env: Mapping[str, str], system: str = sys.platform) -> str | None:
    """The platform plugin Qt will try first on this system, or None where this check does not apply
    (Windows and macOS ship theirs inside the app; Wayland sessions fall back to xcb by themselves)."""
    if not system.startswith("linux"):
        return None
    wanted = env.get("QT_QPA_PLATFORM", "").strip()
    if wanted:
        if ";" in wanted:  # a list of fallbacks: Qt tries the next one itself
            return None
        return wanted.split(":", 1)[0] or None
    if env.get("XDG_SESSION_TYPE") == "wayland" and env.get("WAYLAND_DISPLAY"):
        return None
    return "xcb"


def debian_package(soname: str) -> str:
    """The Debian package that ships a library: known ones from the table, others by Debian's naming
    rule (libfoo-bar.so.1 -> libfoo-bar1; a name ending in a digit gets a hyphen: libfoo2.so.0 -> libfoo2-0)."""
    if soname in _PACKAGE_OF:
        return _PACKAGE_OF[soname]
    match = re.fullmatch(r"(.+?)\.so\.(\d+)(?:\..*)?", soname)
    if not match:
        return soname
    name, version = match.group(1).lower(), match.group(2)
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"


def diagnose(
    env: Mapping[str, str],
    present: Callable[[str], bool],
    plugin_error: Callable[[str], str | None] = lambda _platform: None,
    system: str = sys.platform,
) -> Problem | None:
    """What stops Qt's platform plugin from starting, or None when it can start.

    ``present(soname)`` says whether a library loads; ``plugin_error(platform)`` loads the plugin file
    itself and returns the loader's error (it names a library the table does not know)."""
    platform = platform_plugin(env, system)
    if platform is None or platform not in PLATFORM_LIBRARIES:
        return None
    # The plugin first: where it loads, the libraries it links are loaded too and pass below by
    # name, also when they come from an app bundle rather than the system.
    error = plugin_error(platform)
    missing = [(so, pkg) for so, pkg in PLATFORM_LIBRARIES[platform] if not present(so)]
    if not missing:
        found = re.search(r"([\w.+-]+\.so(?:\.\d+)*): cannot open shared object", error or "")
        if found:
            missing = [(found.group(1), debian_package(found.group(1)))]
    if missing:
        packages = tuple(dict.fromkeys(pkg for _so, pkg in missing))
        return Problem(platform, tuple(so for so, _pkg in missing), packages)
    if platform == "xcb" and not env.get("DISPLAY"):
        return Problem(platform, no_display=True)
    return None


def install_command(problem: Problem) -> str:
    return "sudo apt-get install " + " ".join(problem.packages)


# Source texts (English), translated through Qt's .qm files when QtCore can load (see _translate).
_MISSING = QT_TRANSLATE_NOOP(
    "FrontDoor",
    "Store Manager cannot open its window: Qt's “{platform}” display plugin needs system libraries "
    "that this computer does not have ({libraries}). On Debian or Ubuntu, install them with the "
    "command below, then start Store Manager again (make run installs them by itself when run as "
    "root); on other Linux systems, install the packages that provide these libraries.",
)
_NO_DISPLAY = QT_TRANSLATE_NOOP(
    "FrontDoor",
    "Store Manager cannot open its window: there is no display here (DISPLAY is not set). Start it "
    "from the desktop session, or, for a screenshot without a screen, set QT_QPA_PLATFORM=offscreen.",
)


def message(problem: Problem, translate: Callable[[str], str] = lambda text: text) -> str:
    """The one paragraph the user reads (and, on its own line, the command to run)."""
    if problem.no_display:
        return translate(_NO_DISPLAY)
    text = translate(_MISSING).format(platform=problem.platform, libraries=", ".join(problem.libraries))
    return f"{text}\n\n    {install_command(problem)}\n"


def can_load(soname: str) -> bool:
    """Whether the dynamic loader finds and loads a library, exactly as it will for Qt."""
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def plugin_file(platform: str) -> Path | None:
    """The platform plugin inside the PySide6 package (source run or PyInstaller bundle)."""
    bases: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        bases.append(Path(bundle) / "PySide6")
    spec = importlib.util.find_spec("PySide6")  # finds the package without importing it
    if spec is not None and spec.submodule_search_locations:
        bases += [Path(p) for p in spec.submodule_search_locations]
    for base in bases:
        path = base / "Qt" / "plugins" / "platforms" / f"libq{platform}.so"
        if path.exists():
            return path
    return None


def load_plugin(platform: str) -> str | None:
    """The loader's error for the platform plugin file, or None when it loads (or is not found)."""
    path = plugin_file(platform)
    if path is None:
        return None
    try:
        ctypes.CDLL(str(path))
    except OSError as exc:
        return str(exc)
    return None


def _translate(lang: str | None) -> Callable[[str], str]:
    """Qt's translation of the front door's texts, without a QApplication (QtCore only)."""
    try:
        from PySide6.QtCore import QTranslator

        from desktop.paths import resource
    except ImportError:  # QtCore itself cannot load: English it is
        return lambda text: text
    translator = QTranslator()
    if not lang or not translator.load(str(resource("translations", f"store_manager_{lang}.qm"))):
        return lambda text: text
    return lambda text: translator.translate("FrontDoor", text) or text


def requested_language(argv: list[str]) -> str | None:
    """--lang from the command line, else the language saved in Settings, else the system's."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    try:
        from PySide6.QtCore import QCoreApplication, QLocale, QSettings
    except ImportError:
        return None
    QCoreApplication.setOrganizationName("StoreManager")
    QCoreApplication.setApplicationName("StoreManager")
    saved = QSettings().value("ui/language")
    if isinstance(saved, str) and saved:
        return saved
    name = QLocale.system().name()
    if name.startswith("zh"):
        return "zh_Hant"
    return "pt" if name.startswith("pt") else "en"


def check(
    argv: list[str],
    env: Mapping[str, str] | None = None,
    present: Callable[[str], bool] = can_load,
    plugin_error: Callable[[str], str | None] = load_plugin,
    out: TextIO | None = None,
) -> int | None:
    """Run by main.py before Qt starts: None when Qt can start, else the exit code after printing
    (and logging) why not."""
    if "-h" in argv or "--help" in argv:
        return None
    problem = diagnose(os.environ if env is None else env, present, plugin_error)
    if problem is None:
        return None
    text = message(problem, _translate(requested_language(argv)))
    logging.getLogger(__name__).info("Qt cannot start: %s", problem)  # the user reads the text
    print(text, file=out or sys.stderr)
    return FRONT_DOOR_EXIT


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop.frontdoor", description=__doc__)
    parser.add_argument(
        "--missing-packages", action="store_true", help="print only the missing Debian packages"
    )
    args = parser.parse_args(argv)
    problem = diagnose(os.environ, can_load, load_plugin)
    if args.missing_packages:
        if problem is not None and problem.packages:
            print(" ".join(problem.packages))
        return 0
    if problem is None:
        print("ok")
        return 0
    print(message(problem), file=sys.stderr)
    return FRONT_DOOR_EXIT


if __name__ == "__main__":
    raise SystemExit(main())
