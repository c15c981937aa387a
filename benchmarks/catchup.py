"""catchup: a device 100,000 events behind connects and becomes current.

The hub database is pre-filled (demo catalogue + 100,000 sales from 20 devices) through
``HubStore.append`` in batches of 500 (its rate is printed: the hub's own bulk-append speed), and
cached in ``benchmarks/.cache/`` keyed by the database schema, to keep runs short.
A real ``SyncClient`` with a fresh replica connects; the clock stops when it reports its cursor at
the head, and its replica is then checked to hold every event (cursor == head, one row per event).

Baseline: the same client, through the bare relay, talks to a feeder that plays the hub: it answers
the hello with a welcome and sends the very pages the hub would send (read and encoded beforehand
with ``HubStore.read_log``). What is left is transport + the client's own apply.

Each run stops at a time cap (default 60 s); a client not current by then is reported with its rate
and the projected time. Goal (from the issue): current within 10 s.
"""

from __future__ import annotations

import asyncio
import struct
import time
from pathlib import Path
from typing import Any

from benchmarks.common import (
    CACHE_DIR,
    STORE_B,
    Context,
    CpuMeter,
    LoadGen,
    copy_db,
    enroll_devices,
    fmt,
    hub_head,
    log,
    occurred_now,
    profile_report,
    result_line,
    sale_payload,
    schema_key,
    start_hub,
    start_relay,
    table,
    verdict,
)

NAME = "catchup"
GOAL_S = 10.0
FILL_DEVICES = 20
FILL_BATCH = 500

now = time.monotonic


def prefill(ctx: Context, n: int) -> tuple[Path, float | None]:
    """A hub database with ``n`` sales after the seed; returns it and the fill rate (None if cached)."""
    from core.events import EventRecord
    from core.ids import new_id
    from hub.store import HubStore

    key = schema_key(ctx.template.path)
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    cached = CACHE_DIR / f"hub-{n}-sales-{key}.sqlite3"
    if cached.exists() and not ctx.options.extra.get("fresh_prefill"):
        log(f"catchup: using the cached pre-filled hub {cached.name}")
        return cached, None
    for old in CACHE_DIR.glob(f"hub-{n}-sales-*"):  # older schemas, their -wal/-shm, a broken build
        old.unlink(missing_ok=True)
    building = cached.with_suffix(".building")
    copy_db(ctx.template.path, building)
    store = HubStore.open(building)
    stores, skus = ctx.catalogue.stores, ctx.catalogue.load_skus
    devices = [(f"bench-fill-{i:02d}", stores[i % len(stores)]) for i in range(FILL_DEVICES)]
    seqs = dict.fromkeys((d for d, _ in devices), 0)
    log(f"catchup: pre-filling a hub with {n:,} sales through HubStore.append (cached afterwards)")
    spent = 0.0
    try:
        for device_id, store_id in devices:
            store.hello(device_id, store_id)
        done = 0
        while done < n:
            device_id, store_id = devices[(done // FILL_BATCH) % len(devices)]
            events = []
            for _ in range(min(FILL_BATCH, n - done)):
                seqs[device_id] += 1
                sku, price = skus[(done + len(events)) % len(skus)]
                events.append(
                    EventRecord(
                        event_id=new_id(),
                        device_id=device_id,
                        seq=seqs[device_id],
                        store_id=store_id,
                        kind="sale.recorded",
                        occurred_at=occurred_now(),
                        payload=sale_payload(sku, price, new_id()),
                    )
                )
            t = time.perf_counter()
            result = store.append(device_id, events)
            spent += time.perf_counter() - t
            if sum(1 for r in result.results if r.status == "applied") != len(events):
                raise RuntimeError(f"pre-fill: the hub did not apply every event: {result.results[:3]}")
            done += len(events)
            if done % 10_000 == 0:
                log(f"catchup: pre-filled {done:,}/{n:,} ({done / spent:,.0f} events/s)")
    finally:
        store.close()
    building.rename(cached)
    return cached, n / spent


def write_pages(hub_db: Path, out: Path) -> tuple[int, float, str]:
    """The hub's log as the hub would page it, encoded, length-prefixed; returns (pages, seconds, epoch)."""
    from core.protocol import PAGE_SIZE, Events, encode
    from hub.store import HubStore

    store = HubStore.open(hub_db)
    pages, cursor = 0, 0
    t = time.perf_counter()
    try:
        with out.open("wb") as f:
            while True:
                items = store.read_log(cursor, PAGE_SIZE)
                if not items:
                    break
                frame = encode(
                    Events(from_offset=cursor, to_offset=items[-1].offset, items=items, head=items[-1].offset)
                )
                f.write(struct.pack("<I", len(frame)) + frame)
                cursor = items[-1].offset
                pages += 1
        return pages, time.perf_counter() - t, store.epoch
    finally:
        store.close()


def check_replica(db: Any) -> tuple[int, int]:
    from sqlalchemy import func, select

    from core.models import Event, ReplicaState

    with db.read() as s:
        cursor = int(s.get(ReplicaState, 1).hub_cursor)
        rows = int(s.scalar(select(func.count()).select_from(Event)) or 0)
    return cursor, rows


async def catch_up(
    ctx: Context, url: str, wd: Path, head: int, cap: float, procs: dict[str, Any], token: str = ""
) -> dict[str, Any]:
    """Run a fresh SyncClient until its cursor reaches ``head`` or the cap; returns timings."""
    from core.db import open_sqlite
    from core.replica import init_replica
    from sync_client.client import Backoff, NullListener, SyncClient

    progress: list[tuple[float, int]] = []

    class Progress(NullListener):  # type: ignore[misc, valid-type]
        def on_state(self, state: Any) -> None:
            progress.append((now(), state.cursor))

    db = open_sqlite(wd / "late-till.sqlite3")
    with db.write() as s:
        init_replica(s, "bench-late-till", STORE_B)
    client = SyncClient(
        db, url, token=token, listener=Progress(), backoff=Backoff(0.05, 0.5), app_version="bench"
    )
    meter = CpuMeter(procs)
    t0 = now()
    task = asyncio.create_task(client.run())
    done_at = None
    try:
        while now() - t0 < cap:
            if client.state.cursor >= head:
                done_at = next((t for t, c in progress if c >= head), now())
                break
            await asyncio.sleep(0.01)
        cores = meter.cores()
        cursor_now = client.state.cursor
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
    cursor, rows = await asyncio.to_thread(check_replica, db)
    db.dispose()
    elapsed = (done_at - t0) if done_at is not None else now() - t0
    first = next((t for t, c in progress if c > 0), None)
    rate = cursor_now / max(1e-9, now() - t0 if done_at is None else elapsed)
    return {
        "done": done_at is not None,
        "seconds": elapsed,
        "first_page_s": (first - t0) if first is not None else float("nan"),
        "events_per_s": rate,
        "projected_s": head / rate if rate > 0 else float("inf"),
        "verified": done_at is not None and cursor == head and rows == head,
        "cursor": cursor,
        "rows": rows,
        "cores": cores,
    }


async def run(ctx: Context) -> None:
    quick = ctx.options.quick
    n = int(ctx.options.extra.get("catchup_events", 10_000 if quick else 100_000))
    cap = float(ctx.options.extra.get("catchup_cap", 20 if quick else 60))
    filled, fill_rate = await asyncio.to_thread(prefill, ctx, n)
    head = hub_head(filled)
    results: dict[str, dict[str, Any]] = {}

    # The hub.
    wd = ctx.scenario_dir(NAME, "hub")
    db = copy_db(filled, wd / "hub.sqlite3")
    prefix = ctx.profile_prefix(NAME, "hub")
    tokens = await asyncio.to_thread(enroll_devices, db, [("bench-late-till", STORE_B)])
    server, url = await start_hub(db, wd, profile=prefix)
    try:
        log(f"catchup: hub, a fresh till {head:,} events behind (cap {cap:.0f}s)")
        results["hub"] = await catch_up(
            ctx, url, wd, head, cap, {"server": server}, tokens.get("bench-late-till", "")
        )
    finally:
        await server.stop()
    results["hub"]["profile"] = profile_report(prefix)

    # The relay, with a feeder playing the hub.
    wd = ctx.scenario_dir(NAME, "relay")
    pages_file = wd / "pages.bin"
    pages, encode_s, epoch = await asyncio.to_thread(
        write_pages, copy_db(filled, wd / "source.sqlite3"), pages_file
    )
    server, url = await start_relay(wd)
    lg = None
    try:
        cfg = ctx.loadgen_base(url, "relay") | {
            "mode": "feeder",
            "pages_file": str(pages_file),
            "head": head,
            "epoch": epoch,
            "deadline_s": cap + 120,
        }
        lg = await LoadGen.start(cfg, wd)
        await lg.expect("ready", 60)
        log(f"catchup: relay + feeder ({pages} pages), a fresh till {head:,} events behind (cap {cap:.0f}s)")
        results["relay"] = await catch_up(ctx, url, wd, head, cap, {"server": server, "feeder": lg.proc})
        await lg.send("stop")
        feeder = await lg.expect("result", 30)
    finally:
        if lg is not None:
            await lg.stop()
        await server.stop()

    rows = []
    for kind in ("hub", "relay"):
        r = results[kind]
        rows.append(
            [
                kind,
                head,
                fmt(r["seconds"]) if r["done"] else f"> {r['seconds']:.0f} (cap)",
                r["projected_s"] if not r["done"] else r["seconds"],
                r["events_per_s"],
                r["first_page_s"] * 1000,
                r["cores"]["server"],
                r["cores"]["bench (tills)"],
                r["cores"]["others"],
                "yes" if r["verified"] else f"no (cursor {r['cursor']:,}, rows {r['rows']:,})",
            ]
        )
    print(f"\n== catchup: a till {head:,} events behind connects and becomes current ==")
    print(
        table(
            [
                "target",
                "events behind",
                "seconds to current",
                "(projected) s",
                "events/s",
                "first page ms",
                "server cores",
                "client cores",
                "other cores",
                "replica complete",
            ],
            rows,
        )
    )
    print(
        f"in-process, no network: the hub's read_log + encode of all {pages} pages takes {encode_s:.2f}s "
        f"({head / encode_s:,.0f} events/s); the feeder had sent everything after {feeder['sent_s']:.2f}s."
    )
    if fill_rate is not None:
        print(
            f"pre-fill: HubStore.append in batches of {FILL_BATCH} ran at {fill_rate:,.0f} events/s in-process."
        )
    hub = results["hub"]
    met = hub["done"] and hub["seconds"] <= GOAL_S
    shown = (
        fmt(hub["seconds"])
        if hub["done"]
        else f"not current after {cap:.0f}s, projected {fmt(hub['projected_s'])}"
    )
    print(f"goal <= {GOAL_S:g} s: {verdict(met)} (hub: {shown} s)")
    if hub["profile"]:
        print("\n== hub profile, catch-up (cProfile: slower than the run above) ==")
        print(hub["profile"])
    print(
        result_line(
            {
                "events_behind": head,
                "hub_seconds": hub["seconds"] if hub["done"] else float("nan"),
                "hub_projected_s": hub["seconds"] if hub["done"] else hub["projected_s"],
                "hub_eps": hub["events_per_s"],
                "hub_done": hub["done"],
                "relay_seconds": results["relay"]["seconds"] if results["relay"]["done"] else float("nan"),
                "relay_projected_s": results["relay"]["seconds"]
                if results["relay"]["done"]
                else results["relay"]["projected_s"],
                "relay_eps": results["relay"]["events_per_s"],
                "hub_read_encode_eps": head / encode_s,
                "cap_s": cap,
                "goal_s": GOAL_S,
                "goal_met": met,
            }
        )
    )
