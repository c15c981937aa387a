"""The tender panel: how the customer pays. Several tenders make a split payment; cash may be in
MOP or HKD (change always in MOP); card and QR wallets are recorded as tenders."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from core.errors import DomainError
from core.sales import HKD_RATE_PPM, TENDER_METHODS, Payment, Settlement, settle
from desktop.i18n import error_text

HKD_RATE_KEY = "counter/hkd_rate_ppm"


def hkd_rate_ppm() -> int:
    """The till's HKD rate (MOP per HKD, in millionths), as set in Settings."""
    try:
        value = int(QSettings().value(HKD_RATE_KEY, HKD_RATE_PPM))
    except (TypeError, ValueError):
        return HKD_RATE_PPM
    return value if 500_000 <= value <= 2_000_000 else HKD_RATE_PPM


def save_hkd_rate_ppm(value: int) -> None:
    QSettings().setValue(HKD_RATE_KEY, value)


def method_name(method: str) -> str:
    names = {
        "cash_mop": QCoreApplication.translate("TenderPanel", "Cash (MOP)"),
        "cash_hkd": QCoreApplication.translate("TenderPanel", "Cash (HKD)"),
        "card": QCoreApplication.translate("TenderPanel", "Card"),
        "mpay": QCoreApplication.translate("TenderPanel", "MPay"),
        "alipay": QCoreApplication.translate("TenderPanel", "Alipay"),
        "wechat": QCoreApplication.translate("TenderPanel", "WeChat Pay"),
    }
    return names.get(method, method)


def parse_amount(text: str) -> int | None:
    """'380', '380.5', '1,200.00' → hundredths; None if it is not an amount."""
    try:
        value = Decimal(text.replace(",", "").strip())
    except InvalidOperation:
        return None
    if value <= 0 or value != value.quantize(Decimal("0.01")):
        return None
    return int(value * 100)


class TenderPanel(QWidget):
    complete_requested = Signal()

    def __init__(self, money, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setObjectName("tenderPanel")
        self._money = money
        self.total_avos = 0
        self.hkd_rate_ppm = hkd_rate_ppm()
        self.payments: list[Payment] = []
        self.change_due_avos = 0  # the last sale's change, shown until the next customer starts
        self.settlement: Settlement = settle(0, [])
        self.heading = QLabel()
        self.heading.setObjectName("panelTitle")
        self.amount = QLineEdit()
        self.amount.setObjectName("amountField")
        self.amount.returnPressed.connect(lambda: self.add_payment("cash_mop"))
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for n, method in enumerate(TENDER_METHODS):
            button = QPushButton()
            button.setMinimumHeight(40)
            button.clicked.connect(lambda _=False, m=method: self.add_payment(m))
            self.buttons[method] = button
            grid.addWidget(button, n // 3, n % 3)
        self.list = QListWidget()
        self.list.setMaximumHeight(64)
        self.undo_btn = QPushButton()
        self.undo_btn.clicked.connect(self.remove_last)
        self.remaining_caption, self.remaining = QLabel(), QLabel()
        self.change_caption, self.change = QLabel(), QLabel()
        for label in (self.remaining, self.change):
            label.setObjectName("amountDue")
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.rate = QLabel()
        self.rate.setObjectName("muted")
        self.error = QLabel()
        self.error.setObjectName("message")
        self.error.setProperty("state", "error")
        self.error.setWordWrap(True)
        self.complete_btn = QPushButton()
        self.complete_btn.setObjectName("primary")
        self.complete_btn.setMinimumHeight(56)
        self.complete_btn.clicked.connect(self.complete_requested.emit)

        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.heading)
        layout.addWidget(self.amount)
        layout.addLayout(grid)
        layout.addWidget(self.rate)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addWidget(self.undo_btn, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
        for caption, value in ((self.remaining_caption, self.remaining), (self.change_caption, self.change)):
            line = QHBoxLayout()
            line.addWidget(caption)
            line.addStretch(1)
            line.addWidget(value)
            layout.addLayout(line)
        layout.addWidget(self.error)
        layout.addWidget(self.complete_btn)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Payment"))
        self.amount.setPlaceholderText(self.tr("Amount handed over (empty: exactly what is owed)"))
        for method, button in self.buttons.items():
            button.setText(method_name(method))
        self.undo_btn.setText(self.tr("Undo"))
        self.remaining_caption.setText(self.tr("Still to pay"))
        self.change_caption.setText(self.tr("Change (MOP)"))
        self.complete_btn.setText(self.tr("Complete sale (F12)"))
        self.rate.setText(
            self.tr("HKD rate: 1 HKD = %1 MOP").replace("%1", f"{self.hkd_rate_ppm / 1_000_000:.4f}")
        )
        self._refresh()

    def set_total(self, total_avos: int) -> None:
        self.total_avos = total_avos
        if not self.payments:  # a rate changed in Settings applies from the next sale
            self.hkd_rate_ppm = hkd_rate_ppm()
            self.rate.setText(
                self.tr("HKD rate: 1 HKD = %1 MOP").replace("%1", f"{self.hkd_rate_ppm / 1_000_000:.4f}")
            )
        self._recompute()

    def add_payment(self, method: str) -> None:
        """A tender for the typed amount, or for exactly what is still owed when nothing is typed."""
        text = self.amount.text()
        if text.strip():
            tendered = parse_amount(text)
            if tendered is None:
                self._say(error_text("sale.bad_amount"))
                return
        else:
            owed = self.settlement.remaining_avos
            if owed <= 0:
                self._say(error_text("sale.already_paid"))
                return
            # HKD owed, rounded up to the cent, so the customer is never short.
            tendered = -(-owed * 1_000_000 // self.hkd_rate_ppm) if method == "cash_hkd" else owed
        trial = [*self.payments, Payment(method, tendered)]
        try:
            settle(self.total_avos, trial, self.hkd_rate_ppm)
        except DomainError as exc:
            self._say(error_text(exc.code, exc.params))
            return
        self.payments = trial
        self.amount.clear()
        self._recompute()

    def remove_last(self) -> None:
        if self.payments:
            self.payments.pop()
            self._recompute()

    def reset(self) -> None:
        self.payments = []
        self.amount.clear()
        self._recompute()

    def show_change_due(self, avos: int) -> None:
        self.change_due_avos = avos
        self._refresh()

    def _recompute(self) -> None:
        try:
            self.settlement = settle(self.total_avos, self.payments, self.hkd_rate_ppm)
        except DomainError:  # the total went down below what was paid by card: start the tenders again
            self.payments = []
            self.settlement = settle(self.total_avos, [], self.hkd_rate_ppm)
        self._say("")
        self._refresh()

    def _refresh(self) -> None:
        self.list.clear()
        for tender in self.settlement.tenders:
            handed = (
                f"HKD {tender.tendered / 100:,.2f} → {self._money(tender.amount_avos)}"
                if tender.currency == "HKD"
                else self._money(tender.tendered)
            )
            self.list.addItem(f"{method_name(tender.method)}   {handed}")
        self.remaining.setText(self._money(self.settlement.remaining_avos))
        change = self.settlement.change_avos if self.payments else self.change_due_avos
        self.change.setText(self._money(change))
        self.undo_btn.setEnabled(bool(self.payments))
        self.complete_btn.setEnabled(self.total_avos > 0 and self.settlement.complete)

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
