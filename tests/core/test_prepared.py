"""Prepared statements: compiled once per database, the same rows and answers as SQLAlchemy's own path."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import bindparam, select, tuple_

from core.db import Database
from core.models import StockBalance, Store
from core.prepared import Prepared, in_list, insert_into, zip_lists
from core.projection import add_to_balances

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
            "address_zh": "",
            "address_pt": "",
            "phone": "",
        }
        for i in range(3)
    ]
    with db.write() as s:
        columns = ["store_id", "name_zh", "name_en", "name_pt", "active", "address_zh", "address_pt", "phone"]
        insert_into(Store.__table__, columns).execute(s, stores)
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


def _stores_in(dialect: str) -> Any:
    return select(Store.store_id).where(in_list(Store.store_id, "ids", dialect), Store.active == True)  # noqa: E712


STORES_IN = Prepared(_stores_in)
PAIRS_IN = Prepared(
    lambda d: (
        select(StockBalance.store_id, StockBalance.sku, StockBalance.on_hand)
        .where(tuple_(StockBalance.store_id, StockBalance.sku).in_(zip_lists(("stores", "skus"), d)))
        .order_by(StockBalance.store_id, StockBalance.sku)
    )
)


def test_a_list_is_one_parameter_whatever_its_length(db: Database) -> None:
    with db.write() as s:
        rows = [
            {
                "store_id": f"S{i}",
                "name_zh": "店",
                "name_en": "S",
                "name_pt": "L",
                "active": i != 3,
                "address_zh": "",
                "address_pt": "",
                "phone": "",
            }
            for i in range(6)
        ]
        insert_into(Store.__table__, list(rows[0])).execute(s, rows)
        add_to_balances(s, {("S1", "PF-1"): 4, ("S1", "PF-2"): 5, ("S2", "PF-1"): 6})
    with db.read() as s:
        # The same compiled statement for 1, 3 and 0 values; the constant (active) is applied too.
        assert set(STORES_IN.execute(s, {"ids": ["S1"]}).scalars()) == {"S1"}
        assert set(STORES_IN.execute(s, {"ids": ["S2", "S3", "S5", "nope"]}).scalars()) == {"S2", "S5"}
        assert list(STORES_IN.execute(s, {"ids": []}).scalars()) == []
        # Pairs match as pairs: (S1, PF-1) and (S2, PF-1), not (S2, PF-2) nor (S1, PF-2).
        got = PAIRS_IN.execute(s, {"stores": ["S2", "S1", "S2"], "skus": ["PF-1", "PF-1", "PF-2"]}).all()
        assert [tuple(r) for r in got] == [("S1", "PF-1", 4), ("S2", "PF-1", 6)]
