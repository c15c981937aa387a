"""Stock → Request transfer…: which store sends how many of the selected item here."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.stock import MatrixRow, StoreColumn

NOTE_MAX = 200


@dataclass(frozen=True)
class TransferAsk:
    store_id: str
    qty: int
    note: str


def sending_stores(
    row: MatrixRow, stores: tuple[StoreColumn, ...], here: str, preferred: str | None
) -> list[tuple[StoreColumn, int]]:
    """The other stores with their units of the item: the one the user pointed at first, then by units."""
    others = [(s, row.on_hand[i]) for i, s in enumerate(stores) if s.store_id != here]
    others.sort(key=lambda pair: (pair[0].store_id != preferred, -pair[1]))
    return others


class StockTransferDialog(QDialog):
    def __init__(
        self, parent: QWidget, row: MatrixRow, choices: list[tuple[StoreColumn, int]], lang: str
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Request transfer"))
        self._choices = choices
        name = {"zh_Hant": row.name_zh, "pt": row.name_pt}.get(lang, row.name_en)
        item = QLabel(f"{name}  ·  {row.sku}")
        item.setWordWrap(True)
        self.store = QComboBox()
        for store, units in choices:
            self.store.addItem(
                self.tr("%1 — %2 on hand").replace("%1", store.name(lang)).replace("%2", str(units))
            )
        self.qty = QSpinBox()
        self.qty.setRange(1, 100_000)
        self.qty.setMinimumHeight(36)
        self.note = QLineEdit()
        self.note.setMaxLength(NOTE_MAX)
        self.note.setPlaceholderText(self.tr("Optional: for whom, by when"))
        form = QFormLayout()
        form.addRow(self.tr("Item"), item)
        form.addRow(self.tr("Send from"), self.store)
        form.addRow(self.tr("Units"), self.qty)
        form.addRow(self.tr("Note"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def answer(self) -> TransferAsk:
        store, _units = self._choices[self.store.currentIndex()]
        return TransferAsk(store.store_id, self.qty.value(), self.note.text().strip())
