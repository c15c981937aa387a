"""Settings → Staff with a manager signed in at the Counter: add a member (a refused form opens again
with what was typed), set their PIN, and they sign in with it at the Counter; the old PIN no longer
works; every change is listed with who made it."""

from __future__ import annotations

from collections import deque
from typing import Any

from core.demo_chain import DEMO_PINS
from core.staff import Role
from core.staff_admin import StaffDetails
from desktop.i18n import error_text
from desktop.views.staff_dialogs import MemberDialog, MemberQuestion, StaffForm


class Script:
    """Answers the Staff page's questions in order, and records what was asked."""

    def __init__(self, *answers: Any) -> None:
        self.answers = deque(answers)
        self.asked: list[Any] = []

    def _next(self, what: Any) -> Any:
        self.asked.append(what)
        return self.answers.popleft() if self.answers else None

    def member(self, question: MemberQuestion) -> StaffForm | None:
        return self._next(question)

    def new_pin(self, name: str, error: str) -> tuple[str, str] | None:
        return self._next(("pin", name, error))

    def confirm(self, text: str) -> bool:
        return bool(self._next(("confirm", text)))


def _sign_in(qtbot, app, pin: str) -> Any:
    counter = app.screen("counter")
    if counter.staff is not None:
        counter.toggle_sign_in()  # sign out
    counter.message.clear()
    counter.sign_in_with(pin)
    qtbot.waitUntil(
        lambda: counter.staff is not None or counter.message.property("state") == "error", timeout=5000
    )
    return counter.staff


def _page(qtbot, app):
    page = app.screen("settings").staff
    app.show("staff")
    qtbot.waitUntil(lambda: page.loaded, timeout=5000)
    return page


NEW = StaffDetails("Lei Ka Man", "李嘉敏", "Lei Ka Man", Role.CASHIER, "MO-SEN", 5)


def test_a_manager_adds_staff_sets_a_pin_and_the_new_member_signs_in_at_the_counter(qtbot, make_app) -> None:
    app = make_app("en")
    manager = _sign_in(qtbot, app, DEMO_PINS["store_manager"])
    page = _page(qtbot, app)
    assert {r.name_en for r in page.model.rows} == {"Cashier SEN", "Manager SEN"}

    # The two PINs differ: the form comes back with everything typed and the reason.
    script = Script(StaffForm(NEW, "482913", "482931"), StaffForm(NEW, "482913", "482913"))
    page.prompts = script
    page.add_btn.click()
    qtbot.waitUntil(lambda: page.message.property("state") == "ok", timeout=5000)
    first, second = script.asked
    assert second.start == NEW and second.error == error_text("staff.pin_mismatch")
    assert Role.AREA_MANAGER not in first.roles and first.max_limit == 30
    qtbot.waitUntil(lambda: any(r.name_en == "Lei Ka Man" for r in page.model.rows), timeout=5000)
    assert "Lei Ka Man" in page.message.text()

    page.select(next(r.staff_id for r in page.model.rows if r.name_en == "Lei Ka Man"))
    page.prompts = Script(("771204", "771204"))
    page.pin_btn.click()
    qtbot.waitUntil(lambda: page.changes_model.rowCount() == 2, timeout=5000)
    texts = [
        [page.changes_model.data(page.changes_model.index(r, c)) for c in range(4)]
        for r in range(page.changes_model.rowCount())
    ]
    assert [t[1] for t in texts] == [manager.name, manager.name]
    assert [t[3] for t in texts] == ["PIN set", "Added as Cashier, discount limit 5 %"]

    # At the Counter: the new PIN signs them in, the first one no longer does.
    member = _sign_in(qtbot, app, "771204")
    assert member is not None and member.name == "Lei Ka Man" and member.discount_limit_percent == 5
    assert _sign_in(qtbot, app, "482913") is None
    assert app.screen("counter").message.text() == error_text("staff.pin_wrong")
    # Nobody signed in now: no staff list, nothing to change.
    assert page.model.rowCount() == 0 and not page.add_btn.isEnabled()


def test_a_deactivated_member_is_greyed_and_cannot_sign_in(qtbot, make_app) -> None:
    app = make_app("zh_Hant")
    _sign_in(qtbot, app, DEMO_PINS["store_manager"])
    page = _page(qtbot, app)
    cashier = next(r for r in page.model.rows if r.role == Role.CASHIER)
    page.select(cashier.staff_id)
    page.prompts = Script(True)  # yes, deactivate
    page.active_btn.click()
    qtbot.waitUntil(
        lambda: any(r.staff_id == cashier.staff_id and not r.active for r in page.model.rows), timeout=5000
    )
    assert page.message.text() == f"{cashier.name_zh} 已停用。"  # the name in the page's language
    assert _sign_in(qtbot, app, DEMO_PINS["cashier"]) is None


def test_the_details_dialog_keeps_what_was_typed_and_offers_only_what_may_be_granted(qtbot) -> None:
    question = MemberQuestion(
        "Edit",
        [Role.CASHIER, Role.STORE_MANAGER],
        [("MO-SEN", "Senado Square")],
        30,
        True,
        NEW,
        "Enter a name.",
    )
    dialog = MemberDialog(question)
    qtbot.addWidget(dialog)
    assert [dialog.role.itemData(i) for i in range(dialog.role.count())] == ["cashier", "store_manager"]
    assert dialog.limit.maximum() == 30
    dialog.pin.setText("2468")
    dialog.pin_again.setText("2468")
    assert dialog.form() == StaffForm(NEW, "2468", "2468")
    assert dialog.pin.echoMode() == dialog.pin.EchoMode.Password


def test_a_cashier_deactivated_at_another_till_is_signed_out_here(qtbot, make_app) -> None:
    from core.projection import Changes
    from core.staff import sign_in
    from core.staff_admin import set_active

    app = make_app("en")
    cashier = _sign_in(qtbot, app, DEMO_PINS["cashier"])
    with app.db.write() as s:  # as the area manager's change arrives from the hub
        area = sign_in(s, "MO-SEN", DEMO_PINS["area_manager"])
        set_active(s, app.till, area, cashier.staff_id, False)
    app.screen("settings").staff.remote_changes(Changes(areas={"staff"}))
    counter = app.screen("counter")
    qtbot.waitUntil(lambda: counter.staff is None, timeout=5000)
    assert counter.message.text() == f"{cashier.name} was deactivated by a manager and is signed out."
    assert counter.staff_label.text() == "Nobody signed in"
