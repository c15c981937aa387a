"""Shared fixtures: Qt runs offscreen; every database is a real SQLite file in a temp folder."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from core.db import Database, open_sqlite
from core.demo_seed import seed_demo_chain
from core.replica import Till, init_replica

OWN_STORE = "MO-SEN"


@pytest.fixture
def make_db(tmp_path: Path) -> Iterator:
    """``make_db(name, device_id, store_id)`` → (Database, Till) on a fresh SQLite file."""
    opened: list[Database] = []

    def make(
        name: str = "replica", device_id: str = "till-1", store_id: str | None = OWN_STORE
    ) -> tuple[Database, Till]:
        db = open_sqlite(tmp_path / f"{name}.sqlite3")
        opened.append(db)
        with db.write() as s:
            till = init_replica(s, device_id, store_id)
        return db, till

    yield make
    for db in opened:
        db.dispose()


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo chain written once per session into a replica file that tests copy."""
    path = tmp_path_factory.mktemp("template") / "seeded.sqlite3"
    db = open_sqlite(path)
    with db.write() as s:
        init_replica(s, "till-1", OWN_STORE)
        seed_demo_chain(s)
    db.dispose()  # the last connection closing checkpoints the WAL into the file
    return path


@pytest.fixture
def seeded(tmp_path: Path, seeded_template: Path) -> Iterator[tuple[Database, Till]]:
    """A till of Senado Square whose replica already holds the demo chain (catalogue and opening stock)."""
    path = tmp_path / "seeded.sqlite3"
    shutil.copyfile(seeded_template, path)
    db = open_sqlite(path)
    with db.read() as s:
        from core.replica import replica_state

        st = replica_state(s)
        till = Till(st.device_id, st.store_id)
    yield db, till
    db.dispose()
