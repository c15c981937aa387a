"""The counter's facts through a real hub and real sync clients on 127.0.0.1: a hold granted once when
two stores race for the last units, an oversell alert when two offline tills sell the last unit, and a
hold asked for offline that waits for the hub's answer."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from core.availability import stock_everywhere
from core.catalogue import get_product
from core.db import Database, open_sqlite
from core.demo_chain import DEMO_PINS
from core.demo_seed import seed_demo_chain
from core.errors import DomainError
from core.events import EventRecord
from core.holds import Hold, HoldView, available, holds_for, request_hold, update_hold
from core.models import Event, Sale, StockBalance
from core.oversell import AlertView, OversellAlert, open_alerts, resolve_alert
from core.replica import Till, init_replica, outbox, outbox_status
from core.sales import CartLine, Payment, checkout
from core.staff import StaffMember, sign_in
from core.stock import on_hand
from desktop.demo import HQ_DEVICE
from sync_client.client import SyncClient
from tests.chaos.proxy import ChaosProxy
from tests.integration.harness import Chain, running_chain, wait_for

OWNER = "MO-RED"  # the store whose stock is held and oversold


@pytest.fixture(scope="module")
def head_office(tmp_path_factory: pytest.TempPathFactory) -> list[EventRecord]:
    """The demo chain as the head office's events (as ``desktop.demo.seed_hub`` writes them), made once."""
    hq = open_sqlite(tmp_path_factory.mktemp("hq") / "head-office.sqlite3")
    try:
        with hq.write() as s:
            init_replica(s, HQ_DEVICE, None)
            seed_demo_chain(s)
        with hq.read() as s:
            return outbox(s, limit=100_000)
    finally:
        hq.dispose()


def _seed(chain: Chain, events: list[EventRecord]) -> None:
    """The head office's device pushes the chain into the hub through its append path."""
    chain.server.store.hello(HQ_DEVICE, None)
    for start in range(0, len(events), 400):
        chain.server.store.append(HQ_DEVICE, events[start : start + 400])


def _now() -> datetime:
    return datetime.now(UTC)


def _later() -> datetime:
    return _now() + timedelta(hours=3)


def _staff(db: Database, store_id: str, role: str) -> StaffMember:
    with db.read() as s:
        return sign_in(s, store_id, DEMO_PINS[role])


def _scarce_sku(chain: Chain, store_id: str, at_least: int = 1) -> tuple[str, int]:
    """The SKU with the fewest units on hand at ``store_id`` (at least ``at_least``), from the hub."""
    with chain.server.store.db.read() as s:
        row = s.execute(
            select(StockBalance.sku, StockBalance.on_hand)
            .where(StockBalance.store_id == store_id, StockBalance.on_hand >= at_least)
            .order_by(StockBalance.on_hand, StockBalance.sku)
            .limit(1)
        ).one()
    return row[0], int(row[1])


def _hub_db(chain: Chain) -> Database:
    return chain.server.store.db


def _pending(db: Database) -> int:
    with db.read() as s:
        return outbox_status(s).pending


def _rejected(db: Database) -> int:
    with db.read() as s:
        return outbox_status(s).rejected


def _available(db: Database, sku: str, store_id: str = OWNER) -> int:
    with db.read() as s:
        return available(s, store_id, sku, _now())


def _on_hand(db: Database, sku: str, store_id: str = OWNER) -> int:
    with db.read() as s:
        return on_hand(s, store_id, sku)


def _holds(db: Database, sku: str, store_id: str = OWNER) -> list[tuple[str, str, str]]:
    """Every hold on ``store_id``'s ``sku`` this database knows: (hold id, for store, state)."""
    with db.read() as s:
        rows = s.execute(
            select(Hold.hold_id, Hold.for_store_id, Hold.state).where(
                Hold.store_id == store_id, Hold.sku == sku
            )
        ).all()
    return sorted((h, f, st) for h, f, st in rows)


def _hold_view(db: Database, store_id: str, hold_id: str) -> HoldView | None:
    with db.read() as s:
        return next((h for h in holds_for(s, store_id) if h.hold_id == hold_id), None)


def _event(db: Database, event_id: str) -> tuple[str, str | None]:
    with db.read() as s:
        row = s.get(Event, event_id)
        assert row is not None
        return row.status, row.reason


def _hold_event_id(db: Database, hold_id: str) -> str:
    with db.read() as s:
        return s.scalar(
            select(Event.event_id).where(Event.kind == "hold.requested", Event.payload.contains(hold_id))
        )


def _alerts(db: Database) -> list[AlertView]:
    """The open oversell alerts a manager of the owning store sees."""
    with db.read() as s:
        return open_alerts(s, OWNER)


def _alert_state(db: Database, alert_id: str) -> tuple[str, str] | None:
    with db.read() as s:
        alert = s.get(OversellAlert, alert_id)
        return None if alert is None else (alert.state, alert.resolution)


def _caught_up(chain: Chain, *clients: SyncClient) -> bool:
    head = chain.server.store.head()
    return all(c.state.status == "online" and c.state.cursor >= head for c in clients)


def _sell(db: Database, till: Till, cashier: StaffMember, sku: str, qty: int) -> str:
    """A paid sale at the counter (card for the exact total); returns the sale's event id."""
    with db.write() as s:
        price = get_product(s, sku).price_avos
        result = checkout(s, till, cashier, [CartLine(sku, qty, price)], [Payment("card", qty * price)])
        return s.scalar(select(Sale.event_id).where(Sale.sale_id == result.sale_id))


def test_a_hold_is_granted_once_when_two_stores_race_for_the_last_units(
    tmp_path: Path, head_office: list[EventRecord]
) -> None:
    async def scenario() -> None:
        async with running_chain(tmp_path) as chain:
            _seed(chain, head_office)
            sen, till_sen = chain.replica("till-sen", "MO-SEN")
            tai, till_tai = chain.replica("till-tai", "MO-TAI")
            red, till_red = chain.replica("till-red", OWNER)
            clients = [chain.connect(n, db) for n, db in (("sen", sen), ("tai", tai), ("red", red))]
            c_sen, c_tai, c_red = clients
            await wait_for(lambda: _caught_up(chain, *clients), 10, "three tills caught up")
            sku, _ = _scarce_sku(chain, OWNER)
            last = _available(_hub_db(chain), sku)
            assert last > 0
            assert _available(sen, sku) == _available(tai, sku) == _available(red, sku) == last

            # Both counters ask for every unit left at the third store, each sure it is there.
            asked: dict[str, str] = {}
            for name, db, till in (("sen", sen, till_sen), ("tai", tai, till_tai)):
                cashier = _staff(db, till.store_id or "", "cashier")
                with db.write() as s:
                    asked[name], _ = request_hold(
                        s, till, cashier, OWNER, sku, last, _later(), f"Customer {name}", "+853 6612 3456"
                    )
                assert _available(db, sku) == 0  # on this counter's screen, until the hub answers
            c_sen.nudge()
            c_tai.nudge()

            await wait_for(lambda: _pending(sen) == _pending(tai) == 0, 10, "both holds answered")
            await wait_for(lambda: _caught_up(chain, *clients), 10, "every till at the hub's head")

            hub_holds = _holds(_hub_db(chain), sku)
            assert len(hub_holds) == 1, hub_holds
            winner_hold, winner_store, state = hub_holds[0]
            assert state == "requested"
            winner, loser = ("sen", "tai") if winner_hold == asked["sen"] else ("tai", "sen")
            assert asked[winner] == winner_hold
            dbs = {"sen": sen, "tai": tai, "red": red}
            stores = {"sen": "MO-SEN", "tai": "MO-TAI"}
            assert winner_store == stores[winner]
            for name, db in dbs.items():
                assert _holds(db, sku) == hub_holds, name  # one hold, the same one, everywhere
                assert _available(db, sku) == _available(_hub_db(chain), sku) == 0, name

            # The loser's counter shows its hold refused, and nothing of it is left in its figures.
            loser_db = dbs[loser]
            assert _rejected(loser_db) == 1
            assert _event(loser_db, _hold_event_id(loser_db, asked[loser])) == (
                "rejected",
                "hold.unavailable",
            )
            assert _hold_view(loser_db, stores[loser], asked[loser]) is None
            with loser_db.read() as s:
                there = next(r for r in stock_everywhere(s, stores[loser], sku) if r.store_id == OWNER)
            assert (there.on_hand, there.held, there.available) == (last, last, 0)
            assert _rejected(dbs[winner]) == 0
            mine = _hold_view(dbs[winner], stores[winner], winner_hold)
            assert mine is not None and not mine.waiting_for_hub

            # The owning store sees the hold it must set aside, and confirms it is set aside.
            theirs = _hold_view(red, OWNER, winner_hold)
            assert theirs is not None
            assert (theirs.for_store_id, theirs.qty, theirs.state) == (stores[winner], last, "requested")
            with red.write() as s:
                update_hold(s, till_red, _staff(red, OWNER, "cashier"), winner_hold, "confirmed")
            c_red.nudge()
            await wait_for(
                lambda: (_hold_view(dbs[winner], stores[winner], winner_hold) or mine).state == "confirmed",
                10,
                "the requesting till to see the hold confirmed",
            )
            await wait_for(lambda: _caught_up(chain, *clients), 10, "every till at the hub's head")
            for name, db in (*dbs.items(), ("hub", _hub_db(chain))):
                assert _holds(db, sku) == [(winner_hold, stores[winner], "confirmed")], name
                assert _available(db, sku) == 0, name

    asyncio.run(scenario())


def test_two_offline_tills_selling_the_last_unit_raise_one_oversell_alert(
    tmp_path: Path, head_office: list[EventRecord]
) -> None:
    async def scenario() -> None:
        async with running_chain(tmp_path) as chain:
            _seed(chain, head_office)
            link = ChaosProxy(chain.server.port)  # the store's line to the hub
            await link.start()
            try:
                await _oversell(chain, link)
            finally:
                await link.close()

    async def _oversell(chain: Chain, link: ChaosProxy) -> None:
        red1, till1 = chain.replica("till-red-1", OWNER)
        red2, till2 = chain.replica("till-red-2", OWNER)
        sen, _ = chain.replica("till-sen", "MO-SEN")
        c1, c2 = chain.connect("red1", red1, link.url), chain.connect("red2", red2, link.url)
        c_sen = chain.connect("sen", sen)
        clients = [c1, c2, c_sen]
        replicas = {"till-red-1": red1, "till-red-2": red2, "till-sen": sen, "hub": _hub_db(chain)}
        await wait_for(lambda: _caught_up(chain, *clients), 10, "three tills caught up")
        sku, stock = _scarce_sku(chain, OWNER)
        cashier1, cashier2 = _staff(red1, OWNER, "cashier"), _staff(red2, OWNER, "cashier")
        earlier: list[str] = []
        if stock > 1:  # sold down to the last unit while online: no alert for that
            earlier.append(_sell(red1, till1, cashier1, sku, stock - 1))
            c1.nudge()
            await wait_for(
                lambda: all(_on_hand(db, sku) == 1 for db in replicas.values()),
                10,
                "one unit left everywhere",
            )
        await wait_for(lambda: _caught_up(chain, *clients), 10, "every till at the hub's head")
        assert all(_alerts(db) == [] for db in replicas.values())

        link.cut()  # the store's line goes down; both counters keep selling
        await wait_for(lambda: c1.state.status == c2.state.status == "offline", 10, "both tills offline")
        sold = [_sell(red1, till1, cashier1, sku, 1), _sell(red2, till2, cashier2, sku, 1)]
        assert _on_hand(red1, sku) == _on_hand(red2, sku) == 0
        assert _pending(red1) == _pending(red2) == 1
        assert _on_hand(_hub_db(chain), sku) == _on_hand(sen, sku) == 1

        link.heal()
        await wait_for(
            lambda: _pending(red1) == _pending(red2) == 0, 10, "both sales sent after the line returns"
        )
        await wait_for(
            lambda: _caught_up(chain, *clients) and all(len(_alerts(db)) == 1 for db in replicas.values()),
            10,
            "the hub's alert on every replica",
        )
        alerts = {name: _alerts(db) for name, db in replicas.items()}
        (alert,) = alerts["hub"]
        for name, found in alerts.items():
            assert [(a.alert_id, a.sku) for a in found] == [(alert.alert_id, sku)], name
            assert set(sold) <= set(found[0].cause_event_ids), name
            assert found[0].available == -1, name
            assert _on_hand(replicas[name], sku) == -1, name
        with _hub_db(chain).read() as s:
            for event_id in [*earlier, *sold]:  # neither sale lost nor doubled
                assert s.scalar(select(func.count()).where(Event.event_id == event_id)) == 1
                assert s.scalar(select(func.count()).where(Sale.event_id == event_id)) == 1
            detected = s.scalars(select(Event).where(Event.kind == "oversell.detected")).all()
        assert [(e.device_id, e.store_id) for e in detected] == [("hub-rules", OWNER)]

        # A cashier may not close it; the store manager writes off the unit that was never there.
        with red2.write() as s, pytest.raises(DomainError) as refused:
            resolve_alert(s, till2, cashier2, alert.alert_id, "write_off")
        assert refused.value.code == "staff.not_allowed"
        manager = _staff(red2, OWNER, "store_manager")
        with red2.write() as s:
            resolve_alert(s, till2, manager, alert.alert_id, "write_off", "shelf was empty")
        c2.nudge()
        await wait_for(
            lambda: (
                _caught_up(chain, *clients)
                and all(
                    _alert_state(db, alert.alert_id) == ("resolved", "write_off") for db in replicas.values()
                )
            ),
            10,
            "the alert resolved on every replica",
        )
        for name, db in replicas.items():
            assert _alerts(db) == [], name
            assert _on_hand(db, sku) == 0, name
        assert _rejected(red1) == _rejected(red2) == 0

    asyncio.run(scenario())


def test_a_hold_asked_for_offline_waits_for_the_hub_and_is_judged_on_reconnect(
    tmp_path: Path, head_office: list[EventRecord]
) -> None:
    async def scenario() -> None:
        async with running_chain(tmp_path) as chain:
            _seed(chain, head_office)
            link = ChaosProxy(chain.server.port)
            await link.start()
            try:
                await _offline_hold(chain, link)
            finally:
                await link.close()

    async def _offline_hold(chain: Chain, link: ChaosProxy) -> None:
        sen, till_sen = chain.replica("till-sen", "MO-SEN")
        red, till_red = chain.replica("till-red", OWNER)
        c_sen, c_red = chain.connect("sen", sen, link.url), chain.connect("red", red)
        await wait_for(lambda: _caught_up(chain, c_sen, c_red), 10, "both tills caught up")
        with _hub_db(chain).read() as s:
            skus = list(
                s.scalars(
                    select(StockBalance.sku)
                    .where(StockBalance.store_id == OWNER, StockBalance.on_hand >= 2)
                    .order_by(StockBalance.on_hand, StockBalance.sku)
                    .limit(2)
                )
            )
        kept, gone = skus  # one still there when the till comes back, one sold out meanwhile
        stock_kept, stock_gone = _on_hand(sen, kept), _on_hand(sen, gone)

        link.cut()
        await wait_for(lambda: c_sen.state.status == "offline", 10, "the till offline")
        cashier = _staff(sen, "MO-SEN", "cashier")
        with sen.write() as s:
            hold_kept, _ = request_hold(s, till_sen, cashier, OWNER, kept, 1, _later(), "Chan Tai Man", "")
            hold_gone, _ = request_hold(
                s, till_sen, cashier, OWNER, gone, stock_gone, _later(), "", "+853 6600 1234"
            )
        for hold_id in (hold_kept, hold_gone):
            view = _hold_view(sen, "MO-SEN", hold_id)
            assert view is not None and view.waiting_for_hub and view.state == "requested"
        assert _pending(sen) == 2
        assert _available(sen, kept) == stock_kept - 1 and _available(sen, gone) == 0
        assert _holds(_hub_db(chain), kept) == [] and _holds(red, kept) == []

        # Meanwhile the owning store sells every unit of the other item.
        _sell(red, till_red, _staff(red, OWNER, "cashier"), gone, stock_gone)
        c_red.nudge()
        await wait_for(lambda: _on_hand(_hub_db(chain), gone) == 0, 10, "the owner's sale at the hub")
        assert _pending(sen) == 2  # still offline: nothing is judged yet
        assert _hold_view(sen, "MO-SEN", hold_kept).waiting_for_hub  # type: ignore[union-attr]

        link.heal()
        await wait_for(lambda: _pending(sen) == 0, 10, "the holds judged after reconnecting")
        await wait_for(lambda: _caught_up(chain, c_sen, c_red), 10, "both tills at the hub's head")
        granted = _hold_view(sen, "MO-SEN", hold_kept)
        assert granted is not None and not granted.waiting_for_hub and granted.state == "requested"
        assert _event(sen, _hold_event_id(sen, hold_gone)) == ("rejected", "hold.unavailable")
        assert _hold_view(sen, "MO-SEN", hold_gone) is None and _rejected(sen) == 1
        for name, db in (("till-sen", sen), ("till-red", red), ("hub", _hub_db(chain))):
            assert _holds(db, kept) == [(hold_kept, "MO-SEN", "requested")], name
            assert _holds(db, gone) == [], name
            assert _available(db, kept) == stock_kept - 1, name
            assert _available(db, gone) == 0 == _on_hand(db, gone), name
        seen = _hold_view(red, OWNER, hold_kept)
        assert seen is not None and seen.customer_name == "Chan Tai Man"

    asyncio.run(scenario())
