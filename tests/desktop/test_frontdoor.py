"""The front door: a missing system library for Qt's platform plugin is one paragraph and an exit
code, never Qt's abort."""

from __future__ import annotations

import io
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.frontdoor import (
    FRONT_DOOR_EXIT,
    PLATFORM_LIBRARIES,
    can_load,
    check,
    debian_package,
    diagnose,
    load_plugin,
    plugin_file,
)

ROOT = Path(__file__).resolve().parents[2]
XCB_PACKAGES = (
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-image0",
    "libxcb-render-util0",
    "libxcb-randr0",
    "libxcb-shape0",
    "libxcb-xkb1",
    "libxkbcommon-x11-0",
)
# What a stock Ubuntu desktop has of them: everything but the nine (issue 18).
STOCK_DESKTOP = {so for so, pkg in PLATFORM_LIBRARIES["xcb"] if pkg not in XCB_PACKAGES}
DESKTOP_ENV = {"DISPLAY": ":0", "XDG_SESSION_TYPE": "x11"}


def test_a_desktop_without_the_xcb_libraries_gets_the_packages_and_the_command() -> None:
    out = io.StringIO()
    code = check(["--lang", "en"], DESKTOP_ENV, STOCK_DESKTOP.__contains__, lambda _p: None, out)
    assert code == FRONT_DOOR_EXIT != 0
    text = out.getvalue()
    assert "sudo apt-get install " + " ".join(XCB_PACKAGES) in text
    assert "libxcb-cursor.so.0" in text and "cannot open its window" in text
    assert text.strip().count("\n\n") == 1  # one paragraph, then the command on its own line


def test_only_what_is_missing_is_named() -> None:
    present = (STOCK_DESKTOP | {so for so, _ in PLATFORM_LIBRARIES["xcb"]}) - {"libxcb-cursor.so.0"}
    problem = diagnose(DESKTOP_ENV, present.__contains__, lambda _p: None)
    assert problem is not None and problem.packages == ("libxcb-cursor0",)


def test_the_message_is_translated() -> None:
    out = io.StringIO()
    assert check(["--lang=zh_Hant"], DESKTOP_ENV, lambda _so: False, lambda _p: None, out) == FRONT_DOOR_EXIT
    text = out.getvalue()
    assert "視窗" in text and "sudo apt-get install libglib2.0-0" in text
    out = io.StringIO()
    check(["--lang", "pt"], DESKTOP_ENV, lambda _so: False, lambda _p: None, out)
    assert "janela" in out.getvalue()


def test_a_library_the_table_does_not_know_is_named_from_the_loader_error() -> None:
    error = "libxcb-foo2.so.3: cannot open shared object file: No such file or directory"
    problem = diagnose(DESKTOP_ENV, lambda _so: True, lambda _p: error)
    assert problem is not None
    assert problem.libraries == ("libxcb-foo2.so.3",) and problem.packages == ("libxcb-foo2-3",)


def test_libraries_the_plugin_brings_along_count_as_present() -> None:
    """A frozen build ships the plugin with its linked libraries: loading it first loads them, so
    only a library Qt opens by name at run time (xcb-cursor) is still looked for on the system."""
    loaded: set[str] = set()
    bundled = {so for so, _pkg in PLATFORM_LIBRARIES["xcb"]} - {"libxcb-cursor.so.0"}

    def load_bundled_plugin(_platform: str) -> None:
        loaded.update(bundled)

    problem = diagnose(DESKTOP_ENV, lambda so: so in STOCK_DESKTOP or so in loaded, load_bundled_plugin)
    assert problem is not None and problem.packages == ("libxcb-cursor0",)


def test_debian_package_names() -> None:
    assert debian_package("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    assert debian_package("libglib-2.0.so.0") == "libglib2.0-0"
    assert debian_package("libxcb-util.so.1") == "libxcb-util1"
    assert debian_package("libwayland-client.so.0") == "libwayland-client0"


def test_no_display_is_said_plainly() -> None:
    out = io.StringIO()
    code = check(["--lang", "en"], {"QT_QPA_PLATFORM": "xcb"}, lambda _so: True, lambda _p: None, out)
    assert code == FRONT_DOOR_EXIT and "DISPLAY" in out.getvalue()


def test_where_the_check_does_not_apply() -> None:
    assert diagnose(DESKTOP_ENV, lambda _so: False, system="win32") is None
    assert diagnose({"QT_QPA_PLATFORM": "wayland;xcb"}, lambda _so: False) is None
    assert (
        diagnose({"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}, lambda _so: False) is None
    )


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux platform plugins")
def test_the_real_check_passes_offscreen() -> None:
    """The tests themselves run offscreen: its libraries are here, and the plugin file loads."""
    assert diagnose({"QT_QPA_PLATFORM": "offscreen"}, can_load, load_plugin) is None
    assert plugin_file("offscreen") is not None and load_plugin("offscreen") is None


@pytest.mark.skipif(shutil.which("ldd") is None or plugin_file("xcb") is None, reason="needs ldd")
def test_the_table_knows_every_library_the_xcb_plugin_lacks_here() -> None:
    """ldd on the real plugin: whatever it cannot find on this machine, the check names too."""
    out = subprocess.run(["ldd", str(plugin_file("xcb"))], capture_output=True, text=True, check=False).stdout
    not_found = {line.split()[0] for line in out.splitlines() if "not found" in line}
    known = {so for so, _pkg in PLATFORM_LIBRARIES["xcb"]}
    assert not_found <= known


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux platform plugins")
def test_main_without_a_usable_xcb_exits_with_a_message_not_an_abort(tmp_path: Path) -> None:
    """The real thing: main.py asked for xcb where it cannot start (libraries missing, or no
    display): a message and the front door's exit code, where Qt alone aborts (SIGABRT)."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env |= {"QT_QPA_PLATFORM": "xcb", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    args = ["--demo", "--data-dir", str(tmp_path), "--lang", "en"]
    done = subprocess.run(
        [sys.executable, "main.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode != -signal.SIGABRT
    assert done.returncode == FRONT_DOOR_EXIT, done.stderr
    assert "cannot open its window" in done.stderr
    assert "Qt cannot start" in (tmp_path / "logs" / "store-manager.log").read_text(encoding="utf-8")


XCB_READY = diagnose({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":0"}, can_load, load_plugin) is None


@pytest.mark.skipif(
    shutil.which("xvfb-run") is None or not XCB_READY,
    reason="needs xvfb-run and the xcb libraries (.ci/run installs them)",
)
def test_the_window_opens_on_a_real_x_display(tmp_path: Path) -> None:
    """Where the check passes, Qt's xcb plugin really starts: the demo's window on a virtual X server."""
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    shot = tmp_path / "stock.png"
    args = [
        "--demo",
        "--data-dir",
        str(tmp_path),
        "--lang",
        "en",
        "--screen",
        "stock",
        "--screenshot",
        str(shot),
    ]
    done = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1400x900x24", sys.executable, "main.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    assert shot.stat().st_size > 10_000
