"""Table models of the Stocktake screen: the count in progress, and a count's variance report."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from core.stocktake import DraftLine, VarianceRow

Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_SHORT, _OVER = QColor("#b71c1c"), QColor("#1b5e20")


class DraftModel(QAbstractTableModel):
    """Counted lines, newest scan first. The count column is editable (a corrected figure)."""

    count_edited = Signal(str, int)  # sku, new count

    def __init__(self, lang: str = "en") -> None:
        super().__init__()
        self._lang = lang
        self.lines: list[DraftLine] = []

    def set_lines(self, lines: tuple[DraftLine, ...]) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self.endResetModel()

    def set_language(self, lang: str) -> None:
        self._lang = lang
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)
        if self.lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.lines) - 1, 2))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("SKU"), self.tr("Item"), self.tr("Counted"))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() and index.column() == 2 else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (line.sku, line.name(self._lang), line.counted)[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 2:
            return _RIGHT
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != 2:
            return False
        try:
            qty = int(value)
        except (TypeError, ValueError):
            return False
        self.count_edited.emit(self.lines[index.row()].sku, qty)  # the screen writes it, then reloads
        return True


class VarianceModel(QAbstractTableModel):
    """A count's report: expected at the anchor, counted, variance and its value; largest value first."""

    def __init__(self, money: Callable[[int], str], lang: str = "en") -> None:
        super().__init__()
        self._money = money
        self._lang = lang
        self.rows: list[VarianceRow] = []
        self.state = ""

    def set_report(self, rows: tuple[VarianceRow, ...], state: str) -> None:
        self.beginResetModel()
        self.rows, self.state = list(rows), state
        self.endResetModel()

    def set_language(self, lang: str) -> None:
        self._lang = lang
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 6)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 6))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("SKU"),
                self.tr("Item"),
                self.tr("Expected"),
                self.tr("Counted"),
                self.tr("Variance"),
                self.tr("Value"),
                self.tr("Adjustment"),
            )[section]
        return None

    def _status(self, row: VarianceRow) -> str:
        if row.variance == 0:
            return self.tr("none needed")
        if not row.held:
            return self.tr("applied")
        return {
            "approved": self.tr("approved"),
            "declined": self.tr("declined"),
        }.get(self.state, self.tr("waits for a manager"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 4:
                return f"{row.variance:+d}" if row.variance else "0"
            if col == 5:
                return self._money(row.value_avos)
            return (row.sku, row.name(self._lang), row.expected, row.counted, None, None, self._status(row))[
                col
            ]
        if role == Qt.ItemDataRole.TextAlignmentRole and 2 <= col <= 5:
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and col in (4, 5) and row.variance:
            return QBrush(_SHORT if row.variance < 0 else _OVER)
        if role == Qt.ItemDataRole.ForegroundRole and col == 6 and row.held and self.state == "awaiting":
            return QBrush(QColor("#8a6100"))
        return None
