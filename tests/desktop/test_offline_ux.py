"""What a cashier sees about sync: waiting records, refused ones, stale figures, and a warned quit."""

from __future__ import annotations

import socket
from dataclasses import replace
from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from core.demo_chain import demo_products
from core.replica import AckResult, record_acks, unsent_records
from core.stock import BasketLine, record_sale
from desktop.models.stock_matrix import FIXED_COLUMNS
from desktop.views.sync_details import SyncDetailsDialog
from sync_client.client import ConnectionState


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _sell(qtbot, app) -> None:
    counter = app.screen("counter")
    if counter.staff is None:
        counter.sign_in_with("1111")
        qtbot.waitUntil(lambda: counter.staff is not None, timeout=5000)
    counter.submit_code(demo_products()[0].barcodes[0])
    qtbot.waitUntil(lambda: counter.basket.rowCount() == 1, timeout=3000)
    qtbot.mouseClick(counter.tender.buttons["card"], Qt.MouseButton.LeftButton)  # exactly what is owed
    with qtbot.waitSignal(counter.sale_recorded, timeout=3000):
        qtbot.mouseClick(counter.tender.complete_btn, Qt.MouseButton.LeftButton)


def test_a_sale_made_offline_is_counted_at_once_and_quitting_warns_with_the_count(qtbot, make_app) -> None:
    app = make_app("en", hub_url=f"ws://127.0.0.1:{_closed_port()}")
    status = app.window.sync_status
    qtbot.waitUntil(lambda: status.status is not None, timeout=3000)
    base = status.status.pending
    _sell(qtbot, app)
    _sell(qtbot, app)
    qtbot.waitUntil(lambda: status.status is not None and status.status.pending == base + 2, timeout=3000)
    assert f"{base + 2} records waiting to sync" in status.outbox.text()

    app.quit_answer = False
    assert app.window.close() is False  # "No": the window stays open
    assert app.quit_questions == [base + 2]
    app.quit_answer = True
    assert app.window.close() is True


def test_refused_records_are_listed_with_their_reason_in_the_cashiers_language(qtbot, make_app) -> None:
    app = make_app("zh_Hant")
    with app.db.write() as s:
        sale = record_sale(s, app.till, [BasketLine("PF-0001", 1)]).event
        record_acks(s, [AckResult(sale.event_id, sale.seq, "rejected", "event.wrong_store")])
    app.refresh_outbox()
    status = app.window.sync_status
    qtbot.waitUntil(lambda: status.status is not None and status.status.rejected == 1, timeout=3000)
    assert status.outbox.property("state") == "error"
    with app.db.read() as s:
        records = unsent_records(s, app.till.device_id)
    refused = [r for r in records if r.status == "rejected"]
    assert len(refused) == 1
    dialog = SyncDetailsDialog(records)
    model = dialog.model
    row = records.index(refused[0])
    assert model.data(model.index(row, 1)) == "銷售"
    assert "拒收" in model.data(model.index(row, 3))
    assert "其他分店" in model.data(model.index(row, 3)) or "分店" in model.data(model.index(row, 3))


def test_other_stores_grey_out_and_say_as_of_when_offline(qtbot, make_app) -> None:
    app = make_app("en")
    stock = app.screen("stock")
    qtbot.waitUntil(stock.is_ready, timeout=5000)
    seen = datetime(2026, 11, 24, 10, 31, 5, tzinfo=UTC)
    online = ConnectionState("online", seen, "ws://hub", head=10, cursor=10, last_contact=seen)
    stock.set_connection(online)
    assert stock.freshness.text() == "Other stores: live"
    assert stock.model.stale is False
    offline = ConnectionState("offline", seen, "ws://hub", head=10, cursor=10, last_contact=seen)
    stock.set_connection(offline)
    local = seen.astimezone().strftime("%H:%M:%S")
    assert stock.freshness.text() == f"Other stores as of {local} (offline)"
    model = stock.model
    own = model.data(model.index(0, FIXED_COLUMNS), Qt.ItemDataRole.ForegroundRole)
    other = model.data(model.index(0, FIXED_COLUMNS + 1), Qt.ItemDataRole.ForegroundRole)
    assert isinstance(other, QBrush) and other.color().name() == "#9aa5ae"
    assert own is None or own.color().name() != "#9aa5ae"  # this shop's own figures are always current


def test_a_till_whose_connection_was_replaced_says_why_in_the_cashiers_language(qtbot, make_app) -> None:
    app = make_app("zh_Hant")
    status = app.window.sync_status
    replaced = ConnectionState(
        "offline", datetime.now(UTC), "ws://hub", error_code="sync.connection_replaced", retry_in=30.0
    )
    status.set_state(replaced)
    assert "另一個副本已連線" in status.connection.text() and "30" in status.connection.text()
    assert "複製出來的電腦" in status.connection.toolTip()  # a second window, or a copied computer
    status.set_state(replace(replaced, status="online", error_code=None, retry_in=None))
    assert status.connection.toolTip() == ""
