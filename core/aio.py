"""Small asyncio helpers shared by the hub and the sync client (no I/O of their own)."""

from __future__ import annotations

import asyncio
import gc
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


# The cyclic garbage collector stops every thread while it runs; a full collection over a hub with
# 200 connections took 40-70 ms (benchmarks/: latency), longer than the whole store-to-store goal.
# Full collections are made rare: objects that live long are mostly set up at start and frozen then,
# and cycles that die young are still collected by the two younger generations.
GC_THRESHOLDS = (700, 10, 1000)


def favour_latency() -> None:
    """Hand the GIL between threads sooner and make full collections rare (process-wide; once at
    start-up). Call ``settled()`` when start-up is over."""
    sys.setswitchinterval(SWITCH_INTERVAL)
    gc.set_threshold(*GC_THRESHOLDS)


def settled() -> None:
    """Start-up is over: what exists now lives as long as the process; the collector skips it."""
    gc.collect()
    gc.freeze()
