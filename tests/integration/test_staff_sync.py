"""Staff changes made at one till reach the others through a real hub on 127.0.0.1: a new member and
their PIN, a PIN reset, a deactivation made offline; and a change the hub refuses (its manager was
deactivated meanwhile) is undone on the till that made it."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import pytest

from core.db import Database, open_sqlite
from core.demo_chain import DEMO_PINS
from core.demo_seed import seed_demo_chain
from core.errors import DomainError
from core.events import EventRecord
from core.models import Event
from core.replica import init_replica, outbox, outbox_status
from core.staff import Role, StaffMember, sign_in
from core.staff_admin import StaffDetails, add_staff, set_active, set_pin
from desktop.demo import HQ_DEVICE
from sync_client.client import SyncClient
from tests.chaos.proxy import ChaosProxy
from tests.integration.harness import Chain, running_chain, wait_for

STORE = "MO-SEN"
NEW = StaffDetails("Lei Ka Man", "李嘉敏", "Lei Ka Man", Role.CASHIER, STORE, 5)


@pytest.fixture(scope="module")
def head_office(tmp_path_factory: pytest.TempPathFactory) -> list[EventRecord]:
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
    chain.server.store.hello(HQ_DEVICE, None)
    for start in range(0, len(events), 400):
        chain.server.store.append(HQ_DEVICE, events[start : start + 400])


def _who(db: Database, pin: str, store_id: str = STORE) -> str:
    """Whom ``pin`` signs in on this till, or the error code."""
    with db.read() as s:
        try:
            return sign_in(s, store_id, pin).name
        except DomainError as exc:
            return exc.code


def _member(db: Database, role: str, store_id: str = STORE) -> StaffMember:
    with db.read() as s:
        return sign_in(s, store_id, DEMO_PINS[role])


def _caught_up(chain: Chain, *clients: SyncClient) -> bool:
    head = chain.server.store.head()
    return all(c.state.status == "online" and c.state.cursor >= head for c in clients)


def _pending(db: Database) -> int:
    with db.read() as s:
        return outbox_status(s).pending


def test_a_new_member_a_pin_reset_and_an_offline_deactivation_reach_the_other_till(
    tmp_path: Path, head_office: list[EventRecord], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger, websockets' frames included

    async def scenario() -> None:
        async with running_chain(tmp_path) as chain:
            _seed(chain, head_office)
            link = ChaosProxy(chain.server.port)  # the first till's line to the hub
            await link.start()
            try:
                await _changes(chain, link)
            finally:
                await link.close()

    async def _changes(chain: Chain, link: ChaosProxy) -> None:
        one, till_one = chain.replica("till-sen-1", STORE)
        two, _ = chain.replica("till-sen-2", STORE)
        c1, c2 = chain.connect("one", one, link.url), chain.connect("two", two)
        await wait_for(lambda: _caught_up(chain, c1, c2), 10, "both tills caught up")
        manager = _member(one, "store_manager")

        with one.write() as s:
            staff_id = add_staff(s, till_one, manager, NEW, "482913", "482913")
        c1.nudge()
        await wait_for(lambda: _who(two, "482913") == "Lei Ka Man", 10, "the new member on the other till")

        with one.write() as s:
            set_pin(s, till_one, manager, staff_id, "771204", "771204")
        c1.nudge()
        await wait_for(lambda: _who(two, "771204") == "Lei Ka Man", 10, "the new PIN on the other till")
        assert _who(two, "482913") == "staff.pin_wrong"

        link.cut()
        await wait_for(lambda: c1.state.status == "offline", 10, "the first till offline")
        with one.write() as s:
            set_active(s, till_one, manager, staff_id, False)
        assert _who(one, "771204") == "staff.pin_wrong"  # at once on this till, offline
        assert _who(two, "771204") == "Lei Ka Man"  # the other till has not heard yet
        link.heal()
        await wait_for(
            lambda: _who(two, "771204") == "staff.pin_wrong", 10, "the deactivation after the line returns"
        )
        await wait_for(lambda: _pending(one) == 0, 10, "nothing left to send")

    asyncio.run(scenario())
    assert caplog.records and "scrypt$" not in caplog.text  # PIN hashes never reach a log


def test_a_change_by_a_manager_deactivated_meanwhile_is_refused_and_undone_on_the_till(
    tmp_path: Path, head_office: list[EventRecord]
) -> None:
    async def scenario() -> None:
        async with running_chain(tmp_path) as chain:
            _seed(chain, head_office)
            link = ChaosProxy(chain.server.port)
            await link.start()
            try:
                await _refused(chain, link)
            finally:
                await link.close()

    async def _refused(chain: Chain, link: ChaosProxy) -> None:
        sen, till_sen = chain.replica("till-sen", STORE)
        tai, till_tai = chain.replica("till-tai", "MO-TAI")
        c_sen, c_tai = chain.connect("sen", sen, link.url), chain.connect("tai", tai)
        await wait_for(lambda: _caught_up(chain, c_sen, c_tai), 10, "both tills caught up")
        manager = _member(sen, "store_manager")
        area = _member(tai, "area_manager", "MO-TAI")

        link.cut()
        await wait_for(lambda: c_sen.state.status == "offline", 10, "Senado's till offline")
        with sen.write() as s:  # offline, the manager adds someone...
            add_staff(s, till_sen, manager, NEW, "482913", "482913")
        assert _who(sen, "482913") == "Lei Ka Man"
        with tai.write() as s:  # ...while the area manager, elsewhere, deactivates that manager
            set_active(s, till_tai, area, manager.staff_id, False)
        c_tai.nudge()
        await wait_for(lambda: _pending(tai) == 0, 10, "the deactivation at the hub")

        link.heal()
        await wait_for(lambda: _pending(sen) == 0 and _caught_up(chain, c_sen), 10, "Senado's till answered")
        with sen.read() as s:
            refused = [
                (e.kind, e.status, e.reason) for e in s.query(Event).filter(Event.kind == "staff.added")
            ]
        assert refused == [("staff.added", "rejected", "staff.manage_not_allowed")]
        assert _who(sen, "482913") == "staff.pin_wrong"  # undone on the till that made it
        assert _who(sen, DEMO_PINS["store_manager"]) == "staff.pin_wrong"  # and the manager is deactivated
        assert _who(tai, "482913") == "staff.pin_wrong"  # never reached anyone else

    asyncio.run(scenario())
