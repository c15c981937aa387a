"""Many rows into one table, in the caller's transaction: ``COPY`` on PostgreSQL, ``executemany`` else.

On PostgreSQL an ``INSERT`` per row costs a parse/bind/execute each, even pipelined; ``COPY ... FROM
STDIN`` streams the rows. The hub's group commit writes thousands of rows per transaction this way.
A unique violation surfaces as SQLAlchemy's ``IntegrityError``, as the ``INSERT`` would raise it, so
callers that set a conflicting fact aside (``apply_batch_isolated``) work the same on both databases.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from core.prepared import insert_into

COPY_FROM = 50  # fewer rows than this go as INSERT: a COPY's own round trips are not worth it


def insert_rows(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    if not rows:
        return
    columns = _copy_columns(table, rows[0])
    if columns is None:  # a default computed per row: SQLAlchemy's INSERT does that
        session.execute(insert(table), rows)
        return
    if len(rows) < COPY_FROM or session.get_bind().dialect.name != "postgresql":
        # The statement compiled once (core/prepared.py), the defaults filled in as COPY's are.
        values = [{name: row.get(name, default) for name, default in columns} for row in rows]
        insert_into(table, [name for name, _ in columns]).execute(session, values)
        return
    session.flush()  # ORM objects waiting to be written go first, as they would before an INSERT
    _copy(session, table, columns, rows)


def _copy_columns(table: Table, sample: dict[str, Any]) -> list[tuple[str, Any]] | None:
    """(column, value when a row lacks it) for every column the rows give or that has a Python-side
    scalar default; None when a missing column's default must be computed (an INSERT does that)."""
    out: list[tuple[str, Any]] = []
    for column in table.columns:
        if column.name in sample:
            out.append((column.name, None))
        elif column.default is not None:
            if not column.default.is_scalar:
                return None
            out.append((column.name, column.default.arg))  # type: ignore[attr-defined]
    return out


def _copy(
    session: Session, table: Table, columns: list[tuple[str, Any]], rows: Sequence[dict[str, Any]]
) -> None:
    # The psycopg connection under SQLAlchemy's, in this transaction. psycopg is not imported here:
    # the app (which never runs on PostgreSQL) is frozen without it.
    raw: Any = session.connection().connection.driver_connection
    names = ", ".join(f'"{name}"' for name, _ in columns)
    statement = f'COPY "{table.name}" ({names}) FROM STDIN'
    try:
        with raw.cursor() as cursor, cursor.copy(statement) as copy:
            for row in rows:
                copy.write_row([row.get(name, default) for name, default in columns])
    except Exception as exc:
        if str(getattr(exc, "sqlstate", "")).startswith("23"):  # integrity constraint violation
            raise IntegrityError(statement, None, exc) from exc
        raise
