"""Files with business or personal data are their owner's only: the hub's and the till's SQLite files
(with their -wal and -shm) 0600 in 0700 folders, config.json 0600, the demo folder 0700; files left
world-readable by an older version are tightened when opened. POSIX modes (Windows: see
core/private_files.py)."""

from __future__ import annotations

import asyncio
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from core.db import open_sqlite
from core.stock import BasketLine, record_sale
from desktop.demo import seed_hub
from tests.integration.harness import running_chain, wait_for

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    """The umask most systems start programs with: it would leave new files world-readable."""
    before = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(before)


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.mark.sqlite_hub
def test_the_hub_and_till_databases_and_their_wal_files_are_owner_only(tmp_path: Path) -> None:
    root = tmp_path / "chain"  # a new folder: created by the hub as it opens its database

    async def scenario() -> None:
        async with running_chain(root) as chain:
            seed_hub(chain.server.store, root)
            a, till = chain.replica("till-a", "MO-SEN")
            ca = chain.connect("a", a)
            await wait_for(lambda: ca.state.caught_up, 15, "caught up")
            with a.write() as s:  # members' and sales data on both sides, WAL files open
                record_sale(s, till, [BasketLine("PF-0001", 1)])
            ca.nudge()
            await wait_for(lambda: ca.state.cursor == chain.server.store.head(), 5, "the sale synced")
            files = [
                root / f"{name}.sqlite3{suffix}"
                for name in ("hub", "till-a")
                for suffix in ("", "-wal", "-shm")
            ]
            assert {f.name: mode(f) for f in files} == {f.name: 0o600 for f in files}
            assert mode(root) == 0o700

    asyncio.run(scenario())


def test_a_database_left_world_readable_by_an_older_version_is_tightened(tmp_path: Path) -> None:
    path = tmp_path / "replica.sqlite3"
    open_sqlite(path).dispose()
    os.chmod(path, 0o644)
    db = open_sqlite(path)
    try:
        with db.write() as s:  # the WAL it writes now inherits the tightened mode
            s.execute(text("CREATE TABLE scratch (x INTEGER)"))
        assert mode(path) == 0o600 and mode(path.with_name(path.name + "-wal")) == 0o600
    finally:
        db.dispose()


def test_the_apps_config_and_data_folder_are_owner_only(tmp_path: Path) -> None:
    from desktop.app import parse_args, resolve_setup
    from desktop.views.enrollment import save_config
    from sync_client.enrollment import Enrollment

    data = tmp_path / "data"
    data.mkdir(mode=0o755)  # as an older version left it
    args = parse_args(["--hub", "ws://127.0.0.1:8765", "--store", "MO-SEN", "--data-dir", str(data)])
    setup = resolve_setup(args)
    assert mode(data / "config.json") == 0o600 and mode(data) == 0o700
    open_sqlite(setup.db_path).dispose()
    assert mode(setup.db_path) == 0o600

    enrolled = tmp_path / "enrolled"
    save_config(enrolled, Enrollment("till-x", "MO-SEN", "till", "secret-token", None), "ws://127.0.0.1:8765")
    assert mode(enrolled / "config.json") == 0o600 and mode(enrolled) == 0o700


def test_the_demo_folder_and_its_hub_are_owner_only(tmp_path: Path) -> None:
    from desktop.demo import DemoChain

    demo = DemoChain(tmp_path / "demo", sale_interval=(60.0, 60.0), seed=1)
    demo.start()
    try:
        assert mode(tmp_path / "demo") == 0o700
        assert mode(tmp_path / "demo" / "hub.sqlite3") == 0o600
        assert mode(tmp_path / "demo" / "head-office.sqlite3") == 0o600
    finally:
        demo.stop()
