"""Counter: scan or type a code, the item goes in the basket, Pay records the sale."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from core.catalogue import ProductRow, find_by_code
from core.errors import DomainError
from core.stock import SaleReceipt, record_sale
from desktop.context import AppContext
from desktop.i18n import error_text
from desktop.models.basket import BasketModel
from desktop.views.base import Screen


class CounterScreen(Screen):
    name = "counter"
    sale_recorded = Signal(object)  # Changes of the local sale

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.basket = BasketModel(ctx.money, ctx.lang)
        self.heading = QLabel()
        self.heading.setObjectName("screenTitle")
        self.scan = QLineEdit()
        self.scan.setObjectName("scanField")
        self.scan.returnPressed.connect(self._lookup)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.table = QTableView()
        self.table.setModel(self.basket)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(36)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            self.table.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        # Shown over the empty basket so an idle till says what to do, not a blank grid.
        self.hint = QLabel(self.table.viewport())
        self.hint.setObjectName("emptyState")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.total_caption = QLabel()
        self.total_caption.setObjectName("muted")
        self.total = QLabel()
        self.total.setObjectName("total")
        self.total.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.remove_btn = QPushButton()
        self.remove_btn.clicked.connect(self._remove_selected)
        self.clear_btn = QPushButton()
        self.clear_btn.clicked.connect(self._clear)
        self.pay_btn = QPushButton()
        self.pay_btn.setObjectName("primary")
        self.pay_btn.setMinimumHeight(56)
        self.pay_btn.clicked.connect(self.pay)
        QShortcut(QKeySequence(Qt.Key.Key_F12), self, activated=self.pay)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, activated=self._remove_selected)

        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_btn)
        buttons.addWidget(self.clear_btn)
        buttons.addStretch(1)
        buttons.addWidget(self.total_caption)
        buttons.addWidget(self.total)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.scan)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.pay_btn)
        self.basket.rowsInserted.connect(self._update_total)
        self.basket.rowsRemoved.connect(self._update_total)
        self.basket.dataChanged.connect(self._update_total)
        self.basket.modelReset.connect(self._update_total)
        self._busy = False
        self.retranslate()

    def title(self) -> str:
        return self.tr("Counter")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Counter"))
        self.scan.setPlaceholderText(self.tr("Scan or type a barcode or SKU, then press Enter"))
        self.remove_btn.setText(self.tr("Remove line"))
        self.clear_btn.setText(self.tr("Clear basket"))
        self.pay_btn.setText(self.tr("Pay (F12)"))
        self.total_caption.setText(self.tr("Total"))
        self.hint.setText(
            self.tr("The basket is empty.\nScan an item, or type its barcode or SKU above and press Enter.")
        )
        self.basket.set_language(self.ctx.lang)
        self._update_total()

    def activated(self) -> None:
        self.scan.setFocus()

    # -- actions -----------------------------------------------------------------------------

    def submit_code(self, code: str) -> None:
        """A scanned or typed code: look it up off the GUI thread, then add it to the basket."""
        code = code.strip()
        if not code:
            return
        db = self.ctx.db

        def work() -> ProductRow:
            with db.read() as s:
                return find_by_code(s, code)

        self.ctx.tasks.submit(work, self._found, self._error)

    def on_scan(self, code: str) -> None:
        self.submit_code(code)

    def _lookup(self) -> None:
        text = self.scan.text()
        self.scan.clear()
        self.submit_code(text)

    def _found(self, product: ProductRow) -> None:
        row = self.basket.add(product)
        self.table.selectRow(row)
        self._say(self.tr("Added: %1").replace("%1", product.name(self.ctx.lang)), ok=True)

    def pay(self) -> None:
        if self._busy:
            return
        lines = self.basket.lines()
        if not lines:
            self._say(error_text("sale.empty_basket"), ok=False)
            return
        self._busy = True
        self.pay_btn.setEnabled(False)
        db, till = self.ctx.db, self.ctx.till

        def work() -> SaleReceipt:
            with db.write() as s:
                return record_sale(s, till, lines)

        self.ctx.tasks.submit(work, self._paid, self._pay_failed)

    def _paid(self, receipt: SaleReceipt) -> None:
        self._busy = False
        self.pay_btn.setEnabled(True)
        self.basket.clear()
        self._say(self.tr("Sale recorded: %1").replace("%1", self.ctx.money(receipt.total_avos)), ok=True)
        self.sale_recorded.emit(receipt.changes)
        self.scan.setFocus()

    def _pay_failed(self, exc: BaseException) -> None:
        self._busy = False
        self.pay_btn.setEnabled(True)
        self._error(exc)

    def _error(self, exc: BaseException) -> None:
        if isinstance(exc, DomainError):
            self._say(error_text(exc.code, exc.params), ok=False)
        else:
            self._say(error_text("app.unexpected", {"detail": type(exc).__name__}), ok=False)

    def _remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()}, reverse=True)
        for row in rows:
            self.basket.remove(row)

    def _clear(self) -> None:
        self.basket.clear()
        self.message.clear()

    def _say(self, text: str, *, ok: bool) -> None:
        self.message.setText(text)
        self.message.setProperty("state", "ok" if ok else "error")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    def _update_total(self, *_: object) -> None:
        self.total.setText(self.ctx.money(self.basket.total))
        self.hint.setVisible(self.basket.rowCount() == 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.hint.setGeometry(self.table.viewport().rect())
