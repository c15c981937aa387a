"""Signing a handover: a PIN and a drawn signature for each cashier, and a store manager's PIN with a
reason when the variance is above the store's rule."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.views.signature import SignaturePad


def pin_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(8)
    field.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,8}")))
    return field


class SignBox(QGroupBox):
    """One cashier: PIN, then the signature pad with a button to start the signature again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pin = pin_field()
        self.pad = SignaturePad()
        self.clear_btn = QPushButton()
        self.clear_btn.clicked.connect(self.pad.clear)
        row = QHBoxLayout()
        row.addWidget(self.pin, 1)
        row.addWidget(self.clear_btn)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.pad)
        self.retranslate()

    def retranslate(self) -> None:
        self.pin.setPlaceholderText(self.tr("PIN"))
        self.clear_btn.setText(self.tr("Sign again"))

    def reset(self) -> None:
        self.pin.clear()
        self.pad.clear()


class ApprovalBox(QGroupBox):
    """Shown only when the variance is above the store's rule."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reason = QLineEdit()
        self.reason.setMaxLength(200)
        self.pin = pin_field()
        self.form = QFormLayout(self)
        self.reason_caption, self.pin_caption = QLabel(), QLabel()
        self.form.addRow(self.reason_caption, self.reason)
        self.form.addRow(self.pin_caption, self.pin)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Variance above the store's rule: a store manager approves"))
        self.reason_caption.setText(self.tr("Reason"))
        self.pin_caption.setText(self.tr("Manager's PIN"))

    def reset(self) -> None:
        self.reason.clear()
        self.pin.clear()
