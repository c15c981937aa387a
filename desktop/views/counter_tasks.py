"""Work waiting for this store, shown as buttons above the Counter: holds (to set aside, hand over or
release), transfer requests from other stores, oversells to resolve, customers to call."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from core.catalogue import names_of
from core.holds import HoldView, holds_for, update_hold
from core.oversell import open_alerts, resolve_alert
from core.staff import Permission, StaffMember
from core.transfers import transfers_for
from core.waitlist import call_list, mark_called


def local_time(utc_text: str) -> str:
    """A stored UTC time as this computer's local time: "18:30" today, "2026-12-05 18:30" another day."""
    try:
        moment = datetime.fromisoformat(utc_text).astimezone()
    except ValueError:
        return utc_text
    today = datetime.now().astimezone().date()
    return moment.strftime("%H:%M" if moment.date() == today else "%Y-%m-%d %H:%M")


if TYPE_CHECKING:
    from desktop.views.counter import CounterScreen


class StoreTasks(QObject):
    def __init__(self, screen: CounterScreen) -> None:
        super().__init__(screen)
        self.screen = screen
        self.tasks: dict[str, list[Any]] = {"holds": [], "transfers": [], "alerts": [], "calls": []}
        self.to_set_aside = 0
        self.names: dict[str, str] = {}  # SKU or store id -> its name in the language of the last refresh

    @property
    def ctx(self):  # type: ignore[no-untyped-def]
        return self.screen.ctx

    def _run(self, work: Any, done: Any) -> None:
        self.ctx.tasks.submit(work, done, self.screen.fail)

    def _changed(self, changes: Any) -> None:
        self.screen.sale_recorded.emit(changes)
        self.refresh()

    def refresh(self) -> None:
        db, here, lang = self.ctx.db, self.ctx.till.store_id, self.ctx.lang

        def work() -> tuple[dict[str, list[Any]], dict[str, str]]:
            with db.read() as session:
                holds = [
                    h
                    for h in holds_for(session, here)
                    if h.state in ("requested", "confirmed") and not h.waiting_for_hub
                ]
                transfers = [
                    t
                    for t in transfers_for(session, here)
                    if t.from_store_id == here and t.state == "requested"
                ]
                tasks = {
                    "holds": holds,
                    "transfers": transfers,
                    "alerts": open_alerts(session, here),
                    "calls": call_list(session, here),
                }
                # What the lists show: every product and store by its name, never its code.
                skus = (
                    {h.sku for h in holds}
                    | {a.sku for a in tasks["alerts"]}
                    | {c.sku for c in tasks["calls"]}
                )
                skus |= {sku for t in transfers for sku, _ in t.lines}
                return tasks, names_of(session, skus, lang)

        self.ctx.tasks.submit(work, self._show)

    def _show(self, found: tuple[dict[str, list[Any]], dict[str, str]]) -> None:
        s, here = self.screen, self.ctx.till.store_id
        self.tasks, self.names = found
        tasks = self.tasks
        to_set_aside = sum(1 for h in tasks["holds"] if h.store_id == here and h.state == "requested")
        if to_set_aside > self.to_set_aside:  # a new request from another store: say so, once
            s.say(self.tr("Another store has asked us to hold an item for its customer: see Holds."), ok=True)
        self.to_set_aside = to_set_aside
        holds_text = self.tr("Holds: %1").replace("%1", str(len(tasks["holds"])))
        if to_set_aside:
            holds_text += " · " + self.tr("to set aside: %1").replace("%1", str(to_set_aside))
        s.set_aside_btn.setText(holds_text)
        s.set_aside_btn.setVisible(bool(tasks["holds"]))
        s.transfers_btn.setText(self.tr("Transfer requests: %1").replace("%1", str(len(tasks["transfers"]))))
        s.transfers_btn.setVisible(bool(tasks["transfers"]))
        s.alerts_btn.setText(self.tr("Oversold, to resolve: %1").replace("%1", str(len(tasks["alerts"]))))
        s.alerts_btn.setVisible(bool(tasks["alerts"]))
        s.calls_btn.setText(self.tr("Customers to call: %1").replace("%1", str(len(tasks["calls"]))))
        s.calls_btn.setVisible(bool(tasks["calls"]))

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
        return self.names.get(code, code)

    def manage_holds(self) -> None:
        """Pick a hold, then what happened to it (only what this store may do at its state)."""
        s, here = self.screen, self.ctx.till.store_id
        holds: list[HoldView] = self.tasks["holds"]
        picked = s.ask.choose(self.tr("Which hold?"), [self._describe(h) for h in holds])
        staff = s.staff
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
        how = s.ask.choose(self.tr("What happened?"), [a[0] for a in actions])
        if how is None:
            return
        _, state, note = actions[how]
        db, till = self.ctx.db, self.ctx.till

        def work() -> Any:
            with db.write() as session:
                return update_hold(session, till, staff, hold.hold_id, state, note)

        def done(changes: Any) -> None:
            s.say(self.tr("Hold updated: the other store is told."), ok=True)
            self._changed(changes)

        self._run(work, done)

    def show_transfers(self) -> None:
        """Requests from other stores to send them goods (approval and packing come with Transfers)."""
        s = self.screen
        options = [
            f"{self.name(t.to_store_id)} · "
            + ", ".join(f"{qty} × {self.name(sku)}" for sku, qty in t.lines)
            + (f" · {t.note}" if t.note else "")
            for t in self.tasks["transfers"]
        ]
        s.ask.choose(self.tr("Transfer requests to this store"), options)

    # -- oversells and the waitlist -------------------------------------------------------------

    def resolve_alert(self) -> None:
        s = self.screen
        alerts = self.tasks["alerts"]
        picked = s.ask.choose(
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
        how = s.ask.choose(self.tr("How was it resolved?"), labels)
        if how is None:
            return
        alert_id = alerts[picked].alert_id
        db, till = self.ctx.db, self.ctx.till

        def record(manager: StaffMember) -> None:
            def work() -> Any:
                with db.write() as session:
                    return resolve_alert(session, till, manager, alert_id, resolutions[how])

            def done(changes: Any) -> None:
                s.say(self.tr("Oversell resolved."), ok=True)
                self._changed(changes)

            self._run(work, done)

        s.with_permission(
            Permission.RESOLVE_OVERSELL, self.tr("Resolving an oversell needs a manager's PIN."), record
        )

    def call_customers(self) -> None:
        s = self.screen
        calls = self.tasks["calls"]
        options = [f"{c.customer_name} {c.customer_phone} · {self.name(c.sku)} ({c.on_hand})" for c in calls]
        picked = s.ask.choose(self.tr("Mark as called"), options)
        staff = s.staff
        if picked is None or staff is None:
            return
        entry_id = calls[picked].entry_id
        db, till = self.ctx.db, self.ctx.till

        def work() -> Any:
            with db.write() as session:
                return mark_called(session, till, staff, entry_id)

        self._run(work, self._changed)
