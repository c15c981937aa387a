"""The hub's websocket server: one handler per device connection.

Each connection has its own sender that reads the log from that device's cursor, so a slow store
lags and catches up instead of filling the hub's memory. Database work runs in threads: one writer
(SQLite allows one) and a small pool of readers; the event loop never waits on SQL.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

import msgspec
from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.exceptions import ConnectionClosed

from core.errors import DomainError
from core.protocol import (
    MAX_MESSAGE_BYTES,
    MAX_PUSH_EVENTS,
    PAGE_SIZE,
    SUPPORTED_VERSIONS,
    Ack,
    Error,
    Events,
    Gap,
    Hello,
    Message,
    Push,
    Welcome,
    client_decoder,
    encode,
)
from hub.store import HubStore

log = logging.getLogger(__name__)
T = TypeVar("T")

HELLO_TIMEOUT = 10.0
SEND_TIMEOUT = 30.0


class HubServer:
    def __init__(
        self, store: HubStore, host: str = "127.0.0.1", port: int = 0, *, hello_timeout: float = HELLO_TIMEOUT
    ) -> None:
        self.store = store
        self.host = host
        self.port = port
        self.hello_timeout = hello_timeout
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="hub-writer")
        self._readers = ThreadPoolExecutor(max_workers=4, thread_name_prefix="hub-reader")
        self._server: Server | None = None
        self._wakeups: set[asyncio.Event] = set()
        self.connections = 0

    async def _write(self, fn: Callable[..., T], *args: Any) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._writer, fn, *args)

    async def _read(self, fn: Callable[..., T], *args: Any) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._readers, fn, *args)

    async def start(self) -> int:
        self._server = await serve(
            self._handle,
            self.host,
            self.port,
            max_size=MAX_MESSAGE_BYTES,
            max_queue=16,
            ping_interval=20,
            ping_timeout=20,
        )
        sock = next(iter(self._server.sockets))
        self.port = sock.getsockname()[1]
        log.info("hub listening on ws://%s:%s", self.host, self.port)
        return self.port

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
        self._writer.shutdown(wait=True)
        self._readers.shutdown(wait=True)

    @property
    def url(self) -> str:
        return f"ws://{self.host}:{self.port}"

    def _notify(self) -> None:
        for wake in self._wakeups:
            wake.set()

    async def _handle(self, ws: ServerConnection) -> None:
        try:
            hello = await self._await_hello(ws)
        except (ConnectionClosed, TimeoutError):
            return
        if hello is None:
            return
        wake = asyncio.Event()
        self._wakeups.add(wake)
        self.connections += 1
        try:
            async with asyncio.TaskGroup() as tg:
                sender = tg.create_task(self._send_log(ws, hello.cursor, wake))
                await self._receive(ws, hello)
                sender.cancel()
        except* ConnectionClosed:
            pass
        except* Exception:
            log.exception("connection of %s failed", hello.device_id)
            with contextlib.suppress(Exception):
                await ws.close(1011, "sync.internal")
        finally:
            self._wakeups.discard(wake)
            self.connections -= 1

    async def _await_hello(self, ws: ServerConnection) -> Hello | None:
        raw = await asyncio.wait_for(ws.recv(), timeout=self.hello_timeout)
        try:
            msg = client_decoder.decode(raw)
        except (msgspec.DecodeError, msgspec.ValidationError):
            await self._fail(ws, "sync.protocol", "first message must be a valid hello")
            return None
        if not isinstance(msg, Hello):
            await self._fail(ws, "sync.protocol", "first message must be hello")
            return None
        if not set(msg.versions) & set(SUPPORTED_VERSIONS):
            await self._fail(ws, "sync.unsupported_version", f"hub speaks {SUPPORTED_VERSIONS}")
            return None
        result = await self._write(self.store.hello, msg.device_id, msg.store_id)
        version = max(set(msg.versions) & set(SUPPORTED_VERSIONS))
        await ws.send(
            encode(
                Welcome(
                    id=msg.id,
                    hub_epoch=result.epoch,
                    head=result.head,
                    last_seq_seen=result.last_seq,
                    version=version,
                )
            )
        )
        return msg

    async def _fail(self, ws: ServerConnection, code: str, detail: str) -> None:
        await ws.send(encode(Error(code=code, detail=detail)))
        await ws.close(1008, code)

    async def _receive(self, ws: ServerConnection, hello: Hello) -> None:
        async for raw in ws:
            try:
                msg = client_decoder.decode(raw)
            except (msgspec.DecodeError, msgspec.ValidationError) as exc:
                await ws.send(encode(Error(code="sync.protocol", detail=str(exc)[:200])))
                continue
            if isinstance(msg, Push):
                await self._on_push(ws, hello, msg)
            else:
                await ws.send(encode(Error(id=msg.id, code="sync.protocol", detail="unexpected message")))

    async def _on_push(self, ws: ServerConnection, hello: Hello, msg: Push) -> None:
        if len(msg.events) > MAX_PUSH_EVENTS:
            await ws.send(encode(Error(id=msg.id, code="sync.message_too_big", retryable=True)))
            return
        try:
            result = await self._write(self.store.append, hello.device_id, msg.events)
        except DomainError as exc:
            await ws.send(encode(Error(id=msg.id, code=exc.code, detail=str(exc)[:200])))
            return
        if result.appended:
            self._notify()
        reply: Message = Ack(id=msg.id, results=result.results, last_seq=result.last_seq)
        if result.results or result.gap_expected is None:
            await ws.send(encode(reply))
        if result.gap_expected is not None:
            await ws.send(encode(Gap(id=msg.id, expected=result.gap_expected)))

    async def _send_log(self, ws: ServerConnection, cursor: int, wake: asyncio.Event) -> None:
        while True:
            wake.clear()
            items = await self._read(self.store.read_log, cursor, PAGE_SIZE)
            if not items:
                await wake.wait()
                continue
            page = Events(from_offset=cursor, to_offset=items[-1].offset, items=items, head=items[-1].offset)
            # ws.send waits while the socket's buffer is full: a slow store slows its own sender only.
            await asyncio.wait_for(ws.send(encode(page)), timeout=SEND_TIMEOUT)
            cursor = items[-1].offset
