"""The start-up window: shown within a fraction of a second of ``python main.py``, while the rest of
the app is imported, the database opens and migrates and the demo chain seeds, all off the GUI
thread so the window keeps painting and answering. Light on purpose: Qt and desktop.i18n only.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QLabel, QProgressBar, QVBoxLayout, QWidget

from desktop.i18n import Translations, register_fonts
from desktop.paths import resource

T = TypeVar("T")
_current: StartupSplash | None = None


def make_qapp(argv: list[str]) -> QApplication:
    """The one QApplication, with the app's font (CJK included), style and theme."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv)
    QCoreApplication.setOrganizationName("StoreManager")
    QCoreApplication.setApplicationName("StoreManager")
    if not app.property("store_manager_fonts"):  # the font file is large: registered once
        register_fonts(app)
        app.setProperty("store_manager_fonts", True)
    app.setWindowIcon(QIcon(str(resource("icons", "store-manager-256.png"))))
    app.setStyle("Fusion")
    app.setStyleSheet(resource("themes", "light.qss").read_text(encoding="utf-8"))
    return app


class _Done(QObject):
    finished = Signal()


class StartupSplash(QWidget):
    """Store Manager, what it is doing now, and a busy bar."""

    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.SplashScreen | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("splash")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.title = QLabel()
        self.title.setObjectName("splashTitle")
        self.step = QLabel()
        self.step.setObjectName("splashStep")
        self.step.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy: how long a migration or a first seed takes is not known
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.step)
        layout.addStretch(1)
        layout.addWidget(self.bar)
        self.setFixedSize(440, 170)
        self.title.setText(self.tr("Store Manager"))
        self.show_step("starting")

    def show_step(self, step: str) -> None:
        texts = {
            "starting": self.tr("Starting…"),
            "loading": self.tr("Loading the app…"),
            "database": self.tr("Opening the database…"),
            "demo": self.tr("Preparing the demo chain: five shops, their stock and sales…"),
            "screens": self.tr("Setting up the screens…"),
        }
        self.step.setText(texts.get(step, step))

    def run(self, work: Callable[[], T], step: str | None = None) -> T:
        """Run ``work`` on a thread of its own and return its result (or raise its exception), while
        this thread's event loop keeps the window painting and answering."""
        if step is not None:
            self.show_step(step)
        return run_off_gui_thread(work)


def run_off_gui_thread(work: Callable[[], T]) -> T:
    """``work()`` on another thread; the calling (GUI) thread runs its event loop meanwhile."""
    if QCoreApplication.instance() is None:  # no event loop to keep going
        return work()
    outcome: dict[str, object] = {}
    done = _Done()
    loop = QEventLoop()
    done.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)

    def target() -> None:
        try:
            outcome["value"] = work()
        except BaseException as exc:  # handed to the caller, on its own thread
            outcome["error"] = exc
        finally:
            done.finished.emit()

    worker = threading.Thread(target=target, name="start-up", daemon=True)
    worker.start()
    loop.exec()  # until the worker's queued "finished" arrives (also when it came before exec)
    worker.join()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]


def show_splash(lang: str | None) -> StartupSplash:
    """The QApplication and the start-up window, in ``lang``, painted before this returns."""
    global _current
    app = make_qapp(sys.argv[:1])
    translations = Translations(app)
    translations.switch(lang or "en")
    splash = StartupSplash()
    splash.translations = translations  # type: ignore[attr-defined]
    screen = splash.screen().availableGeometry()
    splash.move(screen.center() - splash.rect().center())
    splash.show()
    app.processEvents()
    _current = splash
    return splash


def current_splash() -> StartupSplash | None:
    return _current


@contextmanager
def splash_hidden() -> Iterator[None]:
    """A dialog before the main window (the first-run enrollment): the start-up window steps aside."""
    splash = _current
    if splash is not None:
        splash.hide()
    yield  # on an error the start-up window stays hidden: the error message follows
    if splash is not None and splash is _current:
        splash.show()


def close_splash() -> None:
    """The main window is up: the start-up window goes, with its translator."""
    global _current
    splash, _current = _current, None
    if splash is not None:
        splash.close()
        splash.translations.remove()  # type: ignore[attr-defined]
        splash.deleteLater()
