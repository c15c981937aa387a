"""The Stocktake screen's report tab: this store's counts, one count's variance report, and a
manager's PIN to approve or decline the differences above the threshold."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.projection import Changes
from core.stocktake import (
    StocktakeOutcome,
    StocktakeSummary,
    VarianceReport,
    review_stocktake,
    stocktake_outcome,
    variance_report,
)
from desktop.context import AppContext
from desktop.models.stocktake import VarianceModel


def local_time(iso: str, fmt: str = "%H:%M") -> str:
    """A stored UTC time as this computer's local time (Macau: UTC+8)."""
    try:
        return datetime.fromisoformat(iso).astimezone().strftime(fmt)
    except ValueError:
        return iso[:16]


Failed = Callable[[BaseException], None]


def count_table(model: Any) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(30)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    return table


class StocktakeReport(QWidget):
    stock_changed = Signal(object)  # Changes of an approval
    said = Signal(str, bool)  # a message for the screen: text, ok

    def __init__(self, ctx: AppContext, failed: Failed) -> None:
        super().__init__()
        self.ctx = ctx
        self._failed = failed  # the screen says what went wrong
        self.report: VarianceReport | None = None
        self._summaries: list[StocktakeSummary] = []
        self.history = QComboBox()
        self.history.currentIndexChanged.connect(self._pick)
        self.state = QLabel()
        self.state.setObjectName("lead")
        self.state.setWordWrap(True)
        self.model = VarianceModel(ctx.money, ctx.lang)
        self.table = count_table(self.model)
        self.pin_caption = QLabel()
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        self.pin.setMaximumWidth(160)
        self.pin.returnPressed.connect(lambda: self.review(approve=True))
        self.approve_btn = QPushButton()
        self.approve_btn.setObjectName("primary")
        self.approve_btn.clicked.connect(lambda: self.review(approve=True))
        self.decline_btn = QPushButton()
        self.decline_btn.clicked.connect(lambda: self.review(approve=False))
        approval = QHBoxLayout()
        approval.addWidget(self.pin_caption)
        approval.addWidget(self.pin)
        approval.addWidget(self.approve_btn)
        approval.addWidget(self.decline_btn)
        approval.addStretch(1)
        box = QVBoxLayout(self)
        box.addWidget(self.history)
        box.addWidget(self.state)
        box.addWidget(self.table, 1)
        box.addLayout(approval)

    def retranslate(self) -> None:
        self.pin_caption.setText(self.tr("Manager's PIN"))
        self.approve_btn.setText(self.tr("Approve"))
        self.decline_btn.setText(self.tr("Decline"))
        self.model.set_language(self.ctx.lang)
        self.show_history(self._summaries)
        self.show_report(self.report)

    def show_history(self, summaries: list[StocktakeSummary], select: str | None = None) -> None:
        """The list of counts; keeps the one shown (or shows ``select``, or the newest)."""
        current = select or (self.report.stocktake_id if self.report else None)
        self._summaries = summaries
        states = {
            "applied": self.tr("adjusted"),
            "awaiting": self.tr("waits for a manager"),
            "approved": self.tr("approved"),
            "declined": self.tr("declined"),
        }
        self.history.blockSignals(True)
        self.history.clear()
        for s in summaries:
            when = local_time(s.counted_at, "%Y-%m-%d %H:%M")
            section = s.section or self.tr("(no section)")
            self.history.addItem(f"{when} · {section} · {states.get(s.state, s.state)}", s.stocktake_id)
        if not summaries:
            self.history.addItem(self.tr("No counts yet"))
        self.history.blockSignals(False)
        self.history.setEnabled(bool(summaries))
        if not summaries:
            self.show_report(None)
            return
        ids = [s.stocktake_id for s in summaries]
        self.history.setCurrentIndex(ids.index(current) if current in ids else 0)
        if current not in ids or self.report is None or self.report.stocktake_id != current:
            self._pick(self.history.currentIndex())

    def _pick(self, row: int) -> None:
        stocktake_id = self.history.itemData(row)
        if not stocktake_id:
            return
        self.ctx.usecases.read(variance_report, stocktake_id, then=self.show_report, failed=self._failed)

    def show_report(self, report: VarianceReport | None) -> None:
        self.report = report
        self.model.set_report(report.rows if report else (), report.state if report else "")
        awaiting = report is not None and report.state == "awaiting"
        for w in (self.pin_caption, self.pin, self.approve_btn, self.decline_btn):
            w.setVisible(awaiting)
        if report is None:
            self.state.setText(self.tr("Finish a count to see its variance report here."))
            return
        net = self.ctx.money(report.net_value_avos)
        text = {
            "applied": self.tr("All differences were adjusted. Net value: %1"),
            "awaiting": self.tr(
                "%2 line(s) differ by more than the limit and wait for a manager's PIN. Net value: %1"
            ),
            "approved": self.tr("A manager approved the large differences. Net value: %1"),
            "declined": self.tr(
                "A manager declined the large differences; they were not applied. Net value: %1"
            ),
        }[report.state]
        self.state.setText(text.replace("%1", net).replace("%2", str(len(report.held))))

    def review(self, *, approve: bool) -> None:
        if self.report is None or self.report.state != "awaiting":
            return
        till, stocktake_id, pin, pins = (
            self.ctx.till,
            self.report.stocktake_id,
            self.pin.text(),
            self.ctx.pins,
        )
        self.pin.clear()

        def decide(session: Any) -> Changes:  # a wrong PIN counts towards this counter's wait
            _record, changes = pins.attempt(
                lambda: review_stocktake(session, till, stocktake_id, pin, approve=approve)
            )
            return changes

        def decided(changes: Changes) -> None:  # then the report, read once the decision is committed
            self.ctx.usecases.read(
                stocktake_outcome,
                stocktake_id,
                till.store_id or "",
                then=lambda outcome: self._reviewed(changes, outcome),
                failed=self._failed,
            )

        self.ctx.usecases.write(decide, then=decided, failed=self._failed)

    def _reviewed(self, changes: Changes, outcome: StocktakeOutcome) -> None:
        report = outcome.report
        self.report = report
        self.show_history(outcome.history)
        self.show_report(report)
        self.said.emit(
            self.tr("Approved and applied.") if report.state == "approved" else self.tr("Declined."), True
        )
        self.stock_changed.emit(changes)
