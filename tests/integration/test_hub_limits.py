"""Issue 12 through a real hub and real tills on 127.0.0.1 (SQLite and PostgreSQL hub): a jewellery
sale of MOP 99,999,999.99 is accepted, shown at another store and blocks nothing behind it; a till
whose database was copied is told so, and its outbox moves on."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from sqlalchemy import select

from core.catalogue import ProductUpserted, get_product
from core.db import Database, open_sqlite
from core.demo_chain import DEMO_PINS
from core.demo_seed import seed_demo_chain
from core.errors import DomainError
from core.events import EventRecord
from core.ids import new_id
from core.models import Event
from core.replica import OutboxStatus, Till, emit, init_replica, outbox, outbox_status
from core.sales import CartLine, Payment, SaleResult, checkout, find_receipt
from core.staff import sign_in
from core.stock import StockLine, StockReceived
from desktop.demo import HQ_DEVICE
from desktop.status import outbox_text
from tests.integration.harness import Chain, running_chain, wait_for

JEWEL = "JW-0001"
JEWEL_AVOS = 9_999_999_999  # MOP 99,999,999.99


@pytest.fixture(scope="module")
def head_office(tmp_path_factory: pytest.TempPathFactory) -> list[EventRecord]:
    hq = open_sqlite(tmp_path_factory.mktemp("hq") / "head-office.sqlite3")
    try:
        with hq.write() as s:
            init_replica(s, HQ_DEVICE, None)
            seed_demo_chain(s)
            emit(
                s,
                "product.upserted",
                ProductUpserted(JEWEL, "鑽石項鏈", "Diamond necklace", "Colar", JEWEL_AVOS),
            )
            emit(s, "stock.received", StockReceived(new_id(), [StockLine(JEWEL, 2)]), store_id="MO-SEN")
        with hq.read() as s:
            return outbox(s, limit=100_000)
    finally:
        hq.dispose()


def _seed(chain: Chain, events: list[EventRecord]) -> None:
    chain.server.store.hello(HQ_DEVICE, None)
    for start in range(0, len(events), 400):
        chain.server.store.append(HQ_DEVICE, events[start : start + 400])


def _sell(db: Database, till: Till, sku: str, qty: int = 1) -> SaleResult:
    """A paid sale at the counter by the store's cashier (card, the exact total)."""
    with db.write() as s:
        cashier = sign_in(s, till.store_id or "", DEMO_PINS["cashier"])
        price = get_product(s, sku).price_avos
        return checkout(s, till, cashier, [CartLine(sku, qty, price)], [Payment("card", qty * price)])


async def _stop(chain: Chain) -> None:
    for task in chain.tasks:
        task.cancel()
    await asyncio.gather(*chain.tasks, return_exceptions=True)
    chain.tasks.clear()


def _status(db: Database) -> OutboxStatus:
    with db.read() as s:
        return outbox_status(s)


def _outbox(db: Database) -> tuple[int, int]:
    """Records waiting to be sent, and records the hub refused."""
    with db.read() as s:
        st = outbox_status(s)
        return st.pending, st.rejected


def _refusals(db: Database) -> list[str | None]:
    with db.read() as s:
        return list(s.scalars(select(Event.reason).where(Event.status == "rejected")))


def test_a_sale_of_99_999_999_99_patacas_goes_through_and_blocks_nothing(
    tmp_path: Path, head_office: list[EventRecord]
) -> None:
    """Issue 12, failure 3: on PostgreSQL it failed as an internal error, retried forever, and every
    sale behind it stayed in the till's outbox."""

    async def scenario() -> None:
        async with running_chain(tmp_path) as chain:
            _seed(chain, head_office)
            sen, till_sen = chain.replica("till-sen", "MO-SEN")
            red, _ = chain.replica("till-red", "MO-RED")
            c_sen, c_red = chain.connect("sen", sen), chain.connect("red", red)
            head = chain.server.store.head()
            await wait_for(lambda: min(c_sen.state.cursor, c_red.state.cursor) >= head, 15, "tills caught up")

            receipt = _sell(sen, till_sen, JEWEL).receipt_no
            after = _sell(sen, till_sen, "PF-0001", 2).receipt_no  # queued behind it
            c_sen.nudge()
            await wait_for(lambda: _outbox(sen) == (0, 0), 15, "both sales accepted")

            def shown_at_red() -> bool:
                with red.read() as s:
                    try:
                        return find_receipt(s, receipt).total_avos == JEWEL_AVOS and bool(
                            find_receipt(s, after)
                        )
                    except Exception:
                        return False

            await wait_for(shown_at_red, 15, "the sale at the other store")
            with chain.server.store.db.read() as s:
                assert find_receipt(s, receipt).total_avos == JEWEL_AVOS

    asyncio.run(scenario())


def test_a_copied_till_database_is_told_and_its_outbox_moves_on(
    tmp_path: Path, head_office: list[EventRecord]
) -> None:
    """Issue 12, failure 7: a copy of a till's database makes facts under seqs the hub already has from
    the original; they were answered ``duplicate`` and silently dropped."""

    async def scenario() -> None:
        async with running_chain(tmp_path) as chain:
            _seed(chain, head_office)
            sen, till_sen = chain.replica("till-sen", "MO-SEN")
            original = chain.connect("sen", sen)
            head = chain.server.store.head()
            await wait_for(lambda: original.state.cursor >= head, 15, "the till caught up")
            _sell(sen, till_sen, "PF-0001")
            original.nudge()
            await wait_for(lambda: _outbox(sen) == (0, 0), 15, "the original's first sale")
            # The same database copied to a second PC (or restored from last night's backup) ...
            copy_path = tmp_path / "copy.sqlite3"
            with sqlite3.connect(tmp_path / "till-sen.sqlite3") as src, sqlite3.connect(copy_path) as dst:
                src.backup(dst)
            copy = open_sqlite(copy_path)
            chain.dbs.append(copy)
            # ... and both go on selling: the same seqs, different facts.
            _sell(sen, till_sen, "PF-0001")
            copied_sale = _sell(copy, till_sen, "PF-0002").sale_id
            original.nudge()
            await wait_for(lambda: _outbox(sen) == (0, 0), 15, "the original's second sale")
            await _stop(chain)  # one copy online at a time, as a device is allowed one connection
            copied = chain.connect("copy", copy)
            await wait_for(lambda: _outbox(copy) == (0, 1), 15, "the copy's sale refused as a copy")
            assert _refusals(copy) == ["event.seq_reused"]
            # Said in the language the app runs in (another test in this process may have switched it).
            said = QCoreApplication.translate(
                "Status", "This till's database was restored or copied: call a manager"
            )
            assert said in outbox_text(_status(copy))
            await wait_for(lambda: copied.state.cursor >= chain.server.store.head(), 15, "the copy caught up")
            # Its outbox is not blocked: the copy's next sales (past the used seqs) are accepted.
            _sell(copy, till_sen, "PF-0003")
            copied.nudge()
            await wait_for(lambda: _outbox(copy) == (0, 1), 15, "the copy's next sale accepted")
            with (
                chain.server.store.db.read() as s,
                pytest.raises(DomainError, match=r"refund\.unknown_receipt"),
            ):
                find_receipt(s, copied_sale)  # the copy's refused sale never reached the hub

    asyncio.run(scenario())
