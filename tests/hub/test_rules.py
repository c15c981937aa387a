"""The hub's business rules in its writer transaction: a hold is granted once for the last units,
transitions follow the current state, staff must be allowed, oversells raise one alert."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import msgspec
import pytest
from sqlalchemy import select

from core.events import EventRecord, payload_dict
from core.holds import Hold, HoldRequested, HoldUpdated, available
from core.ids import new_id
from core.oversell import OversellAlert, OversellDetected, OversellResolved
from core.replica import outbox
from core.sales import SaleLine, SaleRecorded
from core.stock import on_hand
from hub.store import HubStore

SKU = "PF-0001"
OWNER = "MO-RED"


class Device:
    """A device pushing hand-made facts straight into the hub store."""

    def __init__(self, hub: HubStore, device_id: str, store_id: str) -> None:
        self.hub, self.device_id, self.store_id, self.seq = hub, device_id, store_id, 0
        hub.hello(device_id, store_id)

    def event(self, kind: str, payload: msgspec.Struct, store_id: str | None = None) -> EventRecord:
        self.seq += 1
        return EventRecord(
            event_id=new_id(),
            device_id=self.device_id,
            seq=self.seq,
            store_id=store_id or self.store_id,
            kind=kind,
            occurred_at=datetime.now(UTC).isoformat(timespec="milliseconds"),
            payload=payload_dict(payload),
        )

    def push(self, *events: EventRecord) -> list[tuple[str, str | None]]:
        result = self.hub.append(self.device_id, list(events))
        return [(r.status, r.reason) for r in result.results]


@pytest.fixture
def hub(tmp_path: Path, seeded):
    store = HubStore.open(tmp_path / "hub.sqlite3")
    db, _till = seeded
    with db.read() as s:
        chain = outbox(s, limit=100_000)
    store.hello(chain[0].device_id, None)  # the demo chain, as head office wrote it
    store.append(chain[0].device_id, chain)
    yield store
    store.close()


def _stock(hub: HubStore, store_id: str = OWNER, sku: str = SKU) -> tuple[int, int]:
    with hub.db.read() as s:
        return on_hand(s, store_id, sku), available(s, store_id, sku, datetime.now(UTC))


def _hold(qty: int, until: timedelta = timedelta(hours=3), hold_id: str | None = None) -> HoldRequested:
    return HoldRequested(
        hold_id or new_id(),
        OWNER,
        SKU,
        qty,
        (datetime.now(UTC) + until).isoformat(),
        "Customer",
        "+853 6612 3456",
    )


def test_two_stores_racing_for_the_last_units_get_one_hold(hub) -> None:
    units, free = _stock(hub)
    assert units == free > 0
    senado, taipa = Device(hub, "till-sen", "MO-SEN"), Device(hub, "till-tai", "MO-TAI")
    # Both ask for all of it in the same group commit: the first in log order wins.
    results = hub.append_many(
        [
            (senado.device_id, [senado.event("hold.requested", _hold(units))]),
            (taipa.device_id, [taipa.event("hold.requested", _hold(1))]),
        ]
    )
    assert [r.results[0].status for r in results] == ["applied", "rejected"]
    assert results[1].results[0].reason == "hold.unavailable"
    assert _stock(hub) == (units, 0)
    # And in separate transactions too.
    assert taipa.push(taipa.event("hold.requested", _hold(1))) == [("rejected", "hold.unavailable")]


def test_a_hold_moves_forward_only_and_only_its_stores_move_it(hub) -> None:
    senado, red, taipa = Device(hub, "s", "MO-SEN"), Device(hub, "r", OWNER), Device(hub, "t", "MO-TAI")
    hold = _hold(1)
    assert senado.push(senado.event("hold.requested", hold)) == [("applied", None)]
    confirm = HoldUpdated(hold.hold_id, "confirmed")
    assert taipa.push(taipa.event("hold.updated", confirm)) == [("rejected", "event.wrong_store")]
    assert senado.push(senado.event("hold.updated", confirm)) == [("rejected", "event.wrong_store")]
    assert red.push(red.event("hold.updated", confirm), red.event("hold.updated", confirm)) == [
        ("applied", None),
        ("rejected", "hold.already_confirmed"),
    ]
    assert red.push(red.event("hold.updated", HoldUpdated(hold.hold_id, "fulfilled", "picked_up"))) == [
        ("applied", None)
    ]
    assert senado.push(senado.event("hold.updated", HoldUpdated(hold.hold_id, "released"))) == [
        ("rejected", "hold.already_fulfilled")
    ]
    with hub.db.read() as s:
        assert s.get(Hold, hold.hold_id).state == "fulfilled"


def test_an_expired_hold_frees_its_units(hub) -> None:
    units, _ = _stock(hub)
    senado = Device(hub, "s", "MO-SEN")
    assert senado.push(senado.event("hold.requested", _hold(units, until=timedelta(seconds=-1)))) == [
        ("rejected", "hold.bad_time")
    ]
    assert senado.push(senado.event("hold.requested", _hold(units))) == [("applied", None)]
    with hub.db.write() as s:  # time passes: the hold's "until" is now behind us
        for h in s.scalars(select(Hold)):
            h.until = (datetime.now(UTC) - timedelta(minutes=1)).isoformat(timespec="milliseconds")
    assert _stock(hub)[1] == units


def test_two_tills_selling_the_last_unit_raise_one_oversell_alert_with_both_sales(hub) -> None:
    units, _ = _stock(hub)
    one, two = Device(hub, "red-1", OWNER), Device(hub, "red-2", OWNER)
    first = one.event("sale.recorded", SaleRecorded(new_id(), [SaleLine(SKU, units, 100)], units * 100))
    second = two.event("sale.recorded", SaleRecorded(new_id(), [SaleLine(SKU, 1, 100)], 100))
    assert one.push(first) == [("applied", None)]
    head = hub.head()
    assert two.push(second) == [("applied", None)]  # a sale is never refused
    log = hub.read_log(head, 100)
    assert [i.event.kind for i in log] == ["sale.recorded", "oversell.detected"]
    assert [i.offset for i in log] == [head + 1, head + 2]
    alert = msgspec.convert(log[1].event.payload, OversellDetected)
    assert log[1].event.store_id == OWNER and alert.sku == SKU and alert.available == -1
    assert {first.event_id, second.event_id} <= set(alert.cause_event_ids)
    # Another sale of the same item while the alert is open raises no second alert.
    one.push(one.event("sale.recorded", SaleRecorded(new_id(), [SaleLine(SKU, 1, 100)], 100)))
    with hub.db.read() as s:
        assert len(s.scalars(select(OversellAlert)).all()) == 1
    # A store manager writes it off: on-hand back to zero, the alert closed.
    manager = "MO-RED-M"
    resolve = OversellResolved(alert.alert_id, "write_off", manager, adjust_qty=2)
    assert one.push(one.event("oversell.resolved", resolve)) == [("applied", None)]
    assert _stock(hub) == (0, 0)
    assert one.push(one.event("oversell.resolved", resolve)) == [("rejected", "alert.not_open")]


def test_staff_must_be_allowed_and_devices_cannot_write_the_hubs_facts(hub) -> None:
    red = Device(hub, "red-1", OWNER)
    by_engineer = SaleRecorded(new_id(), [SaleLine(SKU, 1, 100)], 100, staff_id="ENG-1")
    by_cashier = SaleRecorded(new_id(), [SaleLine(SKU, 1, 100)], 100, staff_id="MO-RED-C1")
    cashier_resolves = OversellResolved(new_id(), "contact_customer", "MO-RED-C1")
    forged = OversellDetected(new_id(), SKU, -5, [])
    assert red.push(
        red.event("sale.recorded", by_engineer),
        red.event("sale.recorded", by_cashier),
        red.event("oversell.resolved", cashier_resolves),
        red.event("oversell.detected", forged),
    ) == [
        ("rejected", "staff.not_allowed"),
        ("applied", None),
        ("rejected", "staff.not_allowed"),
        ("rejected", "event.not_allowed"),
    ]


def test_a_snapshot_carries_holds_and_alerts_to_a_device_that_needs_one(hub, make_db) -> None:
    units, _ = _stock(hub)
    senado, red = Device(hub, "s", "MO-SEN"), Device(hub, "r", OWNER)
    hold = _hold(1)
    senado.push(senado.event("hold.requested", hold))
    red.push(red.event("sale.recorded", SaleRecorded(new_id(), [SaleLine(SKU, units, 100)], units * 100)))
    from core.snapshot import Snapshot, apply_snapshot

    snap = Snapshot.merge(hub.snapshot("new-till").split(7))
    db, _ = make_db("fresh", "new-till", "MO-TAI")
    with db.write() as s:
        apply_snapshot(s, snap)
    with db.read() as s:
        assert s.get(Hold, hold.hold_id).state == "requested"
        assert [a.sku for a in s.scalars(select(OversellAlert))] == [SKU]
        assert available(s, OWNER, SKU, datetime.now(UTC)) == -1
