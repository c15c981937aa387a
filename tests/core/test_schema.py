"""The migrations produce exactly the schema ``core.models`` declares, on SQLite and PostgreSQL.

A column added to a model without a migration (or a migration that forgets what the model says) makes
a database that an upgraded till and a fresh one disagree about; these tests catch it before release.
The hub's own tables (``hub/models.py``) are not migrated: ``HubStore`` creates them with
``create_all``, so they cannot drift and are not compared here.
"""

from __future__ import annotations

import re
from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Column, Integer, MetaData, inspect
from sqlalchemy.engine import Connection

from core.db import MIGRATIONS, _script_heads, open_database
from core.models import schema

# Documented exceptions, and why they are not drift:
# - SQLite's full-text index of products (0004_product_search): an FTS5 virtual table, the shadow tables
#   SQLite makes for it, and the triggers that fill it. Written in SQL by the migration because no
#   model can declare a virtual table; PostgreSQL searches the products table itself.
SQLITE_ONLY_TABLES = {
    "product_search",
    "product_search_config",
    "product_search_data",
    "product_search_docsize",
    "product_search_idx",
}


def _compare_type(
    _ctx: Any, _inspected: Any, _declared: Any, inspected_type: Any, declared_type: Any
) -> bool | None:
    # SQLite has one INTEGER (8 bytes): BigInteger columns are INTEGER there (0008_wide_amounts says why).
    if (
        _ctx.dialect.name == "sqlite"
        and isinstance(inspected_type, Integer)
        and isinstance(declared_type, Integer)
    ):
        return False
    return None  # alembic's own comparison


def _unquote(default: str | None) -> str | None:
    # SQLite reports a default as written in the CREATE TABLE, in parentheses (``('')``) ...
    if default is None:
        return None
    text = default.strip()
    while re.fullmatch(r"\(.*\)", text):
        text = text[1:-1].strip()
    # ... and a string quoted (``'0'``), where alembic renders the declared one bare (``0``).
    if re.fullmatch(r"'.*'", text):
        text = text[1:-1].replace("''", "'")
    return text


def _compare_default(
    ctx: Any, _inspected: Any, _declared: Any, inspected_default: str | None, _meta: Any, rendered: str | None
) -> bool | None:
    if ctx.dialect.name == "sqlite":
        return _unquote(inspected_default) != _unquote(rendered)
    return None


def _include(obj: Any, name: str | None, type_: str, reflected: bool, _compare_to: Any) -> bool:
    return not (type_ == "table" and reflected and name in SQLITE_ONLY_TABLES)


def schema_drift(conn: Connection, metadata: MetaData) -> list[Any]:
    """What autogenerate would write to bring the database to ``metadata``: empty when they agree."""
    ctx = MigrationContext.configure(
        conn,
        opts={
            "compare_type": _compare_type,
            "compare_server_default": _compare_default,
            "include_object": _include,
        },
    )
    return list(compare_metadata(ctx, metadata))


def test_migrations_produce_the_models_schema(db_url: str) -> None:
    db = open_database(db_url)  # an empty database, upgraded by the project's migrations
    try:
        with db.engine.connect() as conn:
            assert schema_drift(conn, schema()) == []
            tables = set(inspect(conn).get_table_names())
    finally:
        db.dispose()
    # The exceptions are real where they are claimed, and absent where they are not.
    if db.is_sqlite:
        assert tables >= SQLITE_ONLY_TABLES
    else:
        assert not SQLITE_ONLY_TABLES & tables


def test_a_column_without_a_migration_is_drift(db_url: str) -> None:
    """The comparison sees a model change no migration made (so an empty diff above means something)."""
    declared = MetaData()
    for table in schema().sorted_tables:
        table.to_metadata(declared)
    declared.tables["sales"].append_column(Column("tip_avos", Integer, nullable=False, default=0))
    db = open_database(db_url)
    try:
        with db.engine.connect() as conn:
            drift = schema_drift(conn, declared)
    finally:
        db.dispose()
    assert [(d[0], d[2], d[3].name) for d in drift] == [("add_column", "sales", "tip_avos")]


def test_the_migrations_have_one_head() -> None:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    heads = ScriptDirectory.from_config(cfg).get_heads()
    assert len(heads) == 1, f"several migration heads {heads}: add a migration that merges them"
    # The start-up shortcut (core.db reads the scripts' text, not alembic) sees the same head.
    assert _script_heads(MIGRATIONS) == set(heads)
