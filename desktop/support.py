"""For support calls: the Help menu (Open log folder, Copy diagnostics) and what an unhandled
exception does (its traceback to the log, a translated message, and the app keeps running).
"""

from __future__ import annotations

import logging
import platform
import sys
import threading
import time
import types
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import PySide6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QUrl, Signal, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QToolButton, QToolTip, QWidget

from desktop.logfile import log_dir, log_file

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Diagnostics:
    """What support asks first. Never a token, a PIN or a certificate pin: this text is pasted into
    e-mails and chats."""

    app_version: str
    data_dir: Path
    db_path: Path
    hub_url: str
    demo: bool
    device_id: str
    store_id: str
    role: str
    language: str

    def text(self) -> str:
        hub = "demo (embedded hub)" if self.demo else (_without_credentials(self.hub_url) or "-")
        lines = [
            f"Store Manager {self.app_version}",
            f"OS: {platform.platform()}",
            f"Python {platform.python_version()}; Qt {qVersion()} (PySide6 {PySide6.__version__}); "
            f"platform plugin {QGuiApplication.platformName() or '-'}",
            f"Language: {self.language}",
            f"Hub: {hub}",
            f"Device: {self.device_id or '-'}; store {self.store_id or '-'}; role {self.role}",
            f"Data folder: {self.data_dir}",
            f"Database: {self.db_path}",
            f"Log: {log_file() or log_dir(self.data_dir)}",
            f"Time: {time.strftime('%Y-%m-%d %H:%M:%S %z')}",
        ]
        return "\n".join(lines)


def _without_credentials(url: str) -> str:
    """A hub address as support may see it: a user:password@ part is dropped."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "(not an address)"
    if parts.username is None and parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit(parts._replace(netloc=netloc))


class HelpButton(QToolButton):
    """Help, under the navigation rail: Open log folder, Copy diagnostics."""

    def __init__(self, data_dir: Path, diagnostics: Callable[[], Diagnostics], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("help")
        self.data_dir = data_dir
        self.diagnostics = diagnostics
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = QMenu(self)
        self.open_log = menu.addAction("")
        self.open_log.triggered.connect(self.open_log_folder)
        self.copy = menu.addAction("")
        self.copy.triggered.connect(self.copy_diagnostics)
        self.setMenu(menu)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("Help"))
        self.open_log.setText(self.tr("Open log folder"))
        self.copy.setText(self.tr("Copy diagnostics"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def log_folder(self) -> Path:
        path = log_file()
        folder = path.parent if path is not None else log_dir(self.data_dir)
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def open_log_folder(self) -> None:
        try:
            folder = self.log_folder()
        except OSError as exc:
            log.warning("no log folder: %s", exc)
            folder = self.data_dir
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            QMessageBox.information(
                self.window(),
                self.tr("Log folder"),
                self.tr("The log files are in this folder:\n{folder}").format(folder=folder),
            )

    def copy_diagnostics(self) -> None:
        QGuiApplication.clipboard().setText(self.diagnostics().text())
        QToolTip.showText(
            self.mapToGlobal(self.rect().topRight()),
            self.tr("Diagnostics copied: paste them into your message to support."),
            self,
        )


def attach_help(window: QWidget, data_dir: Path, diagnostics: Callable[[], Diagnostics]) -> HelpButton:
    """Put Help at the foot of the main window's side panel (under the rail)."""
    button = HelpButton(data_dir, diagnostics)
    side = window.findChild(QWidget, "side")
    layout = side.layout() if side is not None else None
    if layout is None:
        raise RuntimeError("the main window has no side panel")
    layout.addWidget(button)
    return button


class CrashReporter(QObject):
    """sys.excepthook and threading.excepthook: the traceback goes to the log, the user gets a
    translated message (one at a time, on the GUI thread), and the app keeps running."""

    crashed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.box: QMessageBox | None = None
        self.crashed.connect(self._show)  # queued from other threads: the box is made on the GUI thread
        self._previous = (sys.excepthook, threading.excepthook)

    def install(self) -> None:
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous

    def excepthook(
        self, kind: type[BaseException], value: BaseException, tb: types.TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous[0](kind, value, tb)
            return
        self.report(kind, value, tb, threading.current_thread().name)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread is not None else "?"
        self.report(args.exc_type, args.exc_value, args.exc_traceback, name)

    def report(
        self, kind: type[BaseException], value: BaseException, tb: types.TracebackType | None, thread: str
    ) -> None:
        log.critical("unhandled %s in thread %s", kind.__name__, thread, exc_info=(kind, value, tb))
        self.crashed.emit(kind.__name__)

    def _show(self, what: str) -> None:
        if self.box is not None and self.box.isVisible():
            return  # one message is enough: the log has every traceback
        text = QCoreApplication.translate(
            "Crash",
            "Store Manager ran into an unexpected error ({what}) and keeps running. What you did last "
            "may not have been finished: check it before you go on. The details are in the log "
            "(Help, Open log folder); if it happens again, send it with Help, Copy diagnostics.",
        ).format(what=what)
        parent = QApplication.activeWindow()
        self.box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("Crash", "Something went wrong"),
            text,
            QMessageBox.StandardButton.Ok,
            parent,
        )
        self.box.open()
