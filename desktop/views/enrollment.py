"""Enrollment in the app: the first-run dialog of a new counter PC (hub address and one-time code), and
the manager's panel that asks the hub for a code for a new device.

The network runs in the task runner's threads, never on the GUI thread. The device token goes to the
credential store (the OS keyring); ``config.json`` in the data folder keeps only the hub address, the
device's id, store and role, and the pinned certificate's SHA-256.
"""

from __future__ import annotations

import asyncio
import platform
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.errors import DomainError
from core.private_files import private_dir
from core.protocol import parse_code
from core.replica import check_replica_file, replica_file_device
from desktop.config import DeviceConfig, write_config
from desktop.i18n import error_text
from desktop.tasks import TaskRunner
from sync_client.credentials import CredentialStore, KeyringStore
from sync_client.enrollment import Enrollment, check_url, enroll, request_code

CODE_PLACEHOLDER = "XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"
SetupT = TypeVar("SetupT", bound=Any)  # desktop.app.Setup (which imports this module)


def save_config(data_dir: Path, enrollment: Enrollment, hub_url: str) -> Path:
    """Everything about this device but its token, which never goes to a file."""
    # Every field is the new enrollment's: a damaged old file is simply replaced.
    config = DeviceConfig(
        hub_url=hub_url,
        device_id=enrollment.device_id,
        store_id=enrollment.store_id or "",
        role="office" if enrollment.role == "office" else "till",
        pin=enrollment.cert_sha256 or "",
    )
    private_dir(data_dir)
    return write_config(data_dir, config)


def enroll_this_computer(
    data_dir: Path,
    hub_url: str,
    code: str,
    credentials: CredentialStore,
    *,
    probe: bool = True,
    save: bool = True,
) -> Enrollment:
    """Trade ``code`` for this computer's identity (blocking: call it off the GUI thread). The keyring is
    probed first, so a broken one fails before the one-time code is spent. ``save=False``: the caller
    writes ``config.json`` later (the first-run wizard, at Finish)."""
    if probe and hasattr(credentials, "probe"):
        credentials.probe()
    enrollment = asyncio.run(enroll(hub_url, code, label=platform.node()[:80]))
    credentials.set(enrollment.device_id, enrollment.token)
    if save:
        save_config(data_dir, enrollment, hub_url)
    return enrollment


def _message(exc: BaseException) -> str:
    if isinstance(exc, DomainError):
        return error_text(exc.code, exc.params)
    return error_text("app.unexpected", {"detail": type(exc).__name__})


def _fit(label: QLabel, width: int = 560) -> None:
    """Wrapped text gets the height it needs at the dialog's width (a dialog does not ask by itself)."""
    label.ensurePolished()  # the theme's font size first
    label.setMinimumHeight(label.heightForWidth(width))


def _say(label: QLabel, text: str, state: str) -> None:
    label.setText(text)
    label.setProperty("state", state)
    label.style().unpolish(label)
    label.style().polish(label)
    _fit(label)


class EnrollmentDialog(QDialog):
    """First run of a counter PC that is not enrolled: the hub's address and the manager's code."""

    def __init__(
        self,
        data_dir: Path,
        hub_url: str,
        credentials: CredentialStore,
        tasks: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir, self.credentials, self.tasks = data_dir, credentials, tasks
        self.enrollment: Enrollment | None = None
        self.hub_url = ""
        self.heading = QLabel()
        self.heading.setObjectName("screenTitle")
        self.lead = QLabel()
        self.lead.setWordWrap(True)
        self.lead.setObjectName("lead")
        self.hub = QLineEdit(hub_url)
        self.hub.setPlaceholderText("wss://backoffice:8765")
        self.code = QLineEdit()
        self.code.setPlaceholderText(CODE_PLACEHOLDER)
        self.code.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.hub_label, self.code_label = QLabel(), QLabel()
        form = QFormLayout()
        form.addRow(self.hub_label, self.hub)
        form.addRow(self.code_label, self.code)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("message")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.lead)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(600)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Connect this computer to the chain"))
        self.heading.setText(self.tr("Connect this computer to the chain"))
        self.lead.setText(
            self.tr(
                "Ask a manager for an enrollment code for this store (in the app: Settings, Enrol a device; "
                "or on the hub). Type the hub's address and the code. The code works once; this computer "
                "then keeps its own key in the system's password store."
            )
        )
        self.hub_label.setText(self.tr("Hub address"))
        self.code_label.setText(self.tr("Enrollment code"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Enrol"))
        _fit(self.lead)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def submit(self) -> None:
        """Check what can be checked here, then trade the code in a worker thread."""
        url, code = self.hub.text().strip(), self.code.text().strip()
        try:
            check_url(url)
            parse_code(code)
        except DomainError as exc:
            self.show_error(exc)
            return
        except ValueError:
            self.show_error(DomainError("enroll.code_format"))
            return
        self.buttons.setEnabled(False)
        _say(self.status, self.tr("Asking the hub…"), "")
        data_dir, credentials = self.data_dir, self.credentials
        self.tasks.submit(
            lambda: enroll_this_computer(data_dir, url, code, credentials),
            lambda enrollment: self.enrolled(enrollment, url),
            self.show_error,
        )

    def enrolled(self, enrollment: Enrollment, url: str) -> None:
        self.enrollment, self.hub_url = enrollment, url
        self.accept()

    def show_error(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        _say(self.status, _message(exc), "error")


class EnrollmentCodePanel(QWidget):
    """Settings, for a manager's device: ask the hub for a one-time code for a new device of this store."""

    def __init__(
        self,
        tasks: TaskRunner,
        hub_url: str,
        device_id: str,
        token: str,
        pin: str | None,
        store_id: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.hub_url, self.device_id, self.token, self.pin, self.store_id = (
            hub_url,
            device_id,
            token,
            pin,
            store_id,
        )
        self.store_name = store_id or ""
        self.lead = QLabel()
        self.lead.setWordWrap(True)
        self.lead.setObjectName("lead")
        self.role = QComboBox()
        self.role.addItem("", "till")
        self.role.addItem("", "office")
        self.ttl = QComboBox()
        for seconds in (3600, 24 * 3600, 7 * 24 * 3600):
            self.ttl.addItem("", seconds)
        self.ttl.setCurrentIndex(1)
        self.role_label, self.ttl_label = QLabel(), QLabel()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.role_label, self.role)
        form.addRow(self.ttl_label, self.ttl)
        self.create = QPushButton()
        self.create.setObjectName("primary")
        self.create.clicked.connect(self.ask)
        row = QHBoxLayout()
        row.addWidget(self.create)
        row.addStretch(1)
        self.code = QLabel()
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(20)
        font.setWeight(QFont.Weight.Bold)
        self.code.setFont(font)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setObjectName("message")
        self.error.setProperty("state", "error")
        layout = QVBoxLayout(self)
        layout.addWidget(self.lead)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.code)
        layout.addWidget(self.detail)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self._issued: tuple[str, str, str] | None = None  # code, role, expires_at
        self.retranslate()

    def set_store_name(self, name: str) -> None:
        self.store_name = name or self.store_id or ""
        self.retranslate()

    def retranslate(self) -> None:
        tabs = self.parent().parent() if self.parent() is not None else None
        if isinstance(tabs, QTabWidget):
            tabs.setTabText(tabs.indexOf(self), self.tr("Enrol a device"))
        self.lead.setText(
            self.tr(
                "A new counter PC or manager's laptop for %1 joins the chain with a one-time code. "
                "Create one here and type it on the new computer with the hub's address: %2"
            )
            .replace("%1", self.store_name or self.tr("the head office"))
            .replace("%2", self.hub_url)
        )
        self.role_label.setText(self.tr("New device"))
        self.role.setItemText(0, self.tr("Counter PC"))
        self.role.setItemText(1, self.tr("Manager's device"))
        self.ttl_label.setText(self.tr("Valid for"))
        self.ttl.setItemText(0, self.tr("1 hour"))
        self.ttl.setItemText(1, self.tr("24 hours"))
        self.ttl.setItemText(2, self.tr("7 days"))
        self.create.setText(self.tr("Create code"))
        self._show_issued()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def ask(self) -> None:
        role, ttl = self.role.currentData(), int(self.ttl.currentData())
        url, device, token, pin, store = self.hub_url, self.device_id, self.token, self.pin, self.store_id
        self.create.setEnabled(False)
        self.error.clear()

        def work() -> tuple[str, str, str]:
            reply = asyncio.run(request_code(url, device, token, pin, store, role, ttl))
            return reply.code, reply.role, reply.expires_at

        self.tasks.submit(work, self.issued, self.failed)

    def issued(self, result: tuple[str, str, str]) -> None:
        self.create.setEnabled(True)
        self._issued = result
        self._show_issued()

    def failed(self, exc: BaseException) -> None:
        self.create.setEnabled(True)
        self.error.setText(_message(exc))

    def _show_issued(self) -> None:
        if self._issued is None:
            self.code.clear()
            self.detail.clear()
            return
        code, role, expires_at = self._issued
        until = datetime.fromisoformat(expires_at).astimezone().strftime("%Y-%m-%d %H:%M")
        kind = self.tr("a counter PC") if role == "till" else self.tr("a manager's device")
        self.code.setText(code)
        self.detail.setText(
            self.tr("For %1 of %2. It works once, until %3.")
            .replace("%1", kind)
            .replace("%2", self.store_name or self.tr("the head office"))
            .replace("%3", until)
        )


def set_aside_other_replica(db_path: Path, device_id: str) -> None:
    """A computer enrolled again (say, after it was removed) is a new device: the old device's database
    is kept beside, renamed, so nothing recorded on it is lost, and a new one is started."""
    if not db_path.exists():
        return
    old = replica_file_device(db_path)
    if old == device_id:
        return
    for suffix in ("", "-wal", "-shm"):
        part = Path(f"{db_path}{suffix}")
        if part.exists():
            part.rename(part.with_name(f"{db_path.stem}-{old}{db_path.suffix}{suffix}"))


def enrol_again(window: QWidget, data_dir: Path, hub_url: str, tasks: TaskRunner) -> bool:
    """From a refused device's message: the first-run dialog again. True once enrolled (the app then
    has to start again as the new device)."""
    try:
        store = KeyringStore()
        store.probe()
    except DomainError as exc:
        title = QCoreApplication.translate("EnrollmentDialog", "Connect this computer to the chain")
        QMessageBox.warning(window, title, _message(exc))
        return False
    dialog = EnrollmentDialog(data_dir, hub_url, store, tasks, window)
    return dialog.exec() == QDialog.DialogCode.Accepted and dialog.enrollment is not None


def ensure_enrolled(setup: SetupT, parent: QWidget | None = None) -> SetupT | None:
    """A counter PC set up for a real hub: its token from the OS keyring (explicit backend, probed);
    without one, the first-run dialog. None if the user cancels. ``credentials.*`` errors propagate."""
    if setup.db_path.exists():  # a damaged database is told first: it is what the user can act on
        check_replica_file(setup.db_path)
    store = KeyringStore()
    store.probe()
    token = store.get(setup.device_id) if setup.device_id else None
    if token:
        set_aside_other_replica(setup.db_path, setup.device_id)  # enrolled again from inside the app
        return replace(setup, token=token)
    tasks = TaskRunner()
    try:
        dialog = EnrollmentDialog(setup.data_dir, setup.hub_url or "", store, tasks, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.enrollment is None:
            return None
        done = dialog.enrollment
    finally:
        tasks.shutdown()
    set_aside_other_replica(setup.db_path, done.device_id)
    return replace(
        setup,
        hub_url=dialog.hub_url,
        device_id=done.device_id,
        store_id=done.store_id,
        token=done.token,
        pin=done.cert_sha256,
        role=done.role,
    )
