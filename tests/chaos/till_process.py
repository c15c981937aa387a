"""A till in its own process, for crash tests.

    python -m tests.chaos.till_process --db PATH --device ID --store STORE --hub URL
        [--sales N --interval S --seed K] [--hold-push] [--exit-when-drained]

Opens (or creates) the replica, runs a SyncClient, waits for the catalogue, records N sales (SKUs
from a seeded RNG) nudging the client after each, and prints ``committed <event_id>`` once each sale
has committed locally. Then it prints ``drained`` when its outbox is empty and it has caught up with
the hub, and keeps syncing until SIGTERM (or exits, with ``--exit-when-drained``).

``--hold-push`` models a crash between the local commit and the push: the sync client never runs;
the sales are committed (the replica must already hold the catalogue), ``holding`` is printed, and
the process sleeps until it is killed.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import random
import signal
import sys
import time
from pathlib import Path

from core.replica import outbox_status, replica_state
from sync_client.client import Backoff, SyncClient
from tests.chaos.chain import catalogue, enroll_in_file, open_till, sell_once

CATALOGUE_TIMEOUT = 30.0


def _say(text: str) -> None:
    print(text, flush=True)


async def _wait(predicate, timeout: float, what: str) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError(what)
        await asyncio.sleep(0.02)


async def run(args: argparse.Namespace) -> int:
    db, till = open_till(Path(args.db), args.device, args.store)
    rng = random.Random(args.seed)
    try:
        if args.hold_push:
            skus = catalogue(db)
            if not skus:
                _say("error no catalogue: run once without --hold-push first")
                return 2
            for _ in range(args.sales):
                _say(f"committed {sell_once(db, till, rng, skus)}")
            _say("holding")
            while True:  # until kill -9
                await asyncio.sleep(3600)

        client = SyncClient(db, args.hub, backoff=Backoff(base=0.05, cap=0.5, rng=random.Random(args.seed)))
        client.token = enroll_in_file(Path(args.hub_db), args.device, args.store)
        sync = asyncio.create_task(client.run(), name="sync")
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        try:
            await _wait(
                lambda: client.state.caught_up and bool(catalogue(db)), CATALOGUE_TIMEOUT, "catalogue"
            )
            skus = catalogue(db)
            for _ in range(args.sales):
                if stop.is_set():
                    break
                await asyncio.sleep(rng.uniform(0, args.interval))
                event_id = await asyncio.to_thread(sell_once, db, till, rng, skus)
                _say(f"committed {event_id}")
                client.nudge()

            def drained() -> bool:
                with db.read() as s:
                    pending = outbox_status(s).pending
                    cursor = replica_state(s).hub_cursor
                return pending == 0 and client.state.caught_up and cursor >= client.state.head

            await _wait(lambda: drained() or stop.is_set(), args.drain_timeout, "outbox drained")
            if not stop.is_set():
                _say(f"drained cursor={client.state.cursor}")
            if not args.exit_when_drained:
                await stop.wait()
            return 0
        finally:
            client.stop()
            sync.cancel()
            await asyncio.gather(sync, return_exceptions=True)
    finally:
        db.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.chaos.till_process")
    parser.add_argument("--db", required=True)
    parser.add_argument("--device", required=True)
    parser.add_argument("--store", required=True)
    parser.add_argument("--hub", required=True, help="ws://host:port")
    parser.add_argument("--hub-db", required=True, help="the hub's database, to enrol this till in")
    parser.add_argument("--sales", type=int, default=0)
    parser.add_argument("--interval", type=float, default=0.05, help="up to this many seconds between sales")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--hold-push", action="store_true", help="commit but never push; sleep until killed")
    parser.add_argument("--exit-when-drained", action="store_true")
    parser.add_argument("--drain-timeout", type=float, default=30.0)
    parser.add_argument("--log-level", default="WARNING")
    args = parser.parse_args(argv)
    logging.basicConfig(
        stream=sys.stderr, level=args.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    try:
        return asyncio.run(run(args))
    except TimeoutError as exc:
        _say(f"error timeout {exc}")
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
