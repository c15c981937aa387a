"""The demo's staged Counter, for screenshots only: a sale under way (two items, part paid by card)."""

from __future__ import annotations

from PySide6.QtCore import QTimer

from core.demo_chain import demo_products
from desktop.views.counter import CounterScreen


def stage_demo_sale(counter: CounterScreen) -> None:
    """Scan two demo products once the demo cashier is signed in, then pay part by card."""
    counter.staged = True
    products = demo_products()
    codes = [products[2].barcodes[0], products[40].barcodes[0]]

    def step() -> None:
        if counter.staff is None:
            QTimer.singleShot(200, step)
            return
        if len(counter.basket.items) < len(codes):
            if not counter.ctx.tasks.pending:
                counter.submit_code(codes[len(counter.basket.items)])
            QTimer.singleShot(200, step)
            return
        if not counter.tender.payments:
            counter.table.selectRow(0)
            counter.tender.amount.setText("200")
            counter.tender.add_payment("card")

    step()
