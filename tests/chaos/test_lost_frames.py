"""A link that loses whole frames mid-stream and goes on: the till notices the hole, reconnects and reads
the log again from its cursor; no snapshot, nothing lost.

TCP never does this, but a broken middlebox (or a hub fault) could; before the till checked that each
page follows on from its cursor, this showed up as a checksum mismatch and a full snapshot."""

from __future__ import annotations

import asyncio
import random
from pathlib import Path

from hub.server import HubServer
from hub.store import HubStore
from tests.chaos.chain import (
    STORES,
    catalogue,
    chaos_client,
    closing_dbs,
    open_till,
    seed_tiny_chain,
    sell_once,
    wait_until,
)
from tests.chaos.invariants import assert_invariants, cursor_of, hub_head, pending_count
from tests.chaos.proxy import ChaosProxy

TIMEOUT = 20.0


def test_frames_lost_on_a_link_that_goes_on_are_read_again(tmp_path: Path) -> None:
    hub_path = tmp_path / "hub.sqlite3"
    seller_path, watcher_path = tmp_path / "seller.sqlite3", tmp_path / "watcher.sqlite3"
    rng = random.Random(7)

    async def scenario() -> None:
        store = HubStore.open(hub_path)
        seed_tiny_chain(store, tmp_path)
        server = HubServer(store, "127.0.0.1", 0)
        await server.start()
        proxy = ChaosProxy(server.port)
        await proxy.start()
        seller_db, seller = open_till(seller_path, "lost-seller", STORES[0])
        watcher_db, _ = open_till(watcher_path, "lost-watcher", STORES[1])
        clients = [  # only the watcher's link breaks
            chaos_client(db, url, rng, hub_path)
            for db, url in ((seller_db, server.url), (watcher_db, proxy.url))
        ]
        seller_client, watcher = clients
        tasks = [asyncio.create_task(c.run()) for c in clients]
        committed: list[str] = []

        async def sell_and_wait_logged() -> None:
            skus = catalogue(seller_db)
            committed.append(await asyncio.to_thread(sell_once, seller_db, seller, rng, skus))
            seller_client.nudge()
            await wait_until(lambda: pending_count(seller_path) == 0, TIMEOUT, "the sale to be logged")

        try:
            with closing_dbs([seller_db, watcher_db]):
                await wait_until(lambda: all(c.state.caught_up for c in clients), TIMEOUT, "first sync")
                proxy.half_open()  # hub → watcher bytes are dropped from here on
                dropped = proxy.stats["dropped_bytes"]
                await sell_and_wait_logged()
                await wait_until(
                    lambda: proxy.stats["dropped_bytes"] > dropped, TIMEOUT, "the page to be lost"
                )
                proxy.delay(1)  # the link flows again without being reset: the next page follows a hole
                await sell_and_wait_logged()
                await wait_until(
                    lambda: cursor_of(watcher_path) == hub_head(hub_path), TIMEOUT, "the watcher"
                )
                assert watcher.log_gaps >= 1  # it saw the hole and reconnected ...
                assert [c.snapshots_requested for c in clients] == [0, 0]  # ... instead of a snapshot
                assert_invariants(hub_path, [seller_path, watcher_path], {seller_path: committed})
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            await proxy.close()
            await server.stop()
            store.close()

    asyncio.run(scenario())
