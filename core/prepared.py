"""Hot statements, built and compiled once per dialect and run through the driver.

On every ``session.execute`` SQLAlchemy builds the statement's cache key, looks up its compiled form and
sets up an execution context (tens of microseconds; the ORM session layer about as much again). The
hub's group commit and a till's page apply run a dozen small statements each, many times a second, so
the few on that path are compiled once per dialect here and sent with ``exec_driver_sql``. Values go to
the driver unconverted: this is only for tables of plain strings, integers, floats and booleans, which
both drivers take as they are (no SQLAlchemy type processing is skipped that matters).

A list of values (``WHERE id IN (...)``) is one parameter, so the statement stays the same whatever
the list's length: an array on PostgreSQL (``= ANY(...)``, ``unnest``), a JSON array read with
``json_each`` on SQLite (``in_list``, ``zip_lists``). SQLAlchemy's expanding ``IN`` renders one
parameter per value on every call, and on PostgreSQL the driver then parses that long text again.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any, cast

from sqlalchemy import CursorResult, String, Table, any_, bindparam, func, insert, select
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ClauseElement, ColumnElement
from sqlalchemy.sql.selectable import Select

Params = dict[str, Any] | Sequence[dict[str, Any]]


class Prepared:
    """A statement made by ``build(dialect_name)``, compiled on first use for each dialect."""

    def __init__(
        self,
        build: Callable[[str], ClauseElement],
        column_keys: Sequence[str] | None = None,
    ) -> None:
        self._build = build
        self._column_keys = list(column_keys) if column_keys is not None else None
        self._compiled: dict[str, tuple[str, tuple[str, ...] | None, dict[str, Any]]] = {}

    def _sql(self, conn: Connection) -> tuple[str, tuple[str, ...] | None, dict[str, Any]]:
        name = conn.dialect.name
        found = self._compiled.get(name)
        if found is None:
            # A statement compiles to the dialect's SQLCompiler; compile() is typed as its base, Compiled.
            compiled = cast(
                SQLCompiler, self._build(name).compile(dialect=conn.dialect, column_keys=self._column_keys)
            )
            if compiled.post_compile_params:  # an expanding IN (...) is rendered per call: not for here
                raise ValueError("a prepared statement cannot have expanding parameters (use in_list)")
            if getattr(compiled, "insert_prefetch", None):  # SQLAlchemy would compute these per row
                names = [c.name for c in compiled.insert_prefetch]
                raise ValueError(f"a prepared insert must give the columns with defaults: {names}")
            order = tuple(compiled.positiontup) if compiled.positional and compiled.positiontup else None
            # Values written into the statement itself (``state == "open"``) are parameters too.
            constants = {
                key: value
                for key, value in compiled.construct_params(_check=False).items()
                if key in compiled.binds and not compiled.binds[key].required
            }
            found = self._compiled[name] = (compiled.string, order, constants)
        return found

    def execute(
        self, session: Session | Connection, params: Params | None = None
    ) -> CursorResult[*tuple[Any, ...]]:
        """Run in the caller's transaction; a list of parameter dicts runs as one ``executemany``."""
        conn = session.connection() if isinstance(session, Session) else session
        sql, order, constants = self._sql(conn)
        if isinstance(params, dict) and conn.dialect.name != "postgresql":  # lists as JSON (json_each)
            params = {k: json.dumps(v) if isinstance(v, list | tuple) else v for k, v in params.items()}
        if constants:
            if params is None or isinstance(params, dict):
                params = {**constants, **(params or {})}
            else:
                params = [{**constants, **row} for row in params]
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


def in_list(column: ColumnElement[Any], name: str, dialect: str) -> ColumnElement[bool]:
    """``column IN (the values of list parameter name)``, one parameter whatever the list's length."""
    if dialect == "postgresql":
        return column == any_(bindparam(name, type_=ARRAY(String)))
    values = func.json_each(bindparam(name, type_=String)).table_valued("value")
    return column.in_(select(values.c.value))


def zip_lists(
    names: Sequence[str], dialect: str, types: dict[str, Any] | None = None
) -> Select[*tuple[Any, ...]]:
    """Rows made of the n-th values of these list parameters, together: ``(a, b) IN (zip_lists(...))``
    or ``INSERT ... SELECT``. Lists are of strings unless ``types`` says otherwise (PostgreSQL's array
    type; SQLite's JSON keeps numbers numbers)."""
    if dialect == "postgresql":
        return select(
            *(func.unnest(bindparam(n, type_=ARRAY((types or {}).get(n, String)))).label(n) for n in names)
        )
    tables = [func.json_each(bindparam(n, type_=String)).table_valued("key", "value").alias(n) for n in names]
    first, rest = tables[0], tables[1:]
    query = select(*(t.c.value.label(n) for n, t in zip(names, tables, strict=True))).select_from(first)
    for t in rest:
        query = query.join(t, t.c.key == first.c.key)
    return query
