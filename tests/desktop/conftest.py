"""GUI tests: one offscreen QApplication, a real App over a real seeded SQLite file."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QApplication

from desktop.app import App, Setup, make_qapp
from desktop.i18n import Translations


@pytest.fixture(scope="session", autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Settings (the chosen language) go to a temp folder, never the user's."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path_factory.mktemp("settings"))
    )


@pytest.fixture(autouse=True)
def no_window_left_open(qapp) -> Iterator[None]:
    """A message box or printer window a test leaves open is closed, so the next test in this
    process does not count it as its own; and every window a test made is deleted, not only closed.
    A closed window still gets every application-wide event (a language switch retranslates it, a
    style change repolishes it), so a process that kept each test's windows ran each test slower than
    the one before (8 windows per App; the 40th test of a file took 8 s instead of 0.8 s)."""
    yield
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def make_app(qapp, tmp_path: Path, seeded_template: Path) -> Iterator:
    """``make_app(lang="en", hub_url=None)``: the whole app over a copy of the seeded demo replica."""
    apps: list[App] = []

    def make(lang: str = "en", hub_url: str | None = None) -> App:
        make_qapp([])
        db_path = tmp_path / f"app{len(apps)}.sqlite3"
        shutil.copyfile(seeded_template, db_path)
        translations = Translations(qapp)
        translations.switch(lang)
        setup = Setup(tmp_path, db_path, False, hub_url, "till-1", "MO-SEN")
        app = App(qapp, setup, translations)
        app.quit_questions = []  # type: ignore[attr-defined]

        def answer(pending: int, app: App = app) -> bool:  # never a modal dialog in tests
            app.quit_questions.append(pending)  # type: ignore[attr-defined]
            return app.quit_answer  # type: ignore[attr-defined]

        app.quit_answer = True  # type: ignore[attr-defined]
        app.ask_quit = answer  # type: ignore[method-assign]
        app.show(None)
        apps.append(app)
        return app

    yield make
    for app in apps:
        app.window.close()
        app.close()
        app.translations.remove()
