"""Repair tickets over a real hub on 127.0.0.1: a ticket raised at a store while it is offline reaches
the nearest engineer's device once the store reconnects; the engineer accepts and the store sees who
is coming; two engineers accepting the same ticket at once get one winner, the other is told why."""

from __future__ import annotations

import asyncio
from pathlib import Path

from sqlalchemy import select

from core.db import Database
from core.errors import DomainError
from core.models import Event
from core.repairs import EngineerSet, RepairTicket
from core.repairs_cases import engineer_tickets, move_ticket, raise_ticket, store_tickets
from core.replica import Till, emit, outbox_status
from core.staff import Role, StaffMember, StaffUpserted, hash_pin
from desktop.demo import seed_hub
from tests.integration.harness import running_chain, wait_for

STORE = "MO-TAI"
ENG_TAI = StaffMember("ENG-T", "Engineer at Taipa", Role.ENGINEER, None)
ENG_COT = StaffMember("ENG-C", "Engineer at Cotai", Role.ENGINEER, None)
CASHIER = StaffMember("MO-TAI-C1", "Cashier TAI", Role.CASHIER, STORE)


def ticket(db: Database, ticket_id: str) -> RepairTicket | None:
    with db.read() as s:
        row = s.get(RepairTicket, ticket_id)
        if row is not None:
            s.expunge(row)
        return row


def state(db: Database, ticket_id: str) -> tuple[str, str] | None:
    row = ticket(db, ticket_id)
    return (row.state, row.engineer_id) if row else None


def pending(db: Database) -> int:
    with db.read() as s:
        return outbox_status(s).pending


def engineers(hq: Database) -> None:
    """Two engineers with the refrigeration skill, working round the clock: one based in Taipa, one
    in Cotai (12 minutes from Taipa by the default table)."""
    with hq.write() as s:
        for member, base in ((ENG_TAI, "MO-TAI"), (ENG_COT, "MO-COT")):
            emit(
                s, "staff.upserted", StaffUpserted(member.staff_id, member.name, "engineer", hash_pin("4321"))
            )
            emit(
                s, "repair.engineer_set", EngineerSet(member.staff_id, ["refrigeration"], base, 3, 0, 24 * 60)
            )


def accept(db: Database, till: Till, member: StaffMember, ticket_id: str) -> None:
    with db.write() as s:
        move_ticket(s, till, member, ticket_id, "accepted")


def test_a_ticket_raised_offline_reaches_the_nearest_engineer_and_one_acceptance_wins(tmp_path: Path) -> None:
    async def scenario() -> None:
        async with running_chain(tmp_path) as chain:
            seed_hub(chain.server.store, tmp_path)
            hq, _ = chain.replica("hq-repairs", None)
            engineers(hq)
            c_hq = chain.connect("hq", hq)
            await wait_for(lambda: pending(hq) == 0, 10, "the engineers to reach the hub")

            # The Taipa store is offline: its fridge fails and a cashier raises a ticket anyway.
            store, store_till = chain.replica("till-tai", STORE)
            with store.write() as s:
                first, _ = raise_ticket(
                    s,
                    store_till,
                    CASHIER,
                    description="Display fridge warm",
                    skill="refrigeration",
                    priority="p1",
                )
            assert state(store, first) == ("open", "")

            tai, tai_till = chain.replica("eng-tai", None)
            cot, cot_till = chain.replica("eng-cot", None)
            c_tai, c_cot = chain.connect("eng-tai", tai), chain.connect("eng-cot", cot)
            await wait_for(lambda: c_tai.state.caught_up and c_cot.state.caught_up, 10, "engineers caught up")
            assert ticket(tai, first) is None  # nothing reached anyone while the store was offline

            c_store = chain.connect("till-tai", store)
            await wait_for(lambda: pending(store) == 0, 10, "the ticket to reach the hub")
            # The hub offers it to the Taipa engineer (0 minutes away), whose device shows it.
            await wait_for(
                lambda: state(tai, first) == ("assigned", "ENG-T"), 10, "the offer on the engineer's device"
            )
            with tai.read() as s:
                mine = engineer_tickets(s, "ENG-T")
            assert [t.ticket_id for t in mine] == [first]
            assert mine[0].store_names[1] == "Taipa Village" and mine[0].store_phone
            with cot.read() as s:
                assert engineer_tickets(s, "ENG-C") == []

            accept(tai, tai_till, ENG_TAI, first)
            c_tai.nudge()
            await wait_for(
                lambda: state(store, first) == ("accepted", "ENG-T"), 10, "the store to see the acceptance"
            )
            with store.read() as s:
                seen = store_tickets(s, STORE)[0]
            assert (seen.state, seen.engineer_names[1]) == ("accepted", "Engineer at Taipa")
            assert seen.eta and seen.respond.stopped  # the ETA the hub set; the respond clock stopped

            # A second ticket; both engineers' devices hold it before either answers.
            with store.write() as s:
                second, _ = raise_ticket(
                    s, store_till, CASHIER, description="Freezer alarm", skill="refrigeration"
                )
            c_store.nudge()
            await wait_for(
                lambda: (
                    (state(tai, second) or ("",))[0] == "assigned"
                    and (state(cot, second) or ("",))[0] == "assigned"
                ),
                10,
                "the second ticket on both devices",
            )
            accept(tai, tai_till, ENG_TAI, second)
            accept(cot, cot_till, ENG_COT, second)
            c_tai.nudge()
            c_cot.nudge()
            await wait_for(lambda: pending(tai) == 0 and pending(cot) == 0, 10, "both answers at the hub")
            head = chain.server.store.head()
            await wait_for(
                lambda: all(c.state.cursor >= head for c in (c_tai, c_cot, c_store, c_hq)),
                10,
                "everyone at the head",
            )

            outcomes = {}
            for db in (tai, cot):
                with db.read() as s:
                    outcomes[db] = s.execute(
                        select(Event.status, Event.reason).where(
                            Event.kind == "repair.moved", Event.payload.contains(second)
                        )
                    ).all()
            statuses = sorted(
                status for rows in outcomes.values() for status, _ in rows if status != "remote"
            )
            assert statuses == ["acked", "rejected"]
            refused = [
                reason for rows in outcomes.values() for status, reason in rows if status == "rejected"
            ]
            assert refused == ["repair.already_accepted"]
            winner = state(store, second)
            assert winner is not None and winner[0] == "accepted" and winner[1] in ("ENG-T", "ENG-C")
            assert state(tai, second) == state(cot, second) == winner  # the loser's device shows the winner

            # The loser cannot act on it any more: their own device refuses at once.
            loser, loser_db, loser_till = (
                (ENG_COT, cot, cot_till) if winner[1] == "ENG-T" else (ENG_TAI, tai, tai_till)
            )
            try:
                with loser_db.write() as s:
                    move_ticket(s, loser_till, loser, second, "on_site")
            except DomainError as exc:
                assert exc.code == "repair.not_yours"
            else:
                raise AssertionError("the losing engineer moved a ticket that is not theirs")

    asyncio.run(scenario())
