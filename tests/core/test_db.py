from pathlib import Path

import pytest
from sqlalchemy import text

from core.db import open_sqlite
from core.errors import DomainError
from core.replica import init_replica
from core.stock import BasketLine, on_hand, receive_stock


def test_new_database_is_created_in_wal_mode_with_schema(tmp_path: Path) -> None:
    db = open_sqlite(tmp_path / "deep" / "folder" / "till.sqlite3")
    with db.read() as s:
        assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
        tables = {r[0] for r in s.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))}
    assert {"events", "stock_movements", "stock_balances", "products", "stores", "alembic_version"} <= tables
    db.dispose()


def test_reopening_keeps_the_stock(tmp_path: Path, seeded) -> None:
    path = tmp_path / "till.sqlite3"
    db = open_sqlite(path)
    with db.write() as s:
        till = init_replica(s, "t1", "MO-SEN")
        from core.demo_seed import seed_demo_chain

        seed_demo_chain(s)
        before = on_hand(s, "MO-SEN", "PF-0001")
        receive_stock(s, till, [BasketLine("PF-0001", 5)])
    db.dispose()
    again = open_sqlite(path)
    with again.read() as s:
        assert on_hand(s, "MO-SEN", "PF-0001") == before + 5
    again.dispose()


def test_corrupt_file_gives_a_clear_code_and_is_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "till.sqlite3"
    garbage = b"this is not a database " * 200
    path.write_bytes(garbage)
    with pytest.raises(DomainError) as info:
        open_sqlite(path)
    assert info.value.code == "db.corrupt"
    assert path.read_bytes() == garbage


def test_unwritable_location_gives_a_clear_code(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(DomainError) as info:
        open_sqlite(blocker / "till.sqlite3")  # parent is a file: cannot be created
    assert info.value.code == "db.unwritable"


def test_a_directory_is_not_a_database(tmp_path: Path) -> None:
    (tmp_path / "dir.sqlite3").mkdir()
    with pytest.raises(DomainError) as info:
        open_sqlite(tmp_path / "dir.sqlite3")
    assert info.value.code == "db.unwritable"


def test_only_refetchable_writes_skip_the_sync_and_a_sale_after_one_is_synced_again(tmp_path: Path) -> None:
    db = open_sqlite(tmp_path / "till.sqlite3")
    try:
        seen = []
        for durable in (True, False, False, True):
            with db.write(durable=durable) as s:
                seen.append(s.connection().exec_driver_sql("PRAGMA synchronous").scalar())
        with db.read() as s:  # reads leave it as the last write set it; it matters only for commits
            s.connection().exec_driver_sql("SELECT 1")
        with db.write() as s:
            seen.append(s.connection().exec_driver_sql("PRAGMA synchronous").scalar())
        assert seen == [2, 1, 1, 2, 2]  # FULL, NORMAL, NORMAL, FULL, FULL
    finally:
        db.dispose()
