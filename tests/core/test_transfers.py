"""Transfers on one replica and at the hub: each step refused where the state machine says, a refused
step undone on the till that made it, a slip's codes opening the transfer, and the demo's transfers
(every state) accepted by a real hub."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from core.availability import stock_everywhere
from core.db import Database
from core.demo_chain import DEMO_PINS
from core.errors import DomainError
from core.models import Event
from core.projection import revert_event
from core.replica import Till
from core.staff import sign_in
from core.stock import on_hand
from core.transfers import (
    TRANSFER_STATES,
    ReceiptLine,
    approve_transfer,
    dispatch_transfer,
    in_transit,
    pack_transfer,
    receive_transfer,
    request_transfer,
    transfer_detail,
    transfer_number,
    transfers_for,
)
from core.transfers_desk import (
    find_transfer,
)
from desktop.demo import seed_hub
from hub.models import HubRejection
from hub.store import HubStore

SKU = "PF-0001"


def _staff(db: Database, store: str, role: str):
    with db.read() as s:
        return sign_in(s, store, DEMO_PINS[role])


def test_steps_out_of_order_or_by_the_wrong_store_are_refused_at_the_till(
    seeded: tuple[Database, Till],
) -> None:
    db, till = seeded  # a till of MO-SEN
    cashier, manager = _staff(db, "MO-SEN", "cashier"), _staff(db, "MO-SEN", "store_manager")
    taipa = Till("till-tai", "MO-TAI")
    with db.write() as s:
        tid, _ = request_transfer(s, till, cashier, "MO-TAI", [(SKU, 2)])
    with db.write() as s, pytest.raises(DomainError) as wrong_store:
        approve_transfer(s, till, manager, tid)  # the asking store cannot approve its own request
    assert wrong_store.value.code == "event.wrong_store"
    tai_cashier = _staff(db, "MO-TAI", "cashier")
    with db.write() as s, pytest.raises(DomainError) as not_allowed:
        approve_transfer(s, taipa, tai_cashier, tid)  # a cashier may not approve
    assert not_allowed.value.code == "staff.not_allowed"
    with db.write() as s, pytest.raises(DomainError) as early:
        dispatch_transfer(s, taipa, tai_cashier, tid, "van")
    assert early.value.code == "transfer.already_requested"
    with db.read() as s:
        view = transfer_detail(s, tid)
        assert view is not None and view.state == "requested"
        assert find_transfer(s, tid) == tid and find_transfer(s, transfer_number(tid)) == tid
        assert find_transfer(s, "TR-000000000000") is None


def test_a_refused_dispatch_is_undone_on_the_till_stock_and_state(seeded: tuple[Database, Till]) -> None:
    db, till = seeded
    # This till (MO-SEN) sends to Taipa: Taipa asks (as a remote fact would arrive, here emitted with its store).
    taipa = Till("till-tai", "MO-TAI")
    sen_cashier, sen_manager = _staff(db, "MO-SEN", "cashier"), _staff(db, "MO-SEN", "store_manager")
    with db.write() as s:
        tid, _ = request_transfer(s, taipa, _staff(db, "MO-TAI", "cashier"), "MO-SEN", [(SKU, 3)])
        before = on_hand(s, "MO-SEN", SKU)
        approve_transfer(s, till, sen_manager, tid)
        pack_transfer(s, till, sen_cashier, tid, [(SKU, 2), ("PF-0002", 1)])  # changed while packing
        dispatch_transfer(s, till, sen_cashier, tid, "Chan (driver)")
    with db.read() as s:
        assert on_hand(s, "MO-SEN", SKU) == before - 2
        assert in_transit(s, [SKU, "PF-0002"]) == {("MO-TAI", SKU): 2, ("MO-TAI", "PF-0002"): 1}
        # The Counter's other-stores panel shows it on its way to Taipa.
        panel = {row.store_id: row.in_transit for row in stock_everywhere(s, "MO-SEN", SKU)}
        assert panel["MO-TAI"] == 2 and panel["MO-SEN"] == 0
        dispatched = s.scalars(select(Event.event_id).where(Event.kind == "transfer.dispatched")).one()
    with db.write() as s:
        revert_event(s, dispatched)  # what the till does when the hub refuses it
    with db.read() as s:
        view = transfer_detail(s, tid)
        assert view is not None and view.state == "packed" and view.carrier == ""
        assert on_hand(s, "MO-SEN", SKU) == before and in_transit(s, [SKU]) == {}
        assert {li.sku: (li.requested, li.sent) for li in view.items} == {SKU: (3, 2), "PF-0002": (0, 1)}
        packed = s.scalars(select(Event.event_id).where(Event.kind == "transfer.packed")).one()
    with db.write() as s:
        revert_event(s, packed)
    with db.read() as s:
        view = transfer_detail(s, tid)
        assert view is not None and view.state == "approved"
        assert {li.sku: (li.requested, li.sent) for li in view.items} == {SKU: (3, 0)}


def test_a_receipt_may_not_count_more_than_is_on_its_way(seeded: tuple[Database, Till]) -> None:
    db, till = seeded
    other = Till("till-red", "MO-RED")
    with db.write() as s:
        tid, _ = request_transfer(s, till, _staff(db, "MO-SEN", "cashier"), "MO-RED", [(SKU, 2)])
        approve_transfer(s, other, _staff(db, "MO-RED", "store_manager"), tid)
        pack_transfer(s, other, _staff(db, "MO-RED", "cashier"), tid, [(SKU, 2)])
        dispatch_transfer(s, other, _staff(db, "MO-RED", "cashier"), tid, "courier")
    cashier = _staff(db, "MO-SEN", "cashier")
    for lines, code in (
        ([ReceiptLine(SKU, received=2, missing=1)], "transfer.too_many"),
        ([ReceiptLine("PF-0002", received=1)], "transfer.not_sent"),
        ([ReceiptLine(SKU, damaged=1)], "transfer.no_reason"),
    ):
        with db.write() as s, pytest.raises(DomainError) as refused:
            receive_transfer(s, till, cashier, tid, lines)
        assert refused.value.code == code
    with db.write() as s:
        assert receive_transfer(s, till, cashier, tid, [ReceiptLine(SKU, received=1)])[0] == "partial"


def test_the_demo_has_transfers_in_every_state_and_the_hub_accepts_them(tmp_path: Path) -> None:
    hub = HubStore.open(tmp_path / "hub.sqlite3")
    try:
        seed_hub(hub, tmp_path)
        with hub.db.read() as s:
            assert s.scalars(select(HubRejection.reason)).all() == []
            views = transfers_for(s, "MO-SEN")
        assert {v.state for v in views} == set(TRANSFER_STATES)
        assert any(v.in_transit and v.to_store_id == "MO-SEN" and v.state == "dispatched" for v in views)
    finally:
        hub.close()
