"""What the Counter's buttons do: each asks what it needs, then runs its service off the GUI thread
and reports back on the Counter. Kept apart from the screen's layout so each stays small."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import msgspec
from PySide6.QtCore import QCoreApplication, QObject
from sqlalchemy import delete, select

from core.availability import StoreStock, stock_everywhere
from core.catalogue import ProductRow, get_product, store_contact, store_name
from core.clock import utc_text
from core.errors import DomainError
from core.holds import request_hold
from core.ids import new_id
from core.models import ParkedBasket
from core.sales import checkout, discount_percent, needs_override, void_lines
from core.staff import Permission, StaffMember
from core.transfers import request_transfer
from core.waitlist import add_to_waitlist
from desktop.i18n import error_text
from desktop.models.basket import BasketItem
from desktop.views.counter_receipt import SoldLine, receipt_data
from desktop.views.counter_refund import CounterRefunds

if TYPE_CHECKING:
    from desktop.views.counter import CounterScreen
    from desktop.views.hold_dialog import HoldForm


class CounterActions(QObject):
    def __init__(self, screen: CounterScreen) -> None:
        super().__init__(screen)
        self.screen = screen
        self.busy = False
        self.refunds = CounterRefunds(screen)

    @property
    def ctx(self):  # type: ignore[no-untyped-def]
        return self.screen.ctx

    def _run(self, work: Any, done: Any) -> None:
        self.ctx.tasks.submit(work, done, self.screen.fail)

    def _changed(self, changes: Any) -> None:
        self.screen.sale_recorded.emit(changes)
        self.screen.store_tasks.refresh()
        if self.screen.focus_product is not None:
            self.load_stores(self.screen.focus_product)

    # -- paying -------------------------------------------------------------------------------

    def complete_sale(self) -> None:
        """F12. A refusal offers its fix: nobody signed in or a discount above the cashier's limit opens
        the PIN box (then the sale goes on); an amount still owed puts the cursor in the amount field."""
        from desktop.i18n import error_text

        s = self.screen
        if self.busy:
            return
        if s.staff is None:
            s.say(QCoreApplication.translate("CounterActions", "Sign in first."), ok=False)
            pin = s.ask.pin(
                QCoreApplication.translate("CounterActions", "Enter your PIN to complete the sale.")
            )
            if pin:
                self._sign_in_then_complete(pin)
            return
        if not s.basket.items:
            s.say(error_text("sale.empty_basket"), ok=False)
            return
        if not s.tender.settlement.complete:
            s.say(error_text("sale.underpaid"), ok=False)
            s.tender.amount.setFocus()
            return
        lines, basket_discount = s.basket.cart_lines(), s.basket.basket_discount_avos
        if needs_override(s.staff, lines, basket_discount) and (
            s.approver is None or discount_percent(lines, basket_discount) > s.approved_percent + 1e-9
        ):
            # The approval belongs to the basket; without one (or one too small), ask for it here.
            self._with_discount(lines, basket_discount, self.complete_sale)
            return
        self._checkout()

    def _sign_in_then_complete(self, pin: str) -> None:
        s = self.screen
        db, store_id = self.ctx.db, self.ctx.till.store_id

        def work() -> StaffMember:
            from core.staff import sign_in

            with db.read() as session:
                return self.ctx.pins.attempt(lambda: sign_in(session, store_id, pin))

        def done(member: StaffMember) -> None:
            s.staff = member
            s._show_staff()
            self.complete_sale()

        self._run(work, done)

    def _checkout(self) -> None:
        s = self.screen
        assert s.staff is not None
        self.busy = True
        db, till, cashier = self.ctx.db, self.ctx.till, s.staff
        lines, payments = s.basket.cart_lines(), list(s.tender.payments)
        basket_discount, rate = s.basket.basket_discount_avos, s.tender.hkd_rate_ppm
        # Recorded as the approver only when the cashier needed one (a manager's own sale needs none).
        approver = s.approver if needs_override(cashier, lines, basket_discount) else None

        lang = self.ctx.lang
        sold = [
            SoldLine(i.product.name(lang), i.qty, i.product.price_avos, i.discount_avos)
            for i in s.basket.items
        ]

        def work() -> Any:
            with db.write() as session:
                sale = checkout(
                    session,
                    till,
                    cashier,
                    lines,
                    payments,
                    basket_discount_avos=basket_discount,
                    approved_by=approver,
                    hkd_rate_ppm=rate,
                )
                store_id = till.store_id or ""
                return sale, store_name(session, store_id, lang), store_contact(session, store_id)

        def done(result: Any) -> None:
            sale, store_name, (store_address, store_phone) = result
            self.busy = False
            s.basket.clear()
            s.tender.reset()
            s.show_change_due(sale.change_avos)  # stays, large, until the next customer's first item
            change_text = QCoreApplication.translate("CounterActions", "Change: %1")
            change = (
                " · " + change_text.replace("%1", self.ctx.money(sale.change_avos))
                if sale.change_avos
                else ""
            )
            s.say(
                QCoreApplication.translate("CounterActions", "Sale %1 recorded: %2")
                .replace("%1", sale.receipt_no)
                .replace("%2", self.ctx.money(sale.total_avos))
                + change,
                ok=True,
            )
            self._changed(sale.changes)
            s.scan.setFocus()
            receipt = receipt_data(
                store_name=store_name,
                store_address=store_address,
                store_phone=store_phone,
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
            s.receipts.print_receipt(
                receipt, kick_drawer=any(t.method.startswith("cash") for t in sale.tenders)
            )

        def failed(exc: BaseException) -> None:
            self.busy = False
            s.fail(exc)
            if isinstance(exc, DomainError) and exc.code == "sale.discount_needs_approval":
                s.approver = None  # the approval on file no longer covers the basket: ask again
                self._with_discount(lines, basket_discount, self.complete_sale)

        self.ctx.tasks.submit(work, done, failed)

    # -- discounts and voids --------------------------------------------------------------------

    def line_discount(self) -> None:
        s = self.screen
        row = s.current_row()
        if row is None or s.staff is None:
            return
        item = s.basket.items[row]
        value = s.ask.discount(QCoreApplication.translate("CounterActions", "Line discount"), item.gross)
        if value is None:
            return
        trial = [i.cart_line() for i in s.basket.items]
        trial[row] = BasketItem(item.product, item.qty, value).cart_line()
        self._with_discount(trial, s.basket.basket_discount_avos, lambda: s.basket.set_discount(row, value))

    def basket_discount(self) -> None:
        s = self.screen
        if not s.basket.items or s.staff is None:
            return
        value = s.ask.discount(
            QCoreApplication.translate("CounterActions", "Basket discount"), s.basket.subtotal
        )
        if value is None:
            return
        self._with_discount(s.basket.cart_lines(), value, lambda: s.basket.set_basket_discount(value))

    def _with_discount(self, lines: Any, basket_discount: int, apply: Any) -> None:
        s = self.screen
        assert s.staff is not None
        percent = discount_percent(lines, basket_discount)
        if percent <= s.approved_percent + 1e-9:  # approved for this basket already (by anyone)
            apply()
            return
        if percent <= s.staff.discount_limit_percent:
            if s.staff.can(Permission.DISCOUNT_OVERRIDE):
                # A manager's own discount is their approval: it stays with the basket if a cashier
                # takes over and completes the sale.
                s.approver, s.approved_percent = s.staff, percent
            apply()
            return
        prompt = QCoreApplication.translate(
            "CounterActions", "A discount of %1% is above your limit. A manager's PIN, please."
        ).replace("%1", f"{percent:.0f}")
        pin = s.ask.pin(prompt)
        if not pin:
            return
        db, store_id = self.ctx.db, self.ctx.till.store_id

        def work() -> StaffMember:
            from core.staff import authorise

            with db.read() as session:
                return self.ctx.pins.attempt(
                    lambda: authorise(session, store_id, pin, Permission.DISCOUNT_OVERRIDE)
                )

        def done(manager: StaffMember) -> None:
            if percent > manager.discount_limit_percent:
                s.say(
                    QCoreApplication.translate("CounterActions", "Above %1's limit too.").replace(
                        "%1", manager.name
                    ),
                    ok=False,
                )
                return
            s.approver, s.approved_percent = manager, percent
            apply()
            s.say(
                QCoreApplication.translate("CounterActions", "Discount approved by %1").replace(
                    "%1", manager.name
                ),
                ok=True,
            )

        self._run(work, done)

    def remove_selected(self) -> None:
        s = self.screen
        row = s.current_row()
        if row is None:
            return
        self._void([s.basket.items[row]], whole=False, after=lambda: s.basket.remove(row))

    def clear_basket(self) -> None:
        s = self.screen
        if s.basket.items:
            self._void(list(s.basket.items), whole=True, after=s.basket.clear)

    def _void(self, items: list[BasketItem], *, whole: bool, after: Any) -> None:
        s = self.screen
        cashier = s.staff
        if cashier is None:
            return
        db, till = self.ctx.db, self.ctx.till

        def record(manager: StaffMember) -> None:
            def work() -> None:
                with db.write() as session:
                    void_lines(
                        session, till, cashier, manager, [i.cart_line() for i in items], whole_basket=whole
                    )

            def done(_: None) -> None:
                after()
                s.say(
                    QCoreApplication.translate("CounterActions", "Voided (approved by %1)").replace(
                        "%1", manager.name
                    ),
                    ok=True,
                )
                s.sale_recorded.emit(None)

            self._run(work, done)

        s.with_permission(
            Permission.VOID,
            QCoreApplication.translate("CounterActions", "Voiding needs a manager's PIN."),
            record,
        )

    # -- parking --------------------------------------------------------------------------------

    def park(self) -> None:
        s = self.screen
        if not s.basket.items:
            return
        data = [{"sku": i.product.sku, "qty": i.qty, "discount": i.discount_avos} for i in s.basket.items] + [
            {"basket_discount": s.basket.basket_discount_avos}
        ]
        staff_id = s.staff.staff_id if s.staff else ""
        label = ", ".join(i.product.name(self.ctx.lang) for i in s.basket.items)[:78]
        db = self.ctx.db

        def work() -> None:
            with db.write() as session:
                session.add(
                    ParkedBasket(
                        basket_id=new_id(),
                        label=label,
                        staff_id=staff_id,
                        lines=msgspec.json.encode(data).decode(),
                        parked_at=utc_text(datetime.now(UTC)),
                    )
                )

        def done(_: None) -> None:
            s.basket.clear()
            s.tender.reset()
            s.say(
                QCoreApplication.translate("CounterActions", "Basket parked: %1").replace("%1", label),
                ok=True,
            )

        self._run(work, done)

    def recall(self) -> None:
        s = self.screen
        db = self.ctx.db

        def work() -> list[tuple[str, str, str]]:
            with db.read() as session:
                rows = session.scalars(select(ParkedBasket).order_by(ParkedBasket.parked_at)).all()
                return [(r.basket_id, r.label, r.parked_at) for r in rows]

        def chosen(rows: list[tuple[str, str, str]]) -> None:
            if not rows:
                s.say(QCoreApplication.translate("CounterActions", "No parked baskets."), ok=False)
                return
            picked = s.ask.choose(
                QCoreApplication.translate("CounterActions", "Recall which basket?"),
                [f"{r[2][11:16]}  {r[1]}" for r in rows],
            )
            if picked is not None:
                self._recall(rows[picked][0])

        self._run(work, chosen)

    def _recall(self, basket_id: str) -> None:
        s = self.screen
        db = self.ctx.db

        def work() -> tuple[list[BasketItem], int]:
            with db.write() as session:
                row = session.get(ParkedBasket, basket_id)
                data = msgspec.json.decode(row.lines) if row else []
                session.execute(delete(ParkedBasket).where(ParkedBasket.basket_id == basket_id))
                items = [
                    BasketItem(get_product(session, d["sku"]), d["qty"], d["discount"])
                    for d in data
                    if "sku" in d
                ]
                extra = next((d["basket_discount"] for d in data if "basket_discount" in d), 0)
                return items, extra

        def done(result: tuple[list[BasketItem], int]) -> None:
            s.basket.load(*result)
            s.say(QCoreApplication.translate("CounterActions", "Basket recalled."), ok=True)

        self._run(work, done)

    # -- refunds --------------------------------------------------------------------------------

    def refund(self) -> None:
        s = self.screen
        code = s.ask.receipt_code()
        if code:
            self.refund_receipt(code)

    def refund_receipt(self, code: str) -> None:
        self.refunds.start(code)  # desktop/views/counter_refund.py

    def refund_recorded(self, changes: Any) -> None:
        self._changed(changes)

    # -- other stores ---------------------------------------------------------------------------

    def load_stores(self, product: ProductRow) -> None:
        db, here = self.ctx.db, self.ctx.till.store_id

        def work() -> list[StoreStock]:
            with db.read() as session:
                return stock_everywhere(session, here, product.sku)

        def done(rows: list[StoreStock]) -> None:
            if self.screen.focus_product is not None and self.screen.focus_product.sku == product.sku:
                self.screen.stores.show_stock(product, rows, self.ctx.lang)

        self._run(work, done)

    def hold(self, store: StoreStock, previous: HoldForm | None = None, error: str = "") -> None:
        """Ask for the hold's details and record it; a refusal reopens the dialog with what was typed."""
        s = self.screen
        product, staff = s.focus_product, s.staff
        if product is None or staff is None:
            s.say(QCoreApplication.translate("CounterActions", "Sign in first."), ok=False)
            return
        form = s.ask.hold(store, product, self.ctx.lang, previous, error)
        if form is None:
            return
        db, till = self.ctx.db, self.ctx.till

        def work() -> Any:
            with db.write() as session:
                return request_hold(
                    session,
                    till,
                    staff,
                    store.store_id,
                    product.sku,
                    form.qty,
                    form.until,
                    form.customer_name,
                    form.customer_phone,
                )

        def done(result: Any) -> None:
            s.awaiting_holds[result[0]] = store.name(self.ctx.lang)  # said again when the hub answers
            s.say(
                QCoreApplication.translate(
                    "CounterActions", "Hold sent to %1; waiting for the hub to grant it."
                ).replace("%1", store.name(self.ctx.lang)),
                ok=True,
            )
            self._changed(result[1])

        def failed(exc: BaseException) -> None:
            if isinstance(exc, DomainError):  # e.g. no longer available: the same form, and why
                self.hold(store, form, error_text(exc.code, exc.params))
            else:
                s.fail(exc)

        self.ctx.tasks.submit(work, done, failed)

    def request_transfer(self, store: StoreStock) -> None:
        s = self.screen
        product, staff = s.focus_product, s.staff
        if product is None or staff is None:
            return
        answer = s.ask.transfer(store, product, self.ctx.lang)
        if answer is None:
            return
        db, till = self.ctx.db, self.ctx.till

        def work() -> Any:
            with db.write() as session:
                return request_transfer(
                    session, till, staff, store.store_id, [(product.sku, answer[0])], answer[1]
                )

        def done(result: Any) -> None:
            s.say(
                QCoreApplication.translate("CounterActions", "Transfer requested from %1.").replace(
                    "%1", store.name(self.ctx.lang)
                ),
                ok=True,
            )
            self._changed(result[1])

        self._run(work, done)

    def waitlist(self) -> None:
        s = self.screen
        product, staff = s.focus_product, s.staff
        if product is None or staff is None:
            return
        answer = s.ask.waitlist(product, self.ctx.lang)
        if answer is None:
            return
        db, till = self.ctx.db, self.ctx.till

        def work() -> Any:
            with db.write() as session:
                return add_to_waitlist(session, till, staff, product.sku, answer[1], answer[0])

        def done(result: Any) -> None:
            s.say(
                QCoreApplication.translate(
                    "CounterActions", "On the waitlist: the store will call when it arrives."
                ),
                ok=True,
            )
            self._changed(result[1])

        self._run(work, done)
