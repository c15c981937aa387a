"""A whole transfer between two stores through a real hub and real sync clients on 127.0.0.1: asked for,
approved, packed with the packer's PIN, dispatched while the receiving store tries to cancel offline
(the hub keeps the dispatch, the cancel comes back refused and is shown), received in two receipts
(one made offline, with a damaged line; one short), then closed. On-hand at the sender, in transit and
on-hand at the receiver agree on every replica at every step."""

from __future__ import annotations

import asyncio
from pathlib import Path

from sqlalchemy import select

from core.db import Database
from core.demo_chain import DEMO_PINS
from core.events import EventRecord
from core.history import movements
from core.models import Event, StockBalance
from core.replica import AckResult, outbox_status
from core.staff import StaffMember, sign_in
from core.stock import on_hand
from core.transfers import (
    ReceiptLine,
    TransferView,
    approve_transfer,
    cancel_transfer,
    close_transfer,
    dispatch_transfer,
    in_transit,
    pack_transfer,
    receive_transfer,
    request_transfer,
    set_transfer_rule,
    transfer_detail,
)
from desktop.i18n import error_text
from sync_client.client import NullListener
from tests.chaos.proxy import ChaosProxy
from tests.integration.harness import Chain, running_chain, wait_for
from tests.integration.test_counter_sync import _seed, head_office  # noqa: F401 (a fixture)

SENDER, RECEIVER = "MO-SEN", "MO-TAI"


class Rejections(NullListener):
    def __init__(self) -> None:
        self.codes: list[str] = []

    def on_rejected(self, results: list[AckResult]) -> None:
        self.codes.extend(r.reason or "" for r in results)


def _staff(db: Database, store_id: str, role: str) -> StaffMember:
    with db.read() as s:
        return sign_in(s, store_id, DEMO_PINS[role])


def _pending(db: Database) -> int:
    with db.read() as s:
        return outbox_status(s).pending


def _view(db: Database, transfer_id: str) -> TransferView | None:
    with db.read() as s:
        return transfer_detail(s, transfer_id)


def _state(db: Database, transfer_id: str) -> str | None:
    view = _view(db, transfer_id)
    return view.state if view else None


def _stock(db: Database, skus: list[str]) -> dict[str, tuple[int, int, int]]:
    """Per SKU: (on hand at the sender, in transit to the receiver, on hand at the receiver)."""
    with db.read() as s:
        moving = in_transit(s, skus)
        return {
            sku: (on_hand(s, SENDER, sku), moving.get((RECEIVER, sku), 0), on_hand(s, RECEIVER, sku))
            for sku in skus
        }


def test_a_whole_transfer_across_two_stores_with_an_offline_receipt_and_a_refused_cancel(
    tmp_path: Path,
    head_office: list[EventRecord],  # noqa: F811
) -> None:
    async def scenario() -> None:
        async with running_chain(tmp_path) as chain:
            _seed(chain, head_office)
            link = ChaosProxy(chain.server.port)
            await link.start()
            try:
                await _transfer(chain, link)
            finally:
                await link.close()

    async def _transfer(chain: Chain, link: ChaosProxy) -> None:
        hub = chain.server.store.db
        sen, till_sen = chain.replica("till-sen", SENDER)
        tai, till_tai = chain.replica("till-tai", RECEIVER)
        c_sen = chain.connect("sen", sen)
        c_tai = chain.connect("tai", tai, link.url)
        refused = Rejections()
        c_tai.listener = refused
        replicas = {"till-sen": sen, "till-tai": tai, "hub": hub}

        def caught_up() -> bool:
            head = chain.server.store.head()
            return all(c.state.caught_up and c.state.cursor == head for c in chain.clients.values())

        async def synced(what: str) -> None:
            c_sen.nudge()
            c_tai.nudge()
            await wait_for(lambda: _pending(sen) == _pending(tai) == 0, 10, what)
            await wait_for(caught_up, 10, what)

        def everywhere(expected: dict[str, tuple[int, int, int]], state: str) -> None:
            for name, db in replicas.items():
                assert _stock(db, skus) == expected, name
                assert _state(db, transfer_id) == state, name

        await wait_for(caught_up, 10, "both tills caught up")
        with hub.read() as s:
            skus = list(
                s.scalars(
                    select(StockBalance.sku)
                    .where(StockBalance.store_id == SENDER, StockBalance.on_hand >= 5)
                    .order_by(StockBalance.sku)
                    .limit(3)
                )
            )
        a, b, c = skus
        start = _stock(hub, skus)
        (sa, _, ra), (sb, _, rb), (sc, _, rc) = start[a], start[b], start[c]

        # Senado's manager approves every request by hand (its rule is off), then Taipa asks Senado for
        # 4 A, 3 B, 2 C.
        with sen.write() as s:
            set_transfer_rule(s, till_sen, _staff(sen, SENDER, "store_manager"), 0)
        await synced("Senado's rule everywhere")
        with tai.write() as s:
            transfer_id, _ = request_transfer(
                s, till_tai, _staff(tai, RECEIVER, "cashier"), SENDER, [(a, 4), (b, 3), (c, 2)]
            )
        await synced("the request everywhere")
        everywhere(start, "requested")

        # Senado's manager approves; the packer packs (only 2 B on the shelf) and confirms with their PIN.
        with sen.write() as s:
            approve_transfer(s, till_sen, _staff(sen, SENDER, "store_manager"), transfer_id)
            pack_transfer(s, till_sen, _staff(sen, SENDER, "cashier"), transfer_id, [(a, 4), (b, 2), (c, 2)])
        await synced("approved and packed everywhere")
        everywhere(start, "packed")
        packed = _view(tai, transfer_id)
        assert packed is not None and packed.packed_by == _staff(sen, SENDER, "cashier").name
        assert {li.sku: (li.requested, li.sent) for li in packed.items} == {a: (4, 4), b: (3, 2), c: (2, 2)}

        # Taipa, offline, calls it off; meanwhile Senado dispatches it. The hub keeps the dispatch.
        link.cut()
        await wait_for(lambda: c_tai.state.status == "offline", 10, "Taipa offline")
        with tai.write() as s:
            cancel_transfer(s, till_tai, _staff(tai, RECEIVER, "cashier"), transfer_id, "not needed")
        assert _state(tai, transfer_id) == "cancelled"
        with sen.write() as s:
            dispatch_transfer(
                s, till_sen, _staff(sen, SENDER, "cashier"), transfer_id, "Courier: Macau Express"
            )
        in_flight = {a: (sa - 4, 4, ra), b: (sb - 2, 2, rb), c: (sc - 2, 2, rc)}
        assert _stock(sen, skus) == in_flight  # at once on the sending till, online or not
        c_sen.nudge()
        await wait_for(lambda: _pending(sen) == 0, 10, "the dispatch at the hub")
        assert _stock(hub, skus) == in_flight and _state(hub, transfer_id) == "dispatched"
        link.heal()
        await synced("Taipa back, its cancel judged")
        await wait_for(lambda: bool(refused.codes), 10, "Taipa told of the refusal")
        assert refused.codes == ["transfer.already_dispatched"]
        with tai.read() as s:
            assert outbox_status(s).rejected == 1
            cancel = s.scalars(select(Event).where(Event.kind == "transfer.cancelled")).one()
            assert (cancel.status, cancel.reason) == ("rejected", "transfer.already_dispatched")
        message = error_text("transfer.already_dispatched")
        assert message and "transfer." not in message  # what the till shows, not the code
        everywhere(in_flight, "dispatched")
        view = _view(tai, transfer_id)
        assert view is not None and view.carrier == "Courier: Macau Express" and view.in_transit == 8

        # Taipa receives offline: all 4 A; of B one good and one damaged (written off); C not yet.
        link.cut()
        await wait_for(lambda: c_tai.state.status == "offline", 10, "Taipa offline again")
        with tai.write() as s:
            state, _ = receive_transfer(
                s,
                till_tai,
                _staff(tai, RECEIVER, "cashier"),
                transfer_id,
                [ReceiptLine(a, received=4), ReceiptLine(b, received=1, damaged=1, reason="box crushed")],
            )
        assert state == "partial"
        after_first = {a: (sa - 4, 0, ra + 4), b: (sb - 2, 0, rb + 1), c: (sc - 2, 2, rc)}
        assert _stock(tai, skus) == after_first and _pending(tai) == 1
        for name, db in (("till-sen", sen), ("hub", hub)):  # nothing reached them yet
            assert _stock(db, skus) == in_flight, name
        link.heal()
        await synced("the offline receipt synced")
        everywhere(after_first, "partial")

        # A new Red Market till joins after the log was pruned: a snapshot carries the open transfer.
        late, _ = chain.replica("till-late", "MO-RED")
        chain.server.store.prune(keep_last=3)
        c_late = chain.connect("late", late)
        await wait_for(lambda: c_late.snapshots_applied >= 1, 10, "a snapshot for the late till")
        await wait_for(lambda: c_late.state.caught_up, 10, "the late till at the head")
        replicas["till-late"] = late
        everywhere(after_first, "partial")
        late_view = _view(late, transfer_id)
        assert late_view is not None and {li.sku: li.damaged for li in late_view.items} == {a: 0, b: 1, c: 0}

        # The rest: one C arrives, one is missing (short-received); the manager closes it.
        with tai.write() as s:
            state, _ = receive_transfer(
                s,
                till_tai,
                _staff(tai, RECEIVER, "cashier"),
                transfer_id,
                [ReceiptLine(c, received=1, missing=1)],
            )
        assert state == "received"
        await synced("the second receipt everywhere")
        done = {a: (sa - 4, 0, ra + 4), b: (sb - 2, 0, rb + 1), c: (sc - 2, 0, rc + 1)}
        everywhere(done, "received")
        with sen.write() as s:
            close_transfer(
                s, till_sen, _staff(sen, SENDER, "store_manager"), transfer_id, "courier claim filed"
            )
        await synced("closed everywhere")
        everywhere(done, "closed")
        for name, db in replicas.items():
            view = _view(db, transfer_id)
            assert view is not None, name
            found = {li.sku: (li.sent, li.received, li.damaged, li.missing) for li in view.items}
            assert found == {a: (4, 4, 0, 0), b: (2, 1, 1, 0), c: (2, 1, 0, 1)}, name
            with db.read() as s:
                moved = movements(s, "2000-01-01", "2999-12-31", RECEIVER)
            assert moved["write_off"][1] >= 1 and moved["transfer_in"][0] == 7, name

    asyncio.run(scenario())
