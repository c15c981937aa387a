"""What a fact may be, checked by the hub before it stores anything (issue 12): sales cannot inflate
or poison stock, one bad push never fails the others of its commit group, unknown and oversized
fields never travel, and a different fact under a used seq is refused. On SQLite and PostgreSQL."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from core.db import open_sqlite
from core.demo_seed import seed_demo_chain
from core.events import EventRecord
from core.ids import new_id
from core.models import Event, Sale, StockBalance, StockMovement
from core.replica import init_replica, outbox
from core.stock import on_hand
from desktop.demo import HQ_DEVICE
from hub.server import Tail
from hub.store import HubStore

SEN, RED = "MO-SEN", "MO-RED"
SKU = "PF-0001"


@pytest.fixture(scope="module")
def head_office(tmp_path_factory: pytest.TempPathFactory) -> list[EventRecord]:
    """The demo chain (stores, catalogue, staff, opening stock) as the head office's facts, made once."""
    hq = open_sqlite(tmp_path_factory.mktemp("hq") / "head-office.sqlite3")
    try:
        with hq.write() as s:
            init_replica(s, HQ_DEVICE, None)
            seed_demo_chain(s)
        with hq.read() as s:
            return outbox(s, limit=100_000)
    finally:
        hq.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def hub_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def hub(hub_backend: str, tmp_path: Path, head_office: list[EventRecord], request) -> Iterator[HubStore]:  # type: ignore[no-untyped-def]
    where = request.getfixturevalue("pg_url") if hub_backend == "postgresql" else tmp_path / "hub.sqlite3"
    store = HubStore.open(where)
    store.hello(HQ_DEVICE, None)
    for start in range(0, len(head_office), 400):
        store.append(HQ_DEVICE, head_office[start : start + 400])
    yield store
    store.close()


class Till:
    """A device of a store pushing hand-made facts straight into the hub's append path."""

    def __init__(self, hub: HubStore, device_id: str, store_id: str) -> None:
        self.hub, self.device_id, self.store_id, self.seq = hub, device_id, store_id, 0
        hub.hello(device_id, store_id)

    def event(self, kind: str, payload: dict[str, Any], seq: int | None = None) -> EventRecord:
        if seq is None:
            self.seq += 1
        return EventRecord(
            event_id=new_id(),
            device_id=self.device_id,
            seq=seq or self.seq,
            store_id=self.store_id,
            kind=kind,
            occurred_at=datetime.now(UTC).isoformat(timespec="milliseconds"),
            payload=payload,
        )

    def push(self, *events: EventRecord) -> list[tuple[str, str | None]]:
        result = self.hub.append(self.device_id, list(events))
        return [(r.status, r.reason) for r in result.results]


def sale(
    qty: int = 1, price: int = 100, *, sku: str = SKU, basket_discount: int = 0, **extra: Any
) -> dict[str, Any]:
    total = qty * price - basket_discount
    return {
        "sale_id": new_id(),
        "lines": [{"sku": sku, "qty": qty, "unit_price_avos": price}],
        "total_avos": total,
        "basket_discount_avos": basket_discount,
        **extra,
    }


def test_a_sale_can_neither_inflate_nor_poison_stock(hub: HubStore) -> None:
    """Issue 12, failure 1: negative quantities at zero or negative prices, a negative basket
    discount, a quantity of 2^63-1 and a SKU the chain never had were accepted (40 -> 45 -> 47,
    then "integer overflow" on the next sale)."""
    till = Till(hub, "sen-1", SEN)
    with hub.db.read() as s:
        before = on_hand(s, SEN, SKU)
    assert till.push(
        till.event("sale.recorded", sale(-5, 0)),
        till.event("sale.recorded", sale(-7, -100)),
        till.event("sale.recorded", sale(2, 100, basket_discount=-300)),
        till.event("sale.recorded", sale(2**63 - 1, 1)),
        till.event("sale.recorded", sale(1, 100, sku="NEVER-SOLD-HERE")),
        till.event("sale.recorded", sale(1, 100)),
    ) == [
        ("rejected", "event.out_of_range"),
        ("rejected", "event.out_of_range"),
        ("rejected", "event.out_of_range"),
        ("rejected", "event.out_of_range"),
        ("rejected", "event.unknown_sku"),
        ("applied", None),
    ]
    with hub.db.read() as s:
        assert on_hand(s, SEN, SKU) == before - 1  # only the normal sale moved it
        ledger = s.scalar(
            select(func.sum(StockMovement.delta)).where(
                StockMovement.store_id == SEN, StockMovement.sku == SKU
            )
        )
        assert ledger == before - 1
        assert s.get(StockBalance, (SEN, "NEVER-SOLD-HERE")) is None


def test_one_bad_push_never_fails_the_other_pushes_of_its_group(hub: HubStore) -> None:
    """Issue 12, failure 2: a value that overflowed a column (a huge quantity on SQLite, an over-long
    SKU on PostgreSQL) failed the whole commit group as an internal error."""
    a, bad, b = Till(hub, "sen-1", SEN), Till(hub, "red-1", RED), Till(hub, "sen-2", SEN)
    head = hub.head()
    results = hub.append_many(
        [
            (a.device_id, [a.event("sale.recorded", sale())]),
            (
                bad.device_id,
                [
                    bad.event("sale.recorded", sale(2**64 - 1, 1)),
                    bad.event("sale.recorded", sale(sku="X" * 300)),
                ],
            ),
            (b.device_id, [b.event("sale.recorded", sale())]),
        ]
    )
    answers = [[(r.status, r.reason) for r in result.results] for result in results]  # type: ignore[union-attr]
    assert answers == [
        [("applied", None)],
        [("rejected", "event.out_of_range"), ("rejected", "event.out_of_range")],
        [("applied", None)],
    ]
    assert hub.head() == head + 2


def _refuse_in_the_database(hub: HubStore, sku: str) -> None:
    """A database that refuses one SKU's stock movements with an error of its own (not a check of
    the hub's): the stand-in for any value a backend cannot store."""
    with hub.db.write() as s:
        if hub.db.is_postgres:
            s.execute(
                text(
                    "CREATE FUNCTION refuse_sku() RETURNS trigger AS $$ BEGIN "
                    "RAISE EXCEPTION 'value out of range' USING ERRCODE = 'numeric_value_out_of_range'; "
                    "END $$ LANGUAGE plpgsql"
                )
            )
            s.execute(
                text(
                    "CREATE TRIGGER refuse_sku BEFORE INSERT ON stock_movements FOR EACH ROW "
                    f"WHEN (NEW.sku = '{sku}') EXECUTE FUNCTION refuse_sku()"
                )
            )
        else:
            s.execute(
                text(
                    "CREATE TRIGGER refuse_sku BEFORE INSERT ON stock_movements "
                    f"WHEN NEW.sku = '{sku}' BEGIN SELECT RAISE(ABORT, 'value out of range'); END"
                )
            )


def test_a_fact_the_database_cannot_store_is_refused_alone_and_the_log_stays_gap_free(hub: HubStore) -> None:
    """Issue 12, failure 3's root: an event the hub cannot store is refused with a code, consumes its
    seq, and the events after it (its own device's and the group's other pushes) are stored."""
    _refuse_in_the_database(hub, "PF-0002")
    a, b = Till(hub, "sen-1", SEN), Till(hub, "red-1", RED)
    head = hub.head()
    results = hub.append_many(
        [
            (a.device_id, [a.event("sale.recorded", sale()), a.event("sale.recorded", sale(sku="PF-0002"))]),
            (b.device_id, [b.event("sale.recorded", sale()), b.event("sale.recorded", sale(sku="PF-0003"))]),
        ]
    )
    answers = [[(r.status, r.reason) for r in result.results] for result in results]  # type: ignore[union-attr]
    assert answers == [
        [("applied", None), ("rejected", "event.unstorable")],
        [("applied", None), ("applied", None)],
    ]
    log = hub.read_log(head, 100)  # the three sales (and any oversell alert the hub raised after them)
    assert [i.offset for i in log] == list(range(head + 1, head + 1 + len(log)))
    assert [i.event.kind for i in log[:3]] == ["sale.recorded"] * 3
    assert "PF-0002" not in {
        line["sku"] for i in log if i.event.kind == "sale.recorded" for line in i.event.payload["lines"]
    }
    # The refused event consumed its seq: the device's next one is taken, and a resend is answered the same.
    nxt = a.event("sale.recorded", sale())
    assert a.push(nxt) == [("applied", None)]
    assert hub.append(a.device_id, [nxt]).results[0].status == "duplicate"


def test_a_sale_of_99_999_999_99_patacas_is_stored(hub: HubStore) -> None:
    """Issue 12, failure 3: on PostgreSQL avos lived in 32-bit columns, so MOP 22,000,000.00 or more
    was never accepted."""
    till = Till(hub, "sen-1", SEN)
    big = sale(1, 9_999_999_999)
    assert till.push(till.event("sale.recorded", big)) == [("applied", None)]
    with hub.db.read() as s:
        assert s.get(Sale, big["sale_id"]).total_avos == 9_999_999_999  # type: ignore[union-attr]
        assert s.scalar(select(func.sum(Sale.total_avos)).where(Sale.store_id == SEN)) == 9_999_999_999


def test_unknown_and_oversized_fields_never_travel(hub: HubStore) -> None:
    """Issue 12, failure 6: a 900 KB extra field was stored and sent to every device."""
    till = Till(hub, "sen-1", SEN)
    head = hub.head()
    padding = "x" * 900_000
    line = {"sku": SKU, "qty": 1, "unit_price_avos": 100}
    pushed = {
        "a 900 KB extra field": till.event("sale.recorded", sale(padding=padding)),
        "a small extra field": till.event("sale.recorded", sale(coupon="FREE")),
        "an extra field in a line": till.event("sale.recorded", {**sale(), "lines": [{**line, "x": 1}]}),
        "an over-long name": till.event(
            "waitlist.added",
            {"entry_id": new_id(), "sku": SKU, "customer_phone": "66123456", "customer_name": "x" * 1000},
        ),
        "too many details": till.event(
            "audit.logged", {"action": "void_line", "staff_id": "", "detail": {f"k{n}": n for n in range(50)}}
        ),
        "800 KB of details": till.event(
            "audit.logged",
            {"action": "void_line", "staff_id": "", "detail": {f"k{n}": "v" * 150 for n in range(5000)}},
        ),
    }
    answers = dict(zip(pushed, till.push(*pushed.values()), strict=True))
    assert answers == {
        "a 900 KB extra field": ("rejected", "event.too_large"),
        "a small extra field": ("rejected", "event.unknown_field"),
        "an extra field in a line": ("rejected", "event.unknown_field"),
        "an over-long name": ("rejected", "event.out_of_range"),
        "too many details": ("rejected", "event.out_of_range"),
        "800 KB of details": ("rejected", "event.too_large"),
    }
    assert hub.head() == head
    with hub.db.read() as s:
        assert s.scalar(select(func.max(func.length(Event.payload)))) < 100_000


def test_the_shared_tail_is_bounded_in_bytes() -> None:
    from core.protocol import LogItem

    tail = Tail(size=20_000, max_bytes=1_000_000)
    record = EventRecord(
        event_id=new_id(),
        device_id="d",
        seq=1,
        store_id=SEN,
        kind="audit.logged",
        occurred_at="t",
        payload={"note": "x" * 200_000},
    )
    tail.extend([LogItem(offset=n, event=record) for n in range(1, 41)])
    assert tail.bytes <= 1_000_000
    assert sum(len(e) for _, e in tail.entries) == tail.bytes
    assert [o for o, _ in tail.entries] == list(range(41 - len(tail.entries), 41))  # the newest, no hole
    assert tail.after(39, 10) is not None and tail.after(1, 10) is None


def test_a_different_fact_under_a_used_seq_is_refused_and_logged(
    hub: HubStore, caplog: pytest.LogCaptureFixture
) -> None:
    """Issue 12, failure 7: the same seq with a new event id or a different payload was answered
    ``duplicate`` and dropped; it happens when a till's database was restored or copied."""
    till = Till(hub, "sen-1", SEN)
    first = [till.event("sale.recorded", sale()) for _ in range(3)]
    assert till.push(*first) == [("applied", None)] * 3
    head = hub.head()
    other_id = till.event("sale.recorded", sale(), seq=2)
    other_payload = EventRecord(
        **{**{f: getattr(first[2], f) for f in first[2].__struct_fields__}, "payload": sale(2)}
    )
    with caplog.at_level(logging.WARNING, logger="hub.store"):
        assert till.push(first[0], other_id, other_payload) == [
            ("duplicate", None),  # the same fact sent again (a lost ack) is still a duplicate
            ("rejected", "event.seq_reused"),
            ("rejected", "event.seq_reused"),
        ]
    assert hub.head() == head
    assert sum("restored or copied" in r.getMessage() for r in caplog.records) == 2
    # The device's next seq is taken as usual: a refused copy never blocks what follows.
    assert till.push(till.event("sale.recorded", sale())) == [("applied", None)]
