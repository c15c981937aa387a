"""The main window only assembles: a navigation rail, one stacked screen per entry, a status bar."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QSize, Qt
from PySide6.QtGui import QCloseEvent, QFont, QFontMetrics, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop.status import SyncStatus
from desktop.views.base import Screen, key_name, with_key

KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # a rail entry's shortcut, drawn small at its right


class RailKeyDelegate(QStyledItemDelegate):
    """Draws each rail entry's shortcut at its right, in small type, where the name leaves room (the
    tooltip always has it)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().paint(painter, option, index)
        key = index.data(KEY_ROLE)
        if not key:
            return
        font = QFont(option.font)
        font.setPixelSize(12)
        rect = option.rect.adjusted(0, 0, -10, 0)
        name_width = option.fontMetrics.horizontalAdvance(str(index.data()))
        if name_width + QFontMetrics(font).horizontalAdvance(key) + 30 > rect.width():
            return
        painter.save()
        painter.setFont(font)
        painter.setOpacity(0.7)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), key)
        painter.restore()


class MainWindow(QMainWindow):
    def __init__(self, screens: list[Screen], store_label: str = "") -> None:
        super().__init__()
        self.screens = {s.name: s for s in screens}
        self.rail = QListWidget()
        self.rail.setObjectName("rail")
        self.rail.setFixedWidth(190)
        self.rail.setIconSize(QSize(0, 0))
        self.stack = QStackedWidget()
        for screen in screens:
            self.rail.addItem(QListWidgetItem(screen.title()))
            self.stack.addWidget(screen)
        self.rail.currentRowChanged.connect(self._show_row)
        # Ctrl+1 … Ctrl+0 and Ctrl+, for Settings: the rail from the keyboard (a scanner never sends Ctrl).
        self.rail_keys = [RAIL_KEYS.get(screen.name, "") for screen in screens]
        self.rail.setItemDelegate(RailKeyDelegate(self.rail))
        for row, key in enumerate(self.rail_keys):
            if key:
                QShortcut(QKeySequence(key), self, activated=lambda row=row: self.rail.setCurrentRow(row))
        self.brand = QLabel()
        self.brand.setObjectName("brand")
        self.brand.setWordWrap(True)
        self.store = QLabel(store_label)
        self.store.setObjectName("storeName")
        self.store.setWordWrap(True)

        side = QWidget()
        side.setObjectName("side")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 12, 8, 8)
        side_layout.addWidget(self.brand)
        side_layout.addWidget(self.store)
        side_layout.addWidget(self.rail, 1)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(side)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.sync_status = SyncStatus(self.statusBar())
        self.sync_status.set_state(None)
        self.sync_status.set_outbox(None)
        self.confirm_close: Callable[[], bool] | None = None  # set by the app: may it close now?
        self.resize(1280, 800)
        self.retranslate()
        self.rail.setCurrentRow(0)

    def show_screen(self, name: str) -> Screen:
        screen = self.screens[name]
        self.rail.setCurrentRow(self.stack.indexOf(screen))
        return screen

    def current_screen(self) -> Screen:
        widget = self.stack.currentWidget()
        assert isinstance(widget, Screen)
        return widget

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        self.current_screen().activated()

    def set_store_label(self, text: str) -> None:
        self.store.setText(text)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Store Manager"))
        self.brand.setText(self.tr("Store Manager"))
        for row in range(self.stack.count()):
            screen = self.stack.widget(row)
            assert isinstance(screen, Screen)
            item, key = self.rail.item(row), self.rail_keys[row]
            item.setText(screen.title())
            item.setData(KEY_ROLE, key_name(key) if key else "")
            item.setToolTip(with_key(screen.title(), key) if key else screen.title())
        self.sync_status.retranslate()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.confirm_close is not None and not self.confirm_close():
            event.ignore()
            return
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


RAIL_ORDER = (
    "counter",
    "stock",
    "stocktake",
    "transfers",
    "handover",
    "repairs",
    "shifts",
    "members",
    "dashboard",
    "inbox",
    "settings",
)
SCREEN_NAMES = (*RAIL_ORDER, "devices", "staff", "engineer")  # Settings tabs; the engineer's Repairs view
RAIL_KEYS = {name: f"Ctrl+{(n + 1) % 10}" for n, name in enumerate(RAIL_ORDER[:10])} | {"settings": "Ctrl+,"}
