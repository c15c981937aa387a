"""The chain's hub run by this PC (a one-shop owner's: the first-run wizard's "Host the chain on this
PC"). The same in-process way the demo runs its hub (desktop/demo.py): a ``HubServer`` on its own
asyncio loop in a thread, so the frozen build needs no second program. No Qt here.

The hub listens on 127.0.0.1 without TLS: only this PC reaches it. A second computer needs the hub
served with a certificate (``python -m hub --cert``, docs/operator.md).
"""

from __future__ import annotations

import asyncio
import logging
import threading
import uuid
from pathlib import Path

from core.catalogue import StoreUpserted
from core.db import open_sqlite
from core.private_files import private_dir
from core.replica import emit, init_replica, outbox
from hub.auth import TlsIdentity
from hub.enrollment import IssuedCode, issue_code
from hub.models import HubMeta
from hub.server import HubServer
from hub.store import HubStore

log = logging.getLogger(__name__)

HUB_FILE = "hub.sqlite3"
OFFICE_FILE = "chain-office.sqlite3"  # the chain's own facts (its stores) are written here, then pushed
FIRST_STORE = "STORE-1"
CHAIN_NAME_KEY = "chain_name"


class LocalHub:
    """``start()`` returns the hub's URL once it listens; ``stop()`` closes it and its database."""

    def __init__(
        self, db_path: Path, port: int = 8765, host: str = "127.0.0.1", tls: TlsIdentity | None = None
    ) -> None:
        self.db_path, self.port, self.host, self.tls = db_path, port, host, tls
        self.url = ""
        self._ready = threading.Event()
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._main: asyncio.Task[None] | None = None
        self._error: BaseException | None = None

    def start(self, timeout: float = 30.0) -> str:
        """Blocking (call it off the GUI thread): DomainError or OSError (port taken) if it cannot."""
        self._thread = threading.Thread(target=self._run, name="local-hub", daemon=True)
        self._thread.start()
        if not self._ready.wait(timeout):
            raise TimeoutError("hub did not start")
        if self._error is not None:
            raise self._error
        return self.url

    def stop(self) -> None:
        if self._loop is not None and self._main is not None and not self._loop.is_closed():
            self._loop.call_soon_threadsafe(self._main.cancel)
        if self._thread is not None:
            self._thread.join(timeout=10)

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        self._main = loop.create_task(self._serve())
        try:
            loop.run_until_complete(self._main)
        except asyncio.CancelledError:
            pass
        except BaseException as exc:  # reported to start()
            self._error = exc
            self._ready.set()
        finally:
            loop.close()

    async def _serve(self) -> None:
        store = await asyncio.to_thread(HubStore.open, self.db_path)
        server: HubServer | None = None
        try:
            server = HubServer(store, self.host, self.port, tls=self.tls)
            await server.start()
            self.url = server.url
            self._ready.set()
            await asyncio.Event().wait()  # until stop() cancels
        finally:
            if server is not None:
                await server.stop()
            store.close()


def create_chain(folder: Path, chain_name: str, store_name: str) -> str:
    """A new chain's hub database in ``folder`` with its first store; returns the store's id.

    The store is a chain fact (``store.upserted``) like any other: written by a head-office replica of
    the chain's own and pushed through the hub's append path, as the demo seeds its chain."""
    private_dir(folder)
    hub = HubStore.open(folder / HUB_FILE)
    office = open_sqlite(folder / OFFICE_FILE)
    try:
        device = f"chain-office-{uuid.uuid4().hex[:8]}"
        with office.write() as s:
            init_replica(s, device, None)
            emit(s, "store.upserted", StoreUpserted(FIRST_STORE, store_name, store_name, store_name))
        with office.read() as s:
            events = outbox(s, limit=100)
        hub.hello(device, None)
        hub.append(device, events)
        with hub.db.write() as s:
            s.merge(HubMeta(key=CHAIN_NAME_KEY, value=chain_name[:200]))
        return FIRST_STORE
    finally:
        office.dispose()
        hub.close()


def till_code(folder: Path, store_id: str) -> IssuedCode:
    """A one-time code for this PC as ``store_id``'s till, enrolled like any counter PC."""
    hub = HubStore.open(folder / HUB_FILE)
    try:
        return issue_code(hub.db, store_id, "till", created_by="first-run")
    finally:
        hub.close()
