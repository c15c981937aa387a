"""The shift handover screen, driven as two cashiers would: a shift's sales in MOP and HKD cash, card
and MPay with a cash refund; the blind count; expected against counted per tender; both sign; the
slip comes out of the (fake) printer and reads back; the history reprints it marked COPY."""

from __future__ import annotations

import json

from PySide6.QtCore import QPoint, Qt
from sqlalchemy import select

from core.catalogue import get_product
from core.demo_chain import DEMO_PINS
from core.handover import handover_record
from core.models import Event
from core.money import format_money
from core.sales import CartLine, Payment, checkout, find_receipt, hkd_to_avos, refund
from core.staff import sign_in
from desktop.i18n import error_text
from desktop.printing.code128 import code128_modules
from desktop.printing.handover_slip import ShiftSlipData, render_shift_handover_slip
from tests.desktop.test_counter_money import _fake_printer, _same_picture
from tests.desktop.test_slip import read_barcode

SKU = "PF-0001"


def _shift(app) -> int:
    """This till's shift: 2 units for a MOP 1,000 note, 1 for an HKD 500 note (change in MOP), one by
    card, one by MPay, and one unit of the first sale refunded in MOP cash. Returns the unit price."""
    with app.db.write() as s:
        cashier = sign_in(s, "MO-SEN", DEMO_PINS["cashier"])
        manager = sign_in(s, "MO-SEN", DEMO_PINS["store_manager"])
        price = get_product(s, SKU).price_avos
        first = checkout(s, app.till, cashier, [CartLine(SKU, 2, price)], [Payment("cash_mop", 100_000)])
        checkout(s, app.till, cashier, [CartLine(SKU, 1, price)], [Payment("cash_hkd", 50_000)])
        checkout(s, app.till, cashier, [CartLine(SKU, 1, price)], [Payment("card", price)])
        checkout(s, app.till, cashier, [CartLine(SKU, 1, price)], [Payment("mpay", price)])
        receipt = find_receipt(s, first.sale_id)
        refund(s, app.till, cashier, receipt, {1: 1}, "cash_mop", reason="faulty", approved_by=manager)
    return price


def _sign(qtbot, box, pin: str) -> None:
    box.pin.setText(pin)
    pad = box.pad
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(20, 40))
    for x in range(30, 200, 15):
        qtbot.mouseMove(pad, QPoint(x, 40 + (x % 30)))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(200, 50))


def _cells(screen) -> dict[str, tuple[str, str, str]]:
    t = screen.totals
    return {t.item(r, 0).text(): tuple(t.item(r, c).text() for c in (1, 2, 3)) for r in range(t.rowCount())}


def test_the_handover_shows_expected_against_counted_per_tender_with_mop_and_hkd_cash_and_prints_the_slip(
    qtbot, make_app
) -> None:
    app = make_app()
    _service, printed = _fake_printer(app)
    price = _shift(app)
    screen = app.window.show_screen("handover")
    qtbot.waitUntil(
        lambda: screen.summary is not None and screen.summary.expected["card"] == price, timeout=5000
    )

    # The count is blind: nothing the till expects is on screen yet.
    assert screen.totals.rowCount() == 0
    mop_expected = 100_000 - (100_000 - 2 * price) - (hkd_to_avos(50_000) - price) - price
    assert all(
        format_money(mop_expected, "en") not in label.text()
        for label in screen.findChildren(type(screen.message))
    )

    # Counted: MOP 5 short in notes and coins, HKD 500 exact; the card terminal agrees, MPay is MOP 10 short.
    short = mop_expected - 500
    counts = screen.count
    for value in (100_000, 50_000, 10_000, 5_000, 2_000, 1_000, 500, 200, 100, 50, 20, 10):
        qty, short = divmod(short, value)
        counts.mop.set_count(value, qty)
    counts.hkd.set_count(50_000, 1)
    counts.non_cash["card"].setText(f"{price / 100:.2f}")
    counts.non_cash["mpay"].setText(f"{(price - 1_000) / 100:.2f}")
    counts.float_mop.setText("100")
    qtbot.mouseClick(screen.reveal_btn, Qt.MouseButton.LeftButton)

    def amount(avos: int) -> str:  # the table's figures: MOP, or HKD on the HKD cash row
        return f"{'-' if avos < 0 else ''}{abs(avos) // 100:,}.{abs(avos) % 100:02d}"

    assert _cells(screen) == {
        "Cash (MOP)": (amount(mop_expected), amount(mop_expected - 500), "-5.00"),
        "Cash (HKD)": ("500.00", "500.00", "0.00"),
        "Card": (amount(price), amount(price), "0.00"),
        "MPay": (amount(price), amount(price - 1_000), "-10.00"),
        "Alipay": ("0.00", "0.00", "0.00"),
        "WeChat Pay": ("0.00", "0.00", "0.00"),
    }
    money = app.ctx.money
    assert screen.variance_label.text() == "Variance for the shift: -" + money(1_500)
    assert screen.approval.isHidden()  # MOP 15 is within the store's rule (MOP 50)
    assert "Refunds: 1" in screen.during.text()

    # Both sign; the same person cannot be both.
    _sign(qtbot, screen.outgoing, DEMO_PINS["cashier"])
    _sign(qtbot, screen.incoming, DEMO_PINS["cashier"])
    qtbot.mouseClick(screen.hand_over_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.message.text() == error_text("handover.same_staff"), timeout=5000)
    screen.incoming.pin.setText(DEMO_PINS["store_manager"])
    with qtbot.waitSignal(screen.recorded, timeout=5000):
        qtbot.mouseClick(screen.hand_over_btn, Qt.MouseButton.LeftButton)

    with app.db.read() as s:
        sent = s.scalars(select(Event).where(Event.kind == "shift.handed_over")).one()
        payload = json.loads(sent.payload)  # what the hub and head office receive
        record = handover_record(s, payload["handover_id"])
    assert payload["variance_avos"] == -1_500 and payload["float_mop_avos"] == 10_000
    assert payload["hkd_rate_ppm"] == 1_030_000 and payload["hkd_count"] == [{"value": 50_000, "qty": 1}]
    assert payload["outgoing_signature"]["strokes"] and payload["incoming_signature"]["strokes"]
    assert record.handover_no in screen.message.text()

    # The slip: the handover's own picture (signatures drawn), its number scannable as Code 128.
    qtbot.waitUntil(lambda: record.handover_id in printed, timeout=10_000)
    slip = printed[record.handover_id]
    assert _same_picture(slip, render_shift_handover_slip(ShiftSlipData(record, "en"), 576))
    assert read_barcode(slip)[0] == code128_modules(record.handover_no)

    # The next shift starts from the float kept, with nothing taken yet; the history holds the handover.
    qtbot.waitUntil(lambda: screen.summary.shift_start == record.handed_over_at, timeout=5000)
    assert screen.summary.expected["cash_mop"] == 10_000 and screen.summary.expected["card"] == 0
    qtbot.waitUntil(lambda: screen.history.table.rowCount() == 1, timeout=5000)

    # Reprint from the history: the same slip under a COPY banner.
    del printed[record.handover_id]
    qtbot.mouseClick(screen.history.reprint_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: record.handover_id in printed, timeout=10_000)
    assert printed[record.handover_id].height() > slip.height()


def test_a_variance_above_the_rule_waits_for_a_managers_pin_and_a_reason(qtbot, make_app) -> None:
    app = make_app()
    price = _shift(app)
    screen = app.window.show_screen("handover")
    qtbot.waitUntil(
        lambda: screen.summary is not None and screen.summary.expected["card"] == price, timeout=5000
    )
    screen.count.non_cash["card"].setText(f"{price / 100:.2f}")
    screen.count.non_cash["mpay"].setText(f"{price / 100:.2f}")
    qtbot.mouseClick(screen.reveal_btn, Qt.MouseButton.LeftButton)  # an empty drawer: all the cash is missing
    assert screen.approval.isVisible()
    _sign(qtbot, screen.outgoing, DEMO_PINS["cashier"])
    _sign(qtbot, screen.incoming, DEMO_PINS["store_manager"])
    qtbot.mouseClick(screen.hand_over_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.message.text() == error_text("handover.needs_approval"), timeout=5000)
    screen.approval.pin.setText(DEMO_PINS["store_manager"])
    screen.approval.reason.setText("Cash taken to the bank early")
    with qtbot.waitSignal(screen.recorded, timeout=5000):
        qtbot.mouseClick(screen.hand_over_btn, Qt.MouseButton.LeftButton)
    with app.db.read() as s:
        payload = json.loads(s.scalars(select(Event.payload).where(Event.kind == "shift.handed_over")).one())
    assert payload["approved_by"] == "MO-SEN-M" and payload["reason"] == "Cash taken to the bank early"


def test_the_variance_limit_is_a_managers_setting_and_the_next_handover_uses_it(qtbot, make_app) -> None:
    from core.handover import HandoverRule
    from desktop.views.handover import handover_rule, save_handover_rule

    app = make_app()
    settings = app.screen("settings")
    counter = app.screen("counter")
    try:
        counter.sign_in_with(DEMO_PINS["cashier"])
        qtbot.waitUntil(lambda: counter.staff is not None, timeout=5000)
        app.show("settings")
        assert not settings.handover_max.isEnabled()  # a cashier cannot loosen the rule
        counter.toggle_sign_in()
        counter.sign_in_with(DEMO_PINS["store_manager"])
        qtbot.waitUntil(lambda: counter.staff is not None, timeout=5000)
        app.show("settings")
        assert settings.handover_max.isEnabled()
        settings.handover_max.setValue(100_000)  # MOP 100,000: a whole drawer short stays within it
        assert handover_rule().max_variance_avos == 10_000_000
        price = _shift(app)
        screen = app.window.show_screen("handover")
        qtbot.waitUntil(
            lambda: screen.summary is not None and screen.summary.expected["card"] == price, timeout=5000
        )
        screen.count.non_cash["card"].setText(f"{price / 100:.2f}")
        screen.count.non_cash["mpay"].setText(f"{price / 100:.2f}")
        qtbot.mouseClick(screen.reveal_btn, Qt.MouseButton.LeftButton)  # an empty drawer again
        assert screen.variance != 0 and not screen.approval.isVisible()  # with MOP 50 it would wait
    finally:
        save_handover_rule(HandoverRule())
