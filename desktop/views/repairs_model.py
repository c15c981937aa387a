"""The Repairs screen's table of tickets (plain ``TicketView`` rows) and the words for its codes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from core.repairs_cases import TicketView

_Index = QModelIndex | QPersistentModelIndex


def state_text(state: str) -> str:
    return {
        "open": QCoreApplication.translate("Repairs", "Waiting for an engineer"),
        "assigned": QCoreApplication.translate("Repairs", "Engineer notified"),
        "declined": QCoreApplication.translate("Repairs", "Declined, passing on"),
        "accepted": QCoreApplication.translate("Repairs", "Engineer on the way"),
        "on_site": QCoreApplication.translate("Repairs", "Engineer on site"),
        "resolved": QCoreApplication.translate("Repairs", "Resolved, to verify"),
        "verified": QCoreApplication.translate("Repairs", "Verified"),
        "reopened": QCoreApplication.translate("Repairs", "Reopened"),
    }.get(state, state)


def priority_text(priority: str) -> str:
    return {
        "p1": QCoreApplication.translate("Repairs", "Urgent"),
        "p2": QCoreApplication.translate("Repairs", "High"),
        "p3": QCoreApplication.translate("Repairs", "Normal"),
    }.get(priority, priority)


def kind_text(kind: str) -> str:
    return {
        "fridge": QCoreApplication.translate("Repairs", "Display fridge"),
        "aircon": QCoreApplication.translate("Repairs", "Air conditioning"),
        "pc": QCoreApplication.translate("Repairs", "Counter PC"),
        "printer": QCoreApplication.translate("Repairs", "Receipt printer"),
        "scanner": QCoreApplication.translate("Repairs", "Barcode scanner"),
        "scale": QCoreApplication.translate("Repairs", "Scale"),
        "safe": QCoreApplication.translate("Repairs", "Safe"),
        "lighting": QCoreApplication.translate("Repairs", "Lighting"),
        "shutter": QCoreApplication.translate("Repairs", "Shutter"),
        "other": QCoreApplication.translate("Repairs", "Other equipment"),
    }.get(kind, kind)


def local_time(iso: str) -> str:
    """A stored UTC time as Macau (this computer's) local time, day and minute."""
    if not iso:
        return "—"
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%m-%d %H:%M")
    except ValueError:
        return iso[:16]


def sla_text(ticket: TicketView) -> str:
    """The clock that matters now: the one still running (or the resolve clock once all stopped)."""
    if ticket.state == "verified":
        return (
            QCoreApplication.translate("Repairs", "Met")
            if ticket.warning < 100
            else QCoreApplication.translate("Repairs", "Breached")
        )
    clock = next(
        (c for c in (ticket.respond, ticket.on_site, ticket.resolve) if not c.stopped), ticket.resolve
    )
    text = f"{clock.percent} %"
    if ticket.paused:
        return QCoreApplication.translate("Repairs", "%1 (paused: typhoon)").replace("%1", text)
    if ticket.warning >= 100:
        return QCoreApplication.translate("Repairs", "%1 breached").replace("%1", text)
    return text


def address(ticket: TicketView, lang: str) -> str:
    """The store's address in Chinese for a Chinese screen, else in Portuguese (either if one is missing)."""
    zh, pt = ticket.store_address
    return (zh or pt) if lang == "zh_Hant" else (pt or zh)


WARNING_COLOURS = {50: QColor("#fff4c2"), 75: QColor("#ffd9a8"), 100: QColor("#ffc2c2")}

STORE_COLUMNS = ("priority", "equipment", "fault", "state", "engineer", "eta", "sla", "raised")
ENGINEER_COLUMNS = ("priority", "store", "address", "phone", "fault", "state", "sla")


class TicketModel(QAbstractTableModel):
    """Tickets, one a row, coloured by their SLA warning (50, 75 %, breached)."""

    def __init__(self, columns: tuple[str, ...], lang: Callable[[], str]) -> None:
        super().__init__()
        self.columns, self.lang = columns, lang
        self.rows: list[TicketView] = []

    def set_rows(self, rows: list[TicketView]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return {
            "priority": QCoreApplication.translate("Repairs", "Priority"),
            "equipment": QCoreApplication.translate("Repairs", "Equipment"),
            "fault": QCoreApplication.translate("Repairs", "Fault"),
            "state": QCoreApplication.translate("Repairs", "State"),
            "engineer": QCoreApplication.translate("Repairs", "Engineer"),
            "eta": QCoreApplication.translate("Repairs", "Arrives"),
            "sla": QCoreApplication.translate("Repairs", "SLA"),
            "raised": QCoreApplication.translate("Repairs", "Raised"),
            "store": QCoreApplication.translate("Repairs", "Store"),
            "address": QCoreApplication.translate("Repairs", "Address"),
            "phone": QCoreApplication.translate("Repairs", "Phone"),
        }[self.columns[section]]

    def _names(self, names: tuple[str, str, str]) -> str:
        zh, en, pt = names
        return {"zh_Hant": zh, "pt": pt}.get(self.lang(), "") or en

    def text(self, ticket: TicketView, column: str) -> str:
        if column == "priority":
            return priority_text(ticket.priority)
        if column == "equipment":
            return kind_text(ticket.equipment_kind) if ticket.equipment_kind else "—"
        if column == "fault":
            return ticket.description
        if column == "state":
            state = state_text(ticket.state)
            return (
                QCoreApplication.translate("Repairs", "%1 (not yet sent)").replace("%1", state)
                if ticket.waiting_for_hub
                else state
            )
        if column == "engineer":
            return self._names(ticket.engineer_names) if ticket.engineer_id else "—"
        if column == "eta":
            return local_time(ticket.eta) if ticket.state in ("assigned", "accepted") else "—"
        if column == "sla":
            return sla_text(ticket)
        if column == "raised":
            return local_time(ticket.raised_at)
        if column == "store":
            return self._names(ticket.store_names)
        if column == "address":
            return address(ticket, self.lang())
        if column == "phone":
            return ticket.store_phone
        return ""

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        ticket = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(ticket, self.columns[index.column()])
        if role == Qt.ItemDataRole.BackgroundRole and ticket.state != "verified":
            return WARNING_COLOURS.get(ticket.warning)
        if role == Qt.ItemDataRole.UserRole:
            return ticket.ticket_id
        return None
