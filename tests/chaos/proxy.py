"""A fault-injecting TCP proxy between sync clients and the hub, switchable at run time.

Modes (one at a time, for every connection, current and new):

- ``pass``: bytes flow both ways.
- ``delay(ms)``: each chunk waits ``ms`` before it is forwarded (order is kept).
- ``cut()``: every current connection is reset (RST, no FIN) and new ones are reset on accept.
- ``stall()``: a black hole: connections are accepted and stay open, nothing moves either way.
  Stalled bytes are not read, so they wait in the kernel's socket buffers, as behind a dead link
  with TCP retransmitting; ``heal()`` lets them flow again.
- ``half_open()``: client → hub flows, hub → client bytes are discarded. A connection that lost
  bytes is no longer a coherent stream, so ``heal()`` resets it, as a middlebox that lost its state
  would; the peers then find out and reconnect.
- ``heal()``: back to ``pass``.

Bounded: each direction of a connection holds at most one chunk (``CHUNK`` bytes) in user space;
everything else is back-pressure on the sockets.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import socket
import struct
from collections import Counter
from dataclasses import dataclass, field

log = logging.getLogger(__name__)

CHUNK = 64 * 1024
CONNECT_TIMEOUT = 5.0

PASS, DELAY, CUT, STALL, HALF_OPEN = "pass", "delay", "cut", "stall", "half_open"
FAULTS = (DELAY, CUT, STALL, HALF_OPEN, PASS)


def _reset(writer: asyncio.StreamWriter) -> None:
    """Close abruptly: SO_LINGER 0 makes the kernel send RST instead of FIN."""
    sock = writer.get_extra_info("socket")
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()


@dataclass(eq=False)
class _Link:
    """One proxied connection: the client's side and the hub's side."""

    client: asyncio.StreamWriter
    upstream: asyncio.StreamWriter
    tainted: bool = False  # bytes were dropped: the stream is no longer coherent
    closed: bool = False
    pumps: list[asyncio.Task[None]] = field(default_factory=list)

    def reset(self) -> None:
        if self.closed:
            return
        self.closed = True
        _reset(self.client)
        _reset(self.upstream)
        current = asyncio.current_task()
        for task in self.pumps:
            if task is not current:
                task.cancel()


@dataclass(frozen=True)
class Fault:
    mode: str
    hold: float  # seconds the fault lasts
    delay_ms: int = 0

    def __str__(self) -> str:
        arg = f"({self.delay_ms}ms)" if self.mode == DELAY else ""
        return f"{self.mode}{arg} for {self.hold:.2f}s"


class ChaosProxy:
    """Listens on 127.0.0.1 (port 0) and forwards to ``upstream_port``."""

    def __init__(self, upstream_port: int, upstream_host: str = "127.0.0.1") -> None:
        self.upstream_host = upstream_host
        self.upstream_port = upstream_port
        self.mode = PASS
        self.delay_s = 0.0
        self.port = 0
        self._flowing = asyncio.Event()  # clear while stalled
        self._flowing.set()
        self._server: asyncio.Server | None = None
        self._links: set[_Link] = set()
        self._handlers: set[asyncio.Task[None]] = set()
        self.stats: Counter[str] = Counter()

    # -- lifecycle --------------------------------------------------------------------------------

    async def start(self) -> int:
        self._server = await asyncio.start_server(self._accept, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]
        return self.port

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.port}"

    async def close(self) -> None:
        if self._server is not None:
            self._server.close()
        for link in list(self._links):
            link.reset()
        handlers = list(self._handlers)
        for task in handlers:
            task.cancel()
        await asyncio.gather(*handlers, return_exceptions=True)
        if self._server is not None:
            await self._server.wait_closed()

    @property
    def live_connections(self) -> int:
        return len(self._links)

    # -- modes ------------------------------------------------------------------------------------

    def delay(self, ms: int) -> None:
        self._set(DELAY)
        self.delay_s = ms / 1000

    def cut(self) -> None:
        self._set(CUT)
        for link in list(self._links):
            self.stats["reset_by_cut"] += 1
            link.reset()

    def stall(self) -> None:
        self._set(STALL)

    def half_open(self) -> None:
        self._set(HALF_OPEN)

    def heal(self) -> None:
        self._set(PASS)
        for link in list(self._links):
            if link.tainted:
                self.stats["reset_on_heal"] += 1
                link.reset()

    def apply(self, fault: Fault) -> None:
        if fault.mode == DELAY:
            self.delay(fault.delay_ms)
        elif fault.mode == CUT:
            self.cut()
        elif fault.mode == STALL:
            self.stall()
        elif fault.mode == HALF_OPEN:
            self.half_open()
        else:
            self.heal()

    def _set(self, mode: str) -> None:
        self.stats[f"mode_{mode}"] += 1
        self.mode = mode
        self.delay_s = 0.0
        if mode == STALL:
            self._flowing.clear()
        else:
            self._flowing.set()

    # -- forwarding -------------------------------------------------------------------------------

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._handlers.add(task)
        try:
            await self._serve(reader, writer)
        except asyncio.CancelledError:
            # Only close() cancels a handler. Ending quietly matters: asyncio logs a cancelled
            # connection handler as an error.
            _reset(writer)
        finally:
            self._handlers.discard(task)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.stats["accepted"] += 1
        if self.mode == CUT:
            self.stats["refused"] += 1
            _reset(writer)
            return
        try:
            up_reader, up_writer = await asyncio.wait_for(
                asyncio.open_connection(self.upstream_host, self.upstream_port), CONNECT_TIMEOUT
            )
        except (OSError, TimeoutError):
            self.stats["upstream_unreachable"] += 1
            _reset(writer)
            return
        link = _Link(client=writer, upstream=up_writer)
        if self.mode == CUT:  # cut while we were connecting
            self.stats["refused"] += 1
            link.reset()
            return
        self._links.add(link)
        link.pumps = [
            asyncio.create_task(self._pump(link, reader, up_writer, to_client=False)),
            asyncio.create_task(self._pump(link, up_reader, writer, to_client=True)),
        ]
        try:
            await asyncio.gather(*link.pumps, return_exceptions=True)
        finally:
            self._links.discard(link)
            for side in (writer, up_writer):
                side.close()
            for side in (writer, up_writer):
                with contextlib.suppress(Exception):
                    await side.wait_closed()

    async def _pump(
        self, link: _Link, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, *, to_client: bool
    ) -> None:
        try:
            while not link.closed:
                data = await reader.read(CHUNK)
                if not data:
                    if writer.can_write_eof():
                        writer.write_eof()
                    return
                # Stalled: hold this one chunk (and read nothing more) until healed or reset.
                await self._flowing.wait()
                if link.closed:
                    return
                if self.mode == HALF_OPEN and to_client:
                    link.tainted = True
                    self.stats["dropped_bytes"] += len(data)
                    continue
                if self.mode == DELAY and self.delay_s:
                    await asyncio.sleep(self.delay_s)
                    await self._flowing.wait()  # a stall may have begun meanwhile
                    if link.closed:
                        return
                writer.write(data)
                await writer.drain()
                self.stats["forwarded_bytes"] += len(data)
        except (ConnectionError, OSError):
            # One side went away: the other learns it the way a real peer would, abruptly.
            link.reset()


def random_schedule(
    rng: random.Random, duration: float, *, min_hold: float = 0.1, max_hold: float = 0.6
) -> list[Fault]:
    """Faults drawn from ``rng`` lasting about ``duration`` seconds, every kind of fault at least once."""
    modes = [DELAY, CUT, STALL, HALF_OPEN, PASS]
    holds = [round(rng.uniform(min_hold, max_hold), 3) for _ in modes]
    while sum(holds) < duration:
        modes.append(rng.choice(FAULTS))
        holds.append(round(rng.uniform(min_hold, max_hold), 3))
    order = list(range(len(modes)))
    rng.shuffle(order)
    return [Fault(modes[i], holds[i], rng.randint(5, 150) if modes[i] == DELAY else 0) for i in order]


async def run_schedule(proxy: ChaosProxy, faults: list[Fault]) -> None:
    """Apply each fault for its hold time (the schedule *is* timing: these sleeps are the faults)."""
    for fault in faults:
        log.info("proxy: %s", fault)
        proxy.apply(fault)
        await asyncio.sleep(fault.hold)
    proxy.heal()
