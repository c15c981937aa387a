"""Hot statements, built and compiled once per dialect and run through the driver.

On every ``session.execute`` SQLAlchemy builds the statement's cache key, looks up its compiled form and
sets up an execution context (tens of microseconds; the ORM session layer about as much again). The
hub's group commit and a till's page apply run a dozen small statements each, many times a second, so
the few on that path are compiled once per dialect here and sent with ``exec_driver_sql``. Values go to
the driver unconverted: this is only for tables of plain strings, integers, floats and booleans, which
both drivers take as they are (no SQLAlchemy type processing is skipped that matters).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import CursorResult, Table, insert
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session
from sqlalchemy.sql import Executable

Params = dict[str, Any] | Sequence[dict[str, Any]]


class Prepared:
    """A statement made by ``build(dialect_name)``, compiled on first use for each dialect."""

    def __init__(self, build: Callable[[str], Executable], column_keys: Sequence[str] | None = None) -> None:
        self._build = build
        self._column_keys = list(column_keys) if column_keys is not None else None
        self._compiled: dict[str, tuple[str, tuple[str, ...] | None]] = {}

    def _sql(self, conn: Connection) -> tuple[str, tuple[str, ...] | None]:
        name = conn.dialect.name
        found = self._compiled.get(name)
        if found is None:
            compiled = self._build(name).compile(dialect=conn.dialect, column_keys=self._column_keys)
            if compiled.post_compile_params:  # an expanding IN (...) is rendered per call: not for here
                raise ValueError("a prepared statement cannot have expanding parameters")
            if getattr(compiled, "insert_prefetch", None):  # SQLAlchemy would compute these per row
                names = [c.name for c in compiled.insert_prefetch]
                raise ValueError(f"a prepared insert must give the columns with defaults: {names}")
            order = tuple(compiled.positiontup) if compiled.positional and compiled.positiontup else None
            found = self._compiled[name] = (compiled.string, order)
        return found

    def execute(self, session: Session | Connection, params: Params | None = None) -> CursorResult[Any]:
        """Run in the caller's transaction; a list of parameter dicts runs as one ``executemany``."""
        conn = session.connection() if isinstance(session, Session) else session
        sql, order = self._sql(conn)
        args: Any
        if params is None:
            args = ()
        elif order is None:  # named parameters (psycopg): the dicts as they are
            args = params if isinstance(params, dict) else list(params)
        elif isinstance(params, dict):
            args = tuple(params[key] for key in order)
        else:
            args = [tuple(row[key] for key in order) for row in params]
        return conn.exec_driver_sql(sql, args)


_inserts: dict[tuple[Table, tuple[str, ...]], Prepared] = {}


def insert_into(table: Table, columns: Sequence[str]) -> Prepared:
    """``INSERT INTO table (columns...) VALUES (...)``, one per table and column list."""
    key = (table, tuple(columns))
    found = _inserts.get(key)
    if found is None:
        found = _inserts[key] = Prepared(lambda _name: insert(table), column_keys=columns)
    return found
