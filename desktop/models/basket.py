"""The basket at the counter: lines of (product, quantity, discount) before the sale is recorded."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from core.catalogue import ProductRow
from core.sales import CartLine
from core.stock import BasketLine

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class BasketItem:
    product: ProductRow
    qty: int
    discount_avos: int = 0  # off the line in total

    @property
    def gross(self) -> int:
        return self.product.price_avos * self.qty

    @property
    def amount(self) -> int:
        return self.gross - self.discount_avos

    def cart_line(self) -> CartLine:
        return CartLine(self.product.sku, self.qty, self.product.price_avos, self.discount_avos)


COLUMNS = 5


class BasketModel(QAbstractTableModel):
    def __init__(self, money: Callable[[int], str], lang: str = "en") -> None:
        super().__init__()
        self._money = money
        self._lang = lang
        self.items: list[BasketItem] = []
        self.basket_discount_avos = 0

    def add(self, product: ProductRow, qty: int = 1) -> int:
        """Add a unit (or more); scanning the same item again raises its quantity. Returns the row."""
        for row, item in enumerate(self.items):
            if item.product.sku == product.sku:
                self.set_qty(row, item.qty + qty)
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

    def set_qty(self, row: int, qty: int) -> None:
        """A new quantity; a line discount shrinks with it so it never exceeds the line."""
        item = self.items[row]
        self.items[row] = replace(
            item, qty=qty, discount_avos=min(item.discount_avos, item.product.price_avos * qty)
        )
        self._row_changed(row)

    def set_discount(self, row: int, discount_avos: int) -> None:
        item = self.items[row]
        self.items[row] = replace(item, discount_avos=max(0, min(discount_avos, item.gross)))
        self._row_changed(row)

    def set_basket_discount(self, discount_avos: int) -> None:
        self.basket_discount_avos = max(0, min(discount_avos, self.subtotal))
        if self.items:
            self._row_changed(0)

    def _row_changed(self, row: int) -> None:
        self.basket_discount_avos = min(self.basket_discount_avos, self.subtotal)
        self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMNS - 1))

    def clear(self) -> None:
        self.beginResetModel()
        self.items.clear()
        self.basket_discount_avos = 0
        self.endResetModel()

    def load(self, items: list[BasketItem], basket_discount_avos: int = 0) -> None:
        """Put a recalled basket back."""
        self.beginResetModel()
        self.items = list(items)
        self.basket_discount_avos = basket_discount_avos
        self.endResetModel()

    def lines(self) -> list[BasketLine]:
        return [BasketLine(i.product.sku, i.qty) for i in self.items]

    def cart_lines(self) -> list[CartLine]:
        return [i.cart_line() for i in self.items]

    @property
    def subtotal(self) -> int:
        return sum(i.amount for i in self.items)

    @property
    def total(self) -> int:
        return self.subtotal - self.basket_discount_avos

    def set_language(self, lang: str) -> None:
        self._lang = lang
        if self.items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.items) - 1, COLUMNS - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Item"),
                self.tr("Qty"),
                self.tr("Unit price"),
                self.tr("Discount"),
                self.tr("Amount"),
            )[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:  # the SKU is in the tooltip and beside the other stores: the name is never cut
                return item.product.name(self._lang)
            if col == 1:
                return item.qty
            if col == 2:
                return self._money(item.product.price_avos)
            if col == 3:
                return f"−{self._money(item.discount_avos)}" if item.discount_avos else ""
            return self._money(item.amount)
        if role == Qt.ItemDataRole.ToolTipRole and col == 0:
            return f"{item.product.name(self._lang)}  ·  {item.product.sku}"
        if role == Qt.ItemDataRole.TextAlignmentRole and col > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
