"""Receipts from the Counter: laid out once with the slip layout, sent to the print service with the
sale id as the job id (so a retry never prints twice), reprinted on demand marked COPY. With the demo's
fake printer, what came out of it is shown in a small window beside the till."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QObject
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from core.sales import HKD_RATE_PPM, Tender, hkd_to_avos
from desktop.printing.preview import PrintedSlipWindow
from desktop.printing.refund_slip import RefundSlipData, render_refund_slip
from desktop.printing.service import PrintService
from desktop.printing.slip import ReceiptData, ReceiptLine, render_receipt


@dataclass(frozen=True)
class SoldLine:
    name: str
    qty: int
    unit_price_avos: int
    discount_avos: int


def receipt_data(
    *,
    store_name: str,
    receipt_no: str,
    sale_id: str,
    occurred_at: str,
    cashier: str,
    lines: list[SoldLine],
    tenders: tuple[Tender, ...],
    change_avos: int,
    total_avos: int,
    lang: str,
    hkd_rate_ppm: int = HKD_RATE_PPM,
    store_address: str = "",
    store_phone: str = "",
) -> ReceiptData:
    """The slip's plain values for a sale: what each tender handed over (in MOP), then the change; every
    discount (lines' and basket's) shows as one discount."""
    paid: list[tuple[str, int]] = []
    for t in tenders:
        if t.method == "cash_hkd":
            paid.append((t.method, hkd_to_avos(t.tendered, hkd_rate_ppm)))
        elif t.method == "cash_mop":
            paid.append((t.method, t.tendered))
        else:
            paid.append((t.method, t.amount_avos))
    if change_avos:
        paid.append(("change", change_avos))
    return ReceiptData(
        store_name=store_name,
        store_address=store_address,
        store_phone=store_phone,
        receipt_no=receipt_no,
        occurred_at=occurred_at,
        cashier=cashier,
        lines=tuple(ReceiptLine(li.name, li.qty, li.unit_price_avos) for li in lines),
        total_avos=total_avos,
        tenders=tuple(paid),
        lang=lang,
        sale_id=sale_id,
        discount_avos=sum(li.discount_avos for li in lines)
        + (sum(li.qty * li.unit_price_avos - li.discount_avos for li in lines) - total_avos),
    )


class ReceiptPrinting(QObject):
    """Prints the Counter's receipts and tells the Counter how it went."""

    def __init__(self, printer: PrintService | None, say, parent: QWidget) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.printer = printer
        self.say = say  # (text, ok) → the Counter's message line
        self.last: ReceiptData | None = None
        self.jobs: set[str] = set()
        self.window: PrintedSlipWindow | None = None
        self.parent_widget = parent
        if printer is not None:
            printer.done.connect(self._done)
            printer.failed.connect(self._failed)
            printer.printed.connect(self._printed)

    def print_receipt(self, data: ReceiptData, *, kick_drawer: bool) -> None:
        """After a sale. A till with no printer chosen sells without receipts (Reprint still explains)."""
        self.last = data
        if self.printer is not None and self.printer.transport_factory is not None:
            self._send(data, copy=False, kick_drawer=kick_drawer)

    def print_image(self, job_id: str, image: QImage, *, kick_drawer: bool) -> None:
        """A slip other than a sale's receipt (a refund's), printed once under ``job_id``."""
        if self.printer is None:
            return
        self.jobs.add(job_id)
        self.printer.print_slip(job_id, image, kick_drawer=kick_drawer)

    def print_refund(self, refund_id: str, slip: RefundSlipData) -> None:
        """A refund's slips: the customer's, then the store's copy; cash refunds open the drawer."""
        printer = self.printer
        if printer is None or printer.transport_factory is None:
            return
        width = printer.width_px
        customer = render_refund_slip(slip, width)
        store = render_refund_slip(replace(slip, store_copy=True), width)
        self.print_image(refund_id, customer, kick_drawer=slip.method.startswith("cash"))
        self.print_image(f"{refund_id}-store", store, kick_drawer=False)

    def reprint(self) -> None:
        if self.last is None:
            self.say(self.tr("No receipt to reprint yet."), False)
            return
        self._send(self.last, copy=True, kick_drawer=False)

    def _send(self, data: ReceiptData, *, copy: bool, kick_drawer: bool) -> None:
        if self.printer is None:
            return
        image = render_receipt(replace(data, copy=False), self.printer.width_px)
        job_id = data.sale_id or data.receipt_no
        self.jobs.add(job_id)
        self.printer.print_slip(job_id, image, copy=copy, kick_drawer=kick_drawer)

    def _done(self, job_id: str, printed_now: bool) -> None:
        if job_id in self.jobs and not printed_now:
            self.say(self.tr("That receipt was already printed. Use Reprint for a copy."), False)

    def _failed(self, job_id: str, _code: str, message: str) -> None:
        if job_id in self.jobs:
            self.say(self.tr("Receipt not printed: %1 The sale is recorded.").replace("%1", message), False)

    def _printed(self, job_id: str, image: QImage) -> None:
        """The demo's fake printer: show what it printed beside the till."""
        if job_id not in self.jobs:
            return
        self.window = PrintedSlipWindow.show_in(
            self.parent_widget,
            image,
            self.tr("Receipt printer (demo)"),
            self.tr("What the demo printer printed"),
        )
