"""The roster grid (staff x days with shift blocks) and the words for the labour rules it warns about."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from core.shifts import RosterPerson, RosterWeek, RuleWarning, ShiftView

# Each rule as the manager reads it; %1 is the value found, %2 the limit (context "ShiftRules").
RULE_TEXT: dict[str, str] = {
    "shifts.overlap": QT_TRANSLATE_NOOP("ShiftRules", "Two shifts at the same time (double booking)"),
    "shifts.day_hours": QT_TRANSLATE_NOOP("ShiftRules", "%1 normal hours in a day, more than %2"),
    "shifts.long_day": QT_TRANSLATE_NOOP("ShiftRules", "%1 hours in an agreed long day, more than %2"),
    "shifts.week_hours": QT_TRANSLATE_NOOP("ShiftRules", "%1 normal hours in the week, more than %2"),
    "shifts.daily_rest": QT_TRANSLATE_NOOP("ShiftRules", "Only %1 hours of rest between two days, not %2"),
    "shifts.weekly_rest": QT_TRANSLATE_NOOP("ShiftRules", "No rest day in %1 days"),
    "shifts.flexible_rest": QT_TRANSLATE_NOOP("ShiftRules", "Only %1 rest days in 4 weeks, not %2"),
    "shifts.overtime_cap": QT_TRANSLATE_NOOP("ShiftRules", "%1 hours in a day with overtime, more than %2"),
    "shifts.holiday": QT_TRANSLATE_NOOP(
        "ShiftRules", "Work on a compulsory holiday without a replacement rest day within 3 months"
    ),
    "shifts.typhoon": QT_TRANSLATE_NOOP(
        "ShiftRules", "Work under typhoon Signal %1 not recorded (volunteered, transport, insurance)"
    ),
}
TEMPLATE_TEXT: dict[str, str] = {
    "opening": QT_TRANSLATE_NOOP("ShiftRules", "Opening"),
    "middle": QT_TRANSLATE_NOOP("ShiftRules", "Middle"),
    "closing": QT_TRANSLATE_NOOP("ShiftRules", "Closing"),
}
SKILL_TEXT: dict[str, str] = {
    "keyholder": QT_TRANSLATE_NOOP("ShiftRules", "keyholder"),
    "pharmacist": QT_TRANSLATE_NOOP("ShiftRules", "pharmacist"),
}
WARNING = QColor("#f6c453")
OPEN = QColor("#9ec5fe")
LENT = QColor("#d7c8f5")
NEW = QColor("#b7e4c7")
RELEASED = QColor("#d9d9d9")


def number(value: float) -> str:
    return f"{value:g}"


def rule_text(rule: str, value: float = 0, limit: float = 0) -> str:
    """The rule broken, in the interface's language."""
    text = QCoreApplication.translate("ShiftRules", RULE_TEXT.get(rule, rule))
    return text.replace("%1", number(value)).replace("%2", number(limit))


def warning_text(w: RuleWarning, name: str) -> str:
    day = QLocale().toString(QDate.fromString(w.day, "yyyy-MM-dd"), "ddd d/M")
    return f"{name}, {day}: {rule_text(w.rule, w.value, w.limit)} — {w.article}"


def template_text(code: str) -> str:
    return QCoreApplication.translate("ShiftRules", TEMPLATE_TEXT[code]) if code in TEMPLATE_TEXT else code


def skill_text(code: str) -> str:
    return QCoreApplication.translate("ShiftRules", SKILL_TEXT[code]) if code in SKILL_TEXT else code


def shown_name(person: RosterPerson, lang: str) -> str:
    return (person.name_zh if lang == "zh_Hant" else "") or person.name


class RosterGrid(QTableWidget):
    """One row per person (then one for open shifts), one column per day; a cell holds that day's
    shift blocks, amber where a rule is broken, blue while open, violet when lent by another store."""

    def __init__(self) -> None:
        super().__init__()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setDefaultSectionSize(44)
        self.setWordWrap(True)
        self.week: RosterWeek | None = None

    def show_week(
        self,
        week: RosterWeek,
        lang: str,
        open_label: str,
        added: Sequence[ShiftView] = (),
        removed: set[str] = frozenset(),
    ) -> None:
        """Fill the grid; ``added`` / ``removed`` preview an auto-plan before it is published."""
        self.week = week
        monday = date.fromisoformat(week.monday)
        days = [monday + timedelta(days=i) for i in range(7)]
        people = list(week.people)
        self.clear()
        self.setColumnCount(7)
        self.setRowCount(len(people) + 1)
        self.setHorizontalHeaderLabels(
            [QLocale().toString(QDate(d.year, d.month, d.day), "ddd d/M") for d in days]
        )
        self.setVerticalHeaderLabels([*(shown_name(p, lang) for p in people), open_label])
        row_of = {p.staff_id: i for i, p in enumerate(people)}
        warned = {(w.staff_id, w.day): w for w in week.warnings}
        cells: dict[tuple[int, int], list[tuple[ShiftView, str]]] = {}
        for view in [*week.shifts, *added]:
            day = date.fromisoformat(view.start[:10])
            if not 0 <= (day - monday).days < 7:
                continue
            row = len(people) if view.state == "open" or not view.staff_id else row_of.get(view.staff_id)
            if row is None:
                continue
            mark = "new" if view in added else ("gone" if view.shift_id in removed else "")
            cells.setdefault((row, (day - monday).days), []).append((view, mark))
        for (row, col), views in cells.items():
            lines = []
            for view, mark in views:
                text = f"{view.start[11:]}–{view.end[11:]} {template_text(view.template)}"
                lines.append(("− " if mark == "gone" else "+ " if mark == "new" else "") + text)
            item = QTableWidgetItem("\n".join(lines))
            item.setData(Qt.ItemDataRole.UserRole, views[0][0].shift_id)
            view, mark = views[0]
            staff_id = people[row].staff_id if row < len(people) else ""
            warning = warned.get((staff_id, view.start[:10]))
            if view.state == "released":
                item.setBackground(QBrush(RELEASED))
                item.setText(
                    QCoreApplication.translate("ShiftRules", "Released: %1").replace("%1", item.text())
                )
                item.setToolTip(
                    QCoreApplication.translate(
                        "ShiftRules", "Typhoon or black rain: not required to work, and not docked."
                    )
                )
            elif warning is not None:
                item.setBackground(QBrush(WARNING))
                item.setToolTip(warning_text(warning, shown_name(people[row], lang)))
            elif row == len(people):
                item.setBackground(QBrush(OPEN))
            elif mark == "new":
                item.setBackground(QBrush(NEW))
            elif view.lent:
                item.setBackground(QBrush(LENT))
            self.setItem(row, col, item)

    def selected_shift(self) -> str:
        item = self.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole) or "") if item is not None else ""
