"""The Transfers screen's parts: the list of transfers, one transfer's lines (with what is being packed
or received now), the slip preview, and the questions the screen asks (dialogs, or a script in tests)."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor, QImage, QPixmap
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QMessageBox, QWidget

from core.transfers import TransferLineView, TransferView

CONTEXT = "Transfers"
STATE_NAMES: dict[str, str] = {
    "requested": QT_TRANSLATE_NOOP("Transfers", "Requested"),
    "approved": QT_TRANSLATE_NOOP("Transfers", "Approved"),
    "packed": QT_TRANSLATE_NOOP("Transfers", "Packed"),
    "dispatched": QT_TRANSLATE_NOOP("Transfers", "In transit"),
    "partial": QT_TRANSLATE_NOOP("Transfers", "Partly received"),
    "received": QT_TRANSLATE_NOOP("Transfers", "Received"),
    "closed": QT_TRANSLATE_NOOP("Transfers", "Closed"),
    "cancelled": QT_TRANSLATE_NOOP("Transfers", "Cancelled"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def state_name(state: str) -> str:
    source = STATE_NAMES.get(state)
    return tr(source) if source else state


_FROM = QT_TRANSLATE_NOOP("Transfers", "← from %1")
_TO = QT_TRANSLATE_NOOP("Transfers", "→ to %1")
_ALIGN_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class TransferListModel(QAbstractTableModel):
    """Transfers to and from this store: number, from, to, state, units, units in transit."""

    HEADINGS = (
        QT_TRANSLATE_NOOP("Transfers", "Number"),
        QT_TRANSLATE_NOOP("Transfers", "Other store"),
        QT_TRANSLATE_NOOP("Transfers", "State"),
        QT_TRANSLATE_NOOP("Transfers", "Units"),
        QT_TRANSLATE_NOOP("Transfers", "In transit"),
    )

    def __init__(self, here: str | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.here = here
        self.rows: list[TransferView] = []
        self.stores: dict[str, str] = {}

    def set_rows(self, rows: list[TransferView], stores: dict[str, str]) -> None:
        self.beginResetModel()
        self.rows, self.stores = rows, stores
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADINGS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(self.HEADINGS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        t = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            units = sum(li.sent or li.requested for li in t.items)
            mark = " ⏳" if t.waiting_for_hub else ""
            if t.to_store_id == self.here:
                other = tr(_FROM).replace("%1", self.stores.get(t.from_store_id, t.from_store_id))
            else:
                other = tr(_TO).replace("%1", self.stores.get(t.to_store_id, t.to_store_id))
            return (
                t.number,
                other,
                state_name(t.state) + mark,
                str(units),
                str(t.in_transit) if t.in_transit else "",
            )[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= 3:
            return _ALIGN_RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and col == 4 and t.in_transit:
            return QColor("#b45309")
        return None


class TransferLinesModel(QAbstractTableModel):
    """One transfer's lines; while packing or receiving, what has been scanned so far."""

    HEADINGS = (
        QT_TRANSLATE_NOOP("Transfers", "Item"),
        QT_TRANSLATE_NOOP("Transfers", "Asked"),
        QT_TRANSLATE_NOOP("Transfers", "Sent"),
        QT_TRANSLATE_NOOP("Transfers", "Received"),
        QT_TRANSLATE_NOOP("Transfers", "Damaged"),
        QT_TRANSLATE_NOOP("Transfers", "Missing"),
        QT_TRANSLATE_NOOP("Transfers", "In transit"),
        QT_TRANSLATE_NOOP("Transfers", "Now"),
    )

    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.lines: list[TransferLineView] = []
        self.extra: dict[str, str] = {}  # scanned items not on the transfer (while packing): sku -> name
        self.now: dict[str, str] = {}  # sku -> what this packing / receipt says so far

    def show(self, view: TransferView | None, now: dict[str, str], extra: dict[str, str]) -> None:
        self.beginResetModel()
        self.lines = list(view.items) if view else []
        self.now, self.extra = now, extra
        self.endResetModel()

    @property
    def skus(self) -> list[str]:
        return [li.sku for li in self.lines] + [
            sku for sku in self.extra if sku not in {li.sku for li in self.lines}
        ]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.skus)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADINGS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(self.HEADINGS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        sku = self.skus[index.row()]
        line = next((li for li in self.lines if li.sku == sku), None)
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return line.name(self.lang) if line else self.extra.get(sku, sku)
            if col == 7:
                return self.now.get(sku, "")
            if line is None:
                return ""
            value = (line.requested, line.sent, line.received, line.damaged, line.missing, line.in_transit)[
                col - 1
            ]
            return str(value) if value else ""
        if role == Qt.ItemDataRole.ToolTipRole and col == 0:
            return sku
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= 1:
            return _ALIGN_RIGHT
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and col in (4, 5)
            and line
            and (line.damaged if col == 4 else line.missing)
        ):
            return QColor("#b91c1c")
        return None


class SlipPreview(QLabel):
    """The handover slip as it prints, scaled to the panel."""

    WIDTH = 260

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = QImage()
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.setMinimumWidth(self.WIDTH + 12)
        self.setObjectName("slipPreview")

    def show_slip(self, image: QImage | None) -> None:
        self.image = image if image is not None else QImage()
        if image is None or image.isNull():
            self.clear()
            return
        scaled = image.scaledToWidth(self.WIDTH, Qt.TransformationMode.SmoothTransformation)
        self.setPixmap(QPixmap.fromImage(scaled))


class TransferPrompts(Protocol):
    def pin(self, prompt: str) -> str | None: ...
    def text(self, title: str, prompt: str) -> str | None: ...
    def quantity(self, title: str, prompt: str, maximum: int) -> int | None: ...
    def confirm(self, text: str) -> bool: ...


class DialogPrompts(QObject):
    """The questions as modal dialogs over the screen."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.parent_widget = parent

    def pin(self, prompt: str) -> str | None:
        text, ok = QInputDialog.getText(
            self.parent_widget, self.tr("PIN"), prompt, QLineEdit.EchoMode.Password
        )
        return text if ok else None

    def text(self, title: str, prompt: str) -> str | None:
        text, ok = QInputDialog.getText(self.parent_widget, title, prompt)
        return text.strip() if ok and text.strip() else None

    def quantity(self, title: str, prompt: str, maximum: int) -> int | None:
        value, ok = QInputDialog.getInt(self.parent_widget, title, prompt, 1, 1, max(1, maximum))
        return value if ok else None

    def confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self.parent_widget, self.tr("Transfers"), text)
        return answer == QMessageBox.StandardButton.Yes
