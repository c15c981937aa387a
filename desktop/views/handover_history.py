"""Past handovers of this store: search by number, date, name or note; the chosen one's slip in the
preview; reprint it (marked COPY)."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.handover import HandoverRecord, HandoverRow, handover_history, handover_record
from desktop.context import AppContext
from desktop.printing.handover_slip import ShiftSlipData, local_time, render_shift_handover_slip
from desktop.printing.preview import SlipPreview


class HandoverHistory(QWidget):
    reprint_requested = Signal(object)  # HandoverRecord
    failed = Signal(object)  # an exception from a use case

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.rows: list[HandoverRow] = []
        self.shown: HandoverRecord | None = None
        self.loaded = False
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.table = QTableWidget(0, 4)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selected)
        self.reprint_btn = QPushButton()
        self.reprint_btn.setEnabled(False)
        self.reprint_btn.clicked.connect(lambda: self.shown and self.reprint_requested.emit(self.shown))
        self.preview = SlipPreview(self, scale=0.42)
        self.preview.hide()  # until there is a slip to show
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.reprint_btn)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.preview, 3)
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search: number, date, name or note"))
        self.reprint_btn.setText(self.tr("Reprint (COPY)"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Handed over"), self.tr("Outgoing → incoming"), self.tr("Variance"), self.tr("Number")]
        )
        self._fill()
        if self.shown is not None:
            self.show_record(self.shown)

    def reload(self, select_id: str = "") -> None:
        def done(rows: list[HandoverRow]) -> None:
            self.rows = rows
            self.loaded = True
            self._fill()
            index = next((i for i, r in enumerate(rows) if r.handover_id == select_id), 0)
            if rows:
                self.table.selectRow(index)
                self._selected()  # read again even if the same row stays selected: names may have arrived

        self.ctx.usecases.read(
            handover_history, self.ctx.till.store_id, self.search.text(), then=done, failed=self.failed.emit
        )

    def _fill(self) -> None:
        lang = self.ctx.lang
        self.table.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            who = f"{r.outgoing.get(lang) or r.outgoing.get('en', '')} → {r.incoming.get(lang) or r.incoming.get('en', '')}"
            variance = self.ctx.money(r.variance_avos)
            if r.approved:
                variance += " ✓"
            for col, text in enumerate((local_time(r.handed_over_at), who, variance, r.handover_no)):
                self.table.setItem(i, col, QTableWidgetItem(text))

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.rows):
            return
        handover_id = self.rows[rows[0].row()].handover_id
        self.ctx.usecases.read(handover_record, handover_id, then=self.show_record, failed=self.failed.emit)

    def show_record(self, record: HandoverRecord) -> None:
        self.shown = record
        self.reprint_btn.setEnabled(True)
        self.preview.show()
        image = render_shift_handover_slip(ShiftSlipData(record, self.ctx.lang))
        self.preview.show_slip(image, self.tr("Slip of %1").replace("%1", record.handover_no))
