"""fanout: one event to 1,000 connections.

1,000 raw websocket devices are connected (hub: each said hello at the head and drains its log
stream), plus one pusher. For each of repeated single-sale pushes the load generator times the push
to the first, the median and the last of the 1,000 receivers seeing the frame with that event.
Receivers and pusher are in one process, so one clock. Baseline: the same through the bare relay.

Run with the connections offering permessage-deflate (what the real client does, and so the hub
compresses every frame for every connection) and without it, to show what compression costs.
No goal was set in the issue; the table reports p50/p99 of the last receiver.
"""

from __future__ import annotations

import asyncio
from typing import Any

from benchmarks.common import (
    Context,
    CpuMeter,
    LoadGen,
    enroll_devices,
    log,
    profile_report,
    result_line,
    start_hub,
    start_relay,
    summary_ms,
    table,
)

NAME = "fanout"


async def run_scenario(
    ctx: Context, kind: str, compression: bool, receivers: int, events: int
) -> dict[str, Any]:
    scenario = f"{kind}-{'deflate' if compression else 'plain'}"
    wd = ctx.scenario_dir(NAME, scenario)
    prefix = ctx.profile_prefix(NAME, scenario) if kind == "hub" else None
    tokens: dict[str, str] = {}
    if kind == "hub":
        db = ctx.fresh_hub_db(NAME, scenario)
        stores = ctx.catalogue.stores
        devices = [(f"bench-fan-rx-{i:04d}", stores[i % len(stores)]) for i in range(receivers)]
        tokens = await asyncio.to_thread(enroll_devices, db, [*devices, ("bench-fan-tx", stores[0])])
        server, url = await start_hub(db, wd, profile=prefix)
    else:
        server, url = await start_relay(wd)
    lg = None
    try:
        cfg = ctx.loadgen_base(url, kind) | {
            "mode": "fanout",
            "tokens": tokens,
            "cursor": ctx.template.head,
            "compression": compression,
            "receivers": receivers,
            "events": events,
            "warmup_events": 3,
            "interval_s": 0.2,
            "event_timeout_s": 10.0,
            "max_run_s": 120.0,
            "deadline_s": 400.0,
            "connect_concurrency": 100,
        }
        lg = await LoadGen.start(cfg, wd)
        ready = await lg.expect("ready", 240)
        log(f"fanout {scenario}: {ready['connected']} connections in {ready['connect_s']:.1f}s; pushing")
        meter = CpuMeter({"server": server, "loadgen": lg.proc})
        res = await lg.expect("result", 300)
        cores = meter.cores()
    finally:
        if lg is not None:
            await lg.stop()
        await server.stop()
    samples = res["samples"]
    pushed = len(samples) + res["timeouts"] + cfg["warmup_events"]
    return {
        "us_per_delivery": cores["server"] * cores["wall_s"] / max(1, pushed * receivers) * 1e6,
        "last": summary_ms([s["last"] for s in samples]),
        "first": summary_ms([s["first"] for s in samples]),
        "median": summary_ms([s["median"] for s in samples]),
        "n": len(samples),
        "timeouts": res["timeouts"],
        "connect_s": res["connect_s"],
        "ack_p50": res["push"]["ack_p50_ms"],
        "cores": cores,
        "profile": profile_report(prefix),
    }


async def run(ctx: Context) -> None:
    quick = ctx.options.quick
    receivers = int(ctx.options.extra.get("receivers", 200 if quick else 1000))
    events = int(ctx.options.extra.get("fanout_events", 10 if quick else 30))
    results: dict[tuple[str, bool], dict[str, Any]] = {}
    for compression in (True, False):
        for kind in ("hub", "relay"):
            log(f"fanout: {kind}, {receivers} receivers, deflate {'on' if compression else 'off'}")
            results[(kind, compression)] = await run_scenario(ctx, kind, compression, receivers, events)
    rows = []
    for (kind, compression), r in results.items():
        rows.append(
            [
                kind,
                "deflate" if compression else "none",
                receivers,
                r["n"],
                r["last"]["p50"],
                r["last"]["p99"],
                r["last"]["max"],
                r["first"]["p50"],
                r["median"]["p50"],
                r["ack_p50"] if kind == "hub" else "",
                r["timeouts"],
                r["connect_s"],
                r["cores"]["server"],
                r["us_per_delivery"],
                r["cores"]["loadgen"],
                r["cores"]["others"],
            ]
        )
    print(f"\n== fanout: one pushed sale -> all {receivers:,} receivers (ms after the push) ==")
    print(
        table(
            [
                "target",
                "compression",
                "receivers",
                "events",
                "last p50",
                "last p99",
                "last max",
                "first p50",
                "median p50",
                "ack p50",
                "timeouts",
                "connect s",
                "server cores",
                "server us/delivery",
                "loadgen cores",
                "other cores",
            ],
            rows,
        )
    )
    print(
        "no goal was set for fan-out; 'last' is the slowest of the receivers for each event.\n"
        "server us/delivery: the server's CPU over the pushing phase / (events pushed x receivers), "
        "background work (hub checkpoints) included."
    )
    for (_kind, compression), r in results.items():
        if r["profile"]:
            print(f"\n== hub profile, fan-out, deflate {'on' if compression else 'off'} (cProfile) ==")
            print(r["profile"])
    hub, relay = results[("hub", True)], results[("relay", True)]
    print(
        result_line(
            {
                "receivers": receivers,
                "hub_last_p50_ms": hub["last"]["p50"],
                "hub_last_p99_ms": hub["last"]["p99"],
                "hub_last_max_ms": hub["last"]["max"],
                "relay_last_p50_ms": relay["last"]["p50"],
                "relay_last_p99_ms": relay["last"]["p99"],
                "hub_nodeflate_last_p50_ms": results[("hub", False)]["last"]["p50"],
                "hub_nodeflate_last_p99_ms": results[("hub", False)]["last"]["p99"],
                "relay_nodeflate_last_p50_ms": results[("relay", False)]["last"]["p50"],
                "relay_nodeflate_last_p99_ms": results[("relay", False)]["last"]["p99"],
                "hub_us_per_delivery": hub["us_per_delivery"],
                "relay_us_per_delivery": relay["us_per_delivery"],
                "hub_timeouts": hub["timeouts"],
                "events": hub["n"],
            }
        )
    )
