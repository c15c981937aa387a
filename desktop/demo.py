"""The demo chain, in-process: an embedded hub on 127.0.0.1 and simulated tills at the other stores
selling through real sync clients, so the user watches stock change live. No Qt here.

Every demo device is enrolled like a real one at each start (a fresh token each time): the tokens
live only in an in-memory credential store, since the demo hub is itself remade from scratch when its
file goes. The user's own device is the Senado store's manager PC (role ``office``), so Settings can
show how a manager creates an enrollment code.
"""

from __future__ import annotations

import asyncio
import logging
import random
import shutil
import threading
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from core.db import Database, open_sqlite
from core.demo_chain import demo_stores
from core.demo_seed import seed_demo_chain
from core.models import StockBalance
from core.private_files import private_dir
from core.replica import Till, init_replica, outbox
from core.stock import BasketLine, receive_stock, record_sale
from hub.auth import enroll_device
from hub.server import HubServer
from hub.store import HubStore
from sync_client.client import SyncClient
from sync_client.credentials import MemoryStore

log = logging.getLogger(__name__)

HQ_DEVICE = "demo-head-office"


@dataclass(frozen=True)
class DemoTill:
    device_id: str
    store_id: str


def own_till() -> DemoTill:
    first = demo_stores()[0]
    return DemoTill(f"demo-till-{first.store_id}-1", first.store_id)


def seed_hub(hub: HubStore, workdir: Path) -> int:
    """Write the chain as a head office's events, and push them into the hub through its append path."""
    hq = open_sqlite(workdir / "head-office.sqlite3")
    try:
        with hq.write() as s:
            init_replica(s, HQ_DEVICE, None)
            seed_demo_chain(s)
        hub.hello(HQ_DEVICE, None)
        with hq.read() as s:
            events = outbox(s, limit=100_000)
        for start in range(0, len(events), 400):
            hub.append(HQ_DEVICE, events[start : start + 400])
        return len(events)
    finally:
        hq.dispose()


class DemoChain:
    """Starts in its own thread; ``start()`` returns the hub URL once the hub is listening."""

    def __init__(
        self, root: Path, *, sale_interval: tuple[float, float] = (0.8, 2.5), seed: int | None = None
    ) -> None:
        self.root = root
        self.sale_interval = sale_interval
        self.rng = random.Random(seed)
        self.url = ""
        self._ready = threading.Event()
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._main: asyncio.Task[None] | None = None
        self._error: BaseException | None = None
        self.sales = 0
        self.credentials = MemoryStore()  # demo device tokens: in memory, never on disk

    def start(self, timeout: float = 30.0) -> str:
        self._thread = threading.Thread(target=self._run, name="demo-chain", daemon=True)
        self._thread.start()
        if not self._ready.wait(timeout):
            raise TimeoutError("demo hub did not start")
        if self._error is not None:
            raise self._error
        return self.url

    def stop(self) -> None:
        if self._loop is not None and self._main is not None and not self._loop.is_closed():
            self._loop.call_soon_threadsafe(self._main.cancel)
        if self._thread is not None:
            self._thread.join(timeout=5)

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
        hub_path = self.root / "hub.sqlite3"
        if not hub_path.exists():
            # A new hub means a new chain: start every replica of the demo afresh with it.
            shutil.rmtree(self.root, ignore_errors=True)
        private_dir(self.root)
        store = await asyncio.to_thread(HubStore.open, hub_path)
        if await asyncio.to_thread(store.head) == 0:
            await asyncio.to_thread(seed_hub, store, self.root)
        server = HubServer(store, "127.0.0.1", 0)
        await server.start()
        self.url = server.url
        tills = [DemoTill(f"demo-till-{s.store_id}-1", s.store_id) for s in demo_stores()[1:]]
        for till, role in [(own_till(), "office"), *((t, "till") for t in tills)]:
            token = await asyncio.to_thread(
                enroll_device, store.db, till.device_id, till.store_id, role, "demo", replace=True
            )
            self.credentials.set(till.device_id, token)
        dbs = [await asyncio.to_thread(self._open_till, t) for t in tills]
        clients = [
            SyncClient(db, self.url, token=self.credentials.get(t.device_id) or "")
            for db, t in zip(dbs, tills, strict=True)
        ]
        tasks = [asyncio.create_task(c.run(), name=f"sync-{c.device_id}") for c in clients]
        tasks += [
            asyncio.create_task(self._sell(t, db, c), name=f"sell-{t.store_id}")
            for t, db, c in zip(tills, dbs, clients, strict=True)
        ]
        self._ready.set()
        try:
            await asyncio.gather(*tasks)
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            await server.stop()
            for db in dbs:
                db.dispose()
            store.close()

    def _open_till(self, till: DemoTill) -> Database:
        db = open_sqlite(self.root / "tills" / f"{till.store_id}.sqlite3")
        with db.write() as s:
            init_replica(s, till.device_id, till.store_id)
        return db

    async def _sell(self, till: DemoTill, db: Database, client: SyncClient) -> None:
        me = Till(till.device_id, till.store_id)
        while not client.state.caught_up:
            await asyncio.sleep(0.2)
        while True:
            await asyncio.sleep(self.rng.uniform(*self.sale_interval))
            choice = self.rng.random()

            def act(choice: float = choice) -> None:
                with db.write() as s:
                    levels = s.execute(
                        select(StockBalance.sku, StockBalance.on_hand).where(
                            StockBalance.store_id == till.store_id
                        )
                    ).all()
                    on_hand = dict(levels)
                    in_stock = [sku for sku, qty in levels if qty > 0]
                    low = [sku for sku, qty in levels if qty <= 1]
                    if low and (choice < 0.12 or not in_stock):
                        # The store's weekly delivery arrives for a few items that ran low.
                        picks = self.rng.sample(low, k=min(len(low), 3))
                        receive_stock(
                            s,
                            me,
                            [BasketLine(sku, self.rng.randint(4, 12)) for sku in picks],
                            note="delivery",
                        )
                    elif in_stock:
                        sku = self.rng.choice(in_stock)
                        qty = 2 if on_hand[sku] > 2 and self.rng.random() < 0.15 else 1
                        record_sale(s, me, [BasketLine(sku, qty)])
                        self.sales += 1

            await asyncio.to_thread(act)
            client.nudge()
