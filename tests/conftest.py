"""Shared fixtures: Qt runs offscreen; every database is a real SQLite file in a temp folder."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from core.db import Database, open_sqlite
from core.demo_seed import seed_demo_chain
from core.replica import Till, init_replica

OWN_STORE = "MO-SEN"


@pytest.fixture(autouse=True)
def source_language_after_each_test() -> Iterator[None]:
    """Every test starts in the source language, whatever the one before chose (one shared app)."""
    yield
    i18n = sys.modules.get("desktop.i18n")
    if i18n is not None:
        from PySide6.QtCore import QCoreApplication

        app = QCoreApplication.instance()
        if app is not None:
            i18n.Translations.remove_all(app)


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


# -- PostgreSQL ------------------------------------------------------------------------------------
# Tests marked ``postgres`` run against a real server: STORE_TEST_PG_URL, by default the development
# machines' local one. Each test gets a schema of its own, dropped afterwards. Where no server answers
# they are skipped with one line, unless STORE_REQUIRE_PG=1 (set by .ci/run) makes that a failure.

PG_URL = os.environ.get("STORE_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
_pg_problem: list[str | None] = []  # checked once per session


def _libpq(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def _pg_unavailable() -> str | None:
    if not _pg_problem:
        try:
            import psycopg

            with psycopg.connect(_libpq(PG_URL), connect_timeout=3) as conn:
                conn.execute("SELECT 1")
            _pg_problem.append(None)
        except Exception as exc:
            detail = " ".join(str(exc).split())[:120]  # one line: libpq's messages span several
            _pg_problem.append(f"no PostgreSQL at STORE_TEST_PG_URL ({type(exc).__name__}: {detail})")
    return _pg_problem[0]


def require_pg() -> None:
    problem = _pg_unavailable()
    if problem is not None:
        if os.environ.get("STORE_REQUIRE_PG") == "1":
            pytest.fail(f"{problem}; STORE_REQUIRE_PG=1 makes this a failure", pytrace=False)
        pytest.skip(problem)


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A URL (psycopg driver) whose connections use a fresh, empty schema of their own."""
    require_pg()
    import uuid

    import psycopg
    from sqlalchemy.engine import make_url

    schema = f"t_{uuid.uuid4().hex[:16]}"
    with psycopg.connect(_libpq(PG_URL), autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    url = make_url(PG_URL).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with psycopg.connect(_libpq(PG_URL), autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # Every test that takes a PostgreSQL schema carries the marker, so ``-m "not postgres"`` works.
    for item in items:
        callspec = getattr(item, "callspec", None)
        on_pg = callspec is not None and callspec.params.get("hub_backend") == "postgresql"
        if on_pg or "pg_url" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.postgres)
