"""The reviewers' entry point: `python main.py --demo --screen NAME --screenshot PATH` writes a real picture."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QColor, QImage

ROOT = Path(__file__).resolve().parents[2]


def test_demo_stock_screenshot_in_chinese(tmp_path: Path) -> None:
    out = tmp_path / "stock.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [
            sys.executable,
            "main.py",
            "--demo",
            "--data-dir",
            str(tmp_path / "data"),
            "--screen",
            "stock",
            "--screenshot",
            str(out),
            "--lang",
            "zh_Hant",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)
    # The table is filled: many rows of dark text on the white grid, not an empty window.
    dark_rows = sum(
        1
        for y in range(200, 760, 4)
        if any(QColor(image.pixel(x, y)).lightness() < 90 for x in range(700, 1250, 2))
    )
    assert dark_rows > 40


def test_a_corrupt_database_exits_with_a_message_not_a_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "till.sqlite3"
    bad.write_bytes(b"\x00garbage" * 500)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [
            sys.executable,
            "main.py",
            "--data-dir",
            str(tmp_path),
            "--hub",
            "ws://127.0.0.1:9",
            "--store",
            "MO-SEN",
            "--db",
            str(bad),
            "--lang",
            "en",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "is damaged and cannot be opened" in result.stderr
    assert "Traceback" not in result.stderr
    assert bad.read_bytes() == b"\x00garbage" * 500
