"""Run the hub (``python -m hub``) under cProfile in *every* thread, without changing the hub.

``python -m benchmarks.hubprof --out PREFIX -- --db ... --port ...``

cProfile only follows the thread that enables it; the hub does its SQL in a writer thread and a pool
of reader threads. Each thread started after this module is imported gets its own profiler; at exit
the profiles are written per group (``PREFIX.loop.prof``: the event loop thread, ``PREFIX.writer.prof``,
``PREFIX.readers.prof``, ``PREFIX.other.prof``), readable with ``python -m pstats``.
Deterministic profiling slows Python code down (often 1.5-2x): use it for *where*, not *how fast*.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import threading
from pathlib import Path

_profiles: list[tuple[str, cProfile.Profile]] = []
_lock = threading.Lock()
_original_run = threading.Thread.run


def _profiled_run(self: threading.Thread) -> None:
    prof = cProfile.Profile()
    prof.enable()
    try:
        _original_run(self)
    finally:
        prof.disable()
        with _lock:
            _profiles.append((self.name, prof))


def _group(thread_name: str) -> str:
    if thread_name.startswith("hub-writer"):
        return "writer"
    if thread_name.startswith("hub-reader"):
        return "readers"
    return "other"


def _dump(prefix: Path, main: cProfile.Profile) -> None:
    prefix.parent.mkdir(parents=True, exist_ok=True)
    main.dump_stats(f"{prefix}.loop.prof")
    groups: dict[str, pstats.Stats] = {}
    with _lock:
        for name, prof in _profiles:
            group = _group(name)
            prof.create_stats()
            if not prof.stats:  # type: ignore[attr-defined]
                continue
            if group in groups:
                groups[group].add(prof)
            else:
                groups[group] = pstats.Stats(prof)
    for group, stats in groups.items():
        stats.dump_stats(f"{prefix}.{group}.prof")


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.hubprof")
    parser.add_argument("--out", required=True, type=Path, help="prefix of the .prof files")
    parser.add_argument("hub_args", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    hub_args = [a for a in args.hub_args if a != "--"]
    threading.Thread.run = _profiled_run  # type: ignore[method-assign]
    from hub.__main__ import main as hub_main

    prof = cProfile.Profile()
    prof.enable()
    try:
        return hub_main(hub_args)
    finally:
        prof.disable()
        _dump(args.out, prof)


if __name__ == "__main__":
    raise SystemExit(main())
