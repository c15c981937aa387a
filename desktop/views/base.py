"""A screen: a widget that re-translates itself on a language change and says when its data is in."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import QTableView, QWidget

from desktop.context import AppContext


class Screen(QWidget):
    name = ""  # the rail entry in lowercase English, also the --screen argument

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx

    def title(self) -> str:
        raise NotImplementedError

    def retranslate(self) -> None:
        """Set every visible text again, in the current language."""

    def is_ready(self) -> bool:
        """True once the screen shows real data (used before a screenshot is taken)."""
        return True

    def on_scan(self, code: str) -> None:
        """A barcode was scanned while this screen is shown (by default, screens ignore scans)."""

    def activated(self) -> None:
        """The screen became the visible one."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def fit_columns(table: QTableView, columns: Iterable[int], padding: int = 28) -> None:
    """Each of ``columns`` as wide as its widest text, heading (bold) included."""
    model = table.model()
    metrics = QFontMetrics(table.font())
    bold = QFont(table.font())
    bold.setBold(True)
    header_metrics = QFontMetrics(bold)
    for col in columns:
        heading = str(model.headerData(col, Qt.Orientation.Horizontal) or "")
        widths = [header_metrics.horizontalAdvance(heading)]
        widths += [
            metrics.horizontalAdvance(str(model.data(model.index(r, col)) or ""))
            for r in range(model.rowCount())
        ]
        table.horizontalHeader().resizeSection(col, max(widths) + padding)


def key_name(key: str) -> str:
    """A shortcut as the platform writes it ("Ctrl+1", "⌘1" on a Mac)."""
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


def with_key(text: str, key: str) -> str:
    """A button's text with its keyboard shortcut, e.g. "Line discount… (F4)"."""
    return f"{text} ({key_name(key)})"
