"""Transfers: the goods this store sends and receives, and every step of each.

Scanning a handover slip (its QR or Code 128) opens its transfer; if it is on its way here the screen
starts a receipt, and each item scanned then counts as received. Damaged (with a reason) and missing
units are marked per line; lines not counted stay in transit. At the sending store a manager approves
(PIN), items are packed by scanning and the packer confirms with their PIN, and dispatch asks who carries
it and prints the handover slip. Every step is a use case of core/transfers.py run off the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
)

from core.errors import DomainError
from core.projection import Changes
from core.registry import Area
from core.replica import AckResult
from core.transfers import (
    IN_TRANSIT_STATES,
    TransferView,
    cancel_transfer,
    dispatch_transfer,
    receive_transfer,
)
from core.transfers_desk import (
    TransferDesk,
    TransferScan,
    TransferSlip,
    approve_with_pin,
    close_with_pin,
    pack_with_pin,
    scan_on_transfers,
    transfer_desk,
    transfer_slip,
)
from desktop.context import AppContext
from desktop.i18n import error_text
from desktop.printing.transfer_slip import render_transfer_slip
from desktop.views.base import Screen
from desktop.views.transfers_count import TransferCount
from desktop.views.transfers_detail import DialogPrompts, TransferListModel, TransferPrompts
from desktop.views.transfers_panel import TransferPanel, table_view


class TransfersScreen(Screen):
    name = "transfers"
    stock_changed = Signal(object)  # Changes of a step taken here (stock moves at dispatch and receipt)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.ask: TransferPrompts = DialogPrompts(self)
        self.view: TransferView | None = None
        self.count = TransferCount()  # what is being packed or received now
        self.slip: TransferSlip | None = None
        self._loaded = False
        self.heading = QLabel()
        self.heading.setObjectName("screenTitle")
        self.code = QLineEdit()
        self.code.setObjectName("scanField")
        self.code.returnPressed.connect(lambda: self.on_scan(self.code.text()))
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.list_model = TransferListModel(ctx.till.store_id, self)
        self.list = table_view(self.list_model, 1)
        self.list.selectionModel().currentRowChanged.connect(lambda cur, _p: self._chose(cur.row()))
        self.panel = TransferPanel(ctx.lang, ctx.till.store_id)
        self.title_label, self.facts, self.buttons = (
            self.panel.title_label,
            self.panel.facts,
            self.panel.buttons,
        )
        self.lines, self.lines_model, self.preview = (
            self.panel.lines,
            self.panel.lines_model,
            self.panel.preview,
        )
        for key, slot in (
            ("approve", self.approve),
            ("pack", self.pack),
            ("dispatch", self.dispatch),
            ("print", self.print_slip),
            ("receive", self.receive),
            ("damaged", lambda: self.mark("damaged")),
            ("missing", lambda: self.mark("missing")),
            ("stop", self.stop),
            ("cancel", self.cancel),
            ("close", self.close_transfer),
        ):
            self.buttons[key].clicked.connect(slot)
        self._layout()
        self.retranslate()
        self._show_view()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.code, 2)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.list)
        split.addWidget(self.panel)
        split.setSizes([250, 450])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(split, 1)

    def title(self) -> str:
        return self.tr("Transfers")

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        self.code.setPlaceholderText(self.tr("Scan a handover slip to receive it, or an item to count it"))
        self.panel.retranslate(self.count.mode)
        self.list_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        self._show_view()

    def is_ready(self) -> bool:
        return self._loaded

    def activated(self) -> None:
        self.reload()

    # -- data --------------------------------------------------------------------------------

    def reload(self) -> None:
        self.ctx.usecases.read(
            transfer_desk, self.ctx.till.store_id, self.ctx.lang, then=self._listed, failed=self._error
        )

    def _listed(self, desk: TransferDesk) -> None:
        current = self.view.transfer_id if self.view else None
        self.list_model.set_rows(list(desk.transfers), desk.stores)
        self._loaded = True
        rows = [t.transfer_id for t in desk.transfers]
        if current in rows:
            self.view = desk.transfers[rows.index(current)]
            self.list.selectRow(rows.index(current))
            self._show_view()
        elif rows:
            self.list.selectRow(0)

    def remote_changes(self, changes: Changes) -> None:
        if Area.TRANSFERS in changes.areas:
            self.reload()

    def refused(self, results: list[AckResult]) -> None:
        """A step made here came back refused by the hub (another store got there first): say why."""
        codes = [r.reason for r in results if r.reason and r.reason.startswith("transfer.")]
        if codes:
            self._say(error_text(codes[-1]), ok=False)
            self.reload()

    def _chose(self, row: int) -> None:
        if 0 <= row < len(self.list_model.rows):
            chosen = self.list_model.rows[row]
            if self.view is None or chosen.transfer_id != self.view.transfer_id:
                self._reset_mode()
            self.view = chosen
            self._show_view()

    def open(self, view: TransferView) -> None:
        """Show ``view`` (a scanned slip's transfer); receiving starts if it is on its way here."""
        self.view = view
        self._reset_mode()
        rows = [t.transfer_id for t in self.list_model.rows]
        if view.transfer_id in rows:
            self.list.selectRow(rows.index(view.transfer_id))
        if self._here(view.to_store_id) and view.state in IN_TRANSIT_STATES:
            self.count = TransferCount("receive")
            self._say(
                self.tr("Transfer %1 opened: scan each item that arrived.").replace("%1", view.number),
                ok=True,
            )
        self.retranslate()

    def _here(self, store_id: str) -> bool:
        return store_id == self.ctx.till.store_id

    def _show_view(self) -> None:
        self.panel.show_transfer(self.view, self.count, self.list_model.stores)
        self._preview()

    def _preview(self) -> None:
        v = self.view
        if v is None or not any(li.sent for li in v.items):
            self.preview.show_slip(None)
            return
        self.ctx.usecases.read(
            transfer_slip, v.transfer_id, self.ctx.lang, then=self._slip_read, failed=self._error
        )

    def _slip_read(self, slip: TransferSlip) -> None:
        if self.view is not None and slip.transfer_id == self.view.transfer_id:
            self.slip = slip
            self.preview.show_slip(render_transfer_slip(slip, self.ctx.lang))

    # -- scanning ----------------------------------------------------------------------------

    def on_scan(self, code: str) -> None:
        self.code.clear()
        if code.strip():
            self.ctx.usecases.read(
                scan_on_transfers, code.strip(), self.ctx.lang, then=self._scanned, failed=self._error
            )

    def _scanned(self, scan: TransferScan) -> None:
        if scan.transfer is not None:
            self.open(scan.transfer)
            return
        v = self.view
        if v is None or not self.count.mode:
            self._say(self.tr("Scan a handover slip first, or choose a transfer and press Pack."), ok=False)
            return
        if self.count.mode == "pack":
            self.count.packed(scan.sku, scan.name)
        elif code := self.count.arrived(next((li for li in v.items if li.sku == scan.sku), None)):
            self._say(error_text(code), ok=False)
            return
        self._say(f"{scan.name}: {self.panel.now_text(self.count, scan.sku)}", ok=True)
        self._show_view()

    def mark(self, what: str) -> None:
        """The selected line's damaged (with a reason) or missing units, in this receipt."""
        v = self.view
        row = self.lines.currentIndex().row()
        skus = self.lines_model.skus
        if v is None or not 0 <= row < len(skus):
            self._say(self.tr("Choose the item's line first."), ok=False)
            return
        sku = skus[row]
        line = next(li for li in v.items if li.sku == sku)
        title = self.tr("Damaged") if what == "damaged" else self.tr("Missing")
        qty = self.ask.quantity(title, line.name(self.ctx.lang), self.count.room(line))
        if not qty:
            return
        if what == "missing":
            self.count.missing(line, qty)
        elif reason := self.ask.text(title, self.tr("Why are they written off?")):
            self.count.damaged(line, qty, reason)
        else:
            self._say(error_text("transfer.no_reason"), ok=False)
            return
        self._show_view()

    def stop(self) -> None:
        self._reset_mode()
        self.retranslate()

    def _reset_mode(self) -> None:
        self.count = TransferCount()

    # -- steps -------------------------------------------------------------------------------

    def _member(self):  # type: ignore[no-untyped-def]
        member = self.ctx.signed_in.member
        if member is None:
            self._say(self.tr("Sign in on the Counter first: each step says who took it."), ok=False)
        return member

    def approve(self) -> None:
        if self.view and (pin := self.ask.pin(self.tr("A manager's PIN to approve sending"))):
            self._write(
                approve_with_pin, self.ctx.till, pin, self.view.transfer_id, done=self.tr("Approved.")
            )

    def pack(self) -> None:
        v = self.view
        if v is None:
            return
        if self.count.mode != "pack":
            self.count = TransferCount("pack")
            self._say(self.tr("Scan each item as it goes into the box."), ok=True)
            self.retranslate()
            return
        lines = self.count.pack_lines()
        if not lines:
            self._say(error_text("transfer.nothing_packed"), ok=False)
            return
        pin = self.ask.pin(self.tr("The packer's PIN: the slip carries the name it belongs to"))
        if pin:
            self._write(pack_with_pin, self.ctx.till, pin, v.transfer_id, lines, done=self.tr("Packed."))

    def dispatch(self) -> None:
        v, member = self.view, self._member()
        if v is None or member is None:
            return
        carrier = self.ask.text(
            self.tr("Dispatch"), self.tr("Who carries it (a colleague's name or the courier)?")
        )
        if carrier:
            self._write(
                dispatch_transfer,
                self.ctx.till,
                member,
                v.transfer_id,
                carrier,
                done=self.tr("Dispatched: the stock is in transit."),
                then=lambda: self._print(v.transfer_id, copy=False),
            )

    def print_slip(self) -> None:
        if self.view is not None:
            self._print(self.view.transfer_id, copy=True)

    def _print(self, transfer_id: str, *, copy: bool) -> None:
        printer = self.ctx.printer
        if printer is None:
            return

        def send(slip: TransferSlip) -> None:
            image = render_transfer_slip(slip, self.ctx.lang, printer.width_px)
            printer.print_slip(f"transfer-{transfer_id}", image, copy=copy)

        self.ctx.usecases.read(transfer_slip, transfer_id, self.ctx.lang, then=send, failed=self._error)

    def receive(self) -> None:
        v = self.view
        if v is None:
            return
        if self.count.mode != "receive":
            self.count = TransferCount("receive")
            self._say(self.tr("Scan each item that arrived."), ok=True)
            self.retranslate()
            return
        member = self._member()
        if member is None:
            return
        lines = self.count.receipt_lines()
        self._write(
            receive_transfer, self.ctx.till, member, v.transfer_id, lines, done=self.tr("Receipt recorded.")
        )

    def cancel(self) -> None:
        v, member = self.view, self._member()
        if (
            v is not None
            and member is not None
            and self.ask.confirm(self.tr("Cancel transfer %1?").replace("%1", v.number))
        ):
            self._write(cancel_transfer, self.ctx.till, member, v.transfer_id, done=self.tr("Cancelled."))

    def close_transfer(self) -> None:
        v = self.view
        if v and (
            pin := self.ask.pin(self.tr("A manager's PIN to close it (what is still owed is missing)"))
        ):
            self._write(close_with_pin, self.ctx.till, pin, v.transfer_id, done=self.tr("Closed."))

    def _write(self, use_case, *args, done: str, then=None) -> None:  # type: ignore[no-untyped-def]
        def finished(result: object) -> None:
            changes = result[1] if isinstance(result, tuple) else result
            self._reset_mode()
            self._say(done, ok=True)
            if isinstance(changes, Changes):
                self.stock_changed.emit(changes)
            if then is not None:
                then()
            self.retranslate()
            self.reload()

        self.ctx.usecases.write(use_case, *args, then=finished, failed=self._error)

    def _error(self, exc: BaseException) -> None:
        if isinstance(exc, DomainError):
            self._say(error_text(exc.code, exc.params), ok=False)
        else:
            self._say(error_text("app.unexpected", {"detail": type(exc).__name__}), ok=False)

    def _say(self, text: str, *, ok: bool) -> None:
        self.message.setText(text)
        self.message.setProperty("state", "ok" if ok else "error")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
