"""Today's attendance at this store: who is due, who clocked in (late flagged), who has not come;
and clocking in or out for whoever is signed in at the counter (their PIN)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.errors import DomainError
from core.shifts import AttendanceRow, attendance, clock_in_out
from desktop.context import AppContext
from desktop.i18n import error_text
from desktop.views.shifts_grid import OPEN

MISSING = QColor("#f4b6b6")  # late or not clocked in: not the roster's amber rule warning

STATUS_TEXT = {
    "on_time": QT_TRANSLATE_NOOP("AttendancePanel", "in at %1"),
    "late": QT_TRANSLATE_NOOP("AttendancePanel", "late: in at %1"),
    "absent": QT_TRANSLATE_NOOP("AttendancePanel", "not clocked in"),
    "due": QT_TRANSLATE_NOOP("AttendancePanel", "due"),
}


class AttendancePanel(QWidget):
    said = Signal(str, bool)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.names: dict[str, str] = {}
        self.rows: list[AttendanceRow] = []
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.in_btn = QPushButton()
        self.in_btn.clicked.connect(lambda: self.clock("in"))
        self.out_btn = QPushButton()
        self.out_btn.clicked.connect(lambda: self.clock("out"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.in_btn)
        buttons.addWidget(self.out_btn)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Today"))
        self.in_btn.setText(self.tr("Clock in"))
        self.out_btn.setText(self.tr("Clock out"))
        self._show()

    def reload(self, names: dict[str, str]) -> None:
        self.names = names
        store = self.ctx.till.store_id or ""
        self.ctx.usecases.read(
            attendance, store, datetime.now().date(), then=self._loaded, failed=self._failed
        )

    def _loaded(self, rows: list[AttendanceRow]) -> None:
        self.rows = rows
        self._show()

    def _show(self) -> None:
        self.list.clear()
        for row in self.rows:
            status = self.tr(STATUS_TEXT[row.status]).replace("%1", row.clocked_in)
            name = self.names.get(row.staff_id, row.staff_id)
            item = QListWidgetItem(f"{name} {row.start[11:]}–{row.end[11:]}: {status}")
            if row.status in ("late", "absent"):
                item.setBackground(QBrush(MISSING))
            elif row.status == "on_time":
                item.setBackground(QBrush(OPEN.lighter(115)))
            self.list.addItem(item)
        if not self.rows:
            self.list.addItem(self.tr("Nobody is due here today."))

    def clock(self, direction: str) -> None:
        member = self.ctx.signed_in.member
        if member is None:
            self.said.emit(self.tr("Sign in at the Counter with your PIN first."), False)
            return
        self.ctx.usecases.write(
            clock_in_out,
            self.ctx.till,
            member,
            direction,
            "pin",
            then=lambda _shift: self._clocked(member.name, direction),
            failed=self._failed,
        )

    def _clocked(self, name: str, direction: str) -> None:
        text = self.tr("%1 clocked in.") if direction == "in" else self.tr("%1 clocked out.")
        self.said.emit(text.replace("%1", name), True)
        self.reload(self.names)

    def _failed(self, exc: BaseException) -> None:
        text = error_text(exc.code, exc.params) if isinstance(exc, DomainError) else str(exc)
        self.said.emit(text, False)
