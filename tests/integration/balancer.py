"""A TCP load balancer in front of several hub processes, as an operator would run one.

Each new connection goes to the first hub in the balancer's order that accepts it (a health check
in its simplest form); bytes are forwarded as they are, so websockets, pings and closes pass through.
When a hub dies its connections end, the devices reconnect, and the balancer sends them on to the
next hub.
"""

from __future__ import annotations

import asyncio
import contextlib


class Balancer:
    def __init__(self, backends: list[int], host: str = "127.0.0.1") -> None:
        self.backends = backends
        self.host = host
        self.port = 0
        self.chosen: list[int] = []  # the backend each connection went to, in order
        self._server: asyncio.Server | None = None
        self._pumps: set[asyncio.Task[None]] = set()

    @property
    def url(self) -> str:
        return f"ws://{self.host}:{self.port}"

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._accept, self.host, 0)
        self.port = self._server.sockets[0].getsockname()[1]

    async def close(self) -> None:
        if self._server is not None:
            self._server.close()
        for task in list(self._pumps):
            task.cancel()
        await asyncio.gather(*self._pumps, return_exceptions=True)
        if self._server is not None:
            await self._server.wait_closed()

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        for port in self.backends:
            try:
                up_reader, up_writer = await asyncio.wait_for(asyncio.open_connection(self.host, port), 2)
            except (OSError, TimeoutError):
                continue
            self.chosen.append(port)
            for pump in (self._pump(reader, up_writer), self._pump(up_reader, writer)):
                task = asyncio.create_task(pump)
                self._pumps.add(task)
                task.add_done_callback(self._pumps.discard)
            return
        writer.close()  # no hub answers

    async def _pump(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while data := await reader.read(64 * 1024):
                writer.write(data)
                await writer.drain()
        except (OSError, asyncio.IncompleteReadError):
            pass
        finally:  # one side ended: end the other too
            with contextlib.suppress(OSError, RuntimeError):
                writer.close()
