"""Till A of the latency benchmark, in its own process: ``python -m benchmarks.till CONFIG.json``.

Two stores are two PCs: till A (the store whose sales are timed) runs here, apart from till B in the
benchmark process, so that A's own work (applying the echo of its sale, recording the hub's ack,
outbox reports) does not compete with B's apply for one interpreter's GIL and thread pool.

It opens till A's replica and runs a real ``SyncClient`` against the hub (``"kind": "hub"``, the
device's token in the config) or a ``RelayTill`` through the relay (``"kind": "relay"``, the replica
seeded from a copy of the seeded hub log first). Reports go to stdout as JSON lines:
``ready`` (caught up with the hub's seeded head), ``sold`` (per sale: ``event_id`` and ``t0``, the
time right after the commit), ``result`` (the sale-commit times and the process's CPU) or ``failed``.
Commands come on stdin: ``sell <sku>`` and ``stop`` (EOF counts as stop). It also stops by itself at
``deadline_s``.

The replica helpers, the sale and ``RelayTill`` are used by the benchmark process too (till B).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import sys
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.common import JsonChild, emit, own_cpu_s, raise_nofile, summary_ms

# CLOCK_MONOTONIC is system-wide on Linux: the ``t0`` this process reports is comparable with the
# benchmark process's own ``time.monotonic()`` (when till B saw the sale).
now = time.monotonic


# -- shared: a till's replica, its sale, the relay baseline's till ----------------------------------


def open_replica(path: Path, device_id: str, store_id: str) -> tuple[Any, Any]:
    from core.db import open_sqlite
    from core.replica import init_replica

    db = open_sqlite(path)
    with db.write() as s:
        till = init_replica(s, device_id, store_id)
    return db, till


@dataclass
class SaleTimes:
    """How long the till's own sale took to commit (waiting for the replica's write lock included)."""

    commit: list[float] = field(default_factory=list)
    locked: int = 0  # "database is locked": the sale had to be retried


def sell(db: Any, till: Any, sku: str, times: SaleTimes) -> tuple[Any, float]:
    """Commit a one-line sale at the till; returns its event and the time right after the commit."""
    from sqlalchemy.exc import OperationalError

    from core.stock import BasketLine, record_sale

    # The sync client's apply transactions compete for the replica's write lock; SQLite's busy handler
    # gives up after the busy timeout (5 s). A till would show an error; here the sale is retried and
    # the failures counted, for up to a minute.
    start = now()
    while True:
        try:
            with db.write() as s:
                receipt = record_sale(s, till, [BasketLine(sku, 1)])
        except OperationalError as exc:
            if "locked" not in str(exc) or now() - start > 60:
                raise
            times.locked += 1
            continue
        done = now()
        times.commit.append(done - start)
        return receipt.event, done


class RelayTill:
    """The baseline's till: same replica and apply code as a SyncClient, but talking to the relay.

    It sends its sales as ``push`` frames and applies every frame it receives (others' pushes) with
    ``apply_remote``, all frames that queued up while it was applying in one transaction.
    """

    def __init__(self, db: Any, till: Any, url: str, listener: Any, times: SaleTimes) -> None:
        self.db, self.till, self.url, self.listener = db, till, url, listener
        self.times = times
        self.offset = 0
        self.buffer: deque[bytes | str] = deque()
        self.wake = asyncio.Event()
        self.ws: Any = None
        self.tasks: list[asyncio.Task[None]] = []

    async def start(self) -> None:
        from websockets.asyncio.client import connect

        from core.models import ReplicaState
        from core.protocol import MAX_MESSAGE_BYTES

        def cursor() -> int:
            with self.db.read() as s:
                return int(s.get(ReplicaState, 1).hub_cursor)

        self.offset = await asyncio.to_thread(cursor)
        self.ws = await connect(self.url, max_size=MAX_MESSAGE_BYTES, open_timeout=30, close_timeout=2)
        self.tasks = [asyncio.create_task(self._read()), asyncio.create_task(self._apply())]

    async def _read(self) -> None:
        from websockets.exceptions import ConnectionClosed

        with contextlib.suppress(ConnectionClosed):
            async for raw in self.ws:
                self.buffer.append(raw)
                self.wake.set()

    async def _apply(self) -> None:
        from core.protocol import PAGE_SIZE, Push, client_decoder
        from core.replica import apply_remote

        while True:
            if not self.buffer:
                self.wake.clear()
                await self.wake.wait()
            # Like a hub page: at most PAGE_SIZE events per transaction.
            items: list[tuple[int, Any]] = []
            while self.buffer and len(items) < PAGE_SIZE:
                msg = client_decoder.decode(self.buffer.popleft())
                if isinstance(msg, Push):
                    for ev in msg.events:
                        self.offset += 1
                        items.append((self.offset, ev))
            if not items:
                continue

            def apply(items: list[Any] = items) -> Any:
                with self.db.write(durable=False) as s:  # as the SyncClient applies a page
                    return apply_remote(s, items, items[-1][0])

            changes = await asyncio.to_thread(apply)
            if changes:
                self.listener.on_changes(changes)

    def failed(self) -> BaseException | None:
        """Why the reader or the applier ended, if one did (a relay till that stopped applying)."""
        for task in self.tasks:
            if task.done():
                return (task.exception() if not task.cancelled() else None) or RuntimeError(
                    "relay till: the connection closed"
                )
        return None

    async def sell(self, sku: str) -> tuple[Any, float]:
        from core.protocol import Push, encode

        event, t0 = await asyncio.to_thread(sell, self.db, self.till, sku, self.times)
        await self.ws.send(encode(Push(id=event.seq, events=[event])))
        return event, t0

    async def stop(self) -> None:
        for task in self.tasks:
            task.cancel()
        await asyncio.gather(*self.tasks, return_exceptions=True)
        if self.ws is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self.ws.close(), 5)


def seed_replica_from_log(db: Any, hub_db: Path) -> None:
    """Give a relay till the catalogue: apply the seeded hub log as a SyncClient would have."""
    from core.replica import apply_remote
    from hub.store import HubStore

    store = HubStore.open(hub_db)
    try:
        items = [(i.offset, i.event) for i in store.read_log(0, 1_000_000)]
    finally:
        store.close()
    if not items:
        raise RuntimeError(f"no hub log to seed the relay till from in {hub_db}")
    with db.write() as s:
        apply_remote(s, items, items[-1][0])


# -- the benchmark process's handle on till A -------------------------------------------------------


class TillProcess(JsonChild):
    """Till A in its own process: ``ready`` once caught up, then ``sell`` one sale at a time."""

    module = "benchmarks.till"
    default_name = "till-a"
    routine = ('{"event": "sold"',)

    async def sell(self, sku: str, timeout: float = 90.0) -> tuple[str, float]:
        """Sell one ``sku`` at till A: the sale's event id and ``time.monotonic()`` right after its
        commit (in till A's process; comparable with this process's clock)."""
        await self.send(f"sell {sku}")
        msg = await self.expect("sold", timeout)  # a sale retried on a locked replica takes up to 60 s
        if msg.get("sku") != sku:
            raise RuntimeError(f"till A answered a sale of {msg.get('sku')!r} to 'sell {sku}'")
        return str(msg["event_id"]), float(msg["t0"])


# -- the child process ----------------------------------------------------------------------------


async def read_commands(queue: asyncio.Queue[str]) -> None:
    """Lines from stdin into ``queue``; EOF (the benchmark process went away) counts as ``stop``."""
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader()
    try:
        await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
        while line := await reader.readline():
            if cmd := line.decode().strip():
                queue.put_nowait(cmd)
    except (OSError, ValueError):  # stdin cannot be watched: no commands, as after EOF
        pass
    finally:
        queue.put_nowait("stop")


async def run_till(cfg: dict[str, Any], commands: asyncio.Queue[str]) -> dict[str, Any]:
    from core.aio import settled
    from sync_client.client import Backoff, NullListener, SyncClient

    db, till = open_replica(Path(cfg["db"]), cfg["device_id"], cfg["store_id"])
    times = SaleTimes()
    client: SyncClient | None = None
    relay_till: RelayTill | None = None
    task: asyncio.Task[None] | None = None
    sell_fn: Callable[[str], Awaitable[tuple[Any, float]]]
    try:
        if cfg["kind"] == "hub":
            client = SyncClient(
                db, cfg["url"], token=cfg["token"], backoff=Backoff(0.05, 0.5), app_version="bench"
            )
            task = asyncio.create_task(client.run())
            head = int(cfg["head"])
            deadline = now() + float(cfg.get("catchup_s", 60))
            while client.state.cursor < head:
                if task.done():
                    await task  # raises what ended it, if anything did
                    raise RuntimeError(f"till A's sync client ended: {client.state}")
                if now() > deadline:
                    raise TimeoutError(
                        f"till A did not catch up with the seeded hub in {cfg.get('catchup_s', 60)}s "
                        f"(cursor {client.state.cursor} of {head}; {client.state})"
                    )
                await asyncio.sleep(0.05)

            async def sell_hub(sku: str) -> tuple[Any, float]:
                assert client is not None
                event, t0 = await asyncio.to_thread(sell, db, till, sku, times)
                client.nudge()
                return event, t0

            sell_fn = sell_hub
            cursor = client.state.cursor
        else:
            await asyncio.to_thread(seed_replica_from_log, db, Path(cfg["catalogue_db"]))
            relay_till = RelayTill(db, till, cfg["url"], NullListener(), times)
            await relay_till.start()
            sell_fn = relay_till.sell
            cursor = relay_till.offset
        settled()  # start-up is over, as the app does once it is up
        emit("ready", cursor=cursor, startup_cpu_s=own_cpu_s())
        cpu_ready = own_cpu_s()
        while (cmd := await commands.get()) != "stop":
            op, _, sku = cmd.partition(" ")
            if op != "sell" or not sku:
                raise ValueError(f"unknown command {cmd!r}")
            if task is not None and task.done():
                await task
                raise RuntimeError(f"till A's sync client ended: {client.state if client else '?'}")
            if relay_till is not None and (exc := relay_till.failed()) is not None:
                raise RuntimeError(f"till A's relay connection ended: {exc!r}")
            event, t0 = await sell_fn(sku)
            emit("sold", sku=sku, event_id=event.event_id, t0=t0)
        cpu_end = own_cpu_s()
        return {
            "commit": summary_ms(times.commit),
            "sales": len(times.commit),
            "locked": times.locked,
            "cpu_s": cpu_end,  # the whole process, start-up included
            "cpu_serving_s": cpu_end - cpu_ready,
            "state": f"{client.state.status}, cursor {client.state.cursor}" if client else "relay",
        }
    finally:
        if client is not None:
            client.stop()
        if task is not None:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
        if relay_till is not None:
            await relay_till.stop()
        db.dispose()


async def main(cfg: dict[str, Any]) -> None:
    commands: asyncio.Queue[str] = asyncio.Queue()
    reader = asyncio.create_task(read_commands(commands))
    try:
        result = await asyncio.wait_for(run_till(cfg, commands), cfg["deadline_s"])
        emit("result", **result)
    except Exception as exc:
        emit("failed", error=repr(exc))
    finally:
        reader.cancel()
        await asyncio.gather(reader, return_exceptions=True)


if __name__ == "__main__":
    from core.aio import favour_latency

    raise_nofile(16384)
    favour_latency()  # as the benchmark process and the app do at start-up (settled() once ready)
    config = json.loads(Path(sys.argv[1]).read_text())
    if config.get("log_level"):
        logging.basicConfig(
            level=config["log_level"], format="%(asctime)s %(levelname)s %(name)s: %(message)s"
        )
    asyncio.run(main(config))
