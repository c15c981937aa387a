"""A real hub on 127.0.0.1 and real sync clients, each with its own SQLite file, on one event loop.

The hub's database is a SQLite file in the test's folder, or ``HUB_DB`` (a PostgreSQL URL) when
tests/integration/conftest.py runs the test against PostgreSQL.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path

from core.db import Database, open_sqlite
from core.replica import Till, init_replica
from hub.auth import enroll_device
from hub.server import HubServer
from hub.store import HubStore
from sync_client.client import Backoff, SyncClient

HUB_DB: str | None = None


class Chain:
    def __init__(self, root: Path, server: HubServer) -> None:
        self.root = root
        self.server = server
        self.clients: dict[str, SyncClient] = {}
        self.tasks: list[asyncio.Task[None]] = []
        self.dbs: list[Database] = []
        self.tokens: dict[str, str] = {}  # device id -> token, kept in memory as a credential store would

    def replica(
        self, name: str, store_id: str | None, *, seed_from: Path | None = None
    ) -> tuple[Database, Till]:
        path = self.root / f"{name}.sqlite3"
        if seed_from is not None:
            path.write_bytes(seed_from.read_bytes())
        db = open_sqlite(path)
        self.dbs.append(db)
        with db.write() as s:
            till = init_replica(s, name, store_id)
        # Enrolled as on a real chain: a till of its store, or the head office's device.
        role = "office" if store_id is None else "till"
        self.tokens[name] = enroll_device(self.server.store.db, name, store_id, role, replace=True)
        return db, till

    def connect(self, name: str, db: Database, url: str | None = None) -> SyncClient:
        client = SyncClient(db, url or self.server.url, backoff=Backoff(base=0.05, cap=0.5))
        client.token = self.tokens.get(client.device_id, "")
        self.clients[name] = client
        self.tasks.append(asyncio.create_task(client.run()))
        return client


async def wait_for(predicate: Callable[[], bool], timeout: float = 5.0, what: str = "condition") -> float:
    """Poll until true; returns the seconds it took. Fails the test with ``what`` on timeout."""
    start = time.perf_counter()
    while not predicate():
        if time.perf_counter() - start > timeout:
            raise AssertionError(f"timed out after {timeout}s waiting for {what}")
        await asyncio.sleep(0.005)
    return time.perf_counter() - start


@asynccontextmanager
async def running_chain(root: Path) -> AsyncIterator[Chain]:
    store = HubStore.open(HUB_DB or root / "hub.sqlite3")
    server = HubServer(store, "127.0.0.1", 0)
    await server.start()
    chain = Chain(root, server)
    try:
        yield chain
    finally:
        for task in chain.tasks:
            task.cancel()
        await asyncio.gather(*chain.tasks, return_exceptions=True)
        # A test may have replaced the hub (stopped, then started again): stop the one running now too.
        for hub in {id(server): server, id(chain.server): chain.server}.values():
            await hub.stop()
        for db in chain.dbs:
            db.dispose()
        store.close()
