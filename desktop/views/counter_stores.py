"""The other-stores panel: for the item in focus, every store's on-hand, available (less holds), in
transit and how fresh the figures are, nearest first; and what the cashier can do about it: hold
units for the customer, ask for a transfer, or take the customer's phone for the waitlist."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.availability import StoreStock
from core.catalogue import ProductRow


class ElidedLabel(QLabel):
    """One line, cut with … when too long (the whole text in the tooltip), so it never widens or
    heightens the panel."""

    def __init__(self) -> None:
        super().__init__()
        self.full = ""
        self.keep = ""  # said whole after the cut text (an item's SKU)
        self.setMinimumWidth(40)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str, keep: str = "") -> None:
        self.full, self.keep = text, keep
        self.setToolTip(text + keep)
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = max(40, self.width() - self.fontMetrics().horizontalAdvance(self.keep))
        self.setText(self.fontMetrics().elidedText(self.full, Qt.TextElideMode.ElideRight, room) + self.keep)


class OtherStoresPanel(QWidget):
    hold_requested = Signal(object)  # StoreStock
    transfer_requested = Signal(object)  # StoreStock
    waitlist_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("otherStores")
        self.lang = "en"
        self.product: ProductRow | None = None
        self.rows: list[StoreStock] = []
        self.online = True
        self.stale = False
        self.freshness_text = ""
        self.heading = QLabel()
        self.heading.setObjectName("panelTitle")
        self.item = ElidedLabel()
        self.freshness = QLabel()
        self.freshness.setObjectName("freshness")
        self.table = QTableWidget(0, 5)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setMinimumHeight(120)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.hold_btn, self.transfer_btn, self.waitlist_btn = QPushButton(), QPushButton(), QPushButton()
        for button in (self.hold_btn, self.transfer_btn, self.waitlist_btn):
            button.setMinimumHeight(40)
        self.hold_btn.clicked.connect(lambda: self._emit(self.hold_requested))
        self.transfer_btn.clicked.connect(lambda: self._emit(self.transfer_requested))
        self.waitlist_btn.clicked.connect(self.waitlist_requested.emit)
        self.why = ElidedLabel()  # one line, whole in its tooltip: the stores' table keeps its rows
        self.why.setObjectName("muted")
        buttons = QHBoxLayout()
        buttons.addWidget(self.hold_btn)
        buttons.addWidget(self.transfer_btn)
        buttons.addWidget(self.waitlist_btn)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        title = QHBoxLayout()
        title.addWidget(self.heading)
        title.addStretch(1)
        title.addWidget(self.freshness)
        layout.addLayout(title)
        layout.addWidget(self.item)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.why)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Other stores"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Store"),
                self.tr("On hand"),
                self.tr("Available"),
                self.tr("In transit"),
                self.tr("Travel"),
            ]
        )
        self.hold_btn.setText(self.tr("Hold…"))
        self.hold_btn.setToolTip(self.tr("Hold units at the chosen store for this customer"))
        self.transfer_btn.setText(self.tr("Transfer…"))
        self.transfer_btn.setToolTip(self.tr("Ask the chosen store to send units here"))
        self.waitlist_btn.setText(self.tr("Waitlist…"))
        self.waitlist_btn.setToolTip(self.tr("Take the customer's phone; the store calls when it arrives"))
        self._fill()

    def show_stock(self, product: ProductRow | None, rows: list[StoreStock], lang: str) -> None:
        self.product, self.rows, self.lang = product, rows, lang
        self._fill()

    def set_connection(self, online: bool, freshness: str, stale: bool) -> None:
        self.online, self.freshness_text, self.stale = online, freshness, stale
        self._fill()

    def selected(self) -> StoreStock | None:
        picked = self.table.selectionModel().selectedRows()
        if not picked:
            return None
        return self.rows[picked[0].row()]

    def _fill(self) -> None:
        keep = self.selected().store_id if self.table.selectionModel() and self.selected() else None
        if self.product is None:
            self.item.set_full_text(self.tr("Scan or choose an item to see every store's stock."))
        else:
            # The name gives way, never the SKU ("PF…" said nothing).
            self.item.set_full_text(self.product.name(self.lang), f"  ·  {self.product.sku}")
        self.freshness.setText(self.freshness_text)
        self.table.setRowCount(len(self.rows))
        # Tall enough for every store: a bar shown above never hides one (the tender panel gives way).
        frame = 2 * self.table.frameWidth()
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setMinimumHeight(max(120, header + frame + 26 * len(self.rows)))
        grey = QBrush(QColor("#9aa0a6"))
        for n, row in enumerate(self.rows):
            name = row.name(self.lang)
            travel = (
                "" if row.minutes_away is None else self.tr("%1 min").replace("%1", str(row.minutes_away))
            )
            cells = [name, str(row.on_hand), str(row.available), str(row.in_transit or ""), travel]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if self.stale and not row.is_here:
                    item.setForeground(grey)
                if col == 2 and row.available <= 0:
                    item.setForeground(QBrush(QColor("#c5221f")))
                if row.is_here:  # this store: bold, and said in the tooltip
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                    item.setToolTip(self.tr("(this store)"))
                self.table.setItem(n, col, item)
            if row.store_id == keep:
                self.table.selectRow(n)
        if keep is None:
            best = next((n for n, r in enumerate(self.rows) if not r.is_here and r.available > 0), None)
            if best is not None:
                self.table.selectRow(best)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.selected()
        remote = row is not None and not row.is_here
        everywhere_out = bool(self.rows) and all(r.available <= 0 for r in self.rows)
        why = ""
        if self.product is None:
            why = ""
        elif not self.online:
            why = self.tr(
                "Offline: holds need the hub, which grants them so no two stores promise the same unit."
            )
        elif remote and row is not None and row.available <= 0:
            why = self.tr("Nothing available to hold at that store.")
        self.hold_btn.setEnabled(
            self.product is not None and self.online and remote and row is not None and row.available > 0
        )
        self.transfer_btn.setEnabled(
            self.product is not None and remote and row is not None and row.available > 0
        )
        self.waitlist_btn.setEnabled(self.product is not None)
        if everywhere_out and self.product is not None:
            why = self.tr("Sold out everywhere: take the customer's phone for the waitlist.")
        self.why.set_full_text(why)
        self.why.setVisible(bool(why))

    def _emit(self, signal: Signal) -> None:
        row = self.selected()
        if row is not None:
            signal.emit(row)  # type: ignore[attr-defined]
