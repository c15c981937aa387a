"""A Hypothesis state machine over an in-memory transport: tills sell and receive, pushes lose their
acks or are resent, pages arrive twice, connections drop, tills crash and reopen. The rules of the
protocol (PushPlanner, HubStore.append, apply_remote, record_acks) are the production code; only the
socket is replaced. After healing, every fact is in the hub exactly once and every replica agrees."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule
from sqlalchemy import func, select

from core.catalogue import ProductUpserted, StoreUpserted
from core.db import Database, open_sqlite
from core.models import Event, StockBalance, StockMovement
from core.replica import AckResult, Till, apply_remote, emit, init_replica, outbox, record_acks, replica_state
from core.stock import BasketLine, StockLine, StockReceived, receive_stock, record_sale
from hub.store import HubStore
from sync_client.client import PushPlanner

STORES = ("S1", "S2", "S3")
SKUS = ("A", "B", "C")


def _balances(db: Database) -> dict[tuple[str, str], int]:
    with db.read() as s:
        return {(b.store_id, b.sku): b.on_hand for b in s.scalars(select(StockBalance))}


def _nonzero(balances: dict[tuple[str, str], int]) -> dict[tuple[str, str], int]:
    return {k: v for k, v in balances.items() if v != 0}


class Till_:
    def __init__(self, root: Path, name: str, store: str) -> None:
        self.path = root / f"{name}.sqlite3"
        self.name, self.store = name, store
        self.db = open_sqlite(self.path)
        with self.db.write() as s:
            init_replica(s, name, store)
        self.till = Till(name, store)
        self.planner: PushPlanner | None = None
        self.sent: list[list] = []  # batches pushed before, for resends

    def reopen(self) -> None:
        self.db.dispose()
        self.db = open_sqlite(self.path)
        self.planner = None


class SyncMachine(RuleBasedStateMachine):
    @initialize()
    def setup(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="sync-sm-"))
        self.hub = HubStore.open(self.root / "hub.sqlite3")
        hq = open_sqlite(self.root / "hq.sqlite3")
        with hq.write() as s:
            init_replica(s, "hq", None)
            for store in STORES:
                emit(s, "store.upserted", StoreUpserted(store, store, store, store))
            for sku in SKUS:
                emit(s, "product.upserted", ProductUpserted(sku, sku, sku, sku, 100))
            for store in STORES:
                emit(
                    s,
                    "stock.received",
                    StockReceived("open-" + store, [StockLine(k, 5) for k in SKUS]),
                    store_id=store,
                )
        with hq.read() as s:
            events = outbox(s, limit=1000)
        self.hub.hello("hq", None)
        self.hub.append("hq", events)
        hq.dispose()
        self.tills = [Till_(self.root, f"till-{i}", STORES[i]) for i in range(3)]
        for t in self.tills:
            self.hub.hello(t.name, t.store)
        self.committed: set[str] = set()
        for i in range(3):  # a till has the catalogue before its first sale
            self.pull(i, 10_000, False)

    def teardown(self) -> None:
        if not hasattr(self, "tills"):
            return
        try:
            self._heal_and_check()
        finally:
            for t in self.tills:
                t.db.dispose()
            self.hub.close()
            shutil.rmtree(self.root, ignore_errors=True)

    # -- local facts -------------------------------------------------------------------------

    @rule(i=st.integers(0, 2), sku=st.sampled_from(SKUS), qty=st.integers(1, 3))
    def sell(self, i: int, sku: str, qty: int) -> None:
        t = self.tills[i]
        with t.db.write() as s:
            self.committed.add(record_sale(s, t.till, [BasketLine(sku, qty)]).event.event_id)

    @rule(i=st.integers(0, 2), sku=st.sampled_from(SKUS), qty=st.integers(1, 4))
    def receive(self, i: int, sku: str, qty: int) -> None:
        t = self.tills[i]
        with t.db.write() as s:
            self.committed.add(receive_stock(s, t.till, [BasketLine(sku, qty)])[0].event_id)

    @rule(i=st.integers(0, 2))
    def sell_for_another_store(self, i: int) -> None:
        """A buggy till posts for a store it is not bound to: refused, never blocking the rest."""
        t = self.tills[i]
        other = Till(t.name, STORES[(i + 1) % 3])
        with t.db.write() as s:
            record_sale(s, other, [BasketLine("A", 1)])

    # -- the wire ----------------------------------------------------------------------------

    def _connect(self, t: Till_) -> PushPlanner:
        if t.planner is None:
            with t.db.read() as s:
                first = s.scalar(
                    select(func.min(Event.seq)).where(Event.device_id == t.name, Event.status == "pending")
                )
            t.planner = PushPlanner(self.hub.hello(t.name, t.store).last_seq, first)
        return t.planner

    @rule(i=st.integers(0, 2), size=st.integers(1, 6), lose_ack=st.booleans())
    def push(self, i: int, size: int, lose_ack: bool) -> None:
        t = self.tills[i]
        planner = self._connect(t)
        with t.db.read() as s:
            batch = [
                e
                for e in outbox(s, limit=10_000) + _acked_from(s, t.name, planner.next_seq)
                if e.seq >= planner.next_seq
            ]
        batch = sorted({e.event_id: e for e in batch}.values(), key=lambda e: e.seq)[:size]
        if not batch:
            return
        result = self.hub.append(t.name, batch)
        t.sent.append(batch)
        if lose_ack:
            t.planner = None  # the connection died before the ack arrived
            return
        with t.db.write() as s:
            record_acks(
                s, [AckResult(r.event_id, r.seq, r.status, r.reason, r.offset) for r in result.results]
            )
        planner.on_ack(result.last_seq)
        if result.gap_expected is not None:
            planner.on_gap(result.gap_expected)

    @precondition(lambda self: any(t.sent for t in self.tills))
    @rule(i=st.integers(0, 2), data=st.data())
    def resend_an_old_batch(self, i: int, data: st.DataObject) -> None:
        t = self.tills[i]
        if not t.sent:
            return
        batch = data.draw(st.sampled_from(t.sent))
        head = self.hub.head()
        result = self.hub.append(t.name, batch)
        assert all(r.status in ("duplicate", "rejected") for r in result.results)
        assert self.hub.head() == head

    @rule(i=st.integers(0, 2), page=st.integers(1, 7), twice=st.booleans())
    def pull(self, i: int, page: int, twice: bool) -> None:
        t = self.tills[i]
        with t.db.read() as s:
            cursor = replica_state(s).hub_cursor
        items = self.hub.read_log(cursor, page)
        if not items:
            return
        pairs = [(it.offset, it.event) for it in items]
        for _ in range(2 if twice else 1):
            with t.db.write() as s:
                apply_remote(s, pairs, pairs[-1][0])

    @rule(i=st.integers(0, 2))
    def disconnect(self, i: int) -> None:
        self.tills[i].planner = None

    @rule(i=st.integers(0, 2))
    def crash_and_reopen(self, i: int) -> None:
        self.tills[i].reopen()

    # -- invariants --------------------------------------------------------------------------

    @invariant()
    def hub_log_is_gap_free_and_unique(self) -> None:
        if not hasattr(self, "hub"):
            return
        with self.hub.db.read() as s:
            offsets = list(s.scalars(select(Event.hub_offset).order_by(Event.hub_offset)))
        assert offsets == list(range(1, len(offsets) + 1))

    @invariant()
    def every_balance_is_its_ledger(self) -> None:
        if not hasattr(self, "tills"):
            return
        for t in self.tills:
            with t.db.read() as s:
                ledger = {
                    (st_, sku): q
                    for st_, sku, q in s.execute(
                        select(
                            StockMovement.store_id, StockMovement.sku, func.sum(StockMovement.delta)
                        ).group_by(StockMovement.store_id, StockMovement.sku)
                    )
                }
            assert _nonzero(_balances(t.db)) == _nonzero(ledger)

    def _heal_and_check(self) -> None:
        for _round in range(50):
            for t in self.tills:
                t.planner = None
                self.push(self.tills.index(t), 500, False)
            for i in range(3):
                self.pull(i, 10_000, False)
            pending = 0
            for t in self.tills:
                with t.db.read() as s:
                    pending += s.scalar(select(func.count()).where(Event.status == "pending")) or 0
            if pending == 0:
                break
        assert pending == 0, "outboxes did not drain"
        with self.hub.db.read() as s:
            logged = list(s.scalars(select(Event.event_id)))
        assert len(logged) == len(set(logged))
        assert self.committed <= set(logged), "a committed fact never reached the hub"
        hub = _nonzero(_balances(self.hub.db))
        for t in self.tills:
            assert _nonzero(_balances(t.db)) == hub, f"{t.name} disagrees with the hub"


def _acked_from(session, device: str, seq: int) -> list:
    """Local events at or after ``seq`` already marked acked: resent after a hub forgot them."""
    from core.replica import to_record

    rows = session.scalars(
        select(Event)
        .where(Event.device_id == device, Event.seq >= seq, Event.status != "remote")
        .order_by(Event.seq)
    )
    return [to_record(r) for r in rows]


SyncMachine.TestCase.settings = settings(
    max_examples=25,
    stateful_step_count=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
TestSyncProtocol = SyncMachine.TestCase
