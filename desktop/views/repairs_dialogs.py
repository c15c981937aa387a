"""The Repairs screen's questions: a fault to report (equipment, urgency, what is wrong) and a repair
to close (resolution notes, parts used). Asked through ``RepairPrompts`` so tests answer with a
scripted one."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from core.repairs_cases import EquipmentView
from desktop.views.repairs_model import kind_text, priority_text


@dataclass(frozen=True)
class FaultForm:
    equipment_id: str  # "": not in the register
    priority: str
    description: str


class RepairPrompts(Protocol):
    def fault(self, equipment: list[EquipmentView]) -> FaultForm | None: ...
    def resolution(self) -> tuple[str, str] | None: ...


class DialogPrompts:
    """The real questions, as dialogs over ``parent``."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent

    def fault(self, equipment: list[EquipmentView]) -> FaultForm | None:
        dialog = QDialog(self.parent)
        dialog.setWindowTitle(QCoreApplication.translate("Repairs", "Report a fault"))
        what = QComboBox()
        for item in equipment:
            what.addItem(f"{item.name} — {kind_text(item.kind)}", item.equipment_id)
        what.addItem(QCoreApplication.translate("Repairs", "Something else"), "")
        urgency = QComboBox()
        for code in ("p1", "p2", "p3"):
            urgency.addItem(priority_text(code), code)
        urgency.setCurrentIndex(1)
        text = QLineEdit()
        text.setMaxLength(200)
        text.setPlaceholderText(QCoreApplication.translate("Repairs", "What is wrong, e.g. fridge at 14 °C"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form = QFormLayout(dialog)
        form.addRow(QCoreApplication.translate("Repairs", "Equipment"), what)
        form.addRow(QCoreApplication.translate("Repairs", "Urgency"), urgency)
        form.addRow(QCoreApplication.translate("Repairs", "What is wrong"), text)
        form.addRow(buttons)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return FaultForm(str(what.currentData()), str(urgency.currentData()), text.text())

    def resolution(self) -> tuple[str, str] | None:
        dialog = QDialog(self.parent)
        dialog.setWindowTitle(QCoreApplication.translate("Repairs", "Close the repair"))
        notes, parts = QLineEdit(), QLineEdit()
        notes.setMaxLength(200)
        parts.setMaxLength(200)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form = QFormLayout(dialog)
        form.addRow(QCoreApplication.translate("Repairs", "What was done"), notes)
        form.addRow(QCoreApplication.translate("Repairs", "Parts used"), parts)
        form.addRow(buttons)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return notes.text(), parts.text()
