"""Pieces the chaos tests share: a tiny seeded chain, a hub or till in its own process, waiting for
conditions, and tills that sell."""

from __future__ import annotations

import asyncio
import contextlib
import os
import random
import signal
import socket
import sys
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from core.catalogue import ProductUpserted, StoreUpserted
from core.db import Database, open_sqlite
from core.ids import new_id
from core.models import Product
from core.replica import Till, emit, init_replica, outbox
from core.stock import BasketLine, StockLine, StockReceived, record_sale
from hub.auth import enroll_device
from hub.store import HubStore
from sync_client.client import Backoff, SyncClient

ROOT = Path(__file__).resolve().parents[2]
HQ_DEVICE = "chaos-head-office"
STORES = ("CH-A", "CH-B", "CH-C")
SKUS = tuple(f"CH-{n:03d}" for n in range(1, 9))
OPENING_STOCK = 40


def chaos_seed() -> int:
    """``CHAOS_SEED`` replays a run; otherwise a fresh seed, printed by the test."""
    text = os.environ.get("CHAOS_SEED")
    return int(text) if text else random.SystemRandom().randrange(1 << 32)


def seed_tiny_chain(hub: HubStore, workdir: Path) -> int:
    """Three stores and eight products with opening stock, as a head office's events through the hub's
    normal append path. Returns the hub head."""
    hq = open_sqlite(workdir / "head-office.sqlite3")
    try:
        with hq.write() as s:
            init_replica(s, HQ_DEVICE, None)
            for store in STORES:
                emit(
                    s, "store.upserted", StoreUpserted(store, f"店{store}", f"Store {store}", f"Loja {store}")
                )
            for n, sku in enumerate(SKUS, start=1):
                product = ProductUpserted(sku, f"貨{n}", f"Item {n}", f"Artigo {n}", 100 * n, [], "chaos")
                emit(s, "product.upserted", product)
            for store in STORES:
                lines = [StockLine(sku, OPENING_STOCK) for sku in SKUS]
                emit(s, "stock.received", StockReceived(new_id(), lines, "opening"), store_id=store)
        with hq.read() as s:
            events = outbox(s, limit=1000)
        hub.hello(HQ_DEVICE, None)
        result = hub.append(HQ_DEVICE, events)
        assert [r.status for r in result.results] == ["applied"] * len(events), result.results
        return hub.head()
    finally:
        hq.dispose()


def enroll_in_file(hub_path: Path, device_id: str, store_id: str) -> str:
    """Enrol a till in the hub's database file and return its token (a fresh one on every call)."""
    store = HubStore.open(hub_path)
    try:
        return enroll_device(store.db, device_id, store_id, "till", replace=True)
    finally:
        store.close()


def chaos_client(db: Database, url: str, rng: random.Random, hub_path: Path) -> SyncClient:
    """A real sync client, enrolled in the hub's file. Short backoff: the 10 s drain deadline is about
    the protocol, not the production 30 s cap."""
    client = SyncClient(db, url, backoff=Backoff(base=0.05, cap=0.5, rng=random.Random(rng.random())))
    assert client.store_id is not None
    client.token = enroll_in_file(hub_path, client.device_id, client.store_id)
    return client


def seed_hub_file(path: Path, workdir: Path) -> int:
    store = HubStore.open(path)
    try:
        return seed_tiny_chain(store, workdir)
    finally:
        store.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def wait_until(
    predicate: Callable[[], bool],
    timeout: float,
    what: str,
    diagnose: Callable[[], str] | None = None,
) -> float:
    """Poll ``predicate`` until true; returns the seconds it took, fails with ``what`` on timeout."""
    start = time.monotonic()
    while not predicate():
        if time.monotonic() - start > timeout:
            extra = f"\n{diagnose()}" if diagnose is not None else ""
            raise AssertionError(f"timed out after {timeout}s waiting for {what}{extra}")
        await asyncio.sleep(0.02)
    return time.monotonic() - start


# -- processes ------------------------------------------------------------------------------------


class Child:
    """A child process whose stdout we read line by line and whose stderr goes to a log file."""

    def __init__(self, name: str, argv: list[str], log_path: Path) -> None:
        self.name = name
        self.argv = argv
        self.log_path = log_path
        self.proc: asyncio.subprocess.Process | None = None
        self.lines: list[str] = []
        self.related: list[Child] = []

    async def start(self) -> None:
        with self.log_path.open("ab") as err:
            self.proc = await asyncio.create_subprocess_exec(
                *self.argv,
                cwd=ROOT,
                stdin=asyncio.subprocess.DEVNULL,
                stdout=asyncio.subprocess.PIPE,
                stderr=err,
                env={**os.environ, "PYTHONUNBUFFERED": "1"},
            )

    async def read_until(self, accept: Callable[[str], bool], timeout: float, what: str) -> str:
        """Read stdout lines (kept in ``lines``) until one is accepted."""
        assert self.proc is not None and self.proc.stdout is not None
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            try:
                raw = await asyncio.wait_for(self.proc.stdout.readline(), timeout=max(left, 0.001))
            except TimeoutError:
                raise AssertionError(
                    f"{self.name}: timed out after {timeout}s waiting for {what}\n{self.context()}"
                ) from None
            if not raw:
                code = await self.proc.wait()
                raise AssertionError(f"{self.name} exited ({code}) before {what}\n{self.context()}")
            line = raw.decode().rstrip("\n")
            self.lines.append(line)
            if accept(line):
                return line

    def context(self) -> str:
        """This process's log tail, and those of the processes it talks to (a till's hub)."""
        return "\n".join([self.tail(), *(other.tail() for other in self.related)])

    def tail(self, n: int = 30) -> str:
        text = self.log_path.read_text(errors="replace") if self.log_path.exists() else ""
        return f"--- {self.log_path.name} (last lines) ---\n" + "\n".join(text.splitlines()[-n:])

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.returncode is None

    async def kill9(self) -> None:
        """SIGKILL: no handler runs, nothing is flushed or closed."""
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        await self.proc.wait()

    async def stop(self, timeout: float = 10.0) -> int:
        """SIGTERM, then SIGKILL if it does not exit in time; returns the exit code."""
        assert self.proc is not None
        if self.proc.returncode is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                await asyncio.wait_for(self.proc.wait(), timeout)
            except TimeoutError:
                self.proc.kill()
                await self.proc.wait()
        if self.proc.stdout is not None:  # keep what it printed on the way out
            for raw in (await asyncio.wait_for(self.proc.stdout.read(), timeout)).splitlines():
                self.lines.append(raw.decode())
        assert self.proc.returncode is not None
        return self.proc.returncode


class HubProcess(Child):
    """``python -m hub`` on a fixed port, so a restart comes back where the tills look for it."""

    def __init__(self, db: Path, port: int, log_path: Path) -> None:
        argv = [sys.executable, "-m", "hub", "--db", str(db), "--host", "127.0.0.1", "--port", str(port)]
        super().__init__("hub", argv, log_path)
        self.port = port

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.port}"

    async def start(self, timeout: float = 30.0) -> None:
        await super().start()
        await self.read_until(lambda line: line.startswith("hub ready on"), timeout, "hub ready")


class TillProcess(Child):
    """``python -m tests.chaos.till_process``; ``committed`` holds the event ids it reported."""

    def __init__(self, name: str, args: list[str], log_path: Path) -> None:
        super().__init__(name, [sys.executable, "-m", "tests.chaos.till_process", *args], log_path)

    @property
    def committed(self) -> list[str]:
        return [line.split()[1] for line in self.lines if line.startswith("committed ")]

    async def wait_committed(self, n: int, timeout: float) -> None:
        if len(self.committed) >= n:
            return
        await self.read_until(lambda _: len(self.committed) >= n, timeout, f"{n} committed sales")

    async def wait_line(self, prefix: str, timeout: float) -> str:
        for line in self.lines:
            if line.startswith(prefix):
                return line
        return await self.read_until(lambda line: line.startswith(prefix), timeout, repr(prefix))


# -- selling --------------------------------------------------------------------------------------


def open_till(path: Path, device_id: str, store_id: str) -> tuple[Database, Till]:
    db = open_sqlite(path)
    with db.write() as s:
        till = init_replica(s, device_id, store_id)
    return db, till


def catalogue(db: Database) -> list[str]:
    with db.read() as s:
        return sorted(s.scalars(select(Product.sku)))


def sell_once(db: Database, till: Till, rng: random.Random, skus: list[str]) -> str:
    """One committed sale of 1-2 random lines; returns its event id."""
    lines = {sku: rng.randint(1, 3) for sku in rng.sample(skus, k=rng.randint(1, 2))}
    with db.write() as s:
        receipt = record_sale(s, till, [BasketLine(sku, qty) for sku, qty in lines.items()])
    return receipt.event.event_id


def bulk_sell(db: Database, till: Till, rng: random.Random, n: int, skus: list[str]) -> list[str]:
    """``n`` sales committed in one go: a till that sold all day offline. Returns their event ids."""
    ids = []
    with db.write() as s:
        for _ in range(n):
            lines = {sku: rng.randint(1, 3) for sku in rng.sample(skus, k=rng.randint(1, 2))}
            receipt = record_sale(s, till, [BasketLine(sku, qty) for sku, qty in lines.items()])
            ids.append(receipt.event.event_id)
    return ids


async def sell(
    db: Database,
    till: Till,
    rng: random.Random,
    interval: tuple[float, float],
    nudge: Callable[[], None],
    committed: list[str],
    stop: asyncio.Event,
    limit: int = 1000,
) -> None:
    """Sales at random intervals until ``stop`` (at most ``limit``), nudging the client after each commit."""
    skus = catalogue(db)
    assert skus, "the till has no catalogue yet"
    while not stop.is_set() and len(committed) < limit:
        await asyncio.sleep(rng.uniform(*interval))  # the pace of the shop, not a wait for a condition
        event_id = await asyncio.to_thread(sell_once, db, till, rng, skus)
        committed.append(event_id)
        nudge()


@contextlib.contextmanager
def closing_dbs(dbs: list[Database]):  # type: ignore[no-untyped-def]
    try:
        yield dbs
    finally:
        for db in dbs:
            db.dispose()
