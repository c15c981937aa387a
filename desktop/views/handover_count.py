"""The blind count of the drawer: how many of each MOP and HKD note and coin, the float left for the
next shift, and the card terminal's and wallets' own totals. Nothing the till expects is shown here."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.handover import HKD_DENOMINATIONS, MOP_DENOMINATIONS, NON_CASH_METHODS, DrawerCount
from core.money import format_money, parse_money
from desktop.context import AppContext
from desktop.views.handover_labels import denomination_text, tender_label


class DenominationTable(QTableWidget):
    """One row per note or coin: its value and a box for how many; the total under the table."""

    changed = Signal()

    def __init__(self, values: tuple[int, ...], currency: str, ctx: AppContext) -> None:
        super().__init__(len(values), 2)
        self.values = values
        self.currency = currency
        self.ctx = ctx
        self.boxes: dict[int, QSpinBox] = {}
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().resizeSection(1, 82)
        for row, value in enumerate(values):
            item = QTableWidgetItem()
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.setItem(row, 0, item)
            box = QSpinBox()
            box.setRange(0, 99_999)
            box.setMinimumWidth(64)
            box.valueChanged.connect(lambda _v: self.changed.emit())
            self.boxes[value] = box
            self.setCellWidget(row, 1, box)
            self.setRowHeight(row, 34)
        self.retranslate()

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([self.tr("Value"), self.tr("How many")])
        for row, value in enumerate(self.values):
            self.item(row, 0).setText(denomination_text(value, self.ctx.lang))

    def counts(self) -> dict[int, int]:
        return {value: box.value() for value, box in self.boxes.items()}

    def set_count(self, value: int, qty: int) -> None:
        self.boxes[value].setValue(qty)

    def total(self) -> int:
        return sum(v * q for v, q in self.counts().items())

    def set_locked(self, locked: bool) -> None:
        for box in self.boxes.values():
            box.setReadOnly(locked)

    def reset(self) -> None:
        for box in self.boxes.values():
            box.setValue(0)


def _money_field() -> QLineEdit:
    field = QLineEdit()
    field.setPlaceholderText("0.00")
    field.setMaxLength(14)
    field.setAlignment(Qt.AlignmentFlag.AlignRight)
    return field


def read_money(field: QLineEdit) -> int | None:
    """Avos typed in ``field`` (blank is nothing), or None when it is not an amount."""
    text = field.text().strip()
    if not text:
        return 0
    try:
        value = parse_money(text)
    except (ArithmeticError, ValueError):
        return None
    return value if value >= 0 else None


class DrawerCountForm(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.mop = DenominationTable(MOP_DENOMINATIONS, "MOP", ctx)
        self.hkd = DenominationTable(HKD_DENOMINATIONS, "HKD", ctx)
        self.mop_total, self.hkd_total = QLabel(), QLabel()
        for total in (self.mop_total, self.hkd_total):
            total.setAlignment(Qt.AlignmentFlag.AlignRight)
            total.setObjectName("muted")
        self.mop_box, self.hkd_box = QGroupBox(), QGroupBox()
        for box, table, total in (
            (self.mop_box, self.mop, self.mop_total),
            (self.hkd_box, self.hkd, self.hkd_total),
        ):
            inner = QVBoxLayout(box)
            inner.addWidget(table, 1)
            inner.addWidget(total)
            table.changed.connect(self._changed)
        self.float_mop, self.float_hkd = _money_field(), _money_field()
        self.non_cash = {m: _money_field() for m in NON_CASH_METHODS}
        self.other_box = QGroupBox()
        self.float_mop_caption, self.float_hkd_caption = QLabel(), QLabel()
        self.method_captions = {m: QLabel() for m in NON_CASH_METHODS}
        # Two columns of caption-over-field pairs: the denomination tables keep the height.
        pairs = [(self.float_mop_caption, self.float_mop), (self.float_hkd_caption, self.float_hkd)]
        pairs += [(self.method_captions[m], f) for m, f in self.non_cash.items()]
        fields = QGridLayout(self.other_box)
        for i, (caption, field) in enumerate(pairs):
            caption.setObjectName("muted")
            fields.addWidget(caption, (i // 2) * 2, i % 2)
            fields.addWidget(field, (i // 2) * 2 + 1, i % 2)
        for field in (self.float_mop, self.float_hkd, *self.non_cash.values()):
            field.textChanged.connect(self._changed)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.mop_box, 0, 0)
        grid.addWidget(self.hkd_box, 0, 1)
        grid.addWidget(self.other_box, 1, 0, 1, 2)
        grid.setRowStretch(0, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.mop_box.setTitle(self.tr("Cash in MOP"))
        self.hkd_box.setTitle(self.tr("Cash in HKD"))
        self.other_box.setTitle(self.tr("Float kept and the terminals' totals"))
        self.float_mop_caption.setText(self.tr("Float kept in MOP"))
        self.float_hkd_caption.setText(self.tr("Float kept in HKD"))
        for method, caption in self.method_captions.items():
            caption.setText(self.tr("%1 (terminal)").replace("%1", tender_label(method)))
        self.mop.retranslate()
        self.hkd.retranslate()
        self._show_totals()

    def _changed(self) -> None:
        self._show_totals()
        self.changed.emit()

    def _show_totals(self) -> None:
        lang = self.ctx.lang
        self.mop_total.setText(self.tr("Counted: %1").replace("%1", format_money(self.mop.total(), lang)))
        self.hkd_total.setText(
            self.tr("Counted: %1").replace("%1", format_money(self.hkd.total(), lang, "HKD"))
        )

    def problem(self) -> str | None:
        """What stops this count being used, in words, or None."""
        fields = [self.float_mop, self.float_hkd, *self.non_cash.values()]
        if any(read_money(f) is None for f in fields):
            return self.tr("An amount is not a number. Type it like 120.50.")
        if (read_money(self.float_mop) or 0) > self.mop.total() or (
            read_money(self.float_hkd) or 0
        ) > self.hkd.total():
            return self.tr("The float kept cannot be more than the cash counted.")
        return None

    def count(self) -> DrawerCount:
        return DrawerCount(
            self.mop.counts(),
            self.hkd.counts(),
            float_mop_avos=read_money(self.float_mop) or 0,
            float_hkd_cents=read_money(self.float_hkd) or 0,
            non_cash={m: read_money(f) or 0 for m, f in self.non_cash.items()},
        )

    def set_locked(self, locked: bool) -> None:
        self.mop.set_locked(locked)
        self.hkd.set_locked(locked)
        for field in (self.float_mop, self.float_hkd, *self.non_cash.values()):
            field.setReadOnly(locked)

    def reset(self) -> None:
        self.mop.reset()
        self.hkd.reset()
        for field in (self.float_mop, self.float_hkd, *self.non_cash.values()):
            field.clear()
        self.set_locked(False)
