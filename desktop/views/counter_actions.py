"""What the Counter's buttons do to the basket, as a controller: it owns the basket and what belongs to
it (the manager's approval of its discounts, a sale being recorded), signs the cashier in, asks
what it needs through the prompts, runs core's use cases off the GUI thread and says what happened
through its signals. The screen shows; it never reaches in here beyond the methods and signals."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from core.catalogue import ProductRow, lookup_code
from core.errors import DomainError
from core.handover import log_no_sale
from core.parked import ParkedLine, ParkedSummary, RecalledBasket, park, parked_baskets, recall
from core.sales import (
    Payment,
    SaleForReceipt,
    checkout_for_receipt,
    discount_percent,
    needs_override,
    void_lines,
)
from core.staff import Permission, StaffMember, authorise_at_counter, sign_in_at_counter
from desktop.context import AppContext
from desktop.i18n import error_text
from desktop.models.basket import BasketItem, BasketModel
from desktop.printing.slip import ReceiptData
from desktop.views.counter_control import CounterController
from desktop.views.counter_dialogs import CounterPrompts
from desktop.views.counter_receipt import SoldLine, receipt_data
from desktop.views.counter_refund import CounterRefunds


@dataclass(frozen=True)
class BasketTotals:
    """What the screen shows of the basket beside its table."""

    lines: int
    total_avos: int
    discount_avos: int  # lines' and the basket's


@dataclass(frozen=True)
class CompletedSale:
    """A sale just recorded: its change to hand back and its receipt to print."""

    change_avos: int
    receipt: ReceiptData
    kick_drawer: bool


class CounterActions(CounterController):
    signed_in = Signal(object)  # StaffMember: signed in at this counter
    basket_changed = Signal(object)  # BasketTotals
    item_added = Signal(int, object)  # the basket's row the item went to, its ProductRow
    payments_cleared = Signal()  # the tenders typed so far no longer apply (sale done, basket parked)
    sale_done = Signal(object)  # CompletedSale
    refund_done = Signal(str, object)  # refund id, RefundSlipData to print
    focus_wanted = Signal(str)  # "scan": the scan field; "amount": the tender's amount field
    drawer_wanted = Signal()  # open the cash drawer (no sale)

    def __init__(self, ctx: AppContext, ask: CounterPrompts, parent: QObject | None = None) -> None:
        super().__init__(ctx, ask, parent)
        self._basket = BasketModel(ctx.money, ctx.lang)
        # The manager who allowed this basket's discounts, and up to what: it belongs to the basket,
        # not to who is signed in, and goes when the basket is done.
        self.approver: StaffMember | None = None
        self.approved_percent = 0.0
        self.busy = False  # a sale is being recorded: F12 again does nothing
        self.refunds = CounterRefunds(ctx, ask, self)
        self.refunds.message.connect(self.message)
        self.refunds.recorded.connect(self.recorded)
        self.refunds.slips_ready.connect(self.refund_done)
        for signal in (self._basket.rowsInserted, self._basket.rowsRemoved, self._basket.dataChanged):
            signal.connect(self._basket_moved)
        self._basket.modelReset.connect(self._basket_moved)

    @property
    def basket(self) -> BasketModel:
        """The basket's lines, as the model the screen's table shows."""
        return self._basket

    def set_prompts(self, ask: CounterPrompts) -> None:
        super().set_prompts(ask)
        self.refunds.set_prompts(ask)

    def set_language(self, lang: str) -> None:
        self._basket.set_language(lang)

    def totals(self) -> BasketTotals:
        b = self._basket
        discount = sum(i.discount_avos for i in b.items) + b.basket_discount_avos
        return BasketTotals(len(b.items), b.total, discount)

    def _basket_moved(self, *_: object) -> None:
        if not self._basket.items:
            self.approver, self.approved_percent = None, 0.0
        self.basket_changed.emit(self.totals())

    # -- signing in -----------------------------------------------------------------------------

    def sign_in(self, pin: str, *, quiet: bool = False) -> None:
        """Check a PIN off the GUI thread; ``quiet`` (the demo's own sign-in) says nothing if it fails."""

        def done(member: StaffMember) -> None:
            self.signed_in.emit(member)
            self.say(
                QCoreApplication.translate("CounterScreen", "Signed in: %1").replace(
                    "%1", member.shown_name(self.ctx.lang)
                ),
                ok=True,
            )
            self.focus_wanted.emit("scan")  # the next code typed by hand goes in the basket

        self._sign_in(pin, done, (lambda _exc: None) if quiet else self.fail)

    def _sign_in(self, pin: str, then: Any, failed: Any) -> None:
        self.ctx.usecases.read(
            sign_in_at_counter, self.ctx.pins, self.ctx.till.store_id, pin, then=then, failed=failed
        )

    # -- the basket -----------------------------------------------------------------------------

    def submit_code(self, code: str) -> None:
        """A scanned or typed code (or words of a name): look it up off the GUI thread, then add it."""
        code = code.strip()
        if not code:
            return
        self.ctx.usecases.read(
            lookup_code,
            code,
            self.ctx.till.store_id,
            then=lambda found: self._found(found, code),
            failed=self.fail,
        )

    def _found(self, found: ProductRow | list[tuple[ProductRow, int]], typed: str = "") -> None:
        if isinstance(found, list):
            picked = self.ask.choose_item(typed, found, self.ctx.lang, self.ctx.money)
            if picked is None:
                self.focus_wanted.emit("scan")
                return
            found = found[picked][0]
        row = self._basket.add(found)
        self.item_added.emit(row, found)  # the screen selects it and shows its stores
        self.say(
            QCoreApplication.translate("CounterScreen", "Added: %1").replace("%1", found.name(self.ctx.lang)),
            ok=True,
        )

    def change_qty(self, row: int | None, step: int) -> None:
        if row is None:
            return
        qty = self._basket.items[row].qty + step
        if qty <= 0:
            self.remove_line(row)
            return
        self._basket.set_qty(row, qty)

    def ask_qty(self, row: int | None) -> None:
        """Type how many of the line (faster than + and − for a dozen)."""
        if row is None:
            return
        item = self._basket.items[row]
        qty = self.ask.quantity(item.product.name(self.ctx.lang), item.qty)
        if qty is not None and qty > 0:
            self._basket.set_qty(row, qty)

    # -- paying -------------------------------------------------------------------------------

    def complete_sale(self, payments: list[Payment], paid: bool, hkd_rate_ppm: int) -> None:
        """F12, with the tenders typed so far (``paid``: they cover the total). A refusal offers its fix:
        nobody signed in or a discount above the cashier's limit opens the PIN box (then the sale goes
        on); an amount still owed puts the cursor in the amount field."""
        again = partial(self.complete_sale, payments, paid, hkd_rate_ppm)
        if self.busy:
            return
        if self.staff is None:
            self.say(QCoreApplication.translate("CounterActions", "Sign in first."), ok=False)
            pin = self.ask.pin(
                QCoreApplication.translate("CounterActions", "Enter your PIN to complete the sale.")
            )
            if pin:

                def signed_in(member: StaffMember) -> None:
                    self.signed_in.emit(member)
                    again()

                self._sign_in(pin, signed_in, self.fail)
            return
        if not self._basket.items:
            self.say(error_text("sale.empty_basket"), ok=False)
            return
        if not paid:
            self.say(error_text("sale.underpaid"), ok=False)
            self.focus_wanted.emit("amount")
            return
        lines, basket_discount = self._basket.cart_lines(), self._basket.basket_discount_avos
        if needs_override(self.staff, lines, basket_discount) and (
            self.approver is None or discount_percent(lines, basket_discount) > self.approved_percent + 1e-9
        ):
            # The approval belongs to the basket; without one (or one too small), ask for it here.
            self._with_discount(lines, basket_discount, again)
            return
        self._checkout(list(payments), hkd_rate_ppm, again)

    def _checkout(self, payments: list[Payment], rate: int, again: Any) -> None:
        cashier = self.staff
        assert cashier is not None
        self.busy = True
        lines, basket_discount = self._basket.cart_lines(), self._basket.basket_discount_avos
        # Recorded as the approver only when the cashier needed one (a manager's own sale needs none).
        approver = self.approver if needs_override(cashier, lines, basket_discount) else None
        lang = self.ctx.lang
        sold = [
            SoldLine(i.product.name(lang), i.qty, i.product.price_avos, i.discount_avos)
            for i in self._basket.items
        ]

        def done(result: SaleForReceipt) -> None:
            sale = result.sale
            self.busy = False
            self._basket.clear()
            self.payments_cleared.emit()
            change_text = QCoreApplication.translate("CounterActions", "Change: %1")
            change = (
                " · " + change_text.replace("%1", self.ctx.money(sale.change_avos))
                if sale.change_avos
                else ""
            )
            self.say(
                QCoreApplication.translate("CounterActions", "Sale %1 recorded: %2")
                .replace("%1", sale.receipt_no)
                .replace("%2", self.ctx.money(sale.total_avos))
                + change,
                ok=True,
            )
            self.recorded.emit(sale.changes)
            self.focus_wanted.emit("scan")
            receipt = receipt_data(
                store_name=result.store_name,
                store_address=result.store_address,
                store_phone=result.store_phone,
                receipt_no=sale.receipt_no,
                sale_id=sale.sale_id,
                occurred_at=datetime.now().astimezone().strftime("%Y-%m-%d %H:%M"),
                cashier=cashier.name,
                lines=sold,
                tenders=sale.tenders,
                change_avos=sale.change_avos,
                total_avos=sale.total_avos,
                lang=lang,
                hkd_rate_ppm=rate,
            )
            kick = any(t.method.startswith("cash") for t in sale.tenders)
            # The change stays on screen, large, until the next customer's first item.
            self.sale_done.emit(CompletedSale(sale.change_avos, receipt, kick))

        def failed(exc: BaseException) -> None:
            self.busy = False
            self.fail(exc)
            if isinstance(exc, DomainError) and exc.code == "sale.discount_needs_approval":
                self.approver = None  # the approval on file no longer covers the basket: ask again
                self._with_discount(lines, basket_discount, again)

        self.ctx.usecases.write(
            checkout_for_receipt,
            self.ctx.till,
            cashier,
            lines,
            payments,
            lang=lang,
            basket_discount_avos=basket_discount,
            approved_by=approver,
            hkd_rate_ppm=rate,
            then=done,
            failed=failed,
        )

    # -- discounts and voids --------------------------------------------------------------------

    def line_discount(self, row: int | None) -> None:
        if row is None or self.staff is None:
            return
        basket = self._basket
        item = basket.items[row]
        value = self.ask.discount(QCoreApplication.translate("CounterActions", "Line discount"), item.gross)
        if value is None:
            return
        trial = [i.cart_line() for i in basket.items]
        trial[row] = BasketItem(item.product, item.qty, value).cart_line()
        self._with_discount(trial, basket.basket_discount_avos, lambda: basket.set_discount(row, value))

    def basket_discount(self) -> None:
        basket = self._basket
        if not basket.items or self.staff is None:
            return
        value = self.ask.discount(
            QCoreApplication.translate("CounterActions", "Basket discount"), basket.subtotal
        )
        if value is None:
            return
        self._with_discount(basket.cart_lines(), value, lambda: basket.set_basket_discount(value))

    def _with_discount(self, lines: Any, basket_discount: int, apply: Any) -> None:
        staff = self.staff
        assert staff is not None
        percent = discount_percent(lines, basket_discount)
        if percent <= self.approved_percent + 1e-9:  # approved for this basket already (by anyone)
            apply()
            return
        if percent <= staff.discount_limit_percent:
            if staff.can(Permission.DISCOUNT_OVERRIDE):
                # A manager's own discount is their approval: it stays with the basket if a cashier
                # takes over and completes the sale.
                self.approver, self.approved_percent = staff, percent
            apply()
            return
        prompt = QCoreApplication.translate(
            "CounterActions", "A discount of %1% is above your limit. A manager's PIN, please."
        ).replace("%1", f"{percent:.0f}")
        pin = self.ask.pin(prompt)
        if not pin:
            return

        def done(manager: StaffMember) -> None:
            if percent > manager.discount_limit_percent:
                self.say(
                    QCoreApplication.translate("CounterActions", "Above %1's limit too.").replace(
                        "%1", manager.name
                    ),
                    ok=False,
                )
                return
            self.approver, self.approved_percent = manager, percent
            apply()
            self.say(
                QCoreApplication.translate("CounterActions", "Discount approved by %1").replace(
                    "%1", manager.name
                ),
                ok=True,
            )

        self.ctx.usecases.read(
            authorise_at_counter,
            self.ctx.pins,
            self.ctx.till.store_id,
            pin,
            Permission.DISCOUNT_OVERRIDE,
            then=done,
            failed=self.fail,
        )

    def remove_line(self, row: int | None) -> None:
        if row is None:
            return
        self._void([self._basket.items[row]], whole=False, after=lambda: self._basket.remove(row))

    def clear_basket(self) -> None:
        if self._basket.items:
            self._void(list(self._basket.items), whole=True, after=self._basket.clear)

    def _void(self, items: list[BasketItem], *, whole: bool, after: Any) -> None:
        cashier = self.staff
        if cashier is None:
            return

        def record(manager: StaffMember) -> None:
            def done(_: None) -> None:
                after()
                self.say(
                    QCoreApplication.translate("CounterActions", "Voided (approved by %1)").replace(
                        "%1", manager.name
                    ),
                    ok=True,
                )
                self.recorded.emit(None)

            self.ctx.usecases.write(
                void_lines,
                self.ctx.till,
                cashier,
                manager,
                [i.cart_line() for i in items],
                whole_basket=whole,
                then=done,
                failed=self.fail,
            )

        self.with_permission(
            Permission.VOID,
            QCoreApplication.translate("CounterActions", "Voiding needs a manager's PIN."),
            record,
        )

    # -- parking --------------------------------------------------------------------------------

    def no_sale(self) -> None:
        """The drawer opened without a sale (change for a note): counted on the shift handover."""
        staff = self.staff
        if staff is None:
            self.say(QCoreApplication.translate("CounterActions", "Sign in first."), ok=False)
            return

        def done(_: None) -> None:
            self.drawer_wanted.emit()
            self.say(
                QCoreApplication.translate(
                    "CounterActions", "Drawer opened without a sale: it is counted on the shift handover."
                ),
                ok=True,
            )

        self.ctx.usecases.write(log_no_sale, self.ctx.till, staff, then=done, failed=self.fail)

    def park(self) -> None:
        basket = self._basket
        if not basket.items:
            return
        lines = [ParkedLine(i.product.sku, i.qty, i.discount_avos) for i in basket.items]
        staff_id = self.staff.staff_id if self.staff else ""
        label = ", ".join(i.product.name(self.ctx.lang) for i in basket.items)[:78]

        def done(_: ParkedSummary) -> None:
            basket.clear()
            self.payments_cleared.emit()
            self.say(
                QCoreApplication.translate("CounterActions", "Basket parked: %1").replace("%1", label),
                ok=True,
            )

        self.ctx.usecases.write(
            park, lines, basket.basket_discount_avos, label, staff_id, then=done, failed=self.fail
        )

    def recall(self) -> None:
        def chosen(rows: list[ParkedSummary]) -> None:
            if not rows:
                self.say(QCoreApplication.translate("CounterActions", "No parked baskets."), ok=False)
                return
            picked = self.ask.choose(
                QCoreApplication.translate("CounterActions", "Recall which basket?"),
                [f"{r.parked_at[11:16]}  {r.label}" for r in rows],
            )
            if picked is not None:
                self._recall(rows[picked].basket_id)

        self.ctx.usecases.read(parked_baskets, then=chosen, failed=self.fail)

    def _recall(self, basket_id: str) -> None:
        def done(found: RecalledBasket) -> None:
            items = [BasketItem(li.product, li.qty, li.discount_avos) for li in found.lines]
            self._basket.load(items, found.basket_discount_avos)
            self.say(QCoreApplication.translate("CounterActions", "Basket recalled."), ok=True)

        self.ctx.usecases.write(recall, basket_id, then=done, failed=self.fail)

    # -- refunds --------------------------------------------------------------------------------

    def refund(self) -> None:
        code = self.ask.receipt_code()
        if code:
            self.refund_receipt(code)

    def refund_receipt(self, code: str) -> None:
        self.refunds.start(code)  # desktop/views/counter_refund.py
