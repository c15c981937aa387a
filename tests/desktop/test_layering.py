"""Screens reach the database only through core's use cases (desktop/usecases.py), and that runner
does its work off the GUI thread, in a transaction that a failure rolls back."""

from __future__ import annotations

import ast
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QThread
from sqlalchemy.orm import Session

from core.models import Store
from core.stock import StoreColumn, store_column
from desktop.tasks import TaskRunner
from desktop.usecases import UseCases

VIEWS = Path(__file__).resolve().parents[2] / "desktop" / "views"

# Screens that still open sessions themselves: none. A file listed here that no longer needs it fails
# the test, so the list can only shrink.
STILL_OPENS_SESSIONS: set[str] = set()


def database_uses(source: str) -> list[str]:
    """Where ``source`` reaches the database itself: ``ctx.db``, or ``….db.read()`` / ``db.write()``."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and node.attr == "db":
            owner = node.value
            if (isinstance(owner, ast.Name) and owner.id == "ctx") or (
                isinstance(owner, ast.Attribute) and owner.attr == "ctx"
            ):
                found.append(f"line {node.lineno}: ctx.db")
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("read", "write")
        ):
            target = node.func.value
            if (isinstance(target, ast.Attribute) and target.attr == "db") or (
                isinstance(target, ast.Name) and target.id == "db"
            ):
                found.append(f"line {node.lineno}: db.{node.func.attr}()")
    return found


def test_the_scan_finds_a_screen_that_opens_a_session_itself() -> None:
    source = (
        "class S:\n"
        "    def load(self):\n"
        "        db = self.ctx.db\n"
        "        with db.read() as s:\n"
        "            pass\n"
        "        with self.ctx.db.write() as s:\n"
        "            pass\n"
        "        self.ctx.usecases.read(f, then=g)\n"
    )
    assert sorted(database_uses(source)) == [
        "line 3: ctx.db",
        "line 4: db.read()",
        "line 6: ctx.db",
        "line 6: db.write()",
    ]


@pytest.mark.parametrize("path", sorted(VIEWS.glob("*.py")), ids=lambda p: p.name)
def test_screens_run_use_cases_and_never_open_a_session(path: Path) -> None:
    uses = database_uses(path.read_text(encoding="utf-8"))
    if path.name in STILL_OPENS_SESSIONS:
        assert uses, f"{path.name} no longer opens sessions: take it off STILL_OPENS_SESSIONS"
    else:
        assert uses == [], f"{path.name} reaches the database itself; use self.ctx.usecases: {uses}"


# -- the runner --------------------------------------------------------------------------------------


@pytest.fixture
def usecases(make_db, qapp):
    db, _till = make_db()
    tasks = TaskRunner()
    yield UseCases(db, tasks)
    tasks.shutdown()


def _open_store(session: Session, store_id: str) -> str:
    session.add(Store(store_id=store_id, name_zh="測試店", name_en="Test store", name_pt="Loja de teste"))
    return threading.current_thread().name


def _open_store_then_fail(session: Session, store_id: str) -> None:
    _open_store(session, store_id)
    session.flush()  # the row is in the transaction; the failure below must take it out again
    raise RuntimeError("printer on fire")


def _on_gui_thread() -> bool:
    return QThread.isMainThread() and threading.current_thread() is threading.main_thread()


def test_a_write_then_a_read_run_on_a_worker_and_answer_on_the_gui_thread(qtbot, usecases) -> None:
    written: list[tuple[str, bool]] = []
    usecases.write(
        _open_store,
        "MO-TST",
        then=lambda worker: written.append((worker, _on_gui_thread())),
        failed=pytest.fail,
    )
    qtbot.waitUntil(lambda: bool(written), timeout=5000)
    worker, answered_on_gui = written[0]
    assert worker != threading.main_thread().name and answered_on_gui

    read: list[tuple[StoreColumn | None, bool]] = []
    usecases.read(
        store_column, "MO-TST", then=lambda row: read.append((row, _on_gui_thread())), failed=pytest.fail
    )
    qtbot.waitUntil(lambda: bool(read), timeout=5000)
    row, answered_on_gui = read[0]
    assert row == StoreColumn("MO-TST", "測試店", "Test store", "Loja de teste")
    assert answered_on_gui


def test_a_write_that_fails_is_rolled_back_and_says_so_on_the_gui_thread(qtbot, usecases) -> None:
    done: list[object] = []
    failures: list[tuple[BaseException, bool]] = []
    usecases.write(
        _open_store_then_fail,
        "MO-TST",
        then=done.append,
        failed=lambda exc: failures.append((exc, _on_gui_thread())),
    )
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    exc, answered_on_gui = failures[0]
    assert isinstance(exc, RuntimeError) and str(exc) == "printer on fire"
    assert answered_on_gui and done == []

    after: list[StoreColumn | None] = []
    usecases.read(store_column, "MO-TST", then=after.append, failed=pytest.fail)
    qtbot.waitUntil(lambda: bool(after), timeout=5000)
    assert after == [None]  # the store the failed write added is not there
