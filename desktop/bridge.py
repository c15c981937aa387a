"""The one place that knows both asyncio and Qt: the sync client runs on its own thread with its own
event loop; its callbacks become Qt signals (queued to the GUI thread), and commands go the other
way with ``call_soon_threadsafe``. Everything crossing is a frozen dataclass or plain data.
"""

from __future__ import annotations

import asyncio
import logging
import threading

from PySide6.QtCore import QObject, Signal

from core.db import Database
from core.projection import Changes
from core.replica import AckResult, OutboxStatus
from sync_client.client import ConnectionState, SyncClient

log = logging.getLogger(__name__)


class SyncBridge(QObject):
    state_changed = Signal(object)  # ConnectionState
    changes_arrived = Signal(object)  # Changes from the hub (other devices' facts)
    outbox_changed = Signal(object)  # OutboxStatus
    rejected = Signal(object)  # list[AckResult]

    def __init__(
        self, db: Database, hub_url: str, app_version: str = "", parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.client = SyncClient(db, hub_url, listener=self, app_version=app_version)
        self.state: ConnectionState = self.client.state
        self._loop: asyncio.AbstractEventLoop | None = None
        self._task: asyncio.Task[None] | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self.state_changed.connect(self._remember)

    def _remember(self, state: ConnectionState) -> None:
        self.state = state

    # SyncListener, called on the sync thread: emitting a signal is thread-safe and queues delivery.
    def on_state(self, state: ConnectionState) -> None:
        self.state_changed.emit(state)

    def on_changes(self, changes: Changes) -> None:
        self.changes_arrived.emit(changes)

    def on_outbox(self, status: OutboxStatus) -> None:
        self.outbox_changed.emit(status)

    def on_rejected(self, results: list[AckResult]) -> None:
        self.rejected.emit(results)

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="sync", daemon=True)
        self._thread.start()
        self._ready.wait(timeout=5)

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        asyncio.set_event_loop(loop)
        self._task = loop.create_task(self.client.run())
        self._ready.set()
        try:
            loop.run_until_complete(self._task)
        except asyncio.CancelledError:
            pass
        except Exception:
            log.exception("sync thread ended")
        finally:
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()

    def nudge(self) -> None:
        """A local fact was committed: ask the client to push now."""
        if self._loop is not None and not self._loop.is_closed():
            self._loop.call_soon_threadsafe(self.client.nudge)

    def stop(self, timeout: float = 3.0) -> None:
        if self._loop is not None and self._task is not None and not self._loop.is_closed():
            self._loop.call_soon_threadsafe(self._task.cancel)
        if self._thread is not None:
            self._thread.join(timeout)
