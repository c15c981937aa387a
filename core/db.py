"""Opening databases: SQLite replicas (WAL, foreign keys, busy timeout) and the hub's PostgreSQL, with
migrations applied on open.

The caller owns the transaction: ``with db.write() as session:`` is one user action.
"""

from __future__ import annotations

import ast
import logging
import re
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from core.errors import DomainError
from core.private_files import create_private_dirs, private_sqlite

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).with_name("migrations")
MIGRATION_LOCK = 0x5354_4F52_4D49_4752  # "STORMIGR": an advisory lock key of our own


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
    options = conn.get_execution_options()
    # Each transaction says how durable its commit must be (``Database.write``); the pragma is a
    # connection's, so it is set again only when it changes.
    sync = options.get("sqlite_synchronous", "FULL")
    if conn.info.get("synchronous") != sync:
        conn.exec_driver_sql(f"PRAGMA synchronous={sync}")
        conn.info["synchronous"] = sync
    # Writers take the lock up front (IMMEDIATE) so two writers never deadlock upgrading a read lock.
    mode = options.get("sqlite_begin", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


class Database:
    """An engine plus the two ways to open a unit of work: ``read()`` and ``write()``.

    On PostgreSQL a read is one REPEATABLE READ snapshot (a head and the rows at it agree, as they do
    in a SQLite read transaction); writes stay READ COMMITTED, so a statement that runs after a lock
    sees everything committed before the lock was granted.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.is_sqlite = engine.dialect.name == "sqlite"
        self.is_postgres = engine.dialect.name == "postgresql"
        writer = engine.execution_options(sqlite_begin="IMMEDIATE") if self.is_sqlite else engine
        refetchable = (
            engine.execution_options(sqlite_begin="IMMEDIATE", sqlite_synchronous="NORMAL")
            if self.is_sqlite
            else engine
        )
        reader = engine.execution_options(isolation_level="REPEATABLE READ") if self.is_postgres else engine
        self._read = sessionmaker(reader, expire_on_commit=False)
        self._write = sessionmaker(writer, expire_on_commit=False)
        self._write_refetchable = sessionmaker(refetchable, expire_on_commit=False)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._read() as session, session.begin():
            yield session

    @contextmanager
    def write(self, *, durable: bool = True) -> Iterator[Session]:
        """A write transaction. ``durable=False`` is for what can be fetched again if a power cut
        loses it (a page of the hub log with its cursor, ack marks): on SQLite its commit is not
        synced to disk (WAL, ``synchronous=NORMAL``); it survives a crash of the app, and the next
        durable commit syncs it along, in order. Local facts (a sale) are always durable."""
        factory = self._write if durable else self._write_refetchable
        with factory() as session, session.begin():
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


_REVISION = re.compile(r"^revision\s*(?::[^=]*)?=\s*(.+)$", re.MULTILINE)
_DOWN_REVISION = re.compile(r"^down_revision\s*(?::[^=]*)?=\s*(.+)$", re.MULTILINE)


def _script_heads(script_location: Path) -> set[str] | None:
    """The head revisions of the migration scripts, read from their text (no alembic import: it costs
    a third of the app's start-up); None when a script is not in the plain form this reads."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (script_location / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        rev, down = _REVISION.search(source), _DOWN_REVISION.search(source)
        if rev is None or down is None:
            return None
        try:
            revision = ast.literal_eval(rev.group(1).strip())
            down_revision = ast.literal_eval(down.group(1).strip())
        except (ValueError, SyntaxError):
            return None
        if not isinstance(revision, str):
            return None
        revisions.add(revision)
        if isinstance(down_revision, str):
            parents.add(down_revision)
        elif isinstance(down_revision, tuple | list):
            parents.update(str(d) for d in down_revision)
        elif down_revision is not None:
            return None
    return revisions - parents or None


def schema_version(script_location: Path = MIGRATIONS) -> str:
    """The schema the code expects (its migration head), e.g. for data made once and kept, such as
    the demo chain, to tell whether it predates the code."""
    return ",".join(sorted(_script_heads(script_location) or ()))


def _up_to_date(engine: Engine, script_location: Path, version_table: str) -> bool:
    heads = _script_heads(script_location)
    if heads is None or not re.fullmatch(r"\w+", version_table):
        return False
    try:
        with engine.connect() as conn:
            stamped = {row[0] for row in conn.execute(text(f"SELECT version_num FROM {version_table}"))}
    except (DatabaseError, OperationalError):  # no version table yet: a new database
        return False
    return stamped == heads


def run_migrations(engine: Engine, script_location: Path, version_table: str = "alembic_version") -> None:
    if _up_to_date(engine, script_location, version_table):
        return  # the usual start: nothing to migrate, and alembic is not even imported
    with _ALEMBIC_LOCK:
        _upgrade(engine, script_location, version_table)


# Alembic keeps the running migration in module globals (alembic.context): two databases migrated
# at once in one process (the demo's tills and the app's own, at start-up) must take turns.
_ALEMBIC_LOCK = threading.Lock()


def _upgrade(engine: Engine, script_location: Path, version_table: str) -> None:
    # Imported here, after the program set up logging: its import-time plugin notes are not news.
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(script_location))
    cfg.attributes["version_table"] = version_table
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            # Several hub processes may start together: one migrates, the others wait, then find it done.
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
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
        create_private_dirs(path.parent)
    except OSError as exc:
        raise DomainError("db.unwritable", path=str(path)) from exc
    if path.is_dir():
        raise DomainError("db.unwritable", path=str(path))
    try:
        private_sqlite(path)  # owner-only before SQLite creates it (and its -wal/-shm) with the umask's mode
    except OSError as exc:
        raise DomainError("db.unwritable", path=str(path)) from exc
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


def is_database_url(text: str) -> bool:
    """True for a SQLAlchemy URL such as ``postgresql://...`` (a bare path is a SQLite file)."""
    return "://" in text and not text.startswith("sqlite:")


def postgres_url(url: str) -> str:
    """``postgresql://`` (what operators write) means the psycopg 3 driver."""
    parsed = make_url(url)
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def open_postgres(url: str, *, migrations: Path = MIGRATIONS, pool_size: int = 8) -> Database:
    """Connect to PostgreSQL and bring its schema up to date (``?options=-csearch_path=NAME`` picks a
    schema). Only the hub opens one; an unreachable server raises SQLAlchemy's ``OperationalError``."""
    engine = create_engine(postgres_url(url), pool_size=pool_size, max_overflow=8, pool_pre_ping=True)
    try:
        run_migrations(engine, migrations)
    except Exception:
        engine.dispose()
        raise
    return Database(engine)


def open_database(url_or_path: str | Path) -> Database:
    """A PostgreSQL URL, a ``sqlite:///`` URL or a SQLite file path."""
    text_ = str(url_or_path)
    if is_database_url(text_):
        if not make_url(text_).drivername.startswith("postgresql"):
            raise ValueError(f"unsupported database URL {make_url(text_).render_as_string()}")
        return open_postgres(text_)
    return open_sqlite(Path(text_.removeprefix("sqlite:///")))
