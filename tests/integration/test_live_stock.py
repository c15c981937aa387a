"""A real hub on 127.0.0.1 and two counter PCs with their own SQLite files."""

from __future__ import annotations

import asyncio
from pathlib import Path

from websockets.asyncio.client import connect

from core.protocol import Ack, Hello, Push, Welcome, encode, hub_decoder
from core.replica import outbox_status
from core.stock import BasketLine, on_hand, record_sale
from desktop.demo import seed_hub
from tests.integration.harness import running_chain, wait_for

SKU = "PF-0001"


def _on_hand(db, store: str, sku: str = SKU) -> int:
    with db.read() as s:
        return on_hand(s, store, sku)


def test_a_sale_at_one_store_reaches_the_other_within_a_second(tmp_path: Path) -> None:
    async def scenario() -> None:
        async with running_chain(tmp_path) as chain:
            seed_hub(chain.server.store, tmp_path)
            a, till_a = chain.replica("till-a", "MO-SEN")
            b, _ = chain.replica("till-b", "MO-TAI")
            ca, cb = chain.connect("a", a), chain.connect("b", b)
            await wait_for(lambda: ca.state.caught_up and cb.state.caught_up, 10, "both tills caught up")
            before = _on_hand(b, "MO-SEN")
            assert before == _on_hand(a, "MO-SEN") > 0

            with a.write() as s:
                record_sale(s, till_a, [BasketLine(SKU, 1)])
            ca.nudge()
            took = await wait_for(
                lambda: _on_hand(b, "MO-SEN") == before - 1, 1.0, "the sale to reach store B"
            )
            assert took < 1.0
            await wait_for(lambda: _outbox(a) == 0, 2, "A's outbox to drain")

    asyncio.run(scenario())


def _outbox(db) -> int:
    with db.read() as s:
        return outbox_status(s).pending


def test_replaying_the_same_events_twice_changes_nothing(tmp_path: Path) -> None:
    async def scenario() -> None:
        async with running_chain(tmp_path) as chain:
            seed_hub(chain.server.store, tmp_path)
            a, till_a = chain.replica("till-a", "MO-SEN")
            b, _ = chain.replica("till-b", "MO-TAI")
            ca, cb = chain.connect("a", a), chain.connect("b", b)
            await wait_for(lambda: ca.state.caught_up and cb.state.caught_up, 10, "caught up")
            for _ in range(3):
                with a.write() as s:
                    record_sale(s, till_a, [BasketLine(SKU, 1)])
            ca.nudge()
            await wait_for(lambda: _outbox(a) == 0, 3, "outbox drained")
            await wait_for(lambda: cb.state.cursor == chain.server.store.head(), 3, "B caught up")
            at_b, at_hub, head = _on_hand(b, "MO-SEN"), _hub_on_hand(chain), chain.server.store.head()

            # Replay: push A's three sales again on a fresh connection, twice, as after a lost ack.
            with a.read() as s:
                from sqlalchemy import select

                from core.models import Event
                from core.replica import to_record

                mine = [
                    to_record(r)
                    for r in s.scalars(select(Event).where(Event.device_id == "till-a").order_by(Event.seq))
                ]
            async with connect(chain.server.url) as ws:
                await ws.send(
                    encode(
                        Hello(
                            device_id="till-a",
                            token=chain.tokens["till-a"],
                            cursor=head,
                            last_seq=mine[-1].seq,
                        )
                    )
                )
                assert isinstance(hub_decoder.decode(await ws.recv()), Welcome)
                for _ in range(2):
                    await ws.send(encode(Push(events=mine)))
                    ack = hub_decoder.decode(await ws.recv())
                    while not isinstance(ack, Ack):  # the log stream and checkpoints interleave
                        ack = hub_decoder.decode(await ws.recv())
                    assert {r.status for r in ack.results} == {"duplicate"}
            await asyncio.sleep(0.2)
            assert chain.server.store.head() == head
            assert _on_hand(b, "MO-SEN") == at_b
            assert _hub_on_hand(chain) == at_hub

            # And B applying the same log page again (a resent page) does not count it twice.
            from core.replica import apply_remote

            page = [(i.offset, i.event) for i in chain.server.store.read_log(0, 10_000)]
            with b.write() as s:
                apply_remote(s, page, page[-1][0])
            assert _on_hand(b, "MO-SEN") == at_b

    asyncio.run(scenario())


def _hub_on_hand(chain) -> int:
    with chain.server.store.db.read() as s:
        return on_hand(s, "MO-SEN", SKU)


def test_a_till_keeps_selling_while_the_hub_is_down_and_syncs_after(tmp_path: Path) -> None:
    async def scenario() -> None:
        async with running_chain(tmp_path) as chain:
            seed_hub(chain.server.store, tmp_path)
            a, till_a = chain.replica("till-a", "MO-SEN")
            ca = chain.connect("a", a)
            await wait_for(lambda: ca.state.caught_up, 10, "caught up")
            port = chain.server.port
            await chain.server.stop()
            await wait_for(lambda: ca.state.status == "offline", 5, "the till to notice the hub is gone")
            assert ca.state.error_code == "sync.hub_unreachable"
            before = _on_hand(a, "MO-SEN")
            for _ in range(2):
                with a.write() as s:
                    record_sale(s, till_a, [BasketLine(SKU, 1)])
            assert _on_hand(a, "MO-SEN") == before - 2
            assert _outbox(a) == 2

            # The hub comes back on the same port with the same database.
            from hub.server import HubServer

            chain.server = HubServer(chain.server.store, "127.0.0.1", port)
            await chain.server.start()
            await wait_for(lambda: _outbox(a) == 0, 10, "the outbox to drain after the hub returned")
            assert _hub_on_hand(chain) == before - 2

    asyncio.run(scenario())


def test_a_hub_that_does_not_answer_leaves_the_till_offline_not_broken(tmp_path: Path, make_db) -> None:
    import socket

    from sync_client.client import Backoff, SyncClient

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens here once the socket closes
    db, _ = make_db("lonely")

    async def scenario() -> None:
        client = SyncClient(db, f"ws://127.0.0.1:{port}", backoff=Backoff(0.05, 0.2))
        task = asyncio.create_task(client.run())
        await wait_for(lambda: client.state.status == "offline", 5, "offline state")
        assert client.state.error_code == "sync.hub_unreachable"
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)

    asyncio.run(scenario())
