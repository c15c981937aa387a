"""``main.py --self-test``: run from source in a subprocess as a support call or a build would run it, and
each check shown to catch the breakage it is there for (a missing glyph, a missing platform plugin,
keyring without its backends, a frozen app without libusb)."""

from __future__ import annotations

import importlib.metadata
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import selftest

ROOT = Path(__file__).resolve().parents[2]


def run_self_test(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        # The user's settings and data stay out of it (and it out of them).
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "share"),
        **env,
    }
    return subprocess.run(
        [sys.executable, "main.py", "--self-test"],
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
        timeout=110,
        check=False,
    )


def lines_by_check(stdout: str) -> dict[str, str]:
    """{check name: its whole line} for the '<status> <name>: <detail>' lines."""
    found = {}
    for line in stdout.splitlines():
        status, _, rest = line.partition(" ")
        if status in {"ok", "WARN", "FAIL", "skip"}:
            found[rest.strip().split(":")[0]] = line
    return found


def test_self_test_from_source_passes_one_line_per_check(tmp_path: Path) -> None:
    result = run_self_test(tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    checks = lines_by_check(result.stdout)
    assert list(checks) == ["qt platform", "slip", "chart", "libusb", "keyring", "database", "roster solver"]
    for name in ("qt platform", "slip", "chart", "database", "roster solver"):
        assert checks[name].startswith("ok "), checks[name]
    assert "no missing glyph" in checks["slip"]
    assert "FigureCanvasQTAgg" in checks["chart"]
    assert "keyring.backends." in checks["keyring"]  # the backend is named, usable or not
    assert checks["libusb"].startswith(("ok ", "WARN ")) and "libusb" in checks["libusb"]
    assert "self-test passed" in result.stdout.splitlines()[-1]
    assert not (tmp_path / "share").exists(), "the self-test wrote into the user's data folder"


def test_a_platform_plugin_that_cannot_load_is_reported_not_an_abort(tmp_path: Path) -> None:
    result = run_self_test(tmp_path, QT_QPA_PLATFORM="nosuchplatform")
    assert result.returncode == 1
    checks = lines_by_check(result.stdout)
    assert checks["qt platform"].startswith("FAIL ") and "nosuchplatform" in checks["qt platform"]
    assert checks["slip"].startswith("skip ") and checks["chart"].startswith("skip ")
    assert checks["database"].startswith("ok ")  # the other checks still ran and said so
    assert result.stdout.splitlines()[-1] == "self-test FAILED: qt platform"


def test_a_character_missing_from_the_bundled_font_fails_the_slip_check(qapp, monkeypatch) -> None:
    from desktop.i18n import register_fonts

    family = register_fonts(qapp)
    assert selftest.run_check("slip", lambda: selftest.check_slip(family)).status == selftest.OK
    monkeypatch.setattr(selftest, "SLIP_STORE", "澳門 한국 분점")  # Hangul is not in the subset font
    check = selftest.run_check("slip", lambda: selftest.check_slip(family))
    assert check.status == selftest.FAIL
    assert "한" in check.detail and "澳" not in check.detail


def test_keyring_without_its_backends_fails_as_a_frozen_app_without_them_would(monkeypatch) -> None:
    monkeypatch.setattr(importlib.metadata, "entry_points", lambda **_kw: [])
    check = selftest.run_check("keyring", selftest.check_keyring)
    assert check.status == selftest.FAIL
    assert selftest.PLATFORM_BACKEND in check.detail


def test_libusb_missing_is_explained_from_source_and_a_failure_when_frozen(monkeypatch) -> None:
    import usb.backend.libusb1

    monkeypatch.setattr(usb.backend.libusb1, "get_backend", lambda *a, **kw: None)
    from_source = selftest.run_check("libusb", selftest.check_libusb)
    assert from_source.status == selftest.WARN and "apt-get install libusb-1.0-0" in from_source.detail
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    frozen = selftest.run_check("libusb", selftest.check_libusb)
    assert frozen.status == selftest.FAIL and "bundled" in frozen.detail


@pytest.mark.parametrize("ink", [0, 255])
def test_a_blank_or_black_raster_is_not_counted_as_a_slip(qapp, ink: int) -> None:
    from PySide6.QtGui import QColor, QImage

    image = QImage(576, 200, QImage.Format.Format_RGB32)
    image.fill(QColor(ink, ink, ink))
    assert selftest.dark_pixels(image) == (576 * 200 if ink == 0 else 0)


def test_the_roster_solver_is_skipped_in_the_counter_edition_and_a_failure_in_the_managers(
    monkeypatch,
) -> None:
    from core import cpsat

    monkeypatch.setattr(cpsat, "available", lambda: False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(selftest, "edition", lambda: "counter")
    counter = selftest.run_check("roster solver", selftest.check_roster_solver)
    assert counter.status == selftest.SKIP and "counter edition" in counter.detail
    monkeypatch.setattr(selftest, "edition", lambda: "manager")
    manager = selftest.run_check("roster solver", selftest.check_roster_solver)
    assert manager.status == selftest.FAIL and "OR-Tools" in manager.detail
