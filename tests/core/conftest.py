"""Fixtures for code that must behave the same on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from core.db import Database, open_database
from core.models import schema


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh SQLite file, then a fresh PostgreSQL schema: each test runs once on each."""
    if request.param == "sqlite":
        return str(tmp_path / "both.sqlite3")
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    """``db_url`` opened, with every table of the replica schema created."""
    database = open_database(db_url)
    with database.write() as s:
        schema().create_all(s.connection())
    yield database
    database.dispose()
