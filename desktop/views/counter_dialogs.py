"""The counter's questions to the cashier: a PIN, a discount, a hold's details, a refund's lines.

The Counter asks through a ``CounterPrompts`` object, so tests answer with a scripted one and the
real one opens small modal dialogs (with large fields: the counter is often a touch screen).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from core.availability import StoreStock
from core.catalogue import ProductRow
from core.sales import ReceiptView
from desktop.views.counter_tender import parse_amount
from desktop.views.hold_dialog import HoldDialog, HoldForm
from desktop.views.item_chooser import ItemChooser

if TYPE_CHECKING:
    from desktop.views.counter_refund import RefundForm

__all__ = ["CounterPrompts", "DialogPrompts", "HoldForm"]


class CounterPrompts(Protocol):
    def pin(self, prompt: str) -> str | None: ...
    def discount(self, title: str, max_avos: int) -> int | None: ...
    def hold(
        self, store: StoreStock, product: ProductRow, lang: str, form: HoldForm | None = None, error: str = ""
    ) -> HoldForm | None: ...
    def quantity(self, item: str, current: int) -> int | None: ...
    def choose_item(
        self, typed: str, rows: list[tuple[ProductRow, int]], lang: str, money: Callable[[int], str]
    ) -> int | None: ...
    def transfer(self, store: StoreStock, product: ProductRow, lang: str) -> tuple[int, str] | None: ...
    def waitlist(self, product: ProductRow, lang: str) -> tuple[str, str] | None: ...
    def receipt_code(self) -> str | None: ...
    def refund(self, receipt: ReceiptView, names: dict[str, str]) -> RefundForm | None: ...
    def choose(self, title: str, options: list[str]) -> int | None: ...


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class DialogPrompts(QObject):
    """Modal dialogs over the counter."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.parent_widget = parent

    def pin(self, prompt: str) -> str | None:
        dialog = QDialog(self.parent_widget)
        dialog.setWindowTitle(self.tr("PIN"))
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        field.setMaxLength(8)
        field.setMinimumHeight(44)
        layout = QVBoxLayout(dialog)
        label = QLabel(prompt)
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addWidget(field)
        layout.addWidget(_buttons(dialog))
        return field.text() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def discount(self, title: str, max_avos: int) -> int | None:
        text, ok = QInputDialog.getText(
            self.parent_widget,
            title,
            self.tr("Discount: an amount in MOP (e.g. 20) or a percentage (e.g. 10%)"),
        )
        if not ok or not text.strip():
            return None
        text = text.strip()
        if text.endswith("%"):
            value = parse_amount(text[:-1])
            return None if value is None else min(max_avos, max_avos * value // 10_000)
        value = parse_amount(text)
        return None if value is None else min(max_avos, value)

    def hold(
        self, store: StoreStock, product: ProductRow, lang: str, form: HoldForm | None = None, error: str = ""
    ) -> HoldForm | None:
        dialog = HoldDialog(self.parent_widget, store, product, lang, form, error)
        return dialog.form() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def quantity(self, item: str, current: int) -> int | None:
        qty, ok = QInputDialog.getInt(
            self.parent_widget,
            self.tr("Quantity"),
            self.tr("How many %1?").replace("%1", item),
            current,
            1,
            9999,
        )
        return qty if ok else None

    def choose_item(
        self, typed: str, rows: list[tuple[ProductRow, int]], lang: str, money: Callable[[int], str]
    ) -> int | None:
        dialog = ItemChooser(self.parent_widget, typed, rows, lang, money)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def transfer(self, store: StoreStock, product: ProductRow, lang: str) -> tuple[int, str] | None:
        qty, ok = QInputDialog.getInt(
            self.parent_widget,
            self.tr("Request transfer"),
            self.tr("How many %1 should %2 send here?")
            .replace("%1", product.name(lang))
            .replace("%2", store.name(lang)),
            1,
            1,
            max(1, store.available),
        )
        return (qty, "") if ok else None

    def waitlist(self, product: ProductRow, lang: str) -> tuple[str, str] | None:
        dialog = QDialog(self.parent_widget)
        dialog.setWindowTitle(self.tr("Waitlist"))
        form = QFormLayout(dialog)
        name, phone = QLineEdit(), QLineEdit()
        form.addRow(QLabel(product.name(lang)))
        form.addRow(self.tr("Customer name"), name)
        form.addRow(self.tr("Phone"), phone)
        form.addRow(_buttons(dialog))
        return (name.text(), phone.text()) if dialog.exec() == QDialog.DialogCode.Accepted else None

    def receipt_code(self) -> str | None:
        text, ok = QInputDialog.getText(
            self.parent_widget, self.tr("Refund"), self.tr("Scan the receipt's barcode or type its number")
        )
        return text.strip() if ok and text.strip() else None

    def refund(self, receipt: ReceiptView, names: dict[str, str]) -> RefundForm | None:
        from desktop.views.counter_refund import RefundDialog, refund_rule_setting

        money = self.parent_widget.ctx.money  # type: ignore[attr-defined]
        dialog = RefundDialog(receipt, names, money, refund_rule_setting(), self.parent_widget)
        return dialog.form() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def choose(self, title: str, options: list[str]) -> int | None:
        if not options:
            return None
        text, ok = QInputDialog.getItem(self.parent_widget, title, title, options, 0, False)
        return options.index(text) if ok else None
