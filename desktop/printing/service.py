"""The print service: slips go to the receipt printer off the GUI thread, each job id printed once.

The interface the screens use (the GUI thread never waits on it)::

    service.print_slip(job_id, slip_image, copy=False, kick_drawer=False)
    service.done.connect(lambda job_id, printed_now: ...)      # printed_now False: that id had printed
    service.failed.connect(lambda job_id, code, message: ...)  # message translated, ready to show
    service.printed.connect(lambda job_id, image: ...)         # demo/fake printer: what came out
    service.device_error.connect(lambda code, device: ...)     # every failure, for the trouble watch

* The same ``job_id`` never prints twice. A retry of a printed job answers ``done(job_id, False)``
  without printing; a retry of a job the printer stopped answering in the middle of
  (``printer.timeout`` after part of it was accepted) answers ``printer.interrupted`` and prints
  nothing, because the printer may have printed it (or most of it).
* ``copy=True`` is a deliberate reprint: always printed, with the COPY banner stamped on the slip.
* ``save_pdf(job_id, slip, path, page="roll"|"a4")`` and ``print_on_system(job_id, page, printer)``
  (A4 forms on the operating system's printers) answer through the same two signals.
* A job that failed before the printer accepted any of it (not found, busy, no permission, paper out,
  a timeout on ``ESC @``) can simply be retried with the same id.

:class:`JobJournal` and :func:`run_job` hold these rules without Qt threads, so they are tested directly.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from core.errors import DomainError
from desktop.devices.usb_printer import PrinterTransport
from desktop.i18n import error_text
from desktop.printing.escpos import (
    DRAWER_KICK,
    INIT,
    PAPER_80MM_PX,
    PrinterStatus,
    decode_raster,
    raster_chunks,
    to_mono,
)
from desktop.printing.pages import print_on_system_printer, write_pdf
from desktop.printing.slip import stamp_copy

log = logging.getLogger(__name__)

__all__ = ["JobJournal", "PrintService", "run_job", "status_error"]

PRINTED, INTERRUPTED = "printed", "interrupted"


class JobJournal:
    """Which job ids reached the printer, and how far. Bounded (the oldest ids are forgotten).

    With a ``path`` it is kept in a small append-only file, so a restart of the app (or of the
    computer) in the middle of a sale does not let a retry print the receipt a second time.
    """

    def __init__(self, path: Path | None = None, limit: int = 5000) -> None:
        self._jobs: OrderedDict[str, str] = OrderedDict()
        self._limit = limit
        self._lock = threading.Lock()
        self.path = path
        if path is not None:
            self._load(path)

    def _load(self, path: Path) -> None:
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return
        except UnicodeDecodeError as exc:  # not a journal this app wrote: guessing could print twice
            raise DomainError("printer.journal_damaged", path=str(path)) from exc
        except OSError:
            log.warning("print journal %s unreadable; starting empty", path)
            return
        for line in lines[-self._limit :]:
            job_id, _, state = line.rpartition("\t")
            if job_id and state in (PRINTED, INTERRUPTED):
                self._jobs[job_id] = state
                self._jobs.move_to_end(job_id)
            elif (
                line.strip() and line is not lines[-1]
            ):  # only a torn last line (a crash mid-write) is expected
                raise DomainError("printer.journal_damaged", path=str(path))
        if len(lines) > 2 * self._limit:  # keep the file as small as the memory
            self._rewrite()

    def _rewrite(self) -> None:
        assert self.path is not None
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text("".join(f"{j}\t{s}\n" for j, s in self._jobs.items()), encoding="utf-8")
        tmp.replace(self.path)

    def state(self, job_id: str) -> str | None:
        with self._lock:
            return self._jobs.get(job_id)

    def mark(self, job_id: str, state: str) -> None:
        with self._lock:
            self._jobs[job_id] = state
            self._jobs.move_to_end(job_id)
            while len(self._jobs) > self._limit:
                self._jobs.popitem(last=False)
            if self.path is not None:
                try:
                    self.path.parent.mkdir(parents=True, exist_ok=True)
                    with self.path.open("a", encoding="utf-8") as f:
                        f.write(f"{job_id.replace(chr(9), ' ').replace(chr(10), ' ')}\t{state}\n")
                except OSError:
                    log.warning("could not record print job %s in %s", job_id, self.path)


def status_error(status: PrinterStatus, device: str) -> DomainError | None:
    """The error a stopped printer's status stands for (``None`` when it is ready or did not answer)."""
    if status.cover_open:
        return DomainError("printer.cover_open", device=device)
    if status.paper_out:
        return DomainError("printer.paper_out", device=device)
    if status.offline or status.error:
        return DomainError("printer.offline", device=device)
    return None


def run_job(
    transport: PrinterTransport, journal: JobJournal, job_id: str, chunks: list[bytes], *, copy: bool = False
) -> bool:
    """Send ``chunks`` (``ESC @`` first) for ``job_id``; True if printed now, False if it had printed.

    Blocking; raises :class:`DomainError`. The journal records the job as soon as the printer has
    accepted any printable byte, so no retry can print it a second time.
    """
    if not copy:
        state = journal.state(job_id)
        if state == PRINTED:
            return False
        if state == INTERRUPTED:
            raise DomainError("printer.interrupted", job=job_id)
    transport.open()
    try:
        problem = status_error(transport.status(), transport.name)
        if problem is not None:
            raise problem
        transport.write(chunks[0])  # ESC @ alone prints nothing: a timeout here leaves the job retryable
        for chunk in chunks[1:]:
            try:
                transport.write(chunk)
            except DomainError as exc:
                if not copy:
                    journal.mark(job_id, INTERRUPTED)
                if exc.code == "printer.timeout":
                    raise DomainError("printer.timeout_partial", device=transport.name, job=job_id) from exc
                raise
        if not copy:
            journal.mark(job_id, PRINTED)
        return True
    finally:
        transport.close()


@dataclass(frozen=True)
class _Outcome:
    kind: str  # "done", "failed", "status"
    job_id: str
    value: Any = None
    image: QImage | None = None


class PrintService(QObject):
    """The receipt printer for the whole app (see the module docstring for the interface).

    ``transport_factory`` makes a fresh :class:`PrinterTransport` per job (``None``: no printer chosen
    yet, every job fails with ``printer.not_chosen``). ``recorder`` (the demo's fake printer) returns
    and forgets the bytes it received; with it, ``printed`` carries the decoded image of each job.
    """

    done = Signal(str, bool)
    failed = Signal(str, str, str)
    printed = Signal(str, QImage)
    status_ready = Signal(object)  # PrinterStatus
    device_error = Signal(str, str)  # code, device ("vendor:product"; "" when unknown): any failure
    _finished = Signal(object)

    def __init__(
        self,
        transport_factory: Callable[[], PrinterTransport] | None = None,
        *,
        width_px: int = PAPER_80MM_PX,
        recorder: Callable[[], bytes] | None = None,
        journal_path: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.transport_factory = transport_factory
        self.width_px = width_px
        self.recorder = recorder
        self.journal = JobJournal(journal_path)
        self.pending = 0
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="printer")  # one job at a time
        self._closed = False
        self._finished.connect(self._deliver)

    def configure(self, transport_factory: Callable[[], PrinterTransport] | None, width_px: int) -> None:
        """Choose the printer and the paper width (576 dots for 80 mm, 384 for 58 mm)."""
        self.transport_factory = transport_factory
        self.width_px = width_px

    # -- the interface -------------------------------------------------------------------------

    def print_slip(self, job_id: str, slip: QImage, *, copy: bool = False, kick_drawer: bool = False) -> None:
        """Queue ``slip`` for printing; the answer comes as ``done`` or ``failed`` with the same id."""
        if not job_id:
            raise ValueError("print_slip: job_id is required")
        image = stamp_copy(slip) if copy else slip.copy()  # the worker gets its own copy
        width = self.width_px

        def work() -> bool:
            mono = to_mono(image, width)
            chunks = raster_chunks(mono, kick_drawer=kick_drawer)
            return run_job(self._transport(), self.journal, job_id, chunks, copy=copy)

        self._submit(job_id, work, "done", record=True)

    def open_drawer(self) -> None:
        """Kick the cash drawer connected to the printer (job id ``drawer``, never deduplicated)."""

        def work() -> bool:
            return run_job(self._transport(), self.journal, "drawer", [INIT, DRAWER_KICK], copy=True)

        self._submit("drawer", work, "done")

    def save_pdf(self, job_id: str, slip: QImage, path: Path, *, page: str = "roll") -> None:
        """Write ``slip`` as a PDF (``"roll"`` or ``"a4"``) off the GUI thread; ``done``/``failed``."""
        image = slip.copy()

        def work() -> bool:
            write_pdf(image, path, page=page)
            return True

        self._submit(job_id, work, "done")

    def print_on_system(self, job_id: str, page: QImage, printer_name: str) -> None:
        """An A4 form on one of the operating system's printers (QPrinter), off the GUI thread."""
        image = page.copy()

        def work() -> bool:
            print_on_system_printer(image, printer_name)
            return True

        self._submit(job_id, work, "done")

    def check_status(self) -> None:
        """Ask the printer how it is; ``status_ready(PrinterStatus)`` or ``failed("status", ...)``."""

        def work() -> PrinterStatus:
            transport = self._transport()
            transport.open()
            try:
                return transport.status()
            finally:
                transport.close()

        self._submit("status", work, "status")

    def shutdown(self) -> None:
        self._closed = True
        self._pool.shutdown(wait=True, cancel_futures=False)

    # -- plumbing ------------------------------------------------------------------------------

    def _transport(self) -> PrinterTransport:
        if self.transport_factory is None:
            raise DomainError("printer.not_chosen")
        return self.transport_factory()

    def _submit(self, job_id: str, work: Callable[[], Any], kind: str, *, record: bool = False) -> None:
        if self._closed:
            return
        self.pending += 1

        def run() -> _Outcome:
            try:
                value = work()
            except DomainError as exc:
                return _Outcome("failed", job_id, (exc.code, exc.params))
            except Exception as exc:  # never a traceback at the counter: a message, details in the log
                log.exception("print job %s failed", job_id)
                return _Outcome("failed", job_id, ("app.unexpected", {"detail": type(exc).__name__}))
            image = None
            if record and value and self.recorder is not None:
                data = self.recorder()
                image = decode_raster(data) if data else None
            return _Outcome(kind, job_id, value, image)

        future = self._pool.submit(run)
        future.add_done_callback(lambda f: self._finished.emit(f))

    def _deliver(self, future: Future[_Outcome]) -> None:
        self.pending -= 1
        outcome = future.result()
        if outcome.kind == "failed":
            code, params = outcome.value
            self.device_error.emit(code, str(params.get("device", "")))
            self.failed.emit(outcome.job_id, code, error_text(code, params))
        elif outcome.kind == "status":
            self.status_ready.emit(outcome.value)
        else:
            if outcome.image is not None and not outcome.image.isNull():
                self.printed.emit(outcome.job_id, outcome.image)
            self.done.emit(outcome.job_id, bool(outcome.value))
