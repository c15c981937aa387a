"""python -m hub --db PATH_OR_URL --host 127.0.0.1 --port 8765

``--db`` is a SQLite file (the embedded hub) or ``postgresql://user@host/dbname``; several hub
processes may serve one PostgreSQL database (docs/operator.md).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from core.aio import favour_latency, settled
from core.db import is_database_url
from core.errors import DomainError
from hub.auth import TlsIdentity, load_tls
from hub.enrollment import command_index, device_command
from hub.server import HubServer
from hub.store import HubStore


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if command_index(argv) is not None:  # enroll | revoke | devices (hub/enrollment.py)
        return device_command(argv)
    parser = argparse.ArgumentParser(
        prog="python -m hub",
        description="Store-manager sync hub. Devices: python -m hub [--db DB] enroll|revoke|devices --help",
    )
    parser.add_argument(
        "--db",
        default="hub.sqlite3",
        help="SQLite file path, sqlite:/// URL, or postgresql://user[:password]@host[:port]/dbname",
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--log-level", default="INFO")
    parser.add_argument("--cert", type=Path, help="PEM certificate for wss:// (needed beyond 127.0.0.1)")
    parser.add_argument("--key", type=Path, help="PEM private key of --cert")
    parser.add_argument(
        "--keep-log",
        type=int,
        metavar="N",
        help="set the retention floor so only the last N log entries are served (older devices get a snapshot), then exit",
    )
    parser.add_argument(
        "--new-epoch",
        action="store_true",
        help="after restoring a backup: give the database a new epoch so every device re-checks its state, then exit",
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=args.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        return _run(args)
    except OperationalError as exc:
        reason = " ".join(str(exc.orig or exc).split())  # libpq's message spans lines
        print(f"cannot open the hub database {_shown(args.db)}: {reason}", file=sys.stderr)
        return 2


def _shown(db: str) -> str:
    """The database as it may be printed: never a password."""
    return make_url(db).render_as_string(hide_password=True) if is_database_url(db) else db


def _run(args: argparse.Namespace) -> int:
    if args.keep_log is not None or args.new_epoch:
        store = HubStore.open(args.db)
        try:
            if args.keep_log is not None:
                print(f"retention floor now at offset {store.prune(args.keep_log)}")
            if args.new_epoch:
                print(f"new epoch {store.new_epoch()}")
        finally:
            store.close()
        return 0
    favour_latency()  # the writer's commit reaches the loop sooner (core/aio.py)
    try:
        tls = load_tls(args.cert, args.key or args.cert) if args.cert else None
        return asyncio.run(_serve(args.db, args.host, args.port, tls))
    except DomainError as exc:  # sync.tls_files, sync.tls_required
        print(f"cannot serve: {exc}. Give --cert and --key (docs/operator.md).", file=sys.stderr)
        return 2


async def _serve(db: str, host: str, port: int, tls: TlsIdentity | None = None) -> int:
    store = HubStore.open(db)
    server = HubServer(store, host, port, tls=tls)
    try:
        await server.start()
    except BaseException:
        store.close()
        raise
    if tls is not None:
        print(f"certificate SHA-256 {tls.sha256}", flush=True)
    print(f"hub ready on {server.url} (db {_shown(db)})", flush=True)
    settled()  # imports, the database, the buckets: kept out of the collector's way (core/aio.py)
    stop = asyncio.Event()
    on_stop_signals(asyncio.get_running_loop(), stop)
    await stop.wait()
    await server.stop()
    store.close()
    return 0


def on_stop_signals(loop: asyncio.AbstractEventLoop, stop: asyncio.Event) -> None:
    """Ctrl+C and a service manager's stop end the hub cleanly. Windows' event loops have no
    ``add_signal_handler``: there the plain handler hands the stop to the loop's thread."""
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(sig, stop.set)
        except (NotImplementedError, RuntimeError):
            signal.signal(sig, lambda _sig, _frame: loop.call_soon_threadsafe(stop.set))


if __name__ == "__main__":
    raise SystemExit(main())
