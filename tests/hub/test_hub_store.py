"""The hub's seq rules: duplicates re-acked, gaps reported, a rejection consumes its seq."""

from pathlib import Path

import pytest
from sqlalchemy import select

from core.models import Event
from core.replica import outbox
from core.stock import BasketLine, on_hand, record_sale
from hub.store import HubStore


@pytest.fixture
def hub(tmp_path: Path):
    store = HubStore.open(tmp_path / "hub.sqlite3")
    yield store
    store.close()


def _sales(seeded, n: int):
    db, till = seeded
    for _ in range(n):
        with db.write() as s:
            record_sale(s, till, [BasketLine("PF-0001", 1)])
    with db.read() as s:
        return outbox(s, limit=10_000)


def test_events_are_logged_with_gap_free_offsets_and_projected(hub, seeded) -> None:
    events = _sales(seeded, 3)
    device = events[0].device_id
    hub.hello(device, None)  # a head-office device may post for any store
    result = hub.append(device, events)
    assert [r.status for r in result.results] == ["applied"] * len(events)
    items = hub.read_log(0, 100_000)
    assert [i.offset for i in items] == list(range(1, len(events) + 1))
    with hub.db.read() as s, seeded[0].read() as local:
        assert on_hand(s, "MO-SEN", "PF-0001") == on_hand(local, "MO-SEN", "PF-0001")


def test_a_retried_push_is_acked_again_and_not_logged_twice(hub, seeded) -> None:
    events = _sales(seeded, 2)
    hub.hello(events[0].device_id, None)
    hub.append(events[0].device_id, events)
    head = hub.head()
    again = hub.append(events[0].device_id, events)
    assert {r.status for r in again.results} == {"duplicate"}
    assert hub.head() == head


def test_a_gap_is_reported_with_the_expected_seq(hub, seeded) -> None:
    events = _sales(seeded, 2)
    device = events[0].device_id
    hub.hello(device, None)
    result = hub.append(device, events[3:])
    assert result.gap_expected == 1
    assert result.results == []
    assert hub.head() == 0


def test_a_rejected_event_consumes_its_seq_and_never_blocks_the_next(hub, seeded) -> None:
    db, till = seeded
    events = _sales(seeded, 0)
    device = events[0].device_id
    hub.hello(device, None)
    hub.append(device, events)
    # Now the device is bound to its store, and one event claims another store.
    with hub.db.write() as s:
        from hub.models import HubDevice

        s.get(HubDevice, device).store_id = "MO-SEN"
    with db.write() as s:
        record_sale(s, till, [BasketLine("PF-0001", 1)])
        wrong = record_sale(s, till, [BasketLine("PF-0002", 1)]).event
        record_sale(s, till, [BasketLine("PF-0003", 1)])
    with db.read() as s:
        tail = outbox(s, limit=10_000)[-3:]
    tail[1] = type(wrong)(**{**{f: getattr(wrong, f) for f in wrong.__struct_fields__}, "store_id": "MO-TAI"})
    result = hub.append(device, tail)
    assert [r.status for r in result.results] == ["applied", "rejected", "applied"]
    assert result.results[1].reason == "event.wrong_store"
    assert result.last_seq == tail[-1].seq
    # The same push again gets the same answers, rejection included.
    assert [r.status for r in hub.append(device, tail).results] == ["duplicate", "rejected", "duplicate"]
    with hub.db.read() as s:
        assert s.scalar(select(Event).where(Event.event_id == wrong.event_id)) is None


def test_a_malformed_payload_is_rejected_not_logged(hub, seeded) -> None:
    events = _sales(seeded, 1)
    device = events[0].device_id
    hub.hello(device, None)
    bad = events[-1]
    broken = type(bad)(
        **{**{f: getattr(bad, f) for f in bad.__struct_fields__}, "payload": {"lines": "nonsense"}}
    )
    result = hub.append(device, [*events[:-1], broken])
    assert result.results[-1].status == "rejected"
    assert result.results[-1].reason == "event.malformed"
    assert hub.head() == len(events) - 1


def test_a_fact_that_conflicts_is_refused_and_the_log_closes_up(hub, seeded) -> None:
    events = _sales(seeded, 3)
    device = events[0].device_id
    hub.hello(device, None)
    catalogue, sales = events[:-3], events[-3:]
    hub.append(device, catalogue)
    head = hub.head()
    # The middle sale reuses the first sale's receipt id (a till bug): it must not poison the batch.
    first_id = sales[0].payload["sale_id"]
    middle = type(sales[1])(
        **{
            **{f: getattr(sales[1], f) for f in sales[1].__struct_fields__},
            "payload": {**sales[1].payload, "sale_id": first_id},
        }
    )
    result = hub.append(device, [sales[0], middle, sales[2]])
    assert [r.status for r in result.results] == ["applied", "rejected", "applied"]
    assert result.results[1].reason == "event.conflict"
    assert [r.offset for r in result.results] == [head + 1, None, head + 2]
    assert [i.offset for i in hub.read_log(0, 100_000)] == list(range(1, head + 3))
    assert [r.status for r in hub.append(device, [sales[0], middle, sales[2]]).results] == [
        "duplicate",
        "rejected",
        "duplicate",
    ]
