"""Waking a hub process when another one (sharing its PostgreSQL database) logs events.

``LISTEN`` needs a connection of its own that is never used for anything else, so the listener keeps
one in a thread of its own and hands what it hears to the event loop. A NOTIFY is not durable: one
sent while this connection was down is lost. So after every (re)``LISTEN`` the listener reports
"anything may have been missed" and the hub re-reads the log from its own last offset.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine

from hub.pg import connected_of, news_of, revoked_of

log = logging.getLogger(__name__)

POLL = 0.25  # how often the thread looks up from waiting to check whether it should stop
HEALTH_CHECK = 5.0  # a dead connection raises on the next query, not while waiting for notifies
RETRY = (0.05, 2.0)  # reconnect backoff: first wait, cap

Connect = Callable[[], Any]  # opens a new DBAPI (psycopg) connection, in autocommit mode


def dedicated_connection(engine: Engine) -> Any:
    """A connection of the engine's database and driver that belongs to no pool: LISTEN holds it.

    Made through SQLAlchemy's dialect, so the hub needs no driver import of its own (the desktop
    bundle, whose embedded hub is SQLite only, leaves the PostgreSQL driver out)."""
    cargs, cparams = engine.dialect.create_connect_args(engine.url)
    cparams.setdefault("connect_timeout", 5)
    conn = engine.dialect.connect(*cargs, **cparams)
    conn.autocommit = True
    return conn


class LogListener:
    """Calls ``on_news(head, sender)`` on ``loop`` for each NOTIFY on ``channel`` and
    ``on_news(None, "")`` after each successful (re)LISTEN, and ``on_revoked(device_id)`` for each
    revocation NOTIFY, ``on_connected(device_id, process)`` for each connection NOTIFY. ``connect`` opens the dedicated connection (a test can delay it);
    ``errors`` are the driver's exceptions that mean "reconnect"."""

    def __init__(
        self,
        connect: Connect,
        errors: tuple[type[BaseException], ...],
        channel: str,
        on_news: Callable[[int | None, str], None],
        loop: asyncio.AbstractEventLoop,
        on_revoked: Callable[[str], None] | None = None,
        on_connected: Callable[[str, str], None] | None = None,
    ) -> None:
        self.connect = connect
        self.on_revoked = on_revoked
        self.on_connected = on_connected
        self.errors: tuple[type[BaseException], ...] = (*errors, OSError)
        self.channel = channel
        self.on_news = on_news
        self.loop = loop
        self.listens = 0  # successful LISTENs so far (1 after the first, +1 per reconnect)
        self.backend_pid: int | None = None
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="hub-listen", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Ask the thread to end and wait for it (a blocking call: run it off the event loop)."""
        self._stopping.set()
        if self._thread.is_alive():
            self._thread.join(timeout)

    def _post(self, head: int | None, sender: str = "") -> None:
        with contextlib.suppress(RuntimeError):  # the loop closed while we were stopping
            self.loop.call_soon_threadsafe(self.on_news, head, sender)

    def _call(self, callback: Callable[..., None] | None, *args: str) -> None:
        if callback is not None:
            with contextlib.suppress(RuntimeError):  # the loop closed while we were stopping
                self.loop.call_soon_threadsafe(callback, *args)

    def _run(self) -> None:
        delay = RETRY[0]
        while not self._stopping.is_set():
            try:
                with self.connect() as conn:
                    conn.execute(f'LISTEN "{self.channel}"')  # our own name: letters, digits, _
                    self.backend_pid = conn.info.backend_pid
                    self.listens += 1
                    delay = RETRY[0]
                    self._post(None)  # NOTIFY is not durable: re-read whatever came while not listening
                    self._listen(conn)
            except self.errors as exc:
                if self._stopping.is_set():
                    break
                log.warning("hub listener lost its database connection (%s); reconnecting", exc)
                self.backend_pid = None
                self._stopping.wait(delay)
                delay = min(RETRY[1], delay * 2)

    def _listen(self, conn: Any) -> None:
        idle = 0.0
        while not self._stopping.is_set():
            heard = False
            for note in conn.notifies(timeout=POLL):
                heard = True
                revoked, connected = revoked_of(note.payload), connected_of(note.payload)
                if revoked is not None:
                    self._call(self.on_revoked, revoked)
                elif connected is not None:
                    self._call(self.on_connected, *connected)
                else:
                    self._post(*news_of(note.payload))
            idle = 0.0 if heard else idle + POLL
            if idle >= HEALTH_CHECK:
                conn.execute("SELECT 1")
                idle = 0.0
