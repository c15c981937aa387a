"""Enrolled again as a new device, a computer keeps the old device's database beside the new one."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.db import open_sqlite
from core.errors import DomainError
from core.replica import check_replica_file, init_replica
from desktop.views.enrollment import set_aside_other_replica


def _replica(path: Path, device_id: str) -> None:
    db = open_sqlite(path)
    with db.write() as s:
        init_replica(s, device_id, "MO-SEN")
    db.dispose()


def test_another_devices_database_is_renamed_not_deleted(tmp_path: Path) -> None:
    path = tmp_path / "replica.sqlite3"
    _replica(path, "till-old")
    set_aside_other_replica(path, "till-new")
    assert not path.exists()
    kept = tmp_path / "replica-till-old.sqlite3"
    assert kept.exists()
    check_replica_file(kept)  # still a usable database


def test_the_same_devices_database_stays_where_it_is(tmp_path: Path) -> None:
    path = tmp_path / "replica.sqlite3"
    _replica(path, "till-1")
    set_aside_other_replica(path, "till-1")
    assert path.exists()
    assert [p.name for p in tmp_path.glob("replica-*")] == []


def test_a_damaged_database_is_told_before_anything_else(tmp_path: Path) -> None:
    path = tmp_path / "replica.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(DomainError) as caught:
        check_replica_file(path)
    assert caught.value.code == "db.corrupt"
