"""The baseline: a bare websockets relay. ``python -m benchmarks.relay --port N``

Every message it receives goes to every other open connection, unchanged. No parsing, no
persistence, no per-connection sender: what is left is the cost of websockets itself (framing and
syscalls). The server options match the hub's (frame limit, queue, pings,
no per-message compression, as the hub).
"""

from __future__ import annotations

import argparse
import asyncio
import signal

from websockets.asyncio.server import ServerConnection, broadcast, serve

MAX_MESSAGE_BYTES = 1 << 20


async def main(host: str, port: int) -> None:
    conns: set[ServerConnection] = set()

    async def handle(ws: ServerConnection) -> None:
        conns.add(ws)
        try:
            async for message in ws:
                # broadcast() writes to each connection without awaiting: one slow reader does not hold
                # the others back (the fastest trivial relay the library offers).
                broadcast([c for c in conns if c is not ws], message)
        finally:
            conns.discard(ws)

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    async with serve(
        handle,
        host,
        port,
        max_size=MAX_MESSAGE_BYTES,
        max_queue=16,
        ping_interval=20,
        ping_timeout=20,
        compression=None,  # the hub's options, so the table compares like with like
    ) as server:
        bound = next(iter(server.sockets)).getsockname()[1]
        print(f"relay ready on ws://{host}:{bound}", flush=True)
        await stop.wait()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="python -m benchmarks.relay")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    asyncio.run(main(args.host, args.port))
