"""The Counter screen driven like a cashier would: sign in, scan, pay (split, in HKD), refund, ask a
manager, and see every store's stock for the item. Dialogs are answered by a scripted prompter."""

from __future__ import annotations

from collections import deque
from typing import Any

from PySide6.QtCore import Qt
from sqlalchemy import select

from core.audit import AuditEntry
from core.catalogue import ean_check_digit
from core.demo_chain import DEMO_PINS, demo_products
from core.models import SaleDetail, SaleTender
from core.replica import outbox_status
from core.sales import hkd_to_avos
from core.stock import on_hand
from desktop.i18n import error_text
from desktop.views.counter_refund import RefundForm


class Script:
    """Answers the Counter's questions in order, and records what was asked."""

    def __init__(self, *answers: Any) -> None:
        self.answers = deque(answers)
        self.asked: list[str] = []

    def _next(self, what: str) -> Any:
        self.asked.append(what)
        return self.answers.popleft() if self.answers else None

    def pin(self, prompt: str) -> str | None:
        return self._next(f"pin: {prompt}")

    def discount(self, title: str, max_avos: int) -> int | None:
        return self._next(f"discount: {title}")

    def hold(self, store, product, lang, form=None, error=""):
        return self._next(f"hold: {error}" if error else "hold")

    def quantity(self, item: str, current: int) -> int | None:
        return self._next(f"quantity: {item}")

    def choose_item(self, typed, rows, lang, money) -> int | None:
        self.offered = rows
        return self._next(f"choose item: {typed}")

    def transfer(self, store, product, lang):
        return self._next("transfer")

    def waitlist(self, product, lang):
        return self._next("waitlist")

    def receipt_code(self) -> str | None:
        return self._next("receipt")

    def refund(self, receipt, names):
        return self._next("refund")

    def choose(self, title: str, options: list[str]) -> int | None:
        return self._next(f"choose: {title}")


def _scan(qtbot, counter, code: str) -> None:
    counter.scan.setFocus()
    if code.isascii():
        qtbot.keyClicks(counter.scan, code)
    else:  # as an input method commits it (QTest cannot type Chinese key by key)
        counter.scan.setText(code)
    qtbot.keyClick(counter.scan, Qt.Key.Key_Return)


def _signed_in(qtbot, app, pin: str = DEMO_PINS["cashier"]):
    counter = app.screen("counter")
    counter.sign_in_with(pin)
    qtbot.waitUntil(lambda: counter.staff is not None, timeout=5000)
    return counter


def _pay(qtbot, counter, *tenders: tuple[str, str]) -> None:
    """Tenders as (method, typed amount); an empty amount pays exactly what is owed."""
    for method, amount in tenders:
        counter.tender.amount.setText(amount)
        qtbot.mouseClick(counter.tender.buttons[method], Qt.MouseButton.LeftButton)
    assert counter.tender.complete_btn.isEnabled()
    with qtbot.waitSignal(counter.sale_recorded, timeout=5000):
        qtbot.mouseClick(counter.tender.complete_btn, Qt.MouseButton.LeftButton)


def _last_sale(app) -> tuple[SaleDetail, list[SaleTender]]:
    with app.db.read() as s:
        detail = s.scalars(select(SaleDetail).order_by(SaleDetail.receipt_no.desc())).first()
        tenders = s.scalars(select(SaleTender).where(SaleTender.sale_id == detail.sale_id)).all()
        return detail, list(tenders)


def test_a_full_sale_scanned_paid_in_cash_and_the_stock_screen_shows_it(qtbot, make_app) -> None:
    app = make_app()
    counter, stock = _signed_in(qtbot, app), app.screen("stock")
    qtbot.waitUntil(stock.is_ready, timeout=5000)
    product = demo_products()[3]
    before = stock.model.on_hand("MO-SEN", product.sku)

    _scan(qtbot, counter, product.barcodes[0])
    _scan(qtbot, counter, product.barcodes[0])  # the same item again: quantity 2
    qtbot.waitUntil(lambda: counter.basket.rowCount() == 1 and counter.basket.items[0].qty == 2, timeout=3000)
    assert counter.total.text() == app.ctx.money(2 * product.price_avos)
    assert not counter.tender.complete_btn.isEnabled()  # nothing paid yet

    _pay(qtbot, counter, ("cash_mop", ""))
    assert counter.basket.rowCount() == 0
    assert "recorded" in counter.message.text()
    qtbot.waitUntil(lambda: stock.model.on_hand("MO-SEN", product.sku) == before - 2, timeout=3000)
    with app.db.read() as s:
        assert on_hand(s, "MO-SEN", product.sku) == before - 2
    detail, tenders = _last_sale(app)
    assert detail.staff_id == "MO-SEN-C1"
    assert [(t.method, t.amount_avos) for t in tenders] == [("cash_mop", 2 * product.price_avos)]


def test_a_split_tender_with_hkd_cash_gives_change_in_mop(qtbot, make_app) -> None:
    app = make_app()
    counter = _signed_in(qtbot, app)
    product = demo_products()[0]
    _scan(qtbot, counter, product.barcodes[0])
    qtbot.waitUntil(lambda: counter.basket.rowCount() == 1, timeout=3000)
    total = product.price_avos
    # MOP 100 by card, the rest in Hong Kong dollar notes: the next HKD 100 above what is owed.
    hkd = ((total - 10_000) * 100 // 103 // 10_000 + 1) * 100
    _pay(qtbot, counter, ("card", "100"), ("cash_hkd", str(hkd)))
    detail, tenders = _last_sale(app)
    assert [(t.method, t.currency) for t in tenders] == [("card", "MOP"), ("cash_hkd", "HKD")]
    assert tenders[1].tendered == hkd * 100
    assert detail.change_avos == hkd_to_avos(hkd * 100) - (total - 10_000) > 0
    assert app.ctx.money(detail.change_avos) in counter.message.text()


def test_a_card_cannot_be_charged_more_than_is_owed(qtbot, make_app) -> None:
    app = make_app()
    counter = _signed_in(qtbot, app)
    _scan(qtbot, counter, demo_products()[0].barcodes[0])
    qtbot.waitUntil(lambda: counter.basket.rowCount() == 1, timeout=3000)
    counter.tender.amount.setText("99999")
    qtbot.mouseClick(counter.tender.buttons["card"], Qt.MouseButton.LeftButton)
    assert counter.tender.error.text() == error_text("sale.overpaid_non_cash")
    assert counter.tender.payments == []


def test_a_refund_against_the_receipt_puts_the_item_back_and_is_audited(qtbot, make_app) -> None:
    app = make_app()
    counter = _signed_in(qtbot, app)
    product = demo_products()[5]
    _scan(qtbot, counter, product.barcodes[0])
    _scan(qtbot, counter, product.barcodes[0])
    qtbot.waitUntil(lambda: counter.basket.rowCount() == 1 and counter.basket.items[0].qty == 2, timeout=3000)
    _pay(qtbot, counter, ("cash_mop", ""))
    detail, _ = _last_sale(app)
    with app.db.read() as s:
        after_sale = on_hand(s, "MO-SEN", product.sku)

    counter.ask = Script(
        detail.receipt_no, RefundForm({1: 1}, "cash_mop", "faulty"), DEMO_PINS["store_manager"]
    )
    with qtbot.waitSignal(counter.sale_recorded, timeout=5000):
        qtbot.mouseClick(counter.refund_btn, Qt.MouseButton.LeftButton)
    assert app.ctx.money(product.price_avos) in counter.message.text()
    with app.db.read() as s:
        assert on_hand(s, "MO-SEN", product.sku) == after_sale + 1
        assert s.scalars(select(AuditEntry.action)).all() == ["refund"]


def test_an_unknown_receipt_says_so(qtbot, make_app) -> None:
    app = make_app("zh_Hant")
    counter = _signed_in(qtbot, app)
    counter.ask = Script("MO-SEN-0000-999999")
    qtbot.mouseClick(counter.refund_btn, Qt.MouseButton.LeftButton)
    expected = error_text("refund.unknown_receipt", {"code": "MO-SEN-0000-999999"})
    qtbot.waitUntil(lambda: counter.message.text() == expected, timeout=3000)


def test_a_discount_above_the_cashiers_limit_needs_a_managers_pin(qtbot, make_app) -> None:
    app = make_app()
    counter = _signed_in(qtbot, app)
    product = demo_products()[0]
    _scan(qtbot, counter, product.barcodes[0])
    qtbot.waitUntil(lambda: counter.basket.rowCount() == 1, timeout=3000)
    quarter = product.price_avos // 4  # 25 %: above a cashier's 10 %

    counter.ask = Script(quarter, "1111")  # the cashier's own PIN is not a manager's
    qtbot.mouseClick(counter.discount_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: counter.message.property("state") == "error", timeout=5000)
    assert counter.basket.items[0].discount_avos == 0

    counter.ask = Script(quarter, DEMO_PINS["store_manager"])
    qtbot.mouseClick(counter.discount_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: counter.basket.items[0].discount_avos == quarter, timeout=5000)
    assert counter.total.text() == app.ctx.money(product.price_avos - quarter)
    _pay(qtbot, counter, ("cash_mop", ""))
    detail, _ = _last_sale(app)
    assert (detail.approved_by, detail.discount_avos) == ("MO-SEN-M", quarter)
    with app.db.read() as s:
        entry = s.scalars(select(AuditEntry)).one()
        assert (entry.action, entry.staff_id, entry.approved_by) == (
            "discount_override",
            "MO-SEN-C1",
            "MO-SEN-M",
        )


def test_voiding_a_line_needs_a_manager_and_is_audited(qtbot, make_app) -> None:
    app = make_app()
    counter = _signed_in(qtbot, app)
    _scan(qtbot, counter, demo_products()[0].barcodes[0])
    qtbot.waitUntil(lambda: counter.basket.rowCount() == 1, timeout=3000)
    counter.table.selectRow(0)
    counter.ask = Script(None)  # the cashier cancels the PIN question: the line stays
    qtbot.mouseClick(counter.remove_btn, Qt.MouseButton.LeftButton)
    assert counter.basket.rowCount() == 1
    counter.ask = Script(DEMO_PINS["store_manager"])
    qtbot.mouseClick(counter.remove_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: counter.basket.rowCount() == 0, timeout=5000)
    with app.db.read() as s:
        assert s.scalars(select(AuditEntry.action)).all() == ["void_line"]


def test_the_other_stores_panel_shows_every_store_nearest_first(qtbot, make_app) -> None:
    app = make_app()
    counter = _signed_in(qtbot, app)
    product = demo_products()[0]
    _scan(qtbot, counter, product.barcodes[0])
    panel = counter.stores
    qtbot.waitUntil(lambda: len(panel.rows) == 5, timeout=3000)
    assert panel.rows[0].store_id == "MO-SEN" and panel.rows[0].is_here
    minutes = [r.minutes_away for r in panel.rows[1:]]
    assert minutes == sorted(minutes)
    with app.db.read() as s:
        assert [r.on_hand for r in panel.rows] == [on_hand(s, r.store_id, product.sku) for r in panel.rows]
    assert panel.table.item(1, 0).text().startswith(panel.rows[1].name("en"))
    # No hub: holds need one, and the panel says why instead of failing later.
    assert not panel.hold_btn.isEnabled()
    assert "Offline" in panel.why.text()


def test_an_unknown_barcode_says_so_and_changes_nothing(qtbot, make_app) -> None:
    app = make_app("zh_Hant")
    counter = app.screen("counter")
    body = "958777777777"
    unknown = body + str(ean_check_digit(body))
    _scan(qtbot, counter, unknown)
    expected = error_text("catalogue.unknown_barcode", {"code": unknown})
    qtbot.waitUntil(lambda: counter.message.text() == expected, timeout=3000)
    assert "條碼" in expected and unknown in expected  # shown in Chinese, naming the code
    assert counter.basket.rowCount() == 0
    assert counter.message.property("state") == "error"


def test_a_name_typed_in_chinese_finds_the_item(qtbot, make_app) -> None:
    app = make_app("zh_Hant")
    counter = app.screen("counter")
    product = demo_products()[0]
    counter.ask = Script(0)  # several match: the cashier picks the first offered
    _scan(qtbot, counter, product.name_zh)
    qtbot.waitUntil(lambda: counter.basket.rowCount() == 1, timeout=3000)
    assert counter.basket.items[0].product.name_zh.startswith(product.name_zh.split()[0])


def test_a_misread_barcode_asks_for_a_rescan(qtbot, make_app) -> None:
    app = make_app("en")
    counter = app.screen("counter")
    good = demo_products()[0].barcodes[0]
    misread = good[:-1] + str((int(good[-1]) + 3) % 10)
    _scan(qtbot, counter, misread)
    qtbot.waitUntil(lambda: "Scan it again" in counter.message.text(), timeout=3000)
    assert counter.basket.rowCount() == 0


def test_completing_an_empty_basket_explains_instead_of_failing(qtbot, make_app) -> None:
    app = make_app("pt")
    counter = _signed_in(qtbot, app)
    counter.complete_sale()
    assert counter.message.text() == error_text("sale.empty_basket")
    assert counter.message.text() != "The basket is empty. Scan an item first."  # Portuguese, not the source


def test_a_parked_basket_comes_back(qtbot, make_app) -> None:
    app = make_app()
    counter = _signed_in(qtbot, app)
    _scan(qtbot, counter, demo_products()[0].barcodes[0])
    qtbot.waitUntil(lambda: counter.basket.rowCount() == 1, timeout=3000)
    qtbot.mouseClick(counter.park_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: counter.basket.rowCount() == 0, timeout=3000)
    counter.ask = Script(0)
    qtbot.mouseClick(counter.recall_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: counter.basket.rowCount() == 1, timeout=3000)
    assert counter.basket.items[0].product.sku == demo_products()[0].sku


def test_a_sale_made_offline_waits_in_the_outbox_and_the_status_bar_says_offline(qtbot, make_app) -> None:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    app = make_app("en", hub_url=f"ws://127.0.0.1:{port}")
    status = app.window.sync_status
    qtbot.waitUntil(lambda: status.connection.text().startswith("● Offline since"), timeout=8000)
    counter = _signed_in(qtbot, app)
    with app.db.read() as s:
        waiting = outbox_status(s).pending
    _scan(qtbot, counter, demo_products()[0].barcodes[0])
    qtbot.waitUntil(lambda: counter.basket.rowCount() == 1, timeout=3000)
    _pay(qtbot, counter, ("wechat", ""))
    assert "recorded" in counter.message.text()
    qtbot.waitUntil(lambda: f"{waiting + 1:,}" in status.outbox.text().replace("\u202f", ","), timeout=3000)


def test_the_receipt_prints_once_with_the_sale_and_a_reprint_is_marked_copy(qtbot, make_app) -> None:
    from desktop.devices.fake_usb import FakePrinter, FakeUsbBackend
    from desktop.devices.usb_printer import UsbPrinter
    from desktop.printing.escpos import decode_raster

    app = make_app()
    counter = _signed_in(qtbot, app)
    printer = FakePrinter()
    backend = FakeUsbBackend([printer])
    service = app.ctx.printer
    service.configure(lambda: UsbPrinter(printer.vendor_id, printer.product_id, backend=backend), 576)
    product = demo_products()[0]
    _scan(qtbot, counter, product.barcodes[0])
    qtbot.waitUntil(lambda: counter.basket.rowCount() == 1, timeout=3000)
    with qtbot.waitSignal(service.done, timeout=10_000) as printed:
        _pay(qtbot, counter, ("cash_mop", "1000"))
    assert printed.args[1] is True
    detail, _ = _last_sale(app)
    assert printed.args[0] == detail.sale_id  # the job id: a retry can never print it twice
    first = decode_raster(printer.take())
    assert first.height() > 400 and first.width() == 576

    with qtbot.waitSignal(service.done, timeout=10_000):
        qtbot.mouseClick(counter.reprint_btn, Qt.MouseButton.LeftButton)
    copy = decode_raster(printer.take())
    assert copy.height() > first.height()  # the same slip with the COPY banner above it


def test_a_hold_from_another_store_is_set_aside_from_the_counter(qtbot, make_app) -> None:
    from datetime import UTC, datetime, timedelta

    from core.events import EventRecord, payload_dict
    from core.holds import Hold, HoldRequested
    from core.models import Event
    from core.replica import apply_remote, replica_state

    app = make_app()
    counter = _signed_in(qtbot, app)
    product = demo_products()[0]
    until = (datetime.now(UTC) + timedelta(hours=2)).isoformat()
    hold = HoldRequested("hold-1", "MO-SEN", product.sku, 1, until, "Customer", "+853 6600 0000")
    record = EventRecord(
        event_id="evt-taipa-hold",
        device_id="till-tai",
        seq=1,
        store_id="MO-TAI",
        kind="hold.requested",
        occurred_at=until,
        payload=payload_dict(hold),
    )
    with app.db.write() as s:  # the hub granted Taipa's hold on our stock; it arrives in the log
        changes = apply_remote(
            s, [(replica_state(s).hub_cursor + 1, record)], replica_state(s).hub_cursor + 1
        )
    counter.remote_changes(changes)  # as the sync bridge hands it over
    qtbot.waitUntil(counter.set_aside_btn.isVisible, timeout=3000)
    assert "1" in counter.set_aside_btn.text()
    assert "Another store has asked us to hold" in counter.message.text()

    counter.ask = Script(0, 0)  # the hold, then "Set aside"
    with qtbot.waitSignal(counter.sale_recorded, timeout=5000):
        qtbot.mouseClick(counter.set_aside_btn, Qt.MouseButton.LeftButton)
    with app.db.read() as s:
        assert s.get(Hold, "hold-1").state == "confirmed"
        update = s.scalars(select(Event).where(Event.kind == "hold.updated")).one()
        assert update.status == "pending" and update.store_id == "MO-SEN"  # on its way to Taipa
    # Our own units for that item are now less available by the one held.
    _scan(qtbot, counter, product.barcodes[0])
    qtbot.waitUntil(lambda: bool(counter.stores.rows), timeout=3000)
    here = counter.stores.rows[0]
    assert here.is_here and here.held == 1 and here.available == here.on_hand - 1


def test_scanning_a_receipt_at_the_counter_starts_its_refund(qtbot, make_app) -> None:
    app = make_app()
    counter = _signed_in(qtbot, app)
    product = demo_products()[7]
    _scan(qtbot, counter, product.barcodes[0])
    qtbot.waitUntil(lambda: counter.basket.rowCount() == 1, timeout=3000)
    _pay(qtbot, counter, ("alipay", ""))
    detail, _ = _last_sale(app)
    counter.ask = Script(RefundForm({1: 1}, "alipay", "wrong_item"), DEMO_PINS["store_manager"])
    with qtbot.waitSignal(counter.sale_recorded, timeout=5000):
        counter.on_scan(detail.receipt_no)  # as the wedge scanner delivers the receipt's Code 128
    assert counter.basket.rowCount() == 0  # the receipt did not go into the basket
    assert counter.ask.asked[0] == "refund" and counter.ask.asked[1].startswith(
        "pin: "
    )  # MOP 550: above the limit
    with app.db.read() as s:
        assert s.scalars(select(AuditEntry.action)).all() == ["refund"]


def test_the_hkd_rate_set_in_settings_is_the_one_the_next_sale_uses(qtbot, make_app) -> None:
    from desktop.views.counter_tender import save_hkd_rate_ppm

    app = make_app()
    settings = app.screen("settings")
    try:
        manager = _signed_in(qtbot, app, DEMO_PINS["store_manager"])  # the store's rules are a manager's
        app.show("settings")
        settings.hkd_rate.setValue(1.0)  # 1 HKD = 1 MOP, as typed in Settings → General
        manager.toggle_sign_in()  # signs the manager out
        app.show("counter")
        counter = _signed_in(qtbot, app)
        product = demo_products()[0]
        _scan(qtbot, counter, product.barcodes[0])
        qtbot.waitUntil(lambda: counter.basket.rowCount() == 1, timeout=3000)
        assert "1.0000" in counter.tender.rate.text()
        hkd = product.price_avos // 100 + 100  # whole Hong Kong dollars, more than the total
        _pay(qtbot, counter, ("cash_hkd", str(hkd)))
        detail, tenders = _last_sale(app)
        assert detail.change_avos == hkd * 100 - product.price_avos
        assert tenders[0].tendered == hkd * 100
    finally:
        save_hkd_rate_ppm(1_030_000)


def test_wrong_pins_in_a_row_make_the_counter_wait_and_say_so(qtbot, make_app) -> None:
    app = make_app()
    counter = app.screen("counter")
    for _ in range(6):  # five free tries, then the sixth wrong one starts a wait
        counter.message.clear()
        counter.sign_in_with("9876")
        qtbot.waitUntil(lambda: counter.message.text() != "", timeout=5000)
        assert counter.message.text() == error_text("staff.pin_wrong", {})
    counter.sign_in_with(DEMO_PINS["cashier"])  # even the right PIN waits its turn
    locked = error_text("staff.pin_locked", {"seconds": 30})
    qtbot.waitUntil(lambda: counter.message.text() == locked, timeout=5000)
    assert counter.staff is None
