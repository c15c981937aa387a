"""The Counter for a cashier with a queue: the cursor where the next code goes, a hold dialog that
keeps what was typed, holds listed by name in local time, the right item first when a name matches
several, and a key for everything a keyboard-only cashier does."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QDialog, QDialogButtonBox, QLabel, QLineEdit
from sqlalchemy import select

from core.catalogue import search_products
from core.demo_chain import DEMO_PINS, demo_products
from core.events import EventRecord, payload_dict
from core.holds import Hold, HoldRequested
from core.replica import apply_remote, replica_state
from desktop.i18n import error_text
from desktop.views.counter_dialogs import DialogPrompts, HoldForm
from tests.desktop.test_counter import Script, _scan, _signed_in


def _in_dialog(qtbot, step) -> None:
    """Run ``step(dialog)`` once a modal dialog is open (the Counter waits in its exec())."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and dialog.isVisible():
            step(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def _own_fields(dialog: QDialog) -> list[QLineEdit]:
    """The dialog's own text fields in order (not the editors inside its spin box or date)."""
    return [w for w in dialog.findChildren(QLineEdit) if w.parent() is dialog]


def _typed_into_focus(qtbot, dialog: QDialog, text: str) -> None:
    qtbot.keyClicks(dialog.focusWidget(), text)


def test_after_sign_in_the_next_code_typed_goes_into_the_scan_field(qtbot, make_app) -> None:
    app = make_app()
    counter = app.screen("counter")
    counter.ask = Script(DEMO_PINS["cashier"])
    qtbot.mouseClick(counter.sign_btn, Qt.MouseButton.LeftButton)  # the button takes the focus
    qtbot.waitUntil(lambda: counter.staff is not None, timeout=5000)
    assert app.window.focusWidget() is counter.scan


def test_after_sign_out_nobody_is_said_to_be_signed_in(qtbot, make_app) -> None:
    app = make_app()
    counter = _signed_in(qtbot, app)
    qtbot.mouseClick(counter.sign_btn, Qt.MouseButton.LeftButton)
    assert counter.staff is None
    assert counter.staff_label.text() == "Nobody signed in"
    shown = [w.text() for w in counter.findChildren(QLabel) if w.isVisible()]
    assert not any("Signed in" in text for text in shown), shown


def _ready_to_hold(qtbot, app):
    counter = _signed_in(qtbot, app)
    product = demo_products()[2]
    _scan(qtbot, counter, product.barcodes[0])
    qtbot.waitUntil(lambda: bool(counter.stores.rows), timeout=5000)
    store = next(r for r in counter.stores.rows if not r.is_here and r.available > 0)
    return counter, product, store


def test_the_hold_dialog_tabs_from_quantity_to_the_customer_and_keeps_it_all_on_an_error(
    qtbot, make_app
) -> None:
    app = make_app()
    counter, product, store = _ready_to_hold(qtbot, app)
    counter.ask = DialogPrompts(counter)  # the real dialog, typed into key by key
    app.scanner.enabled = False  # QTest types faster than a person: not taken for a scanner here
    seen: dict[str, object] = {}

    def first_try(dialog: QDialog) -> None:
        date = dialog.findChild(QDateTimeEdit)
        seen["until"] = date.dateTime()
        spin = dialog.focusWidget()
        qtbot.keyClick(spin, Qt.Key.Key_Tab)
        name = _own_fields(dialog)[0]
        seen["after_quantity"] = dialog.focusWidget()
        _typed_into_focus(qtbot, dialog, "Chan Tai Man")
        seen["name_typed"] = name.text()
        seen["date_after_typing"] = date.dateTime()
        name.clear()  # no name and no phone: the hold cannot be asked for
        seen["name"] = name
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
        QTimer.singleShot(0, lambda: second_look(dialog))

    def second_look(dialog: QDialog) -> None:
        seen["still_open"] = dialog.isVisible()
        seen["error"] = [w.text() for w in dialog.findChildren(QLabel) if w.isVisible()]
        if dialog.isVisible():
            name, phone = _own_fields(dialog)
            name.setText("Chan Tai Man")
            phone.setText("+853 6600 0000")
            dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    _in_dialog(qtbot, first_try)
    counter.other_stores.hold(store)
    assert seen["after_quantity"] is seen["name"]  # Tab went to the name, not into the date
    assert seen["name_typed"] == "Chan Tai Man"
    assert seen["date_after_typing"] == seen["until"]  # the year did not turn into "6612"
    assert seen["still_open"], "the dialog closed on an error and lost what was typed"
    assert error_text("hold.no_customer") in seen["error"]
    qtbot.waitUntil(lambda: "waiting for the hub" in counter.message.text(), timeout=5000)
    with app.db.read() as s:
        hold = s.scalars(select(Hold).where(Hold.customer_name == "Chan Tai Man")).one()
    assert (hold.store_id, hold.sku, hold.customer_phone) == (store.store_id, product.sku, "+853 6600 0000")
    # Until closing time (22:00 here), not "now + 3 hours" (which offered 2 am).
    until = datetime.fromisoformat(hold.until).astimezone()
    assert (until.hour, until.minute) == (22, 0)


def test_a_hold_refused_after_ok_reopens_the_dialog_with_what_was_typed(qtbot, make_app) -> None:
    app = make_app()
    counter, _product, store = _ready_to_hold(qtbot, app)
    too_many = HoldForm(store.available + 5, datetime.now(UTC) + timedelta(hours=2), "Chan Tai Man", "")
    forms: list[object] = []

    class Remembering(Script):
        def hold(self, store, product, lang, form=None, error=""):
            forms.append(form)
            return super().hold(store, product, lang, form, error)

    counter.ask = Remembering(too_many, None)  # then the cashier gives up
    counter.other_stores.hold(store)
    qtbot.waitUntil(lambda: len(counter.ask.asked) == 2, timeout=5000)
    assert counter.ask.asked[1] == f"hold: {error_text('hold.unavailable')}"
    assert forms == [None, too_many]  # the dialog opens again filled in as it was


def _remote_hold(app, until: datetime) -> None:
    """Taipa's hold on our stock, granted by the hub, arrives in the log."""
    product = demo_products()[2]
    hold = HoldRequested("hold-1", "MO-SEN", product.sku, 1, until.isoformat(), "Chan", "+853 6600 0000")
    record = EventRecord(
        event_id="evt-taipa-hold",
        device_id="till-tai",
        seq=1,
        store_id="MO-TAI",
        kind="hold.requested",
        occurred_at=until.isoformat(),
        payload=payload_dict(hold),
    )
    with app.db.write() as s:
        cursor = replica_state(s).hub_cursor
        return apply_remote(s, [(cursor + 1, record)], cursor + 1)


def test_the_holds_list_names_the_product_and_the_store_in_local_time(qtbot, make_app, monkeypatch) -> None:
    monkeypatch.setenv("TZ", "Asia/Macau")
    time.tzset()
    try:
        app = make_app()
        counter = _signed_in(qtbot, app)
        until = datetime(2030, 5, 6, 10, 15, tzinfo=UTC)  # 18:15 in Macau
        counter.remote_changes(_remote_hold(app, until))
        qtbot.waitUntil(counter.set_aside_btn.isVisible, timeout=5000)
        options: list[list[str]] = []

        class Looking(Script):
            def choose(self, title, offered):
                options.append(offered)
                return None

        counter.ask = Looking()
        qtbot.mouseClick(counter.set_aside_btn, Qt.MouseButton.LeftButton)
    finally:
        monkeypatch.undo()
        time.tzset()
    [line] = options[0]
    product = demo_products()[2]
    assert product.name_en in line and "Taipa Village" in line
    assert product.sku not in line and "MO-TAI" not in line
    assert "2030-05-06 18:15" in line and "UTC" not in line


def test_a_granted_hold_is_said_when_the_hub_answers(qtbot, make_app) -> None:
    from core.models import Event
    from core.replica import AckResult, record_acks

    app = make_app()
    counter, _product, store = _ready_to_hold(qtbot, app)
    counter.ask = Script(HoldForm(1, datetime.now(UTC) + timedelta(hours=2), "Chan", ""))
    counter.other_stores.hold(store)
    qtbot.waitUntil(lambda: "waiting for the hub" in counter.message.text(), timeout=5000)
    with app.db.write() as s:  # the hub's ack, as the sync client records it
        event = s.scalars(select(Event).where(Event.kind == "hold.requested")).one()
        record_acks(s, [AckResult(event.event_id, event.seq, "applied", None, 99)])
    counter.outbox_moved()  # the bridge's outbox_changed, which follows every ack
    qtbot.waitUntil(lambda: "granted" in counter.message.text(), timeout=5000)
    assert store.name_en in counter.message.text()
    qtbot.waitUntil(counter.set_aside_btn.isVisible, timeout=5000)  # and it is in the holds list


def test_whole_words_rank_first_at_the_counter_and_in_stock(qtbot, make_app) -> None:
    app = make_app()
    with app.db.read() as s:
        found = [p.sku for p in search_products(s, "jasmine 100")]
    hundred = {"PF-0003", "PF-0006", "TE-0007"}  # 100 ml bottles and a 100 g tin
    assert set(found[:3]) == hundred and {"PF-0001", "PF-0002"} <= set(found[3:])

    counter = _signed_in(qtbot, app)
    counter.ask = Script(0)
    counter.scan.setText("jasmine 100")  # typed by hand
    qtbot.keyClick(counter.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: counter.basket.rowCount() == 1, timeout=5000)
    offered = counter.ask.offered
    assert {p.sku for p, _ in offered[:3]} == hundred
    with app.db.read() as s:
        from core.stock import on_hand

        assert all(here == on_hand(s, "MO-SEN", p.sku) for p, here in offered)  # stock here, per item

    stock = app.screen("stock")
    qtbot.waitUntil(stock.is_ready, timeout=5000)
    stock.search.setText("jasmine 100")
    proxy = stock.proxy
    skus = [proxy.data(proxy.index(row, 0)) for row in range(proxy.rowCount())]
    assert set(skus[:3]) == hundred and "PF-0001" in skus[3:], skus


def test_a_keyboard_only_cashier_signs_in_sells_and_moves_between_screens(qtbot, make_app) -> None:
    app = make_app()
    window, counter = app.window, app.screen("counter")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    counter.ask = Script(DEMO_PINS["cashier"], 3)  # the PIN, then the quantity
    qtbot.keyClick(counter.scan, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: counter.staff is not None, timeout=5000)
    assert "F2" in counter.sign_btn.text()

    product = demo_products()[0]
    _scan(qtbot, counter, product.barcodes[0])
    qtbot.waitUntil(lambda: counter.basket.rowCount() == 1, timeout=5000)
    qtbot.keyClick(counter.scan, Qt.Key.Key_F3)
    assert counter.basket.items[0].qty == 3
    qtbot.keyClick(counter.scan, Qt.Key.Key_F7)  # card, for what is owed
    assert [p.method for p in counter.tender.payments] == ["card"]
    assert "F7" in counter.tender.buttons["card"].text()
    with qtbot.waitSignal(counter.sale_recorded, timeout=5000):
        qtbot.keyClick(counter.scan, Qt.Key.Key_F12)

    qtbot.keyClick(counter.scan, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_screen().name == "stock"
    qtbot.keyClick(window.current_screen(), Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_screen() is counter


def test_after_a_live_language_switch_the_other_stores_are_named_in_it_at_once(qtbot, make_app) -> None:
    app = make_app("en")
    counter, _product, _store = _ready_to_hold(qtbot, app)
    assert counter.stores.table.item(0, 0).text() == "Senado Square"
    app.switch_language("zh_Hant")
    qtbot.waitUntil(lambda: counter.heading.text() == "收銀", timeout=5000)
    assert counter.stores.table.item(0, 0).text() == "議事亭前地店"
    assert counter.stores.table.horizontalHeaderItem(0).text() == "分店"


def test_the_item_chooser_is_worked_with_the_arrow_keys_and_enter(qtbot, make_app) -> None:
    from desktop.views.item_chooser import ItemChooser

    app = make_app()
    with app.db.read() as s:
        rows = [(p, 7) for p in search_products(s, "jasmine 100")]
    chooser = ItemChooser(app.window, "jasmine 100", rows, "en", app.ctx.money)
    chooser.show()
    table = chooser.table
    assert table.item(0, 0).text() == rows[0][0].name_en
    assert table.item(0, 2).text() == app.ctx.money(rows[0][0].price_avos)
    assert table.item(0, 3).text() == "7"  # the stock here
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert chooser.result() == QDialog.DialogCode.Accepted
    assert chooser.chosen() == 1


def test_the_signed_in_member_is_named_in_the_interface_language(qtbot, make_app) -> None:
    app = make_app("zh_Hant")
    counter = _signed_in(qtbot, app)
    assert counter.staff_label.text() == "已登入：收銀員 SEN"
    app.switch_language("pt")
    qtbot.waitUntil(lambda: "Caixa SEN" in counter.staff_label.text(), timeout=5000)
