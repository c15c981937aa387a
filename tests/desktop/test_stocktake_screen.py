"""The Stocktake screen driven like a shop assistant would: open it from Stock, scan a shelf, finish,
read the variance report; a large difference waits for a manager's PIN."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from core.demo_chain import DEMO_PINS, demo_products
from core.models import StocktakeDraft
from core.stock import BasketLine, on_hand, receive_stock, record_sale
from desktop.i18n import error_text

STORE = "MO-SEN"
ITEM = next(p for p in demo_products() if 1_000 <= p.price_avos <= 5_000)


def _on_hand(app, sku: str) -> int:
    with app.db.read() as s:
        return on_hand(s, STORE, sku)


def _shelf(app, qty: int) -> None:
    have = _on_hand(app, ITEM.sku)
    with app.db.write() as s:
        if qty > have:
            receive_stock(s, app.till, [BasketLine(ITEM.sku, qty - have)])
        elif qty < have:
            record_sale(s, app.till, [BasketLine(ITEM.sku, have - qty)])


def _open(qtbot, app, *, signed_in: bool = True):
    if signed_in:  # at the Counter, as a shop assistant does first thing
        counter = app.screen("counter")
        counter.sign_in_with(DEMO_PINS["cashier"])
        qtbot.waitUntil(lambda: counter.staff is not None, timeout=5000)
    stock = app.screen("stock")
    qtbot.mouseClick(stock.stocktake_btn, Qt.MouseButton.LeftButton)
    screen = app.window.current_screen()
    assert screen.name == "stocktake"
    qtbot.waitUntil(screen.is_ready, timeout=5000)
    return screen


def _count_and_finish(qtbot, screen, qty: int, state: str) -> None:
    """Type ITEM's count, add it, finish the count, and wait for the report in ``state``."""
    screen.code.setText(ITEM.sku)
    screen.qty.setValue(qty)
    qtbot.mouseClick(screen.add_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.draft is not None and screen.draft.units == qty, timeout=5000)
    qtbot.mouseClick(screen.finish_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: screen.report.report is not None and screen.report.report.state == state, timeout=5000
    )


def _scan(qtbot, screen, code: str, times: int = 1) -> None:
    for _ in range(times):
        before = screen.draft.units if screen.draft else 0
        screen.on_scan(code)
        qtbot.waitUntil(
            lambda b=before: screen.draft is not None and screen.draft.units == b + 1, timeout=5000
        )


def test_scan_a_shelf_finish_and_read_the_variance_report(qtbot, make_app) -> None:
    app = make_app()
    _shelf(app, 6)
    screen = _open(qtbot, app)
    qtbot.keyClicks(screen.section, "Window")
    qtbot.waitUntil(
        lambda: screen.section.text() == "Window", timeout=2000
    )  # typing held by the wedge filter
    _scan(qtbot, screen, ITEM.barcodes[0], times=4)
    assert [(li.sku, li.counted) for li in screen.draft_model.lines] == [(ITEM.sku, 4)]
    with app.db.write() as s:  # a sale at this till while the count goes on
        record_sale(s, app.till, [BasketLine(ITEM.sku, 1)])
    qtbot.mouseClick(screen.finish_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: screen.report.report is not None and screen.tabs.currentIndex() == 1, timeout=5000
    )
    (row,) = screen.report.model.rows
    assert (row.expected, row.counted, row.variance) == (6, 4, -2)
    assert screen.report.model.data(screen.report.model.index(0, 4)) == "-2"
    assert screen.report.report.state == "applied" and not screen.report.approve_btn.isVisibleTo(screen)
    assert _on_hand(app, ITEM.sku) == 3  # counted 4, less the sale made during the count
    stock = app.screen("stock")
    qtbot.waitUntil(lambda: stock.model.on_hand(STORE, ITEM.sku) == 3, timeout=5000)
    assert "Window" in screen.report.history.currentText()


def test_a_large_difference_waits_for_a_manager(qtbot, make_app) -> None:
    app = make_app()
    _shelf(app, 20)
    screen = _open(qtbot, app)
    _count_and_finish(qtbot, screen, 10, "awaiting")
    assert screen.report.approve_btn.isVisibleTo(screen)
    assert _on_hand(app, ITEM.sku) == 20
    qtbot.keyClicks(screen.report.pin, DEMO_PINS["cashier"])
    qtbot.waitUntil(lambda: screen.report.pin.text() == DEMO_PINS["cashier"], timeout=2000)
    qtbot.mouseClick(screen.report.approve_btn, Qt.MouseButton.LeftButton)
    refused = error_text("staff.not_allowed", {"name": "Cashier SEN"})
    qtbot.waitUntil(lambda: screen.message.text() == refused, timeout=5000)
    assert _on_hand(app, ITEM.sku) == 20
    qtbot.keyClicks(screen.report.pin, DEMO_PINS["store_manager"])
    qtbot.waitUntil(lambda: screen.report.pin.text() == DEMO_PINS["store_manager"], timeout=2000)
    qtbot.keyClick(screen.report.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.report.report.state == "approved", timeout=5000)
    assert _on_hand(app, ITEM.sku) == 10
    assert not screen.report.approve_btn.isVisibleTo(screen)


def test_a_wrong_code_says_so_and_the_count_is_kept_across_a_restart_of_the_screen(
    qtbot, make_app, monkeypatch
) -> None:
    app = make_app()
    screen = _open(qtbot, app)
    _scan(qtbot, screen, ITEM.barcodes[0], times=2)
    misread = ITEM.barcodes[0][:-1] + str((int(ITEM.barcodes[0][-1]) + 1) % 10)
    screen.on_scan(misread)
    qtbot.waitUntil(lambda: screen.message.property("state") == "error", timeout=5000)
    assert screen.message.text() == error_text("catalogue.invalid_barcode", {"code": misread})
    screen.draft_model.setData(screen.draft_model.index(0, 2), 7)  # corrected by hand
    qtbot.waitUntil(lambda: screen.draft.units == 7, timeout=5000)
    screen.draft = None
    screen.draft_model.set_lines(())
    screen.reload()  # as after a restart: the open count comes back from the database
    qtbot.waitUntil(lambda: screen.draft is not None and screen.draft.units == 7, timeout=5000)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(screen.discard_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.draft is None and not screen.finish_btn.isEnabled(), timeout=5000)


def test_the_back_button_returns_to_stock_and_the_rail_still_works(qtbot, make_app) -> None:
    app = make_app()
    screen = _open(qtbot, app)
    qtbot.mouseClick(screen.back_btn, Qt.MouseButton.LeftButton)
    assert app.window.current_screen().name == "stock"
    app.window.show_screen("stocktake")
    app.window.rail.setCurrentRow(0)
    assert app.window.current_screen().name == "counter"


def test_the_models_pass_the_qt_model_tester(qtmodeltester, qtbot, make_app) -> None:
    app = make_app()
    screen = _open(qtbot, app)
    _scan(qtbot, screen, ITEM.barcodes[0], times=2)
    qtmodeltester.check(screen.draft_model)
    qtbot.mouseClick(screen.finish_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.report.report is not None, timeout=5000)
    qtmodeltester.check(screen.report.model)


def test_counting_needs_someone_signed_in_and_the_count_says_who(qtbot, make_app) -> None:
    app = make_app()
    screen = _open(qtbot, app, signed_in=False)
    screen.on_scan(ITEM.barcodes[0])
    qtbot.waitUntil(lambda: screen.message.text() != "", timeout=5000)
    assert screen.message.text() == screen.tr("Sign in on the Counter first: a count says who made it.")
    assert screen.draft is None
    counter = app.screen("counter")
    counter.sign_in_with(DEMO_PINS["cashier"])
    qtbot.waitUntil(lambda: counter.staff is not None, timeout=5000)
    _scan(qtbot, screen, ITEM.barcodes[0])
    with app.db.read() as s:
        (draft,) = s.scalars(select(StocktakeDraft)).all()
    assert draft.staff_id == counter.staff.staff_id


def test_the_approval_limits_are_a_managers_setting_and_the_next_count_uses_them(qtbot, make_app) -> None:
    from core.stocktake import AdjustmentThreshold
    from desktop.views.stocktake import save_threshold

    app = make_app()
    settings = app.screen("settings")
    counter = app.screen("counter")
    try:
        counter.sign_in_with(DEMO_PINS["cashier"])
        qtbot.waitUntil(lambda: counter.staff is not None, timeout=5000)
        app.show("settings")
        assert not settings.max_units.isEnabled()  # a cashier cannot loosen the rule
        assert settings.rules_note.text() == settings.tr(
            "Sign in on the Counter as a store manager to change these."
        )
        counter.toggle_sign_in()
        counter.sign_in_with(DEMO_PINS["store_manager"])
        qtbot.waitUntil(lambda: counter.staff is not None, timeout=5000)
        app.show("settings")
        assert settings.max_units.isEnabled()
        settings.max_units.setValue(1)  # stricter: two units off already waits
        _shelf(app, 20)
        screen = _open(qtbot, app, signed_in=False)  # the manager is still signed in
        assert "1" in screen.rule.text()
        _count_and_finish(qtbot, screen, 18, "awaiting")
        assert _on_hand(app, ITEM.sku) == 20  # with the default (5 units) it would have been applied
    finally:
        save_threshold(AdjustmentThreshold())
