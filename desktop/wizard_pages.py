"""The first-run wizard's chain pages (desktop/wizard.py puts them together): welcome, join a chain's
hub, host the chain on this PC. The hub's answer and a hub's start run in the task runner, never on
the GUI thread; a page's Next stays off until what it needs is done. The counter pages (language,
store, printer, scanner) are in desktop/wizard_counter_pages.py."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from core.errors import DomainError
from core.protocol import parse_code
from desktop.i18n import error_text
from desktop.local_hub import HUB_FILE, OFFICE_FILE, LocalHub, create_chain, till_code
from desktop.views.enrollment import CODE_PLACEHOLDER, enroll_this_computer
from sync_client.credentials import CredentialStore
from sync_client.enrollment import Enrollment, check_url

if TYPE_CHECKING:
    from desktop.wizard import FirstRunWizard

WELCOME, JOIN, HOST, LANGUAGE, STORE, PRINTER_PAGE, SCANNER_PAGE = range(7)
DEFAULT_PORT = 8765


@dataclass
class HostedChain:
    """What "Host the chain on this PC" made: the running hub and this PC's enrollment as its till."""

    hub: LocalHub
    url: str
    folder: Path
    chain_name: str
    store_name: str
    enrollment: Enrollment


class HubFolderTaken(Exception):
    """The chosen folder already holds a hub's database (a chain is never made over another)."""


def wrapped(label: QLabel) -> QLabel:
    label.setWordWrap(True)
    return label


def say(label: QLabel, text: str, state: str = "") -> None:
    label.setText(text)
    label.setProperty("state", state)
    label.style().unpolish(label)
    label.style().polish(label)


class WizardPage(QWizardPage):
    """A page that follows a live language switch."""

    def wizard_(self) -> FirstRunWizard:
        return self.wizard()  # type: ignore[return-value]

    def retranslate(self) -> None:  # pragma: no cover - each page has its own
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class WelcomePage(WizardPage):
    """Join my chain's hub / Host the chain on this PC / Try the demo: one click each (the demo starts
    at once, with nothing to set up)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.join, self.host, self.demo = QCommandLinkButton(), QCommandLinkButton(), QCommandLinkButton()
        self._choice = "join"
        layout = QVBoxLayout(self)
        for button, choice in ((self.join, "join"), (self.host, "host"), (self.demo, "demo")):
            button.clicked.connect(lambda _on=False, choice=choice: self.choose(choice))
            layout.addWidget(button)
        layout.addStretch(1)
        self.retranslate()

    def choose(self, choice: str) -> None:
        self._choice = choice
        wizard = self.wizard()
        if choice == "demo":
            wizard.accept()
        else:
            wizard.next()

    def choice(self) -> str:
        return self._choice

    def isComplete(self) -> bool:
        return False  # a choice is a click on one of the three

    def nextId(self) -> int:
        return {"join": JOIN, "host": HOST, "demo": -1}[self._choice]

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to Store Manager"))
        self.setSubTitle(self.tr("How will this computer be used?"))
        self.join.setText(self.tr("Join my chain's hub"))
        self.join.setDescription(
            self.tr("A manager gave you the hub's address and an enrollment code for this computer.")
        )
        self.host.setText(self.tr("Host the chain on this PC"))
        self.host.setDescription(
            self.tr("One shop, one counter: this computer keeps the chain's hub and is its till.")
        )
        self.demo.setText(self.tr("Try the demo"))
        self.demo.setDescription(
            self.tr("A demo chain of five shops selling live. Nothing you do in it is real.")
        )


class JoinPage(WizardPage):
    """The hub's address and the manager's code; "Test connection" enrols this computer."""

    def __init__(
        self, data_dir: Path, credentials: Callable[[], CredentialStore], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.data_dir, self.credentials = data_dir, credentials
        self.enrollment: Enrollment | None = None
        self.hub_url = ""
        self.hub = QLineEdit()
        self.hub.setPlaceholderText("wss://backoffice:8765")
        self.code = QLineEdit()
        self.code.setPlaceholderText(CODE_PLACEHOLDER)
        self.code.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.hub_label, self.code_label = QLabel(), QLabel()
        form = QFormLayout()
        form.addRow(self.hub_label, self.hub)
        form.addRow(self.code_label, self.code)
        self.test = QPushButton()
        self.test.setObjectName("primary")
        self.test.clicked.connect(self.try_connection)
        row = QHBoxLayout()
        row.addWidget(self.test)
        row.addStretch(1)
        self.status = wrapped(QLabel())
        self.status.setObjectName("message")
        self.pin = wrapped(QLabel())
        self.pin.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.pin)
        layout.addStretch(1)
        self.retranslate()

    def nextId(self) -> int:
        return LANGUAGE

    def isComplete(self) -> bool:
        return self.enrollment is not None

    def validatePage(self) -> bool:  # Next by any way (Enter, a shortcut): only once enrolled
        return self.isComplete()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Join my chain's hub"))
        self.setSubTitle(
            self.tr(
                "Type the hub's address and the enrollment code a manager created for this computer "
                "(Settings, Enrol a device). The code works once."
            )
        )
        self.hub_label.setText(self.tr("Hub address"))
        self.code_label.setText(self.tr("Enrollment code"))
        self.test.setText(self.tr("Test connection"))
        self._show_enrolled()

    def try_connection(self) -> None:
        url, code = self.hub.text().strip(), self.code.text().strip()
        try:
            check_url(url)
            parse_code(code)
        except DomainError as exc:
            self.failed(exc)
            return
        except ValueError:
            self.failed(DomainError("enroll.code_format"))
            return
        self.test.setEnabled(False)
        say(self.status, self.tr("Asking the hub…"))
        self.pin.clear()
        data_dir, credentials = self.data_dir, self.credentials

        def work() -> Enrollment:
            return enroll_this_computer(data_dir, url, code, credentials(), save=False)

        self.wizard_().tasks.submit(work, lambda e: self.enrolled(e, url), lambda exc: self.failed(exc, url))

    def enrolled(self, enrollment: Enrollment, url: str) -> None:
        self.enrollment, self.hub_url = enrollment, url
        self.test.setEnabled(False)
        self.hub.setReadOnly(True)
        self.code.setReadOnly(True)  # the code is spent: this computer is now a device of the chain
        self._show_enrolled()
        self.completeChanged.emit()

    def failed(self, exc: BaseException, url: str = "") -> None:
        self.test.setEnabled(True)
        self.pin.clear()
        if isinstance(exc, DomainError) and exc.code == "sync.hub_unreachable":
            text = self.tr(
                "The hub at %1 does not answer. Check the address, that the hub is running, and that this "
                "computer is on the shop's network."
            ).replace("%1", url)
        else:
            text = error_message(exc)
        say(self.status, text, "error")

    def _show_enrolled(self) -> None:
        done = self.enrollment
        if done is None:
            return
        store = done.store_id or self.tr("the head office")
        if done.role == "office":
            text = self.tr("Connected. This computer is enrolled as a manager's device of %1.")
        else:
            text = self.tr("Connected. This computer is enrolled as a counter PC of store %1.")
        say(self.status, text.replace("%1", store), "ok")
        if done.cert_sha256:
            self.pin.setText(
                self.tr("Hub certificate pinned (SHA-256):") + "\n" + fingerprint(done.cert_sha256)
            )
        else:
            self.pin.setText(self.tr("A hub on this computer (ws://): no certificate to pin."))


def fingerprint(sha256_hex: str) -> str:
    """``ab:cd:…`` in two lines of 16 bytes, as certificate viewers show it."""
    pairs = [sha256_hex[i : i + 2].upper() for i in range(0, len(sha256_hex), 2)]
    return "\n".join(":".join(pairs[i : i + 16]) for i in range(0, len(pairs), 16))


def error_message(exc: BaseException) -> str:
    if isinstance(exc, DomainError):
        return error_text(exc.code, exc.params)
    return error_text("app.unexpected", {"detail": type(exc).__name__})


class HostPage(WizardPage):
    """A new chain's hub on this PC: its folder, the chain's and the first store's names, the port."""

    def __init__(
        self, data_dir: Path, credentials: Callable[[], CredentialStore], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.data_dir, self.credentials = data_dir, credentials
        self.hosted: HostedChain | None = None
        self.folder = QLineEdit(str(data_dir / "hub"))
        self.browse = QPushButton()
        self.browse.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        self.chain, self.store = QLineEdit(), QLineEdit()
        for edit in (self.chain, self.store):
            edit.setMaxLength(120)
        self.port = QSpinBox()
        self.port.setRange(1024, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.folder_label, self.chain_label = QLabel(), QLabel()
        self.store_label, self.port_label = QLabel(), QLabel()
        form = QFormLayout()
        form.addRow(self.folder_label, folder_row)
        form.addRow(self.chain_label, self.chain)
        form.addRow(self.store_label, self.store)
        form.addRow(self.port_label, self.port)
        self.start = QPushButton()
        self.start.setObjectName("primary")
        self.start.clicked.connect(self.start_hub)
        row = QHBoxLayout()
        row.addWidget(self.start)
        row.addStretch(1)
        self.status = wrapped(QLabel())
        self.status.setObjectName("message")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.retranslate()

    def nextId(self) -> int:
        return LANGUAGE

    def isComplete(self) -> bool:
        return self.hosted is not None

    def validatePage(self) -> bool:
        return self.isComplete()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Host the chain on this PC"))
        self.setSubTitle(
            self.tr(
                "This computer keeps the chain's records (its hub) and sells as the first store's till. "
                "Store Manager starts the hub again each time it starts."
            )
        )
        self.folder_label.setText(self.tr("Hub's data folder"))
        self.browse.setText(self.tr("Choose…"))
        self.chain_label.setText(self.tr("Chain name"))
        self.store_label.setText(self.tr("First store's name"))
        self.port_label.setText(self.tr("Port"))
        self.chain.setPlaceholderText(self.tr("e.g. Lam Family Stores"))
        self.store.setPlaceholderText(self.tr("e.g. Red Market shop"))
        self.start.setText(self.tr("Start the hub"))
        self._show_hosted()

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Hub's data folder"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def start_hub(self) -> None:
        folder_text = self.folder.text().strip()
        chain, store, port = self.chain.text().strip(), self.store.text().strip(), self.port.value()
        if not folder_text or not chain or not store:
            say(self.status, self.tr("Give the folder, the chain's name and the store's name."), "error")
            return
        folder = Path(folder_text).expanduser()
        self.start.setEnabled(False)
        say(self.status, self.tr("Starting the hub…"))
        data_dir, credentials = self.data_dir, self.credentials
        self.wizard_().tasks.submit(
            lambda: host_chain(folder, chain, store, port, data_dir, credentials),
            self.started,
            lambda exc: self.failed(exc, folder, port),
        )

    def started(self, hosted: HostedChain) -> None:
        self.hosted = hosted
        self.wizard_().hosted = hosted  # stopped if the wizard is cancelled
        for edit in (self.folder, self.chain, self.store):
            edit.setReadOnly(True)
        for widget in (self.browse, self.port, self.start):
            widget.setEnabled(False)
        self._show_hosted()
        self.completeChanged.emit()

    def failed(self, exc: BaseException, folder: Path, port: int) -> None:
        self.start.setEnabled(True)
        if isinstance(exc, HubFolderTaken):
            text = self.tr("%1 already holds a hub's records: choose an empty folder.").replace(
                "%1", str(folder)
            )
        elif isinstance(exc, OSError) and not isinstance(exc, PermissionError):
            text = self.tr("Port %1 is in use by another program: choose another port.").replace(
                "%1", str(port)
            )
        elif isinstance(exc, PermissionError):
            text = self.tr("Store Manager may not write in %1: choose another folder.").replace(
                "%1", str(folder)
            )
        else:
            text = error_message(exc)
        say(self.status, text, "error")

    def _show_hosted(self) -> None:
        if self.hosted is not None:
            say(
                self.status,
                self.tr("The hub of %1 runs on this computer at %2. This computer is the till of %3.")
                .replace("%1", self.hosted.chain_name)
                .replace("%2", self.hosted.url)
                .replace("%3", self.hosted.store_name),
                "ok",
            )


def host_chain(
    folder: Path,
    chain_name: str,
    store_name: str,
    port: int,
    data_dir: Path,
    credentials: Callable[[], CredentialStore],
) -> HostedChain:
    """Blocking (a worker's): a new chain's hub in ``folder``, started, with this PC enrolled as its first
    store's till over the network like any counter PC. On failure nothing it made is left behind."""
    if (folder / HUB_FILE).exists():
        raise HubFolderTaken(str(folder))
    store = credentials()  # a broken keyring fails before anything is made
    if hasattr(store, "probe"):
        store.probe()
    hub: LocalHub | None = None
    try:
        store_id = create_chain(folder, chain_name, store_name)
        hub = LocalHub(folder / HUB_FILE, port)
        url = hub.start()
        code = till_code(folder, store_id)
        enrollment = enroll_this_computer(data_dir, url, code.code, store, probe=False, save=False)
    except BaseException:
        if hub is not None:
            hub.stop()
        for name in (HUB_FILE, OFFICE_FILE):
            for suffix in ("", "-wal", "-shm", "-journal"):
                (folder / f"{name}{suffix}").unlink(missing_ok=True)
        raise
    return HostedChain(hub, url, folder, chain_name, store_name, enrollment)
