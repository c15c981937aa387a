"""The transfer rule on the hub: a store's rule is a fact the hub checks like any other (a malformed,
negative or too large limit is refused, a cashier may not set it); a request under the sending store's
limit is approved by the hub itself right after its group, and a manager's approval after that is
refused as any second approval is; only the hub may approve by the rule."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from core.events import EventRecord
from core.ids import new_id
from core.models import Event, Product
from core.stock import StockLine
from core.transfers import (
    DEFAULT_AUTO_APPROVE_AVOS,
    TransferApproved,
    TransferRequest,
    TransferRequested,
    TransferRuleSet,
    auto_approve_limit,
)
from hub.rules import RULES_DEVICE
from hub.store import HubStore
from tests.hub.test_rules import Device, hub  # noqa: F401 (a fixture)

SENDER, ASKING = "MO-RED", "MO-SEN"


def _raw(device: Device, kind: str, payload: dict) -> EventRecord:
    device.seq += 1
    return EventRecord(
        event_id=new_id(),
        device_id=device.device_id,
        seq=device.seq,
        store_id=device.store_id,
        kind=kind,
        occurred_at=datetime.now(UTC).isoformat(timespec="milliseconds"),
        payload=payload,
    )


def _cheapest(store: HubStore) -> tuple[str, int]:
    with store.db.read() as s:
        sku, price = s.execute(
            select(Product.sku, Product.price_avos).where(Product.price_avos > 0).order_by(Product.price_avos)
        ).first()  # type: ignore[misc]
    return sku, int(price)


def _state(store: HubStore, transfer_id: str) -> str | None:
    with store.db.read() as s:
        return s.scalar(select(TransferRequest.state).where(TransferRequest.transfer_id == transfer_id))


def _request(device: Device, sku: str, qty: int) -> tuple[str, EventRecord]:
    tid = new_id()
    fact = TransferRequested(tid, SENDER, [StockLine(sku, qty)], staff_id=f"{ASKING}-C1")
    return tid, device.event("transfer.requested", fact)


def test_a_malformed_negative_or_too_large_rule_is_refused_and_a_cashier_may_not_set_it(hub) -> None:  # noqa: F811
    red = Device(hub, "till-red", SENDER)
    manager = f"{SENDER}-M"
    assert red.push(
        _raw(red, "transfer.rule_set", {"auto_approve_avos": -1, "staff_id": manager}),
        _raw(red, "transfer.rule_set", {"auto_approve_avos": 10**12 + 1, "staff_id": manager}),
        _raw(red, "transfer.rule_set", {"auto_approve_avos": "2000", "staff_id": manager}),
        _raw(red, "transfer.rule_set", {"staff_id": manager}),
        _raw(red, "transfer.rule_set", {"auto_approve_avos": 100, "staff_id": manager, "extra": 1}),
        red.event("transfer.rule_set", TransferRuleSet(0, f"{SENDER}-C1")),
    ) == [
        ("rejected", "event.out_of_range"),
        ("rejected", "event.out_of_range"),
        ("rejected", "event.malformed"),
        ("rejected", "event.malformed"),
        ("rejected", "event.unknown_field"),
        ("rejected", "staff.not_allowed"),
    ]
    with hub.db.read() as s:
        assert auto_approve_limit(s, SENDER) == DEFAULT_AUTO_APPROVE_AVOS  # none of them took
    assert red.push(red.event("transfer.rule_set", TransferRuleSet(0, manager))) == [("applied", None)]
    with hub.db.read() as s:
        assert auto_approve_limit(s, SENDER) == 0


def test_the_hub_approves_a_request_under_the_senders_limit_and_refuses_a_second_approval(hub) -> None:  # noqa: F811
    red, sen = Device(hub, "till-red", SENDER), Device(hub, "till-sen", ASKING)
    sku, price = _cheapest(hub)
    under, over = DEFAULT_AUTO_APPROVE_AVOS // price, DEFAULT_AUTO_APPROVE_AVOS // price + 1
    cheap, request = _request(sen, sku, under)
    dear, request_over = _request(sen, sku, over)
    assert sen.push(request, request_over) == [("applied", None), ("applied", None)]
    assert _state(hub, cheap) == "approved"
    assert _state(hub, dear) == "requested"
    with hub.db.read() as s:
        by_rule = s.execute(
            select(Event.device_id, Event.store_id, Event.payload).where(Event.kind == "transfer.approved")
        ).all()
    assert [(d, st) for d, st, _ in by_rule] == [(RULES_DEVICE, SENDER)]
    assert f'"auto_limit_avos":{DEFAULT_AUTO_APPROVE_AVOS}' in by_rule[0][2]
    manager = f"{SENDER}-M"
    assert red.push(
        red.event("transfer.approved", TransferApproved(cheap, staff_id=manager)),
        red.event("transfer.approved", TransferApproved(dear, staff_id=manager)),
    ) == [("rejected", "transfer.already_approved"), ("applied", None)]


def test_a_manager_approving_in_the_same_group_wins_and_only_the_hub_approves_by_the_rule(hub) -> None:  # noqa: F811
    red, sen = Device(hub, "till-red", SENDER), Device(hub, "till-sen", ASKING)
    sku, _price = _cheapest(hub)
    tid, request = _request(sen, sku, 1)
    results = hub.append_many(
        [
            (sen.device_id, [request]),
            (red.device_id, [red.event("transfer.approved", TransferApproved(tid, staff_id=f"{SENDER}-M"))]),
        ]
    )
    assert [(r.status, r.reason) for result in results for r in result.results] == [  # type: ignore[union-attr]
        ("applied", None),
        ("applied", None),
    ]
    with hub.db.read() as s:
        approvals = s.scalars(select(Event.device_id).where(Event.kind == "transfer.approved")).all()
    assert approvals == [red.device_id]  # no second approval by the rule
    other, request = _request(sen, sku, 1)
    claim = TransferApproved(other, staff_id=f"{SENDER}-M", auto_limit_avos=DEFAULT_AUTO_APPROVE_AVOS)
    assert sen.push(request) == [("applied", None)]  # approved by the hub
    assert red.push(red.event("transfer.approved", claim)) == [("rejected", "event.not_allowed")]
