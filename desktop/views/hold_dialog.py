"""The hold dialog: how many, for whom, until when. It checks what it can before closing, so a mistake
is shown beside the fields with everything typed still there; the Counter reopens it the same way when
the hold is refused after OK (not available any more)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from core.availability import StoreStock
from core.catalogue import ProductRow
from desktop.i18n import error_text

# Stores carry no opening hours yet: Macau's shops mostly close at 22:00 (docs/decisions.md).
CLOSING_TIME = time(22, 0)


@dataclass(frozen=True)
class HoldForm:
    qty: int
    until: datetime
    customer_name: str
    customer_phone: str


def default_hold_until(now: datetime) -> datetime:
    """Closing time today; in the last hour before closing or after it, closing time tomorrow (the
    customer comes the next day). ``now`` is local time, with or without its zone."""
    closing = datetime.combine(now.date(), CLOSING_TIME, now.tzinfo)
    if closing - now < timedelta(hours=1):
        closing += timedelta(days=1)
    return closing


class HoldDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        store: StoreStock,
        product: ProductRow,
        lang: str,
        form: HoldForm | None = None,
        error: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hold for customer"))
        self.setMinimumWidth(440)
        self.qty = QSpinBox()
        self.qty.setRange(1, max(1, store.available, form.qty if form else 1))
        self.name, self.phone = QLineEdit(), QLineEdit()
        self.until = QDateTimeEdit()
        self.until.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.until.setCalendarPopup(True)
        now = QDateTime.currentDateTime()
        self.until.setMinimumDateTime(now)
        start = form.until.astimezone() if form else default_hold_until(datetime.now().astimezone())
        self.until.setDateTime(QDateTime(start.replace(tzinfo=None)))
        if form is not None:
            self.qty.setValue(form.qty)
            self.name.setText(form.customer_name)
            self.phone.setText(form.customer_phone)
        self.error = QLabel(error)
        self.error.setObjectName("message")
        self.error.setProperty("state", "error")
        self.error.setWordWrap(True)
        self.error.setVisible(bool(error))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QFormLayout(self)
        layout.setHorizontalSpacing(16)  # a Chinese label never touches its field
        heading = QLabel(f"{product.name(lang)} · {store.name(lang)}")
        heading.setWordWrap(True)
        layout.addRow(heading)
        # Who the customer is comes before the date: Tab from Quantity never types into the date.
        layout.addRow(self.tr("Quantity"), self.qty)
        layout.addRow(self.tr("Customer name"), self.name)
        layout.addRow(self.tr("Phone"), self.phone)
        layout.addRow(self.tr("Hold until"), self.until)
        layout.addRow(self.error)
        layout.addRow(buttons)
        for first, second in (
            (self.qty, self.name),
            (self.name, self.phone),
            (self.phone, self.until),
            (self.until, self.ok),
        ):
            QWidget.setTabOrder(first, second)
        self.qty.setFocus()

    def form(self) -> HoldForm:
        moment = self.until.dateTime().toPython()
        assert isinstance(moment, datetime)
        return HoldForm(self.qty.value(), moment.astimezone(), self.name.text(), self.phone.text())

    def problem(self) -> str | None:
        """What stops this hold (an error code), checked here so nothing typed is lost."""
        if not self.name.text().strip() and not self.phone.text().strip():
            return "hold.no_customer"
        if self.form().until <= datetime.now().astimezone():
            return "hold.bad_time"
        return None

    def accept(self) -> None:
        code = self.problem()
        if code is None:
            super().accept()
            return
        self.error.setText(error_text(code))
        self.error.setVisible(True)
        (self.name if code == "hold.no_customer" else self.until).setFocus()
