"""The Devices page's table: a snapshot of the USB devices (plain rows, refreshed on demand)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from desktop.devices.usb_list import UsbDeviceRow

_Index = QModelIndex | QPersistentModelIndex


def kind_text(kind: str) -> str:
    texts = {
        "printer": QCoreApplication.translate("UsbDevices", "Receipt printer"),
        "scanner-keyboard": QCoreApplication.translate("UsbDevices", "Barcode scanner (USB keyboard mode)"),
        "scanner-pos": QCoreApplication.translate("UsbDevices", "Barcode scanner (HID POS mode)"),
        "keyboard": QCoreApplication.translate("UsbDevices", "Keyboard, or a scanner in keyboard mode"),
        "other": QCoreApplication.translate("UsbDevices", "Other device"),
    }
    return texts.get(kind, kind)


class UsbDeviceModel(QAbstractTableModel):
    COLUMNS = 3

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[UsbDeviceRow] = []

    def set_rows(self, rows: list[UsbDeviceRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if column == 0:
            return row.ids
        if column == 1:
            return row.name or "—"
        return kind_text(row.kind)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("UsbDevices", "Vendor:product"),
            QCoreApplication.translate("UsbDevices", "Name"),
            QCoreApplication.translate("UsbDevices", "What it is"),
        )[section]

    def retranslate(self) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, self.COLUMNS - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
