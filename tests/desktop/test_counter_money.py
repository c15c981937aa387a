"""Money at the counter, driven like a cashier and a store manager would: refunds with a reason, a
manager's PIN and a printed slip; the change due staying on screen; an approval that belongs to the
basket; a tender that takes exactly what was typed; receipt numbers that run 000001, 000002, …"""

from __future__ import annotations

import json
import shutil
from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from sqlalchemy import select

from core.audit import AuditEntry
from core.demo_chain import DEMO_PINS, demo_products
from core.models import Event, Refund, SaleDetail, Staff, Store
from core.sales import Payment
from core.stock import on_hand
from desktop.i18n import error_text
from desktop.printing.escpos import to_mono
from desktop.printing.refund_slip import RefundSlipData, render_refund_slip
from desktop.printing.slip import ReceiptLine
from desktop.views.counter_refund import RefundForm
from tests.desktop.test_counter import Script, _last_sale, _pay, _scan, _signed_in
from tests.desktop.test_slip import read_barcode


def _fake_printer(app):
    """The app's print service on a fake USB printer; each job's printed picture lands in ``printed``."""
    from desktop.devices.fake_usb import FakePrinter, FakeUsbBackend
    from desktop.devices.usb_printer import UsbPrinter

    printer = FakePrinter()
    backend = FakeUsbBackend([printer])
    service = app.ctx.printer
    service.configure(lambda: UsbPrinter(printer.vendor_id, printer.product_id, backend=backend), 576)
    service.recorder = printer.take
    printed: dict[str, QImage] = {}
    service.printed.connect(lambda job_id, image: printed.__setitem__(job_id, image))
    return service, printed


def _same_picture(printed: QImage, expected: QImage) -> bool:
    rgb = QImage.Format.Format_RGB32
    return printed.convertToFormat(rgb) == to_mono(expected, 576).convertToFormat(rgb)


def test_a_cash_refund_needs_a_reason_and_a_managers_pin_and_prints_a_slip_and_a_store_copy(
    qtbot, make_app
) -> None:
    app = make_app()
    counter = _signed_in(qtbot, app)
    _service, printed = _fake_printer(app)
    product = demo_products()[5]
    _scan(qtbot, counter, product.barcodes[0])
    _scan(qtbot, counter, product.barcodes[0])
    qtbot.waitUntil(lambda: counter.basket.rowCount() == 1 and counter.basket.items[0].qty == 2, timeout=3000)
    _pay(qtbot, counter, ("cash_mop", ""))
    detail, _ = _last_sale(app)
    with app.db.read() as s:
        after_sale = on_hand(s, "MO-SEN", product.sku)
        names = {m.staff_id: m.name for m in s.scalars(select(Staff))}

    # The cashier's own PIN does not approve a cash refund: nothing is refunded, the message says why.
    form = RefundForm({1: 1}, "cash_mop", "faulty", "pump broken")
    counter.ask = Script(detail.receipt_no, form, DEMO_PINS["cashier"])
    qtbot.mouseClick(counter.refund_btn, Qt.MouseButton.LeftButton)
    expected = error_text("staff.not_allowed", {"name": names["MO-SEN-C1"]})
    qtbot.waitUntil(lambda: counter.message.text() == expected, timeout=5000)
    assert (
        counter.ask.asked[-1].startswith("pin: ")
        and app.ctx.money(product.price_avos) in counter.ask.asked[-1]
    )
    with app.db.read() as s:
        assert s.scalars(select(Refund)).all() == []

    counter.ask = Script(detail.receipt_no, form, DEMO_PINS["store_manager"])
    with qtbot.waitSignal(counter.sale_recorded, timeout=5000):
        qtbot.mouseClick(counter.refund_btn, Qt.MouseButton.LeftButton)
    with app.db.read() as s:
        assert on_hand(s, "MO-SEN", product.sku) == after_sale + 1
        row = s.scalars(select(Refund)).one()
        assert (row.total_avos, row.method, row.reason, row.approved_by) == (
            product.price_avos,
            "cash_mop",
            "faulty",
            "MO-SEN-M",
        )
        assert row.refund_no == detail.receipt_no[:-6] + "R000001"
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "refund")).one()
        assert (entry.staff_id, entry.approved_by) == ("MO-SEN-C1", "MO-SEN-M")
        assert json.loads(entry.detail)["reason"] == "faulty"
        assert json.loads(entry.detail)["note"] == "pump broken"
        sent = s.scalars(select(Event).where(Event.kind == "sale.refunded")).one()
        payload = json.loads(sent.payload)  # what the hub and the other tills receive
        assert (payload["reason"], payload["approved_by"], payload["refund_no"]) == (
            "faulty",
            "MO-SEN-M",
            row.refund_no,
        )
    assert row.refund_no in counter.message.text()

    # Two slips: the customer's and the store's copy, each the refund's own picture, its number scannable.
    qtbot.waitUntil(lambda: {row.refund_id, row.refund_id + "-store"} <= printed.keys(), timeout=10_000)
    customer, store = printed[row.refund_id], printed[row.refund_id + "-store"]
    from desktop.printing.code128 import code128_modules

    assert read_barcode(customer)[0] == code128_modules(row.refund_no)
    assert read_barcode(store)[0] == code128_modules(row.refund_no)

    with app.db.read() as s:
        store_name = s.get(Store, "MO-SEN").name("en")
    now = datetime.now().astimezone()
    minutes = [(now - timedelta(minutes=k)).strftime("%Y-%m-%d %H:%M") for k in (0, 1)]

    def expected_slip(at: str, store_copy: bool) -> QImage:
        data = RefundSlipData(
            store_name=store_name,
            refund_no=row.refund_no,
            receipt_no=detail.receipt_no,
            occurred_at=at,
            cashier=names["MO-SEN-C1"],
            approved_by=names["MO-SEN-M"],
            lines=(ReceiptLine(product.name_en, 1, product.price_avos),),
            total_avos=product.price_avos,
            method="cash_mop",
            reason="faulty",
            note="pump broken",
            lang="en",
            store_copy=store_copy,
        )
        return render_refund_slip(data, 576)

    assert any(_same_picture(customer, expected_slip(at, False)) for at in minutes)
    assert any(_same_picture(store, expected_slip(at, True)) for at in minutes)
    assert store.height() > customer.height()  # the store copy's banner and signature line


def test_the_refund_dialog_shows_prices_and_the_total_to_hand_back_and_wants_a_reason(
    qtbot, make_app
) -> None:
    from core.sales import RefundRule, find_receipt
    from desktop.views.counter_refund import RefundDialog

    app = make_app()
    counter = _signed_in(qtbot, app)
    product = demo_products()[5]
    _scan(qtbot, counter, product.barcodes[0])
    _scan(qtbot, counter, product.barcodes[0])
    qtbot.waitUntil(lambda: counter.basket.rowCount() == 1 and counter.basket.items[0].qty == 2, timeout=3000)
    _pay(qtbot, counter, ("card", ""))
    detail, _ = _last_sale(app)
    with app.db.read() as s:
        receipt = find_receipt(s, detail.receipt_no)
    dialog = RefundDialog(receipt, {product.sku: product.name_en}, app.ctx.money, RefundRule(), counter)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.buttons()[0]
    texts = [w.text() for w in dialog.findChildren(type(dialog.total))]
    assert app.ctx.money(product.price_avos) in texts  # the price paid per unit
    assert not ok.isEnabled()  # nothing chosen yet
    dialog.spins[1].setValue(2)
    assert app.ctx.money(2 * product.price_avos) in dialog.total.text()
    assert dialog.method.currentText() == "Card"  # paid by card: money back by card
    assert dialog.pin_note.text()  # MOP 2,120 is above the store's limit
    assert not ok.isEnabled()  # no reason yet
    dialog.reason.setCurrentIndex(dialog.reason.findData("other"))
    assert not ok.isEnabled()  # "Other" wants a few words
    dialog.note.setText("gift, wrong size")
    assert ok.isEnabled()
    assert dialog.form() == RefundForm({1: 2}, "card", "other", "gift, wrong size")


def test_the_change_due_stays_on_screen_after_f12_until_the_next_customer_starts(qtbot, make_app) -> None:
    app = make_app()
    counter = _signed_in(qtbot, app)
    product = demo_products()[0]  # MOP 370
    _scan(qtbot, counter, product.barcodes[0])
    qtbot.waitUntil(lambda: counter.basket.rowCount() == 1, timeout=3000)
    _pay(qtbot, counter, ("cash_mop", "1000"))
    change = app.ctx.money(100_000 - product.price_avos)
    assert counter.basket.rowCount() == 0
    assert counter.change_due.isVisible() and change in counter.change_due.text()
    assert counter.tender.change.text() == change  # not back to MOP 0.00
    assert counter.change_due.height() > 60  # large, over the empty basket
    assert counter.receipts.last.tenders[-1] == ("change", 100_000 - product.price_avos)  # printed too

    _scan(qtbot, counter, product.barcodes[0])  # the next customer's first item
    qtbot.waitUntil(lambda: counter.basket.rowCount() == 1, timeout=3000)
    assert not counter.change_due.isVisible()
    assert counter.tender.change.text() == app.ctx.money(0)


def test_a_managers_approval_stays_with_the_basket_when_a_cashier_takes_over(qtbot, make_app) -> None:
    app = make_app()
    counter = _signed_in(qtbot, app, DEMO_PINS["store_manager"])
    product = demo_products()[0]
    _scan(qtbot, counter, product.barcodes[0])
    qtbot.waitUntil(lambda: counter.basket.rowCount() == 1, timeout=3000)
    quarter = product.price_avos // 4  # 25 %: within a store manager's own limit, above a cashier's
    counter.ask = Script(quarter)
    qtbot.mouseClick(counter.discount_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: counter.basket.items[0].discount_avos == quarter, timeout=3000)
    counter.toggle_sign_in()  # the manager signs out
    assert counter.staff is None
    counter.ask = Script()  # nothing more is asked
    _signed_in(qtbot, app)  # the cashier signs in and takes a card payment
    _pay(qtbot, counter, ("card", ""))
    detail, _ = _last_sale(app)
    assert (detail.staff_id, detail.approved_by, detail.discount_avos) == ("MO-SEN-C1", "MO-SEN-M", quarter)
    assert counter.ask.asked == []
    with app.db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "discount_override")).one()
        assert (entry.staff_id, entry.approved_by) == ("MO-SEN-C1", "MO-SEN-M")


def test_f12_refused_for_a_discount_offers_the_pin_box_and_then_completes(qtbot, make_app) -> None:
    app = make_app()
    counter = _signed_in(qtbot, app, DEMO_PINS["store_manager"])
    product = demo_products()[0]
    _scan(qtbot, counter, product.barcodes[0])
    qtbot.waitUntil(lambda: counter.basket.rowCount() == 1, timeout=3000)
    quarter = product.price_avos // 4
    counter.ask = Script(quarter)
    qtbot.mouseClick(counter.discount_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: counter.basket.items[0].discount_avos == quarter, timeout=3000)
    qtbot.mouseClick(counter.park_btn, Qt.MouseButton.LeftButton)  # parked: the approval does not keep
    qtbot.waitUntil(lambda: counter.basket.rowCount() == 0, timeout=3000)
    counter.toggle_sign_in()
    _signed_in(qtbot, app)
    counter.ask = Script(0, DEMO_PINS["store_manager"])  # recall it; at F12 the manager types a PIN
    qtbot.mouseClick(counter.recall_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: counter.basket.rowCount() == 1, timeout=3000)
    _pay(qtbot, counter, ("card", ""))
    assert counter.ask.asked[-1].startswith("pin: ")
    detail, _ = _last_sale(app)
    assert (detail.staff_id, detail.approved_by, detail.discount_avos) == ("MO-SEN-C1", "MO-SEN-M", quarter)


def test_f12_with_nobody_signed_in_offers_the_pin_box_and_then_completes(qtbot, make_app) -> None:
    app = make_app()
    counter = _signed_in(qtbot, app)
    _scan(qtbot, counter, demo_products()[0].barcodes[0])
    qtbot.waitUntil(lambda: counter.basket.rowCount() == 1, timeout=3000)
    qtbot.mouseClick(counter.tender.buttons["card"], Qt.MouseButton.LeftButton)
    counter.toggle_sign_in()  # signed out with a paid basket on screen
    counter.ask = Script(DEMO_PINS["cashier"])
    with qtbot.waitSignal(counter.sale_recorded, timeout=5000):
        qtbot.keyClick(counter.scan, Qt.Key.Key_F12)
    assert counter.ask.asked[0].startswith("pin: ")
    assert counter.staff is not None and counter.basket.rowCount() == 0
    assert _last_sale(app)[0].staff_id == "MO-SEN-C1"


def test_typing_an_amount_and_clicking_a_tender_at_once_uses_what_was_typed(qtbot, make_app) -> None:
    app = make_app()
    counter = _signed_in(qtbot, app)
    app.scanner.clock = lambda: 500.0  # every key "at once": held by the scanner filter as a possible scan
    product = demo_products()[0]
    _scan(qtbot, counter, product.barcodes[0])
    qtbot.waitUntil(lambda: counter.basket.rowCount() == 1, timeout=3000)
    counter.tender.amount.setFocus()
    qtbot.keyClicks(counter.tender.amount, "500")
    qtbot.mouseClick(counter.tender.buttons["cash_mop"], Qt.MouseButton.LeftButton)
    assert counter.tender.payments == [Payment("cash_mop", 50_000)]
    assert counter.tender.amount.text() == ""
    qtbot.wait(200)  # past the filter's flush timer: no digits arrive late
    assert counter.tender.amount.text() == ""
    assert counter.tender.change.text() == app.ctx.money(50_000 - product.price_avos)


def test_receipt_numbers_run_consecutively_per_till_across_refunds_voids_and_a_restart(
    qtbot, qapp, tmp_path, seeded_template
) -> None:
    from desktop.app import App, Setup
    from desktop.i18n import Translations

    db_path = tmp_path / "till.sqlite3"
    shutil.copyfile(seeded_template, db_path)

    def start() -> App:
        translations = Translations(qapp)
        translations.switch("en")
        app = App(qapp, Setup(tmp_path, db_path, False, None, "till-1", "MO-SEN"), translations)
        app.ask_quit = lambda pending: True  # type: ignore[method-assign]
        app.show(None)
        return app

    def sell(app, counter, with_void: bool = False) -> str:
        _scan(qtbot, counter, demo_products()[1].barcodes[0])
        qtbot.waitUntil(lambda: counter.basket.rowCount() == 1, timeout=3000)
        if with_void:  # a second item voided with a manager's PIN: an audit fact between sales
            _scan(qtbot, counter, demo_products()[2].barcodes[0])
            qtbot.waitUntil(lambda: counter.basket.rowCount() == 2, timeout=3000)
            counter.table.selectRow(1)
            counter.ask = Script(DEMO_PINS["store_manager"])
            qtbot.mouseClick(counter.remove_btn, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: counter.basket.rowCount() == 1, timeout=5000)
        _pay(qtbot, counter, ("card", ""))
        return _last_sale(app)[0].receipt_no

    def refund_one(app, counter, receipt_no: str) -> str:
        counter.ask = Script(
            receipt_no, RefundForm({1: 1}, "card", "changed_mind"), DEMO_PINS["store_manager"]
        )
        with qtbot.waitSignal(counter.sale_recorded, timeout=5000):
            qtbot.mouseClick(counter.refund_btn, Qt.MouseButton.LeftButton)
        with app.db.read() as s:
            return s.scalars(select(Refund.refund_no).order_by(Refund.refund_no.desc())).first()

    app = start()
    try:
        counter = _signed_in(qtbot, app)
        first = sell(app, counter, with_void=True)
        second = sell(app, counter)
        refund_a = refund_one(app, counter, first)
        third = sell(app, counter)
    finally:
        app.window.close()
        app.close()
        app.translations.remove()
    app = start()  # the till restarts: the numbers go on, none reused
    try:
        counter = _signed_in(qtbot, app)
        fourth = sell(app, counter)
        refund_b = refund_one(app, counter, second)
        with app.db.read() as s:
            all_numbers = sorted(s.scalars(select(SaleDetail.receipt_no)).all())
    finally:
        app.window.close()
        app.close()
        app.translations.remove()
    prefix = first[:-6]
    assert [first, second, third, fourth] == [f"{prefix}{n:06d}" for n in (1, 2, 3, 4)]
    assert all_numbers == [first, second, third, fourth]
    assert (refund_a, refund_b) == (f"{prefix}R000001", f"{prefix}R000002")


def test_no_sale_opens_the_drawer_and_is_counted_for_the_shift_handover(qtbot, make_app) -> None:
    from desktop.devices.fake_usb import FakePrinter, FakeUsbBackend
    from desktop.devices.usb_printer import UsbPrinter
    from desktop.printing.escpos import DRAWER_KICK

    app = make_app()
    counter = _signed_in(qtbot, app)
    printer = FakePrinter()
    backend = FakeUsbBackend([printer])
    app.ctx.printer.configure(lambda: UsbPrinter(printer.vendor_id, printer.product_id, backend=backend), 576)
    assert counter.no_sale_btn.isEnabled()
    qtbot.mouseClick(counter.no_sale_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: DRAWER_KICK in bytes(printer.received), timeout=5000)
    with app.db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "no_sale")).one()
        assert entry.staff_id == counter.staff.staff_id
    assert "handover" in counter.message.text()
