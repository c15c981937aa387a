"""Refunds at the Counter: the receipt's lines with what was paid for them, how many come back, why,
how the money goes back; a manager's PIN where the store's rule asks for one; then the refund slip,
printed for the customer and again for the store.

The store's rule (Settings → General → Store rules) lives with the till's settings, like the stocktake
limits: refunds above an amount, and cash refunds by default, need a manager's PIN.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.sales import (
    REFUND_NOTE_MAX,
    REFUND_REASONS,
    TENDER_METHODS,
    ReceiptView,
    RefundForSlip,
    RefundRule,
    receipt_to_refund,
    refund_for_slip,
)
from core.staff import Permission, StaffMember, authorise_at_counter
from desktop.printing.refund_slip import RefundSlipData
from desktop.printing.slip import ReceiptLine
from desktop.views.counter_control import CounterController
from desktop.views.counter_tender import method_name

REFUND_MAX_KEY = "refunds/max_mop"
REFUND_CASH_KEY = "refunds/cash_needs_pin"


def refund_rule_setting() -> RefundRule:
    """The store's refund rule from the settings; the defaults (MOP 300, cash always) if unreadable."""
    settings = QSettings()
    default = RefundRule()
    try:
        max_avos = int(float(settings.value(REFUND_MAX_KEY, default.max_avos / 100)) * 100)
    except (TypeError, ValueError):
        return default
    cash = settings.value(REFUND_CASH_KEY, default.cash_needs_approval)
    cash_needs = cash if isinstance(cash, bool) else str(cash).lower() not in ("false", "0", "no")
    return RefundRule(max(0, max_avos), cash_needs)


def save_refund_rule(rule: RefundRule) -> None:
    """Settings → General (a store manager): the next refund uses it."""
    settings = QSettings()
    settings.setValue(REFUND_MAX_KEY, rule.max_avos / 100)
    settings.setValue(REFUND_CASH_KEY, rule.cash_needs_approval)


def reason_name(reason: str) -> str:
    names = {
        "faulty": QCoreApplication.translate("RefundDialog", "Faulty or damaged"),
        "wrong_item": QCoreApplication.translate("RefundDialog", "Wrong item sold"),
        "not_as_described": QCoreApplication.translate("RefundDialog", "Not as described"),
        "changed_mind": QCoreApplication.translate("RefundDialog", "Customer changed their mind"),
        "other": QCoreApplication.translate("RefundDialog", "Other (say why)"),
    }
    return names.get(reason, reason)


@dataclass(frozen=True)
class RefundForm:
    """What the cashier chose: units per receipt line, how the money goes back, why."""

    quantities: dict[int, int]
    method: str
    reason: str
    note: str = ""


class RefundDialog(QDialog):
    """The receipt's lines with the price paid per unit, a quantity for each, the total to hand back
    (live), the tender, the reason (a list and a few words). OK only once something comes back and a
    reason is given."""

    def __init__(
        self, receipt: ReceiptView, names: dict[str, str], money: Any, rule: RefundRule, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.receipt, self.money, self.rule = receipt, money, rule
        self.setWindowTitle(self.tr("Refund %1").replace("%1", receipt.receipt_no or receipt.sale_id))
        layout = QVBoxLayout(self)
        paid = ", ".join(method_name(m) for m in receipt.methods)
        heading = QLabel(
            self.tr("Receipt %1 · %2 · paid %3 by %4")
            .replace("%1", receipt.receipt_no)
            .replace("%2", slip_time(receipt.occurred_at))
            .replace("%3", money(receipt.total_avos))
            .replace("%4", paid or "—")
        )
        heading.setWordWrap(True)
        layout.addWidget(heading)
        grid = QGridLayout()
        headers = (
            self.tr("Item"),
            self.tr("Paid each"),
            self.tr("Bought"),
            self.tr("Back"),
            self.tr("Amount"),
        )
        for col, text in enumerate(headers):
            cell = QLabel(text)
            cell.setObjectName("muted")
            grid.addWidget(cell, 0, col)
        self.spins: dict[int, QSpinBox] = {}
        self.amounts: dict[int, QLabel] = {}
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for row, line in enumerate(receipt.lines, start=1):
            name = QLabel(names.get(line.sku, line.sku))
            name.setWordWrap(True)
            name.setMinimumWidth(220)
            grid.addWidget(name, row, 0)
            grid.addWidget(QLabel(money(line.unit_net_avos)), row, 1, right)
            bought = (
                self.tr("%1 (%2 already back)").replace("%1", str(line.qty)).replace("%2", str(line.refunded))
                if line.refunded
                else str(line.qty)
            )
            grid.addWidget(QLabel(bought), row, 2, right)
            spin = QSpinBox()
            spin.setRange(0, line.refundable)
            spin.setEnabled(line.refundable > 0)
            spin.setMinimumHeight(36)
            spin.valueChanged.connect(self._update)
            self.spins[line.line_no] = spin
            grid.addWidget(spin, row, 3)
            amount = QLabel(money(0))
            self.amounts[line.line_no] = amount
            grid.addWidget(amount, row, 4, right)
        grid.setColumnStretch(0, 1)
        grid.setHorizontalSpacing(16)
        layout.addLayout(grid)

        form = QFormLayout()
        self.method = QComboBox()
        for m in TENDER_METHODS:
            if m != "cash_hkd":  # change and refunds are in MOP
                self.method.addItem(method_name(m), m)
        first = receipt.methods[0] if receipt.methods else ""
        if first in TENDER_METHODS and first != "cash_hkd":
            self.method.setCurrentIndex(self.method.findData(first))
        self.method.currentIndexChanged.connect(self._update)
        form.addRow(self.tr("Money back by"), self.method)
        self.reason = QComboBox()
        self.reason.addItem(self.tr("Choose a reason…"), "")
        for code in REFUND_REASONS:
            self.reason.addItem(reason_name(code), code)
        self.reason.currentIndexChanged.connect(self._update)
        form.addRow(self.tr("Reason"), self.reason)
        self.note = QLineEdit()
        self.note.setMaxLength(REFUND_NOTE_MAX)
        self.note.setPlaceholderText(self.tr("In a few words (needed for “Other”)"))
        self.note.textChanged.connect(self._update)
        form.addRow(self.tr("Note"), self.note)
        layout.addLayout(form)

        self.total = QLabel()
        self.total.setObjectName("total")
        self.total.setAlignment(right)
        self.total.setWordWrap(True)
        layout.addWidget(self.total)
        self.pin_note = QLabel()
        self.pin_note.setObjectName("muted")
        self.pin_note.setWordWrap(True)
        layout.addWidget(self.pin_note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Refund"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(660)
        self._update()

    def total_avos(self) -> int:
        by_no = {line.line_no: line for line in self.receipt.lines}
        return sum(by_no[n].unit_net_avos * spin.value() for n, spin in self.spins.items())

    def _update(self, *_: object) -> None:
        by_no = {line.line_no: line for line in self.receipt.lines}
        for n, spin in self.spins.items():
            self.amounts[n].setText(self.money(by_no[n].unit_net_avos * spin.value()))
        total = self.total_avos()
        method = self.method.currentData() or ""
        self.total.setText(self.tr("To hand back: %1").replace("%1", self.money(total)))
        self.pin_note.setText(
            self.tr("A manager's PIN is needed for this refund.")
            if total and self.rule.needs_approval(total, method)
            else ""
        )
        reason = self.reason.currentData() or ""
        ready = total > 0 and bool(reason) and (reason != "other" or bool(self.note.text().strip()))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def form(self) -> RefundForm:
        return RefundForm(
            {n: s.value() for n, s in self.spins.items() if s.value()},
            self.method.currentData(),
            self.reason.currentData() or "",
            self.note.text().strip(),
        )


def slip_time(occurred_at: str) -> str:
    """A fact's time as the slip prints it: local, to the minute."""
    try:
        return datetime.fromisoformat(occurred_at).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return occurred_at[:16]


class CounterRefunds(CounterController):
    """The refund flow, a controller: find the receipt, ask, get a manager's PIN if the rule says so,
    record; then ``slips_ready`` hands the screen the slip to print."""

    slips_ready = Signal(str, object)  # refund id, RefundSlipData: the customer's slip and the store's

    def start(self, code: str) -> None:
        def chosen(found: tuple[ReceiptView, dict[str, str]]) -> None:
            receipt, names = found
            form = self.ask.refund(receipt, names)
            if form is not None:
                self.approve(receipt, names, form)

        self.ctx.usecases.read(receipt_to_refund, code, self.ctx.lang, then=chosen, failed=self.fail)

    def approve(self, receipt: ReceiptView, names: dict[str, str], form: RefundForm) -> None:
        """The signed-in member approves it themselves if they may; else a manager types a PIN."""
        staff = self.staff
        if staff is None:
            self.say(QCoreApplication.translate("CounterActions", "Sign in first."), ok=False)
            return
        rule = refund_rule_setting()
        by_no = {line.line_no: line for line in receipt.lines}
        total = sum(by_no[n].unit_net_avos * q for n, q in form.quantities.items() if n in by_no)
        if not rule.needs_approval(total, form.method):
            self.record(receipt, names, form, staff, None, rule)
            return
        if staff.can(Permission.APPROVE_REFUND):
            self.record(receipt, names, form, staff, staff, rule)
            return
        pin = self.ask.pin(
            QCoreApplication.translate("RefundDialog", "A refund of %1 by %2 needs a manager's PIN.")
            .replace("%1", self.ctx.money(total))
            .replace("%2", method_name(form.method))
        )
        if not pin:
            self.say(
                QCoreApplication.translate("RefundDialog", "Refund cancelled: nothing was changed."), ok=False
            )
            return
        self.ctx.usecases.read(
            authorise_at_counter,
            self.ctx.pins,
            self.ctx.till.store_id,
            pin,
            Permission.APPROVE_REFUND,
            then=lambda manager: self.record(receipt, names, form, staff, manager, rule),
            failed=self.fail,
        )

    def record(
        self,
        receipt: ReceiptView,
        names: dict[str, str],
        form: RefundForm,
        staff: StaffMember,
        manager: StaffMember | None,
        rule: RefundRule,
    ) -> None:
        lang = self.ctx.lang

        def done(found: RefundForSlip) -> None:
            result = found.refund
            self.say(
                QCoreApplication.translate("CounterActions", "Refunded %1").replace(
                    "%1", self.ctx.money(result.total_avos)
                )
                + " · "
                + result.refund_no,
                ok=True,
            )
            self.recorded.emit(result.changes)
            slip = RefundSlipData(
                store_name=found.store_name,
                refund_no=result.refund_no,
                receipt_no=receipt.receipt_no,
                occurred_at=datetime.now().astimezone().strftime("%Y-%m-%d %H:%M"),
                cashier=staff.name,
                approved_by=manager.name if manager else "",
                lines=tuple(
                    ReceiptLine(names.get(line.sku, line.sku), line.qty, line.unit_price_avos)
                    for line in result.lines
                ),
                total_avos=result.total_avos,
                method=form.method,
                reason=form.reason,
                note=form.note,
                lang=lang,
            )
            self.slips_ready.emit(result.refund_id, slip)

        self.ctx.usecases.write(
            refund_for_slip,
            self.ctx.till,
            staff,
            receipt,
            form.quantities,
            form.method,
            lang=lang,
            reason=form.reason,
            note=form.note,
            approved_by=manager,
            rule=rule,
            then=done,
            failed=self.fail,
        )
