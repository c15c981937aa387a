"""Backup and restore of a PostgreSQL hub as docs/operator.md describes it (``pg_dump`` of the hub's
schema, restored with ``psql``): the restored, older hub is noticed by the till, which takes a
snapshot and sends again the sales the backup lacks, each exactly once."""

from __future__ import annotations

import asyncio
import shutil
import subprocess
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from core.models import Event
from core.replica import outbox_status
from core.stock import BasketLine, on_hand, record_sale
from hub.auth import enroll_device
from hub.server import HubServer
from hub.store import HubStore
from sync_client.client import Backoff, SyncClient
from tests.chaos.chain import SKUS, open_till, seed_tiny_chain
from tests.conftest import _libpq
from tests.integration.harness import wait_for

pytestmark = pytest.mark.postgres
SKU = SKUS[0]


def _schema(pg_url: str) -> str:
    return make_url(pg_url).query["options"].split("search_path=")[1]  # type: ignore[union-attr]


def _pg_tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed")
    return path


def test_a_restored_postgres_hub_is_detected_and_nothing_sold_is_lost(pg_url: str, tmp_path: Path) -> None:
    pg_dump, psql = _pg_tool("pg_dump"), _pg_tool("psql")
    schema, server_url = _schema(pg_url), _libpq(str(make_url(pg_url).difference_update_query(["options"])))
    backup = tmp_path / "hub.sql"

    async def scenario() -> None:
        store = HubStore.open(pg_url)
        seed_tiny_chain(store, tmp_path)
        token = enroll_device(store.db, "till-a", "CH-A", "till", replace=True)
        server = HubServer(store)
        await server.start()
        a, till = open_till(tmp_path / "a.sqlite3", "till-a", "CH-A")
        client = SyncClient(a, server.url, token=token, backoff=Backoff(base=0.05, cap=0.5))
        task = asyncio.create_task(client.run())
        try:
            await wait_for(lambda: client.state.caught_up, 10, "caught up")
            dump = [pg_dump, "--no-owner", "--schema", schema, "--file", str(backup), server_url]
            await asyncio.to_thread(subprocess.run, dump, check=True)
            for _ in range(3):
                with a.write() as s:
                    record_sale(s, till, [BasketLine(SKU, 1)])
            client.nudge()
            await wait_for(lambda: _pending(a) == 0, 10, "sales acked by the hub")
            sold_total = _on_hand(a)

            # The database is lost; the operator restores last night's dump: three sales are gone there.
            port = server.port
            await server.stop()
            store.close()
            with psycopg.connect(server_url, autocommit=True) as admin:
                admin.execute(f'DROP SCHEMA "{schema}" CASCADE')
            restore = [psql, "--quiet", "--set", "ON_ERROR_STOP=1", "--file", str(backup), server_url]
            await asyncio.to_thread(subprocess.run, restore, check=True, capture_output=True)
            store = HubStore.open(pg_url)
            server = HubServer(store, "127.0.0.1", port)
            await server.start()

            await wait_for(
                lambda: client.snapshots_applied >= 1, 10, "the till to notice and take a snapshot"
            )
            await wait_for(lambda: _hub_on_hand(store) == sold_total, 10, "the lost sales to be sent again")
            assert _on_hand(a) == sold_total
            with store.db.read() as s:
                mine = s.scalar(select(func.count()).select_from(Event).where(Event.device_id == "till-a"))
            assert mine == 3  # each sale exactly once
        finally:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
            await server.stop()
            store.close()
            a.dispose()

    asyncio.run(scenario())


def _pending(db) -> int:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return outbox_status(s).pending


def _on_hand(db) -> int:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return on_hand(s, "CH-A", SKU)


def _hub_on_hand(store: HubStore) -> int:
    with store.db.read() as s:
        return on_hand(s, "CH-A", SKU)
