"""Support: the log file from the first line, Help (Open log folder, Copy diagnostics), and an
unhandled exception that is logged, said, and survived."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.logfile import LOG_NAME, AppLogFile, log_file, start_logging
from desktop.support import CrashReporter, _without_credentials


@pytest.fixture
def app_log(tmp_path: Path) -> Iterator[Path]:
    """The app's logging as main.py starts it, into a temp data folder; undone afterwards."""
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    path = start_logging(["--log-level", "nonsense"], tmp_path / "data")
    assert path is not None
    yield path
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def test_the_log_starts_with_the_first_line_and_rotates(app_log: Path) -> None:
    assert app_log == log_file() and app_log.name == LOG_NAME
    assert "Store Manager starting: --log-level nonsense" in app_log.read_text(encoding="utf-8")
    handler = next(h for h in logging.getLogger().handlers if isinstance(h, AppLogFile))
    handler.maxBytes = 300
    for i in range(20):
        logging.getLogger("desktop.test").info("line %d of a long day at the counter", i)
    assert Path(f"{app_log}.1").exists()  # rotated: the file stays small, the last lines are kept
    assert "line 19" in app_log.read_text(encoding="utf-8")


def test_an_unwritable_data_folder_leaves_the_console(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        assert start_logging([], not_a_folder) is None
    finally:
        for handler in root.handlers[:]:
            if handler not in before:
                root.removeHandler(handler)


def test_copy_diagnostics_has_what_support_needs_and_no_secret(make_app, app_log: Path) -> None:
    app = make_app()
    app.setup.token = "TOKEN-never-shown"
    app.setup.pin = "ab" * 32
    app.help.copy.trigger()
    text = QGuiApplication.clipboard().text()
    assert "Store Manager 0.1.0" in text and "Qt 6." in text and "OS: " in text
    assert "till-1" in text and "MO-SEN" in text and str(app.setup.db_path) in text
    assert str(app_log) in text
    assert "TOKEN-never-shown" not in text and "ab" * 32 not in text


def test_a_hub_address_loses_its_password() -> None:
    assert _without_credentials("wss://shop:s3cret@hub.example:8765/x") == "wss://hub.example:8765/x"
    assert _without_credentials("wss://backoffice:8765") == "wss://backoffice:8765"


class _Opened(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_open_log_folder_opens_the_folder_of_the_log(make_app, app_log: Path) -> None:
    app = make_app()
    opened = _Opened()
    QDesktopServices.setUrlHandler("file", opened, "open")
    try:
        app.help.open_log.trigger()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [Path(u.toLocalFile()) for u in opened.urls] == [app_log.parent]


def test_the_help_menu_speaks_the_language(qtbot, make_app) -> None:
    app = make_app(lang="zh_Hant")
    assert app.help.text() == "說明"
    assert [a.text() for a in app.help.menu().actions()] == ["開啟記錄檔資料夾", "複製診斷資料"]
    app.switch_language("pt")
    qtbot.waitUntil(lambda: app.help.text() == "Ajuda", timeout=5000)
    assert app.help.open_log.text() == "Abrir a pasta dos registos"


@pytest.fixture
def crashes(qapp) -> Iterator[CrashReporter]:
    reporter = CrashReporter(qapp)
    reporter.install()
    yield reporter
    reporter.uninstall()
    if reporter.box is not None:
        reporter.box.close()


def _message_shown(reporter: CrashReporter) -> bool:
    return reporter.box is not None and reporter.box.isVisible()


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_is_logged_said_and_survived(qtbot, make_app, app_log, crashes) -> None:
    app = make_app(lang="zh_Hant")

    def broken_button() -> None:
        raise ValueError("a bug behind a button")

    QTimer.singleShot(0, broken_button)
    qtbot.waitUntil(lambda: _message_shown(crashes), timeout=5000)
    assert crashes.box is not None
    assert "ValueError" in crashes.box.text() and "記錄" in crashes.box.text()
    assert crashes.box.windowTitle() == "出了問題"
    logged = app_log.read_text(encoding="utf-8")
    assert "Traceback" in logged and "a bug behind a button" in logged and "broken_button" in logged
    # The app goes on: its window is still there and answers.
    assert app.window.isVisible()
    app.window.show_screen("stock")
    assert app.window.current_screen().name == "stock"


def test_an_exception_in_a_thread_is_logged_and_said_on_the_gui_thread(qtbot, app_log, crashes) -> None:
    def sync_worker() -> None:
        raise RuntimeError("lost in a worker")

    worker = threading.Thread(target=sync_worker, name="printer-worker")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: _message_shown(crashes), timeout=5000)
    assert crashes.box is not None and crashes.box.thread() is QApplication.instance().thread()
    assert "RuntimeError" in crashes.box.text()
    logged = app_log.read_text(encoding="utf-8")
    assert "printer-worker" in logged and "lost in a worker" in logged


def test_one_message_at_a_time(qtbot, app_log, crashes) -> None:
    before = set(QApplication.topLevelWidgets())  # boxes an earlier test left are not this one's
    for _ in range(3):
        try:
            raise KeyError("again")
        except KeyError as exc:
            crashes.excepthook(type(exc), exc, exc.__traceback__)
    qtbot.waitUntil(lambda: _message_shown(crashes), timeout=5000)
    boxes = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.isVisible() and w not in before
    ]
    assert len(boxes) == 1
    assert app_log.read_text(encoding="utf-8").count("KeyError: 'again'") == 3


def test_a_hard_crash_leaves_every_threads_stack_in_the_fault_log(tmp_path) -> None:
    """A segfault (in Qt, a driver) cannot be caught in Python: the app's log just stops. faults.log
    beside it gets the Python stack of each thread, so support sees where it happened."""
    import subprocess
    import sys
    from pathlib import Path

    code = """
import ctypes, sys
from pathlib import Path
from desktop.logfile import start_logging
start_logging([], Path(sys.argv[1]))
def crash_here():
    ctypes.string_at(0)  # a read of address 0: SIGSEGV
crash_here()
"""
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)],
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    faults = (tmp_path / "logs" / "faults.log").read_text(encoding="utf-8")
    assert "Segmentation fault" in faults and "crash_here" in faults
