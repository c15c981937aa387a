"""Bulk rows: COPY on PostgreSQL gives the same rows, defaults and errors as INSERT on either database."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from core.bulk import COPY_FROM, insert_rows
from core.db import Database
from core.events import EventRecord
from core.models import Event, StockMovement, Store
from core.replica import event_row

EVENT_ID = "0190a8e0-0000-7000-8000-000000000001"


def _receipt() -> EventRecord:
    return EventRecord(
        event_id=EVENT_ID,
        device_id="till-1",
        seq=1,
        store_id="S0000",
        kind="stock.received",
        occurred_at="2026-11-25T10:00:00.000+00:00",
        payload={"receipt_id": "r", "lines": []},
    )


def _stores(n: int, start: int = 0) -> list[dict[str, object]]:
    # Names with a tab, a backslash, a newline and Chinese: what COPY's text format must escape.
    return [
        {"store_id": f"S{i:04d}", "name_zh": f"店\t{i}", "name_en": f"Store\\{i}\n", "name_pt": f"Loja {i}"}
        for i in range(start, start + n)
    ]


@pytest.mark.parametrize("n", [3, COPY_FROM + 7])
def test_rows_come_back_as_written_with_python_defaults_filled(db: Database, n: int) -> None:
    rows = _stores(n)
    with db.write() as s:
        insert_rows(s, Store.__table__, rows)
        insert_rows(s, Event.__table__, [event_row(_receipt(), status="logged", hub_offset=1)])
        insert_rows(
            s,
            StockMovement.__table__,
            [  # an id from the database, no Python default
                {"event_id": EVENT_ID, "store_id": "S0000", "sku": f"K{i}", "delta": -i, "reason": "sale"}
                for i in range(n)
            ],
        )
    with db.read() as s:
        stores = s.scalars(select(Store).order_by(Store.store_id)).all()
        moves = s.scalars(select(StockMovement).order_by(StockMovement.id)).all()
    assert [(x.store_id, x.name_zh, x.name_en, x.name_pt) for x in stores] == [
        (r["store_id"], r["name_zh"], r["name_en"], r["name_pt"]) for r in rows
    ]
    assert all(x.active is True and x.latitude is None for x in stores)  # Python-side defaults
    assert [m.delta for m in moves] == [-i for i in range(n)]
    assert len({m.id for m in moves}) == n


def test_a_duplicate_key_is_an_integrity_error_and_the_savepoint_keeps_the_rest(db: Database) -> None:
    rows = _stores(COPY_FROM + 1)
    with db.write() as s:
        insert_rows(s, Store.__table__, rows[:1])
        with pytest.raises(IntegrityError), s.begin_nested():
            insert_rows(s, Store.__table__, rows)  # the first one again
        insert_rows(s, Store.__table__, rows[1:])
    with db.read() as s:
        assert len(s.scalars(select(Store)).all()) == len(rows)
