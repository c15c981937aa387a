"""Two ``python -m hub`` processes on one PostgreSQL database behind a TCP load balancer, a till on
each: every sale reaches both tills; one hub is killed with ``kill -9`` mid-stream, its till reconnects
to the other, and nothing is lost or doubled."""

from __future__ import annotations

import asyncio
import random
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select

from core.db import Database
from core.models import Event, StockBalance
from core.replica import outbox_status
from hub.auth import enroll_device
from hub.store import HubStore
from sync_client.client import Backoff, SyncClient
from tests.chaos.chain import HubProcess, catalogue, free_port, open_till, seed_tiny_chain, sell, wait_until
from tests.integration.balancer import Balancer

pytestmark = pytest.mark.postgres
TIMEOUT = 20.0


def _balances(db: Database) -> dict[tuple[str, str], int]:
    with db.read() as s:
        return {(b.store_id, b.sku): b.on_hand for b in s.scalars(select(StockBalance)) if b.on_hand}


def _event_ids(db: Database) -> set[str]:
    with db.read() as s:
        return set(s.scalars(select(Event.event_id).where(Event.status != "rejected")))


def _pending(db: Database) -> int:
    with db.read() as s:
        return outbox_status(s).pending


def test_two_hub_processes_serve_one_chain_and_survive_kill_9_of_one(pg_url: str, tmp_path: Path) -> None:
    rng = random.Random(6)
    hub = HubStore.open(pg_url)  # the test's own view of the shared database
    seed_tiny_chain(hub, tmp_path)
    tokens = {
        device: enroll_device(hub.db, device, store, "till", replace=True)
        for device, store in (("till-a", "CH-A"), ("till-b", "CH-B"))
    }

    async def scenario() -> None:
        hubs = [HubProcess(pg_url, free_port(), tmp_path / f"hub-{n}.log") for n in (1, 2)]  # type: ignore[arg-type]
        for h in hubs:
            await h.start()
        # Each till's balancer prefers its own hub and falls back to the other.
        balancers = [Balancer([hubs[0].port, hubs[1].port]), Balancer([hubs[1].port, hubs[0].port])]
        for b in balancers:
            await b.start()
        tills = [
            open_till(tmp_path / "a.sqlite3", "till-a", "CH-A"),
            open_till(tmp_path / "b.sqlite3", "till-b", "CH-B"),
        ]
        clients = [
            SyncClient(db, lb.url, token=tokens[till.device_id], backoff=Backoff(base=0.05, cap=0.5))
            for (db, till), lb in zip(tills, balancers, strict=True)
        ]
        tasks = [asyncio.create_task(c.run()) for c in clients]
        try:
            await wait_until(lambda: all(c.state.caught_up for c in clients), TIMEOUT, "first sync")
            assert balancers[0].chosen == [hubs[0].port] and balancers[1].chosen == [hubs[1].port]
            base = hub.head()
            committed: list[list[str]] = [[], []]
            stop = asyncio.Event()
            skus = catalogue(tills[0][0])
            sellers = [
                asyncio.create_task(
                    sell(db, till, random.Random(rng.random()), (0.0, 0.03), c.nudge, out, stop)
                )
                for (db, till), c, out in zip(tills, clients, committed, strict=True)
            ]
            assert skus

            await wait_until(lambda: hub.head() >= base + 20, TIMEOUT, "sales through both hubs")
            await hubs[0].kill9()  # mid-stream: both tills are selling and pushing
            await wait_until(lambda: len(balancers[0].chosen) >= 2, TIMEOUT, "till A to reconnect")
            assert balancers[0].chosen[-1] == hubs[1].port
            more = sum(map(len, committed)) + 20
            await wait_until(lambda: sum(map(len, committed)) >= more, TIMEOUT, "sales after the kill")
            stop.set()
            await asyncio.gather(*sellers)

            await wait_until(lambda: all(_pending(db) == 0 for db, _ in tills), TIMEOUT, "outboxes drained")
            head = hub.head()
            await wait_until(
                lambda: all(c.state.cursor == head for c in clients), TIMEOUT, "tills at the head"
            )

            log = hub.read_log(0, 100_000)
            assert [i.offset for i in log] == list(range(1, head + 1))  # gap-free
            ids = Counter(i.event.event_id for i in log)
            sold = [e for out in committed for e in out]
            assert all(ids[e] == 1 for e in sold)  # every sale logged exactly once
            assert head == base + len(sold)
            with hub.db.read() as s:
                hub_balances = {
                    (b.store_id, b.sku): b.on_hand for b in s.scalars(select(StockBalance)) if b.on_hand
                }
            for db, _ in tills:  # every event reached both tills; their stock agrees with the hub's
                assert _event_ids(db) == set(ids)
                assert _balances(db) == hub_balances
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            for b in balancers:
                await b.close()
            for h in hubs:
                if h.running:
                    await h.stop()
            for db, _ in tills:
                db.dispose()

    try:
        asyncio.run(scenario())
    finally:
        hub.close()
