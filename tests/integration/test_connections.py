"""Live connections over a real socket, on a SQLite and a PostgreSQL hub: a device that stops reading is
closed and resumes from its cursor, a revoked device's open connection is closed at once (on every hub
process), and a device holds one live connection: a second copy replaces the first, which then waits
politely instead of fighting back."""

from __future__ import annotations

import asyncio
import contextlib
import socket
from pathlib import Path

import pytest
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed
from websockets.protocol import State

from core.catalogue import ProductUpserted
from core.events import EventRecord, payload_dict
from core.ids import new_id
from core.protocol import (
    CLOSE_REPLACED,
    CLOSE_REVOKED,
    CLOSE_SENDER_STALLED,
    Checkpoint,
    Events,
    Hello,
    Welcome,
    encode,
    hub_decoder,
)
from core.replica import outbox_status
from core.stock import BasketLine, record_sale
from desktop.demo import seed_hub
from hub.__main__ import main as hub_main
from hub.auth import enroll_device, revoke
from hub.server import HubServer
from hub.store import HubStore
from sync_client.client import Backoff, ConnectionState, NullListener, SyncClient
from tests.integration import harness
from tests.integration.harness import running_chain, wait_for

SKU = "PF-0001"


async def _raw_device(url: str, device_id: str, token: str, cursor: int) -> ClientConnection:
    """A device's connection with a small receive buffer, so a device that stops reading soon holds
    up the hub's sender (the kernel buffers nothing much on its behalf)."""
    host, port = url.removeprefix("ws://").split(":")
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    sock.connect((host, int(port)))
    ws = await connect(url, sock=sock, max_size=None, max_queue=4)
    await ws.send(encode(Hello(device_id=device_id, token=token, cursor=cursor)))
    assert isinstance(hub_decoder.decode(await ws.recv()), Welcome)
    return ws


def _pending(db) -> int:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return outbox_status(s).pending


async def _read_until_closed(ws: ClientConnection, offsets: list[int]) -> None:
    with contextlib.suppress(ConnectionClosed):
        async for raw in ws:
            msg = hub_decoder.decode(raw)
            if isinstance(msg, Events):
                offsets.extend(item.offset for item in msg.items)


def _fill_log(server: HubServer, products: int) -> None:
    """``products`` new products of the head office, through the hub's append path: several log pages."""
    enroll_device(server.store.db, "office-busy", None, "office")
    server.store.hello("office-busy", None)
    records = [
        EventRecord(
            event_id=new_id(),
            device_id="office-busy",
            seq=n,
            store_id=None,
            kind="product.upserted",
            occurred_at="2026-12-04T09:00:00.000+08:00",
            payload=payload_dict(ProductUpserted(f"FILL-{n:05}", "貨", "Item", "Artigo", 100, [], "fill")),
        )
        for n in range(1, products + 1)
    ]
    for start in range(0, products, 400):
        server.store.append("office-busy", records[start : start + 400])


def _hub_side(server: HubServer, ws: ClientConnection):  # type: ignore[no-untyped-def]
    """The hub's end of the device's connection (by the device's own address)."""
    assert server._server is not None
    mine = ws.local_address
    return next(c for c in server._server.connections if c.remote_address == mine)


def test_a_device_that_stops_reading_is_closed_and_resumes_from_its_cursor(tmp_path: Path) -> None:
    async def scenario() -> None:
        async with running_chain(tmp_path) as chain:
            chain.server.send_timeout = 0.3  # the real one is 30 s
            # Little socket buffer on the hub's side, so a device that stops reading holds up its
            # sender after a page or two instead of after megabytes (accepted sockets inherit it).
            assert chain.server._server is not None
            for sock in chain.server._server.sockets:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 32768)
            _fill_log(chain.server, 1200)
            head = chain.server.store.head()
            token = enroll_device(chain.server.store.db, "till-slow", "MO-SEN", "till")
            ws = await _raw_device(chain.server.url, "till-slow", token, 0)
            ws.transport.pause_reading()  # the device stops reading: its till is frozen, say
            hub_end = _hub_side(chain.server, ws)
            # The hub's sender gives up on its send timeout; the connection must not live on without it.
            await wait_for(
                lambda: hub_end.state is not State.OPEN, 15, "the hub to close the stalled connection"
            )
            ws.transport.resume_reading()
            first: list[int] = []
            await _read_until_closed(ws, first)
            assert ws.close_code == CLOSE_SENDER_STALLED and ws.close_reason == "sync.sender_stalled"
            assert first == list(range(1, len(first) + 1)) and len(first) < head

            # The device reconnects from its cursor and gets the rest, nothing lost or doubled.
            cursor = len(first)
            ws = await _raw_device(chain.server.url, "till-slow", token, cursor)
            second: list[int] = []
            async with asyncio.timeout(15):
                async for raw in ws:
                    msg = hub_decoder.decode(raw)
                    if isinstance(msg, Events):
                        second.extend(item.offset for item in msg.items)
                    if isinstance(msg, Checkpoint):  # sent once the device is current
                        break
            await ws.close()
            assert first + second == list(range(1, head + 1))

    asyncio.run(scenario())


def test_revoking_a_device_closes_its_open_connection_at_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    async def scenario() -> None:
        async with running_chain(tmp_path) as chain:
            seed_hub(chain.server.store, tmp_path)
            a, _ = chain.replica("till-a", "MO-SEN")
            b, till_b = chain.replica("till-b", "MO-TAI")
            ca, cb = chain.connect("a", a), chain.connect("b", b)
            await wait_for(lambda: ca.state.caught_up and cb.state.caught_up, 15, "caught up")
            # Revoked by the operator's command (another process on SQLite); till-a only reads.
            assert (
                hub_main(["--db", harness.HUB_DB or str(tmp_path / "hub.sqlite3"), "revoke", "till-a"]) == 0
            )
            capsys.readouterr()
            await wait_for(lambda: ca.state.status == "refused", 10, "the revoked till's connection to close")
            assert ca.state.error_code == "sync.device_revoked"  # shown as "removed by a manager"
            cursor = ca.state.cursor
            with b.write() as s:  # the chain trades on: none of it reaches the revoked till
                record_sale(s, till_b, [BasketLine(SKU, 1)])
            cb.nudge()
            await wait_for(lambda: chain.server.store.head() > cursor, 5, "till-b's sale logged")
            assert ca.state.cursor == cursor and not chain.server.is_connected("till-a")
            assert cb.state.status == "online"

    asyncio.run(scenario())


@pytest.mark.postgres
def test_a_revocation_through_one_hub_process_closes_the_connection_on_another(
    pg_url: str, tmp_path: Path
) -> None:
    async def scenario() -> None:
        stores = [HubStore.open(pg_url), HubStore.open(pg_url)]
        seed_hub(stores[0], tmp_path)
        token = enroll_device(stores[0].db, "till-a", "MO-SEN", "till")
        # No sweeps during the test: only the NOTIFY of the revoking process can close the connection.
        hubs = [HubServer(store, revocation_sweep=3600) for store in stores]
        for hub in hubs:
            await hub.start()
        try:
            await wait_for(lambda: all(h.listener and h.listener.listens for h in hubs), 10, "both listening")
            ws = await _raw_device(hubs[1].url, "till-a", token, 0)
            await asyncio.get_running_loop().run_in_executor(None, revoke, hubs[0].store.db, "till-a")
            async with asyncio.timeout(15):
                await _read_until_closed(ws, [])
            assert ws.close_code == CLOSE_REVOKED and ws.close_reason == "sync.device_revoked"
        finally:
            for hub in hubs:
                await hub.stop()
            for store in stores:
                store.close()

    asyncio.run(scenario())


@pytest.mark.postgres
def test_a_device_connecting_to_another_hub_process_replaces_its_connection_on_the_first(
    pg_url: str, tmp_path: Path
) -> None:
    async def scenario() -> None:
        stores = [HubStore.open(pg_url), HubStore.open(pg_url)]
        seed_hub(stores[0], tmp_path)
        token = enroll_device(stores[0].db, "till-a", "MO-SEN", "till")
        hubs = [HubServer(store) for store in stores]
        for hub in hubs:
            await hub.start()
        try:
            await wait_for(lambda: all(h.listener and h.listener.listens for h in hubs), 10, "both listening")
            first = await _raw_device(hubs[0].url, "till-a", token, 0)
            second = await _raw_device(hubs[1].url, "till-a", token, 0)  # a cloned PC, another process
            async with asyncio.timeout(15):
                await _read_until_closed(first, [])
            assert first.close_code == CLOSE_REPLACED and first.close_reason == "sync.connection_replaced"
            assert hubs[1].is_connected("till-a") and not hubs[0].is_connected("till-a")
            await second.close()
        finally:
            for hub in hubs:
                await hub.stop()
            for store in stores:
                store.close()

    asyncio.run(scenario())


class States(NullListener):
    def __init__(self) -> None:
        self.seen: list[ConnectionState] = []

    def on_state(self, state: ConnectionState) -> None:
        self.seen.append(state)


def test_a_second_copy_of_a_device_replaces_the_first_which_then_waits_without_fighting(
    tmp_path: Path,
) -> None:
    async def scenario() -> None:
        async with running_chain(tmp_path) as chain:
            seed_hub(chain.server.store, tmp_path)
            a, till = chain.replica("till-a", "MO-SEN")
            token = chain.tokens["till-a"]
            first, second = States(), States()
            # Two app instances on one database: the same device, the same token.
            c1 = SyncClient(a, chain.server.url, token=token, listener=first, replaced_retry=0.05)
            c1.backoff = Backoff(base=0.05, cap=0.5)
            chain.tasks.append(asyncio.create_task(c1.run()))
            await wait_for(lambda: c1.state.caught_up, 15, "the first copy caught up")
            c2 = SyncClient(a, chain.server.url, token=token, listener=second, replaced_retry=0.05)
            c2.backoff = Backoff(base=0.05, cap=0.5)
            t2 = asyncio.create_task(c2.run())
            chain.tasks.append(t2)
            await wait_for(
                lambda: c1.state.error_code == "sync.connection_replaced", 10, "the first to be replaced"
            )
            await wait_for(lambda: c2.state.caught_up, 10, "the second copy online")
            # The first copy keeps asking (every 50 ms here) but never pushes the second off.
            await wait_for(
                lambda: (
                    sum(
                        s.error_code == "sync.connection_replaced" and s.retry_in is not None
                        for s in first.seen
                    )
                    >= 10
                ),
                10,
                "the replaced copy to retry politely",
            )
            assert c2.state.status == "online"
            assert all(s.status == "online" for s in second.seen if s.status != "connecting")
            with a.write() as s:  # the live copy still syncs
                record_sale(s, till, [BasketLine(SKU, 1)])
            c2.nudge()
            await wait_for(lambda: _pending(a) == 0, 5, "the sale sent by the live copy")
            # The second copy closes: the first one comes back by itself.
            t2.cancel()
            await asyncio.gather(t2, return_exceptions=True)
            await wait_for(lambda: c1.state.status == "online", 10, "the first copy back online")

    asyncio.run(scenario())
