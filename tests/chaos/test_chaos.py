"""Chaos: network faults, a hub killed mid-stream, a till killed between commit and push.

Each test prints its seed (``chaos seed=N``); ``CHAOS_SEED=N`` replays the same fault schedule and
sales (timing still varies, so a replay takes the same path only roughly). Every wait is for a
condition, with a generous timeout; the only sleeps are the faults' own durations and the shop's pace.
"""

from __future__ import annotations

import asyncio
import os
import random
from pathlib import Path
from typing import Any

import pytest

from hub.rules import RULES_DEVICE
from hub.server import HubServer
from hub.store import HubStore
from sync_client.client import SyncClient
from tests.chaos.chain import (
    STORES,
    HubProcess,
    TillProcess,
    bulk_sell,
    catalogue,
    chaos_client,
    chaos_seed,
    closing_dbs,
    free_port,
    open_till,
    seed_hub_file,
    seed_tiny_chain,
    sell,
    wait_until,
)
from tests.chaos.invariants import (
    assert_invariants,
    hub_head,
    pending_count,
    read_replica,
    wait_caught_up,
    wait_outboxes_empty,
)
from tests.chaos.proxy import ChaosProxy, random_schedule, run_schedule

SYNC_TIMEOUT = 20.0  # first catch-up of a fresh till, on a loaded 2-core machine
STOP_TIMEOUT = 30.0

# A fault schedule is timed: with another test process busy on the same two cores, the hub's and the
# tills' timing shifts, and the schedule's outcome with it. These run alone, after the parallel part of
# the suite, so that what they exercise stays close to what their seed replays.
pytestmark = pytest.mark.quiet


def _no_snapshots(clients: list[SyncClient]) -> None:
    """No data was lost, so no checksum may disagree: a snapshot here would be a spurious refetch.
    (A link that drops whole frames and goes on shows up as a log gap and a reconnect instead.)"""
    print(f"log gaps seen by the tills: {[c.log_gaps for c in clients]}")
    requested = [getattr(c, "snapshots_requested", 0) for c in clients]
    assert requested == [0] * len(clients), f"snapshots requested: {requested}"


async def _stop(tasks: list[asyncio.Task[Any]]) -> None:
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


def test_sales_survive_random_network_faults(tmp_path: Path) -> None:
    """Three tills sell while a proxy delays, cuts, black-holes and half-opens their links to the hub."""
    seed = chaos_seed()
    print(f"chaos seed={seed}")
    rng = random.Random(seed)
    # CHAOS_DURATION lengthens the fault schedule for a soak run.
    schedule = random_schedule(rng, duration=float(os.environ.get("CHAOS_DURATION", "4")))
    print("schedule: " + ", ".join(str(f) for f in schedule))
    hub_path = tmp_path / "hub.sqlite3"
    till_paths = [tmp_path / f"till-{store}.sqlite3" for store in STORES]

    async def scenario() -> None:
        store = HubStore.open(hub_path)
        seed_tiny_chain(store, tmp_path)
        server = HubServer(store, "127.0.0.1", 0)
        await server.start()
        proxy = ChaosProxy(server.port)
        await proxy.start()
        tills = [open_till(p, f"chaos-till-{s}", s) for p, s in zip(till_paths, STORES, strict=True)]
        tasks: list[asyncio.Task[Any]] = []
        try:
            with closing_dbs([db for db, _ in tills]):
                clients = [chaos_client(db, proxy.url, rng, hub_path) for db, _ in tills]
                tasks += [asyncio.create_task(c.run()) for c in clients]
                await wait_until(lambda: all(c.state.caught_up for c in clients), SYNC_TIMEOUT, "first sync")

                committed: list[list[str]] = [[] for _ in tills]
                stop_selling = asyncio.Event()
                sellers = [
                    asyncio.create_task(
                        sell(db, till, random.Random(rng.random()), (0.0, 0.08), c.nudge, out, stop_selling)
                    )
                    for (db, till), c, out in zip(tills, clients, committed, strict=True)
                ]
                tasks += sellers
                # One till also pushes a day's offline backlog: big pushes and pages cross the faults.
                (db0, till0), backlog_rng = tills[0], random.Random(rng.random())
                backlog = asyncio.create_task(
                    asyncio.to_thread(bulk_sell, db0, till0, backlog_rng, 300, catalogue(db0))
                )
                tasks.append(backlog)
                await run_schedule(proxy, schedule)  # ends healed
                committed[0] += await backlog
                clients[0].nudge()
                stop_selling.set()
                await asyncio.gather(*sellers)
                print(f"proxy during the faults: {dict(proxy.stats)}")
                print(f"sales: {[len(c) for c in committed]}")

                took = await wait_outboxes_empty(till_paths)
                await wait_caught_up(hub_path, till_paths)
                print(f"drained {took:.2f}s after the last sale and the heal")
                print(f"proxy at the end: {dict(proxy.stats)}")
                await _stop(tasks)
                _no_snapshots(clients)
                hub, _ = assert_invariants(
                    hub_path, till_paths, dict(zip(till_paths, committed, strict=True))
                )
                sales = sum(1 for e in hub.events.values() if e.kind == "sale.recorded")
                assert sales == sum(len(c) for c in committed)
        finally:
            await _stop(tasks)
            # Bounded: a hub that cannot stop is a finding, not a hung test run.
            await asyncio.wait_for(proxy.close(), STOP_TIMEOUT)
            await asyncio.wait_for(server.stop(), STOP_TIMEOUT)
            store.close()

    asyncio.run(scenario())


def test_hub_killed_mid_stream_loses_no_sale(tmp_path: Path) -> None:
    """kill -9 of the hub process while tills sell and push, twice; it restarts on the same port and file."""
    seed = chaos_seed()
    print(f"chaos seed={seed}")
    rng = random.Random(seed)
    hub_path = tmp_path / "hub.sqlite3"
    seed_hub_file(hub_path, tmp_path)
    till_paths = [tmp_path / f"till-{store}.sqlite3" for store in STORES]

    async def scenario() -> None:
        hub = HubProcess(hub_path, free_port(), tmp_path / "hub.log")
        await hub.start()
        tills = [open_till(p, f"chaos-till-{s}", s) for p, s in zip(till_paths, STORES, strict=True)]
        tasks: list[asyncio.Task[Any]] = []
        try:
            with closing_dbs([db for db, _ in tills]):
                clients = [chaos_client(db, hub.url, rng, hub_path) for db, _ in tills]
                tasks += [asyncio.create_task(c.run()) for c in clients]
                await wait_until(
                    lambda: all(c.state.caught_up for c in clients), SYNC_TIMEOUT, "first sync", hub.tail
                )
                base = hub_head(hub_path)

                committed: list[list[str]] = [[] for _ in tills]
                stop_selling = asyncio.Event()
                sellers = [
                    asyncio.create_task(
                        sell(db, till, random.Random(rng.random()), (0.0, 0.04), c.nudge, out, stop_selling)
                    )
                    for (db, till), c, out in zip(tills, clients, committed, strict=True)
                ]
                tasks += sellers

                def sold() -> int:
                    return sum(len(c) for c in committed)

                for round_ in range(2):
                    # Mid-stream: the hub has logged some of this round's sales and more are coming.
                    target = hub_head(hub_path) + 5
                    await wait_until(
                        lambda t=target: hub_head(hub_path) >= t,
                        SYNC_TIMEOUT,
                        "sales reaching the hub",
                        hub.tail,
                    )
                    await asyncio.sleep(rng.uniform(0, 0.1))  # where in the stream the crash lands
                    await hub.kill9()
                    print(f"round {round_}: hub killed at head {hub_head(hub_path)} after {sold()} sales")
                    await wait_until(
                        lambda: all(c.state.status != "online" for c in clients), 10, "tills to notice"
                    )
                    # The tills keep selling offline: each has something in its outbox.
                    await wait_until(
                        lambda: all(pending_count(p) > 0 for p in till_paths), 10, "offline sales"
                    )
                    if round_ == 0:
                        # And one sold all day offline: more than one push batch (500) to send.
                        (db0, till0), backlog_rng = tills[0], random.Random(rng.random())
                        committed[0] += await asyncio.to_thread(
                            bulk_sell, db0, till0, backlog_rng, 600, catalogue(db0)
                        )
                    await hub.start()  # same port, same file
                # And they sell on a little after the last restart.
                more = sold() + 15
                await wait_until(lambda: sold() >= more, 10, "sales after the restart")
                stop_selling.set()
                await asyncio.gather(*sellers)
                print(f"sales: {[len(c) for c in committed]}")
                took = await wait_outboxes_empty(till_paths)
                await wait_caught_up(hub_path, till_paths)
                print(f"drained {took:.2f}s after the last sale")
                await _stop(tasks)
                _no_snapshots(clients)
                assert await hub.stop() == 0
                hub_view, _ = assert_invariants(
                    hub_path, till_paths, dict(zip(till_paths, committed, strict=True))
                )
                # Every sale once, plus the oversell alerts the hub itself wrote (random sales oversell).
                alerts = sum(1 for e in hub_view.events.values() if e.device_id == RULES_DEVICE)
                assert hub_view.head == base + sold() + alerts
        finally:
            await _stop(tasks)
            if hub.running:
                await hub.stop()

    asyncio.run(scenario())


def test_till_killed_between_commit_and_push_sends_its_sales_once(tmp_path: Path) -> None:
    """kill -9 of a till process that committed sales but never pushed; restarted, they reach the hub once.
    Another till sells meanwhile, and a third crash lands in the middle of normal selling."""
    seed = chaos_seed()
    print(f"chaos seed={seed}")
    rng = random.Random(seed)
    hub_path = tmp_path / "hub.sqlite3"
    seed_hub_file(hub_path, tmp_path)
    a_path, b_path = tmp_path / "till-a.sqlite3", tmp_path / "till-b.sqlite3"
    hub = HubProcess(hub_path, free_port(), tmp_path / "hub.log")

    def till(name: str, path: Path, store: str, *extra: str) -> TillProcess:
        args = ["--db", str(path), "--device", f"chaos-{name}", "--store", store, "--hub", hub.url]
        args += ["--hub-db", str(hub_path)]  # the till enrols itself there, as a manager would enrol it
        args += ["--seed", str(rng.randrange(1 << 30)), *extra]
        process = TillProcess(name, args, tmp_path / f"{name}.log")
        process.related.append(hub)
        return process

    async def scenario() -> None:
        await hub.start()
        runs: list[TillProcess] = []
        try:
            # Till B sells throughout and keeps syncing until told to stop.
            b = till("till-b", b_path, "CH-B", "--sales", "40", "--interval", "0.1")
            # Till A's first run fetches the catalogue and sells a little.
            a1 = till("till-a", a_path, "CH-A", "--sales", "3", "--exit-when-drained")
            runs += [b, a1]
            await asyncio.gather(b.start(), a1.start())
            await a1.wait_line("drained", SYNC_TIMEOUT)
            assert await a1.stop() == 0

            # A commits 4 sales and crashes before pushing any of them.
            a2 = till("till-a", a_path, "CH-A", "--sales", "4", "--hold-push")
            runs.append(a2)
            await a2.start()
            await a2.wait_line("holding", SYNC_TIMEOUT)
            assert len(a2.committed) == 4
            await a2.kill9()
            assert pending_count(a_path) == 4
            assert not set(a2.committed) & set(read_replica(hub_path).events), "held sales reached the hub"

            # Restarted normally: the outbox drains within 10 s, and A sells on; a crash mid-selling.
            a3 = till("till-a", a_path, "CH-A", "--sales", "30", "--interval", "0.02")
            runs.append(a3)
            await a3.start()
            held = set(a2.committed)
            took = await wait_until(
                lambda: held <= set(read_replica(hub_path).events), 10, "A's held sales to reach the hub"
            )
            print(f"held sales reached the hub {took:.2f}s after the restart began")
            await a3.wait_committed(rng.randint(1, 20), SYNC_TIMEOUT)
            await a3.kill9()
            print(f"till-a killed after {len(a3.committed)} of 30 sales")

            a4 = till("till-a", a_path, "CH-A")
            runs.append(a4)
            await a4.start()
            await a4.wait_line("drained", SYNC_TIMEOUT)
            await b.wait_line("drained", 60)
            await wait_outboxes_empty([a_path, b_path])
            await wait_caught_up(hub_path, [a_path, b_path])
            for run in (a4, b):
                assert await run.stop() == 0, run.tail()
            assert await hub.stop() == 0
            committed_a = a1.committed + a2.committed + a3.committed
            hub_view, _ = assert_invariants(
                hub_path, [a_path, b_path], {a_path: committed_a, b_path: b.committed}
            )
            # A sale may commit in the instant before the kill and not be printed: the file is the truth.
            mine = sum(1 for e in hub_view.events.values() if e.device_id == "chaos-till-a")
            assert mine >= len(committed_a)
        finally:
            for run in runs:
                if run.running:
                    await run.stop()
            if hub.running:
                await hub.stop()

    asyncio.run(scenario())
