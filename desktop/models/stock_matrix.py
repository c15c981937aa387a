"""The product × store table: a snapshot of rows, updated cell by cell when stock moves.

Cells changed by another device flash for a moment so the eye catches a sale elsewhere.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QFont

from core.catalogue import match_rank
from core.stock import MatrixRow, StockMatrix, StoreColumn

FLASH_SECONDS = 1.6
FIXED_COLUMNS = 3  # SKU, product, price
SORT_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


class StockMatrixModel(QAbstractTableModel):
    def __init__(
        self, money: Callable[[int], str], lang: str = "en", clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__()
        self._money = money
        self._lang = lang
        self._clock = clock
        self._stores: tuple[StoreColumn, ...] = ()
        self._rows: list[MatrixRow] = []
        self._row_of: dict[str, int] = {}
        self._store_col: dict[str, int] = {}
        self._haystack: list[str] = []
        self._flash: dict[tuple[int, int], float] = {}
        self._flash_timer = QTimer(self)
        self._flash_timer.setInterval(100)
        self._flash_timer.timeout.connect(self._fade)
        self.loaded = False
        self.stale = False  # other stores' figures are old (offline): shown greyed

    # -- data in -----------------------------------------------------------------------------

    def set_matrix(self, matrix: StockMatrix) -> None:
        self.beginResetModel()
        self._stores = matrix.stores
        self._rows = list(matrix.rows)
        self._row_of = {r.sku: i for i, r in enumerate(self._rows)}
        self._store_col = {s.store_id: i for i, s in enumerate(self._stores)}
        self._haystack = [
            " ".join((r.sku, r.name_zh, r.name_en, r.name_pt, *r.barcodes)).casefold() for r in self._rows
        ]
        self._flash.clear()
        self.loaded = True
        self.endResetModel()

    def update_levels(self, levels: dict[tuple[str, str], int], *, flash: bool) -> int:
        """Apply new on-hand figures; returns how many cells changed."""
        changed = 0
        for (store_id, sku), qty in levels.items():
            row, col = self._row_of.get(sku), self._store_col.get(store_id)
            if row is None or col is None:
                continue
            current = self._rows[row]
            if current.on_hand[col] == qty:
                continue
            on_hand = list(current.on_hand)
            on_hand[col] = qty
            self._rows[row] = replace(current, on_hand=tuple(on_hand))
            changed += 1
            column = FIXED_COLUMNS + col
            if flash:
                self._flash[(row, column)] = self._clock() + FLASH_SECONDS
            total_col = FIXED_COLUMNS + len(self._stores)
            self.dataChanged.emit(self.index(row, column), self.index(row, total_col))
        if self._flash and not self._flash_timer.isActive():
            self._flash_timer.start()
        return changed

    def set_stale(self, stale: bool) -> None:
        if stale != self.stale:
            self.stale = stale
            if self._rows:
                self.dataChanged.emit(
                    self.index(0, FIXED_COLUMNS), self.index(len(self._rows) - 1, self.columnCount() - 1)
                )

    def set_language(self, lang: str) -> None:
        self._lang = lang
        if self._rows:
            self.dataChanged.emit(self.index(0, 1), self.index(len(self._rows) - 1, 2))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    # -- queries -----------------------------------------------------------------------------

    def on_hand(self, store_id: str, sku: str) -> int | None:
        row, col = self._row_of.get(sku), self._store_col.get(store_id)
        if row is None or col is None:
            return None
        return self._rows[row].on_hand[col]

    def row_at(self, row: int) -> MatrixRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def store_at(self, column: int) -> StoreColumn | None:
        n = column - FIXED_COLUMNS
        return self._stores[n] if 0 <= n < len(self._stores) else None

    @property
    def stores(self) -> tuple[StoreColumn, ...]:
        return self._stores

    def haystack(self, row: int) -> str:
        return self._haystack[row]

    def is_flashing(self, row: int, column: int) -> bool:
        return self._flash.get((row, column), 0.0) > self._clock()

    # -- Qt model ----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else FIXED_COLUMNS + len(self._stores) + 1

    def store_header(self, n: int) -> str:
        """A column title: in Chinese the branch suffix 店 is dropped (the column is a store anyway)."""
        name = self._stores[n].name(self._lang)
        return name[:-1] if self._lang == "zh_Hant" and len(name) > 2 and name.endswith("店") else name

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        store_col = FIXED_COLUMNS <= section < FIXED_COLUMNS + len(self._stores)
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole and store_col:
            return self._stores[section - FIXED_COLUMNS].name(self._lang)
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("SKU")
        if section == 1:
            return self.tr("Product")
        if section == 2:
            return self.tr("Price")
        if store_col:
            return self.store_header(section - FIXED_COLUMNS)
        return self.tr("All stores")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        r = self._rows[row]
        n_stores = len(self._stores)
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if col == 0:
                return r.sku
            if col == 1:
                return {"zh_Hant": r.name_zh, "pt": r.name_pt}.get(self._lang, r.name_en)
            if col == 2:
                return r.price_avos if role == SORT_ROLE else self._money(r.price_avos)
            if col < FIXED_COLUMNS + n_stores:
                return r.on_hand[col - FIXED_COLUMNS]
            return r.total
        if role == Qt.ItemDataRole.ToolTipRole and col == 1:
            return "\n".join((r.name_zh, r.name_en, r.name_pt, " ".join(r.barcodes)))
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and col >= FIXED_COLUMNS:
            if self.is_flashing(row, col):
                return QBrush(QColor("#ffd54f"))
            if col < FIXED_COLUMNS + n_stores and r.on_hand[col - FIXED_COLUMNS] <= 0:
                return QBrush(QColor("#fdecea"))
        is_store_cell = FIXED_COLUMNS <= col < FIXED_COLUMNS + n_stores
        if role == Qt.ItemDataRole.ForegroundRole and is_store_cell:
            if (
                self.stale and col > FIXED_COLUMNS
            ):  # the first store column is this shop's own: always current
                return QBrush(QColor("#9aa5ae"))
            if r.on_hand[col - FIXED_COLUMNS] <= 0:
                return QBrush(QColor("#b71c1c"))
        if role == Qt.ItemDataRole.FontRole and col == FIXED_COLUMNS + n_stores:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _fade(self) -> None:
        now = self._clock()
        for (row, col), until in list(self._flash.items()):
            if until <= now:
                del self._flash[(row, col)]
                self.dataChanged.emit(
                    self.index(row, col), self.index(row, col), [Qt.ItemDataRole.BackgroundRole]
                )
        if not self._flash:
            self._flash_timer.stop()


class StockFilter(QSortFilterProxyModel):
    """Rows whose names (any language), SKU or barcodes contain every typed word."""

    def __init__(self) -> None:
        super().__init__()
        self._words: list[str] = []
        self._ranks: dict[int, int] = {}  # source row -> match_rank for the typed words
        self.setSortRole(SORT_ROLE)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self._ranks.clear()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        self.invalidate()  # the ranking below depends on the words: sort again

    def setSourceModel(self, model: QAbstractTableModel) -> None:  # type: ignore[override]
        super().setSourceModel(model)
        model.modelAboutToBeReset.connect(lambda: self._ranks.clear())  # rows become other products

    def _rank(self, row: int) -> int:
        rank = self._ranks.get(row)
        if rank is None:
            model = self.sourceModel()
            assert isinstance(model, StockMatrixModel)
            rank = self._ranks[row] = match_rank(model.haystack(row), self._words)
        return rank

    def lessThan(self, left: Index, right: Index) -> bool:
        """With words typed, whole-word matches first (whichever way the column is sorted), then the column."""
        if self._words:
            a, b = self._rank(left.row()), self._rank(right.row())
            if a != b:
                return a > b if self.sortOrder() == Qt.SortOrder.AscendingOrder else a < b
        return super().lessThan(left, right)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        assert isinstance(model, StockMatrixModel)
        hay = model.haystack(source_row)
        return all(w in hay for w in self._words)
