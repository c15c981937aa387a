"""pg: the hub on PostgreSQL with one and with two hub processes, beside the SQLite hub, in one run.

For each of SQLite, PostgreSQL x1 and PostgreSQL x2 (two ``python -m hub`` on one schema, devices
spread over them as a load balancer would; with two, till A and till B are on different processes, so
every probe crosses processes through NOTIFY):

- persisted throughput: the ``throughput`` benchmark's pushers, batches of 500 and of 1, events/s
  acked as ``applied`` (acks come only after a durable commit), and the log head checked against the
  acks;
- store-to-store latency: the ``latency`` benchmark at the goal's load (200 devices, 500 events/s).

The PostgreSQL server is ``STORE_BENCH_PG_URL`` (default ``STORE_TEST_PG_URL``, then the
development machines' ``postgresql://postgres@127.0.0.1:5432/test``); each scenario gets a fresh
schema, seeded like the template, dropped afterwards. The server's own settings (``fsync``,
``synchronous_commit``) decide what a commit costs: the header prints them.

Goal (from the issue): >= 5,000 events/s and p99 <= 25 ms on PostgreSQL.
"""

from __future__ import annotations

from typing import Any

from benchmarks import latency, throughput
from benchmarks.common import PG_URL, SQLITE, Context, HubSetup, _libpq, log, result_line, table, verdict

NAME = "pg"
GOAL_EPS = 5000.0
GOAL_P99_MS = 25.0
SETUPS = (SQLITE, HubSetup("postgresql", 1), HubSetup("postgresql", 2))


def server_settings() -> str:
    import psycopg

    with psycopg.connect(_libpq(PG_URL), connect_timeout=5) as conn:
        version = conn.execute("SHOW server_version").fetchone()
        fsync = conn.execute("SHOW fsync").fetchone()
        sync = conn.execute("SHOW synchronous_commit").fetchone()
    return f"PostgreSQL {version[0] if version else '?'}, fsync={fsync[0] if fsync else '?'}, synchronous_commit={sync[0] if sync else '?'}"


async def run(ctx: Context) -> None:
    quick = ctx.options.quick
    seconds = 4.0 if quick else 10.0
    pushers = int(ctx.options.extra.get("pushers", 4))
    rate = float(ctx.options.extra.get("bg_rates", "500").split(",")[0])
    try:
        settings = server_settings()
    except Exception as exc:
        print(f"\n== pg: no PostgreSQL at STORE_BENCH_PG_URL ({exc.__class__.__name__}) ==")
        print(result_line({"pg_skipped": True}))
        return
    tp: dict[tuple[str, int], dict[str, Any]] = {}
    lat: dict[str, dict[str, Any]] = {}
    for setup in SETUPS:
        for batch in (500, 1):
            log(f"pg: throughput, {setup.label}, {pushers} pushers, batch {batch}, {seconds:.0f}s")
            tp[(setup.label, batch)] = await throughput.run_scenario(
                ctx, "hub", batch, pushers, seconds, setup
            )
        log(f"pg: latency, {setup.label}, background {rate:.0f} events/s")
        lat[setup.label] = await latency.run_scenario(ctx, "hub", rate, setup)

    rows = []
    for setup in SETUPS:
        t500, t1, la = tp[(setup.label, 500)], tp[(setup.label, 1)], lat[setup.label]
        rows.append(
            [
                setup.label,
                t500["events_per_s"],
                t500["ack_p99"],
                t1["events_per_s"],
                {None: "-", True: "yes", False: "NO"}[bool(t500["durable"] and t1["durable"])],
                la["e2e"]["p50"],
                la["e2e"]["p99"],
                la["e2e"]["max"],
                la["bg_rate"],
                la["timeouts"] + la["db_mismatch"],
                t500["server_cores"],
                t500["other_cores"],
            ]
        )
    print(f"\n== pg: the hub on PostgreSQL (1 and 2 processes) beside SQLite; {settings} ==")
    print(
        table(
            [
                "hub",
                "ev/s b500",
                "ack p99 ms",
                "ev/s b1",
                "head = acked",
                "s2s p50 ms",
                "s2s p99 ms",
                "s2s max ms",
                f"bg ev/s (asked {rate:.0f})",
                "timeouts+bad",
                "server cores",
                "other cores",
            ],
            rows,
        )
    )
    print(
        "throughput: persisted events/s acked, pushers spread over the processes; s2s: till A's sale "
        "committed in till B's replica (on two processes, A and B are on different ones)."
    )
    pg_rows = [s.label for s in SETUPS if s.backend == "postgresql"]
    eps_met = all(tp[(label, 500)]["events_per_s"] >= GOAL_EPS for label in pg_rows)
    p99_met = all(lat[label]["e2e"]["p99"] <= GOAL_P99_MS for label in pg_rows)
    print(f"goal >= {GOAL_EPS:,.0f} events/s on PostgreSQL: {verdict(eps_met)}")
    print(f"goal store-to-store p99 <= {GOAL_P99_MS:.0f} ms on PostgreSQL: {verdict(p99_met)}")
    values: dict[str, Any] = {}
    for setup in SETUPS:
        key = setup.label.replace(" ", "")
        values[f"{key}_batch500_eps"] = tp[(setup.label, 500)]["events_per_s"]
        values[f"{key}_batch1_eps"] = tp[(setup.label, 1)]["events_per_s"]
        values[f"{key}_s2s_p50_ms"] = lat[setup.label]["e2e"]["p50"]
        values[f"{key}_s2s_p99_ms"] = lat[setup.label]["e2e"]["p99"]
    values["durable_ok"] = all(bool(r["durable"]) for r in tp.values())
    values["goal_eps_met"] = eps_met
    values["goal_p99_met"] = p99_met
    print(result_line(values))
