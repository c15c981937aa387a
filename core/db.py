"""Opening databases: SQLite replicas (WAL, foreign keys, busy timeout) with migrations applied on open.

The caller owns the transaction: ``with db.write() as session:`` is one user action.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from core.errors import DomainError

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).with_name("migrations")


def _sqlite_pragmas(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy's "begin" hook emit BEGIN itself (pysqlite's implicit BEGIN is unreliable).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA busy_timeout=5000")
    cur.execute("PRAGMA foreign_keys=ON")
    mode = cur.execute("PRAGMA journal_mode=WAL").fetchone()
    if mode and str(mode[0]).lower() != "wal":
        log.warning("SQLite refused WAL mode (got %s)", mode[0])
    # FULL: a committed sale survives a power cut; the hub acks only after such a commit.
    cur.execute("PRAGMA synchronous=FULL")
    cur.close()


def _sqlite_begin(conn: Any) -> None:
    # Writers take the lock up front (IMMEDIATE) so two writers never deadlock upgrading a read lock.
    mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


class Database:
    """An engine plus the two ways to open a unit of work: ``read()`` and ``write()``."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.is_sqlite = engine.dialect.name == "sqlite"
        writer = engine.execution_options(sqlite_begin="IMMEDIATE") if self.is_sqlite else engine
        self._read = sessionmaker(engine, expire_on_commit=False)
        self._write = sessionmaker(writer, expire_on_commit=False)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._read() as session, session.begin():
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        with self._write() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


def sqlite_engine(path: Path) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False, "timeout": 5},
        pool_size=4,
        max_overflow=8,
    )
    event.listen(engine, "connect", _sqlite_pragmas)
    event.listen(engine, "begin", _sqlite_begin)
    return engine


def run_migrations(engine: Engine, script_location: Path, version_table: str = "alembic_version") -> None:
    cfg = Config()
    cfg.set_main_option("script_location", str(script_location))
    cfg.attributes["version_table"] = version_table
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        # "heads": features developed side by side add migrations on separate branches of 0002.
        command.upgrade(cfg, "heads")


def _translate_open_error(exc: Exception, path: Path) -> DomainError:
    text = str(getattr(exc, "orig", exc)).lower()
    if "not a database" in text or "malformed" in text or "disk image" in text:
        return DomainError("db.corrupt", path=str(path))
    if "locked" in text:
        return DomainError("db.locked", path=str(path))
    if "can't locate revision" in text:
        return DomainError("db.newer_schema", path=str(path))
    return DomainError("db.unwritable", path=str(path))


def open_sqlite(path: Path | str, *, migrations: Path = MIGRATIONS) -> Database:
    """Open (creating if needed) a SQLite database file and bring its schema up to date.

    Raises ``DomainError`` with ``db.unwritable``, ``db.corrupt``, ``db.locked`` or ``db.newer_schema``;
    nothing in the file is changed on failure.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DomainError("db.unwritable", path=str(path)) from exc
    if path.is_dir():
        raise DomainError("db.unwritable", path=str(path))
    engine = sqlite_engine(path)
    try:
        run_migrations(engine, migrations)
    except (DatabaseError, OperationalError, sqlite3.Error) as exc:
        engine.dispose()
        raise _translate_open_error(exc, path) from exc
    except Exception as exc:  # alembic raises its own CommandError for unknown revisions
        engine.dispose()
        if "revision" in str(exc).lower():
            raise DomainError("db.newer_schema", path=str(path)) from exc
        raise
    return Database(engine)
