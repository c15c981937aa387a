"""The Counter screen driven like a cashier would: scan, pay, and the Stock screen follows."""

from __future__ import annotations

from PySide6.QtCore import Qt

from core.catalogue import ean_check_digit
from core.demo_chain import demo_products
from core.stock import on_hand
from desktop.i18n import error_text


def _scan(qtbot, counter, code: str) -> None:
    counter.scan.setFocus()
    qtbot.keyClicks(counter.scan, code)
    qtbot.keyClick(counter.scan, Qt.Key.Key_Return)


def test_a_scanned_barcode_ends_as_a_sale_and_the_stock_screen_shows_it(qtbot, make_app) -> None:
    app = make_app()
    counter, stock = app.screen("counter"), app.screen("stock")
    qtbot.waitUntil(stock.is_ready, timeout=5000)
    product = demo_products()[3]
    before = stock.model.on_hand("MO-SEN", product.sku)
    assert before is not None

    _scan(qtbot, counter, product.barcodes[0])
    _scan(qtbot, counter, product.barcodes[0])  # the same item again: quantity 2
    qtbot.waitUntil(lambda: counter.basket.rowCount() == 1 and counter.basket.items[0].qty == 2, timeout=3000)
    assert counter.total.text() == app.ctx.money(2 * product.price_avos)

    with qtbot.waitSignal(counter.sale_recorded, timeout=3000):
        qtbot.mouseClick(counter.pay_btn, Qt.MouseButton.LeftButton)
    assert counter.basket.rowCount() == 0
    qtbot.waitUntil(lambda: stock.model.on_hand("MO-SEN", product.sku) == before - 2, timeout=3000)
    with app.db.read() as s:
        assert on_hand(s, "MO-SEN", product.sku) == before - 2


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


def test_a_misread_barcode_asks_for_a_rescan(qtbot, make_app) -> None:
    app = make_app("en")
    counter = app.screen("counter")
    good = demo_products()[0].barcodes[0]
    misread = good[:-1] + str((int(good[-1]) + 3) % 10)
    _scan(qtbot, counter, misread)
    qtbot.waitUntil(lambda: "Scan it again" in counter.message.text(), timeout=3000)
    assert counter.basket.rowCount() == 0


def test_paying_an_empty_basket_explains_instead_of_failing(qtbot, make_app) -> None:
    app = make_app("pt")
    counter = app.screen("counter")
    qtbot.mouseClick(counter.pay_btn, Qt.MouseButton.LeftButton)
    assert counter.message.text() == error_text("sale.empty_basket")
    assert counter.message.text() != "The basket is empty. Scan an item first."  # Portuguese, not the source


def test_a_sale_made_offline_waits_in_the_outbox_and_the_status_bar_says_offline(qtbot, make_app) -> None:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    app = make_app("en", hub_url=f"ws://127.0.0.1:{port}")
    status = app.window.sync_status
    qtbot.waitUntil(lambda: status.connection.text().startswith("● Offline since"), timeout=8000)
    counter = app.screen("counter")
    _scan(qtbot, counter, demo_products()[0].barcodes[0])
    qtbot.waitUntil(lambda: counter.basket.rowCount() == 1, timeout=3000)
    with qtbot.waitSignal(counter.sale_recorded, timeout=3000):
        qtbot.mouseClick(counter.pay_btn, Qt.MouseButton.LeftButton)
    assert "Sale recorded" in counter.message.text()
