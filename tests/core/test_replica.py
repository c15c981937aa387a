"""Replicas converge: applying the hub log is idempotent and order does not change stock."""

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from core.errors import DomainError
from core.events import EventRecord
from core.models import Event, StockBalance
from core.replica import AckResult, apply_remote, outbox, outbox_status, record_acks, replica_state
from core.stock import BasketLine, on_hand, receive_stock, record_sale


def _balances(db) -> dict:
    with db.read() as s:
        return {(r.store_id, r.sku): r.on_hand for r in s.scalars(select(StockBalance))}


def test_applying_the_same_page_twice_changes_nothing(seeded, make_db) -> None:
    source, till = seeded
    with source.write() as s:
        record_sale(s, till, [BasketLine("PF-0001", 1)])
        receive_stock(s, till, [BasketLine("CK-0001", 4)])
    with source.read() as s:
        page = [(i + 1, e) for i, e in enumerate(outbox(s, limit=10_000))]
    other, _ = make_db("other", "till-2", "MO-TAI")
    with other.write() as s:
        apply_remote(s, page, page[-1][0])
    once = _balances(other)
    with other.write() as s:
        apply_remote(s, page, page[-1][0])
    assert _balances(other) == once == _balances(source)
    with other.read() as s:
        assert s.scalar(select(func.count()).select_from(Event)) == len(page)


def test_our_own_events_coming_back_are_marked_acked_not_applied_again(seeded) -> None:
    db, till = seeded
    with db.write() as s:
        record_sale(s, till, [BasketLine("PF-0001", 1)])
    before = _balances(db)
    with db.read() as s:
        mine = outbox(s, limit=10_000)
    with db.write() as s:
        apply_remote(s, [(i + 1, e) for i, e in enumerate(mine)], len(mine))
    assert _balances(db) == before
    with db.read() as s:
        assert outbox_status(s).pending == 0


def test_a_rejected_event_leaves_the_outbox_with_its_reason(seeded) -> None:
    db, till = seeded
    with db.write() as s:
        record_sale(s, till, [BasketLine("PF-0001", 1)])
    with db.read() as s:
        last = outbox(s, limit=10_000)[-1]
        pending = outbox_status(s).pending
    with db.write() as s:
        record_acks(s, [AckResult(last.event_id, last.seq, "rejected", "event.wrong_store")])
    with db.read() as s:
        status = outbox_status(s)
        assert status.pending == pending - 1 and status.rejected == 1
        assert s.get(Event, last.event_id).reason == "event.wrong_store"


@settings(max_examples=15, deadline=None)
@given(st.randoms(use_true_random=False))
def test_any_arrival_order_gives_the_same_stock(tmp_path_factory, rnd: random.Random) -> None:
    from core.catalogue import ProductUpserted, StoreUpserted
    from core.db import open_sqlite
    from core.replica import emit, init_replica

    base = tmp_path_factory.mktemp("order")
    src = open_sqlite(base / "src.sqlite3")
    with src.write() as s:
        till = init_replica(s, "a", "S1")
        emit(s, "store.upserted", StoreUpserted("S1", "一", "One", "Um"))
        for sku in ("X", "Y"):
            emit(s, "product.upserted", ProductUpserted(sku, "貨", "Item", "Artigo", 100))
    catalogue_len = 3
    for _ in range(12):
        with src.write() as s:
            sku = rnd.choice(["X", "Y"])
            if rnd.random() < 0.5:
                record_sale(s, till, [BasketLine(sku, rnd.randint(1, 3))])
            else:
                receive_stock(s, till, [BasketLine(sku, rnd.randint(1, 3))])
    with src.read() as s:
        events: list[EventRecord] = outbox(s, limit=1000)
    # The catalogue first (a replica needs products before their stock), then stock facts in any order.
    shuffled = events[:catalogue_len] + rnd.sample(events[catalogue_len:], len(events) - catalogue_len)
    dst = open_sqlite(base / "dst.sqlite3")
    with dst.write() as s:
        init_replica(s, "b", "S2")
    for n, event in enumerate(shuffled, start=1):
        with dst.write() as s:
            apply_remote(s, [(n, event)], n)
    with src.read() as a, dst.read() as b:
        for sku in ("X", "Y"):
            assert on_hand(a, "S1", sku) == on_hand(b, "S1", sku)
    src.dispose()
    dst.dispose()


def test_a_page_that_skips_part_of_the_log_is_refused_whole(seeded, make_db) -> None:
    """Pages lost on the way (a broken link): nothing of the later page is applied, the cursor stays,
    and once the missing entries come the replica ends up as if nothing had happened."""
    source, till = seeded
    with source.write() as s:
        for _ in range(3):
            record_sale(s, till, [BasketLine("PF-0001", 1)])
    with source.read() as s:
        page = [(i + 1, e) for i, e in enumerate(outbox(s, limit=10_000))]
    other, _ = make_db("other", "till-2", "MO-TAI")
    with other.write() as s:
        apply_remote(s, page[:1], 1)
    before = _balances(other)
    for later, to_offset in ((page[2:], page[-1][0]), (page[:1], 3), ([page[2], page[1]], 3)):
        with pytest.raises(DomainError) as refused, other.write() as s:
            apply_remote(s, later, to_offset)
        assert refused.value.code == "sync.log_gap"
        assert _balances(other) == before
        with other.read() as s:
            assert replica_state(s).hub_cursor == 1
            assert s.scalar(select(func.count()).select_from(Event)) == 1
    with other.write() as s:
        apply_remote(s, page, page[-1][0])  # the resend from the cursor
    assert _balances(other) == _balances(source)
