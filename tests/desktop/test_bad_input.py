"""Bad input on the command line or in the app's files ends with one translated line and a non-zero
exit within seconds: never a traceback, never a hang. Each case is the real ``main.py`` in a process."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str | Path, timeout: float = 90) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "main.py", *map(str, args)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,  # a hang fails the test instead of stalling it
    )


def message_lines(result: subprocess.CompletedProcess[str]) -> list[str]:
    """What the user reads (the log's own lines about missing translation files aside)."""
    return [line for line in result.stderr.splitlines() if "WARNING desktop.i18n" not in line]


def demo_args(tmp_path: Path, db: Path, *extra: str) -> list[str | Path]:
    return ["--demo", "--db", db, "--data-dir", tmp_path / "data", "--screen", "settings", *extra]


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo chain's folder after one start, copied by each test that damages it."""
    root = tmp_path_factory.mktemp("demo")
    result = run(*demo_args(root, root / "chain" / "till.sqlite3", "--screenshot", str(root / "s.png")))
    assert result.returncode == 0, result.stderr
    return root / "chain"


def copy_of(demo_folder: Path, tmp_path: Path) -> Path:
    chain = tmp_path / "chain"
    shutil.copytree(demo_folder, chain)
    (chain / "marker.txt").write_text("mine", encoding="utf-8")
    return chain


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ["--log-level", "nonsense"],
            "Unknown log level nonsense. Use one of: DEBUG, INFO, WARNING, ERROR, CRITICAL.",
        ),
        (
            ["--screenshot", "/etc/hostname/x.png"],
            "Cannot write the screenshot /etc/hostname/x.png: its folder cannot be created or written to.",
        ),
        (
            ["--screenshot", "shot.gif"],
            "Cannot save a screenshot as shot.gif: use a name ending in one of png, jpg, jpeg, bmp.",
        ),
    ],
)
def test_bad_arguments_end_in_one_line_and_a_non_zero_exit(
    tmp_path: Path, args: list[str], expected: str
) -> None:
    result = run("--demo", "--data-dir", tmp_path, "--lang", "en", *args, timeout=30)
    assert result.returncode == 2
    assert message_lines(result) == [expected]


def test_the_log_level_message_is_translated(tmp_path: Path) -> None:
    result = run("--demo", "--data-dir", tmp_path, "--lang", "zh_Hant", "--log-level", "loud", timeout=30)
    assert result.returncode == 2
    assert message_lines(result) == [
        "不明的記錄等級 loud。請使用以下其中一個：DEBUG, INFO, WARNING, ERROR, CRITICAL。"
    ]


def test_a_jpg_screenshot_is_a_real_jpeg(tmp_path: Path) -> None:
    out = tmp_path / "counter.jpg"
    result = run(*demo_args(tmp_path, tmp_path / "chain" / "till.sqlite3", "--screenshot", str(out)))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:3] == b"\xff\xd8\xff"  # JPEG's start-of-image marker, not PNG's signature


def test_garbage_in_the_print_job_record_is_named_plainly(demo_folder: Path, tmp_path: Path) -> None:
    chain = copy_of(demo_folder, tmp_path)
    (chain / "printed-jobs.txt").write_bytes(b"\xff\xfe\x00garbage\x9c" * 200)
    result = run(
        *demo_args(tmp_path, chain / "till.sqlite3", "--lang", "en", "--screenshot", str(tmp_path / "s.png"))
    )
    assert result.returncode == 2
    lines = message_lines(result)
    assert lines == [
        f"The record of printed receipts {chain / 'printed-jobs.txt'} is damaged, so the app cannot tell which "
        "receipts have printed. Nothing was changed. Restore it from a backup, or move it away to start a new record."
    ]
    assert (chain / "printed-jobs.txt").read_bytes()[:3] == b"\xff\xfe\x00"  # left as it was


@pytest.mark.parametrize("damaged", ["till.sqlite3", "tills/MO-TAI.sqlite3", "hub.sqlite3"])
def test_a_damaged_demo_database_offers_to_start_the_demo_afresh(
    demo_folder: Path, tmp_path: Path, damaged: str
) -> None:
    chain = copy_of(demo_folder, tmp_path)
    for side in chain.glob(damaged + "-*"):
        side.unlink()
    (chain / damaged).write_bytes(b"\x00not a database" * 700)
    shot = str(tmp_path / "s.png")
    result = run(*demo_args(tmp_path, chain / "till.sqlite3", "--lang", "en", "--screenshot", shot))
    assert result.returncode == 2
    assert message_lines(result) == [
        f"The demo's database {chain / damaged} is damaged. Start the demo afresh "
        "(main.py --demo --reset-demo); that deletes only the files the demo made."
    ]
    # Starting afresh deletes the demo's own files, the damaged one among them, and nothing else.
    again = run(*demo_args(tmp_path, chain / "till.sqlite3", "--reset-demo", "--screenshot", shot))
    assert again.returncode == 0, again.stderr
    assert "Traceback" not in again.stderr
    assert (chain / "marker.txt").read_text(encoding="utf-8") == "mine"
    assert (chain / damaged).read_bytes()[:15] != b"\x00not a database"
