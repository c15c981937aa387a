"""The hub stops cleanly on Ctrl+C or a service manager's stop, also where the event loop cannot
install signal handlers itself (Windows' loops have no ``add_signal_handler``)."""

from __future__ import annotations

import asyncio
import signal

from hub.__main__ import on_stop_signals


class _WindowsLikeLoop:
    """The running loop, but without add_signal_handler, as on Windows."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop

    def add_signal_handler(self, *_args: object) -> None:
        raise NotImplementedError

    def call_soon_threadsafe(self, callback, *args):
        return self._loop.call_soon_threadsafe(callback, *args)


def test_a_stop_signal_ends_the_wait_where_the_loop_has_no_signal_handlers() -> None:
    before = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}

    async def scenario() -> None:
        stop = asyncio.Event()
        on_stop_signals(_WindowsLikeLoop(asyncio.get_running_loop()), stop)  # type: ignore[arg-type]
        signal.raise_signal(signal.SIGTERM)
        await asyncio.wait_for(stop.wait(), 5)

    try:
        asyncio.run(scenario())
    finally:
        for sig, handler in before.items():
            signal.signal(sig, handler)


def test_a_stop_signal_ends_the_wait_on_a_loop_with_signal_handlers() -> None:
    async def scenario() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        on_stop_signals(loop, stop)
        try:
            signal.raise_signal(signal.SIGINT)
            await asyncio.wait_for(stop.wait(), 5)
        finally:
            for sig in (signal.SIGINT, signal.SIGTERM):
                loop.remove_signal_handler(sig)

    asyncio.run(scenario())
