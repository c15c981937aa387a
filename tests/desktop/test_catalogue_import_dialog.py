"""The catalogue import dialog: a report of every problem, Import disabled until there are none, an
area manager's PIN, and the Stock screen showing the new products afterwards."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from core.catalogue import ean_check_digit
from core.demo_chain import DEMO_PINS
from desktop.i18n import error_text

HEADER = "sku,barcodes,name_zh,name_en,name_pt,price_mop,category,stock:MO-SEN\n"


def ean(body: str) -> str:
    return body + str(ean_check_digit(body))


def _dialog(qtbot, app):
    stock = app.screen("stock")
    qtbot.waitUntil(stock.is_ready, timeout=5000)
    dialog = stock.open_import()
    qtbot.addWidget(dialog)
    return stock, dialog


def _load(qtbot, dialog, path: Path) -> None:
    dialog.load_file(path)
    qtbot.waitUntil(lambda: dialog.plan is not None and not dialog.busy, timeout=10_000)


def test_problems_are_listed_and_import_stays_disabled(qtbot, make_app, tmp_path: Path) -> None:
    app = make_app()
    _stock, dialog = _dialog(qtbot, app)
    good = ean("958009900001")
    bad = good[:-1] + str((int(good[-1]) + 1) % 10)
    path = tmp_path / "bad.csv"
    path.write_text(HEADER + f"N-1,{bad},新,New,,10,x,\nN-2,{good},舊,Old,,,x,\n", encoding="utf-8")
    _load(qtbot, dialog, path)
    assert dialog.report.rowCount() == 2
    assert [dialog.report.item(r, 0).text() for r in range(2)] == ["2", "3"]
    assert dialog.report.item(0, 2).text() == error_text(
        "import.bad_check_digit", {"code": bad, "digit": int(good[-1])}
    )
    assert dialog.report.item(1, 2).text() == error_text("import.missing_value", {"column": "price_mop"})
    assert not dialog.import_btn.isEnabled()


def test_a_corrupt_workbook_is_reported_not_raised(qtbot, make_app, tmp_path: Path) -> None:
    app = make_app()
    _stock, dialog = _dialog(qtbot, app)
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 64)
    _load(qtbot, dialog, path)
    assert dialog.report.rowCount() == 1
    assert dialog.report.item(0, 2).text().startswith(error_text("import.bad_xlsx", {"detail": "X"})[:20])
    assert not dialog.import_btn.isEnabled()


def test_an_area_manager_imports_a_big5_file_and_stock_shows_it(qtbot, make_app, tmp_path: Path) -> None:
    app = make_app()
    stock, dialog = _dialog(qtbot, app)
    code = ean("958009900002")
    path = tmp_path / "big5.csv"
    path.write_bytes(
        (HEADER + f"TEA-NEW,{code},凍頂烏龍茶,Dong Ding oolong,Chá oolong,88.5,tea,6\n").encode("big5hkscs")
    )
    _load(qtbot, dialog, path)
    assert "Big5-HKSCS" in dialog.summary.text()
    assert dialog.import_btn.isEnabled()
    before = stock.model.rowCount()
    qtbot.keyClicks(dialog.pin, DEMO_PINS["store_manager"])
    qtbot.waitUntil(lambda: dialog.pin.text() == DEMO_PINS["store_manager"], timeout=2000)
    qtbot.mouseClick(dialog.import_btn, Qt.MouseButton.LeftButton)
    refused = error_text("staff.not_allowed", {"name": "Manager SEN"})
    qtbot.waitUntil(lambda: dialog.message.text() == refused, timeout=5000)
    qtbot.keyClicks(dialog.pin, DEMO_PINS["area_manager"])
    qtbot.waitUntil(lambda: dialog.pin.text() == DEMO_PINS["area_manager"], timeout=2000)
    with qtbot.waitSignal(dialog.imported, timeout=5000):
        qtbot.mouseClick(dialog.import_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: stock.model.rowCount() == before + 1, timeout=5000)
    assert stock.model.on_hand("MO-SEN", "TEA-NEW") == 6
    stock.search.setText("TEA-NEW")
    assert stock.proxy.rowCount() == 1
    assert not dialog.import_btn.isEnabled()  # the same file is not imported twice by a second click
