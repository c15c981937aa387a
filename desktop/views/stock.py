"""Stock: every product × every store, live. Search in any language, SKU or barcode."""

from __future__ import annotations

import logging

from PySide6.QtCore import QIdentityProxyModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from core.errors import DomainError
from core.projection import Changes
from core.registry import Area
from core.staff import Permission
from core.stock import MatrixRow, StockMatrix, StoreColumn, stock_levels, stock_matrix
from core.transfers import in_transit, request_transfer
from desktop.context import AppContext
from desktop.i18n import error_text
from desktop.models.stock_matrix import FIXED_COLUMNS, StockFilter, StockMatrixModel
from desktop.status import freshness_text
from desktop.views.base import Screen
from desktop.views.catalogue_import import CatalogueImportDialog
from desktop.views.stock_transfer import StockTransferDialog, TransferAsk, sending_stores
from sync_client.client import ConnectionState

log = logging.getLogger(__name__)

COALESCE_MS = 100  # at most ~10 refreshes a second however fast sales arrive


class InTransit(QIdentityProxyModel):
    """Units on their way to a store (transfers dispatched, not yet received) shown in its cell as
    "12 +3", the tooltip saying what the +3 is: stock in transit is never invisible."""

    def __init__(self, matrix: StockMatrixModel) -> None:
        super().__init__()
        self.matrix = matrix
        self.units: dict[tuple[str, str], int] = {}

    def set_units(self, units: dict[tuple[str, str], int]) -> None:
        self.units = units
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def _moving(self, index: QModelIndex | QPersistentModelIndex) -> int:
        col = index.column() - FIXED_COLUMNS
        stores = self.matrix.stores
        if not self.units or not 0 <= col < len(stores):
            return 0
        sku = self.index(index.row(), 0).data()
        return self.units.get((stores[col].store_id, sku), 0)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        value = super().data(index, role)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) and index.isValid():
            moving = self._moving(index)
            if moving and role == Qt.ItemDataRole.DisplayRole:
                return f"{value} +{moving}"
            if moving:
                return (
                    self.tr("%1 on hand, %2 in transit to this store")
                    .replace("%1", str(super().data(index)))
                    .replace("%2", str(moving))
                )
        return value


class StockScreen(Screen):
    name = "stock"
    stocktake_requested = Signal()
    catalogue_imported = Signal(object)  # Changes of an import
    transfer_requested = Signal(object)  # Changes of a transfer request (the app sends them to the hub)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.model = StockMatrixModel(ctx.money, ctx.lang)
        self.proxy = StockFilter()
        self.proxy.setSourceModel(self.model)

        self.heading = QLabel()
        self.heading.setObjectName("screenTitle")
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setObjectName("search")
        self.search.textChanged.connect(self._filter)
        self.count = QLabel()
        self.count.setObjectName("muted")
        self.freshness = QLabel()
        self.freshness.setObjectName("freshness")
        self.transit = InTransit(self.model)
        self.transit.setSourceModel(self.proxy)
        self.table = QTableView()
        self.table.setModel(self.transit)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stocktake_btn = QPushButton()
        self.stocktake_btn.clicked.connect(self.stocktake_requested.emit)
        self.import_btn = QPushButton()
        self.import_btn.clicked.connect(self.open_import)
        self.transfer_btn = QPushButton()
        self.transfer_btn.clicked.connect(self.request_transfer)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.hide()  # shown with something to say

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.freshness)
        top.addSpacing(16)
        top.addWidget(self.count)
        top.addSpacing(16)
        top.addWidget(self.stocktake_btn)
        top.addWidget(self.import_btn)
        find = QHBoxLayout()  # the search, and what to do with the item found
        find.addWidget(self.search, 1)
        find.addWidget(self.transfer_btn)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(find)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)

        self._pending: set[tuple[str, str]] = set()
        self._flash_next = False  # any of the pending changes came from another device
        self._state: ConnectionState | None = None
        self._reload_needed = False
        self._transit_needed = False
        self._loading = False
        self._coalesce = QTimer(self)
        self._coalesce.setSingleShot(True)
        self._coalesce.setInterval(COALESCE_MS)
        self._coalesce.timeout.connect(self._flush)
        self.model.modelReset.connect(self._update_count)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.retranslate()
        self.reload()

    def title(self) -> str:
        return self.tr("Stock")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Stock in every store"))
        self.stocktake_btn.setText(self.tr("Stocktake"))
        self.import_btn.setText(self.tr("Import catalogue…"))
        self.transfer_btn.setText(self.tr("Request transfer…"))
        self.transfer_btn.setToolTip(self.tr("Ask another store to send the selected item here"))
        self.search.setPlaceholderText(self.tr("Search by name (中文 / English / Português), SKU or barcode"))
        self.empty.setText(
            self.tr("No products yet. The catalogue arrives from the hub once this device is connected.")
        )
        self.model.set_language(self.ctx.lang)
        if self.model.loaded and self.isVisible():
            self._size_columns()
        else:
            self._sized = False
        self.set_connection(self._state)
        self._update_count()

    def set_connection(self, state: ConnectionState | None) -> None:
        """Say how fresh other stores' figures are, and grey them out when they are old."""
        self._state = state
        text, style, stale = freshness_text(state)
        self.freshness.setText(text)
        self.freshness.setProperty("state", style)
        self.freshness.style().unpolish(self.freshness)
        self.freshness.style().polish(self.freshness)
        self.model.set_stale(stale)

    def is_ready(self) -> bool:
        return self.model.loaded and self.model.rowCount() > 0 and not self._loading

    # -- loading -----------------------------------------------------------------------------

    def reload(self) -> None:
        self._loading = True
        own = self.ctx.till.store_id
        self.ctx.usecases.read(stock_matrix, first_store=own, then=self._loaded, failed=self._failed)
        self._read_transit()

    def _read_transit(self) -> None:
        self.ctx.usecases.read(in_transit, then=self.transit.set_units, failed=self._failed)

    def _loaded(self, matrix: StockMatrix) -> None:
        self._loading = False
        self.model.set_matrix(matrix)
        # Sizing reads every cell (~0.1 s for 331 products): not while the app starts on another screen.
        self._sized = self.isVisible()
        if self._sized:
            self._size_columns()
        self._update_count()

    def showEvent(self, event: QShowEvent) -> None:
        if self.model.loaded and not getattr(self, "_sized", True):
            self._sized = True
            self._size_columns()
        super().showEvent(event)

    def _size_columns(self) -> None:
        """Store names wrap onto two header lines so the product name gets the width it needs."""
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setMinimumHeight(self.fontMetrics().lineSpacing() * 2 + 14)
        metrics = header.fontMetrics()
        n_stores = len(self.model.stores)
        for col in range(self.model.columnCount()):
            if col in (0, 2):
                self.table.resizeColumnToContents(col)
            elif col >= FIXED_COLUMNS:
                title = str(self.model.headerData(col, Qt.Orientation.Horizontal) or "")
                # Names that wrap at spaces (Latin) go on two lines once they are long, leaving the
                # product column its width; Chinese names stay on one line (up to 120 px).
                width = metrics.horizontalAdvance(title) + 24
                if " " in title and width > 100:
                    width = max(metrics.horizontalAdvance(word) for word in title.split()) + 24
                width = min(120, max(84, width))
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
                header.resizeSection(col, width)
        if n_stores <= 8:
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        else:  # many stores scroll sideways; the product column keeps its natural width
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
            self.table.resizeColumnToContents(1)

    def _failed(self, exc: BaseException) -> None:
        self._loading = False
        log.error("stock matrix could not be loaded", exc_info=exc)

    def apply_changes(self, changes: Changes, *, remote: bool) -> None:
        """Stock moved (a sale here or elsewhere): refresh just those cells, coalesced."""
        if changes.catalogue or changes.stores:
            self._reload_needed = True
        self._pending |= changes.stock
        self._transit_needed = self._transit_needed or Area.TRANSFERS in changes.areas
        self._flash_next = self._flash_next or remote
        if not self._coalesce.isActive():
            self._coalesce.start()

    def _flush(self) -> None:
        if self._transit_needed:
            self._transit_needed = False
            self._read_transit()
        if self._reload_needed:
            self._reload_needed = False
            self._pending.clear()
            self.reload()
            return
        keys, self._pending = self._pending, set()
        flash, self._flash_next = self._flash_next, False
        if not keys:
            return
        self.ctx.usecases.read(
            stock_levels,
            keys,
            then=lambda levels: self.model.update_levels(levels, flash=flash),
            failed=self._failed,
        )

    def open_import(self) -> CatalogueImportDialog:
        """The catalogue import dialog (an area manager's PIN imports); the stock reloads after it."""
        dialog = CatalogueImportDialog(self.ctx, self)
        dialog.imported.connect(self.catalogue_imported.emit)
        dialog.open()
        return dialog

    # -- Request transfer… ----------------------------------------------------------------------

    def ask_transfer(self, row: MatrixRow, choices: list[tuple[StoreColumn, int]]) -> TransferAsk | None:
        """The dialog (tests answer it instead)."""
        dialog = StockTransferDialog(self, row, choices, self.ctx.lang)
        try:
            return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def say(self, text: str, *, ok: bool) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.message.setProperty("state", "ok" if ok else "error")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    def request_transfer(self) -> None:
        """Ask another store to send the selected item: the store pointed at, else the one with most."""
        index = self.table.currentIndex()
        source = self.proxy.mapToSource(self.transit.mapToSource(index)) if index.isValid() else index
        row = self.model.row_at(source.row()) if source.isValid() else None
        if row is None:
            self.say(self.tr("Select an item first, then Request transfer…"), ok=False)
            return
        member = self.ctx.signed_in.member
        if member is None or not member.can(Permission.TRANSFER_REQUEST):
            self.say(self.tr("Sign in on the Counter to request a transfer."), ok=False)
            return
        pointed = self.model.store_at(source.column())
        here = self.ctx.till.store_id
        choices = sending_stores(row, self.model.stores, here, pointed.store_id if pointed else None)
        if not choices:
            return
        answer = self.ask_transfer(row, choices)
        if answer is None:
            return
        names = {store.store_id: store.name(self.ctx.lang) for store, _units in choices}

        def done(result: tuple[str, Changes]) -> None:
            self.say(
                self.tr("Transfer requested from %1: %2 × %3. Follow it on the Transfers screen.")
                .replace("%1", names[answer.store_id])
                .replace("%2", str(answer.qty))
                .replace("%3", row.sku),
                ok=True,
            )
            self.transfer_requested.emit(result[1])

        self.ctx.usecases.write(
            request_transfer,
            self.ctx.till,
            member,
            answer.store_id,
            [(row.sku, answer.qty)],
            answer.note,
            then=done,
            failed=self._request_failed,
        )

    def _request_failed(self, exc: BaseException) -> None:
        if isinstance(exc, DomainError):
            self.say(error_text(exc.code, exc.params), ok=False)
        else:
            log.error("transfer request failed", exc_info=exc)
            self.say(error_text("app.unexpected", {"detail": type(exc).__name__}), ok=False)

    def on_scan(self, code: str) -> None:
        """Scanning an item here finds it in every store."""
        self.search.setText(code)

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.empty.setVisible(self.model.loaded and total == 0)
        self.table.setVisible(total > 0 or not self.model.loaded)
        if shown == total:
            self.count.setText(self.tr("%n product(s)", "", total))
        else:
            self.count.setText(
                self.tr("%1 of %2 products").replace("%1", str(shown)).replace("%2", str(total))
            )
