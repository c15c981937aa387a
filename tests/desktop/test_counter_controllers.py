"""The Counter's controllers driven alone, with no screen: what they say through their signals is all a
screen gets, so it must be all a cashier needs. A real demo replica underneath, as at the till."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from core.demo_chain import DEMO_PINS, demo_products
from core.sales import HKD_RATE_PPM, Payment, find_receipt
from desktop.context import AppContext
from desktop.i18n import Translations, error_text
from desktop.tasks import TaskRunner
from desktop.views.counter_actions import BasketTotals, CompletedSale, CounterActions


class NoQuestions:
    """A prompter for flows that must not ask anything: any question fails the test."""

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        raise AssertionError(f"the controller asked: {name}")


@pytest.fixture
def context(qapp: QApplication, seeded, tmp_path: Path) -> Iterator:
    """``context(lang)``: a till's context over a copy of the demo replica, and no screen at all."""
    db, till = seeded
    made: list[tuple[TaskRunner, Translations]] = []

    def make(lang: str = "en") -> AppContext:
        translations = Translations(qapp)
        translations.switch(lang)
        tasks = TaskRunner()
        made.append((tasks, translations))
        return AppContext(db, till, tasks, translations, tmp_path, "wss://127.0.0.1:1")

    yield make
    for tasks, translations in made:
        tasks.shutdown()
        translations.remove()


def test_a_scanned_barcode_comes_back_as_the_basket_and_its_total(qtbot, context) -> None:
    actions = CounterActions(context(), NoQuestions())
    product = demo_products()[3]
    totals: list[BasketTotals] = []
    actions.basket_changed.connect(totals.append)
    with qtbot.waitSignal(actions.item_added, timeout=5000) as added:
        actions.submit_code(product.barcodes[0])
    assert added.args[0] == 0 and added.args[1].sku == product.sku
    assert totals[-1] == BasketTotals(lines=1, total_avos=product.price_avos, discount_avos=0)

    with qtbot.waitSignal(actions.message, timeout=5000) as said:
        actions.submit_code(product.barcodes[0])  # the same item again: one line, two units
    assert said.args == [f"Added: {product.name_en}", True]
    assert totals[-1] == BasketTotals(lines=1, total_avos=2 * product.price_avos, discount_avos=0)


def test_an_unknown_barcode_is_said_in_the_cashiers_language_and_adds_nothing(qtbot, context) -> None:
    actions = CounterActions(context("pt"), NoQuestions())
    changed: list[object] = []
    actions.basket_changed.connect(changed.append)
    with qtbot.waitSignal(actions.message, timeout=5000) as said:
        actions.submit_code("9587777777775")
    text, ok = said.args
    assert not ok
    assert text == error_text("catalogue.unknown_barcode", {"code": "9587777777775"})
    assert "9587777777775" in text and not text.startswith("No product")  # Portuguese, not the source
    assert changed == []


def test_a_sale_completed_by_the_controller_alone_is_recorded_and_its_receipt_handed_over(
    qtbot, context
) -> None:
    ctx = context()
    actions = CounterActions(ctx, NoQuestions())
    # What the screen does with a sign-in: keeps the member as who is signed in at this counter.
    actions.signed_in.connect(lambda member: setattr(ctx.signed_in, "member", member))
    with qtbot.waitSignal(actions.signed_in, timeout=5000):
        actions.sign_in(DEMO_PINS["cashier"])
    product = demo_products()[0]
    with qtbot.waitSignal(actions.item_added, timeout=5000):
        actions.submit_code(product.barcodes[0])
    handed = (product.price_avos // 10_000 + 1) * 10_000  # the next MOP 100 note up
    recorded: list[object] = []
    totals: list[BasketTotals] = []
    actions.recorded.connect(recorded.append)
    actions.basket_changed.connect(totals.append)

    with qtbot.waitSignal(actions.sale_done, timeout=5000) as done:
        actions.complete_sale([Payment("cash_mop", handed)], True, HKD_RATE_PPM)
    sale: CompletedSale = done.args[0]
    assert sale.change_avos == handed - product.price_avos
    assert sale.kick_drawer  # cash: the drawer opens
    assert sale.receipt.total_avos == product.price_avos
    assert sale.receipt.cashier == ctx.signed_in.member.name
    assert [line.name for line in sale.receipt.lines] == [product.name_en]
    assert totals[-1].lines == 0  # the basket is empty for the next customer
    assert recorded and recorded[-1] is not None  # the stock moved: other screens are told
    with ctx.db.read() as s:
        assert find_receipt(s, sale.receipt.receipt_no).total_avos == product.price_avos
