"""The Repairs screen: a receipt printer that keeps failing leads to a proposed ticket with its
diagnostics, raised with one tap; faults staff fix themselves do not; errors spread out over more
than the window do not; the store reports a fault; an engineer who signs in sees their view."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from core.clock import FakeClock
from core.demo_chain import DEMO_PINS
from core.repairs_cases import EquipmentView
from desktop.devices.fake_usb import FakePrinter, FakeUsbBackend
from desktop.devices.usb_printer import UsbPrinter
from desktop.views.repairs import RepairsScreen
from desktop.views.repairs_dialogs import FaultForm
from desktop.views.repairs_watch import WINDOW_S, DeviceTroubleWatch


def blank_slip() -> QImage:
    image = QImage(576, 80, QImage.Format.Format_RGB32)
    image.fill(0xFFFFFFFF)
    return image


def failing_printer(app, printer: FakePrinter) -> None:  # type: ignore[no-untyped-def]
    backend = FakeUsbBackend([printer])
    app.ctx.printer.configure(lambda: UsbPrinter(printer.vendor_id, printer.product_id, backend=backend), 576)


def test_a_printer_that_keeps_failing_proposes_a_ticket_with_its_diagnostics(qtbot, make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app("en")
    printer = FakePrinter()
    printer.offline = True  # the printer has died: every job fails
    failing_printer(app, printer)
    repairs = app.screen("repairs")
    assert isinstance(repairs, RepairsScreen)
    service = app.ctx.printer
    for n in range(3):
        assert repairs.proposal is None  # not before the third failure
        with qtbot.waitSignal(service.failed, timeout=10_000):
            service.print_slip(f"receipt-{n}", blank_slip())
    qtbot.waitUntil(lambda: repairs.proposal is not None, timeout=3000)
    assert not repairs.banner.isHidden()
    assert "Receipt printer failed 3 times in 10 minutes." in repairs.banner_text.text()
    counter = app.screen("counter")
    assert counter.message.text() == "Receipt printer failed 3 times in 10 minutes."

    app.window.show_screen("repairs")
    qtbot.mouseClick(repairs.raise_proposal_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: repairs.store_model.rowCount() == 1, timeout=5000)
    assert repairs.banner.isHidden()
    ticket = repairs.store_model.rows[0]
    assert (ticket.source, ticket.skill, ticket.state, ticket.waiting_for_hub) == (
        "device",
        "it",
        "open",
        True,
    )
    assert ticket.description == "Receipt printer failed 3 times in 10 minutes."
    assert "device: printer 0416:5011" in ticket.diagnostics
    assert "app version: 0.1.0" in ticket.diagnostics
    assert ticket.diagnostics.count("printer.offline") == 3
    assert repairs.store_model.text(ticket, "state") == "Waiting for an engineer (not yet sent)"
    repairs.store_table.selectRow(0)
    assert "Raised by the app" in repairs.store_detail.text()


def test_paper_out_is_not_a_repair(qtbot, make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app("en")
    printer = FakePrinter()
    printer.paper_out = True
    failing_printer(app, printer)
    repairs = app.screen("repairs")
    for n in range(4):
        with qtbot.waitSignal(app.ctx.printer.failed, timeout=10_000):
            app.ctx.printer.print_slip(f"receipt-{n}", blank_slip())
    qtbot.wait(50)
    assert repairs.proposal is None and repairs.banner.isHidden()


def test_failures_spread_over_more_than_the_window_propose_nothing(qtbot) -> None:  # type: ignore[no-untyped-def]
    clock = FakeClock(datetime(2026, 12, 5, 7, 0, tzinfo=UTC))
    watch = DeviceTroubleWatch("0.1.0", clock)
    proposals = []
    watch.proposed.connect(proposals.append)
    for _ in range(5):
        watch.record("scanner", "hid.read_failed", "0c2e:0b61")
        clock.advance(WINDOW_S / 2 + 1)  # never three within ten minutes
    assert proposals == []
    watch.record("scanner", "hid.read_failed", "0c2e:0b61")
    clock.advance(60)
    watch.record("scanner", "hid.read_failed", "0c2e:0b61")
    assert [p.device_kind for p in proposals] == ["scanner"]
    assert proposals[0].device_ids == ("0c2e:0b61",)


class Scripted:
    def __init__(self, form: FaultForm | None = None) -> None:
        self.form = form
        self.asked: list[list[EquipmentView]] = []

    def fault(self, equipment: list[EquipmentView]) -> FaultForm | None:
        self.asked.append(equipment)
        return self.form

    def resolution(self) -> tuple[str, str] | None:
        return ("Compressor relay replaced", "Relay 12 V")


def test_the_store_reports_a_fault_and_an_engineer_signing_in_sees_their_view(qtbot, make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app("zh_Hant")
    repairs = app.screen("repairs")
    repairs.prompts = Scripted(FaultForm("", "p1", "Display fridge warm"))
    qtbot.mouseClick(repairs.report_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: repairs.store_model.rowCount() == 1, timeout=5000)
    ticket = repairs.store_model.rows[0]
    assert (ticket.description, ticket.priority, ticket.source) == ("Display fridge warm", "p1", "staff")
    assert repairs.store_model.text(ticket, "priority") != "p1"  # shown in Chinese words, not a code

    counter = app.screen("counter")
    counter.sign_in_with(DEMO_PINS["engineer"])
    qtbot.waitUntil(lambda: counter.staff is not None and counter.staff.staff_id == "ENG-1", timeout=5000)
    assert app.window.current_screen() is repairs
    assert repairs.tabs.currentIndex() == 1
    qtbot.waitUntil(lambda: repairs.engineer_pick.currentData() == "ENG-1", timeout=3000)
    assert not repairs.engineer_pick.isEnabled()
