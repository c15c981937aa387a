"""Counter: the cashier's day. Scan or search, the item goes in the basket, every store's stock for
it shows beside; pay with one or several tenders; refunds, holds, transfer requests, the waitlist.

The screen lays out and shows; two controllers do the work and say what happened through signals:
``CounterActions`` (signing in, the basket, paying, discounts, voids, parking, refunds),
``OtherStores`` (every store's stock for the item in focus; holds, transfers, the waitlist) and
``StoreTasks`` (the work waiting for this store). They run core's use cases off the GUI thread. Questions
to the cashier go through ``self.ask`` (dialogs; tests script the answers).
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.availability import StoreStock
from core.catalogue import ProductRow
from core.registry import Area
from core.staff import StaffMember
from desktop.context import AppContext
from desktop.i18n import error_text
from desktop.views.base import Screen, fit_columns, key_name, with_key
from desktop.views.counter_actions import BasketTotals, CompletedSale, CounterActions
from desktop.views.counter_dialogs import CounterPrompts, DialogPrompts
from desktop.views.counter_other_stores import OtherStores
from desktop.views.counter_receipt import ReceiptPrinting
from desktop.views.counter_stores import OtherStoresPanel
from desktop.views.counter_tasks import StoreTasks, TaskButton
from desktop.views.counter_tender import TenderPanel

# What a receipt's Code 128 carries: STORE-DEVICE-NNNNNN (core.sales.next_receipt_no).
RECEIPT_NO = re.compile(r"[A-Z]{2}-[A-Z0-9]{2,8}-[A-Z0-9]{4}-\d{6}")


# Facts that change the work shown above the Counter (holds, transfer requests, oversells, waitlist).
TASK_AREAS = frozenset({Area.HOLDS, Area.TRANSFERS, Area.ALERTS, Area.WAITLIST})

# Keys for a cashier who never leaves the keyboard. Function keys only: a scanner types characters and
# Enter, never these; F12 completes the sale and Delete voids the line, as before.
KEYS = {
    "sign": "F2",
    "qty": "F3",
    "discount": "F4",
    "basket_discount": "Shift+F4",
    "cash_mop": "F5",
    "cash_hkd": "F6",
    "card": "F7",
    "mpay": "F8",
    "alipay": "F9",
    "wechat": "F10",
    "hold": "F11",
}


class CounterScreen(Screen):
    name = "counter"
    sale_recorded = Signal(object)  # Changes of a local fact (sale, refund, hold...)
    signed_in_changed = Signal()  # someone signed in or out (other screens decide what they allow)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self._ask: CounterPrompts = DialogPrompts(self)
        self.demo_pin = ""  # the demo signs its cashier in as soon as the staff list is here
        self.staged = False
        self.actions = CounterActions(ctx, self._ask, self)
        self.other_stores = OtherStores(ctx, self._ask, self)
        self.store_tasks = StoreTasks(ctx, self._ask, self)
        self.basket = self.actions.basket  # what the table shows
        self._totals = self.actions.totals()

        self.setObjectName("counter")
        self.heading = QLabel()
        self.heading.setObjectName("screenTitle")
        self.staff_label = QLabel()
        self.staff_label.setObjectName("muted")
        self.sign_btn = QPushButton()
        self.sign_btn.clicked.connect(self.toggle_sign_in)
        self.refund_btn, self.park_btn, self.recall_btn = QPushButton(), QPushButton(), QPushButton()
        self.reprint_btn = QPushButton()
        self.no_sale_btn = QPushButton()
        self.no_sale_btn.clicked.connect(self.actions.no_sale)
        self.receipts = ReceiptPrinting(ctx.printer, lambda text, ok: self.say(text, ok=ok), self)
        self.reprint_btn.clicked.connect(self.receipts.reprint)
        self.refund_btn.clicked.connect(self.actions.refund)
        self.park_btn.clicked.connect(self.actions.park)
        self.recall_btn.clicked.connect(self.actions.recall)
        top = QHBoxLayout()
        top.addWidget(self.heading)

        # Work waiting for this store: holds to set aside, oversells to resolve, customers to call.
        self.tasks_bar = QHBoxLayout()
        self.set_aside_btn, self.alerts_btn, self.calls_btn = QPushButton(), QPushButton(), QPushButton()
        self.transfers_btn = QPushButton()
        for button in (self.set_aside_btn, self.transfers_btn, self.alerts_btn, self.calls_btn):
            button.setObjectName("taskButton")
            button.setVisible(False)
            self.tasks_bar.addWidget(button)
        # In the heading's row: when holds show, the other stores' table keeps its height.
        top.addSpacing(12)
        top.addLayout(self.tasks_bar)
        top.addStretch(1)
        for widget in (self.staff_label, self.sign_btn):
            top.addWidget(widget)
        self.set_aside_btn.clicked.connect(self.store_tasks.manage_holds)
        self.transfers_btn.clicked.connect(self.store_tasks.show_transfers)
        self.alerts_btn.clicked.connect(self.store_tasks.resolve_alert)
        self.calls_btn.clicked.connect(self.store_tasks.call_customers)

        self.scan = QLineEdit()
        self.scan.setObjectName("scanField")
        self.scan.returnPressed.connect(self._lookup)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.table = QTableView()
        self.table.setModel(self.basket)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(36)
        # A long name (Portuguese) wraps onto a second line instead of ending in "…".
        self.table.setWordWrap(True)
        self.table.verticalHeader().setMinimumSectionSize(36)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3, 4):
            self.table.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
        self.table.selectionModel().currentRowChanged.connect(self._row_focused)
        self.hint = QLabel(self.table.viewport())
        self.hint.setObjectName("emptyState")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        # After a sale: the change to hand back, large, until the next customer's first item.
        self.change_due = QLabel(self.table.viewport())
        self.change_due.setObjectName("changeDue")
        self.change_due.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.change_due.setWordWrap(True)
        self.change_due.setVisible(False)
        self.change_due_avos = 0
        self.minus_btn, self.plus_btn = QPushButton("−"), QPushButton("+")
        self.qty_btn = QPushButton()
        self.qty_btn.clicked.connect(self.ask_qty)
        self.discount_btn, self.basket_discount_btn = QPushButton(), QPushButton()
        self.remove_btn, self.clear_btn = QPushButton(), QPushButton()
        self.minus_btn.clicked.connect(lambda: self.change_qty(-1))
        self.plus_btn.clicked.connect(lambda: self.change_qty(1))
        self.discount_btn.clicked.connect(lambda: self.actions.line_discount(self.current_row()))
        self.basket_discount_btn.clicked.connect(self.actions.basket_discount)
        self.remove_btn.clicked.connect(self.remove_selected)
        self.clear_btn.clicked.connect(self.actions.clear_basket)
        # Two rows for the lines (with their keys written on them, they fit in any language), then one
        # for the basket as a whole.
        line_buttons, void_buttons = QHBoxLayout(), QHBoxLayout()
        for row, buttons in (
            (line_buttons, (self.minus_btn, self.plus_btn, self.qty_btn, self.discount_btn)),
            (void_buttons, (self.basket_discount_btn, self.remove_btn, self.clear_btn)),
        ):
            for button in buttons:
                button.setMinimumHeight(40)
                row.addWidget(button)
            row.addStretch(1)
        # The basket as a whole: put aside, bring back, refund, reprint; then the total.
        basket_buttons = QHBoxLayout()
        for button in (self.park_btn, self.recall_btn, self.refund_btn, self.reprint_btn, self.no_sale_btn):
            button.setMinimumHeight(40)
            basket_buttons.addWidget(button)
        self.total_caption, self.total, self.discount_note = QLabel(), QLabel(), QLabel()
        self.total_caption.setObjectName("muted")
        self.discount_note.setObjectName("muted")
        self.total.setObjectName("total")
        self.total.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        basket_buttons.addStretch(1)
        totals = QHBoxLayout()
        totals.addWidget(self.discount_note)
        totals.addStretch(1)
        totals.addWidget(self.total_caption)
        totals.addWidget(self.total)

        left = QVBoxLayout()
        left.addWidget(self.scan)
        left.addWidget(self.message)
        left.addWidget(self.table, 1)
        left.addLayout(totals)
        left.addLayout(line_buttons)
        left.addLayout(void_buttons)
        left.addLayout(basket_buttons)
        self.stores = OtherStoresPanel()
        self.stores.hold_requested.connect(self.other_stores.hold)
        self.stores.transfer_requested.connect(self.other_stores.request_transfer)
        self.stores.waitlist_requested.connect(self.other_stores.waitlist)
        self.tender = TenderPanel(ctx.money)
        self.tender.complete_requested.connect(self.complete_sale)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.stores, 1)
        right.addWidget(self.tender, 0)
        right_box = QWidget()
        right_box.setLayout(right)
        right_box.setMinimumWidth(400)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addWidget(right_box, 2)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        QShortcut(QKeySequence(Qt.Key.Key_F12), self, activated=self.complete_sale)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, activated=self.remove_selected)
        keyed = {
            "sign": self.sign_btn,
            "qty": self.qty_btn,
            "discount": self.discount_btn,
            "basket_discount": self.basket_discount_btn,
            "hold": self.stores.hold_btn,
            **self.tender.buttons,
        }
        for what, button in keyed.items():
            # click(): the same path as the mouse, and nothing happens while the button is greyed out.
            QShortcut(QKeySequence(KEYS[what]), self, activated=button.click)
        self._connect_controllers()
        self.retranslate()

    def _connect_controllers(self) -> None:
        actions, stores, tasks = self.actions, self.other_stores, self.store_tasks
        for controller in (actions, stores, tasks):
            controller.message.connect(lambda text, ok: self.say(text, ok=ok))
        actions.recorded.connect(self._recorded)
        stores.recorded.connect(self._recorded)
        tasks.recorded.connect(self.sale_recorded)  # StoreTasks refreshes itself
        actions.signed_in.connect(self._signed_in)
        actions.basket_changed.connect(self._show_totals)
        actions.item_added.connect(self._item_added)
        stores.stores_loaded.connect(self._show_stock)
        actions.payments_cleared.connect(self.tender.reset)
        actions.sale_done.connect(self._sale_done)
        actions.drawer_wanted.connect(self._open_drawer)
        actions.refund_done.connect(self.receipts.print_refund)
        stores.holds_answered.connect(tasks.refresh)
        actions.focus_wanted.connect(self._focus)
        tasks.buttons_state.connect(self._show_tasks)

    @property
    def ask(self) -> CounterPrompts:
        """Who answers the Counter's questions: dialogs, or a script in tests."""
        return self._ask

    @ask.setter
    def ask(self, prompts: CounterPrompts) -> None:
        self._ask = prompts
        self.actions.set_prompts(prompts)
        self.other_stores.set_prompts(prompts)
        self.store_tasks.set_prompts(prompts)

    @property
    def staff(self) -> StaffMember | None:
        """Who is signed in at this counter (kept in the context: other screens ask too)."""
        return self.ctx.signed_in.member

    @staff.setter
    def staff(self, member: StaffMember | None) -> None:
        self.ctx.signed_in.member = member
        self.signed_in_changed.emit()

    def title(self) -> str:
        return self.tr("Counter")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Counter"))
        self.scan.setPlaceholderText(self.tr("Scan, or type a barcode, SKU or name, then press Enter"))
        self.refund_btn.setText(self.tr("Refund…"))
        self.reprint_btn.setText(self.tr("Reprint"))
        self.reprint_btn.setToolTip(self.tr("Print the last receipt again, marked COPY"))
        self.park_btn.setText(self.tr("Park basket"))
        self.recall_btn.setText(self.tr("Recall…"))
        self.no_sale_btn.setText(self.tr("No sale"))
        self.no_sale_btn.setToolTip(
            self.tr("Open the cash drawer without a sale (counted on the shift handover)")
        )
        self.qty_btn.setText(with_key(self.tr("Quantity…"), KEYS["qty"]))
        self.discount_btn.setText(with_key(self.tr("Line discount…"), KEYS["discount"]))
        self.basket_discount_btn.setText(with_key(self.tr("Basket discount…"), KEYS["basket_discount"]))
        self.remove_btn.setText(self.tr("Void line"))
        self.clear_btn.setText(self.tr("Void basket"))
        self.total_caption.setText(self.tr("Total"))
        self.hint.setText(
            self.tr(
                "The basket is empty.\nScan an item, or type its barcode, SKU or name above and press Enter."
            )
        )
        self.actions.set_language(self.ctx.lang)
        if self.change_due_avos:
            self.show_change_due(self.change_due_avos)
        self.stores.lang = self.ctx.lang  # store names in the new language at once
        self.stores.retranslate()
        self.stores.hold_btn.setText(with_key(self.stores.hold_btn.text(), KEYS["hold"]))
        self.tender.retranslate()
        for method, button in self.tender.buttons.items():  # "Cash (MOP) F5": fits a third of the panel
            button.setText(f"{button.text()} {key_name(KEYS[method])}")
        self._show_staff()
        self.store_tasks.refresh()
        self._show_totals(self._totals)

    def activated(self) -> None:
        self.scan.setFocus()
        self.store_tasks.refresh()

    def is_ready(self) -> bool:
        if self.staged:  # a staged picture is ready once its basket and the other stores are shown
            return len(self.basket.items) >= 2 and bool(self.stores.rows) and bool(self.tender.payments)
        return self.staff is not None or not self.ctx.demo

    # -- staff -----------------------------------------------------------------------------------

    def toggle_sign_in(self) -> None:
        if self.staff is not None:
            self.staff = None
            self._show_staff()
            self.say(self.tr("Signed out."), ok=True)  # never "Signed in: …" under "Nobody signed in"
            return
        pin = self.ask.pin(self.tr("Enter your PIN to sign in."))
        if pin:
            self.sign_in_with(pin)

    def sign_in_with(self, pin: str, *, quiet: bool = False) -> None:
        """Check a PIN off the GUI thread; ``quiet`` (the demo's own sign-in) says nothing if it fails."""
        self.actions.sign_in(pin, quiet=quiet)

    def _signed_in(self, member: StaffMember) -> None:
        self.staff = member
        self._show_staff()

    def _show_staff(self) -> None:
        if self.staff is None:
            self.staff_label.setText(self.tr("Nobody signed in"))
            self.sign_btn.setText(with_key(self.tr("Sign in"), KEYS["sign"]))
        else:
            self.staff_label.setText(
                self.tr("Signed in: %1").replace("%1", self.staff.shown_name(self.ctx.lang))
            )
            self.sign_btn.setText(with_key(self.tr("Sign out"), KEYS["sign"]))
        for button in (self.refund_btn, self.park_btn, self.recall_btn, self.no_sale_btn):
            button.setEnabled(self.staff is not None)
        self.tender.setEnabled(self.staff is not None)

    # -- the basket ---------------------------------------------------------------------------------

    def submit_code(self, code: str) -> None:
        """A scanned or typed code (or words of a name): looked up off the GUI thread, then added."""
        self.actions.submit_code(code)

    def on_scan(self, code: str) -> None:
        """A scan: into the question on screen if one is open (a receipt to refund), a receipt's own
        barcode starts its refund, anything else goes in the basket."""
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QInputDialog) and dialog.inputMode() == QInputDialog.InputMode.TextInput:
            dialog.setTextValue(code)
            dialog.accept()
            return
        if RECEIPT_NO.fullmatch(code.strip().upper()):
            if self.staff is None:
                self.say(self.tr("Sign in first."), ok=False)
                return
            self.actions.refund_receipt(code.strip().upper())
            return
        self.submit_code(code)

    def _lookup(self) -> None:
        text = self.scan.text()
        self.scan.clear()
        self.submit_code(text)

    def change_qty(self, step: int) -> None:
        self.actions.change_qty(self.current_row(), step)

    def ask_qty(self) -> None:
        """Type how many of the selected line (faster than + and − for a dozen)."""
        self.actions.ask_qty(self.current_row())

    def remove_selected(self) -> None:
        self.actions.remove_line(self.current_row())

    def complete_sale(self) -> None:
        """F12 or the Pay button: the sale, with the tenders as the panel has them."""
        tender = self.tender
        self.actions.complete_sale(list(tender.payments), tender.settlement.complete, tender.hkd_rate_ppm)

    def current_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _item_added(self, row: int, product: ProductRow) -> None:
        self.table.selectRow(row)
        self.other_stores.show_stores(product)

    def _row_focused(self, current: Any, _previous: Any) -> None:
        if current.isValid() and current.row() < len(self.basket.items):
            self.other_stores.focus_on(self.basket.items[current.row()].product)

    def _show_stock(self, product: ProductRow, rows: list[StoreStock]) -> None:
        self.stores.show_stock(product, rows, self.ctx.lang)

    def set_connection(self, online: bool, freshness: str, stale: bool) -> None:
        self.stores.set_connection(online, freshness, stale)

    def remote_changes(self, changes: Any) -> None:
        """Facts from other devices: refresh the other-stores panel and this store's tasks."""
        if Area.STAFF in changes.areas and self.staff is None and self.demo_pin:
            self.sign_in_with(self.demo_pin, quiet=True)  # the demo's staff list has just arrived
        # Only what concerns this screen: another store's sale of another item costs no query here.
        here = self.ctx.till.store_id
        if changes.areas & TASK_AREAS or any(store == here for store, _ in changes.stock):
            self.store_tasks.refresh()  # the call list follows this store's stock
        self.other_stores.remote_changes(changes)

    def outbox_moved(self, _status: Any = None) -> None:
        """The hub answered some of what this till sent: the holds it granted are said, and shown in the
        holds bar (a refusal is said by ``refused``)."""
        self.other_stores.check_holds()

    def refused(self, results: Any) -> None:
        """The hub refused something this till recorded (a hold that lost the race): say why."""
        for result in results:
            if result.reason:
                self.say(self.tr("The hub refused: %1").replace("%1", error_text(result.reason)), ok=False)
        self.store_tasks.refresh()
        self.other_stores.reload_stores()

    # -- feedback ---------------------------------------------------------------------------------

    def _focus(self, where: str) -> None:
        (self.tender.amount if where == "amount" else self.scan).setFocus()

    def _recorded(self, changes: Any) -> None:
        """A fact recorded here: other screens hear of it; a sale or refund may change the holds bar
        (a void changes no stock)."""
        self.sale_recorded.emit(changes)
        if changes is not None:
            self.store_tasks.refresh()
            self.other_stores.reload_stores()

    def _open_drawer(self) -> None:
        if self.ctx.printer is not None:
            self.ctx.printer.open_drawer()

    def _sale_done(self, sale: CompletedSale) -> None:
        self.show_change_due(sale.change_avos)  # stays, large, until the next customer's first item
        self.receipts.print_receipt(sale.receipt, kick_drawer=sale.kick_drawer)

    def _show_tasks(self, buttons: dict[str, TaskButton]) -> None:
        for key, button in (
            ("holds", self.set_aside_btn),
            ("transfers", self.transfers_btn),
            ("alerts", self.alerts_btn),
            ("calls", self.calls_btn),
        ):
            button.setText(buttons[key].text)
            button.setVisible(buttons[key].visible)

    def say(self, text: str, *, ok: bool) -> None:
        self.message.setText(text)
        self.message.setProperty("state", "ok" if ok else "error")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    def _show_totals(self, totals: BasketTotals) -> None:
        self._totals = totals
        fit_columns(self.table, (1, 2, 3, 4))  # figures are never cut short; the name takes the rest
        self.total.setText(self.ctx.money(totals.total_avos))
        self.discount_note.setText(
            self.tr("Discounts: %1").replace("%1", self.ctx.money(totals.discount_avos))
            if totals.discount_avos
            else ""
        )
        self.hint.setVisible(totals.lines == 0)
        if totals.lines and self.change_due_avos:
            self.show_change_due(0)  # the next customer has started
        self.tender.set_total(totals.total_avos)

    def show_change_due(self, avos: int) -> None:
        """The change of the sale just completed (0: nothing to hand back), on screen until the next
        customer's first item; the tender panel's change line says the same."""
        self.change_due_avos = avos
        self.change_due.setText(
            self.tr("Change due\n%1").replace("%1", self.ctx.money(avos)) if avos > 0 else ""
        )
        self.change_due.setVisible(avos > 0)
        self.tender.show_change_due(avos)
        self._place_overlays()

    def _place_overlays(self) -> None:
        area = self.table.viewport().rect()
        if self.change_due_avos:
            top = area.adjusted(0, 0, 0, -area.height() // 2)
            self.change_due.setGeometry(top.adjusted(24, 24, -24, -8))
            self.hint.setGeometry(area.adjusted(0, area.height() // 2, 0, 0))
        else:
            self.hint.setGeometry(area)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_overlays()
