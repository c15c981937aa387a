"""History that survives snapshots (core/history.py): a till that caught up through a snapshot shows
the same daily figures as one that followed the whole log, though it never saw the other tills'
receipts, and a fact of its own the snapshot did not cover is counted once."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select

from core import history
from core.clock import FakeClock
from core.db import Database
from core.ids import new_id
from core.models import Sale
from core.replica import Till, emit, outbox_status
from core.sales import SaleLine, SaleRecorded, SaleRefunded
from core.stock import StockLine, StockReceived
from desktop.demo import seed_hub
from tests.integration.harness import running_chain, wait_for

SKU, OTHER = "PF-0001", "PF-0002"
PRICE = 12_000
FIRST, LAST = "2026-11-01", "2026-12-31"


def figures(db: Database) -> tuple:
    with db.read() as s:
        return (
            history.days(s, FIRST, LAST),
            history.skus_sold(s, FIRST, LAST),
            {store: history.movements(s, FIRST, LAST, store) for store in ("MO-SEN", "MO-TAI")},
        )


def trade(db: Database, till: Till, clock: FakeClock) -> None:
    """Sales either side of local midnight, a delivery, and a refund of one unit: the facts as a
    counter makes them (a new till may not have the catalogue yet; the hub checks the names)."""

    def sale(*lines: SaleLine) -> str:
        payload = SaleRecorded(new_id(), list(lines), sum(li.amount_avos for li in lines))
        emit(s, "sale.recorded", payload, store_id=till.store_id, clock=clock)
        return payload.sale_id

    with db.write() as s:
        first = sale(SaleLine(SKU, 2, PRICE), SaleLine(OTHER, 1, 5_000))
        clock.advance(3600)  # 23:30 -> 00:30 local: the next business day
        sale(SaleLine(SKU, 1, PRICE, discount_avos=1_000))
        emit(
            s,
            "stock.received",
            StockReceived(new_id(), [StockLine(SKU, 5)]),
            store_id=till.store_id,
            clock=clock,
        )
        refund = SaleRefunded(new_id(), first, [SaleLine(SKU, 1, PRICE)], PRICE, "cash_mop", "")
        emit(s, "sale.refunded", refund, store_id=till.store_id, clock=clock)


def pending(db: Database) -> int:
    with db.read() as s:
        return outbox_status(s).pending


def test_a_till_caught_up_by_snapshot_shows_the_figures_of_one_that_followed_the_log(tmp_path: Path) -> None:
    async def scenario() -> None:
        async with running_chain(tmp_path) as chain:
            seed_hub(chain.server.store, tmp_path)
            follower, _ = chain.replica("till-follow", "MO-TAI")
            cf = chain.connect("follow", follower)
            sen, sen_till = chain.replica("till-sen", "MO-SEN")
            cs = chain.connect("sen", sen)
            await wait_for(lambda: cf.state.caught_up and cs.state.caught_up, 10, "both caught up")

            trade(sen, sen_till, FakeClock(datetime(2026, 11, 30, 15, 30, tzinfo=UTC)))
            cs.nudge()
            await wait_for(lambda: pending(sen) == 0, 10, "the Senado sales to reach the hub")
            head = chain.server.store.head()
            await wait_for(lambda: cf.state.cursor == head, 10, "the follower to read the whole log")

            # A new Taipa till, offline until now with a sale of its own, joins after the log was pruned.
            late, late_till = chain.replica("till-late", "MO-TAI")
            trade(late, late_till, FakeClock(datetime(2026, 12, 1, 2, 0, tzinfo=UTC)))
            chain.server.store.prune(keep_last=3)
            cl = chain.connect("late", late)
            await wait_for(lambda: cl.snapshots_applied >= 1, 10, "a snapshot for the late till")
            await wait_for(lambda: pending(late) == 0, 10, "the late till's own facts to be sent")
            head = chain.server.store.head()
            await wait_for(
                lambda: cl.state.cursor == head and cf.state.cursor == head, 10, "everyone at the head"
            )

            hub = chain.server.store.db
            assert figures(late) == figures(follower) == figures(hub)
            days, skus, moves = figures(late)
            by_day = {(d.store_id, d.day): d for d in days}
            # Senado: two sales on 30 Nov (one 23:30 local), one sale and a refund on 1 Dec.
            assert by_day[("MO-SEN", "2026-11-30")].sales == 1
            assert by_day[("MO-SEN", "2026-12-01")].sales == 1
            assert by_day[("MO-SEN", "2026-12-01")].refunds == 1
            assert ("MO-TAI", "2026-12-01") in by_day  # the late till's own trade, counted once:
            assert sum(d.sales for d in days if d.store_id == "MO-TAI") == 2
            sen_day = by_day[("MO-SEN", "2026-12-01")]
            assert (sen_day.sales_avos, sen_day.discount_avos, sen_day.refunds_avos) == (
                PRICE - 1_000,
                1_000,
                PRICE,
            )
            sku = next(f for f in skus if f.sku == SKU)
            assert (sku.sold_qty, sku.returned_qty) == (6, 2)
            assert moves["MO-SEN"]["receipt"][0] >= 5 and moves["MO-SEN"]["sale"][1] == 4
            # ... though the late till holds none of Senado's receipts: the figures are the history.
            with late.read() as s:
                assert s.scalar(select(func.count()).select_from(Sale).where(Sale.store_id == "MO-SEN")) == 0

    asyncio.run(scenario())
