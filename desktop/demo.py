"""The demo chain, in-process: an embedded hub on 127.0.0.1 and simulated tills at the other stores
selling through real sync clients, so the user watches stock change live. No Qt here.

Every demo device is enrolled like a real one at each start (a fresh token each time): the tokens
live only in an in-memory credential store, since the demo hub is itself remade from scratch when its
file goes. The user's own device is the Senado store's manager PC (role ``office``), so Settings can
show how a manager creates an enrollment code.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
import threading
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from core import repairs_demo, shifts, transfers_desk
from core.db import Database, open_sqlite, schema_version
from core.demo_chain import demo_stores
from core.demo_seed import seed_demo_chain
from core.errors import DomainError
from core.models import StockBalance
from core.private_files import create_private_dirs
from core.replica import Till, init_replica, outbox
from core.stock import BasketLine, receive_stock, record_sale
from hub.auth import enroll_device
from hub.server import HubServer
from hub.store import HubStore
from sync_client.client import SyncClient
from sync_client.credentials import MemoryStore

log = logging.getLogger(__name__)

HQ_DEVICE = "demo-head-office"
MANIFEST = "store-manager-demo.json"  # the files the demo made in its folder: the only ones it deletes
SQLITE_SIDECARS = ("", "-wal", "-shm", "-journal")


class DemoFiles:
    """The demo's own files in a folder it shares with whatever else is there.

    Each file is listed in a manifest *before* it is created, so a reset (a new chain) deletes exactly
    those files and never anything the demo did not make: ``--db ~/till.sqlite3`` must not cost a home.
    """

    def __init__(self, root: Path) -> None:
        self.root = root
        self.manifest = root / MANIFEST

    def owned(self) -> list[Path]:
        try:
            names = json.loads(self.manifest.read_text(encoding="utf-8"))["files"]
        except FileNotFoundError:
            return []
        except (OSError, ValueError, KeyError, TypeError):
            log.warning("demo manifest %s unreadable; the demo deletes nothing", self.manifest)
            return []
        root = self.root.resolve()
        owned = []
        for name in names:
            path = (self.root / str(name)).resolve()
            if path.is_relative_to(root) and path != root:  # a manifest never reaches outside its folder
                owned.append(path)
        return owned

    def claim(self, path: Path) -> None:
        """Record ``path`` as the demo's before it is created. A file already there stays unlisted:
        the demo may use it, but never deletes it."""
        path = path.resolve()
        owned = self.owned()
        if path in owned or path.exists():
            return
        create_private_dirs(self.root)  # a folder the demo makes is owner-only; one it found is left alone
        names = [str(p.relative_to(self.root.resolve())) for p in [*owned, path]]
        manifest = {"files": names, "schema": schema_version()}
        self.manifest.write_text(json.dumps(manifest, indent=1), encoding="utf-8")

    def predates_code(self) -> bool:
        """The demo's files were made by an older version of the app (another schema): its chain lacks
        what later features seed (transfers, handovers...), so the demo starts afresh."""
        try:
            made_for = json.loads(self.manifest.read_text(encoding="utf-8")).get("schema")
        except FileNotFoundError:
            return False
        except (OSError, ValueError, AttributeError):
            return False
        return made_for != schema_version()

    def reset(self) -> list[Path]:
        """Delete the files the demo made (with SQLite's side files) and their folders once empty."""
        deleted: list[Path] = []
        owned = self.owned()
        for path in owned:
            for suffix in SQLITE_SIDECARS:
                each = path.with_name(path.name + suffix)
                if each.is_file():
                    each.unlink()
                    deleted.append(each)
        root = self.root.resolve()
        for folder in sorted({p.parent for p in owned}, key=lambda p: len(p.parts), reverse=True):
            if folder != root and folder.is_relative_to(root) and not any(folder.iterdir()):
                folder.rmdir()
        if self.manifest.is_file():
            self.manifest.unlink()
        return deleted


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
            transfers_desk.demo_facts(s)
            repairs_demo.demo_facts(s)
            shifts.demo_facts(s)
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
        self,
        root: Path,
        *,
        own_db: Path | None = None,
        sale_interval: tuple[float, float] = (0.8, 2.5),
        seed: int | None = None,
    ) -> None:
        self.root = root
        self.files = DemoFiles(root)
        self.own_db = own_db  # the user's till database, remade with the chain (the app opens it)
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
            self.start_afresh()
            # A new chain with a database the demo did not make (and so will not delete) would mix the two.
            for path in self.own_files():
                if path.exists() and path.suffix == ".sqlite3":
                    raise DomainError("demo.not_ours", path=str(path))
        for path in self.own_files():
            self.files.claim(path)
        try:
            await self._serve_chain(hub_path)
        except DomainError as exc:
            if exc.code in ("db.corrupt", "db.newer_schema"):  # the demo's own file: it can start afresh
                raise DomainError("demo.damaged", **exc.params) from exc
            raise

    async def _serve_chain(self, hub_path: Path) -> None:
        store = await asyncio.to_thread(HubStore.open, hub_path)
        server: HubServer | None = None
        dbs: list[Database] = []
        tasks: list[asyncio.Task[None]] = []
        try:  # whatever fails on the way (a damaged till file), nothing is left running behind
            if await asyncio.to_thread(store.head) == 0:
                await asyncio.to_thread(seed_hub, store, self.root)
            server = HubServer(store, "127.0.0.1", 0)
            await server.start()
            self.url = server.url
            tills = [DemoTill(f"demo-till-{s.store_id}-1", s.store_id) for s in demo_stores()[1:]]
            # The other tills open after the app is told to start: a file that is plainly not a
            # database is found now, while the start can still say so (a cheap look at its header).
            for t in tills:
                _check_header(self.root / "tills" / f"{t.store_id}.sqlite3")
            for till, role in [(own_till(), "office"), *((t, "till") for t in tills)]:
                token = await asyncio.to_thread(
                    enroll_device, store.db, till.device_id, till.store_id, role, "demo", replace=True
                )
                self.credentials.set(till.device_id, token)
                if role == "office":
                    # The app needs only the hub and its own key: it starts while the other tills open.
                    self._ready.set()
            for t in tills:
                dbs.append(await asyncio.to_thread(self._open_till, t))
            clients = [
                SyncClient(db, self.url, token=self.credentials.get(t.device_id) or "")
                for db, t in zip(dbs, tills, strict=True)
            ]
            tasks = [asyncio.create_task(c.run(), name=f"sync-{c.device_id}") for c in clients]
            tasks += [
                asyncio.create_task(self._sell(t, db, c), name=f"sell-{t.store_id}")
                for t, db, c in zip(tills, dbs, clients, strict=True)
            ]
            await asyncio.gather(*tasks)
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            if server is not None:
                await server.stop()
            for db in dbs:
                db.dispose()
            store.close()

    def own_files(self) -> list[Path]:
        """Every file the demo writes (claimed in the manifest before it exists)."""
        paths = [self.root / "hub.sqlite3", self.root / "head-office.sqlite3"]
        paths += [self.root / "tills" / f"{s.store_id}.sqlite3" for s in demo_stores()[1:]]
        if self.own_db is not None:
            paths += [self.own_db, self.own_db.parent / "printed-jobs.txt"]
        return paths

    def start_afresh(self) -> list[Path]:
        """Delete the demo's own files, and nothing else, so the next start builds a new chain."""
        deleted = self.files.reset()
        if deleted:
            log.warning(
                "Starting the demo afresh: deleted %d file(s) it had made in %s: %s",
                len(deleted),
                self.root,
                ", ".join(str(p.relative_to(self.root.resolve())) for p in deleted),
            )
        return deleted

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


def _check_header(path: Path) -> None:
    """``db.corrupt`` if an existing, non-empty file does not start as a SQLite database does."""
    try:
        with path.open("rb") as f:
            head = f.read(16)
    except FileNotFoundError:
        return
    if head and head != b"SQLite format 3\x00":
        raise DomainError("db.corrupt", path=str(path))
