"""python benchmarks/startup_probe.py MAIN_ARGS...: runs ./main.py (of the current directory) and
prints ``{"event": "first_window"}`` when a window shows and ``{"event": "usable"}`` when the main
window's screen has its data, then exits. Imports nothing of the project itself, so it can time any
checkout (benchmarks/startup.py).
"""

from __future__ import annotations

import json
import os
import runpy
import sys
from pathlib import Path


def probe(argv: list[str]) -> None:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    seen = {"first": False}

    def emit(event: str) -> None:
        sys.__stdout__.write(json.dumps({"event": event}) + "\n")
        sys.__stdout__.flush()

    def poll() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow()]
        if windows and not seen["first"]:
            seen["first"] = True
            emit("first_window")
        for w in windows:
            current = getattr(w, "current_screen", None)
            if current is not None and current().is_ready():
                emit("usable")
                os._exit(0)  # the demo's threads need no clean stop in a measurement
        QTimer.singleShot(5, poll)

    original_exec = QApplication.exec
    original_loop_exec = QEventLoop.exec

    def start_polling() -> None:
        if not seen.get("polling"):
            seen["polling"] = True
            QTimer.singleShot(0, poll)

    def exec_and_poll(*_args: object) -> int:
        start_polling()
        return int(original_exec())

    def loop_exec_and_poll(loop: QEventLoop, *args: object) -> int:
        start_polling()
        return int(original_loop_exec(loop, *args))

    # Windows appear once an event loop runs: the app's (QApplication.exec), or a local one that
    # keeps a start-up window painting (QEventLoop.exec).
    QApplication.exec = exec_and_poll  # type: ignore[method-assign]
    QEventLoop.exec = loop_exec_and_poll  # type: ignore[method-assign]
    sys.argv = ["main.py", *argv]
    runpy.run_path(str(Path.cwd() / "main.py"), run_name="__main__")


if __name__ == "__main__":
    sys.path[0] = os.getcwd()  # the measured checkout's packages, not this folder's modules
    probe(sys.argv[1:])
