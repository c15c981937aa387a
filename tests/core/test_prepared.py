"""Prepared statements: compiled once per database, the same rows and answers as SQLAlchemy's own path."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import bindparam, select

from core.db import Database, open_database
from core.models import Base, StockBalance, Store
from core.prepared import Prepared, insert_into
from core.projection import add_to_balances


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Database:
    url = str(tmp_path / "prep.sqlite3") if request.param == "sqlite" else request.getfixturevalue("pg_url")
    database = open_database(url)
    with database.write() as s:
        Base.metadata.create_all(s.connection())
    yield database
    database.dispose()


ON_HAND = Prepared(
    lambda _d: select(StockBalance.on_hand).where(
        StockBalance.store_id == bindparam("store"), StockBalance.sku == bindparam("sku")
    )
)


def test_rows_written_and_read_back_with_named_parameters_in_any_order(db: Database) -> None:
    stores = [
        {
            "name_pt": f"Loja {i}",
            "store_id": f"S{i}",
            "name_zh": f"店{i}",
            "name_en": f"Store {i}",
            "active": True,
        }
        for i in range(3)
    ]
    with db.write() as s:
        insert_into(Store.__table__, ["store_id", "name_zh", "name_en", "name_pt", "active"]).execute(
            s, stores
        )
        add_to_balances(s, {("S1", "PF-1"): 5, ("S2", "PF-1"): 2})
        add_to_balances(s, {("S1", "PF-1"): -3})  # the upsert adds to the row that is there
    with db.read() as s:
        assert [
            (r.store_id, r.name_zh, r.name_pt) for r in s.scalars(select(Store).order_by(Store.store_id))
        ] == [
            ("S0", "店0", "Loja 0"),
            ("S1", "店1", "Loja 1"),
            ("S2", "店2", "Loja 2"),
        ]
        # The parameters are given by name, in another order than the statement's.
        assert ON_HAND.execute(s, {"sku": "PF-1", "store": "S1"}).scalar() == 2
        assert ON_HAND.execute(s, {"sku": "PF-1", "store": "S2"}).scalar() == 2
        assert ON_HAND.execute(s, {"sku": "PF-1", "store": "S0"}).scalar() is None


def test_an_expanding_in_is_refused_rather_than_compiled_wrong(db: Database) -> None:
    stmt = Prepared(
        lambda _d: select(Store.store_id).where(Store.store_id.in_(bindparam("ids", expanding=True)))
    )
    with db.read() as s, pytest.raises(ValueError, match="expanding"):
        stmt.execute(s, {"ids": ["S1"]})


def test_an_insert_leaving_out_a_column_with_a_default_is_refused(db: Database) -> None:
    row = {"store_id": "S9", "name_zh": "店", "name_en": "Store", "name_pt": "Loja"}
    with db.write() as s, pytest.raises(ValueError, match="active"):
        insert_into(Store.__table__, list(row)).execute(s, [row])
