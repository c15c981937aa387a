"""A shift handover made at one till reaches the hub and another replica of the chain whole: the
store's history there lists it, and its slip (counts, figures, both signatures) can be reprinted."""

from __future__ import annotations

import asyncio
from pathlib import Path

from core.demo_chain import DEMO_PINS
from core.handover import DrawerCount, Signature, hand_over, handover_history, handover_record
from core.replica import outbox_status
from desktop.demo import seed_hub
from tests.integration.harness import running_chain, wait_for
from tests.integration.test_history import pending

SIGNED = Signature([[10, 900, 400, 100, 990, 800], [500, 500, 520, 520]])


def test_a_handover_reaches_the_other_replicas_with_its_signatures(tmp_path: Path) -> None:
    async def scenario() -> None:
        async with running_chain(tmp_path) as chain:
            seed_hub(chain.server.store, tmp_path)
            sen, sen_till = chain.replica("till-sen", "MO-SEN")
            cs = chain.connect("sen", sen)
            office, _ = chain.replica("office", None)
            co = chain.connect("office", office)
            await wait_for(lambda: cs.state.caught_up and co.state.caught_up, 10, "both caught up")

            with sen.write() as s:
                made = hand_over(
                    s,
                    sen_till,
                    DrawerCount({1_000: 2}, {500: 1}, float_mop_avos=1_000),
                    outgoing_pin=DEMO_PINS["cashier"],
                    incoming_pin=DEMO_PINS["store_manager"],
                    outgoing_signature=SIGNED,
                    incoming_signature=SIGNED,
                    note="Coin rolls in the safe",
                )
            cs.nudge()
            await wait_for(lambda: pending(sen) == 0, 10, "the handover to reach the hub")

            def arrived() -> bool:
                with office.read() as s:
                    return bool(handover_history(s, "MO-SEN"))

            await wait_for(arrived, 10, "the handover at head office")
            with sen.read() as s:
                assert outbox_status(s).rejected == 0  # the hub took it as it was
            with office.read() as s:
                there = handover_record(s, made.handover_id)
                listed = handover_history(s, "MO-SEN", "coin rolls")
            assert there.fact == made.fact  # counts, figures, signatures: all of it
            assert (
                there.fact.variance_avos == 2_000 + 515
            )  # nothing was sold: all of it is over (HKD 5 at 1.03)
            assert [h.handover_no for h in listed] == [made.handover_no]
            assert there.name(made.fact.staff_id, "en") == "Cashier SEN"

    asyncio.run(scenario())
