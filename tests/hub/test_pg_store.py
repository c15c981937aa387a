"""The hub's store on PostgreSQL, two hub processes' stores on one database (each its own engine, as
two processes would have): offsets in commit order, device seqs shared, one epoch."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy import select

import hub.store as hub_store
from core.events import EventRecord
from core.ids import new_id
from core.models import Event, Product, Store
from hub.store import HubStore
from tests.conftest import _libpq

SKU = "PF-0001"


@pytest.fixture
def two_hubs(pg_url: str) -> Iterator[tuple[HubStore, HubStore]]:
    a, b = HubStore.open(pg_url), HubStore.open(pg_url)
    with a.db.write() as s:  # the chain's store and product: the hub refuses facts naming unknown ones
        s.add(Store(store_id="MO-SEN", name_zh="議事亭", name_en="Senado", name_pt="Senado"))
        s.add(Product(sku=SKU, name_zh="香水", name_en="Perfume", name_pt="Perfume", price_avos=100))
    yield a, b
    a.close()
    b.close()


def receipts(device_id: str, seqs: range, store_id: str = "MO-SEN") -> list[EventRecord]:
    return [
        EventRecord(
            event_id=new_id(),
            device_id=device_id,
            seq=seq,
            store_id=store_id,
            kind="stock.received",
            occurred_at="2026-11-24T10:00:00+00:00",
            payload={"receipt_id": new_id(), "lines": [{"sku": SKU, "qty": 1}]},
        )
        for seq in seqs
    ]


def _waiting_for_log_lock(pg_url: str, store: HubStore) -> bool:
    """Whether a transaction waits for this hub's log lock (a bigint key shows as classid:objid)."""
    assert store.names is not None
    key = store.names.log_lock & 0xFFFF_FFFF_FFFF_FFFF
    query = (
        "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
        " AND classid::bigint = %s AND objid::bigint = %s AND objsubid = 1"
    )
    with psycopg.connect(_libpq(pg_url)) as conn:
        row = conn.execute(query, (key >> 32, key & 0xFFFF_FFFF)).fetchone()
        return bool(row and row[0])


def test_two_processes_appending_at_once_commit_offsets_in_order(
    two_hubs: tuple[HubStore, HubStore], pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first append is held open after writing offsets 1-3; the second (another process) waits
    for it instead of taking the same offsets or committing 4-5 while 1-3 are still invisible."""
    a, b = two_hubs
    a.hello("till-a", "MO-SEN")
    b.hello("till-b", "MO-SEN")
    inside, release = threading.Event(), threading.Event()
    real = hub_store.add_to_buckets

    def held_open(session, events):  # type: ignore[no-untyped-def]
        real(session, events)
        if threading.current_thread().name == "first":
            inside.set()
            assert release.wait(10)

    monkeypatch.setattr(hub_store, "add_to_buckets", held_open)
    results: dict[str, object] = {}
    first = threading.Thread(
        target=lambda: results.setdefault("a", a.append("till-a", receipts("till-a", range(1, 4)))),
        name="first",
    )
    second = threading.Thread(
        target=lambda: results.setdefault("b", b.append("till-b", receipts("till-b", range(1, 3)))),
        name="second",
    )
    first.start()
    assert inside.wait(10)
    second.start()
    for _ in range(1000):  # until the second transaction is queued behind the first's lock
        if _waiting_for_log_lock(pg_url, b):
            break
        threading.Event().wait(0.01)
    assert _waiting_for_log_lock(pg_url, b)
    assert b.read_log(0, 100) == []  # nothing is served while the first transaction is open
    assert "b" not in results
    release.set()
    first.join(10)
    second.join(10)
    assert [r.offset for r in results["a"].results] == [1, 2, 3]  # type: ignore[attr-defined]
    assert [r.offset for r in results["b"].results] == [4, 5]  # type: ignore[attr-defined]
    log = a.read_log(0, 100)
    assert [i.offset for i in log] == [1, 2, 3, 4, 5]
    assert [i.event.device_id for i in log] == ["till-a"] * 3 + ["till-b"] * 2


def test_many_appends_from_two_processes_leave_a_gap_free_log(two_hubs: tuple[HubStore, HubStore]) -> None:
    a, b = two_hubs
    devices = [f"till-{n}" for n in range(6)]
    for d in devices:
        a.hello(d, "MO-SEN")

    def push(store: HubStore, device: str) -> None:
        for start in range(1, 41, 5):
            store.append(device, receipts(device, range(start, start + 5)))

    threads = [threading.Thread(target=push, args=(a if n % 2 else b, d)) for n, d in enumerate(devices)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    log = b.read_log(0, 1000)
    assert [i.offset for i in log] == list(range(1, 241))
    for d in devices:  # each device's facts in its own order, each once
        assert [i.event.seq for i in log if i.event.device_id == d] == list(range(1, 41))


def test_a_device_moving_to_the_other_process_keeps_its_seq(two_hubs: tuple[HubStore, HubStore]) -> None:
    a, b = two_hubs
    a.hello("till-a", "MO-SEN")
    events = receipts("till-a", range(1, 6))
    a.append("till-a", events[:3])
    assert b.hello("till-a", "MO-SEN").last_seq == 3  # the other process knows where it stands
    again = b.append("till-a", events[2:])  # the push whose ack was lost, resent to the other process
    assert [r.status for r in again.results] == ["duplicate", "applied", "applied"]
    assert a.append("till-a", events[4:]).results[0].status == "duplicate"
    with a.db.read() as s:
        assert len(s.scalars(select(Event.event_id)).all()) == 5


def test_processes_starting_together_on_a_new_database_agree_on_its_epoch(pg_url: str) -> None:
    stores: list[HubStore] = []
    failures: list[BaseException] = []

    def open_one() -> None:
        try:
            stores.append(HubStore.open(pg_url))
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=open_one) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    try:
        assert failures == []
        assert len({s.epoch for s in stores}) == 1
        new = stores[0].new_epoch()  # after a restore, on one process: every process tells devices
        assert all(s.hello("till-x", "MO-SEN").epoch == new for s in stores)
    finally:
        for s in stores:
            s.close()
