"""What waits to be sent and what the hub refused, with the reason, so nothing disappears silently."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from core.replica import SyncRecord
from desktop.i18n import error_text, kind_text

Index = QModelIndex | QPersistentModelIndex


class SyncRecordsModel(QAbstractTableModel):
    def __init__(self, records: list[SyncRecord]) -> None:
        super().__init__()
        self.records = records

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Time"), self.tr("Record"), self.tr("Store"), self.tr("State"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        r = self.records[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                try:
                    return datetime.fromisoformat(r.occurred_at).astimezone().strftime("%Y-%m-%d %H:%M:%S")
                except ValueError:
                    return r.occurred_at
            if index.column() == 1:
                return kind_text(r.kind)
            if index.column() == 2:
                return r.store_id or "—"
            if r.status == "pending":
                return self.tr("Waiting to be sent")
            return self.tr("Refused: %1").replace("%1", error_text(r.reason or "sync.internal"))
        if role == Qt.ItemDataRole.ForegroundRole and r.status == "rejected":
            from PySide6.QtGui import QColor

            return QColor("#b71c1c")
        return None


class SyncDetailsDialog(QDialog):
    def __init__(self, records: list[SyncRecord], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Records not yet in the hub"))
        self.resize(880, 420)
        self.model = SyncRecordsModel(records)
        intro = QLabel(
            self.tr(
                "Records waiting to be sent are safe on this computer and go to the hub as soon as it answers. "
                "Refused records were not accepted by the hub; their effect on this shop's stock has been undone."
            )
        )
        intro.setWordWrap(True)
        table = QTableView()
        table.setModel(self.model)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        table.resizeColumnsToContents()
        # A refusal's reason can be two lines (a copied database, what to do): wrapped, never cut off.
        table.setWordWrap(True)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        empty = QLabel(self.tr("Everything this computer recorded is in the hub."))
        empty.setVisible(not records)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(table, 1)
        layout.addWidget(empty)
        layout.addWidget(buttons)
