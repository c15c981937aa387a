"""The app's log: a rotating file in the user's data folder from the first line of main.py.

A windowed build has no console, so what went wrong at a counter is only ever in this file (Help,
Open log folder). No Qt here: it starts before Qt may load. Records of the app at INFO and above go
to the file; the console gets --log-level (WARNING by default) as before.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import os
import sys
import time
from pathlib import Path

from desktop.paths import default_data_dir

LOG_NAME = "store-manager.log"
FAULTS_NAME = "faults.log"  # a hard crash (a segfault in Qt or a driver): every thread's Python stack
MAX_BYTES = 1_000_000
BACKUPS = 5  # ~6 MB in all: weeks of a counter's normal log, the crash of the day included
FORMAT = "%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"


class AppLogFile(logging.handlers.RotatingFileHandler):
    """The rotating file handler of the app's log (found again by log_file())."""


def _option(argv: list[str], name: str) -> str | None:
    for i, arg in enumerate(argv):
        if arg == name and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith(name + "="):
            return arg.split("=", 1)[1]
    return None


_started: list[float] = []


def since_start() -> float | None:
    """Seconds since start_logging (main.py's first line), for the log's start-up timings."""
    return time.monotonic() - _started[0] if _started else None


def log_dir(data_dir: Path) -> Path:
    return data_dir / "logs"


def start_logging(argv: list[str], data_dir: Path | None = None) -> Path | None:
    """Send the app's log records to ``<data folder>/logs/store-manager.log`` (rotated) and to the
    console at --log-level; the log file's path, or None when the folder cannot be written (then the
    console alone, and a warning there)."""
    _started[:] = [time.monotonic()]
    console_level = logging.getLevelName((_option(argv, "--log-level") or "WARNING").upper())
    if not isinstance(console_level, int):  # a bad --log-level is refused later, with the usage text
        console_level = logging.WARNING
    root = logging.getLogger()
    console = logging.StreamHandler(sys.stderr)
    console.setLevel(console_level)
    console.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(console)
    root.setLevel(min(console_level, logging.INFO))
    if console_level > logging.INFO:  # each migration step at INFO would bury what support looks for
        logging.getLogger("alembic").setLevel(logging.WARNING)
    if data_dir is None:
        given = _option(argv, "--data-dir")
        data_dir = Path(given).expanduser() if given else default_data_dir()
    path = log_dir(data_dir) / LOG_NAME
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = AppLogFile(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    except OSError as exc:
        logging.getLogger(__name__).warning("no log file (%s): %s", path, exc)
        return None
    handler.setLevel(logging.INFO)
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    _record_faults(path.with_name(FAULTS_NAME))
    logging.getLogger(__name__).info("Store Manager starting: %s", " ".join(argv) or "(no arguments)")
    return path


_faults: list[object] = []  # the open fault file: faulthandler writes to its descriptor until exit


def _record_faults(path: Path) -> None:
    """A crash Python cannot catch (SIGSEGV, SIGABRT…) writes every thread's stack to ``faults.log``
    beside the log, with the time, so support sees where it happened (the log itself just stops)."""
    try:
        if path.exists() and path.stat().st_size > MAX_BYTES:  # one start line a day: years to get here
            path.replace(path.with_name(path.name + ".1"))
        file = path.open("a", encoding="utf-8")
        file.write(f"--- {time.strftime('%Y-%m-%d %H:%M:%S')} start, pid {os.getpid()}\n")
        file.flush()
    except OSError as exc:
        logging.getLogger(__name__).warning("no fault log (%s): %s", path, exc)
        return
    faulthandler.enable(file, all_threads=True)
    _faults[:] = [file]


def log_file() -> Path | None:
    """The file the app logs to now, if any."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, AppLogFile):
            return Path(handler.baseFilename)
    return None
