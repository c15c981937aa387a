"""The first-run wizard: join a chain's hub, host the chain on this PC, or try the demo; then the
language, the store, the printer and the scanner.

When it shows, and what the app does after it: desktop/first_run.py. Nothing is saved before Finish except what cannot wait: the device token, in the keyring
the moment the hub trades the one-time code for it (a cancel takes it out again), and a hosted chain's
hub files (a cancel stops the hub; its folder is left).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget, QWizard

from core.private_files import private_dir
from desktop.config import DeviceConfig, write_config
from desktop.devices.hardware import KEY_HID, KEY_PAPER, KEY_PRINTER, CounterHardware, MemorySettings
from desktop.devices.usb_printer import default_backend
from desktop.devices.wedge import WedgeScanner
from desktop.first_run import FirstRun
from desktop.i18n import Translations, save_language
from desktop.tasks import TaskRunner
from desktop.wizard_counter_pages import LanguagePage, PrinterPage, ScannerPage, StorePage
from desktop.wizard_pages import (
    HOST,
    JOIN,
    LANGUAGE,
    PRINTER_PAGE,
    SCANNER_PAGE,
    STORE,
    WELCOME,
    HostedChain,
    HostPage,
    JoinPage,
    WelcomePage,
)
from sync_client.credentials import CredentialStore
from sync_client.enrollment import Enrollment

log = logging.getLogger(__name__)


class FirstRunWizard(QWizard):
    """``result_`` once closed: how it ended (None: cancelled). ``credentials`` makes the keyring store
    when it is needed (in a worker), so a broken keyring is said on the page that needs it."""

    def __init__(
        self,
        data_dir: Path,
        translations: Translations,
        credentials: Callable[[], CredentialStore],
        *,
        backend_factory: Callable[[], object] = default_backend,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir, self.translations, self.credentials = data_dir, translations, credentials
        self.tasks = TaskRunner()
        self.wedge = WedgeScanner()
        self.wedge.setParent(self)
        # Devices are tried with choices kept in memory; Finish saves them where the app reads them.
        self.device_choices = MemorySettings()
        self.hardware = CounterHardware(
            self.wedge, self.tasks, backend_factory=backend_factory, settings=self.device_choices, parent=self
        )
        self.hosted: HostedChain | None = None
        self.result_: FirstRun | None = None
        self.welcome = WelcomePage()
        self.join = JoinPage(data_dir, credentials)
        self.host = HostPage(data_dir, credentials)
        self.language_page = LanguagePage(self._switch_language, translations.lang)
        self.store = StorePage()
        self.printer = PrinterPage()
        self.scanner = ScannerPage()
        for page_id, page in (
            (WELCOME, self.welcome),
            (JOIN, self.join),
            (HOST, self.host),
            (LANGUAGE, self.language_page),
            (STORE, self.store),
            (PRINTER_PAGE, self.printer),
            (SCANNER_PAGE, self.scanner),
        ):
            self.setPage(page_id, page)
        self.setStartId(WELCOME)
        # The welcome page's choices are clicks of their own: no Next there to wonder about.
        self.currentIdChanged.connect(self._hide_next_on_welcome)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setMinimumSize(760, 560)
        QApplication.instance().installEventFilter(self.wedge)  # type: ignore[union-attr]
        self.retranslate()

    def _hide_next_on_welcome(self, page_id: int) -> None:
        if page_id == WELCOME:  # QWizard lays its buttons out again on the next page
            self.button(QWizard.WizardButton.NextButton).hide()

    # -- what was chosen -----------------------------------------------------------------------

    @property
    def enrollment(self) -> Enrollment | None:
        if self.welcome.choice() == "host":
            return self.hosted.enrollment if self.hosted is not None else None
        if self.welcome.choice() == "join":
            return self.join.enrollment
        return None

    def language(self) -> str:
        return self.translations.lang

    def _switch_language(self, lang: str) -> None:
        self.translations.switch(lang)

    def device_config(self) -> DeviceConfig | None:
        done = self.enrollment
        if done is None:
            return None
        hosted = self.hosted if self.welcome.choice() == "host" else None
        return DeviceConfig(
            hub_url=hosted.url if hosted is not None else self.join.hub_url,
            device_id=done.device_id,
            store_id=done.store_id or "",
            role="office" if done.role == "office" else "till",
            pin=done.cert_sha256 or "",
            hub_db=str((hosted.folder / "hub.sqlite3").resolve()) if hosted is not None else "",
        )

    # -- the end -------------------------------------------------------------------------------

    def accept(self) -> None:
        """Finish: config.json, the language and the devices chosen are saved; the app goes on."""
        mode = self.welcome.choice()
        config = self.device_config()
        if mode != "demo":
            if config is None:
                return
            try:
                private_dir(self.data_dir)
                write_config(self.data_dir, config)
            except OSError as exc:
                QMessageBox.warning(
                    self,
                    self.windowTitle(),
                    self.tr("The settings could not be saved in %1: %2")
                    .replace("%1", str(self.data_dir))
                    .replace("%2", exc.strerror or type(exc).__name__),
                )
                return
            settings = QSettings()
            for key in (KEY_PRINTER, KEY_PAPER, KEY_HID):
                value = self.device_choices.value(key)
                if value not in (None, ""):
                    settings.setValue(key, value)
        save_language(self.translations.lang)
        self.result_ = FirstRun(mode, self.hosted.hub if mode == "host" and self.hosted else None)
        self._close_down()
        super().accept()

    def reject(self) -> None:
        """Cancel: nothing stays behind (a token the hub gave is taken out of the keyring again)."""
        for done in (self.join.enrollment, self.hosted.enrollment if self.hosted else None):
            if done is not None:
                try:
                    self.credentials().delete(done.device_id)
                except Exception:  # the keyring worked a moment ago; a failure here is only logged
                    log.exception("could not remove the unused device token")
        if self.hosted is not None:
            self.hosted.hub.stop()
            self.hosted = None
        self._close_down()
        super().reject()

    def _close_down(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.wedge)
        self.hardware.shutdown()
        self.tasks.shutdown()

    # -- Qt ------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set up Store Manager"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
