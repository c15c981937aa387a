"""Repairs: the store's tickets (report a fault, see who is coming and when, verify or reopen) and the
engineer's view (my tickets in order, with the store's address and phone; accept, decline, on site,
close with notes and parts). An engineer who signs in sees the engineer's view.

The app proposes a ticket itself when the printer or scanner keeps failing (``propose``, from
desktop/views/repairs_watch.py): one tap raises it with the diagnostics attached.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.errors import DomainError
from core.registry import Area
from core.repairs_cases import (
    EngineerRow,
    TicketView,
    engineer_list,
    engineer_tickets,
    move_ticket,
    raise_device_ticket,
    raise_due_preventive,
    raise_ticket,
    store_equipment,
    store_tickets,
)
from core.staff import Role
from desktop.context import AppContext
from desktop.i18n import error_text
from desktop.views.base import Screen
from desktop.views.repairs_banner import ProposalBanner, proposal_text
from desktop.views.repairs_dialogs import DialogPrompts, RepairPrompts
from desktop.views.repairs_model import (
    ENGINEER_COLUMNS,
    STORE_COLUMNS,
    TicketModel,
    address,
    kind_text,
    local_time,
)
from desktop.views.repairs_watch import TicketProposal

REFRESH_MS = 60_000  # the SLA clocks move on while the screen is shown
STARTUP_DELAY_MS = 3_000  # preventive tickets after the Counter has its data
SCHEDULES_MS = 60 * 60_000  # preventive schedules are looked at hourly (and at start)


def _table(model: TicketModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(model.columns.index("fault"), QHeaderView.ResizeMode.Stretch)
    table.setWordWrap(False)
    return table


class RepairsScreen(Screen):
    name = "repairs"
    changed = Signal(object)  # Changes of a ticket recorded here (the outbox, the sync)

    def __init__(self, ctx: AppContext, prompts: RepairPrompts | None = None) -> None:
        super().__init__(ctx)
        self.prompts = prompts or DialogPrompts(self)
        self.engineers: list[EngineerRow] = []
        self._loaded = False
        self.heading = QLabel()
        self.heading.setObjectName("screenTitle")
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.hide()  # shown with the first thing said
        self.banner = ProposalBanner()
        self.banner.raise_btn.clicked.connect(self.raise_proposed)
        self.banner.dismiss_btn.clicked.connect(lambda: self.banner.show_proposal(None))
        self.banner_text, self.raise_proposal_btn = self.banner.text, self.banner.raise_btn
        self.tabs = QTabWidget()
        self.tabs.addTab(self._store_tab(), "")
        self.tabs.addTab(self._engineer_tab(), "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.banner)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(lambda: self.isVisible() and self.reload())
        self.timer.start()
        self.schedules = QTimer(self)
        self.schedules.setInterval(SCHEDULES_MS)
        self.schedules.timeout.connect(self.raise_due)
        if ctx.till.store_id is not None:  # a store's device raises its store's preventive tickets
            self.schedules.start()
            QTimer.singleShot(STARTUP_DELAY_MS, self.raise_due)
        self.retranslate()  # the tickets load when the screen is first shown (activated)

    # -- layout ------------------------------------------------------------------------------

    def _store_tab(self) -> QWidget:
        self.store_model = TicketModel(STORE_COLUMNS, lambda: self.ctx.lang)
        self.store_table = _table(self.store_model)
        self.store_table.selectionModel().selectionChanged.connect(lambda *_: self._show_detail())
        self.store_detail = QLabel()
        self.store_detail.setWordWrap(True)
        self.store_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.report_btn = QPushButton()
        self.report_btn.clicked.connect(self.report_fault)
        self.verify_btn = QPushButton()
        self.verify_btn.clicked.connect(lambda: self._move(self.store_table, "verified"))
        self.reopen_btn = QPushButton()
        self.reopen_btn.clicked.connect(lambda: self._move(self.store_table, "reopened"))
        buttons = QHBoxLayout()
        for button in (self.report_btn, self.verify_btn, self.reopen_btn):
            buttons.addWidget(button)
        buttons.addStretch(1)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(buttons)
        layout.addWidget(self.store_table, 1)
        layout.addWidget(self.store_detail)
        return tab

    def _engineer_tab(self) -> QWidget:
        self.engineer_caption = QLabel()
        self.engineer_pick = QComboBox()
        self.engineer_pick.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.engineer_pick.setMinimumWidth(160)
        self.engineer_pick.currentIndexChanged.connect(lambda _i: self._load_engineer())
        self.engineer_model = TicketModel(ENGINEER_COLUMNS, lambda: self.ctx.lang)
        self.engineer_table = _table(self.engineer_model)
        self.engineer_table.selectionModel().selectionChanged.connect(lambda *_: self._show_detail())
        self.engineer_detail = QLabel()
        self.engineer_detail.setWordWrap(True)
        self.engineer_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.move_buttons: dict[str, QPushButton] = {}
        buttons = QHBoxLayout()
        buttons.addWidget(self.engineer_caption)
        buttons.addWidget(self.engineer_pick)
        for state in ("accepted", "declined", "on_site", "resolved"):
            button = QPushButton()
            button.clicked.connect(lambda _c=False, state=state: self._move(self.engineer_table, state))
            self.move_buttons[state] = button
            buttons.addWidget(button)
        buttons.addStretch(1)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(buttons)
        layout.addWidget(self.engineer_table, 1)
        layout.addWidget(self.engineer_detail)
        return tab

    def title(self) -> str:
        return self.tr("Repairs")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Repairs"))
        self.tabs.setTabText(0, self.tr("This store's tickets"))
        self.tabs.setTabText(1, self.tr("Engineer's view"))
        self.report_btn.setText(self.tr("Report a fault…"))
        self.verify_btn.setText(self.tr("Repair verified"))
        self.reopen_btn.setText(self.tr("Not fixed: reopen"))
        self.engineer_caption.setText(self.tr("Tickets of"))
        self.move_buttons["accepted"].setText(self.tr("Accept"))
        self.move_buttons["declined"].setText(self.tr("Decline"))
        self.move_buttons["on_site"].setText(self.tr("I am on site"))
        self.move_buttons["resolved"].setText(self.tr("Close with notes…"))
        self.banner.retranslate()
        for model in (self.store_model, self.engineer_model):
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)
            model.layoutChanged.emit()
        self._show_detail()

    def is_ready(self) -> bool:
        return self._loaded

    def activated(self) -> None:
        self.reload()

    # -- loading -----------------------------------------------------------------------------

    def reload(self) -> None:
        self.ctx.usecases.read(
            store_tickets, self.ctx.till.store_id, then=self._store_loaded, failed=self._error
        )
        self.ctx.usecases.read(engineer_list, then=self._engineers_loaded, failed=self._error)

    def raise_due(self) -> None:
        """Tickets for preventive schedules that fell due (raised once, whichever till is first)."""

        def raised(ids: list[str]) -> None:
            if ids:
                self.changed.emit(None)
                self.reload()

        self.ctx.usecases.write(raise_due_preventive, self.ctx.till, then=raised, failed=self._error)

    def remote_changes(self, changes: object) -> None:
        if Area.REPAIRS in getattr(changes, "areas", ()):
            self.reload()

    def signed_in_changed(self) -> None:
        """An engineer who signs in sees their own tickets first."""
        member = self.ctx.signed_in.member
        if member is not None and member.role is Role.ENGINEER:
            self.tabs.setCurrentIndex(1)
        self._engineers_loaded(self.engineers)

    def _store_loaded(self, rows: list[TicketView]) -> None:
        self._set_rows(self.store_table, self.store_model, rows)
        self._loaded = True

    def _engineers_loaded(self, rows: list[EngineerRow]) -> None:
        self.engineers = rows
        member = self.ctx.signed_in.member
        mine = member is not None and member.role is Role.ENGINEER
        shown = [r for r in rows if r.staff_id == member.staff_id] if mine and member else rows
        current = self.engineer_pick.currentData()
        self.engineer_pick.blockSignals(True)
        self.engineer_pick.clear()
        for row in shown:
            self.engineer_pick.addItem(self._name(row.names), row.staff_id)
        index = self.engineer_pick.findData(current)
        self.engineer_pick.setCurrentIndex(max(index, 0))
        self.engineer_pick.blockSignals(False)
        self.engineer_pick.setEnabled(not mine)
        self._load_engineer()

    def _load_engineer(self) -> None:
        staff_id = self.engineer_pick.currentData()
        if not staff_id:
            self.engineer_model.set_rows([])
            return
        self.ctx.usecases.read(
            engineer_tickets, str(staff_id), then=self._engineer_loaded, failed=self._error
        )

    def _engineer_loaded(self, rows: list[TicketView]) -> None:
        self._set_rows(self.engineer_table, self.engineer_model, rows)

    def _set_rows(self, table: QTableView, model: TicketModel, rows: list[TicketView]) -> None:
        """New rows, the same ticket still selected (the first when it is gone)."""
        selected = self._selected(table)
        model.set_rows(rows)
        ids = [r.ticket_id for r in rows]
        if ids:
            table.selectRow(ids.index(selected.ticket_id) if selected and selected.ticket_id in ids else 0)
        self._show_detail()

    def _name(self, names: tuple[str, str, str]) -> str:
        zh, en, pt = names
        return {"zh_Hant": zh, "pt": pt}.get(self.ctx.lang, "") or en

    # -- the selected ticket -----------------------------------------------------------------

    def _selected(self, table: QTableView) -> TicketView | None:
        rows = table.selectionModel().selectedRows()
        model = table.model()
        assert isinstance(model, TicketModel)
        return model.rows[rows[0].row()] if rows and rows[0].row() < len(model.rows) else None

    def _show_detail(self) -> None:
        for table, label in (
            (self.store_table, self.store_detail),
            (self.engineer_table, self.engineer_detail),
        ):
            ticket = self._selected(table)
            label.setText(self._detail(ticket) if ticket else self.tr("Choose a ticket to see its details."))

    def _detail(self, t: TicketView) -> str:
        lines = [f"<b>{t.description}</b>"]
        if t.equipment:
            kind = kind_text(t.equipment_kind)
            lines.append(kind if t.equipment == kind else f"{kind} ({t.equipment})")
        lines.append(f"{self._name(t.store_names)} · {address(t, self.ctx.lang)} · {t.store_phone}")
        if t.engineer_id and t.state in ("assigned", "accepted"):
            lines.append(
                self.tr("%1 arrives about %2")
                .replace("%1", self._name(t.engineer_names))
                .replace("%2", local_time(t.eta))
            )
        if t.resolution:
            lines.append(
                self.tr("Done: %1").replace("%1", t.resolution) + (f" · {t.parts}" if t.parts else "")
            )
        if t.source == "device":
            lines.append(self.tr("Raised by the app: the device kept failing."))
        if t.diagnostics:
            lines.append("<pre>" + t.diagnostics.replace("<", "&lt;") + "</pre>")
        return "<br>".join(lines)

    # -- actions -----------------------------------------------------------------------------

    def report_fault(self) -> None:
        self.ctx.usecases.read(
            store_equipment, self.ctx.till.store_id, then=self._ask_fault, failed=self._error
        )

    def _ask_fault(self, equipment: list) -> None:  # type: ignore[type-arg]
        form = self.prompts.fault(equipment)
        if form is None:
            return
        self.ctx.usecases.write(
            raise_ticket,
            self.ctx.till,
            self.ctx.signed_in.member,
            description=form.description,
            priority=form.priority,
            equipment_id=form.equipment_id,
            then=lambda result: self._recorded(result[1], self.tr("Ticket raised: the hub dispatches it.")),
            failed=self._error,
        )

    def _move(self, table: QTableView, state: str) -> None:
        ticket = self._selected(table)
        member = self.ctx.signed_in.member
        if ticket is None:
            self._say(self.tr("Choose a ticket first."), ok=False)
            return
        if member is None:
            self._say(self.tr("Sign in at the Counter first."), ok=False)
            return
        notes, parts = "", ""
        if state == "resolved":
            answer = self.prompts.resolution()
            if answer is None:
                return
            notes, parts = answer
        self.ctx.usecases.write(
            move_ticket,
            self.ctx.till,
            member,
            ticket.ticket_id,
            state,
            notes,
            parts,
            then=lambda changes: self._recorded(changes, self.tr("Recorded.")),
            failed=self._error,
        )

    def _recorded(self, changes: object, text: str) -> None:
        self._say(text, ok=True)
        self.changed.emit(changes)
        self.reload()

    # -- the app's own proposal ---------------------------------------------------------------

    @property
    def proposal(self) -> TicketProposal | None:
        return self.banner.proposal

    def propose(self, proposal: TicketProposal) -> None:
        """The printer or scanner keeps failing: offer a ticket with its diagnostics."""
        self.banner.show_proposal(proposal)

    def raise_proposed(self) -> None:
        p = self.banner.proposal
        if p is None:
            return
        self.banner.show_proposal(None)
        self.ctx.usecases.write(
            raise_device_ticket,
            self.ctx.till,
            self.ctx.signed_in.member,
            p.device_kind,
            proposal_text(p),
            p.diagnostics,
            then=lambda result: self._recorded(result[1], self.tr("Ticket raised: the hub dispatches it.")),
            failed=self._error,
        )

    # -- messages ----------------------------------------------------------------------------

    def _error(self, exc: BaseException) -> None:
        if isinstance(exc, DomainError):
            self._say(error_text(exc.code, exc.params), ok=False)
        else:
            self._say(error_text("app.unexpected", {"detail": type(exc).__name__}), ok=False)

    def _say(self, text: str, *, ok: bool) -> None:
        self.message.setText(text)
        self.message.show()
        self.message.setProperty("state", "ok" if ok else "error")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
