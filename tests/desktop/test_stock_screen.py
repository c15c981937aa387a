"""The Stock screen: search in any language, live cells that flash, coalesced refreshes."""

from __future__ import annotations

from PySide6.QtGui import QBrush

from core.projection import Changes
from core.stock import BasketLine, StockMatrix, record_sale, stock_matrix
from desktop.models.stock_matrix import FIXED_COLUMNS, StockMatrixModel


def test_search_as_you_type_in_three_languages_and_by_barcode(qtbot, make_app) -> None:
    stock = make_app().screen("stock")
    qtbot.waitUntil(stock.is_ready, timeout=5000)
    total = stock.proxy.rowCount()
    for query in ("杏仁餅", "almond", "amêndoa"):
        stock.search.setText(query)
        assert 0 < stock.proxy.rowCount() < total, query
    stock.search.setText("958")  # the Macau GS1 prefix: every demo barcode has it
    assert stock.proxy.rowCount() == total
    stock.search.setText("no such thing at all")
    assert stock.proxy.rowCount() == 0
    stock.search.clear()
    assert stock.proxy.rowCount() == total


def test_a_remote_sale_flashes_its_cell_and_updates_the_total(qtbot, make_app) -> None:
    app = make_app()
    stock = app.screen("stock")
    qtbot.waitUntil(stock.is_ready, timeout=5000)
    with app.db.write() as s:
        receipt = record_sale(s, app.till, [BasketLine("PF-0002", 1)])
    stock.apply_changes(receipt.changes, remote=True)
    model = stock.model
    qtbot.waitUntil(
        lambda: (
            model.on_hand("MO-SEN", "PF-0002") is not None
            and model.is_flashing(model._row_of["PF-0002"], FIXED_COLUMNS)
        ),
        timeout=3000,
    )


def test_bursts_of_changes_are_coalesced_into_one_refresh(qtbot, make_app) -> None:
    app = make_app()
    stock = app.screen("stock")
    qtbot.waitUntil(stock.is_ready, timeout=5000)
    submitted: list[object] = []
    real_submit = app.tasks.submit
    app.tasks.submit = lambda *a, **k: (submitted.append(a[0]), real_submit(*a, **k))  # type: ignore[method-assign]
    for i in range(50):
        stock.apply_changes(Changes(stock={("MO-TAI", f"PF-{i + 1:04d}")}), remote=True)
    qtbot.wait(350)
    assert len(submitted) == 1


def test_matrix_model_passes_the_qt_model_tester(qtmodeltester, seeded) -> None:
    db, _ = seeded
    with db.read() as s:
        matrix: StockMatrix = stock_matrix(s)
    clock = [100.0]
    model = StockMatrixModel(lambda a: f"MOP {a / 100:.2f}", "en", clock=lambda: clock[0])
    model.set_matrix(matrix)
    qtmodeltester.check(model)
    sku = matrix.rows[0].sku
    store = matrix.stores[1].store_id
    assert model.update_levels({(store, sku): -4}, flash=True) == 1
    index = model.index(0, FIXED_COLUMNS + 1)
    assert model.data(index) == -4
    assert isinstance(model.data(index, 8), QBrush)  # BackgroundRole: flashing
    assert (
        model.data(model.index(0, model.columnCount() - 1))
        == matrix.rows[0].total - matrix.rows[0].on_hand[1] - 4
    )
    clock[0] += 5
    assert model.is_flashing(0, FIXED_COLUMNS + 1) is False


def test_chinese_store_headers_drop_the_branch_suffix_but_the_tooltip_has_the_full_name(seeded) -> None:
    from PySide6.QtCore import Qt

    db, _ = seeded
    with db.read() as s:
        matrix = stock_matrix(s, first_store="MO-SEN")
    model = StockMatrixModel(str, "zh_Hant")
    model.set_matrix(matrix)
    assert model.headerData(FIXED_COLUMNS, Qt.Orientation.Horizontal) == "議事亭前地"
    assert (
        model.headerData(FIXED_COLUMNS, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        == "議事亭前地店"
    )
    model.set_language("en")
    assert model.headerData(FIXED_COLUMNS, Qt.Orientation.Horizontal) == "Senado Square"


def test_every_screen_named_on_the_command_line_shows_and_renders(qtbot, make_app) -> None:
    from desktop.main_window import SCREEN_NAMES

    app = make_app("zh_Hant")
    for name in SCREEN_NAMES:
        app.show(name)
        shown = app.window.current_screen()
        # Devices and Staff are pages of Settings; the engineer's view is a tab of Repairs.
        assert shown.name == {"devices": "settings", "staff": "settings", "engineer": "repairs"}.get(
            name, name
        )
        assert not app.window.grab().isNull()
        assert app.window.rail.currentItem().text() == shown.title()


def test_a_transfer_is_requested_from_the_stock_screen_from_the_store_pointed_at(qtbot, make_app) -> None:
    from PySide6.QtCore import Qt

    from core.demo_chain import DEMO_PINS
    from core.transfers import transfers_for
    from desktop.views.stock_transfer import TransferAsk

    app = make_app()
    stock = app.window.show_screen("stock")
    qtbot.waitUntil(stock.is_ready, timeout=5000)
    stores = [s.store_id for s in stock.model.stores]
    here, there = stores[0], stores[2]  # this store's column comes first
    sku = stock.model.row_at(0).sku
    source = stock.model.index(0, FIXED_COLUMNS + 2)
    stock.table.setCurrentIndex(stock.transit.mapFromSource(stock.proxy.mapFromSource(source)))

    asked: list[tuple[str, list[str]]] = []

    def answer(row, choices) -> TransferAsk:  # type: ignore[no-untyped-def]
        asked.append((row.sku, [store.store_id for store, _units in choices]))
        return TransferAsk(choices[0][0].store_id, 2, "for a customer")

    stock.ask_transfer = answer
    qtbot.mouseClick(stock.transfer_btn, Qt.MouseButton.LeftButton)
    assert "Sign in on the Counter" in stock.message.text() and not asked  # nobody signed in: nothing asked

    counter = app.screen("counter")
    counter.sign_in_with(DEMO_PINS["cashier"])
    qtbot.waitUntil(lambda: counter.staff is not None, timeout=5000)
    app.window.show_screen("stock")
    qtbot.mouseClick(stock.transfer_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Transfer requested" in stock.message.text(), timeout=5000)
    assert asked[0][0] == sku
    assert asked[0][1][0] == there and here not in asked[0][1]  # the store pointed at is offered first
    with app.db.read() as s:
        made = [t for t in transfers_for(s, here) if t.from_store_id == there and t.state == "requested"]
    assert [(t.lines, t.note) for t in made if t.note == "for a customer"] == [
        (((sku, 2),), "for a customer")
    ]
