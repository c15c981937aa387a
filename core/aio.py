"""Small asyncio helpers shared by the hub and the sync client (no I/O of their own)."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Awaitable
from typing import TypeVar

T = TypeVar("T")


async def within(seconds: float | None, awaitable: Awaitable[T]) -> T:
    """``await`` with a time limit, raising TimeoutError.

    Unlike ``asyncio.wait_for`` on Python 3.11, a cancellation that arrives together with the timeout
    is never turned into a TimeoutError (which callers may suppress): the task stays cancellable.
    """
    async with asyncio.timeout(seconds):
        return await awaitable


# An event loop shares the interpreter with worker threads (the hub's writer, the sync client's
# database work). A thread that finished its part waits for the GIL until the thread holding it lets
# go, at worst the switch interval: 5 ms by default, far more than a commit takes. Processes that relay
# sales (the hub, the app) use a shorter one (benchmarks/: latency).
SWITCH_INTERVAL = 0.0005


def favour_latency() -> None:
    """Hand the GIL between threads sooner (process-wide; call once at start-up)."""
    sys.setswitchinterval(SWITCH_INTERVAL)
