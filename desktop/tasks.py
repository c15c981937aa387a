"""Running database work off the GUI thread and delivering the result back on it."""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


class TaskRunner(QObject):
    """``submit(work, done, failed)``: ``work()`` runs in a worker thread; ``done(result)`` or
    ``failed(exc)`` runs on the GUI thread. Widgets use it for every query and write."""

    _finished = Signal(object)

    def __init__(self, workers: int = 2, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="db")
        self._finished.connect(self._deliver)
        self.pending = 0
        self._closed = False

    def submit(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        if self._closed:
            return  # the app is closing: late timers and signals have nothing to do
        self.pending += 1
        future = self._pool.submit(work)
        future.add_done_callback(lambda f: self._finished.emit((f, done, failed)))

    def _deliver(self, item: tuple[Future[Any], Any, Any]) -> None:
        future, done, failed = item
        self.pending -= 1
        if self._closed:
            return  # the work is done (a write is committed); the widgets it would update are gone
        exc = future.exception()
        if exc is not None:
            if failed is not None:
                failed(exc)
            else:
                log.error("background task failed", exc_info=exc)
            return
        if done is not None:
            done(future.result())

    def shutdown(self) -> None:
        self._closed = True
        self._pool.shutdown(wait=True, cancel_futures=False)
