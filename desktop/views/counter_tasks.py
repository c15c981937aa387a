"""Work waiting for this store, shown as buttons above the Counter: holds (to set aside, hand over or
release), transfer requests from other stores, oversells to resolve, customers to call.

``StoreTasks`` is a controller: it keeps the last lists, says what the buttons show through
``buttons_state`` and runs what the cashier chose through core's use cases."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Signal

from core.holds import HoldView, update_hold
from core.oversell import resolve_alert
from core.staff import Permission, StaffMember
from core.store_work import StoreWork, store_work
from core.waitlist import mark_called
from desktop.context import AppContext
from desktop.views.counter_control import CounterController
from desktop.views.counter_dialogs import CounterPrompts


def local_time(utc_text: str) -> str:
    """A stored UTC time as this computer's local time: "18:30" today, "2026-12-05 18:30" another day."""
    try:
        moment = datetime.fromisoformat(utc_text).astimezone()
    except ValueError:
        return utc_text
    today = datetime.now().astimezone().date()
    return moment.strftime("%H:%M" if moment.date() == today else "%Y-%m-%d %H:%M")


@dataclass(frozen=True)
class TaskButton:
    text: str
    visible: bool


NO_WORK = StoreWork((), (), (), (), {})


class StoreTasks(CounterController):
    buttons_state = Signal(object)  # dict[str, TaskButton]: "holds", "transfers", "alerts", "calls"

    def __init__(self, ctx: AppContext, ask: CounterPrompts, parent: QObject | None = None) -> None:
        super().__init__(ctx, ask, parent)
        self.work = NO_WORK
        self.to_set_aside = 0

    def _changed(self, changes: Any) -> None:
        self.recorded.emit(changes)
        self.refresh()

    def refresh(self) -> None:
        self.ctx.usecases.read(store_work, self.ctx.till.store_id, self.ctx.lang, then=self._show)

    def _show(self, work: StoreWork) -> None:
        here = self.ctx.till.store_id
        self.work = work
        to_set_aside = sum(1 for h in work.holds if h.store_id == here and h.state == "requested")
        if to_set_aside > self.to_set_aside:  # a new request from another store: say so, once
            self.say(
                self.tr("Another store has asked us to hold an item for its customer: see Holds."), ok=True
            )
        self.to_set_aside = to_set_aside
        holds_text = self.tr("Holds: %1").replace("%1", str(len(work.holds)))
        if to_set_aside:
            holds_text += " · " + self.tr("to set aside: %1").replace("%1", str(to_set_aside))
        self.buttons_state.emit(
            {
                "holds": TaskButton(holds_text, bool(work.holds)),
                "transfers": TaskButton(
                    self.tr("Transfer requests: %1").replace("%1", str(len(work.transfers))),
                    bool(work.transfers),
                ),
                "alerts": TaskButton(
                    self.tr("Oversold, to resolve: %1").replace("%1", str(len(work.alerts))),
                    bool(work.alerts),
                ),
                "calls": TaskButton(
                    self.tr("Customers to call: %1").replace("%1", str(len(work.calls))), bool(work.calls)
                ),
            }
        )

    # -- holds ----------------------------------------------------------------------------------

    def _describe(self, h: HoldView) -> str:
        here = self.ctx.till.store_id
        state = {"requested": self.tr("to set aside"), "confirmed": self.tr("set aside")}.get(
            h.state, h.state
        )
        side = (
            self.tr("for %1").replace("%1", self.name(h.for_store_id))
            if h.store_id == here
            else self.tr("at %1").replace("%1", self.name(h.store_id))
        )
        until = self.tr("until %1").replace("%1", local_time(h.until))
        customer = f"{h.customer_name} {h.customer_phone}".strip()
        return f"{h.qty} × {self.name(h.sku)} · {side} · {customer} · {until} · {state}"

    def name(self, code: str) -> str:
        """A product's or store's name as last loaded (its code if it was not there yet)."""
        return self.work.names.get(code, code)

    def manage_holds(self) -> None:
        """Pick a hold, then what happened to it (only what this store may do at its state)."""
        here = self.ctx.till.store_id
        holds = self.work.holds
        picked = self.ask.choose(self.tr("Which hold?"), [self._describe(h) for h in holds])
        staff = self.staff
        if picked is None or staff is None:
            return
        hold = holds[picked]
        actions: list[tuple[str, str, str]] = []  # (label, state, note)
        if hold.store_id == here:
            if hold.state == "requested":
                actions.append((self.tr("Set aside"), "confirmed", ""))
            actions.append((self.tr("Picked up by the customer"), "fulfilled", "picked_up"))
            actions.append((self.tr("Sent by transfer"), "fulfilled", "transferred"))
            actions.append((self.tr("Release (expired or not wanted)"), "released", "released"))
        else:
            actions.append(
                (self.tr("Cancel the hold (the customer no longer wants it)"), "released", "cancelled")
            )
        how = self.ask.choose(self.tr("What happened?"), [a[0] for a in actions])
        if how is None:
            return
        _, state, note = actions[how]

        def done(changes: Any) -> None:
            self.say(self.tr("Hold updated: the other store is told."), ok=True)
            self._changed(changes)

        self.ctx.usecases.write(
            update_hold, self.ctx.till, staff, hold.hold_id, state, note, then=done, failed=self.fail
        )

    def show_transfers(self) -> None:
        """Requests from other stores to send them goods (approval and packing come with Transfers)."""
        options = [
            f"{self.name(t.to_store_id)} · "
            + ", ".join(f"{qty} × {self.name(sku)}" for sku, qty in t.lines)
            + (f" · {t.note}" if t.note else "")
            for t in self.work.transfers
        ]
        self.ask.choose(self.tr("Transfer requests to this store"), options)

    # -- oversells and the waitlist -------------------------------------------------------------

    def resolve_alert(self) -> None:
        alerts = self.work.alerts
        picked = self.ask.choose(
            self.tr("Which oversell?"), [f"{self.name(a.sku)}: {a.available}" for a in alerts]
        )
        if picked is None:
            return
        resolutions = ["transfer_in", "contact_customer", "write_off"]
        labels = [
            self.tr("Transfer in from another store"),
            self.tr("Customer contacted"),
            self.tr("Write off (book stock was wrong)"),
        ]
        how = self.ask.choose(self.tr("How was it resolved?"), labels)
        if how is None:
            return
        alert_id = alerts[picked].alert_id

        def record(manager: StaffMember) -> None:
            def done(changes: Any) -> None:
                self.say(self.tr("Oversell resolved."), ok=True)
                self._changed(changes)

            self.ctx.usecases.write(
                resolve_alert, self.ctx.till, manager, alert_id, resolutions[how], then=done, failed=self.fail
            )

        self.with_permission(
            Permission.RESOLVE_OVERSELL, self.tr("Resolving an oversell needs a manager's PIN."), record
        )

    def call_customers(self) -> None:
        calls = self.work.calls
        options = [f"{c.customer_name} {c.customer_phone} · {self.name(c.sku)} ({c.on_hand})" for c in calls]
        picked = self.ask.choose(self.tr("Mark as called"), options)
        staff = self.staff
        if picked is None or staff is None:
            return
        entry_id = calls[picked].entry_id
        self.ctx.usecases.write(
            mark_called, self.ctx.till, staff, entry_id, then=self._changed, failed=self.fail
        )
