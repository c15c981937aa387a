"""Screens that are planned but not built yet: they say so plainly, they never pretend."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout

from desktop.context import AppContext
from desktop.views.base import Screen

# name -> (title, what it will do); translated in context "ComingSoon".
PLANNED: dict[str, tuple[str, str]] = {
    "transfers": (
        QT_TRANSLATE_NOOP("ComingSoon", "Transfers"),
        QT_TRANSLATE_NOOP(
            "ComingSoon", "Move stock between stores with approval, packing and printed handover slips."
        ),
    ),
    "handover": (
        QT_TRANSLATE_NOOP("ComingSoon", "Shift handover"),
        QT_TRANSLATE_NOOP(
            "ComingSoon", "Count the till, note open matters and hand the shift over to the next team."
        ),
    ),
    "repairs": (
        QT_TRANSLATE_NOOP("ComingSoon", "Repairs"),
        QT_TRANSLATE_NOOP(
            "ComingSoon",
            "Raise a repair ticket for broken equipment; the nearest available engineer is dispatched.",
        ),
    ),
    "shifts": (
        QT_TRANSLATE_NOOP("ComingSoon", "Shifts"),
        QT_TRANSLATE_NOOP(
            "ComingSoon", "Plan rosters, find substitutes, record attendance and typhoon closures."
        ),
    ),
    "members": (
        QT_TRANSLATE_NOOP("ComingSoon", "Members"),
        QT_TRANSLATE_NOOP("ComingSoon", "Know loyal customers, build segments and run win-back campaigns."),
    ),
    "dashboard": (
        QT_TRANSLATE_NOOP("ComingSoon", "Dashboard"),
        QT_TRANSLATE_NOOP("ComingSoon", "Sales and stock KPIs as charts, and the monthly review report."),
    ),
    "inbox": (
        QT_TRANSLATE_NOOP("ComingSoon", "Inbox"),
        QT_TRANSLATE_NOOP(
            "ComingSoon", "Requests, holds to set aside and alerts from other stores, in one list."
        ),
    ),
}


def tr_planned(text: str) -> str:
    return QCoreApplication.translate("ComingSoon", text)


class ComingSoonScreen(Screen):
    def __init__(self, ctx: AppContext, name: str) -> None:
        super().__init__(ctx)
        self.name = name
        self.badge = QLabel()
        self.badge.setObjectName("badge")
        self.badge.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.heading = QLabel()
        self.heading.setObjectName("screenTitle")
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setObjectName("lead")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.body)
        layout.addStretch(1)
        self.retranslate()

    def title(self) -> str:
        return tr_planned(PLANNED[self.name][0])

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        self.badge.setText(self.tr("Placeholder: not available yet"))
        self.body.setText(tr_planned(PLANNED[self.name][1]))
