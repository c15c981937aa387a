"""The hardened protocol over a real socket: checkpoints and snapshots, restored hubs, retention,
the previous protocol version, refused facts, and a hub hammered with bad frames."""

from __future__ import annotations

import asyncio
import contextlib
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed

from core.checkpoint import read_buckets
from core.models import Event, StockBalance, SyncBucket
from core.protocol import Checkpoint, Error, Events, Hello, Welcome, encode, hub_decoder
from core.replica import outbox_status
from core.stock import BasketLine, on_hand, record_sale
from desktop.demo import seed_hub
from hub.auth import enroll_device
from hub.server import HubServer
from tests.integration.harness import running_chain, wait_for

SKU = "PF-0001"


def _balances(db) -> dict:
    with db.read() as s:
        return {(b.store_id, b.sku): b.on_hand for b in s.scalars(select(StockBalance))}


def _pending(db) -> int:
    with db.read() as s:
        return outbox_status(s).pending


def test_a_replica_that_disagrees_with_a_checkpoint_is_repaired_by_a_snapshot(tmp_path: Path) -> None:
    async def scenario() -> None:
        async with running_chain(tmp_path) as chain:
            chain.server.checkpoint_interval = 0.05
            seed_hub(chain.server.store, tmp_path)
            a, till = chain.replica("till-a", "MO-SEN")
            ca = chain.connect("a", a)
            await wait_for(lambda: ca.state.caught_up, 10, "caught up")
            # Damage the replica behind the protocol's back: a wrong balance and a wrong bucket.
            with a.write() as s:
                s.get(StockBalance, ("MO-TAI", SKU)).on_hand += 100
                s.get(SyncBucket, "MO-TAI").checksum ^= 1
                record_sale(s, till, [BasketLine(SKU, 1)])  # and one sale not yet sent
            ca.nudge()  # its push brings the next checkpoint, which disagrees
            await wait_for(lambda: ca.snapshots_applied >= 1, 10, "a snapshot after the checksum mismatch")
            await wait_for(lambda: _pending(a) == 0, 5, "the sale to be sent")
            await wait_for(lambda: ca.state.cursor == chain.server.store.head(), 5, "caught up again")
            with chain.server.store.db.read() as s:
                hub = {(b.store_id, b.sku): b.on_hand for b in s.scalars(select(StockBalance))}
                hub_buckets = read_buckets(s)
            assert _balances(a) == hub
            with a.read() as s:
                assert read_buckets(s) == hub_buckets

    asyncio.run(scenario())


@pytest.mark.sqlite_hub  # copies the hub's SQLite file; tests/hub/test_pg_restore.py does it on PostgreSQL
def test_a_restored_hub_is_detected_and_nothing_sold_is_lost(tmp_path: Path) -> None:
    async def scenario() -> None:
        async with running_chain(tmp_path) as chain:
            seed_hub(chain.server.store, tmp_path)
            a, till = chain.replica("till-a", "MO-SEN")
            ca = chain.connect("a", a)
            await wait_for(lambda: ca.state.caught_up, 10, "caught up")
            backup = tmp_path / "backup.sqlite3"
            import sqlite3

            src, dst = sqlite3.connect(tmp_path / "hub.sqlite3"), sqlite3.connect(backup)
            src.backup(dst)
            src.close()
            dst.close()
            for _ in range(3):
                with a.write() as s:
                    record_sale(s, till, [BasketLine(SKU, 1)])
            ca.nudge()
            await wait_for(lambda: _pending(a) == 0, 5, "sales acked by the hub")
            sold_total = on_hand_at(a)

            # The hub's disk dies; the operator restores last night's backup: three sales are gone there.
            port = chain.server.port
            await chain.server.stop()
            chain.server.store.close()
            from hub.store import HubStore

            (tmp_path / "hub.sqlite3").unlink()
            for suffix in ("-wal", "-shm"):
                (tmp_path / f"hub.sqlite3{suffix}").unlink(missing_ok=True)
            (tmp_path / "hub.sqlite3").write_bytes(backup.read_bytes())
            store = HubStore.open(tmp_path / "hub.sqlite3")
            chain.server = HubServer(store, "127.0.0.1", port)
            await chain.server.start()

            await wait_for(lambda: ca.snapshots_applied >= 1, 10, "the till to notice and take a snapshot")
            await wait_for(lambda: hub_on_hand(chain) == sold_total, 10, "the lost sales to be sent again")
            assert on_hand_at(a) == sold_total
            with store.db.read() as s:
                heads = s.scalar(select(func.count()).select_from(Event).where(Event.device_id == "till-a"))
            assert heads == 3  # each sale exactly once
            store.close()

    asyncio.run(scenario())


def on_hand_at(db) -> int:
    with db.read() as s:
        return on_hand(s, "MO-SEN", SKU)


def hub_on_hand(chain) -> int:
    with chain.server.store.db.read() as s:
        return on_hand(s, "MO-SEN", SKU)


def test_a_device_below_the_retention_floor_gets_a_snapshot_then_the_log(tmp_path: Path) -> None:
    async def scenario() -> None:
        async with running_chain(tmp_path) as chain:
            seed_hub(chain.server.store, tmp_path)
            chain.server.store.prune(keep_last=10)
            b, _ = chain.replica("till-b", "MO-TAI")
            cb = chain.connect("b", b)
            await wait_for(lambda: cb.snapshots_applied == 1 and cb.state.caught_up, 10, "snapshot then live")
            a, till = chain.replica("till-a", "MO-SEN")
            ca = chain.connect("a", a)
            await wait_for(lambda: ca.state.caught_up, 10, "a caught up")
            before = on_hand_at(b)
            with a.write() as s:
                record_sale(s, till, [BasketLine(SKU, 2)])
            ca.nudge()
            await wait_for(
                lambda: on_hand_at(b) == before - 2, 5, "the live log to resume after the snapshot"
            )
            with chain.server.store.db.read() as s:
                hub = {(x.store_id, x.sku): x.on_hand for x in s.scalars(select(StockBalance))}
            assert _balances(b) == hub

    asyncio.run(scenario())


def test_the_previous_protocol_version_is_still_served(tmp_path: Path) -> None:
    async def scenario() -> None:
        async with running_chain(tmp_path) as chain:
            chain.server.checkpoint_interval = 0.01
            seed_hub(chain.server.store, tmp_path)
            async with connect(chain.server.url) as ws:
                token = enroll_device(chain.server.store.db, "old-till", "MO-SEN", "till")
                await ws.send(encode(Hello(device_id="old-till", token=token, versions=[1])))
                welcome = hub_decoder.decode(await ws.recv())
                assert isinstance(welcome, Welcome) and welcome.version == 1
                received = 0
                while received < welcome.head:
                    msg = hub_decoder.decode(await asyncio.wait_for(ws.recv(), 5))
                    assert isinstance(msg, Events)  # never a checkpoint: version 1 does not know them
                    received = msg.to_offset
                try:  # nothing else follows: no checkpoint for a version-1 device
                    extra = await asyncio.wait_for(ws.recv(), 0.5)
                except TimeoutError:
                    extra = None
                assert extra is None

    asyncio.run(scenario())


def test_version_2_devices_get_checkpoints(tmp_path: Path) -> None:
    async def scenario() -> None:
        async with running_chain(tmp_path) as chain:
            chain.server.checkpoint_interval = 0.01
            seed_hub(chain.server.store, tmp_path)
            async with connect(chain.server.url) as ws:
                token = enroll_device(chain.server.store.db, "new-till", "MO-SEN", "till")
                await ws.send(encode(Hello(device_id="new-till", token=token)))
                welcome = hub_decoder.decode(await ws.recv())
                assert isinstance(welcome, Welcome) and welcome.version == 2
                msg = hub_decoder.decode(await ws.recv())
                while not isinstance(msg, Checkpoint):
                    msg = hub_decoder.decode(await asyncio.wait_for(ws.recv(), 5))
                assert msg.offset == welcome.head
                assert sum(count for _key, count, _sum in msg.buckets) == welcome.head

    asyncio.run(scenario())


def test_a_refused_sale_is_undone_locally_and_never_blocks_the_next(tmp_path: Path) -> None:
    async def scenario() -> None:
        async with running_chain(tmp_path) as chain:
            seed_hub(chain.server.store, tmp_path)
            a, till = chain.replica("till-a", "MO-SEN")
            ca = chain.connect("a", a)
            await wait_for(lambda: ca.state.caught_up, 10, "caught up")
            before_sen, before_tai = on_hand_at(a), _at(a, "MO-TAI")
            from core.replica import Till

            with a.write() as s:
                record_sale(s, Till(till.device_id, "MO-TAI"), [BasketLine(SKU, 1)])  # not this till's store
                record_sale(s, till, [BasketLine(SKU, 1)])
            ca.nudge()
            await wait_for(lambda: _pending(a) == 0, 5, "both answered")
            with a.read() as s:
                assert outbox_status(s).rejected == 1
                refused = s.scalar(select(Event).where(Event.status == "rejected"))
                assert refused.reason == "event.wrong_store"
            assert _at(a, "MO-TAI") == before_tai  # the refused sale's effect is undone
            assert on_hand_at(a) == before_sen - 1 == hub_on_hand(chain)

    asyncio.run(scenario())


def _at(db, store: str) -> int:
    with db.read() as s:
        return on_hand(s, store, SKU)


def test_the_hub_keeps_serving_while_hammered_with_bad_frames(tmp_path: Path) -> None:
    bad_frames = [
        b"not json at all",
        b"{}",
        b'{"type": "launch_missiles", "v": 2}',
        b'{"type": "push", "events": "nope"}',
        json.dumps({"type": "push", "events": [{"event_id": 1}]}).encode(),
        b"[1, 2, 3]",
        "\u00ff\u00fe".encode(),
        b'{"type":"hello"' + b" " * 100,
    ]

    async def hammer(url: str, rounds: int, tokens: dict[str, str]) -> dict[str, int]:
        seen: dict[str, int] = {}
        for n in range(rounds):
            async with connect(url, max_size=None) as ws:
                if n % 3 == 0:  # no hello at all: garbage first
                    await ws.send(bad_frames[n % len(bad_frames)])
                    reply = hub_decoder.decode(await asyncio.wait_for(ws.recv(), 5))
                    assert isinstance(reply, Error)
                    seen[reply.code] = seen.get(reply.code, 0) + 1
                    continue
                await ws.send(encode(Hello(device_id=f"bad-{n}", token=tokens[f"bad-{n}"])))
                hub_decoder.decode(await ws.recv())
                for frame in bad_frames:
                    await ws.send(frame)
                if n % 3 == 1:  # an oversized frame closes only this connection, as "too big" (1009)
                    with contextlib.suppress(ConnectionClosed):
                        await ws.send(b"x" * (2 << 20))
                        async with asyncio.timeout(5):
                            async for _ in ws:  # the replies to the bad frames, then the close
                                pass
                    if ws.close_code == 1009:
                        seen["closed_oversize"] = seen.get("closed_oversize", 0) + 1
        return seen

    async def scenario() -> None:
        async with running_chain(tmp_path) as chain:
            seed_hub(chain.server.store, tmp_path)
            a, till = chain.replica("till-a", "MO-SEN")
            b, _ = chain.replica("till-b", "MO-TAI")
            ca, cb = chain.connect("a", a), chain.connect("b", b)
            await wait_for(lambda: ca.state.caught_up and cb.state.caught_up, 10, "caught up")
            # Enrolled devices that misbehave: the frames are the attack, not the credentials.
            tokens = {
                f"bad-{n}": enroll_device(chain.server.store.db, f"bad-{n}", None, "office")
                for n in range(12)
            }
            hammering = asyncio.create_task(hammer(chain.server.url, 12, tokens))
            before = on_hand_at(b)
            for _ in range(10):
                with a.write() as s:
                    record_sale(s, till, [BasketLine(SKU, 1)])
                ca.nudge()
                await asyncio.sleep(0.02)
            seen = await hammering
            await wait_for(lambda: on_hand_at(b) == before - 10, 5, "trade to go on during the hammering")
            assert seen.get("sync.protocol", 0) >= 4
            assert seen.get("closed_oversize", 0) >= 1
            assert ca.state.status == cb.state.status == "online"

    asyncio.run(scenario())


def test_stopping_the_hub_with_a_push_in_flight_does_not_hang(tmp_path: Path) -> None:
    async def scenario() -> None:
        from hub.store import HubStore

        store = HubStore.open(tmp_path / "hub.sqlite3")
        server = HubServer(store, "127.0.0.1", 0)
        await server.start()
        seed_hub(store, tmp_path)
        release = asyncio.Event()
        real = store.append_many

        def slow_append_many(pushes):  # the writer is busy when the stop comes
            asyncio.run_coroutine_threadsafe(release.wait(), loop).result(timeout=5)
            return real(pushes)

        loop = asyncio.get_running_loop()
        store.append_many = slow_append_many  # type: ignore[method-assign]
        from core.events import EventRecord

        async with connect(server.url) as ws:
            token = enroll_device(store.db, "till-x", "MO-SEN", "till")
            await ws.send(encode(Hello(device_id="till-x", token=token)))
            hub_decoder.decode(await ws.recv())
            record = EventRecord(
                event_id="e1",
                device_id="till-x",
                seq=1,
                store_id="MO-SEN",
                kind="stock.received",
                occurred_at="2026-11-24T10:00:00+00:00",
                payload={"receipt_id": "r", "lines": [{"sku": SKU, "qty": 1}]},
            )
            from core.protocol import Push

            await ws.send(encode(Push(events=[record])))
            await asyncio.sleep(0.1)
            stopping = asyncio.create_task(server.stop())
            await asyncio.sleep(0.1)
            release.set()
            await asyncio.wait_for(stopping, 15)
        store.close()

    asyncio.run(scenario())
