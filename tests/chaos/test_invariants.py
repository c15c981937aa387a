"""The invariant checks catch what they claim to (a checker that always passes would hide every bug)."""

from __future__ import annotations

import asyncio
import random
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.replica import apply_remote, outbox
from hub.store import HubStore
from tests.chaos.chain import catalogue, open_till, seed_tiny_chain, sell_once
from tests.chaos.invariants import assert_invariants, wait_outboxes_empty

DEVICE, STORE = "chaos-till-x", "CH-A"


def _pull(hub: HubStore, db, cursor: int = 0) -> None:  # type: ignore[no-untyped-def]
    page = [(i.offset, i.event) for i in hub.read_log(cursor, 10_000)]
    with db.write() as s:
        apply_remote(s, page, page[-1][0])


@pytest.fixture
def synced(tmp_path: Path) -> Iterator[tuple[Path, Path, list[str]]]:
    """A hub and a till that sold three times and is in sync: (hub file, till file, sale event ids)."""
    hub = HubStore.open(tmp_path / "hub.sqlite3")
    seed_tiny_chain(hub, tmp_path)
    db, till = open_till(tmp_path / "till.sqlite3", DEVICE, STORE)
    _pull(hub, db)
    rng = random.Random(1)
    sold = [sell_once(db, till, rng, catalogue(db)) for _ in range(3)]
    with db.read() as s:
        mine = outbox(s)
    hub.hello(DEVICE, STORE)
    hub.append(DEVICE, mine)
    _pull(hub, db)  # our own sales come back in the log: acked, cursor at the head
    db.dispose()
    hub.close()
    yield tmp_path / "hub.sqlite3", tmp_path / "till.sqlite3", sold


def _edit(path: Path, sql: str) -> None:
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(sql)
    conn.close()


def test_a_synced_chain_passes(synced: tuple[Path, Path, list[str]]) -> None:
    hub_path, till_path, sold = synced
    assert_invariants(hub_path, [till_path], {till_path: sold})


@pytest.mark.parametrize(
    ("target", "sql", "expected"),
    [
        (
            "hub",
            "DELETE FROM events WHERE hub_offset = (SELECT MAX(hub_offset) FROM events)",
            "not in the hub log",
        ),
        (
            "hub",
            "UPDATE events SET hub_offset = hub_offset + 1 WHERE hub_offset = (SELECT MAX(hub_offset) FROM events)",
            "offsets are not",
        ),
        (
            "hub",
            "UPDATE events SET payload = '{}' WHERE hub_offset = (SELECT MAX(hub_offset) FROM events)",
            "differs",
        ),
        ("hub", "UPDATE stock_balances SET on_hand = on_hand + 1 WHERE rowid = 1", "sum of its movements"),
        (
            "till",
            "UPDATE events SET status = 'pending' WHERE seq = 2 AND device_id = 'chaos-till-x'",
            "not 'acked'",
        ),
        ("till", "UPDATE replica_state SET hub_cursor = hub_cursor - 1", "not caught up"),
        (
            "till",
            "UPDATE stock_balances SET on_hand = on_hand - 1 WHERE store_id = 'CH-B'",
            "differ from the hub",
        ),
        ("till", "DELETE FROM stock_movements WHERE rowid = 1", "differ from its movements"),
    ],
)
def test_each_violation_is_reported(
    synced: tuple[Path, Path, list[str]], tmp_path: Path, target: str, sql: str, expected: str
) -> None:
    hub_path, till_path, sold = synced
    copy = tmp_path / f"broken-{target}.sqlite3"
    shutil.copyfile(hub_path if target == "hub" else till_path, copy)
    _edit(copy, sql)
    hub, till = (copy, till_path) if target == "hub" else (hub_path, copy)
    with pytest.raises(AssertionError, match=expected):
        assert_invariants(hub, [till], {till: sold})


def test_a_reported_sale_the_till_does_not_have_is_caught(synced: tuple[Path, Path, list[str]]) -> None:
    hub_path, till_path, sold = synced
    with pytest.raises(AssertionError, match="not in its own replica"):
        assert_invariants(hub_path, [till_path], {till_path: [*sold, "no-such-event"]})


def test_an_outbox_that_does_not_drain_times_out(synced: tuple[Path, Path, list[str]]) -> None:
    _, till_path, _ = synced
    _edit(till_path, "UPDATE events SET status = 'pending' WHERE seq = 3 AND device_id = 'chaos-till-x'")
    with pytest.raises(AssertionError, match="1 pending"):
        asyncio.run(wait_outboxes_empty([till_path], timeout=0.2))
