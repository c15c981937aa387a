"""Shifts: the store's roster for a week, the labour rules it breaks (with the article), auto-planning
off the GUI thread with progress and cancel, and the substitute finder for an open shift."""

from __future__ import annotations

import threading
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core import cpsat
from core.errors import DomainError
from core.projection import Changes
from core.registry import Area
from core.shifts import (
    RosterWeek,
    ShiftDraft,
    ShiftView,
    copy_last_week,
    planning_request,
    publish_roster,
    reopening_plan,
    roster_week,
    typhoon_release,
)
from core.shifts_solver import Plan, PlanRequest, Unmet, plan
from desktop.context import AppContext
from desktop.i18n import error_text
from desktop.views.base import Screen
from desktop.views.shifts_attendance import AttendancePanel
from desktop.views.shifts_grid import RosterGrid, rule_text, shown_name, skill_text, warning_text
from desktop.views.shifts_subs import SubstituteFinder


class _Progress(QObject):
    """Carries the planner's progress from its worker thread to the screen (a queued signal)."""

    moved = Signal(int, int)


def this_monday() -> date:
    today = datetime.now().date()
    return today - timedelta(days=today.weekday())


class ShiftsScreen(Screen):
    name = "shifts"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.store_id = ctx.till.store_id or ""
        self.monday = this_monday()
        self.week: RosterWeek | None = None
        self.planned: Plan | None = None
        self._cancel: threading.Event | None = None
        self._loaded = False
        self._progress = _Progress()
        self._progress.moved.connect(self._moved)

        self.heading = QLabel()
        self.heading.setObjectName("screenTitle")
        self.prev_btn = QPushButton("◀")
        self.next_btn = QPushButton("▶")
        self.prev_btn.clicked.connect(lambda: self.go(-7))
        self.next_btn.clicked.connect(lambda: self.go(7))
        self.plan_btn = QPushButton()
        self.plan_btn.clicked.connect(self.auto_plan)
        self.cancel_btn = QPushButton()
        self.cancel_btn.clicked.connect(self.cancel_plan)
        self.publish_btn = QPushButton()
        self.publish_btn.clicked.connect(self.publish_plan)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(160)
        self.grid = RosterGrid()
        self.grid.itemSelectionChanged.connect(self._selected)
        self.warnings_title = QLabel()
        self.warnings_title.setObjectName("sectionTitle")
        self.warnings = QListWidget()
        self.warnings.setWordWrap(True)
        self.plan_note = QLabel()
        self.plan_note.setWordWrap(True)
        self.finder = SubstituteFinder(ctx)
        self.finder.said.connect(lambda text, ok: self.say(text, ok=ok))
        self.finder.given.connect(self.apply_changes)
        self.attendance = AttendancePanel(ctx)
        self.attendance.said.connect(lambda text, ok: self.say(text, ok=ok))
        self.copy_btn = QPushButton()
        self.copy_btn.clicked.connect(self.copy_week)
        self.typhoon_btn = QPushButton()
        self.typhoon_btn.clicked.connect(self.raise_typhoon)
        self.reopen_btn = QPushButton()
        self.reopen_btn.clicked.connect(self.reopen)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)

        top = QHBoxLayout()
        for w in (self.heading, self.prev_btn, self.next_btn):
            top.addWidget(w)
        top.addStretch(1)
        for w in (self.progress, self.cancel_btn, self.plan_btn, self.publish_btn):
            top.addWidget(w)
        actions = QHBoxLayout()  # a second row: the window stays 1280 px wide in every language
        for w in (self.copy_btn, self.typhoon_btn, self.reopen_btn):
            actions.addWidget(w)
        actions.addStretch(1)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        for w in (
            self.warnings_title,
            self.warnings,
            self.plan_note,
            self.finder,
        ):
            side_layout.addWidget(w)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.grid)
        left.addWidget(self.attendance)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(side)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(split, 1)
        layout.addWidget(self.message)
        self._planning(False)
        self.retranslate()  # the week loads when the screen is first shown (activated)

    # -- text -------------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Shifts")

    def retranslate(self) -> None:
        self.finder.retranslate()
        self.attendance.retranslate()
        form = "yyyy年M月d日" if self.ctx.lang == "zh_Hant" else "d MMM yyyy"
        first = QLocale().toString(QDate(self.monday.year, self.monday.month, self.monday.day), form)
        self.heading.setText(self.tr("Roster, week of %1").replace("%1", first))
        self.prev_btn.setToolTip(self.tr("Previous week"))
        self.next_btn.setToolTip(self.tr("Next week"))
        self.plan_btn.setText(self.tr("Auto-plan"))
        self.plan_btn.setToolTip(
            ""
            if cpsat.available()
            else self.tr(
                "The roster planner is not installed on this computer (the counter edition leaves it "
                "out): auto-plan on a manager's PC. Rosters made there show here."
            )
        )
        self.cancel_btn.setText(self.tr("Cancel"))
        self.publish_btn.setText(self.tr("Publish plan"))
        self.warnings_title.setText(self.tr("Labour rules"))
        self.copy_btn.setText(self.tr("Copy last week"))
        self.typhoon_btn.setText(self.tr("Typhoon Signal 8"))
        self.typhoon_btn.setToolTip(
            self.tr("Release the rest of today's shifts: nobody is required to come.")
        )
        self.reopen_btn.setText(self.tr("Signal lowered: reopen"))
        self._show()
        self._selected()

    def is_ready(self) -> bool:
        return self._loaded

    # -- the week ---------------------------------------------------------------------------------

    def go(self, days: int) -> None:
        self.monday += timedelta(days=days)
        self.planned = None
        self.retranslate()
        self.reload()

    def activated(self) -> None:
        if not self._loaded:
            self.reload()

    def reload(self) -> None:
        self.ctx.usecases.read(
            roster_week, self.store_id, self.monday, then=self._loaded_week, failed=self.fail
        )

    def apply_changes(self, changes: Changes) -> None:
        """A fact touched rosters (here or from the hub): read the week again."""
        if Area.SHIFTS in changes.areas:
            self.reload()

    def _loaded_week(self, week: RosterWeek) -> None:
        self.week = week
        self._loaded = True
        self._show()
        self._selected()
        self.attendance.reload({p.staff_id: shown_name(p, self.ctx.lang) for p in week.people})

    def _name(self, staff_id: str) -> str:
        people = self.week.people if self.week else ()
        person = next((p for p in people if p.staff_id == staff_id), None)
        return shown_name(person, self.ctx.lang) if person else staff_id

    def _show(self) -> None:
        if self.week is None:
            return
        added: list[ShiftView] = []
        removed: set[str] = set()
        if self.planned is not None:
            added = [
                ShiftView(
                    s.shift_id, s.store_id, s.staff_id, _text(s.start), _text(s.end), "", "published", False
                )
                for s in self.planned.added
            ]
            removed = {s.shift_id for s in self.planned.removed}
        self.grid.show_week(self.week, self.ctx.lang, self.tr("Open shifts"), added, removed)
        self.warnings.clear()
        for w in self.week.warnings:
            self.warnings.addItem(warning_text(w, self._name(w.staff_id)))
        if not self.week.warnings:
            self.warnings.addItem(self.tr("No rule is broken this week."))

    # -- auto-plan --------------------------------------------------------------------------------

    def auto_plan(self) -> None:
        self._planning(True)
        self.say(self.tr("Planning the week…"), ok=True)
        self.ctx.usecases.read(
            planning_request,
            self.store_id,
            self.monday,
            replan=True,
            then=self._solve,
            failed=self._plan_failed,
        )

    def _solve(self, request: PlanRequest) -> None:
        cancel = self._cancel = threading.Event()
        progress = self._progress.moved.emit
        self.ctx.tasks.submit(
            lambda: plan(request, cancel=cancel, progress=progress), self._planned, self._plan_failed
        )

    def cancel_plan(self) -> None:
        if self._cancel is not None:
            self._cancel.set()

    def _moved(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _planned(self, result: Plan) -> None:
        self._planning(False)
        if result.cancelled:
            self.say(self.tr("Auto-plan cancelled; nothing changed."), ok=False)
            return
        self.planned = result
        self.publish_btn.setEnabled(result.changes > 0)
        note = self.tr("Plan: %1 shifts added, %2 taken off.").replace("%1", str(len(result.added)))
        note = note.replace("%2", str(len(result.removed)))
        for unmet in result.unmet[:5]:
            note += "\n" + self.unmet_text(unmet)
        self.plan_note.setText(note)
        self.say(self.tr("Check the plan, then publish it."), ok=True)
        self._show()

    def unmet_text(self, unmet: Unmet) -> str:
        r = unmet.requirement
        day = QLocale().toString(QDate(r.day.year, r.day.month, r.day.day), "ddd d/M")
        what = self.tr("%1 %2:00–%3:00, %4 short").replace("%1", day).replace("%2", f"{r.start_h:g}")
        what = what.replace("%3", f"{r.end_h:g}").replace("%4", str(unmet.short))
        if unmet.reason == "no_skill":
            why = self.tr("nobody here is a %1").replace("%1", skill_text(r.skill))
        elif unmet.reason == "absent":
            why = self.tr("only %1 available that day").replace("%1", str(unmet.available))
        else:
            why = self.tr("the hours and rest rules leave too few shifts")
        return f"{what}: {why}"

    def _plan_failed(self, exc: BaseException) -> None:
        self._planning(False)
        self.fail(exc)

    def _planning(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_btn.setVisible(busy)
        self.plan_btn.setEnabled(not busy and cpsat.available())
        self.publish_btn.setEnabled(not busy and self.planned is not None and self.planned.changes > 0)
        if busy:
            self.progress.setRange(0, 0)

    def publish_plan(self) -> None:
        member = self.ctx.signed_in.member
        if self.planned is None or member is None:
            self.say(error_text("staff.not_allowed", {"name": ""}), ok=False)
            return
        drafts = [ShiftDraft(s.staff_id, s.start, s.end, shift_id=s.shift_id) for s in self.planned.added]
        self.ctx.usecases.write(
            publish_roster,
            self.ctx.till,
            member,
            self.store_id,
            drafts,
            withdrawn=[s.shift_id for s in self.planned.removed],
            then=self._published,
            failed=self.fail,
        )

    def _published(self, changes: Changes) -> None:
        self.planned = None
        self.plan_note.setText("")
        self.say(self.tr("Roster published: staff see their shifts."), ok=True)
        self.apply_changes(changes)

    def _selected(self) -> None:
        self.finder.show_for(self.week, self.grid.selected_shift())

    def copy_week(self) -> None:
        member = self.ctx.signed_in.member
        if member is None:
            self.say(error_text("staff.not_allowed", {"name": ""}), ok=False)
            return
        self.ctx.usecases.write(
            copy_last_week,
            self.ctx.till,
            member,
            self.store_id,
            self.monday,
            then=self._copied,
            failed=self.fail,
        )

    def _copied(self, changes: Changes) -> None:
        self.say(self.tr("Last week's shifts are on this week's roster."), ok=True)
        self.apply_changes(changes)

    # -- typhoon mode -----------------------------------------------------------------------------

    def raise_typhoon(self) -> None:
        member = self.ctx.signed_in.member
        if member is None:
            self.say(error_text("staff.not_allowed", {"name": ""}), ok=False)
            return
        now = datetime.now()
        until = datetime.combine(now.date(), datetime.min.time()) + timedelta(days=1)
        self.ctx.usecases.write(
            typhoon_release, self.ctx.till, member, 8, now, until, then=self._released, failed=self.fail
        )

    def _released(self, result: tuple[list[str], Changes]) -> None:
        ids, changes = result
        self.say(
            self.tr("Signal 8: %1 shifts released; staff are not required to come.").replace(
                "%1", str(len(ids))
            ),
            ok=True,
        )
        self.apply_changes(changes)

    def reopen(self) -> None:
        self.ctx.usecases.read(
            reopening_plan, self.store_id, datetime.now(), then=self._reopen, failed=self.fail
        )

    def _reopen(self, drafts: list[ShiftDraft]) -> None:
        member = self.ctx.signed_in.member
        if not drafts or member is None:
            self.say(self.tr("No released shift is worth reopening today."), ok=False)
            return
        self.ctx.usecases.write(
            publish_roster,
            self.ctx.till,
            member,
            self.store_id,
            drafts,
            then=self._reopened,
            failed=self.fail,
        )

    def _reopened(self, changes: Changes) -> None:
        self.say(self.tr("Reopening plan published: staff see when to come back."), ok=True)
        self.apply_changes(changes)

    # -- feedback ---------------------------------------------------------------------------------

    def fail(self, exc: BaseException) -> None:
        if not isinstance(exc, DomainError):
            self.say(str(exc), ok=False)
            return
        params = dict(exc.params)
        if exc.code == "shift.rule_broken":  # the rule in words, and the person by name
            params["rule"] = rule_text(params["rule"], params.get("value", 0), params.get("limit", 0))
            params["staff"] = self._name(params["staff"])
        self.say(error_text(exc.code, params), ok=False)

    def say(self, text: str, *, ok: bool) -> None:
        self.message.setText(text)
        self.message.setProperty("state", "ok" if ok else "error")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)


def _text(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M")
