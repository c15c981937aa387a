"""The demo deletes only what it made: files beside and above ``--db`` survive every start, and a
``--db`` naming a folder is refused. Each start is the real ``main.py`` in its own process."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def start(*args: str | Path, timeout: float = 90) -> subprocess.CompletedProcess[str]:
    """One start of the app, taking a screenshot of Settings (so it quits once the data is in)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "main.py", *map(str, args), "--lang", "en"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def shot(tmp_path: Path) -> list[str]:
    return ["--screen", "settings", "--screenshot", str(tmp_path / "shot.png")]


def plant(folder: Path, name: str = "marker.txt") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    marker = folder / name
    marker.write_text("the user's own file\n", encoding="utf-8")
    return marker


def test_every_demo_start_keeps_the_files_beside_and_above_its_database(tmp_path: Path) -> None:
    home = tmp_path / "home"
    db = home / "shop" / "till.sqlite3"
    markers = [plant(home), plant(home / "shop"), plant(home / "shop" / "tills", "notes.txt")]
    first = start("--demo", "--db", db, "--data-dir", tmp_path / "data", *shot(tmp_path))
    assert first.returncode == 0, first.stderr
    assert (home / "shop" / "hub.sqlite3").is_file() and db.is_file()
    again = start("--demo", "--db", db, "--data-dir", tmp_path / "data", *shot(tmp_path))
    assert again.returncode == 0, again.stderr
    # The hub file gone means a new chain: the demo starts afresh, deleting only its own files, and says so.
    (home / "shop" / "hub.sqlite3").unlink()
    afresh = start("--demo", "--db", db, "--data-dir", tmp_path / "data", *shot(tmp_path))
    assert afresh.returncode == 0, afresh.stderr
    assert "Starting the demo afresh" in afresh.stderr
    assert (home / "shop" / "hub.sqlite3").is_file() and db.is_file()
    for marker in markers:
        assert marker.read_text(encoding="utf-8") == "the user's own file\n", marker


def test_the_default_start_with_no_flags_keeps_the_users_files(tmp_path: Path) -> None:
    # No --demo and no hub configured: the app runs the demo anyway.
    home = tmp_path / "home"
    markers = [plant(home), plant(home / "db")]
    result = start("--db", home / "db" / "till.sqlite3", "--data-dir", tmp_path / "data", *shot(tmp_path))
    assert result.returncode == 0, result.stderr
    for marker in markers:
        assert marker.is_file()


@pytest.mark.parametrize("demo", [["--demo"], []])
def test_a_db_that_is_a_folder_is_refused_and_nothing_in_it_is_touched(
    tmp_path: Path, demo: list[str]
) -> None:
    folder = tmp_path / "shop"
    markers = [plant(tmp_path), plant(folder)]
    result = start(*demo, "--db", folder, "--data-dir", tmp_path / "data", timeout=30)
    assert result.returncode != 0
    lines = [line for line in result.stderr.splitlines() if "translation" not in line]
    assert lines == [
        f"--db names a folder ({folder}); it must name a database file, such as {folder}/till.sqlite3."
    ]
    assert sorted(p.name for p in folder.iterdir()) == ["marker.txt"]
    for marker in markers:
        assert marker.is_file()


def test_a_database_the_demo_did_not_make_is_neither_replaced_nor_deleted(tmp_path: Path) -> None:
    db = tmp_path / "shop" / "till.sqlite3"
    db.parent.mkdir()
    shutil.copyfile(ROOT / "main.py", db)  # someone's file under the name --db gives
    before = db.read_bytes()
    result = start("--demo", "--db", db, "--data-dir", tmp_path / "data", *shot(tmp_path))
    assert result.returncode != 0
    assert "was not made by the demo" in result.stderr
    assert "Traceback" not in result.stderr
    assert db.read_bytes() == before


def test_a_start_against_a_hub_keeps_the_users_files_too(tmp_path: Path) -> None:
    # Not the demo: a counter of a real chain (here it stops early, with no keyring to hold its key).
    home = tmp_path / "home"
    markers = [plant(home), plant(home / "shop")]
    result = start(
        "--hub", "ws://127.0.0.1:9", "--store", "MO-SEN", "--db", home / "shop" / "replica.sqlite3",
        "--data-dir", tmp_path / "data", *shot(tmp_path), timeout=60,
    )  # fmt: skip
    assert "Traceback" not in result.stderr
    for marker in markers:
        assert marker.read_text(encoding="utf-8") == "the user's own file\n"


def test_a_demo_made_by_an_older_version_starts_afresh_and_keeps_the_users_files(tmp_path: Path) -> None:
    """A demo chain is seeded once; one made before the app learnt new features (another schema) would
    never show them, so it is made again, deleting only the demo's own files."""
    import json

    home = tmp_path / "home"
    db = home / "till.sqlite3"
    marker = plant(home)
    first = start("--demo", "--db", db, "--data-dir", tmp_path / "data", *shot(tmp_path))
    assert first.returncode == 0, first.stderr
    manifest = home / "store-manager-demo.json"
    data = json.loads(manifest.read_text(encoding="utf-8"))
    assert data["schema"]
    same = start("--demo", "--db", db, "--data-dir", tmp_path / "data", *shot(tmp_path))
    assert same.returncode == 0 and "Starting the demo afresh" not in same.stderr
    data["schema"] = "0009_receipt_numbers"  # as an older version wrote it
    manifest.write_text(json.dumps(data), encoding="utf-8")
    older = start("--demo", "--db", db, "--data-dir", tmp_path / "data", *shot(tmp_path))
    assert older.returncode == 0, older.stderr
    assert "Starting the demo afresh" in older.stderr
    assert json.loads(manifest.read_text(encoding="utf-8"))["schema"] != "0009_receipt_numbers"
    assert marker.read_text(encoding="utf-8") == "the user's own file\n"
