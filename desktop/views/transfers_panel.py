"""One transfer on the Transfers screen: its number and state, where from and to, who packed and who
carries it, its lines (with what is being packed or received now), the steps that apply at this store
as buttons, and the handover slip as it prints beside them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.money import format_money
from core.transfers import IN_TRANSIT_STATES, TransferView
from desktop.views.transfers_count import TransferCount
from desktop.views.transfers_detail import SlipPreview, TransferLinesModel, state_name

STEPS = ("approve", "pack", "dispatch", "print", "receive", "damaged", "missing", "stop", "cancel", "close")


def table_view(model, stretch: int) -> QTableView:  # type: ignore[no-untyped-def]
    """A read-only table of whole rows, column ``stretch`` taking the spare width."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.setAlternatingRowColors(True)
    return table


class TransferPanel(QSplitter):
    def __init__(self, lang: str, here: str | None) -> None:
        super().__init__()
        self.here = here
        self.title_label = QLabel()
        self.title_label.setObjectName("sectionTitle")
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lines_model = TransferLinesModel(lang, self)
        self.lines = table_view(self.lines_model, 0)
        self.preview = SlipPreview()
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for i, key in enumerate(STEPS):
            button = self.buttons[key] = QPushButton()
            button.setMinimumHeight(40)
            grid.addWidget(button, i // 5, i % 5)
        self.buttons["receive"].setObjectName("primary")
        self.buttons["pack"].setObjectName("primary")
        detail = QWidget()
        column = QVBoxLayout(detail)
        column.addWidget(self.title_label)
        column.addWidget(self.facts)
        column.addWidget(self.lines, 1)
        column.addLayout(grid)
        scroll = QScrollArea()
        scroll.setWidget(self.preview)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(self.preview.WIDTH + 30)
        self.addWidget(detail)
        self.addWidget(scroll)
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 0)

    def retranslate(self, mode: str) -> None:
        texts = {
            "approve": self.tr("Approve (manager PIN)"),
            "pack": self.tr("Confirm packing (PIN)") if mode == "pack" else self.tr("Pack by scanning"),
            "dispatch": self.tr("Dispatch and print slip"),
            "print": self.tr("Reprint slip"),
            "receive": self.tr("Confirm receipt") if mode == "receive" else self.tr("Receive"),
            "damaged": self.tr("Damaged…"),
            "missing": self.tr("Missing…"),
            "stop": self.tr("Stop counting"),
            "cancel": self.tr("Cancel transfer"),
            "close": self.tr("Close (manager PIN)"),
        }
        for key, text in texts.items():
            self.buttons[key].setText(text)

    def show_transfer(self, v: TransferView | None, count: TransferCount, stores: dict[str, str]) -> None:
        now = {sku: self.now_text(count, sku) for sku in count.counts}
        self.lines_model.show(v, now, count.extra)
        self.lines.setColumnHidden(7, not count.mode)
        if v is None:
            self.title_label.setText(self.tr("Scan a handover slip, or choose a transfer"))
            self.facts.setText("")
            self.preview.show_slip(None)
        else:
            self.title_label.setText(f"{v.number} · {state_name(v.state)}")
            self.facts.setText(" · ".join(self._facts(v, stores)))
        self._enable(v, count.mode)

    def _facts(self, v: TransferView, stores: dict[str, str]) -> list[str]:
        facts = [
            self.tr("From %1 to %2")
            .replace("%1", stores.get(v.from_store_id, v.from_store_id))
            .replace("%2", stores.get(v.to_store_id, v.to_store_id))
        ]
        if v.auto_approved_under:
            limit = format_money(v.auto_approved_under, self.lines_model.lang)
            facts.append(
                self.tr("Approved automatically: under the store's limit of %1").replace("%1", limit)
            )
        if v.packed_by:
            facts.append(self.tr("Packed by %1").replace("%1", v.packed_by))
        if v.carrier:
            facts.append(self.tr("Carried by %1").replace("%1", v.carrier))
        if v.in_transit:
            facts.append(self.tr("In transit: %1").replace("%1", str(v.in_transit)))
        if v.waiting_for_hub:
            facts.append(self.tr("Waiting for the hub to confirm the last step"))
        if v.note:
            facts.append(v.note)
        return facts

    def now_text(self, count: TransferCount, sku: str) -> str:
        """What this packing or receipt says of ``sku`` so far."""
        c = count.counts[sku]
        if count.mode == "pack":
            return self.tr("packed %1").replace("%1", str(c[0]))
        parts = [self.tr("received %1").replace("%1", str(c[0]))]
        if c[1]:
            parts.append(self.tr("damaged %1").replace("%1", str(c[1])))
        if c[2]:
            parts.append(self.tr("missing %1").replace("%1", str(c[2])))
        return ", ".join(parts)

    def _enable(self, v: TransferView | None, mode: str) -> None:
        """Only the steps this store may take now, on this transfer."""
        state = v.state if v else ""
        sender = v is not None and v.from_store_id == self.here
        receiver = v is not None and v.to_store_id == self.here
        before_dispatch = ("requested", "approved", "packed")
        shown = {
            "approve": sender and state == "requested",
            "pack": sender and state in ("approved", "packed"),
            "dispatch": sender and state == "packed" and not mode,
            "print": v is not None and state in ("packed", *IN_TRANSIT_STATES),
            "receive": receiver and state in IN_TRANSIT_STATES,
            "damaged": mode == "receive",
            "missing": mode == "receive",
            "stop": bool(mode),
            "cancel": (sender or receiver) and state in before_dispatch and not mode,
            "close": (sender or receiver) and state in ("partial", "received") and not mode,
        }
        for key, on in shown.items():
            self.buttons[key].setVisible(on)
