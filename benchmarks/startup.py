"""startup: time from ``python main.py --demo`` to a usable window, from source.

Each sample is a new process (``benchmarks/startup_probe.py`` runs ``main.py`` as the user would,
offscreen), timed by this process from the spawn to two moments the child reports on
stdout:

* **first window**: any top-level window is on screen (the start-up splash, or the main window when
  there is none) — until then the user sees nothing and may click the icon again;
* **usable**: the main window is shown and its first screen (the Counter) has its data.

Three cases: **first start** (a new data folder: the demo chain seeds its hub and tills, the database
is created and migrated); **second start** (the same folder right after it: the probe ends the first
start the moment it is usable, so this start also finishes what the first left, e.g. the demo tills'
catch-up); **warm** (the same folder a third time, as every later day's start, files in the page
cache). Goal: usable
<= 1.5 s warm. ``--set startup_root=DIR`` measures another checkout (e.g. the code before a change);
``--set startup_runs=N`` (default 5, 2 with --quick).
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import time
from pathlib import Path

from benchmarks.common import PY, ROOT, Context, log, result_line, table, verdict

NAME = "startup"
GOAL_WARM_S = 1.5
PROBE = Path(__file__).resolve().parent / "startup_probe.py"


async def _sample(root: Path, data_dir: Path, timeout: float = 60.0) -> dict[str, float]:
    # A user's Python writes bytecode caches, so a warm start reads compiled modules: a shell that
    # sets PYTHONDONTWRITEBYTECODE would otherwise time a recompile of every module on each start.
    env = {
        **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(data_dir / "config"),  # the saved language and settings: not the user's
        "PYTHONPATH": str(root),
    }
    args = ["--demo", "--data-dir", str(data_dir), "--lang", "zh_Hant", "--screen", "counter"]
    started = time.monotonic()
    proc = await asyncio.create_subprocess_exec(
        PY,
        str(PROBE),
        *args,
        cwd=root,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.DEVNULL,
    )
    assert proc.stdout is not None
    out: dict[str, float] = {}
    try:
        while "usable" not in out:
            line = await asyncio.wait_for(
                proc.stdout.readline(), max(0.1, timeout - (time.monotonic() - started))
            )
            if not line:
                raise RuntimeError(f"the app exited ({await proc.wait()}) before its window was usable")
            if line.startswith(b"{"):
                event = json.loads(line)["event"]
                out.setdefault(event, time.monotonic() - started)
    finally:
        if proc.returncode is None:
            proc.kill()
        await proc.wait()
    return out


def _range(values: list[float]) -> str:
    return f"{min(values):.2f}–{max(values):.2f}" if values else "-"


async def run(ctx: Context) -> None:
    root = Path(ctx.options.extra.get("startup_root", ROOT)).resolve()
    runs = int(ctx.options.extra.get("startup_runs", 2 if ctx.options.quick else 5))
    log(f"startup: {runs} first starts and {runs} warm starts of {root}/main.py --demo")
    first: list[dict[str, float]] = []
    second: list[dict[str, float]] = []
    warm: list[dict[str, float]] = []
    for i in range(runs):
        data_dir = ctx.scenario_dir(NAME, f"run{i}")
        first.append(await _sample(root, data_dir))
        second.append(await _sample(root, data_dir))
        warm.append(await _sample(root, data_dir))
        log(
            f"  run {i}: first start {first[-1]['usable']:.2f} s, second {second[-1]['usable']:.2f} s,"
            f" warm {warm[-1]['usable']:.2f} s"
        )
    rows = []
    cases = (("first start", first), ("second start", second), ("warm", warm))
    for label, samples in cases:
        win = [s.get("first_window", float("nan")) for s in samples]
        usable = [s["usable"] for s in samples]
        rows.append([label, _range(win), statistics.median(win), _range(usable), statistics.median(usable)])
    print(f"\n== startup: python main.py --demo to a usable window ({root}) ==")
    print(table(["case", "first window s", "median", "usable s", "median"], rows, digits=2))
    warm_median = statistics.median(s["usable"] for s in warm)
    print(f"goal: usable <= {GOAL_WARM_S} s warm (median): {verdict(warm_median <= GOAL_WARM_S)}")
    print(
        result_line(
            {
                "startup_first_usable_s": statistics.median(s["usable"] for s in first),
                "startup_second_usable_s": statistics.median(s["usable"] for s in second),
                "startup_warm_usable_s": warm_median,
                "startup_warm_first_window_s": statistics.median(
                    s.get("first_window", float("nan")) for s in warm
                ),
                "goal_startup_warm_met": warm_median <= GOAL_WARM_S,
            }
        )
    )
