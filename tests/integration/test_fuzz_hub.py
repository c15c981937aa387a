"""Property: whatever JSON an enrolled device puts in a fact of any kind, pushed through a real hub
over real websockets while two normal tills trade, the hub never answers with an internal error,
never stores a fact that fails validation, and every push of the normal tills succeeds (issue 12)."""

from __future__ import annotations

import asyncio
import random
import threading
from collections.abc import Coroutine
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from websockets.asyncio.client import ClientConnection, connect

from core import registry
from core.catalogue import get_product
from core.db import Database, open_sqlite
from core.demo_chain import DEMO_PINS
from core.demo_seed import seed_demo_chain
from core.events import EventRecord, decode_payload, references
from core.models import Product, Staff, Store
from core.protocol import Ack, Error, Gap, Hello, Push, Welcome, encode, hub_decoder
from core.replica import Till, init_replica, outbox, outbox_status
from core.sales import CartLine, Payment, checkout
from core.staff import StaffMember, sign_in
from desktop.demo import HQ_DEVICE
from sync_client.client import ConnectionState, NullListener
from tests.integration.harness import Chain, running_chain, wait_for

T = TypeVar("T")
FUZZ_DEVICE = "till-fuzz"
SKUS = ["PF-0001", "PF-0002", "PF-0003"]


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


# -- what the fuzzing device sends ------------------------------------------------------------------

_ids = st.uuids().map(str)
_leaf = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**64 - 1)
    | st.sampled_from([0, -1, 2**31, 2**53, 2**63 - 1, 10**12, 10**12 + 1])
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30)
    | st.sampled_from(["", "x" * 41, "x" * 5000, *SKUS, "NO-SUCH-SKU", "MO-RED", "MO-RED-C1", "ENG-1"])
)
_numbers = st.integers(min_value=-(2**63), max_value=2**63 - 1) | st.sampled_from(
    [0, -1, -5, 2**31, 2**53, 2**63 - 1, 2**64 - 1, 10**5, 10**5 + 1, 10**12, 10**12 + 1]
)
_json = st.recursive(
    _leaf,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)


def _templates(kind: str) -> dict[str, Any]:
    """A fact of each kind that the hub would accept from a till of MO-SEN: the start of mutations. A
    kind without one here (a feature's newest) is fuzzed from an empty payload: mutations still reach
    all of its fields' types, only less often a payload the hub accepts."""
    line = {"sku": "PF-0001", "qty": 1, "unit_price_avos": 37000}
    until = (datetime.now(UTC) + timedelta(hours=3)).isoformat()
    return {
        "sale.recorded": {"sale_id": "", "lines": [line], "total_avos": 37000},
        "sale.refunded": {
            "refund_id": "",
            "sale_id": "s",
            "lines": [line],
            "total_avos": 37000,
            "method": "cash_mop",
            "staff_id": "",
        },
        "stock.received": {"receipt_id": "", "lines": [{"sku": "PF-0001", "qty": 1}]},
        "audit.logged": {"action": "void_line", "staff_id": "", "detail": {"sku": "PF-0001"}},
        "hold.requested": {"hold_id": "", "store_id": "MO-RED", "sku": "PF-0001", "qty": 1, "until": until},
        "hold.updated": {"hold_id": "", "state": "released"},
        "transfer.requested": {
            "transfer_id": "",
            "from_store_id": "MO-RED",
            "lines": [{"sku": "PF-0001", "qty": 1}],
        },
        "transfer.approved": {"transfer_id": "", "note": ""},
        "transfer.packed": {"transfer_id": "", "lines": [{"sku": "PF-0001", "qty": 1}]},
        "transfer.dispatched": {"transfer_id": "", "carrier": "Courier"},
        "transfer.received": {"transfer_id": "", "lines": [{"sku": "PF-0001", "received": 1}]},
        "transfer.cancelled": {"transfer_id": "", "note": ""},
        "transfer.closed": {"transfer_id": "", "note": ""},
        "waitlist.added": {"entry_id": "", "sku": "PF-0001", "customer_phone": "66123456"},
        "waitlist.updated": {"entry_id": "", "state": "called"},
        "oversell.detected": {"alert_id": "", "sku": "PF-0001", "available": -1, "cause_event_ids": []},
        "oversell.resolved": {"alert_id": "", "resolution": "contact_customer", "staff_id": ""},
        "stocktake.counted": {
            "stocktake_id": "",
            "section": "A",
            "anchor": {},
            "lines": [{"sku": "PF-0001", "counted": 1, "expected": 1}],
        },
        "stocktake.reviewed": {"stocktake_id": "", "approved": True, "lines": []},
        "store.upserted": {"store_id": "MO-NEW", "name_zh": "新", "name_en": "New", "name_pt": "Nova"},
        "product.upserted": {
            "sku": "NEW-1",
            "name_zh": "新",
            "name_en": "New",
            "name_pt": "Novo",
            "price_avos": 1,
        },
        "staff.upserted": {
            "staff_id": "NEW-C1",
            "name": "New",
            "role": "cashier",
            "pin_hash": "x",
            "store_id": "MO-SEN",
        },
        # Staff management at MO-SEN's till, by its store manager (core/staff_admin.py).
        "staff.added": {
            "staff_id": "",
            "store_id": "MO-SEN",
            "name": "New",
            "role": "cashier",
            "pin_hash": "scrypt$x",
            "by": "MO-SEN-M",
        },
        "staff.changed": {
            "staff_id": "MO-SEN-C1",
            "name": "Cashier",
            "role": "cashier",
            "store_id": "MO-SEN",
            "by": "MO-SEN-M",
        },
        "staff.pin_set": {"staff_id": "MO-SEN-C1", "pin_hash": "scrypt$x", "by": "MO-SEN-M"},
        "staff.active_set": {"staff_id": "MO-SEN-C1", "active": True, "by": "MO-SEN-M"},
    }.get(kind, {})


_amounts = st.integers(min_value=-(10**6), max_value=10**6) | st.sampled_from(
    [0, -1, 2**31, 2**40, 2**62, 2**63 - 1, 10**5, 10**5 + 1, 10**12, 10**12 + 1]
)


@st.composite
def _sales(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    """Sales whose numbers are anything (mostly adding up): the kind that moves stock and money."""
    lines = [
        {
            "sku": draw(st.sampled_from([*SKUS, "NO-SUCH-SKU", "x" * 41])),
            "qty": draw(_amounts),
            "unit_price_avos": draw(st.sampled_from([1, 37000]) | _amounts),
            "discount_avos": draw(st.just(0) | _amounts),
        }
        for _ in range(draw(st.integers(1, 3)))
    ]
    sale = {
        "sale_id": draw(_ids),
        "lines": lines,
        "total_avos": 0,
        "basket_discount_avos": draw(st.just(0) | _amounts),
    }
    _add_up(sale)
    if draw(st.integers(0, 4)) == 0:
        sale["total_avos"] = draw(_amounts)
    return "sale.recorded", sale


@st.composite
def _payloads(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    kind = draw(st.sampled_from(sorted(k.name for k in registry.kinds())))
    if draw(st.booleans()):  # anything at all
        return kind, draw(st.dictionaries(st.text(max_size=12), _json, max_size=6))
    payload = dict(_templates(kind))
    for key in list(payload):
        if key.endswith("_id") and payload[key] == "":
            payload[key] = draw(_ids)  # a new id each time (or, shrunk, a repeated one: a conflict)
    # A few fields replaced (a known one, a line's, or one the kind does not have).
    for _ in range(draw(st.integers(0, 3))):
        key = draw(st.sampled_from([*payload, "extra"]))
        lines = payload.get("lines")
        if (
            key == "lines"
            and isinstance(lines, list)
            and lines
            and isinstance(lines[0], dict)
            and draw(st.booleans())
        ):
            line = dict(payload["lines"][0])
            line[draw(st.sampled_from([*line, "discount_avos", "extra"]))] = draw(_numbers | _json)
            payload["lines"] = [line]
        else:
            payload[key] = draw(_json)
    if kind == "sale.recorded" and draw(st.booleans()):
        _add_up(payload)  # amounts that add up reach the checks beyond the total's
    return kind, payload


def _add_up(sale: dict[str, Any]) -> None:
    """The sale's total made to match its lines and basket discount, where those are numbers."""
    lines = sale.get("lines")
    if not isinstance(lines, list) or not all(isinstance(line, dict) for line in lines):
        return
    numbers = [(line.get("qty"), line.get("unit_price_avos"), line.get("discount_avos", 0)) for line in lines]
    basket = sale.get("basket_discount_avos", 0)
    if all(type(v) is int for n in numbers for v in n) and type(basket) is int:
        total = sum(q * p - d for q, p, d in numbers) - basket  # type: ignore[operator]
        if -(2**63) <= total < 2**64:  # what JSON carries here
            sale["total_avos"] = total


class FuzzDevice:
    """An enrolled till of MO-SEN speaking the protocol by hand over its own websocket."""

    def __init__(self, ws: ClientConnection) -> None:
        self.ws, self.seq, self.answers = ws, 0, 0

    @classmethod
    async def open(cls, url: str, token: str) -> FuzzDevice:
        ws = await connect(url, max_size=None)
        await ws.send(
            encode(Hello(id=1, device_id=FUZZ_DEVICE, store_id="MO-SEN", token=token, cursor=0, last_seq=0))
        )
        assert isinstance(hub_decoder.decode(await ws.recv()), Welcome)
        return cls(ws)

    async def push(self, facts: list[tuple[str, dict[str, Any]]]) -> Ack:
        events = []
        for kind, payload in facts:
            self.seq += 1
            events.append(
                EventRecord(
                    event_id=str(random.Random().getrandbits(64)),
                    device_id=FUZZ_DEVICE,
                    seq=self.seq,
                    store_id="MO-SEN",
                    kind=kind,
                    occurred_at=datetime.now(UTC).isoformat(),
                    payload=payload,
                )
            )
        await self.ws.send(encode(Push(id=self.seq, events=events)))
        while True:  # the log and checkpoints come on the same socket
            reply = hub_decoder.decode(await asyncio.wait_for(self.ws.recv(), 20))
            if isinstance(reply, Ack | Gap | Error):
                assert isinstance(reply, Ack), reply
                self.answers += len(reply.results)
                return reply


class Trading:
    """Two tills of different stores selling all the while, each through its own sync client."""

    def __init__(self, chain: Chain) -> None:
        self.chain = chain
        self.tills: list[tuple[Database, Till]] = []
        self.codes: list[str] = []  # every error code a till's connection state showed
        self.sales = 0
        self.running = True

    def start(self) -> list[asyncio.Task[None]]:
        trading = self

        class Listener(NullListener):
            def on_state(self, state: ConnectionState) -> None:
                if state.error_code:
                    trading.codes.append(state.error_code)

        for name, store in (("till-sen", "MO-SEN"), ("till-red", "MO-RED")):
            db, till = self.chain.replica(name, store)
            self.chain.connect(name, db).listener = Listener()
            self.tills.append((db, till))
        return [asyncio.create_task(self._sell(db, till)) for db, till in self.tills]

    async def _sell(self, db: Database, till: Till) -> None:
        rng = random.Random(till.device_id)
        client = self.chain.clients[till.device_id]
        await wait_for(lambda: client.state.status == "online" and client.state.caught_up, 20, "till online")
        cashier = await asyncio.to_thread(self._cashier, db, till)
        while self.running:
            await asyncio.to_thread(self._one_sale, db, till, cashier, rng.choice(SKUS), rng.randint(1, 3))
            self.sales += 1
            client.nudge()
            await asyncio.sleep(0.01)

    @staticmethod
    def _cashier(db: Database, till: Till) -> StaffMember:
        with db.read() as s:  # signed in once, as at a counter: PIN hashing stays out of the write
            return sign_in(s, till.store_id, DEMO_PINS["cashier"])

    @staticmethod
    def _one_sale(db: Database, till: Till, cashier: StaffMember, sku: str, qty: int) -> None:
        with db.write() as s:
            price = get_product(s, sku).price_avos
            checkout(s, till, cashier, [CartLine(sku, qty, price)], [Payment("card", qty * price)])

    def settled(self) -> bool:
        for db, _ in self.tills:
            with db.read() as s:
                if outbox_status(s).pending:
                    return False
        return True

    def refused(self) -> int:
        total = 0
        for db, _ in self.tills:
            with db.read() as s:
                total += outbox_status(s).rejected
        return total


def _stored_facts_are_valid(hub_db: Database, facts: list[EventRecord]) -> None:
    with hub_db.read() as s:
        stores = set(s.scalars(select(Store.store_id)))
        skus = set(s.scalars(select(Product.sku)))
        staff = set(s.scalars(select(Staff.staff_id)))
    for record in facts:
        payload = decode_payload(record)  # raises if the hub stored what it should have refused
        refs = references(record, payload)
        assert {*refs.stores} <= stores and {*refs.skus} <= skus and {*refs.staff} <= staff, record


def test_arbitrary_payloads_never_hurt_the_hub_or_the_tills_trading_beside_them(
    tmp_path: Path, head_office: list[EventRecord]
) -> None:
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, name="fuzzed-chain", daemon=True)
    thread.start()

    def run(coro: Coroutine[Any, Any, T], timeout: float = 60) -> T:
        return asyncio.run_coroutine_threadsafe(coro, loop).result(timeout)

    chain_cm = running_chain(tmp_path)
    chain = run(chain_cm.__aenter__())
    try:
        store = chain.server.store
        store.hello(HQ_DEVICE, None)
        for start in range(0, len(head_office), 400):
            store.append(HQ_DEVICE, head_office[start : start + 400])
        trading = Trading(chain)

        async def begin() -> tuple[FuzzDevice, list[asyncio.Task[None]]]:
            _, _ = chain.replica(FUZZ_DEVICE, "MO-SEN")  # enrolled as a till of MO-SEN
            return await FuzzDevice.open(chain.server.url, chain.tokens[FUZZ_DEVICE]), trading.start()

        fuzz, sellers = run(begin())

        @settings(
            max_examples=120,  # about 10 s per backend on the 2-core test machine
            deadline=None,
            suppress_health_check=[
                HealthCheck.too_slow,
                HealthCheck.data_too_large,
                HealthCheck.large_base_example,
            ],
        )
        @given(st.lists(_sales() | _payloads(), min_size=1, max_size=4))
        def pushes(facts: list[tuple[str, dict[str, Any]]]) -> None:
            ack = run(fuzz.push(facts))
            assert [r.status for r in ack.results if r.status not in ("applied", "rejected")] == []
            assert all(r.reason != "sync.internal" for r in ack.results)

        pushes()

        async def finish() -> None:
            trading.running = False
            await asyncio.gather(*sellers)
            await wait_for(trading.settled, 30, "the trading tills' outboxes sent")
            await fuzz.ws.close()

        run(finish())
        assert trading.sales > 0 and trading.refused() == 0
        assert "sync.internal" not in trading.codes
        facts = [i.event for i in store.read_log(0, 1_000_000) if i.event.device_id == FUZZ_DEVICE]
        _stored_facts_are_valid(store.db, facts)
    finally:
        run(chain_cm.__aexit__(None, None, None))
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
        loop.close()
