"""When a typed name matches several items: a table of them with the price and this store's stock, so
the cashier picks the right bottle with the arrow keys and Enter (or a double click)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.catalogue import ProductRow


class ItemChooser(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        typed: str,
        rows: list[tuple[ProductRow, int]],
        lang: str,
        money: Callable[[int], str],
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Which item?"))
        self.resize(760, 420)
        caption = QLabel(self.tr("Items matching “%1”: choose with ↑ ↓ and Enter.").replace("%1", typed))
        caption.setWordWrap(True)
        self.table = QTableWidget(len(rows), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Item"), self.tr("SKU"), self.tr("Price"), self.tr("Stock here")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        for n, (product, here) in enumerate(rows):
            cells = [product.name(lang), product.sku, money(product.price_avos), str(here)]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 0:
                    item.setToolTip(text)
                if col >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(n, col, item)
        self.table.doubleClicked.connect(self.accept)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        if rows:
            self.table.selectRow(0)
        self.table.setFocus()  # arrows move in the list; Enter is the dialog's OK

    def chosen(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None
