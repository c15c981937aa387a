"""The other stores, as a controller for the Counter: the item in focus and every store's stock for it
(``stores_loaded``), and what the cashier can do about it: hold units at another store for the
customer (the hub grants it; ``check_holds`` says when), ask for a transfer, or put the customer on the
waitlist."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from core.availability import StoreStock, stock_everywhere
from core.catalogue import ProductRow
from core.errors import DomainError
from core.holds import holds_for, request_hold
from core.registry import Area
from core.transfers import request_transfer
from core.waitlist import add_to_waitlist
from desktop.context import AppContext
from desktop.i18n import error_text
from desktop.views.counter_control import CounterController
from desktop.views.counter_dialogs import CounterPrompts

if TYPE_CHECKING:
    from desktop.views.hold_dialog import HoldForm


class OtherStores(CounterController):
    stores_loaded = Signal(object, object)  # ProductRow, list[StoreStock]: every store's stock for it
    holds_answered = Signal()  # the hub answered holds this till asked for

    def __init__(self, ctx: AppContext, ask: CounterPrompts, parent: QObject | None = None) -> None:
        super().__init__(ctx, ask, parent)
        self.focus: ProductRow | None = None  # the item whose stores are shown
        self.awaiting_holds: dict[str, str] = {}  # hold id -> store name, sent and not yet answered

    def show_stores(self, product: ProductRow) -> None:
        """Every store's stock for this item, beside the basket."""
        self.focus = product
        self.load_stores(product)

    def focus_on(self, product: ProductRow) -> None:
        """The cashier moved to a line of the basket: its stores, unless they are shown already."""
        if self.focus is None or product.sku != self.focus.sku:
            self.show_stores(product)

    def load_stores(self, product: ProductRow) -> None:
        def done(rows: list[StoreStock]) -> None:
            if self.focus is not None and self.focus.sku == product.sku:
                self.stores_loaded.emit(product, rows)

        self.ctx.usecases.read(
            stock_everywhere, self.ctx.till.store_id, product.sku, then=done, failed=self.fail
        )

    def reload_stores(self) -> None:
        """The figures may have moved (a refusal from the hub): load the item in focus again."""
        if self.focus is not None:
            self.load_stores(self.focus)

    def remote_changes(self, changes: Any) -> None:
        """Facts from other devices: the stores' figures again if they concern the item in focus."""
        focus = self.focus
        if focus is not None and (
            changes.areas & {Area.HOLDS, Area.TRANSFERS} or any(sku == focus.sku for _, sku in changes.stock)
        ):
            self.load_stores(focus)

    def hold(self, store: StoreStock, previous: HoldForm | None = None, error: str = "") -> None:
        """Ask for the hold's details and record it; a refusal reopens the dialog with what was typed."""
        product, staff = self.focus, self.staff
        if product is None or staff is None:
            self.say(QCoreApplication.translate("CounterActions", "Sign in first."), ok=False)
            return
        form = self.ask.hold(store, product, self.ctx.lang, previous, error)
        if form is None:
            return

        def done(result: Any) -> None:
            self.awaiting_holds[result[0]] = store.name(self.ctx.lang)  # said again when the hub answers
            self.say(
                QCoreApplication.translate(
                    "CounterActions", "Hold sent to %1; waiting for the hub to grant it."
                ).replace("%1", store.name(self.ctx.lang)),
                ok=True,
            )
            self.recorded.emit(result[1])

        def failed(exc: BaseException) -> None:
            if isinstance(exc, DomainError):  # e.g. no longer available: the same form, and why
                self.hold(store, form, error_text(exc.code, exc.params))
            else:
                self.fail(exc)

        self.ctx.usecases.write(
            request_hold,
            self.ctx.till,
            staff,
            store.store_id,
            product.sku,
            form.qty,
            form.until,
            form.customer_name,
            form.customer_phone,
            then=done,
            failed=failed,
        )

    def check_holds(self) -> None:
        """The hub answered some of what this till sent: say which holds it granted (a refusal is said
        by the screen's ``refused``); ``holds_answered`` then."""
        if not self.awaiting_holds:
            return
        asked = dict(self.awaiting_holds)

        def done(holds: list[Any]) -> None:
            waiting = {h.hold_id: h.waiting_for_hub for h in holds if h.hold_id in asked}
            for hold_id, store_name in asked.items():
                if waiting.get(hold_id, False) or hold_id not in self.awaiting_holds:
                    continue
                del self.awaiting_holds[hold_id]
                if hold_id in waiting:  # still here and answered: granted (a refused one is undone)
                    self.say(
                        QCoreApplication.translate(
                            "CounterScreen", "The hub granted the hold at %1."
                        ).replace("%1", store_name),
                        ok=True,
                    )
            self.holds_answered.emit()

        self.ctx.usecases.read(holds_for, self.ctx.till.store_id, then=done)

    def request_transfer(self, store: StoreStock) -> None:
        product, staff = self.focus, self.staff
        if product is None or staff is None:
            return
        answer = self.ask.transfer(store, product, self.ctx.lang)
        if answer is None:
            return

        def done(result: Any) -> None:
            self.say(
                QCoreApplication.translate("CounterActions", "Transfer requested from %1.").replace(
                    "%1", store.name(self.ctx.lang)
                ),
                ok=True,
            )
            self.recorded.emit(result[1])

        self.ctx.usecases.write(
            request_transfer,
            self.ctx.till,
            staff,
            store.store_id,
            [(product.sku, answer[0])],
            answer[1],
            then=done,
            failed=self.fail,
        )

    def waitlist(self) -> None:
        product, staff = self.focus, self.staff
        if product is None or staff is None:
            return
        answer = self.ask.waitlist(product, self.ctx.lang)
        if answer is None:
            return

        def done(result: Any) -> None:
            self.say(
                QCoreApplication.translate(
                    "CounterActions", "On the waitlist: the store will call when it arrives."
                ),
                ok=True,
            )
            self.recorded.emit(result[1])

        self.ctx.usecases.write(
            add_to_waitlist,
            self.ctx.till,
            staff,
            product.sku,
            answer[1],
            answer[0],
            then=done,
            failed=self.fail,
        )
