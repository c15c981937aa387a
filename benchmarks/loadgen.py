"""Load generators, run in their own process: ``python -m benchmarks.loadgen CONFIG.json``.

Raw websocket devices that speak the sync protocol (``hello``, then ``push`` batches of correctly
sequenced sales for their own device id) against the hub, or that push the same frames through the
relay. Every connection drains what it is sent: through websockets when the device needs what it
receives (pushers wait for acks, the observer and the fan-out receivers look for a sale), through a
bare frame reader (``RawDrain``) when it does not. Reports go to stdout as JSON lines
(``{"event": "ready" | "result" | "failed", ...}``); ``start`` and ``stop`` come on stdin. Every mode
also stops by itself at ``deadline_s``.

Modes:
- ``bg``: the background of the latency benchmark: N devices connected, some pushing sales at a fixed
  total rate, plus an observer that timestamps the frames carrying probe sales. The silent ones (neither
  pushing nor observing) stand for other PCs: once connected (and welcomed by the hub) their socket is
  handed to ``RawDrain``, which reads every byte, answers pings and the closing handshake and parses
  nothing but frame headers, so they cost this machine little CPU (``raw_drain: false``: websockets).
- ``throughput``: pushers sending batches as fast as acks allow (relay: as fast as a sink receives them).
- ``fanout``: N receivers and one pusher; time from a push to the last receiver seeing the event.
- ``feeder``: plays the hub through the relay for the catch-up baseline: answers a hello with a
  welcome and sends pre-encoded log pages.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import random
import struct
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import msgspec
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed

from benchmarks.common import emit, own_cpu_s, pct, raise_nofile, sale_payload
from benchmarks.rawdrain import RawDrain, take_over
from core.events import EventRecord
from core.ids import new_id
from core.protocol import (
    MAX_MESSAGE_BYTES,
    MAX_PUSH_EVENTS,
    Ack,
    Error,
    Gap,
    Hello,
    Push,
    Welcome,
    client_decoder,
    encode,
    hub_decoder,
)

now = time.monotonic  # CLOCK_MONOTONIC: comparable with the parent process's timestamps on Linux


class Commands:
    """``start`` / ``stop`` lines from the parent on stdin (EOF counts as stop)."""

    def __init__(self) -> None:
        self.started = asyncio.Event()
        self.stopped = asyncio.Event()

    async def listen(self) -> None:
        loop = asyncio.get_running_loop()
        reader = asyncio.StreamReader()
        try:
            await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
        except (OSError, ValueError):
            return
        while line := await reader.readline():
            cmd = line.decode().strip()
            if cmd == "start":
                self.started.set()
            elif cmd == "stop":
                self.stopped.set()
                self.started.set()
        self.stopped.set()
        self.started.set()


_EVENTS_TAG = b'"type":"events"'


def is_events(raw: bytes | str) -> bool:
    head = raw[:48]
    return (_EVENTS_TAG if isinstance(head, bytes) else _EVENTS_TAG.decode()) in head


def as_bytes(raw: bytes | str) -> bytes:
    return raw if isinstance(raw, bytes) else raw.encode()


_stamp = ["", -1]


def occurred_at() -> str:
    second = int(time.time())
    if _stamp[1] != second:
        _stamp[0] = time.strftime("%Y-%m-%dT%H:%M:%S.000+00:00", time.gmtime(second))
        _stamp[1] = second
    return str(_stamp[0])


@dataclass(eq=False)
class Device:
    device_id: str
    store_id: str
    ws: ClientConnection
    seq: int = 0
    frames: int = 0
    bytes: int = 0
    replies: asyncio.Queue[Ack | Gap | Error] = field(default_factory=asyncio.Queue)
    reader: asyncio.Task[None] | None = None
    raw: RawDrain | None = None  # set: its socket was taken from websockets (``ws`` is not used again)

    def sale(self, skus: list[tuple[str, int]], rng: random.Random) -> EventRecord:
        self.seq += 1
        sku, price = rng.choice(skus)
        return EventRecord(
            event_id=new_id(),
            device_id=self.device_id,
            seq=self.seq,
            store_id=self.store_id,
            kind="sale.recorded",
            occurred_at=occurred_at(),
            payload=sale_payload(sku, price, new_id()),
        )


Hook = Callable[[Device, bytes | str, float], None]


class Fleet:
    """Open devices against the hub (``hello`` first) or the relay (nothing to say first)."""

    def __init__(self, cfg: dict[str, Any]) -> None:
        self.url: str = cfg["url"]
        # Several hub processes on one database: devices spread over them as a load balancer would.
        self.urls: list[str] = cfg.get("urls") or [self.url]
        self.tokens: dict[str, str] = cfg.get("tokens") or {}  # device id -> token (enrolled devices)
        self._opened = 0
        self.kind: str = cfg["kind"]
        self.cursor: int = cfg.get("cursor", 0)
        self.compression: str | None = "deflate" if cfg.get("compression", True) else None
        # What-if knob: devices that speak only protocol v1 get no checkpoints from the hub.
        self.versions: list[int] | None = cfg.get("versions")
        self.concurrency = asyncio.Semaphore(cfg.get("connect_concurrency", 50))
        # Silent devices (``open(raw=True)``) drain with ``RawDrain`` unless this is off.
        self.raw_drain: bool = bool(cfg.get("raw_drain", True))
        self.devices: list[Device] = []

    async def open(
        self, device_id: str, store_id: str, hook: Hook | None = None, raw: bool = False
    ) -> Device:
        """A device connected (hub: welcomed) and draining. ``raw``: it never looks at what it gets,
        so its socket goes to a ``RawDrain`` (unless the fleet's ``raw_drain`` is off)."""
        url = self.urls[self._opened % len(self.urls)]
        self._opened += 1
        async with self.concurrency:
            ws = await connect(
                url,
                max_size=MAX_MESSAGE_BYTES,
                compression=self.compression,
                open_timeout=60,
                ping_interval=20,
                ping_timeout=60,
                close_timeout=2,
            )
            dev = Device(device_id, store_id, ws)
            if self.kind == "hub":
                token = self.tokens.get(device_id, "")
                hello = Hello(
                    device_id=device_id,
                    store_id=store_id,
                    token=token,
                    cursor=self.cursor,
                    app_version="bench",
                )
                if self.versions:
                    hello = Hello(
                        device_id=device_id,
                        store_id=store_id,
                        token=token,
                        cursor=self.cursor,
                        app_version="bench",
                        versions=self.versions,
                    )
                await ws.send(encode(hello))
                while True:
                    msg = hub_decoder.decode(await asyncio.wait_for(ws.recv(), 60))
                    if isinstance(msg, Welcome):
                        dev.seq = msg.last_seq_seen
                        break
                    if isinstance(msg, Error):
                        raise RuntimeError(f"hub refused {device_id}: {msg.code} {msg.detail}")
            if raw and hook is None and self.raw_drain:
                dev.raw = take_over(ws)  # no await since the welcome: websockets reads nothing more
        if dev.raw is None:
            dev.reader = asyncio.create_task(self._drain(dev, hook))
        self.devices.append(dev)
        return dev

    async def open_many(
        self, specs: list[tuple[str, str]], hook: Hook | None = None, raw: bool = False
    ) -> list[Device]:
        return list(await asyncio.gather(*(self.open(d, s, hook, raw) for d, s in specs)))

    async def _drain(self, dev: Device, hook: Hook | None) -> None:
        hub = self.kind == "hub"
        with contextlib.suppress(ConnectionClosed):
            async for raw in dev.ws:
                dev.frames += 1
                dev.bytes += len(raw)
                if hook is not None:
                    hook(dev, raw, now())
                if hub and not is_events(raw):
                    try:
                        msg = hub_decoder.decode(raw)
                    except (msgspec.DecodeError, msgspec.ValidationError):
                        continue
                    if isinstance(msg, Ack | Gap | Error):
                        dev.replies.put_nowait(msg)

    async def close(self) -> None:
        async def one(dev: Device) -> None:
            if dev.raw is not None:  # websockets no longer owns the socket: its close() would hang
                await dev.raw.close(5)
                return
            with contextlib.suppress(Exception):
                await asyncio.wait_for(dev.ws.close(), 5)
            if dev.reader is not None:
                dev.reader.cancel()
                await asyncio.gather(dev.reader, return_exceptions=True)

        await asyncio.gather(*(one(d) for d in self.devices))

    def drained(self) -> dict[str, int]:
        raw = [d.raw for d in self.devices if d.raw is not None]
        return {
            "frames": sum(d.frames for d in self.devices) + sum(r.frames for r in raw),
            "bytes": sum(d.bytes for d in self.devices) + sum(r.bytes for r in raw),
            "raw_devices": len(raw),
            "raw_errors": sum(1 for r in raw if r.error),
        }


@dataclass
class PushStats:
    applied: int = 0
    rejected: int = 0
    duplicate: int = 0
    gaps: int = 0
    errors: int = 0
    pushes: int = 0
    events_sent: int = 0
    ack_latency: list[float] = field(default_factory=list)
    applied_at: dict[int, int] = field(default_factory=lambda: defaultdict(int))  # second -> events
    first_error: str = ""
    window: tuple[float, float] = (float("inf"), float("-inf"))  # (start, end) of the measured window
    window_applied: int = 0
    window_latency: list[float] = field(default_factory=list)
    window_acks: list[tuple[float, int]] = field(default_factory=list)

    def count(self, t: float, n: int, latency: float | None) -> None:
        """``n`` events durably acked (relay: delivered) at ``t``, ``latency`` after their push."""
        self.applied += n
        self.applied_at[int(t)] += n
        if latency is not None:
            self.ack_latency.append(latency)
        if self.window[0] <= t <= self.window[1]:
            self.window_applied += n
            self.window_acks.append((t, n))
            if latency is not None:
                self.window_latency.append(latency)

    def window_rate(self) -> float:
        """Events/s between the first and the last ack of the window (steady state, no edge effects)."""
        acks = sorted(self.window_acks)
        if len(acks) < 2 or acks[-1][0] <= acks[0][0]:
            return float("nan")
        return sum(n for _, n in acks[1:]) / (acks[-1][0] - acks[0][0])

    def as_dict(self) -> dict[str, Any]:
        lat = [x * 1000 for x in self.ack_latency]
        return {
            "applied": self.applied,
            "rejected": self.rejected,
            "duplicate": self.duplicate,
            "gaps": self.gaps,
            "errors": self.errors,
            "pushes": self.pushes,
            "events_sent": self.events_sent,
            "ack_p50_ms": pct(lat, 50),
            "ack_p99_ms": pct(lat, 99),
            "applied_at": {str(k): v for k, v in self.applied_at.items()},
            "first_error": self.first_error,
            "window_applied": self.window_applied,
            "window_ack_p50_ms": pct([x * 1000 for x in self.window_latency], 50),
            "window_ack_p99_ms": pct([x * 1000 for x in self.window_latency], 99),
        }


async def push_hub(dev: Device, batch: list[EventRecord], stats: PushStats, timeout: float = 60.0) -> int:
    """Push one batch and wait for its answer; returns the device's last seq the hub has processed."""
    t0 = now()
    await dev.ws.send(encode(Push(id=batch[0].seq, events=batch)))
    stats.pushes += 1
    stats.events_sent += len(batch)
    reply = await asyncio.wait_for(dev.replies.get(), timeout)
    t1 = now()
    last = batch[0].seq - 1
    if isinstance(reply, Ack):
        applied = 0
        for r in reply.results:
            if r.status == "applied":
                applied += 1
            elif r.status == "rejected":
                stats.rejected += 1
                stats.first_error = stats.first_error or f"rejected: {r.reason}"
            else:
                stats.duplicate += 1
        stats.count(t1, applied, t1 - t0)
        last = reply.last_seq
        await asyncio.sleep(0)
        while not dev.replies.empty():  # a gap may follow the ack of the events before it
            extra = dev.replies.get_nowait()
            if isinstance(extra, Gap):
                stats.gaps += 1
                last = extra.expected - 1
    elif isinstance(reply, Gap):
        stats.gaps += 1
        last = reply.expected - 1
    else:
        stats.errors += 1
        stats.first_error = stats.first_error or f"error: {reply.code} {reply.detail}"
        await asyncio.sleep(0.1)
    return last


# -- mode: bg ---------------------------------------------------------------------------------------


async def mode_bg(cfg: dict[str, Any], cmds: Commands) -> dict[str, Any]:
    fleet = Fleet(cfg)
    stores: list[str] = cfg["stores"]
    skus = [tuple(x) for x in cfg["load_skus"]]
    probe_markers = [f'"{sku}"'.encode() for sku, _ in cfg["probe_skus"]]
    probe_set = {sku for sku, _ in cfg["probe_skus"]}
    observed: dict[str, float] = {}

    def observe(dev: Device, raw: bytes | str, t: float) -> None:
        data = as_bytes(raw)
        if not any(m in data for m in probe_markers):
            return
        with contextlib.suppress(Exception):
            msg = msgspec.json.decode(data)
            events = [i["event"] for i in msg.get("items", [])] or msg.get("events", [])
            for ev in events:
                lines = ev.get("payload", {}).get("lines", [])
                if any(line.get("sku") in probe_set for line in lines):
                    observed.setdefault(ev["event_id"], t)

    n = cfg["devices"]
    specs = [(f"bench-bg-{i:04d}", stores[i % len(stores)]) for i in range(n)]
    n_push = min(n, cfg["pushers"])
    t_connect = now()
    # The first ``pushers`` push (websockets: they read acks); the rest only drain (``RawDrain``).
    pushers, _silent = await asyncio.gather(
        fleet.open_many(specs[:n_push]), fleet.open_many(specs[n_push:], raw=True)
    )
    if cfg.get("observer", True):
        await fleet.open("bench-observer", stores[-1], observe)
    raw = sum(1 for d in fleet.devices if d.raw is not None)
    emit("ready", connected=len(fleet.devices), raw=raw, connect_s=now() - t_connect)
    await cmds.started.wait()

    rate_each = cfg["rate"] / max(1, len(pushers))
    flush = cfg.get("flush_ms", 0) / 1000
    stats = PushStats()
    rng = random.Random(cfg.get("seed", 1))
    t_start = now()
    t_stop = t_start + cfg["max_run_s"]

    async def pusher(dev: Device, offset: float) -> None:
        created = 0
        outbox: list[EventRecord] = []
        start = t_start + offset
        next_flush = start
        while not cmds.stopped.is_set() and now() < t_stop:
            due = start + (created + 1) / rate_each
            wait = max(next_flush, due) - now()
            if wait > 0:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(cmds.stopped.wait(), wait)
                continue
            t = now()
            n_due = int((t - start) * rate_each) - created
            outbox.extend(dev.sale(skus, rng) for _ in range(n_due))
            created += n_due
            next_flush = t + flush
            if not outbox:
                continue
            batch = outbox[:MAX_PUSH_EVENTS]
            if fleet.kind == "hub":
                try:
                    last = await push_hub(dev, batch, stats)
                except (TimeoutError, ConnectionClosed) as exc:
                    stats.errors += 1
                    stats.first_error = stats.first_error or repr(exc)
                    return
                outbox = [e for e in outbox if e.seq > last]
            else:
                await dev.ws.send(encode(Push(id=batch[0].seq, events=batch)))
                stats.pushes += 1
                stats.events_sent += len(batch)
                stats.count(now(), len(batch), None)
                del outbox[: len(batch)]

    cpu0 = own_cpu_s()
    tasks = [asyncio.create_task(pusher(d, rng.uniform(0, 1 / max(rate_each, 1e-9)))) for d in pushers]
    await asyncio.gather(*tasks)
    # No pushers (an idle background) or they hit the time limit: stay connected until told to stop.
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(cmds.stopped.wait(), max(0.0, t_stop - now()))
    t_end = now()
    cpu = own_cpu_s() - cpu0
    await fleet.close()
    return {
        "push": stats.as_dict(),
        "run_s": t_end - t_start,
        "cpu_cores": cpu / max(1e-9, t_end - t_start),
        "drained": fleet.drained(),
        "observed": observed,
    }


# -- mode: throughput -------------------------------------------------------------------------------


def _push_id(raw: bytes | str) -> int | None:
    data = as_bytes(raw)
    at = data.rfind(b'"id":')
    if at < 0:
        return None
    end = at + 5
    while end < len(data) and data[end : end + 1].isdigit():
        end += 1
    try:
        return int(data[at + 5 : end])
    except ValueError:
        return None


async def mode_throughput(cfg: dict[str, Any], cmds: Commands) -> dict[str, Any]:
    fleet = Fleet(cfg)
    stores: list[str] = cfg["stores"]
    skus = [tuple(x) for x in cfg["load_skus"]]
    batch_size: int = cfg["batch"]
    waiting: dict[int, asyncio.Future[float]] = {}

    def sink_hook(dev: Device, raw: bytes | str, t: float) -> None:
        pid = _push_id(raw)
        fut = waiting.pop(pid, None) if pid is not None else None
        if fut is not None and not fut.done():
            fut.set_result(t)

    n = cfg["pushers"]
    devices = await fleet.open_many([(f"bench-tp-{i:03d}", stores[i % len(stores)]) for i in range(n)])
    if fleet.kind == "relay":
        await fleet.open("bench-tp-sink", stores[0], sink_hook)
    emit("ready", connected=len(fleet.devices))
    stats = PushStats()
    rng = random.Random(cfg.get("seed", 2))
    t0 = now()
    t_end = t0 + cfg["warmup_s"] + cfg["duration_s"]
    stats.window = (t0 + cfg["warmup_s"], t_end)
    cpu0 = own_cpu_s()

    async def pusher(index: int, dev: Device) -> None:
        counter = 0
        while now() < t_end and not cmds.stopped.is_set():
            batch = [dev.sale(skus, rng) for _ in range(batch_size)]
            if fleet.kind == "hub":
                try:
                    last = await push_hub(dev, batch, stats)
                except (TimeoutError, ConnectionClosed) as exc:
                    stats.errors += 1
                    stats.first_error = stats.first_error or repr(exc)
                    return
                dev.seq = last  # resend from the hub's view after a gap (never expected here)
            else:
                counter += 1
                pid = index * 1_000_000_000 + counter
                fut: asyncio.Future[float] = asyncio.get_running_loop().create_future()
                waiting[pid] = fut
                ts = now()
                await dev.ws.send(encode(Push(id=pid, events=batch)))
                stats.pushes += 1
                stats.events_sent += len(batch)
                try:
                    t_seen = await asyncio.wait_for(fut, 60)
                except TimeoutError:
                    stats.errors += 1
                    stats.first_error = stats.first_error or "relay: sink never saw a push"
                    return
                stats.count(t_seen, len(batch), t_seen - ts)

    await asyncio.gather(*(pusher(i, d) for i, d in enumerate(devices)))
    t_done = now()
    cpu = own_cpu_s() - cpu0
    await fleet.close()
    return {
        "push": stats.as_dict(),
        "window_s": cfg["duration_s"],
        "events_per_s": stats.window_rate(),
        "window_acks": len(stats.window_acks),
        "run_s": t_done - t0,
        "cpu_cores": cpu / (t_done - t0),
        "drained": fleet.drained(),
    }


# -- mode: fanout -----------------------------------------------------------------------------------


async def mode_fanout(cfg: dict[str, Any], cmds: Commands) -> dict[str, Any]:
    fleet = Fleet(cfg)
    stores: list[str] = cfg["stores"]
    skus = [tuple(x) for x in cfg["load_skus"]]
    n: int = cfg["receivers"]
    state: dict[str, Any] = {"marker": None, "arrivals": [], "done": asyncio.Event()}
    seen: dict[int, bytes] = {}

    def hook(dev: Device, raw: bytes | str, t: float) -> None:
        marker = state["marker"]
        if marker is None or seen.get(id(dev)) == marker:
            return
        if marker in as_bytes(raw):
            seen[id(dev)] = marker
            state["arrivals"].append(t)
            if len(state["arrivals"]) >= n:
                state["done"].set()

    t_connect = now()
    specs = [(f"bench-fan-rx-{i:04d}", stores[i % len(stores)]) for i in range(n)]
    await fleet.open_many(specs, hook)
    connect_s = now() - t_connect
    tx = await fleet.open("bench-fan-tx", stores[0])
    emit("ready", connected=len(fleet.devices), connect_s=connect_s)
    rng = random.Random(cfg.get("seed", 3))
    stats = PushStats()
    samples: list[dict[str, float]] = []
    timeouts = 0
    total = cfg["warmup_events"] + cfg["events"]
    cpu0 = own_cpu_s()
    t_begin = now()
    for k in range(total):
        if cmds.stopped.is_set() or now() - t_begin > cfg["max_run_s"]:
            break
        ev = tx.sale(skus, rng)
        state["marker"] = ev.event_id.encode()
        state["arrivals"] = []
        state["done"] = asyncio.Event()
        t0 = now()
        if fleet.kind == "hub":
            ack = asyncio.create_task(push_hub(tx, [ev], stats))
        else:
            await tx.ws.send(encode(Push(id=ev.seq, events=[ev])))
            ack = None
        try:
            await asyncio.wait_for(state["done"].wait(), cfg["event_timeout_s"])
        except TimeoutError:
            timeouts += 1
        arrivals = sorted(a - t0 for a in state["arrivals"])
        state["marker"] = None
        if ack is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(ack, 30)
        if k >= cfg["warmup_events"] and arrivals:
            samples.append(
                {
                    "first": arrivals[0],
                    "median": arrivals[len(arrivals) // 2],
                    "last": arrivals[-1],
                    "received": len(arrivals),
                }
            )
        await asyncio.sleep(cfg["interval_s"])
    t_end = now()
    cpu = own_cpu_s() - cpu0
    await fleet.close()
    return {
        "samples": samples,
        "timeouts": timeouts,
        "push": stats.as_dict(),
        "connect_s": connect_s,
        "cpu_cores": cpu / max(1e-9, t_end - t_begin),
    }


# -- mode: feeder -----------------------------------------------------------------------------------


def read_pages(path: Path) -> list[bytes]:
    data = path.read_bytes()
    pages, at = [], 0
    while at < len(data):
        (size,) = struct.unpack_from("<I", data, at)
        pages.append(data[at + 4 : at + 4 + size])
        at += 4 + size
    return pages


async def mode_feeder(cfg: dict[str, Any], cmds: Commands) -> dict[str, Any]:
    pages = read_pages(Path(cfg["pages_file"]))
    ws = await connect(cfg["url"], max_size=MAX_MESSAGE_BYTES, open_timeout=30, close_timeout=2)
    emit("ready", pages=len(pages))
    hello = client_decoder.decode(await asyncio.wait_for(ws.recv(), cfg["deadline_s"]))
    assert isinstance(hello, Hello), hello
    t0 = now()
    await ws.send(encode(Welcome(id=hello.id, hub_epoch=cfg["epoch"], head=cfg["head"], last_seq_seen=0)))
    for page in pages:
        await ws.send(page)
    sent_s = now() - t0
    # Stay connected (and drain) until the parent has seen the client catch up.
    with contextlib.suppress(ConnectionClosed):
        while not cmds.stopped.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(ws.recv(), 0.5)
    with contextlib.suppress(Exception):
        await asyncio.wait_for(ws.close(), 5)
    return {"sent_s": sent_s, "pages": len(pages), "bytes": sum(len(p) for p in pages)}


MODES = {"bg": mode_bg, "throughput": mode_throughput, "fanout": mode_fanout, "feeder": mode_feeder}


async def main(cfg: dict[str, Any]) -> None:
    cmds = Commands()
    listener = asyncio.create_task(cmds.listen())
    if not cfg.get("wait_start", False):
        cmds.started.set()
    try:
        result = await asyncio.wait_for(MODES[cfg["mode"]](cfg, cmds), cfg["deadline_s"])
        emit("result", **result)
    except Exception as exc:
        emit("failed", error=repr(exc))
    finally:
        listener.cancel()


if __name__ == "__main__":
    raise_nofile(16384)
    config = json.loads(Path(sys.argv[1]).read_text())
    asyncio.run(main(config))
