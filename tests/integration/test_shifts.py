"""Open shifts through a real hub and real sync clients on 127.0.0.1: two substitutes at two stores
accept the same open shift at once; the hub gives it to one, and the other's counter is told why."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from core.db import Database
from core.demo_chain import DEMO_PINS
from core.models import Event
from core.replica import outbox_status
from core.shifts import RosterShift, ShiftDraft, accept_shift, offer_shift, publish_roster, roster_week
from core.staff import StaffMember, sign_in
from desktop.demo import seed_hub
from desktop.i18n import ERROR_MESSAGES
from tests.integration.harness import running_chain, wait_for


def _member(db: Database, store_id: str, role: str) -> StaffMember:
    with db.read() as s:
        return sign_in(s, store_id, DEMO_PINS[role])


def _shift(db: Database, shift_id: str) -> tuple[str, str] | None:
    with db.read() as s:
        row = s.get(RosterShift, shift_id)
        return (row.state, row.staff_id) if row is not None else None


def _pending(db: Database) -> int:
    with db.read() as s:
        return outbox_status(s).pending


def _refusals(db: Database) -> list[tuple[str, str | None]]:
    with db.read() as s:
        return [(e.kind, e.reason) for e in s.scalars(select(Event).where(Event.status == "rejected"))]


def test_two_substitutes_accept_the_same_open_shift_at_once_one_wins_the_other_is_told(
    tmp_path: Path,
) -> None:
    async def scenario() -> None:
        async with running_chain(tmp_path) as chain:
            seed_hub(chain.server.store, tmp_path)
            sen, sen_till = chain.replica("till-sen", "MO-SEN")
            tai, tai_till = chain.replica("till-tai", "MO-TAI")
            red, red_till = chain.replica("till-red", "MO-RED")
            clients = [chain.connect(n, db) for n, db in (("sen", sen), ("tai", tai), ("red", red))]
            head = chain.server.store.head()
            await wait_for(lambda: all(c.state.cursor >= head for c in clients), 10, "three tills caught up")

            # Senado's manager publishes an opening shift three weeks ahead; its cashier calls in sick.
            later = (datetime.now() + timedelta(days=21)).replace(hour=10, minute=0, second=0, microsecond=0)
            manager = _member(sen, "MO-SEN", "store_manager")
            with sen.write() as s:
                publish_roster(
                    s,
                    sen_till,
                    manager,
                    "MO-SEN",
                    [ShiftDraft("MO-SEN-C1", later, later + timedelta(hours=8), "opening", shift_id="sh-1")],
                )
            with sen.write() as s:
                offer_shift(s, sen_till, manager, "sh-1", "sick")
            clients[0].nudge()
            await wait_for(lambda: _pending(sen) == 0, 10, "the roster and the sick call to reach the hub")
            await wait_for(
                lambda: _shift(tai, "sh-1") == _shift(red, "sh-1") == ("open", ""),
                10,
                "the open shift everywhere",
            )

            # Two cashiers of nearby stores both take it, each sure it is still open.
            takers = {"tai": ("MO-TAI-C1", tai, tai_till), "red": ("MO-RED-C1", red, red_till)}
            for staff_id, db, till in takers.values():
                with db.write() as s:
                    accept_shift(s, till, _member(db, till.store_id or "", "cashier"), "sh-1")
                assert _shift(db, "sh-1") == ("taken", staff_id)  # on this counter, until the hub answers
            clients[1].nudge()
            clients[2].nudge()
            await wait_for(lambda: _pending(tai) == _pending(red) == 0, 10, "both acceptances answered")
            head = chain.server.store.head()
            await wait_for(
                lambda: all(c.state.cursor >= head for c in clients), 10, "everyone at the hub's head"
            )

            hub_state = _shift(chain.server.store.db, "sh-1")
            assert hub_state is not None and hub_state[0] == "taken"
            winner = next(name for name, (staff_id, _, _) in takers.items() if staff_id == hub_state[1])
            loser = "red" if winner == "tai" else "tai"
            for db in (sen, tai, red):
                assert _shift(db, "sh-1") == hub_state  # the same substitute on every counter
            assert _refusals(takers[winner][1]) == []
            # The loser's counter was told, with a reason it shows in the cashier's language.
            assert _refusals(takers[loser][1]) == [("shift.accepted", "shift.already_taken")]
            assert "took this shift first" in ERROR_MESSAGES["shift.already_taken"]
            # Senado's manager sees who comes, lent from the other store.
            with sen.read() as s:
                week = roster_week(s, "MO-SEN", later.date() - timedelta(days=later.weekday()))
            [view] = [v for v in week.shifts if v.shift_id == "sh-1"]
            assert (view.staff_id, view.lent) == (hub_state[1], True)
            assert hub_state[1] in {p.staff_id for p in week.people}

            # Another store cannot rewrite Senado's shift: the hub refuses it, the till undoes it.
            tai_manager = _member(tai, "MO-TAI", "store_manager")
            with tai.write() as s:
                publish_roster(
                    s,
                    tai_till,
                    tai_manager,
                    "MO-TAI",
                    [ShiftDraft("MO-TAI-M", later, later + timedelta(hours=4), shift_id="sh-1")],
                    allow_warnings=True,
                )
            clients[1].nudge()
            await wait_for(lambda: _pending(tai) == 0, 10, "the hub's answer")
            assert ("shift.published", "event.wrong_store") in _refusals(tai)
            assert _shift(chain.server.store.db, "sh-1") == _shift(tai, "sh-1") == hub_state

    asyncio.run(scenario())
