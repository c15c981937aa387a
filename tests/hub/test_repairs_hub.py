"""The hub's dispatch of repair tickets (core/repairs_hub.py) in its writer transaction: the nearest
engineer is offered a new ticket; a decline passes it to the next at once; an offer not answered in
time passes it on (the hub's clock injected); nobody free leaves it open; moves follow the states."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import msgspec
import pytest

from core.events import EventRecord, payload_dict
from core.ids import new_id
from core.repairs import (
    OFFER_TIMEOUT_MINUTES,
    EngineerSet,
    RepairAssigned,
    RepairMoved,
    RepairRaised,
    RepairTicket,
)
from core.repairs_hub import dispatch
from core.replica import outbox
from core.staff import StaffUpserted, hash_pin
from hub.store import HubStore

STORE = "MO-TAI"


class Device:
    """A device pushing hand-made facts straight into the hub store (an office device when store None)."""

    def __init__(self, hub: HubStore, device_id: str, store_id: str | None) -> None:
        self.hub, self.device_id, self.store_id, self.seq = hub, device_id, store_id, 0
        hub.hello(device_id, store_id)

    def push(self, kind: str, payload: msgspec.Struct, store_id: str | None = None) -> tuple[str, str | None]:
        self.seq += 1
        record = EventRecord(
            event_id=new_id(),
            device_id=self.device_id,
            seq=self.seq,
            store_id=store_id or self.store_id,
            kind=kind,
            occurred_at=datetime.now(UTC).isoformat(timespec="milliseconds"),
            payload=payload_dict(payload),
        )
        result = self.hub.append(self.device_id, [record]).results[0]
        return result.status, result.reason


@pytest.fixture
def hub(tmp_path: Path, seeded):  # type: ignore[no-untyped-def]
    store = HubStore.open(tmp_path / "hub.sqlite3")
    db, _till = seeded
    with db.read() as s:
        chain = outbox(s, limit=100_000)
    store.hello(chain[0].device_id, None)
    store.append(chain[0].device_id, chain)
    office = Device(store, "hq-repairs", None)
    for staff_id, base in (("ENG-T", "MO-TAI"), ("ENG-C", "MO-COT"), ("ENG-S", "MO-SEN")):
        office.push("staff.upserted", StaffUpserted(staff_id, staff_id, "engineer", hash_pin("4321")))
        office.push("repair.engineer_set", EngineerSet(staff_id, ["refrigeration"], base, 2, 0, 24 * 60))
    yield store
    store.close()


def ticket(hub: HubStore, ticket_id: str) -> tuple[str, str, str]:
    with hub.db.read() as s:
        row = s.get(RepairTicket, ticket_id)
        assert row is not None
        return row.state, row.engineer_id, row.passed_over


def raise_one(till: Device, skill: str = "refrigeration") -> str:
    ticket_id = new_id()
    assert till.push("repair.raised", RepairRaised(ticket_id, skill, "p1", "Fridge warm")) == (
        "applied",
        None,
    )
    return ticket_id


def test_the_nearest_engineer_is_offered_a_new_ticket_and_a_decline_goes_to_the_next(hub: HubStore) -> None:
    till, engineers = Device(hub, "till-tai", STORE), Device(hub, "eng-devices", None)
    first = raise_one(till)
    assert ticket(hub, first) == ("assigned", "ENG-T", "")
    # Only the engineer offered the ticket may decline it.
    assert engineers.push("repair.moved", RepairMoved(first, "declined", staff_id="ENG-C"), STORE) == (
        "rejected",
        "repair.not_yours",
    )
    assert engineers.push(
        "repair.moved", RepairMoved(first, "declined", "At a job", staff_id="ENG-T"), STORE
    ) == (
        "applied",
        None,
    )
    assert ticket(hub, first) == ("assigned", "ENG-C", "ENG-T")  # Cotai is 12 minutes away, Senado 25


def test_an_offer_not_answered_in_time_passes_to_the_next_engineer(hub: HubStore) -> None:
    till = Device(hub, "till-tai", STORE)
    raise_one(till)
    now = datetime.now(UTC)
    with hub.db.read() as s:
        assert dispatch(s, now + timedelta(minutes=OFFER_TIMEOUT_MINUTES - 1)) == []  # still in time
        facts = dispatch(s, now + timedelta(minutes=OFFER_TIMEOUT_MINUTES + 1))
    assert [(kind, store, p.engineer_id, p.passed_over) for kind, store, p in facts] == [  # type: ignore[attr-defined]
        ("repair.assigned", STORE, "ENG-C", "ENG-T")
    ]
    assert isinstance(facts[0][2], RepairAssigned) and facts[0][2].eta


def test_nobody_with_the_skill_leaves_the_ticket_open(hub: HubStore) -> None:
    till = Device(hub, "till-tai", STORE)
    safe = raise_one(till, skill="security")
    assert ticket(hub, safe) == ("open", "", "")


def test_an_engineer_at_the_load_limit_is_passed_by(hub: HubStore) -> None:
    till = Device(hub, "till-tai", STORE)
    tickets = [raise_one(till) for _ in range(3)]
    assert [ticket(hub, t)[1] for t in tickets] == ["ENG-T", "ENG-T", "ENG-C"]  # limit 2 each


def test_moves_follow_the_states_and_the_store_verifies(hub: HubStore) -> None:
    till, engineers = Device(hub, "till-tai", STORE), Device(hub, "eng-devices", None)
    first = raise_one(till)

    def move(state: str, by: str, device: Device = engineers) -> tuple[str, str | None]:
        return device.push("repair.moved", RepairMoved(first, state, staff_id=by), STORE)

    assert move("resolved", "ENG-T") == ("rejected", "repair.already_assigned")
    assert move("accepted", "ENG-T") == ("applied", None)
    assert move("on_site", "ENG-C") == ("rejected", "repair.not_yours")
    assert move("on_site", "ENG-T") == ("applied", None)
    assert move("verified", "MO-TAI-C1", till) == ("rejected", "repair.already_on_site")
    assert move("resolved", "ENG-T") == ("applied", None)
    assert move("verified", "MO-TAI-C1", till) == ("applied", None)
    assert ticket(hub, first)[:2] == ("verified", "ENG-T")
