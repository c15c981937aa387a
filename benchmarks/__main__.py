"""python -m benchmarks [NAME ...] [--quick] [--profile-hub] [--no-compression] [--keep]

Runs every benchmark (latency, throughput, catchup, fanout, counter, pg, startup), or the named ones, each printing a table
and, as its last line, ``RESULT name=value ...``. See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import logging
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path

from benchmarks.common import Context, Options, header, log, raise_nofile
from core.aio import favour_latency, settled

BENCHMARKS = ("latency", "throughput", "catchup", "fanout", "counter", "pg", "startup", "shifts")


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description="Sync hub benchmarks, hub vs a bare relay (benchmarks/README.md).",
    )
    parser.add_argument(
        "names", nargs="*", metavar="NAME", help=f"any of {', '.join(BENCHMARKS)} (default: all)"
    )
    parser.add_argument(
        "--quick", action="store_true", help="smaller scales, for a smoke test (not the goals)"
    )
    parser.add_argument(
        "--profile-hub",
        action="store_true",
        help="run the hub under cProfile in all its threads and print its heaviest functions "
        "(slows the hub down: the numbers of such a run are not the real ones)",
    )
    parser.add_argument(
        "--no-compression",
        action="store_true",
        help="load-generator connections do not offer permessage-deflate (the real client does)",
    )
    parser.add_argument("--keep", action="store_true", help="keep the temp directory (databases, logs)")
    parser.add_argument(
        "--set", action="append", default=[], metavar="KEY=VALUE", help="tune a benchmark knob"
    )
    args = parser.parse_args(argv)
    for name in args.names:
        if name not in BENCHMARKS:
            parser.error(f"unknown benchmark {name!r}; choose from {', '.join(BENCHMARKS)}")
    return args


async def main_async(args: argparse.Namespace, workdir: Path) -> int:
    extra: dict[str, str] = {}
    for item in args.set:
        key, _, value = item.partition("=")
        extra[key.strip()] = value.strip()
    options = Options(
        quick=args.quick, profile_hub=args.profile_hub, compression=not args.no_compression, extra=extra
    )
    if "log_level" in extra:  # e.g. --set log_level=INFO: the tills' sync client logs, on stderr
        logging.basicConfig(
            level=extra["log_level"], format="%(asctime)s %(levelname)s %(name)s: %(message)s"
        )
    ctx = Context(workdir, options)
    print(header(workdir), flush=True)
    if args.quick:
        print("mode      --quick: reduced scales, goals are not judged on these numbers")
    if args.profile_hub:
        print("mode      --profile-hub: hub under cProfile, numbers are slower than real")
    failed = 0
    for name in args.names or BENCHMARKS:
        module = importlib.import_module(f"benchmarks.{name}")
        started = time.monotonic()
        log(f"== {name} ==")
        try:
            await module.run(ctx)
        except Exception as exc:
            failed += 1
            log(f"{name} failed: {exc!r}\n{traceback.format_exc()}")
            print(f"\n== {name}: FAILED: {exc!r} ==")
            print(f"RESULT {name}_failed=1")
        sys.stdout.flush()
        log(f"{name} took {time.monotonic() - started:.0f}s")
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    raise_nofile(16384)
    favour_latency()  # till B (latency) and catchup's till run here: as the app does (till A too)
    settled()
    workdir = Path(tempfile.mkdtemp(prefix="store-bench-"))
    try:
        return asyncio.run(main_async(args, workdir))
    finally:
        if args.keep:
            log(f"kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
