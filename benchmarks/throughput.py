"""throughput: sustained persisted throughput of the hub.

Several pushers (raw protocol devices, one per store) send sale batches as fast as acks allow; the
rate counts events the hub acked as ``applied`` (acks come only after a durable SQLite commit). Measured
with batches of 500 (the protocol maximum) and of 1 (a till pushing each sale on its own). Baseline:
the same pushers through the bare relay, where a batch counts when a sink connection has received it.
Diagnostic rows: ``HubStore.append`` called in-process (no websocket, no event loop), the floor set
by the hub's SQL path alone.

Goal (from the issue): >= 5,000 events/s on SQLite.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

from benchmarks.common import (
    SQLITE,
    STORE_A,
    Context,
    CpuMeter,
    HubDeployment,
    HubSetup,
    LoadGen,
    fmt,
    log,
    profile_report,
    result_line,
    start_relay,
    table,
    verdict,
)

NAME = "throughput"
GOAL_EPS = 5000.0


def inprocess_append(ctx: Context, batch: int, seconds: float) -> dict[str, Any]:
    """HubStore.append straight from a thread: no network, no event loop."""
    from benchmarks.common import occurred_now, sale_payload
    from core.events import EventRecord
    from core.ids import new_id
    from hub.store import HubStore

    db = ctx.fresh_hub_db(NAME, f"inproc-{batch}")
    store = HubStore.open(db)
    skus = ctx.catalogue.load_skus
    try:
        store.hello("bench-inproc", STORE_A)
        seq, n, t0 = 0, 0, time.perf_counter()
        times = []
        while time.perf_counter() - t0 < seconds:
            events = []
            for _ in range(batch):
                seq += 1
                sku, price = skus[seq % len(skus)]
                events.append(
                    EventRecord(
                        event_id=new_id(),
                        device_id="bench-inproc",
                        seq=seq,
                        store_id=STORE_A,
                        kind="sale.recorded",
                        occurred_at=occurred_now(),
                        payload=sale_payload(sku, price, new_id()),
                    )
                )
            t = time.perf_counter()
            result = store.append("bench-inproc", events)
            times.append(time.perf_counter() - t)
            n += sum(1 for r in result.results if r.status == "applied")
        spent = sum(times)
    finally:
        store.close()
    return {"events_per_s": n / spent, "ms_per_event": spent / max(1, n) * 1000, "events": n}


def pusher_devices(ctx: Context, pushers: int) -> list[tuple[str, str | None]]:
    """The load generator's pushers (``mode_throughput``), to enroll before it connects."""
    stores = ctx.catalogue.stores
    return [(f"bench-tp-{i:03d}", stores[i % len(stores)]) for i in range(pushers)]


async def run_scenario(
    ctx: Context, kind: str, batch: int, pushers: int, seconds: float, setup: HubSetup = SQLITE
) -> dict[str, Any]:
    scenario = f"{kind}-batch{batch}" + ("" if setup == SQLITE else f"-{setup.backend}{setup.processes}")
    wd = ctx.scenario_dir(NAME, scenario)
    prefix = ctx.profile_prefix(NAME, scenario) if kind == "hub" else None
    hub: HubDeployment | None = None
    if kind == "hub":
        hub = await HubDeployment.start(
            ctx, NAME, scenario, setup, pusher_devices(ctx, pushers), profile=prefix
        )
        servers, url, cursor = hub.server_procs(), hub.urls[0], hub.seed_head
    else:
        relay, url = await start_relay(wd)
        servers, cursor = {"server": relay}, ctx.template.head
    lg = None
    try:
        cfg = ctx.loadgen_base(url, kind) | {
            "mode": "throughput",
            "urls": hub.urls if hub else [url],
            "tokens": hub.tokens if hub else {},
            "cursor": cursor,
            "pushers": pushers,
            "batch": batch,
            "warmup_s": 2.0 if not ctx.options.quick else 1.0,
            "duration_s": seconds,
            "deadline_s": seconds + 120,
        }
        lg = await LoadGen.start(cfg, wd)
        await lg.expect("ready", 60)
        meter = CpuMeter({**servers, "loadgen": lg.proc})
        res = await lg.expect("result", seconds + 120)
        cores = meter.cores()
    finally:
        if lg is not None:
            await lg.stop()
        if hub is not None:
            await hub.stop_processes()
        else:
            await relay.stop()
    try:
        logged = hub.logged_by("bench-tp-") if hub is not None else None
    finally:
        if hub is not None:
            await hub.drop()
    push = res["push"]
    out = {
        "events_per_s": res["events_per_s"],
        "ack_p50": push["window_ack_p50_ms"],
        "ack_p99": push["window_ack_p99_ms"],
        "acks": res["window_acks"],
        "rejected": push["rejected"],
        "errors": push["errors"] + push["gaps"],
        "first_error": push["first_error"],
        "server_cores": sum(v for k, v in cores.items() if k.startswith("server")),
        "other_cores": cores["others"],
        "loadgen_cores": res["cpu_cores"],
        "durable": None,
    }
    if hub is not None and logged is not None:
        # Every acked event is in the log (the hub acks after commit), and nothing else the pushers sent.
        out["durable"] = logged == push["applied"]
        out["profile"] = profile_report(prefix)
    return out


async def run(ctx: Context) -> None:
    quick = ctx.options.quick
    seconds = 4.0 if quick else 10.0
    pushers = int(ctx.options.extra.get("pushers", 4))
    log("throughput: in-process HubStore.append (batch 500, then 1)")
    inproc = {b: await asyncio.to_thread(inprocess_append, ctx, b, 2.0 if quick else 4.0) for b in (500, 1)}
    rows, results = [], {}
    for kind in ("hub", "relay"):
        for batch in (500, 1):
            log(f"throughput: {kind}, {pushers} pushers, batch {batch}, {seconds:.0f}s")
            results[(kind, batch)] = await run_scenario(ctx, kind, batch, pushers, seconds)
    for batch in (500, 1):
        for kind in ("hub", "relay"):
            r = results[(kind, batch)]
            rows.append(
                [
                    f"{kind} (websocket)",
                    batch,
                    pushers,
                    r["events_per_s"],
                    r["ack_p50"],
                    r["ack_p99"],
                    r["acks"],
                    r["rejected"] + r["errors"],
                    r["server_cores"],
                    r["loadgen_cores"],
                    r["other_cores"],
                    {None: "-", True: "yes", False: "NO"}[r["durable"]],
                ]
            )
        rows.append(
            [
                "HubStore.append in-process",
                batch,
                1,
                inproc[batch]["events_per_s"],
                inproc[batch]["ms_per_event"] * batch,
                "",
                "",
                0,
                "",
                "",
                "",
                "-",
            ]
        )
    hub500 = results[("hub", 500)]["events_per_s"]
    met = hub500 >= GOAL_EPS
    print(f"\n== throughput: persisted events/s ({seconds:.0f}s window after warm-up) ==")
    print(
        table(
            [
                "target",
                "batch",
                "pushers",
                "events/s",
                "ack p50 ms",
                "ack p99 ms",
                "acks",
                "rej+err",
                "server cores",
                "loadgen cores",
                "other cores",
                "head = acked",
            ],
            rows,
        )
    )
    print(
        "relay rows: a batch counts when a sink connection received it (no persistence); "
        "in-process rows: 'ack p50' is the mean append() call."
    )
    for (kind, batch), r in results.items():
        if r["first_error"]:
            print(f"note: {kind} batch {batch}: {r['first_error']}")
    print(
        f"goal >= {GOAL_EPS:,.0f} events/s: {verdict(met)} (hub, batch 500: {fmt(hub500)} events/s; "
        f"batch 1: {fmt(results[('hub', 1)]['events_per_s'])} events/s)"
    )
    for (kind, batch), r in results.items():
        if r.get("profile"):
            print(f"\n== hub profile, {kind} batch {batch} (cProfile: slower than the run above) ==")
            print(r["profile"])
    print(
        result_line(
            {
                "hub_batch500_eps": hub500,
                "hub_batch1_eps": results[("hub", 1)]["events_per_s"],
                "relay_batch500_eps": results[("relay", 500)]["events_per_s"],
                "relay_batch1_eps": results[("relay", 1)]["events_per_s"],
                "inproc_append_batch500_eps": inproc[500]["events_per_s"],
                "inproc_append_batch1_eps": inproc[1]["events_per_s"],
                "hub_batch500_ack_p99_ms": results[("hub", 500)]["ack_p99"],
                "hub_batch1_ack_p99_ms": results[("hub", 1)]["ack_p99"],
                "durable_ok": bool(results[("hub", 500)]["durable"] and results[("hub", 1)]["durable"]),
                "goal_eps": GOAL_EPS,
                "goal_met": met,
            }
        )
    )
