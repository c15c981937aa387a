"""Small asyncio helpers shared by the hub and the sync client (no I/O of their own)."""

from __future__ import annotations

import asyncio
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
