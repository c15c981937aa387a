"""The fault proxy does what each mode says, against a plain TCP echo server (a chaos tool whose
faults silently do nothing would make every chaos test pass)."""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

import pytest

from tests.chaos.proxy import CUT, DELAY, FAULTS, HALF_OPEN, PASS, STALL, ChaosProxy, random_schedule

# Absence ("nothing arrives") can only be checked for a while; this is that while.
QUIET = 0.3
TIMEOUT = 5.0

Conn = tuple[asyncio.StreamReader, asyncio.StreamWriter]


@asynccontextmanager
async def echo_behind_proxy() -> AsyncIterator[tuple[ChaosProxy, list[bytes]]]:
    """An echo server (recording what reached it) behind a proxy."""
    received: list[bytes] = []
    handlers: set[asyncio.Task[None]] = set()

    async def echo(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        handlers.add(task)
        try:
            while data := await reader.read(1024):
                received.append(data)
                writer.write(data)
                await writer.drain()
        except ConnectionError:
            pass
        finally:
            writer.close()
            handlers.discard(task)

    server = await asyncio.start_server(echo, "127.0.0.1", 0)
    proxy = ChaosProxy(server.sockets[0].getsockname()[1])
    await proxy.start()
    try:
        yield proxy, received
    finally:
        await proxy.close()
        server.close()
        for task in list(handlers):
            task.cancel()
        await asyncio.gather(*handlers, return_exceptions=True)
        await server.wait_closed()


async def connect(proxy: ChaosProxy) -> Conn:
    return await asyncio.open_connection("127.0.0.1", proxy.port)


async def roundtrip(conn: Conn, data: bytes, timeout: float = TIMEOUT) -> bytes:
    reader, writer = conn
    writer.write(data)
    await writer.drain()
    return await asyncio.wait_for(reader.readexactly(len(data)), timeout)


async def nothing_arrives(reader: asyncio.StreamReader) -> bool:
    try:
        await asyncio.wait_for(reader.read(1024), QUIET)
    except TimeoutError:
        return True
    return False  # data or EOF came through


async def is_reset(reader: asyncio.StreamReader) -> bool:
    """The connection ends (reset or EOF) within the timeout."""
    try:
        data = await asyncio.wait_for(reader.read(1024), TIMEOUT)
    except (ConnectionError, OSError):
        return True
    return data == b""


def run(test: Callable[[ChaosProxy, list[bytes]], Awaitable[None]]) -> None:
    async def scenario() -> None:
        async with echo_behind_proxy() as (proxy, received):
            await test(proxy, received)

    asyncio.run(scenario())


def test_pass_forwards_both_ways() -> None:
    async def test(proxy: ChaosProxy, received: list[bytes]) -> None:
        conn = await connect(proxy)
        assert await roundtrip(conn, b"hello") == b"hello"
        conn[1].close()

    run(test)


def test_delay_holds_each_chunk() -> None:
    async def test(proxy: ChaosProxy, received: list[bytes]) -> None:
        conn = await connect(proxy)
        assert await roundtrip(conn, b"warm") == b"warm"
        proxy.delay(150)
        start = time.monotonic()
        assert await roundtrip(conn, b"slow") == b"slow"
        assert time.monotonic() - start >= 0.3  # delayed on the way there and on the way back
        proxy.heal()
        conn[1].close()

    run(test)


def test_cut_resets_connections_and_refuses_new_ones_until_healed() -> None:
    async def test(proxy: ChaosProxy, received: list[bytes]) -> None:
        conn = await connect(proxy)
        assert await roundtrip(conn, b"up") == b"up"
        proxy.cut()
        assert await is_reset(conn[0])
        refused = await connect(proxy)
        assert await is_reset(refused[0])
        proxy.heal()
        again = await connect(proxy)
        assert await roundtrip(again, b"back") == b"back"
        for _, writer in (conn, refused, again):
            writer.close()

    run(test)


def test_stall_is_a_black_hole_until_healed() -> None:
    async def test(proxy: ChaosProxy, received: list[bytes]) -> None:
        conn = await connect(proxy)
        assert await roundtrip(conn, b"up") == b"up"
        proxy.stall()
        conn[1].write(b"held")
        assert await nothing_arrives(conn[0])
        assert b"held" not in b"".join(received)
        late = await connect(proxy)  # accepted, but nothing moves either
        late[1].write(b"late")
        assert await nothing_arrives(late[0])
        proxy.heal()  # the held bytes flow on: the streams are intact
        assert await asyncio.wait_for(conn[0].readexactly(4), TIMEOUT) == b"held"
        assert await asyncio.wait_for(late[0].readexactly(4), TIMEOUT) == b"late"
        for _, writer in (conn, late):
            writer.close()

    run(test)


def test_half_open_forwards_to_the_hub_only_and_heal_resets_the_broken_stream() -> None:
    async def test(proxy: ChaosProxy, received: list[bytes]) -> None:
        conn = await connect(proxy)
        assert await roundtrip(conn, b"up") == b"up"
        proxy.half_open()
        conn[1].write(b"one-way")
        await conn[1].drain()
        assert await nothing_arrives(conn[0])
        assert b"one-way" in b"".join(received)
        assert proxy.stats["dropped_bytes"] >= len(b"one-way")
        proxy.heal()
        assert await is_reset(conn[0])
        conn[1].close()

    run(test)


def test_random_schedule_is_seeded_and_has_every_fault() -> None:
    seed = random.SystemRandom().randrange(1 << 32)
    a = random_schedule(random.Random(seed), 3.0)
    assert a == random_schedule(random.Random(seed), 3.0)
    assert {f.mode for f in a} == set(FAULTS)
    assert sum(f.hold for f in a) >= 3.0
    assert all(f.delay_ms > 0 for f in a if f.mode == DELAY)


@pytest.mark.parametrize("mode", [PASS, DELAY, CUT, STALL, HALF_OPEN])
def test_close_ends_every_connection_in_any_mode(mode: str) -> None:
    async def test(proxy: ChaosProxy, received: list[bytes]) -> None:
        conn = await connect(proxy)
        assert await roundtrip(conn, b"up") == b"up"
        {PASS: proxy.heal, DELAY: lambda: proxy.delay(50), CUT: proxy.cut, STALL: proxy.stall}.get(
            mode, proxy.half_open
        )()
        await proxy.close()
        assert await is_reset(conn[0])
        assert proxy.live_connections == 0
        conn[1].close()

    run(test)
