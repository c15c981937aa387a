"""The basket at the counter: lines of (product, quantity) before the sale is recorded."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from core.catalogue import ProductRow
from core.stock import BasketLine

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class BasketItem:
    product: ProductRow
    qty: int

    @property
    def amount(self) -> int:
        return self.product.price_avos * self.qty


class BasketModel(QAbstractTableModel):
    def __init__(self, money: Callable[[int], str], lang: str = "en") -> None:
        super().__init__()
        self._money = money
        self._lang = lang
        self.items: list[BasketItem] = []

    def add(self, product: ProductRow, qty: int = 1) -> int:
        """Add a unit (or more); scanning the same item again raises its quantity. Returns the row."""
        for row, item in enumerate(self.items):
            if item.product.sku == product.sku:
                self.items[row] = replace(item, qty=item.qty + qty)
                self.dataChanged.emit(self.index(row, 0), self.index(row, 3))
                return row
        row = len(self.items)
        self.beginInsertRows(QModelIndex(), row, row)
        self.items.append(BasketItem(product, qty))
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.items):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.items[row]
            self.endRemoveRows()

    def clear(self) -> None:
        self.beginResetModel()
        self.items.clear()
        self.endResetModel()

    def lines(self) -> list[BasketLine]:
        return [BasketLine(i.product.sku, i.qty) for i in self.items]

    @property
    def total(self) -> int:
        return sum(i.amount for i in self.items)

    def set_language(self, lang: str) -> None:
        self._lang = lang
        if self.items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.items) - 1, 3))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Item"), self.tr("Qty"), self.tr("Unit price"), self.tr("Amount"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return f"{item.product.name(self._lang)}  ·  {item.product.sku}"
            if col == 1:
                return item.qty
            if col == 2:
                return self._money(item.product.price_avos)
            return self._money(item.amount)
        if role == Qt.ItemDataRole.TextAlignmentRole and col > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
