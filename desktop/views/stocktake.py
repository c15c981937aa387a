"""Stocktake: scan-count a section, then the variance report; a manager approves large adjustments.

Reached from the Stock screen (and ``--screen stocktake``). Every query and write is a use case of
core/stocktake.py run off the GUI thread (``ctx.usecases``); a scan goes to the count, starting one
if none is open.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.errors import DomainError
from core.staff import Permission
from core.stocktake import (
    MAX_COUNT,
    AdjustmentThreshold,
    CountedScan,
    CountFinished,
    Draft,
    StocktakeDesk,
    StocktakeOutcome,
    count_scan,
    discard_count,
    finish_count,
    recount_line,
    remove_lines,
    start_count,
    stocktake_desk,
    stocktake_outcome,
)
from desktop.context import AppContext
from desktop.i18n import error_text
from desktop.models.stocktake import DraftModel
from desktop.views.base import Screen
from desktop.views.stocktake_report import StocktakeReport, count_table, local_time


def threshold_setting() -> AdjustmentThreshold:
    """The approval threshold, from the settings (``stocktake/max_units``, ``stocktake/max_value_mop``)."""
    settings = QSettings()
    try:
        units = int(settings.value("stocktake/max_units", 5))
        value = int(float(settings.value("stocktake/max_value_mop", 500)) * 100)
    except (TypeError, ValueError):
        return AdjustmentThreshold()
    return AdjustmentThreshold(max_units=units, max_value_avos=value)


def save_threshold(threshold: AdjustmentThreshold) -> None:
    """Settings → General (a store manager): the next count finished uses it."""
    settings = QSettings()
    settings.setValue("stocktake/max_units", threshold.max_units)
    settings.setValue("stocktake/max_value_mop", threshold.max_value_avos / 100)


class StocktakeScreen(Screen):
    name = "stocktake"
    back_requested = Signal()
    stock_changed = Signal(object)  # Changes of a finished count or an approval

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.draft: Draft | None = None
        self._loaded = False
        self.heading = QLabel()
        self.heading.setObjectName("screenTitle")
        self.back_btn = QPushButton()
        self.back_btn.clicked.connect(self.back_requested.emit)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._count_tab(), "")
        self.report = StocktakeReport(ctx, self._error)
        self.report.stock_changed.connect(self.stock_changed.emit)
        self.report.said.connect(lambda text, ok: self._say(text, ok=ok))
        self.tabs.addTab(self.report, "")
        top = QHBoxLayout()
        top.addWidget(self.back_btn)
        top.addWidget(self.heading)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        self.retranslate()
        self.reload()

    # -- layout ------------------------------------------------------------------------------

    def _count_tab(self) -> QWidget:
        self.section_caption = QLabel()
        self.section = QLineEdit()
        self.section.setMaxLength(80)
        self.start_btn = QPushButton()
        self.start_btn.clicked.connect(self.start)
        self.status = QLabel()
        self.status.setObjectName("muted")
        self.code = QLineEdit()
        self.code.setObjectName("scanField")
        self.code.returnPressed.connect(self._typed)
        self.qty = QSpinBox()
        self.qty.setRange(1, 9999)
        self.qty.setMinimumHeight(44)
        self.add_btn = QPushButton()
        self.add_btn.clicked.connect(self._typed)
        self.draft_model = DraftModel(self.ctx.lang)
        self.draft_model.count_edited.connect(self._edited)
        self.draft_table = count_table(self.draft_model)
        # Shown over an empty count so the screen says what to do, not a blank grid.
        self.hint = QLabel(self.draft_table.viewport())
        self.hint.setObjectName("emptyState")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.remove_btn = QPushButton()
        self.remove_btn.clicked.connect(self._remove_selected)
        self.discard_btn = QPushButton()
        self.discard_btn.clicked.connect(self._discard)
        self.finish_btn = QPushButton()
        self.finish_btn.setObjectName("primary")
        self.finish_btn.setMinimumHeight(48)
        self.finish_btn.clicked.connect(self.finish)
        self.rule = QLabel()
        self.rule.setObjectName("muted")
        self.rule.setWordWrap(True)

        head = QHBoxLayout()
        head.addWidget(self.section_caption)
        head.addWidget(self.section, 1)
        head.addWidget(self.start_btn)
        scan = QHBoxLayout()
        scan.addWidget(self.code, 1)
        scan.addWidget(self.qty)
        scan.addWidget(self.add_btn)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_btn)
        buttons.addWidget(self.discard_btn)
        buttons.addStretch(1)
        buttons.addWidget(self.finish_btn)
        tab = QWidget()
        box = QVBoxLayout(tab)
        box.addLayout(head)
        box.addWidget(self.status)
        box.addLayout(scan)
        box.addWidget(self.draft_table, 1)
        box.addWidget(self.rule)
        box.addLayout(buttons)
        return tab

    def title(self) -> str:
        return self.tr("Stocktake")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Stocktake"))
        self.back_btn.setText(self.tr("← Stock"))
        self.tabs.setTabText(0, self.tr("Count"))
        self.tabs.setTabText(1, self.tr("Variance report"))
        self.section_caption.setText(self.tr("Section"))
        self.section.setPlaceholderText(self.tr("e.g. Shelf A, window, back room"))
        self.start_btn.setText(self.tr("Start count"))
        self.code.setPlaceholderText(self.tr("Scan each item, or type a barcode or SKU and press Enter"))
        self.add_btn.setText(self.tr("Add"))
        self.remove_btn.setText(self.tr("Remove line"))
        self.discard_btn.setText(self.tr("Discard count"))
        self.finish_btn.setText(self.tr("Finish count"))
        threshold = threshold_setting()
        units, value = threshold.max_units, self.ctx.money(threshold.max_value_avos)
        self.rule.setText(
            self.tr(
                "Sales made while you count still count. Differences of more than %1 units or %2 "
                "wait for a manager's approval."
            )
            .replace("%1", str(units))
            .replace("%2", value)
        )
        self.hint.setText(
            self.tr(
                "Scan every item on the shelf: each scan counts one unit. For many of one item, type its "
                "code, set the number and press Add. A count can be corrected by double-clicking it."
            )
        )
        self.draft_model.set_language(self.ctx.lang)
        self._show_draft(self.draft)
        self.report.retranslate()

    def is_ready(self) -> bool:
        return self._loaded

    def activated(self) -> None:
        self.retranslate()  # the approval limits may have changed in Settings
        self.code.setFocus()
        self.reload()

    # -- loading -----------------------------------------------------------------------------

    def reload(self) -> None:
        self.ctx.usecases.read(stocktake_desk, self.ctx.till, then=self._reloaded, failed=self._error)

    def _reloaded(self, desk: StocktakeDesk) -> None:
        self._show_draft(desk.draft)
        self.report.show_history(desk.history)
        self._loaded = True

    def _show_draft(self, draft: Draft | None) -> None:
        self.draft = draft
        self.draft_model.set_lines(draft.lines if draft else ())
        self.hint.setVisible(not self.draft_model.lines)
        counting = draft is not None
        self.section.setEnabled(not counting)
        self.start_btn.setEnabled(not counting)
        for button in (self.remove_btn, self.discard_btn, self.finish_btn):
            button.setEnabled(counting)
        if draft is None:
            self.status.setText(self.tr("No count open. Name the section, then start (or just scan)."))
            return
        self.section.setText(draft.section)
        self.status.setText(
            self.tr("Counting since %1: %2 item(s), %3 unit(s)")
            .replace("%1", local_time(draft.started_at))
            .replace("%2", str(len(draft.lines)))
            .replace("%3", str(draft.units))
        )

    # -- counting ----------------------------------------------------------------------------

    def _counter(self) -> str | None:
        """The signed-in member's id if they may count; otherwise says why and returns None."""
        member = self.ctx.signed_in.member
        if member is None:
            self._say(self.tr("Sign in on the Counter first: a count says who made it."), ok=False)
            return None
        if not member.can(Permission.STOCKTAKE):
            self._say(error_text("staff.not_allowed", {"name": member.name}), ok=False)
            return None
        return member.staff_id

    def start(self) -> None:
        till, section = self.ctx.till, self.section.text()
        staff_id = self._counter()
        if staff_id is None:
            return
        self.ctx.usecases.write(start_count, till, section, staff_id, then=self._started, failed=self._error)

    def _started(self, draft: Draft) -> None:
        self._show_draft(draft)
        self.tabs.setCurrentIndex(0)
        self.code.setFocus()

    def on_scan(self, code: str) -> None:
        self.submit_code(code, 1)

    def _typed(self) -> None:
        text, qty = self.code.text(), self.qty.value()
        self.code.clear()
        self.qty.setValue(1)
        self.submit_code(text, qty)

    def submit_code(self, code: str, qty: int) -> None:
        """Count ``qty`` of the item with this barcode or SKU (a count starts if none is open)."""
        code = code.strip()
        if not code:
            return
        till, section = self.ctx.till, self.section.text()
        staff_id = self._counter()
        if staff_id is None:
            return
        self.ctx.usecases.write(
            count_scan, till, section, staff_id, code, qty, then=self._counted, failed=self._error
        )

    def _counted(self, counted: CountedScan) -> None:
        draft, name = counted.draft, counted.line.name(self.ctx.lang)
        self._show_draft(draft)
        self.tabs.setCurrentIndex(0)
        self.draft_table.selectRow(0)
        counted = draft.lines[0].counted if draft.lines else 0
        self._say(self.tr("Counted: %1 (%2)").replace("%1", name).replace("%2", str(counted)), ok=True)

    def _edited(self, sku: str, qty: int) -> None:
        if self.draft is None:
            return
        draft_id = self.draft.draft_id
        if not 0 <= qty <= MAX_COUNT:
            self._say(error_text("stocktake.bad_quantity", {"sku": sku, "qty": qty}), ok=False)
            return
        self.ctx.usecases.write(recount_line, draft_id, sku, qty, then=self._show_draft, failed=self._error)

    def _remove_selected(self) -> None:
        rows = {i.row() for i in self.draft_table.selectionModel().selectedRows()}
        if self.draft is None or not rows:
            return
        draft_id = self.draft.draft_id
        skus = [self.draft_model.lines[r].sku for r in rows]
        self.ctx.usecases.write(remove_lines, draft_id, skus, then=self._show_draft, failed=self._error)

    def _discard(self) -> None:
        if self.draft is None or not self.confirm(
            self.tr("Discard this count? Nothing of it has been recorded.")
        ):
            return
        self.ctx.usecases.write(
            discard_count,
            self.draft.draft_id,
            then=lambda _r: (self._show_draft(None), self.message.clear()),
            failed=self._error,
        )

    def confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Stocktake"), text)
        return answer == QMessageBox.StandardButton.Yes

    def finish(self) -> None:
        if self.draft is None:
            return
        till, draft_id, threshold = self.ctx.till, self.draft.draft_id, threshold_setting()
        self.finish_btn.setEnabled(False)

        def recorded(done: CountFinished) -> None:  # then its report, read once the count is committed
            self.ctx.usecases.read(
                stocktake_outcome,
                done.stocktake_id,
                till.store_id or "",
                then=lambda outcome: self._finished(done, outcome),
                failed=self._error,
            )

        self.ctx.usecases.write(finish_count, till, draft_id, threshold, then=recorded, failed=self._error)

    def _finished(self, done: CountFinished, outcome: StocktakeOutcome) -> None:
        report = outcome.report
        self._show_draft(None)
        self.section.clear()
        self.report.show_report(report)
        self.report.show_history(outcome.history, select=report.stocktake_id)
        self.tabs.setCurrentIndex(1)
        self._say(self.tr("Count recorded."), ok=True)
        self.stock_changed.emit(done.changes)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.hint.setGeometry(self.draft_table.viewport().rect())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.hint.setGeometry(self.draft_table.viewport().rect())

    # -- messages ----------------------------------------------------------------------------

    def _error(self, exc: BaseException) -> None:
        if self.draft is not None:
            self.finish_btn.setEnabled(True)
        if isinstance(exc, DomainError):
            self._say(error_text(exc.code, exc.params), ok=False)
        else:
            self._say(error_text("app.unexpected", {"detail": type(exc).__name__}), ok=False)

    def _say(self, text: str, *, ok: bool) -> None:
        self.message.setText(text)
        self.message.setProperty("state", "ok" if ok else "error")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
