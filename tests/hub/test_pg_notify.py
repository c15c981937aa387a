"""Two hub servers on one PostgreSQL database (in one test process, each with its own engine and
listener, as two processes would have) and a real sync client on each."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import psycopg
import pytest

from core.db import Database
from core.stock import BasketLine, on_hand, record_sale
from hub.auth import enroll_device
from hub.notify import dedicated_connection
from hub.server import HubServer
from hub.store import HubStore
from sync_client.client import Backoff, SyncClient
from tests.chaos.chain import SKUS, open_till, seed_tiny_chain
from tests.conftest import _libpq
from tests.integration.harness import wait_for

pytestmark = pytest.mark.postgres
SKU = SKUS[0]


class Gate:
    """Opens the listener's connections, unless closed: then a reconnect waits until it is opened."""

    def __init__(self) -> None:
        self.open = threading.Event()
        self.open.set()
        self.store: HubStore | None = None

    def connect(self) -> Any:
        assert self.open.wait(30) and self.store is not None
        return dedicated_connection(self.store.db.engine)


@asynccontextmanager
async def two_hubs(pg_url: str, tmp_path: Path, gate: Gate) -> AsyncIterator[tuple[HubServer, HubServer]]:
    seeding = HubStore.open(pg_url)
    seed_tiny_chain(seeding, tmp_path)
    seeding.close()
    stores = [HubStore.open(pg_url), HubStore.open(pg_url)]
    gate.store = stores[1]
    servers = [HubServer(stores[0]), HubServer(stores[1], listen_connect=gate.connect)]
    for server in servers:
        await server.start()
    try:
        yield servers[0], servers[1]
    finally:
        gate.open.set()
        for server in servers:
            await server.stop()
        for store in stores:
            store.close()


def client(hub: HubServer, db: Database, device_id: str, store_id: str) -> SyncClient:
    token = enroll_device(hub.store.db, device_id, store_id, "till", replace=True)
    return SyncClient(db, hub.url, token=token, backoff=Backoff(base=0.05, cap=0.5))


def _on_hand(db: Database, store: str) -> int:
    with db.read() as s:
        return on_hand(s, store, SKU)


def test_a_notify_missed_while_reconnecting_is_made_up_by_rereading(pg_url: str, tmp_path: Path) -> None:
    """Hub B's LISTEN connection dies; hub A logs a sale while B is reconnecting (its NOTIFY reaches
    no one); after B listens again it re-reads the log, and B's till gets the sale."""

    async def scenario() -> None:
        gate = Gate()
        async with two_hubs(pg_url, tmp_path, gate) as (hub_a, hub_b):
            a, till_a = open_till(tmp_path / "a.sqlite3", "till-a", "CH-A")
            b, _ = open_till(tmp_path / "b.sqlite3", "till-b", "CH-B")
            ca, cb = client(hub_a, a, "till-a", "CH-A"), client(hub_b, b, "till-b", "CH-B")
            tasks = [asyncio.create_task(ca.run()), asyncio.create_task(cb.run())]
            try:
                await wait_for(lambda: ca.state.caught_up and cb.state.caught_up, 10, "both caught up")
                listener = hub_b.listener
                assert listener is not None and listener.listens == 1
                before = _on_hand(b, "CH-A")
                # A first sale reaches B through NOTIFY: B now serves its till from its in-memory tail.
                with a.write() as s:
                    record_sale(s, till_a, [BasketLine(SKU, 1)])
                ca.nudge()
                await wait_for(lambda: _on_hand(b, "CH-A") == before - 1, 10, "the first sale at till B")
                assert hub_b.tail.entries
                before -= 1

                gate.open.clear()
                pid = listener.backend_pid
                with psycopg.connect(_libpq(pg_url), autocommit=True) as admin:
                    admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
                await wait_for(lambda: listener.backend_pid is None, 10, "hub B to lose its LISTEN")

                with a.write() as s:
                    record_sale(s, till_a, [BasketLine(SKU, 2)])
                ca.nudge()
                head = hub_a.store.head()
                await wait_for(lambda: hub_a.store.head() > head, 10, "the sale logged by hub A")
                await asyncio.sleep(0.3)  # NOTIFY went out to nobody; nothing else may wake hub B
                assert listener.listens == 1
                assert _on_hand(b, "CH-A") == before

                gate.open.set()
                await wait_for(lambda: _on_hand(b, "CH-A") == before - 2, 10, "the sale to reach till B")
                assert listener.listens == 2
            finally:
                for task in tasks:
                    task.cancel()
                await asyncio.gather(*tasks, return_exceptions=True)
                a.dispose()
                b.dispose()

    asyncio.run(scenario())


def test_every_sale_reaches_the_tills_of_both_hubs(pg_url: str, tmp_path: Path) -> None:
    async def scenario() -> None:
        async with two_hubs(pg_url, tmp_path, Gate()) as (hub_a, hub_b):
            a, till_a = open_till(tmp_path / "a.sqlite3", "till-a", "CH-A")
            b, till_b = open_till(tmp_path / "b.sqlite3", "till-b", "CH-B")
            ca, cb = client(hub_a, a, "till-a", "CH-A"), client(hub_b, b, "till-b", "CH-B")
            tasks = [asyncio.create_task(ca.run()), asyncio.create_task(cb.run())]
            try:
                await wait_for(lambda: ca.state.caught_up and cb.state.caught_up, 10, "both caught up")
                start = {name: _on_hand(db, name) for name, db in (("CH-A", a), ("CH-B", b))}
                for _ in range(10):  # interleaved: both hubs append, each follows the other
                    with a.write() as s:
                        record_sale(s, till_a, [BasketLine(SKU, 1)])
                    with b.write() as s:
                        record_sale(s, till_b, [BasketLine(SKU, 1)])
                    ca.nudge()
                    cb.nudge()
                    await asyncio.sleep(0.01)
                for db in (a, b):
                    for store in ("CH-A", "CH-B"):
                        await wait_for(
                            lambda db=db, store=store: _on_hand(db, store) == start[store] - 10,
                            10,
                            f"{store}'s sales on both tills",
                        )
                head = hub_a.store.head()
                await wait_for(lambda: ca.state.cursor == cb.state.cursor == head, 10, "both at the head")
                assert [i.offset for i in hub_b.store.read_log(0, 10_000)] == list(range(1, head + 1))
            finally:
                for task in tasks:
                    task.cancel()
                await asyncio.gather(*tasks, return_exceptions=True)
                a.dispose()
                b.dispose()

    asyncio.run(scenario())


def test_a_hub_does_not_read_back_what_it_wrote_itself(pg_url: str, tmp_path: Path) -> None:
    """Its own commits are handed on by its writer; only the other process's NOTIFYs make it read."""

    async def scenario() -> None:
        async with two_hubs(pg_url, tmp_path, Gate()) as (hub_a, hub_b):
            a, till_a = open_till(tmp_path / "a.sqlite3", "till-a", "CH-A")
            ca = client(hub_a, a, "till-a", "CH-A")
            task = asyncio.create_task(ca.run())
            try:
                await wait_for(lambda: ca.state.caught_up, 10, "caught up")
                await asyncio.sleep(0.3)  # the reads after the first LISTEN are done
                reads_a, reads_b = hub_a.log_reads, hub_b.log_reads
                handing_on = hub_a._took_in

                async def slow_hand_on(logged: Any) -> None:  # the NOTIFY arrives before it
                    await asyncio.sleep(0.2)
                    await handing_on(logged)

                hub_a._took_in = slow_hand_on  # type: ignore[method-assign]
                for _ in range(5):
                    with a.write() as s:
                        record_sale(s, till_a, [BasketLine(SKU, 1)])
                    ca.nudge()
                    await wait_for(lambda: ca.state.cursor == hub_a.store.head(), 10, "the sale logged")
                await wait_for(lambda: hub_b.log_reads >= reads_b + 1, 10, "hub B following A")
                assert hub_a.log_reads == reads_a
            finally:
                task.cancel()
                await asyncio.gather(task, return_exceptions=True)
                a.dispose()

    asyncio.run(scenario())
