"""Settings → Staff: the staff a manager signed in at the Counter manages (a store manager, their
store's; an area manager, everyone), adding, editing, PINs, deactivating, and who changed what when.

Every change is a fact (core/staff_admin.py): it applies on this till at once, offline too, and
reaches the other tills through the hub. Nothing here waits on the database on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.errors import DomainError
from core.projection import Changes
from core.registry import Area
from core.staff import Permission, Role, StaffMember
from core.staff_admin import (
    StaffDetails,
    StaffOverview,
    StaffRow,
    add_staff,
    change_staff,
    grantable_roles,
    member_now,
    set_active,
    set_pin,
    staff_overview,
)
from core.stock import StoreColumn
from desktop.context import AppContext
from desktop.i18n import error_text
from desktop.models.staff import StaffChangesModel, StaffModel
from desktop.views.base import fit_columns
from desktop.views.staff_dialogs import DialogStaffPrompts, MemberQuestion, StaffForm, StaffPrompts


def _table() -> QTableView:
    table = QTableView()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    return table


class StaffPage(QWidget):
    changed = Signal(object)  # Changes: a staff fact was recorded here (sync it, refresh others)
    # Whoever is signed in at this counter was changed elsewhere: their StaffMember now, or None once
    # deactivated (the Counter signs them out).
    signed_in_changed_elsewhere = Signal(object)

    def __init__(self, ctx: AppContext, prompts: StaffPrompts | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.prompts: StaffPrompts = prompts or DialogStaffPrompts(self)
        self.stores: tuple[StoreColumn, ...] = ()
        self.loaded = False
        self._loading = 0
        self.note = QLabel()
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        self.add_btn, self.edit_btn = QPushButton(), QPushButton()
        self.pin_btn, self.active_btn = QPushButton(), QPushButton()
        self.add_btn.clicked.connect(self.add_member)
        self.edit_btn.clicked.connect(self.edit_member)
        self.pin_btn.clicked.connect(self.reset_pin)
        self.active_btn.clicked.connect(self.toggle_active)
        buttons = QHBoxLayout()
        for button in (self.add_btn, self.edit_btn, self.pin_btn, self.active_btn):
            button.setMinimumHeight(36)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)

        self.model = StaffModel(lambda: self.ctx.lang, self.store_name)
        self.table = _table()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.table.doubleClicked.connect(lambda _i: self.edit_member())
        self.changes_title = QLabel()
        self.changes_title.setObjectName("sectionTitle")
        self.changes_model = StaffChangesModel(lambda: self.ctx.lang, self.store_name)
        self.changes = _table()
        self.changes.setModel(self.changes_model)
        self.changes.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.no_changes = QLabel()
        self.no_changes.setObjectName("muted")

        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.changes_title)
        layout.addWidget(self.no_changes)
        layout.addWidget(self.changes, 2)
        self.retranslate()

    # -- who is signed in ----------------------------------------------------------------------------

    @property
    def manager(self) -> StaffMember | None:
        member = self.ctx.signed_in.member
        return member if member is not None and member.can(Permission.MANAGE_STAFF) else None

    def lock(self) -> None:
        """Managed only while a manager is signed in at this counter; anyone else sees no staff list."""
        manager = self.manager
        if manager is None:
            self.note.setText(self.tr("Sign in on the Counter as a store manager to manage staff."))
            self.model.set_rows([])
            self.changes_model.set_rows([])
            self.loaded = False
        else:
            self._note(manager)
            self.refresh()
        self._enable()

    def store_name(self, store_id: str | None) -> str:
        if store_id is None:
            return self.tr("Whole chain")
        store = next((s for s in self.stores if s.store_id == store_id), None)
        return store.name(self.ctx.lang) if store is not None else store_id

    # -- loading -------------------------------------------------------------------------------------

    def refresh(self) -> None:
        manager = self.manager
        if manager is None:
            return
        self._loading += 1
        self.ctx.usecases.read(staff_overview, manager, then=self._loaded, failed=self._load_failed)

    def _loaded(self, overview: StaffOverview) -> None:
        self._loading -= 1
        if self.manager is None:
            return
        chosen = self.selected()
        self.stores, rows, changes = overview.stores, overview.rows, overview.changes
        self.model.set_rows(rows)
        self.changes_model.set_rows(changes)
        self.no_changes.setVisible(not changes)
        fit_columns(self.table, range(7))
        fit_columns(self.changes, range(3))
        if chosen is not None:
            self.select(chosen.staff_id)
        self.loaded = self._loading == 0
        self._enable()
        self._note(self.manager)  # the store's name came with the rows

    def _load_failed(self, exc: BaseException) -> None:
        self._loading -= 1
        self.say_error(exc)

    def _note(self, manager: StaffMember) -> None:
        if manager.role == Role.AREA_MANAGER:
            text = self.tr("Signed in: %1, who manages the staff of every store.")
        else:
            text = self.tr("Signed in: %1, who manages the staff of %2.")
        self.note.setText(
            text.replace("%1", manager.shown_name(self.ctx.lang)).replace(
                "%2", self.store_name(manager.store_id)
            )
        )

    def is_ready(self) -> bool:
        return self.manager is None or self.loaded

    # -- selection -----------------------------------------------------------------------------------

    def selected(self) -> StaffRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def select(self, staff_id: str) -> None:
        for n, row in enumerate(self.model.rows):
            if row.staff_id == staff_id:
                self.table.selectionModel().select(
                    self.model.index(n, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.scrollTo(self.model.index(n, 0))
                return

    def _enable(self) -> None:
        manager, row = self.manager, self.selected()
        self.add_btn.setEnabled(manager is not None)
        for button in (self.edit_btn, self.pin_btn, self.active_btn):
            button.setEnabled(manager is not None and row is not None)
        self.active_btn.setText(
            self.tr("Make active") if row is not None and not row.active else self.tr("Deactivate")
        )

    # -- actions -------------------------------------------------------------------------------------

    def _question(
        self, manager: StaffMember, title: str, with_pin: bool, start: StaffDetails | None, error: str
    ) -> MemberQuestion:
        if manager.role == Role.AREA_MANAGER:
            stores = [(s.store_id, s.name(self.ctx.lang)) for s in self.stores] + [
                (None, self.tr("Whole chain"))
            ]
        else:
            stores = [(manager.store_id, self.store_name(manager.store_id))]
        return MemberQuestion(
            title, grantable_roles(manager), stores, manager.discount_limit_percent, with_pin, start, error
        )

    def add_member(self, start: StaffForm | None = None, error: str = "") -> None:
        manager = self.manager
        if manager is None:
            return
        question = self._question(
            manager, self.tr("Add staff"), True, start.details if start else None, error
        )
        form = self.prompts.member(question)
        if form is None:
            return
        till = self.ctx.till

        def work(session: Any) -> str:
            return add_staff(session, till, manager, form.details, form.pin, form.pin_again)

        self._write(
            work,
            lambda _id: self.tr("Added: %1. They can sign in with their PIN now.").replace(
                "%1", self._name(form.details)
            ),
            lambda message: self.add_member(form, message),
        )

    def edit_member(self, start: StaffDetails | None = None, error: str = "") -> None:
        manager, row = self.manager, self.selected()
        if manager is None or row is None:
            return
        start = start or StaffDetails(
            row.name_en, row.name_zh, row.name_pt, row.role, row.store_id, row.discount_limit
        )
        question = self._question(
            manager, self.tr("Edit %1").replace("%1", row.shown_name(self.ctx.lang)), False, start, error
        )
        if row.role not in question.roles:  # shown as it is; giving it again is the core's to refuse
            question = replace(question, roles=[row.role, *question.roles])
        if manager.role == Role.AREA_MANAGER:
            question = replace(question, pin_if_moved=True)
        form = self.prompts.member(question)
        if form is None:
            return
        till, staff_id = self.ctx.till, row.staff_id

        def work(session: Any) -> None:
            change_staff(session, till, manager, staff_id, form.details, form.pin, form.pin_again)

        self._write(
            work,
            lambda _r: self.tr("Saved: %1.").replace("%1", self._name(form.details)),
            lambda message: self.edit_member(form.details, message),
        )

    def reset_pin(self, error: str = "") -> None:
        manager, row = self.manager, self.selected()
        if manager is None or row is None:
            return
        name = row.shown_name(self.ctx.lang)
        answer = self.prompts.new_pin(name, error)
        if answer is None:
            return
        till, staff_id = self.ctx.till, row.staff_id

        def work(session: Any) -> None:
            set_pin(session, till, manager, staff_id, *answer)

        self._write(
            work,
            lambda _r: self.tr("New PIN set for %1.").replace("%1", name),
            lambda message: self.reset_pin(message),
        )

    def toggle_active(self) -> None:
        manager, row = self.manager, self.selected()
        if manager is None or row is None:
            return
        name = row.shown_name(self.ctx.lang)
        if row.active and not self.prompts.confirm(
            self.tr(
                "Deactivate %1? They will no longer be able to sign in. Their sales stay theirs."
            ).replace("%1", name)
        ):
            return
        till, staff_id, active = self.ctx.till, row.staff_id, not row.active

        def work(session: Any) -> None:
            set_active(session, till, manager, staff_id, active)

        done = self.tr("%1 is active again.") if active else self.tr("%1 is deactivated.")
        self._write(work, lambda _r: done.replace("%1", name), self.say)

    def _name(self, details: StaffDetails) -> str:
        names = {"zh_Hant": details.name_zh, "pt": details.name_pt}
        return names.get(self.ctx.lang) or details.name_en or details.name_zh or details.name_pt

    def _write(
        self, work: Callable[[Any], Any], said: Callable[[Any], str], again: Callable[[str], None]
    ) -> None:
        """Record a change off the GUI thread; on a refusal, ``again`` gets the message (the dialog
        opens again with what was typed)."""

        def done(result: Any) -> None:
            self.say(said(result), ok=True)
            self.changed.emit(Changes(areas={Area.STAFF, Area.AUDIT}))
            self.refresh()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, DomainError):
                again(error_text(exc.code, exc.params))
            else:
                self.say_error(exc)

        self.ctx.usecases.write(work, then=done, failed=failed)

    def say_error(self, exc: BaseException) -> None:
        if isinstance(exc, DomainError):
            self.say(error_text(exc.code, exc.params))
        else:
            self.say(error_text("app.unexpected", {"detail": type(exc).__name__}))

    def say(self, text: str, ok: bool = False) -> None:
        self.message.setText(text)
        self.message.setProperty("state", "ok" if ok else "error")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    def remote_changes(self, changes: Changes) -> None:
        """Staff changed on another till: show it, and check on whoever is signed in here."""
        if Area.STAFF not in changes.areas:
            return
        self.check_signed_in()
        if self.manager is not None:
            self.refresh()

    def check_signed_in(self) -> None:
        member = self.ctx.signed_in.member
        if member is None:
            return

        def done(now: StaffMember | None) -> None:
            if self.ctx.signed_in.member == member and now != member:
                self.signed_in_changed_elsewhere.emit(now)

        self.ctx.usecases.read(member_now, member.staff_id, then=done, failed=self.say_error)

    def retranslate(self) -> None:
        self.add_btn.setText(self.tr("Add staff…"))
        self.edit_btn.setText(self.tr("Edit…"))
        self.pin_btn.setText(self.tr("Set PIN…"))
        self.changes_title.setText(self.tr("Changes to staff"))
        self.no_changes.setText(
            self.tr("No changes to staff yet. Each one is listed here: when, by whom, what.")
        )
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.COLUMNS - 1)
        self.changes_model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, self.changes_model.COLUMNS - 1
        )
        self.lock()
