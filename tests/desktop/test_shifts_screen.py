"""The Shifts screen as a store manager uses it: the week with its rule warning and reason, the
substitute finder for the open shift, auto-planning with progress and cancel off the GUI thread."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from core.demo_chain import DEMO_PINS
from core.shifts import RosterShift, demo_facts
from desktop.views.shifts_grid import WARNING

ROOT = Path(__file__).resolve().parents[2]


def _open(qtbot, app, *, manager: bool = False):
    with app.db.write() as s:
        demo_facts(s, datetime.now().date())
    if manager:
        counter = app.screen("counter")
        counter.sign_in_with(DEMO_PINS["store_manager"])
        qtbot.waitUntil(lambda: counter.staff is not None, timeout=5000)
    screen = app.window.show_screen("shifts")
    screen.reload()
    qtbot.waitUntil(lambda: screen.week is not None and len(screen.week.shifts) > 20, timeout=5000)
    return screen


def _cells(screen) -> dict[tuple[int, int], str]:
    grid = screen.grid
    return {
        (r, c): grid.item(r, c).text()
        for r in range(grid.rowCount())
        for c in range(grid.columnCount())
        if grid.item(r, c) is not None
    }


def test_the_week_shows_the_long_day_with_its_reason_and_article(qtbot, make_app) -> None:
    app = make_app()
    screen = _open(qtbot, app)
    texts = [screen.warnings.item(i).text() for i in range(screen.warnings.count())]
    assert texts == [
        next(t for t in texts if "Assistant SEN 2" in t and "9.5 normal hours in a day, more than 8" in t)
    ]
    assert "Art 33(1)" in texts[0]
    long_day = [(rc, t) for rc, t in _cells(screen).items() if "10:00–19:30" in t]
    assert len(long_day) == 1
    (row, col), _ = long_day[0]
    item = screen.grid.item(row, col)
    assert "Art 33(1)" in item.toolTip()
    assert screen.grid.verticalHeaderItem(row).text() == "Assistant SEN 2"
    open_row = screen.grid.rowCount() - 1
    assert screen.grid.verticalHeaderItem(open_row).text() == "Open shifts"
    assert [c for (r, c) in _cells(screen) if r == open_row] == [4]  # Friday's sick call


def test_the_substitute_finder_lists_who_can_come_nearest_first_and_gives_the_shift(qtbot, make_app) -> None:
    app = make_app()
    screen = _open(qtbot, app, manager=True)
    qtbot.waitUntil(lambda: screen.finder.list.count() > 1, timeout=5000)
    lines = [screen.finder.list.item(i).text() for i in range(screen.finder.list.count())]
    assert "this store" in lines[0]
    assert any("Red Market" in line and "km" in line for line in lines)
    screen.finder.list.setCurrentRow(0)
    chosen, shift_id = screen.finder.candidates[0].staff_id, screen.finder.open_shift
    qtbot.mouseClick(screen.finder.give_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "taken" in screen.message.text(), timeout=5000)
    with app.db.read() as s:
        row = s.get(RosterShift, shift_id)
        assert (row.state, row.staff_id) == ("taken", chosen)
    # The week no longer has an open shift: the finder has nobody to look for.
    qtbot.waitUntil(lambda: screen.finder.open_shift == "" and screen.finder.list.count() == 0, timeout=5000)


def test_auto_plan_runs_off_the_gui_thread_and_can_be_cancelled(qtbot, make_app) -> None:
    app = make_app()
    screen = _open(qtbot, app, manager=True)
    qtbot.mouseClick(screen.plan_btn, Qt.MouseButton.LeftButton)
    assert not screen.plan_btn.isEnabled()
    assert screen.cancel_btn.isVisibleTo(screen) and screen.progress.isVisibleTo(screen)
    qtbot.waitUntil(lambda: screen._cancel is not None, timeout=5000)  # the solver is running
    qtbot.mouseClick(screen.cancel_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.plan_btn.isEnabled(), timeout=10000)
    assert "cancelled" in screen.message.text()
    assert screen.planned is None

    qtbot.mouseClick(screen.plan_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.planned is not None, timeout=20000)
    assert screen.planned.unmet == ()
    assert any(s.end.hour == 19 for s in screen.planned.removed)  # the long day is planned away
    assert "Plan:" in screen.plan_note.text()
    assert screen.publish_btn.isEnabled()
    qtbot.mouseClick(screen.publish_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "published" in screen.message.text(), timeout=5000)
    qtbot.waitUntil(lambda: not screen.week.warnings, timeout=5000)  # the long day is gone


def test_without_the_planner_auto_plan_is_off_and_says_where_to_plan(qtbot, make_app, monkeypatch) -> None:
    """The counter edition of the installed app has no OR-Tools: the roster still shows, and the
    Auto-plan button is off and says why, in the cashier's language."""
    from core import cpsat

    monkeypatch.setattr(cpsat, "available", lambda: False)
    app = make_app(lang="zh_Hant")
    screen = _open(qtbot, app, manager=True)
    assert not screen.plan_btn.isEnabled()
    assert "自動編更" in screen.plan_btn.toolTip()  # auto-planning, said in Chinese
    assert screen.week.warnings  # the week and its rule warnings are there all the same
    app.translations.switch("en")
    qtbot.waitUntil(lambda: "manager's PC" in screen.plan_btn.toolTip(), timeout=3000)


def test_typhoon_signal_8_releases_the_rest_of_today_and_the_grid_says_so(qtbot, make_app, tmp_path) -> None:
    app = make_app()
    screen = _open(qtbot, app, manager=True)
    now = datetime.now()
    due = {
        v.shift_id
        for v in screen.week.shifts
        if v.start[:10] == now.date().isoformat() and v.end > now.strftime("%Y-%m-%dT%H:%M")
    }
    qtbot.mouseClick(screen.typhoon_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Signal 8" in screen.message.text(), timeout=5000)
    assert f"{len(due)} shifts released" in screen.message.text()
    qtbot.waitUntil(
        lambda: {v.shift_id for v in screen.week.shifts if v.state == "released"} == due, timeout=5000
    )
    released = [t for t in _cells(screen).values() if t.startswith("Released:")]
    assert len(released) == len(due)
    screen.grab().save(str(tmp_path / "typhoon.png"))


def test_demo_shifts_screenshot_shows_the_roster_with_its_warning(tmp_path) -> None:
    """``python main.py --demo --screen shifts --screenshot``: the demo roster, with an amber block."""
    out = tmp_path / "shifts.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "main.py", "--demo", "--data-dir", str(tmp_path / "data")]
    command += ["--screen", "shifts", "--lang", "zh_Hant", "--screenshot", str(out)]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)  # the toolbar does not widen the window
    amber = sum(
        1
        for y in range(100, 700, 4)
        for x in range(220, 1000, 4)
        if QColor(image.pixel(x, y)).name() == WARNING.name()
    )
    assert amber > 50  # the long day's block


PINS = {"M": DEMO_PINS["store_manager"], "C1": DEMO_PINS["cashier"], "A1": "5111", "A2": "5222", "A3": "5333"}


def test_clocking_in_at_the_counter_shows_on_today_s_attendance(qtbot, make_app) -> None:
    app = make_app()
    screen = _open(qtbot, app)
    panel = screen.attendance
    qtbot.waitUntil(lambda: bool(panel.rows), timeout=5000)
    assert {r.status for r in panel.rows} <= {"due", "absent"}  # nobody has clocked in yet
    first = panel.rows[0]
    counter = app.screen("counter")
    counter.sign_in_with(PINS[first.staff_id.rsplit("-", 1)[1]])
    qtbot.waitUntil(lambda: counter.staff is not None, timeout=5000)
    qtbot.mouseClick(panel.in_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "clocked in" in screen.message.text(), timeout=5000)
    qtbot.waitUntil(lambda: panel.rows[0].status in ("on_time", "late"), timeout=5000)
    assert panel.list.item(0).text().endswith(f"in at {panel.rows[0].clocked_in}")
