"""The substitute finder: who can take the week's open shift (this store first, then nearby stores,
nobody who would break a rule), and giving it to the one who said yes."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from core.errors import DomainError
from core.shifts import Candidate, RosterWeek, accept_shift, substitutes
from desktop.context import AppContext
from desktop.i18n import error_text


class SubstituteFinder(QWidget):
    said = Signal(str, bool)  # text, ok
    given = Signal(object)  # Changes

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.candidates: list[Candidate] = []
        self.open_shift = ""
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.give_btn = QPushButton()
        self.give_btn.clicked.connect(self.give_shift)
        self.give_btn.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in (self.title, self.list, self.give_btn):
            layout.addWidget(w)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Substitutes for the open shift"))
        self.give_btn.setText(self.tr("Give the shift to the chosen person"))

    def show_for(self, week: RosterWeek | None, chosen: str) -> None:
        """Look for substitutes for ``chosen`` if it is open, else for the week's first open shift."""
        shifts = week.shifts if week else ()
        view = next((v for v in shifts if v.shift_id == chosen and v.state == "open"), None)
        view = view or next((v for v in shifts if v.state == "open"), None)
        self.list.clear()
        self.candidates = []
        self.give_btn.setEnabled(False)
        self.open_shift = view.shift_id if view is not None else ""
        if view is not None:
            shift_id = view.shift_id
            self.ctx.usecases.read(
                substitutes, shift_id, then=lambda found: self._found(shift_id, found), failed=self._failed
            )

    def _found(self, shift_id: str, found: list[Candidate]) -> None:
        if shift_id != self.open_shift:
            return  # an answer for a shift no longer open or chosen
        self.candidates = found
        self.list.clear()
        zh = self.ctx.lang == "zh_Hant"
        for c in found:
            name = (c.name_zh if zh else "") or c.name
            store = (c.store_zh if zh else c.store_en) or c.store_id
            where = (
                self.tr("this store") if c.store_id == self.ctx.till.store_id else f"{store}, {c.km:.1f} km"
            )
            hours = self.tr("%1 h this week").replace("%1", f"{c.week_hours:g}")
            self.list.addItem(f"{name} — {where} — {hours}")
        if not found:
            self.list.addItem(self.tr("Nobody can take it without breaking a rule."))
        self.give_btn.setEnabled(bool(found))

    def give_shift(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.candidates):
            self.said.emit(self.tr("Choose who takes the shift."), False)
            return
        member = self.ctx.signed_in.member
        if member is None:
            self.said.emit(error_text("staff.not_allowed", {"name": ""}), False)
            return
        self.ctx.usecases.write(
            accept_shift,
            self.ctx.till,
            member,
            self.open_shift,
            substitute_id=self.candidates[row].staff_id,
            then=self._given,
            failed=self._failed,
        )

    def _given(self, changes: object) -> None:
        self.said.emit(self.tr("The shift is taken; the hub confirms it."), True)
        self.given.emit(changes)

    def _failed(self, exc: BaseException) -> None:
        text = error_text(exc.code, exc.params) if isinstance(exc, DomainError) else str(exc)
        self.said.emit(text, False)
