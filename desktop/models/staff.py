"""The Staff page's tables: the staff a manager manages, and the trail of changes to them (plain rows)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from core.staff import DISCOUNT_LIMIT_PERCENT, Role
from core.staff_admin import StaffChange, StaffRow
from desktop.i18n import LANGUAGE_NAMES

_Index = QModelIndex | QPersistentModelIndex


def role_text(role: Role | str) -> str:
    texts = {
        Role.CASHIER: QCoreApplication.translate("Staff", "Cashier"),
        Role.STORE_MANAGER: QCoreApplication.translate("Staff", "Store manager"),
        Role.AREA_MANAGER: QCoreApplication.translate("Staff", "Area manager"),
        Role.ENGINEER: QCoreApplication.translate("Staff", "Engineer"),
    }
    try:
        return texts[Role(role)]
    except ValueError:
        return str(role)


def limit_text(limit: int | None, role: Role | str) -> str:
    """A discount limit as the page shows it; None is the role's own."""
    if limit is None:
        try:
            default = DISCOUNT_LIMIT_PERCENT[Role(role)]
        except ValueError:
            return "—"
        return QCoreApplication.translate("Staff", "%1 % (role's)").replace("%1", str(default))
    return f"{limit} %"


def local_time(iso: str) -> str:
    """A stored UTC time as this computer's local time (Macau: UTC+8)."""
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso[:16]


class StaffModel(QAbstractTableModel):
    """Name (in the screen's language), the three names, store, role, discount limit, status."""

    COLUMNS = 8

    def __init__(self, lang: Callable[[], str], store_name: Callable[[str | None], str]) -> None:
        super().__init__()
        self.lang, self.store_name = lang, store_name
        self.rows: list[StaffRow] = []

    def set_rows(self, rows: list[StaffRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return QColor("#8a939b")  # deactivated: still listed, greyed
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        values = (
            row.shown_name(self.lang()),
            row.name_zh or "—",
            row.name_en or "—",
            row.name_pt or "—",
            self.store_name(row.store_id),
            role_text(row.role),
            limit_text(row.discount_limit, row.role),
            QCoreApplication.translate("Staff", "Active")
            if row.active
            else QCoreApplication.translate("Staff", "Deactivated"),
        )
        return values[index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("Staff", "Name"),
            LANGUAGE_NAMES["zh_Hant"],
            LANGUAGE_NAMES["en"],
            LANGUAGE_NAMES["pt"],
            QCoreApplication.translate("Staff", "Store"),
            QCoreApplication.translate("Staff", "Role"),
            QCoreApplication.translate("Staff", "Discount limit"),
            QCoreApplication.translate("Staff", "Status"),
        )[section]


_FIELD_NAMES = {
    "name": QT_TRANSLATE_NOOP("Staff", "Name (English)"),
    "name_zh": QT_TRANSLATE_NOOP("Staff", "Name (Chinese)"),
    "name_pt": QT_TRANSLATE_NOOP("Staff", "Name (Portuguese)"),
}


def change_text(change: StaffChange, store_name: Callable[[str | None], str]) -> str:
    """What a staff fact changed, in words (never a PIN)."""
    d = change.detail
    if change.action == "staff.added":
        role = str(d.get("role", ""))
        return (
            QCoreApplication.translate("Staff", "Added as %1, discount limit %2")
            .replace("%1", role_text(role))
            .replace("%2", limit_text(d.get("discount_limit"), role))
        )
    if change.action == "staff.pin_set":
        return QCoreApplication.translate("Staff", "PIN set")
    if change.action == "staff.active_set":
        after = d.get("active", [None, None])[1]
        return (
            QCoreApplication.translate("Staff", "Deactivated")
            if after is False
            else QCoreApplication.translate("Staff", "Active again")
        )
    parts = []
    role_now = change.staff.role if change.staff is not None else Role.CASHIER
    for key, value in d.items():
        if not isinstance(value, list) or len(value) != 2:
            continue
        old, new = value
        if key == "role":
            parts.append(
                QCoreApplication.translate("Staff", "Role: %1 → %2")
                .replace("%1", role_text(old))
                .replace("%2", role_text(new))
            )
        elif key == "discount_limit":
            role = d["role"][1] if isinstance(d.get("role"), list) else role_now
            old_role = d["role"][0] if isinstance(d.get("role"), list) else role_now
            parts.append(
                QCoreApplication.translate("Staff", "Discount limit: %1 → %2")
                .replace("%1", limit_text(old, old_role))
                .replace("%2", limit_text(new, role))
            )
        elif key == "store_id":
            parts.append(
                QCoreApplication.translate("Staff", "Store: %1 → %2")
                .replace("%1", store_name(old))
                .replace("%2", store_name(new))
            )
        elif key in _FIELD_NAMES:
            label = QCoreApplication.translate("Staff", _FIELD_NAMES[key])
            parts.append(f"{label}: {old or '—'} → {new or '—'}")
    return QCoreApplication.translate("Staff", "; ").join(parts) or QCoreApplication.translate(
        "Staff", "No change"
    )


class StaffChangesModel(QAbstractTableModel):
    """The staff audit trail: when (local time), by whom, whose, what."""

    COLUMNS = 4

    def __init__(self, lang: Callable[[], str], store_name: Callable[[str | None], str]) -> None:
        super().__init__()
        self.lang, self.store_name = lang, store_name
        self.rows: list[StaffChange] = []

    def set_rows(self, rows: list[StaffChange]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.rows[index.row()]
        lang = self.lang()
        values = (
            local_time(row.occurred_at),
            row.by.shown_name(lang) if row.by is not None else "—",
            row.staff.shown_name(lang) if row.staff is not None else row.staff_id,
            change_text(row, self.store_name),
        )
        return values[index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("Staff", "When"),
            QCoreApplication.translate("Staff", "By"),
            QCoreApplication.translate("Staff", "Member of staff"),
            QCoreApplication.translate("Staff", "Change"),
        )[section]
