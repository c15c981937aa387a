"""The hub checks staff facts against its own view of staff: only a manager named in the fact who may
grant it, for their own store, and a group's earlier facts count for its later ones."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import msgspec
import pytest
from sqlalchemy import select

from core.events import EventRecord, payload_dict
from core.ids import new_id
from core.models import Staff
from core.replica import outbox
from core.staff import StaffActiveSet, StaffAdded, StaffChanged, StaffPinSet, hash_pin, pin_matches
from hub.store import HubStore

STORE = "MO-SEN"
MANAGER, CASHIER, AREA = f"{STORE}-M", f"{STORE}-C1", "AREA-1"


class Till:
    """A till pushing hand-made facts straight into the hub store."""

    def __init__(self, hub: HubStore, device_id: str, store_id: str) -> None:
        self.hub, self.device_id, self.store_id, self.seq = hub, device_id, store_id, 0
        hub.hello(device_id, store_id)

    def push(self, *facts: tuple[str, msgspec.Struct]) -> list[tuple[str, str | None]]:
        events = []
        for kind, payload in facts:
            self.seq += 1
            events.append(
                EventRecord(
                    event_id=new_id(),
                    device_id=self.device_id,
                    seq=self.seq,
                    store_id=self.store_id,
                    kind=kind,
                    occurred_at=datetime.now(UTC).isoformat(timespec="milliseconds"),
                    payload=payload_dict(payload),
                )
            )
        result = self.hub.append(self.device_id, events)
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


def _added(
    by: str, role: str = "cashier", store_id: str | None = STORE, limit: int | None = None
) -> StaffAdded:
    return StaffAdded(
        staff_id=new_id(),
        store_id=store_id,
        name="Lei Ka Man",
        name_zh="李嘉敏",
        role=role,
        discount_limit=limit,
        pin_hash=hash_pin("482913"),
        by=by,
    )


def _staff(hub: HubStore, staff_id: str) -> Staff | None:
    with hub.db.read() as s:
        return s.scalar(select(Staff).where(Staff.staff_id == staff_id))


def test_the_hub_takes_staff_facts_only_from_managers_who_may_grant_them(hub) -> None:
    till = Till(hub, "till-sen", STORE)
    ok = _added(MANAGER)
    assert till.push(("staff.added", ok)) == [("applied", None)]
    assert till.push(("staff.added", _added(CASHIER))) == [("rejected", "staff.manage_not_allowed")]
    assert till.push(("staff.added", _added(MANAGER, "area_manager", None))) == [
        ("rejected", "staff.role_too_high")
    ]
    assert till.push(("staff.added", _added(MANAGER, limit=45))) == [("rejected", "staff.limit_too_high")]
    assert till.push(("staff.added", _added(MANAGER, store_id="MO-TAI"))) == [
        ("rejected", "staff.other_store")
    ]
    # A manager of another store, through this store's till, manages nobody here.
    assert till.push(
        ("staff.pin_set", StaffPinSet(staff_id=ok.staff_id, pin_hash=hash_pin("1357"), by="MO-TAI-M"))
    ) == [("rejected", "staff.other_store")]
    assert till.push(("staff.active_set", StaffActiveSet(staff_id=MANAGER, active=False, by=MANAGER))) == [
        ("rejected", "staff.self")
    ]
    # An area manager, at any store's till, may.
    assert till.push(("staff.added", _added(AREA, "area_manager", None, 50))) == [("applied", None)]
    row = _staff(hub, ok.staff_id)
    assert row is not None and (row.name_zh, row.role, row.active) == ("李嘉敏", "cashier", True)


def test_a_group_sees_its_own_earlier_staff_facts(hub) -> None:
    till = Till(hub, "till-sen", STORE)
    new = _added(MANAGER)
    deactivate = StaffActiveSet(staff_id=MANAGER, active=False, by=AREA)
    # Added then reset in one push; then the manager, deactivated, can no longer change anyone.
    assert till.push(
        ("staff.added", new),
        ("staff.pin_set", StaffPinSet(staff_id=new.staff_id, pin_hash=hash_pin("771204"), by=MANAGER)),
        ("staff.active_set", deactivate),
        (
            "staff.changed",
            StaffChanged(
                staff_id=new.staff_id,
                name="Renamed",
                role="cashier",
                store_id=STORE,
                discount_limit=1,
                by=MANAGER,
            ),
        ),
    ) == [("applied", None), ("applied", None), ("applied", None), ("rejected", "staff.manage_not_allowed")]
    row = _staff(hub, new.staff_id)
    assert row is not None and row.name == "Lei Ka Man" and pin_matches("771204", row.pin_hash)
    manager = _staff(hub, MANAGER)
    assert manager is not None and manager.active is False


def test_a_snapshot_carries_what_the_staff_page_manages(hub, make_db) -> None:
    from core.snapshot import Snapshot, apply_snapshot
    from core.staff import sign_in

    till = Till(hub, "till-sen", STORE)
    new = _added(MANAGER, limit=7)
    assert till.push(
        ("staff.added", new), ("staff.active_set", StaffActiveSet(staff_id=CASHIER, active=False, by=MANAGER))
    ) == [("applied", None), ("applied", None)]
    snap = Snapshot.merge(hub.snapshot("new-till").split(7))
    db, _ = make_db("fresh", "new-till", STORE)
    with db.write() as s:
        apply_snapshot(s, snap)
    with db.read() as s:
        member = sign_in(s, STORE, "482913")
        cashier = s.get(Staff, CASHIER)
        added = s.get(Staff, new.staff_id)
        assert (member.staff_id, member.discount_limit_percent) == (new.staff_id, 7)
        assert added is not None and added.name_zh == "李嘉敏"
        assert cashier is not None and cashier.active is False
