"""``python -m hub`` with a PostgreSQL URL: maintenance commands on the shared database, and one clear
line (never a traceback or a password) when the server cannot be reached."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from hub.store import HubStore
from tests.chaos.chain import ROOT, free_port, seed_tiny_chain


def _hub(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "hub", *args], cwd=ROOT, capture_output=True, text=True, timeout=60
    )


def test_an_unreachable_database_is_one_line_without_the_password() -> None:
    done = _hub("--db", f"postgresql://storehub:s3cret@127.0.0.1:{free_port()}/storehub")
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("cannot open the hub database postgresql://storehub:***@")
    assert "s3cret" not in done.stderr + done.stdout
    assert "Traceback" not in done.stderr


def test_retention_and_a_new_epoch_are_set_on_the_shared_database(pg_url: str, tmp_path: Path) -> None:
    store = HubStore.open(pg_url)  # what a running hub process would see
    head = seed_tiny_chain(store, tmp_path)
    before = store.epoch
    try:
        done = _hub("--db", pg_url, "--keep-log", "10", "--new-epoch")
        assert done.returncode == 0, done.stderr
        assert f"retention floor now at offset {head - 10}" in done.stdout
        assert store.floor() == head - 10 > 0
        assert store.hello("till-x", "MO-SEN").epoch not in ("", before)
    finally:
        store.close()
