"""The store rule "approve requests under MOP 2,000" through a real hub and two real tills: a request
under the sending store's limit comes back approved on both stores' replicas with nobody approving;
one over it waits for a manager; the sending store's manager turns the rule off (the next small request
waits) and then raises it (a larger one is approved at once)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from sqlalchemy import select

from core.db import Database
from core.errors import DomainError
from core.events import EventRecord
from core.models import Product, StockBalance
from core.transfers import (
    DEFAULT_AUTO_APPROVE_AVOS,
    approve_transfer,
    auto_approve_limit,
    request_transfer,
    set_transfer_rule,
    transfer_detail,
)
from tests.integration.harness import Chain, running_chain, wait_for
from tests.integration.test_counter_sync import _seed, head_office  # noqa: F401 (a fixture)
from tests.integration.test_transfers import RECEIVER, SENDER, _pending, _staff


def _seen(db: Database, transfer_id: str) -> tuple[str, int] | None:
    """(state, the limit it was approved under by the rule, or 0) as this replica shows it."""
    with db.read() as s:
        view = transfer_detail(s, transfer_id)
    return (view.state, view.auto_approved_under) if view else None


def test_requests_under_the_senders_limit_are_approved_by_the_hub_on_every_till(
    tmp_path: Path,
    head_office: list[EventRecord],  # noqa: F811
) -> None:
    async def scenario() -> None:
        async with running_chain(tmp_path) as chain:
            _seed(chain, head_office)
            await _rule(chain)

    async def _rule(chain: Chain) -> None:
        hub = chain.server.store.db
        sen, till_sen = chain.replica("till-sen", SENDER)
        tai, till_tai = chain.replica("till-tai", RECEIVER)
        c_sen, c_tai = chain.connect("sen", sen), chain.connect("tai", tai)
        replicas = {"till-sen": sen, "till-tai": tai, "hub": hub}

        def caught_up() -> bool:
            head = chain.server.store.head()
            return all(c.state.caught_up and c.state.cursor == head for c in chain.clients.values())

        async def synced(what: str) -> None:
            c_sen.nudge()
            c_tai.nudge()
            await wait_for(lambda: _pending(sen) == _pending(tai) == 0, 10, what)
            await wait_for(caught_up, 10, what)

        def everywhere(transfer_id: str) -> set[tuple[str, int] | None]:
            return {_seen(db, transfer_id) for db in replicas.values()}

        async def ask(qty: int) -> str:
            with tai.write() as s:
                transfer_id, _ = request_transfer(
                    s, till_tai, _staff(tai, RECEIVER, "cashier"), SENDER, [(sku, qty)]
                )
            await synced("the request everywhere")
            return transfer_id

        await wait_for(caught_up, 10, "both tills caught up")
        with hub.read() as s:
            sku, price = s.execute(
                select(Product.sku, Product.price_avos)
                .join(StockBalance, StockBalance.sku == Product.sku)
                .where(StockBalance.store_id == SENDER, Product.price_avos > 0)
                .order_by(Product.price_avos)
            ).first()  # type: ignore[misc]
        under = DEFAULT_AUTO_APPROVE_AVOS // price  # worth at most MOP 2,000
        assert under >= 1
        with tai.read() as s:
            assert auto_approve_limit(s, SENDER) == DEFAULT_AUTO_APPROVE_AVOS

        # Under Senado's limit: approved on both tills (and the hub), nobody having approved it.
        small = await ask(under)
        assert everywhere(small) == {("approved", DEFAULT_AUTO_APPROVE_AVOS)}
        manager = _staff(sen, SENDER, "store_manager")
        with sen.write() as s, pytest.raises(DomainError) as again:
            approve_transfer(s, till_sen, manager, small)
        assert again.value.code == "transfer.already_approved"

        # Over it: waits for Senado's manager.
        large = await ask(under + 1)
        assert everywhere(large) == {("requested", 0)}

        # Senado's manager turns the rule off: the next small request waits too.
        with sen.write() as s:
            set_transfer_rule(s, till_sen, manager, 0)
        await synced("the rule everywhere")
        with tai.read() as s:
            assert auto_approve_limit(s, SENDER) == 0
        waiting = await ask(1)
        assert everywhere(waiting) == {("requested", 0)}

        # ... and then raises it: a request the old limit kept waiting is approved at once.
        raised = (under + 1) * price
        with sen.write() as s:
            set_transfer_rule(s, till_sen, manager, raised)
        await synced("the raised rule everywhere")
        bigger = await ask(under + 1)
        assert everywhere(bigger) == {("approved", raised)}
        assert everywhere(large) == {("requested", 0)}  # a rule is not retroactive
        with sen.write() as s:
            approve_transfer(s, till_sen, manager, large)  # a manager still approves the others
        await synced("the manual approval everywhere")
        assert everywhere(large) == {("approved", 0)}

    asyncio.run(scenario())
