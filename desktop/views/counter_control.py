"""What the Counter's controllers share. A controller holds the Counter's state of one kind (the
basket, the store's tasks, a refund under way), runs core's use cases through ``ctx.usecases`` (off the
GUI thread), asks the cashier through the prompts it is given, and says what happened through its
signals. It never touches the screen's widgets: the screen connects the signals to them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from core.errors import DomainError
from core.staff import Permission, StaffMember, authorise_at_counter
from desktop.context import AppContext
from desktop.i18n import error_text
from desktop.views.counter_dialogs import CounterPrompts


class CounterController(QObject):
    message = Signal(str, bool)  # text for the Counter's message line; False: an error (shown in red)
    recorded = Signal(object)  # Changes of a fact recorded at this till (None: nothing the stock shows)

    def __init__(self, ctx: AppContext, ask: CounterPrompts, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ask = ask

    def set_prompts(self, ask: CounterPrompts) -> None:
        """Who answers the questions (dialogs; a scripted answerer in tests)."""
        self.ask = ask

    @property
    def staff(self) -> StaffMember | None:
        """Who is signed in at this counter."""
        return self.ctx.signed_in.member

    def say(self, text: str, *, ok: bool) -> None:
        self.message.emit(text, ok)

    def fail(self, exc: BaseException) -> None:
        """A use case failed: its error code in the cashier's language."""
        if isinstance(exc, DomainError):
            self.say(error_text(exc.code, exc.params), ok=False)
        else:
            self.say(error_text("app.unexpected", {"detail": type(exc).__name__}), ok=False)

    def with_permission(
        self, permission: Permission, prompt: str, then: Callable[[StaffMember], Any]
    ) -> None:
        """Run ``then(member)`` as the signed-in member if allowed, else as a manager who types a PIN."""
        if self.staff is None:
            self.say(QCoreApplication.translate("CounterScreen", "Sign in first."), ok=False)
            return
        if self.staff.can(permission):
            then(self.staff)
            return
        pin = self.ask.pin(prompt)
        if not pin:
            return
        self.ctx.usecases.read(
            authorise_at_counter,
            self.ctx.pins,
            self.ctx.till.store_id,
            pin,
            permission,
            then=then,
            failed=self.fail,
        )
