"""The Staff page's questions to a manager: a member's details (with a first PIN for a new member),
a new PIN typed twice, a yes/no. Asked through ``StaffPrompts`` so tests answer with a scripted one.

A dialog that comes back with an error is opened again with everything that was typed (PINs aside:
they are typed again), and the error above the fields.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QObject, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.staff import DISCOUNT_LIMIT_PERCENT, Role
from core.staff_admin import CHAIN_ROLES, StaffDetails
from desktop.i18n import LANGUAGE_NAMES
from desktop.models.staff import role_text


@dataclass(frozen=True)
class StaffForm:
    details: StaffDetails
    pin: str = ""
    pin_again: str = ""


@dataclass(frozen=True)
class MemberQuestion:
    """What the details dialog offers: the roles and stores this manager may give, the highest limit."""

    title: str
    roles: list[Role]
    stores: list[tuple[str | None, str]]  # (store id, name); None: the whole chain
    max_limit: int
    with_pin: bool  # a new member: their first PIN too
    start: StaffDetails | None = None
    error: str = ""
    pin_if_moved: bool = False  # an area manager's edit: a new PIN, needed if the store changes


class StaffPrompts(Protocol):
    def member(self, question: MemberQuestion) -> StaffForm | None: ...
    def new_pin(self, name: str, error: str) -> tuple[str, str] | None: ...
    def confirm(self, text: str) -> bool: ...


def _pin_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)  # never shown
    field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
    field.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,8}")))
    field.setMaxLength(8)
    field.setMinimumHeight(40)
    return field


def _error_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("message")
    label.setProperty("state", "error")
    label.setWordWrap(True)
    label.setVisible(bool(text))
    return label


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class MemberDialog(QDialog):
    """A member's names in three languages, role, store and discount limit (and a new member's PIN)."""

    def __init__(self, question: MemberQuestion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.setWindowTitle(question.title)
        self.setMinimumWidth(520)
        start = question.start
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_zh, self.name_en, self.name_pt = QLineEdit(), QLineEdit(), QLineEdit()
        for field, lang in ((self.name_zh, "zh_Hant"), (self.name_en, "en"), (self.name_pt, "pt")):
            field.setMaxLength(120)
            form.addRow(self.tr("Name (%1)").replace("%1", LANGUAGE_NAMES[lang]), field)
        self.role = QComboBox()
        for role in question.roles:
            self.role.addItem(role_text(role), role.value)
        form.addRow(self.tr("Role"), self.role)
        self.store = QComboBox()
        for store_id, name in question.stores:
            self.store.addItem(name, store_id)
        form.addRow(self.tr("Store"), self.store)
        self.limit = QSpinBox()
        self.limit.setRange(-1, question.max_limit)  # -1: the role's own limit
        self.limit.setSuffix(" %")
        form.addRow(self.tr("Discount limit"), self.limit)
        self.pin, self.pin_again = _pin_field(), _pin_field()
        if question.with_pin:
            form.addRow(self.tr("PIN (4 to 8 digits)"), self.pin)
            form.addRow(self.tr("PIN again"), self.pin_again)
        elif question.pin_if_moved:
            form.addRow(self.tr("New PIN (when moving to another store)"), self.pin)
            form.addRow(self.tr("PIN again"), self.pin_again)
        if start is not None:
            self.name_zh.setText(start.name_zh)
            self.name_en.setText(start.name_en)
            self.name_pt.setText(start.name_pt)
            self.role.setCurrentIndex(max(0, self.role.findData(start.role.value)))
            self.store.setCurrentIndex(max(0, self.store.findData(start.store_id)))
            self.limit.setValue(-1 if start.discount_limit is None else start.discount_limit)
        else:
            self.limit.setValue(-1)
        self.role.currentIndexChanged.connect(self._role_chosen)
        self._role_chosen()
        layout = QVBoxLayout(self)
        layout.addWidget(_error_label(question.error))
        layout.addLayout(form)
        layout.addWidget(_buttons(self))
        self.name_zh.setFocus()

    def _role_chosen(self) -> None:
        """Chain-wide roles have no store; the others one. The limit's "role's own" names its figure."""
        role = Role(self.role.currentData() or Role.CASHIER.value)
        chain = role in CHAIN_ROLES
        if chain:
            self.store.setCurrentIndex(max(0, self.store.findData(None)))
        elif self.store.currentData() is None:
            self.store.setCurrentIndex(
                next((i for i in range(self.store.count()) if self.store.itemData(i)), 0)
            )
        self.store.setEnabled(not chain and self.store.count() > 1)
        self.limit.setSpecialValueText(
            self.tr("Role's own (%1 %)").replace("%1", str(DISCOUNT_LIMIT_PERCENT[role]))
        )

    def form(self) -> StaffForm:
        limit = self.limit.value()
        details = StaffDetails(
            self.name_en.text().strip(),
            self.name_zh.text().strip(),
            self.name_pt.text().strip(),
            Role(self.role.currentData()),
            self.store.currentData(),
            None if limit < 0 else limit,
        )
        return StaffForm(details, self.pin.text(), self.pin_again.text())


class PinDialog(QDialog):
    def __init__(self, name: str, error: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set PIN"))
        self.setMinimumWidth(420)
        self.pin, self.pin_again = _pin_field(), _pin_field()
        form = QFormLayout()
        form.addRow(self.tr("New PIN for %1").replace("%1", name), self.pin)
        form.addRow(self.tr("PIN again"), self.pin_again)
        note = QLabel(self.tr("The old PIN stops working on every till as this change reaches it."))
        note.setObjectName("muted")
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(_error_label(error))
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(_buttons(self))
        self.pin.setFocus()


class DialogStaffPrompts(QObject):
    """Modal dialogs over the Staff page."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.parent_widget = parent

    def member(self, question: MemberQuestion) -> StaffForm | None:
        dialog = MemberDialog(question, self.parent_widget)
        return dialog.form() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def new_pin(self, name: str, error: str) -> tuple[str, str] | None:
        dialog = PinDialog(name, error, self.parent_widget)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.pin.text(), dialog.pin_again.text()

    def confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self.parent_widget, self.tr("Staff"), text)
        return answer == QMessageBox.StandardButton.Yes
