"""Start-up without a frozen window: the start-up window shows first, and the slow work (imports,
opening and migrating the database, seeding the demo) runs off the GUI thread."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer

import desktop.app
from desktop.splash import close_splash, current_splash, run_off_gui_thread, show_splash, splash_hidden


def test_the_gui_thread_keeps_running_while_the_work_runs(qapp) -> None:
    """The work waits for something only the GUI thread's event loop does: on a blocked GUI thread
    it would wait in vain."""
    answered = threading.Event()
    QTimer.singleShot(0, answered.set)
    assert run_off_gui_thread(lambda: answered.wait(30)) is True


def test_the_work_s_error_reaches_the_caller(qapp) -> None:
    def broken() -> None:
        raise OSError("disk gone")

    with pytest.raises(OSError, match="disk gone"):
        run_off_gui_thread(broken)


def test_the_app_opens_its_database_off_the_gui_thread_behind_the_splash(make_app, monkeypatch) -> None:
    opened_on: list[str] = []
    real_open = desktop.app.open_replica

    def open_replica(setup):  # the real one, noting the thread it ran on
        opened_on.append(threading.current_thread().name)
        return real_open(setup)

    monkeypatch.setattr(desktop.app, "open_replica", open_replica)
    splash = show_splash("zh_Hant")
    try:
        assert splash.isVisible() and splash.title.text() == "店舖管家"
        app = make_app()  # App(...) with the splash up, then app.show(...)
    finally:
        close_splash()
    assert opened_on == ["start-up"]  # not MainThread
    assert current_splash() is None and not splash.isVisible()
    assert app.window.isVisible()


def test_the_splash_steps_aside_for_a_first_run_dialog(qapp) -> None:
    splash = show_splash("en")
    try:
        with splash_hidden():
            assert not splash.isVisible()  # the enrollment dialog is not hidden behind it
        assert splash.isVisible()
        with pytest.raises(ValueError), splash_hidden():
            raise ValueError("keyring locked")
        assert not splash.isVisible()  # the error message that follows is not either
    finally:
        close_splash()
