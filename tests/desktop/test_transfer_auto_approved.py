"""A transfer the hub approved by the sending store's rule says so on the Transfers screen, in the
user's language, with the limit it was under (the request and the hub's approval arrive from the log)."""

from __future__ import annotations

from datetime import UTC, datetime

from core.demo_chain import DEMO_PINS, demo_products
from core.events import EventRecord, payload_dict
from core.ids import new_id
from core.replica import apply_remote, replica_state
from core.stock import StockLine
from core.transfers import TransferApproved, TransferRequested
from tests.desktop.test_counter import _signed_in

HERE, ASKING = "MO-SEN", "MO-TAI"


def _record(device_id: str, seq: int, store_id: str, kind: str, payload) -> EventRecord:  # type: ignore[no-untyped-def]
    return EventRecord(
        event_id=new_id(),
        device_id=device_id,
        seq=seq,
        store_id=store_id,
        kind=kind,
        occurred_at=datetime.now(UTC).isoformat(timespec="milliseconds"),
        payload=payload_dict(payload),
    )


def test_an_approval_by_the_stores_rule_is_shown_as_automatic_with_its_limit(qtbot, make_app) -> None:
    app = make_app("zh_Hant")
    _signed_in(qtbot, app, DEMO_PINS["store_manager"])
    transfer_id = new_id()
    sku = demo_products()[1].sku
    request = TransferRequested(transfer_id, HERE, [StockLine(sku, 2)], staff_id=f"{ASKING}-C1")
    approval = TransferApproved(transfer_id, auto_limit_avos=200_000)
    with app.db.write() as s:
        cursor = replica_state(s).hub_cursor
        apply_remote(
            s,
            [
                (cursor + 1, _record("till-tai", 1, ASKING, "transfer.requested", request)),
                (cursor + 2, _record("hub-rules", 1, HERE, "transfer.approved", approval)),
            ],
            cursor + 2,
        )
    screen = app.window.show_screen("transfers")
    qtbot.waitUntil(lambda: any(t.transfer_id == transfer_id for t in screen.list_model.rows), timeout=5000)
    rows = [t.transfer_id for t in screen.list_model.rows]
    screen.list.selectRow(rows.index(transfer_id))
    qtbot.waitUntil(lambda: screen.view is not None and screen.view.transfer_id == transfer_id, timeout=5000)
    assert screen.view.state == "approved" and screen.view.auto_approved_under == 200_000
    assert "已自動批准：未超過該店 MOP$2,000.00 的上限" in screen.facts.text()
    assert not screen.buttons["approve"].isVisibleTo(screen)  # nothing left for a manager to approve
