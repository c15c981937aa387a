"""Shift handover: the outgoing cashier counts the drawer blind; then the till shows expected against
counted per tender with the variance, what happened during the shift and what is still open; both
cashiers sign (PIN and a drawn signature), a manager approves a variance above the store's rule, and
the slip prints. The history beside it finds past handovers and reprints them marked COPY.

Every query and write is a use case of core/handover.py run off the GUI thread (``ctx.usecases``).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.errors import DomainError
from core.handover import (
    HandoverRecord,
    HandoverRule,
    ShiftSummary,
    TenderFigure,
    figures,
    hand_over,
    shift_summary,
)
from core.money import format_money
from core.projection import Changes
from core.registry import Area
from desktop.context import AppContext
from desktop.i18n import error_text
from desktop.printing.handover_slip import ShiftSlipData, local_time, render_shift_handover_slip
from desktop.views.base import Screen
from desktop.views.counter_tender import hkd_rate_ppm
from desktop.views.handover_count import DrawerCountForm
from desktop.views.handover_history import HandoverHistory
from desktop.views.handover_labels import amount_text, tender_label
from desktop.views.handover_sign import ApprovalBox, SignBox


def handover_rule() -> HandoverRule:
    """The store's rule (``handover/max_variance_mop``, MOP 50 unless a manager set another)."""
    try:
        return HandoverRule(int(float(QSettings().value("handover/max_variance_mop", 50)) * 100))
    except (TypeError, ValueError):
        return HandoverRule()


def save_handover_rule(rule: HandoverRule) -> None:
    QSettings().setValue("handover/max_variance_mop", rule.max_variance_avos / 100)


class HandoverScreen(Screen):
    name = "handover"
    recorded = Signal()  # a handover was recorded: the outbox grew

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.summary: ShiftSummary | None = None
        self.tenders: list[TenderFigure] = []
        self.variance = 0
        self.revealed = False
        self.jobs: set[str] = set()
        self.heading = QLabel()
        self.heading.setObjectName("screenTitle")
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.shift_info = QLabel()
        self.shift_info.setObjectName("muted")
        self.shift_info.setWordWrap(True)
        self.count = DrawerCountForm(ctx)
        self.reveal_btn = QPushButton()
        self.reveal_btn.setObjectName("primary")
        self.reveal_btn.clicked.connect(self.reveal)
        self.restart_btn = QPushButton()
        self.restart_btn.clicked.connect(self.start_again)
        self.totals = QTableWidget(0, 4)
        self.totals.verticalHeader().setVisible(False)
        self.totals.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.totals.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.totals.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.totals.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.totals.setMinimumHeight(222)  # the six tenders without scrolling
        self.variance_label = QLabel()
        self.variance_label.setObjectName("sectionTitle")
        self.during = QLabel()  # one line per count: nothing wraps, so nothing overlaps
        self.note = QLineEdit()
        self.note.setMaxLength(200)
        self.approval = ApprovalBox()
        self.approval.hide()
        self.outgoing, self.incoming = SignBox(), SignBox()
        self.hand_over_btn = QPushButton()
        self.hand_over_btn.clicked.connect(self.submit)
        self.history = HandoverHistory(ctx)
        self.history.reprint_requested.connect(self.reprint)
        self.history.failed.connect(self._error)
        self._layout()
        if ctx.printer is not None:
            ctx.printer.failed.connect(self._print_failed)
        self.retranslate()
        self._show_figures()
        # The figures and the history load when the screen is first shown (activated), not at start:
        # the Counter's first data must not wait behind screens nobody has opened yet.

    def _layout(self) -> None:
        count_col = QVBoxLayout()
        count_col.addWidget(self.shift_info)
        count_col.addWidget(self.count, 1)
        count_col.addWidget(self.reveal_btn)
        self.totals_box = QGroupBox()
        totals = QVBoxLayout(self.totals_box)
        totals.addWidget(self.totals)
        self.totals_note = QLabel()
        self.totals_note.setObjectName("muted")
        self.totals_note.setWordWrap(True)
        totals.addWidget(self.totals_note)
        totals.addWidget(self.variance_label)
        self.during_box = QGroupBox()
        QVBoxLayout(self.during_box).addWidget(self.during)
        self.note_caption = QLabel()
        sign_col = QVBoxLayout()
        sign_col.addWidget(self.during_box)
        sign_col.addWidget(self.approval)
        sign_col.addWidget(self.outgoing)
        sign_col.addWidget(self.incoming)
        sign_col.addWidget(self.note_caption)
        sign_col.addWidget(self.note)
        sign_col.addWidget(self.hand_over_btn)
        sign_col.addWidget(self.restart_btn)
        sign_col.addStretch(1)
        sign_panel = QWidget()
        sign_panel.setLayout(sign_col)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(sign_panel)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setMinimumWidth(330)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.history.setMinimumWidth(280)
        middle = QVBoxLayout()
        middle.addWidget(self.totals_box)
        middle.addWidget(scroll, 1)
        columns = QHBoxLayout()
        columns.addLayout(count_col, 5)
        columns.addLayout(middle, 5)
        columns.addWidget(self.history, 4)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addLayout(columns, 1)

    def title(self) -> str:
        return self.tr("Shift handover")

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        self.reveal_btn.setText(self.tr("Count done: show the figures"))
        self.restart_btn.setText(self.tr("Start again"))
        self.totals_box.setTitle(self.tr("Expected and counted"))
        self.during_box.setTitle(self.tr("During the shift, and still open"))
        self.totals.setHorizontalHeaderLabels(
            [self.tr("Tender"), self.tr("Expected"), self.tr("Counted"), self.tr("Variance")]
        )
        self.outgoing.setTitle(self.tr("Outgoing cashier signs"))
        self.incoming.setTitle(self.tr("Incoming cashier signs"))
        self.note_caption.setText(self.tr("Notes for the next shift"))
        self.hand_over_btn.setText(self.tr("Hand over and print the slip"))
        self.approval.retranslate()
        self.outgoing.retranslate()
        self.incoming.retranslate()
        self.count.retranslate()
        self.history.retranslate()
        self._show_summary()
        self._show_figures()

    def is_ready(self) -> bool:
        """The shift's figures and the history are in (and the slip shown names its store: synced)."""
        shown = self.history.shown
        return self.summary is not None and self.history.loaded and (shown is None or bool(shown.store_names))

    def outbox_moved(self, _status: object = None) -> None:
        """Records reached the hub (or were made): the count of unsynced ones on the sheet follows.
        Only while the sheet is shown: it is read afresh whenever it is opened (``activated``), and a
        sale at the counter must not queue this screen's queries before its own."""
        if not self.revealed and self.isVisible():
            self.reload()

    def remote_changes(self, changes: Changes) -> None:
        """Facts from the hub: names arrived (a slip shows them), another till's handover, holds or
        transfers opened or closed. Other tills' sales are not this drawer's."""
        if not self.isVisible():
            if changes.areas & {Area.HANDOVER, Area.STAFF, Area.STORES}:
                self.history.loaded = False  # read again when the screen is opened
            return
        if changes.areas & {Area.HANDOVER, Area.STAFF, Area.STORES}:
            self.history.reload(select_id=self.history.shown.handover_id if self.history.shown else "")
        if changes.areas & {Area.HOLDS, Area.TRANSFERS} and not self.revealed:
            self.reload()

    def activated(self) -> None:
        if not self.revealed:
            self.reload()
        if not self.history.loaded:
            self.history.reload()

    # -- the shift's figures ---------------------------------------------------------------------

    def reload(self) -> None:
        self.ctx.usecases.read(
            shift_summary, self.ctx.till, hkd_rate_ppm=hkd_rate_ppm(), then=self._loaded, failed=self._error
        )

    def _loaded(self, summary: ShiftSummary) -> None:
        self.summary = summary
        self._show_summary()
        if self.revealed:
            self._show_figures()

    def _show_summary(self) -> None:
        s = self.summary
        if s is None:
            return
        self.shift_info.setText(
            self.tr(
                "Shift since %1. Count every note and coin in the drawer; the till's figures stay hidden until you are done."
            ).replace("%1", local_time(s.shift_start))
        )
        lines = [
            self.tr("Voids: %1").replace("%1", str(s.voids)),
            self.tr("Refunds: %1").replace("%1", str(s.refund_count)),
            self.tr("Discounts above limit: %1").replace("%1", str(s.discount_overrides)),
            self.tr("No-sale drawer openings: %1").replace("%1", str(s.no_sales)),
            self.tr("Records not yet synced: %1").replace("%1", str(s.unsynced)),
            self.tr("Open holds: %1").replace("%1", str(s.open_holds)),
            self.tr("Open transfers: %1").replace("%1", str(s.open_transfers)),
        ]
        self.during.setText("\n".join(lines))

    def reveal(self) -> None:
        """The blind count is done: lock it and show expected against counted."""
        problem = self.count.problem()
        if problem is not None:
            self._say(problem, ok=False)
            return
        if self.summary is None:
            return
        self.revealed = True
        self.count.set_locked(True)
        self.reveal_btn.setEnabled(False)
        self._show_figures()
        self._say(self.tr("Count recorded. Check the figures, then both cashiers sign."), ok=True)

    def _show_figures(self) -> None:
        if not self.revealed or self.summary is None:
            self.totals.setRowCount(0)
            self.totals_note.setText(self.tr("Blind count: the figures show once the count is done."))
            self.variance_label.setText("")
            self.approval.hide()
            return
        self.tenders, self.variance = figures(self.summary, self.count.count())
        lang = self.ctx.lang
        self.totals.setRowCount(len(self.tenders))
        for row, t in enumerate(self.tenders):
            diff = t.counted - t.expected
            cells = (
                tender_label(t.method),
                amount_text(t.expected, lang),
                amount_text(t.counted, lang),
                amount_text(diff, lang, signed=True),
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.totals.setItem(row, col, item)
        sign = "+" if self.variance > 0 else "-" if self.variance < 0 else ""
        self.totals_note.setText(self.tr("Amounts in MOP; Cash (HKD) in HKD."))
        self.variance_label.setText(
            self.tr("Variance for the shift: %1").replace("%1", sign + format_money(abs(self.variance), lang))
        )
        self.approval.setVisible(handover_rule().needs_approval(self.variance))

    def start_again(self) -> None:
        self.revealed = False
        self.reveal_btn.setEnabled(True)
        self.count.reset()
        self.outgoing.reset()
        self.incoming.reset()
        self.approval.reset()
        self.note.clear()
        self._show_figures()
        self.reload()

    # -- signing and printing -----------------------------------------------------------------------

    def submit(self) -> None:
        if not self.revealed:
            self._say(self.tr("Finish the count first."), ok=False)
            return
        if not (self.outgoing.pin.text() and self.incoming.pin.text()):
            self._say(self.tr("Both cashiers type their PIN."), ok=False)
            return
        self.hand_over_btn.setEnabled(False)
        self.ctx.usecases.write(
            hand_over,
            self.ctx.till,
            self.count.count(),
            outgoing_pin=self.outgoing.pin.text(),
            incoming_pin=self.incoming.pin.text(),
            outgoing_signature=self.outgoing.pad.signature(),
            incoming_signature=self.incoming.pad.signature(),
            manager_pin=self.approval.pin.text() if self.approval.isVisible() else "",
            reason=self.approval.reason.text(),
            note=self.note.text(),
            rule=handover_rule(),
            hkd_rate_ppm=self.summary.hkd_rate_ppm if self.summary else hkd_rate_ppm(),
            pins=self.ctx.pins,
            then=self._handed_over,
            failed=self._error,
        )

    def _handed_over(self, record: HandoverRecord) -> None:
        self.hand_over_btn.setEnabled(True)
        self._say(self.tr("Shift handed over: %1.").replace("%1", record.handover_no), ok=True)
        self.recorded.emit()
        self._print(record, copy=False)
        self.history.show_record(record)
        self.history.reload(select_id=record.handover_id)
        self.start_again()

    def reprint(self, record: HandoverRecord) -> None:
        self._print(record, copy=True)

    def _print(self, record: HandoverRecord, *, copy: bool) -> None:
        printer = self.ctx.printer
        if printer is None:
            return
        image = render_shift_handover_slip(ShiftSlipData(record, self.ctx.lang), printer.width_px)
        self.jobs.add(record.handover_id)
        printer.print_slip(record.handover_id, image, copy=copy)

    def _print_failed(self, job_id: str, _code: str, message: str) -> None:
        if job_id in self.jobs:
            self._say(
                self.tr("Slip not printed: %1 The handover is recorded.").replace("%1", message), ok=False
            )

    def _error(self, exc: BaseException) -> None:
        self.hand_over_btn.setEnabled(True)
        if isinstance(exc, DomainError):
            self._say(error_text(exc.code, exc.params), ok=False)
        else:
            self._say(error_text("app.unexpected", {"detail": type(exc).__name__}), ok=False)

    def _say(self, text: str, *, ok: bool) -> None:
        self.message.setText(text)
        self.message.setProperty("state", "ok" if ok else "error")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
