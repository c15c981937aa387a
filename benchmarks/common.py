"""Shared pieces of the benchmark suite: processes, fixtures, statistics, tables and RESULT lines.

Everything runs on 127.0.0.1. The hub and the relay each run in their own process, load generators in
another, so that on a small machine the numbers are not one process competing with itself.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import hashlib
import json
import math
import os
import platform
import resource
import shutil
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Self

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = Path(__file__).resolve().parent
CACHE_DIR = BENCH_DIR / ".cache"
RESULTS_DIR = BENCH_DIR / "results"
PY = sys.executable

# The demo chain's first store is the probe till's store; the second is where the reading till is.
STORE_A = "MO-SEN"
STORE_B = "MO-TAI"


def log(msg: str) -> None:
    """Progress goes to stderr so stdout holds only the tables and RESULT lines."""
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


# -- limits and processes --------------------------------------------------------------------------


def emit(event: str, **data: Any) -> None:
    """A child process's report to the benchmark process: one JSON line on stdout."""
    print(json.dumps({"event": event, **data}), flush=True)


def own_cpu_s() -> float:
    """CPU seconds this process has used so far (user + system)."""
    ru = resource.getrusage(resource.RUSAGE_SELF)
    return ru.ru_utime + ru.ru_stime


def raise_nofile(want: int = 8192) -> tuple[int, int]:
    """Raise the soft file-descriptor limit towards ``want`` (never above the hard limit)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = want if hard == resource.RLIM_INFINITY else min(want, hard)
    if soft < target:
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)


def _child_setup() -> None:  # runs in the child between fork and exec
    raise_nofile()
    with contextlib.suppress(Exception):
        # Linux: the child gets SIGTERM if the benchmark process dies, so nothing outlives a crash.
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def cpu_seconds(pid: int) -> float:
    """User + system CPU of a process (all its threads), from /proc."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return float("nan")
    fields = text.rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@dataclass
class Proc:
    """A child process (hub, relay or load generator) with its output in a log file."""

    name: str
    proc: asyncio.subprocess.Process
    log_path: Path
    lines: asyncio.Queue[str] = field(default_factory=asyncio.Queue)
    _pump: asyncio.Task[None] | None = None

    @property
    def pid(self) -> int:
        return self.proc.pid

    def cpu(self) -> float:
        return cpu_seconds(self.proc.pid)

    def tail(self, n: int = 30) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-n:])
        except OSError:
            return ""

    async def stop(self, timeout: float = 15.0) -> int | None:
        if self.proc.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                self.proc.send_signal(signal.SIGTERM)
            try:
                await asyncio.wait_for(self.proc.wait(), timeout)
            except TimeoutError:
                log(f"{self.name} did not stop in {timeout}s; killing it")
                with contextlib.suppress(ProcessLookupError):
                    self.proc.kill()
                await self.proc.wait()
        if self._pump is not None:
            self._pump.cancel()
            await asyncio.gather(self._pump, return_exceptions=True)
        return self.proc.returncode


async def spawn(name: str, args: Sequence[str], log_path: Path, *, stdin: bool = False) -> Proc:
    """Start ``python args...`` in the repo root; stdout lines are queued and also logged."""
    env = dict(os.environ, PYTHONUNBUFFERED="1", PYTHONPATH=str(ROOT))
    proc = await asyncio.create_subprocess_exec(
        PY,
        *args,
        cwd=str(ROOT),
        env=env,
        stdin=subprocess.PIPE if stdin else subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=log_path.open("ab"),
        preexec_fn=_child_setup,
        limit=64 << 20,
    )
    p = Proc(name, proc, log_path)

    async def pump() -> None:
        assert proc.stdout is not None
        with log_path.open("a") as out:
            while line := await proc.stdout.readline():
                text = line.decode(errors="replace").rstrip("\n")
                out.write(text + "\n")
                out.flush()
                p.lines.put_nowait(text)

    p._pump = asyncio.create_task(pump())
    return p


async def wait_port(port: int, proc: Proc, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.proc.returncode is not None:
            raise RuntimeError(f"{proc.name} exited with {proc.proc.returncode}:\n{proc.tail()}")
        try:
            _, writer = await asyncio.open_connection("127.0.0.1", port)
        except OSError:
            await asyncio.sleep(0.05)
            continue
        writer.close()
        with contextlib.suppress(Exception):
            await writer.wait_closed()
        return
    raise RuntimeError(f"{proc.name} did not listen on {port} within {timeout}s:\n{proc.tail()}")


async def start_hub(db: Path, workdir: Path, *, profile: Path | None = None) -> tuple[Proc, str]:
    """``python -m hub --db DB --port PORT`` in its own process (or under the profiling launcher)."""
    port = free_port()
    hub_args = ["--db", str(db), "--host", "127.0.0.1", "--port", str(port), "--log-level", "WARNING"]
    if profile is None:
        args = ["-m", "hub", *hub_args]
    else:
        args = ["-m", "benchmarks.hubprof", "--out", str(profile), "--", *hub_args]
    proc = await spawn("hub", args, workdir / "hub.log")
    await wait_port(port, proc)
    return proc, f"ws://127.0.0.1:{port}"


# -- where the hub keeps its log: a SQLite file, or PostgreSQL shared by one or more processes ------

PG_URL = os.environ.get(
    "STORE_BENCH_PG_URL",
    os.environ.get("STORE_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"),
)


@dataclass(frozen=True)
class HubSetup:
    """``sqlite``: one ``python -m hub`` on a copy of the seeded template file. ``postgresql``:
    ``processes`` hubs on one fresh schema of ``PG_URL`` (seeded like the template), devices spread
    over them round-robin as a TCP load balancer would."""

    backend: str = "sqlite"
    processes: int = 1

    @property
    def label(self) -> str:
        if self.backend == "sqlite":
            return "sqlite"
        return f"pg x{self.processes}"


SQLITE = HubSetup()


def _libpq(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def enroll_devices(db: Path | str, devices: Iterable[tuple[str, str | None]]) -> dict[str, str]:
    """Tokens for the benchmark's devices (one transaction); empty when the hub asks for none."""
    from hub.store import HubStore

    try:
        from hub.auth import enroll
    except ImportError:
        return {}
    store = HubStore.open(db)
    try:
        with store.db.write() as s:
            return {
                device: enroll(s, device, st, "till" if st else "office", replace=True)
                for device, st in devices
            }
    finally:
        store.close()


class HubDeployment:
    """The hub process(es) of one scenario, on a fresh database; ``urls`` to connect to, ``head()``."""

    def __init__(self, setup: HubSetup, db: Path | str, seed_head: int, schema: str | None) -> None:
        self.setup = setup
        self.db = db
        self.seed_head = seed_head
        self.schema = schema
        self.procs: list[Proc] = []
        self.urls: list[str] = []
        self.tokens: dict[str, str] = {}

    @classmethod
    async def start(
        cls,
        ctx: Context,
        bench: str,
        scenario: str,
        setup: HubSetup,
        devices: Iterable[tuple[str, str | None]] = (),
        *,
        profile: Path | None = None,
    ) -> HubDeployment:
        wd = ctx.scenario_dir(bench, scenario)
        if setup.backend == "sqlite":
            dep = cls(setup, ctx.fresh_hub_db(bench, scenario), ctx.template.head, None)
        else:
            dep = await asyncio.to_thread(cls._seed_postgres, setup, wd, f"{bench}_{scenario}")
        try:
            dep.tokens = await asyncio.to_thread(enroll_devices, dep.db, list(devices))
            for n in range(setup.processes):
                sub = wd / f"hub-{n + 1}" if setup.processes > 1 else wd
                sub.mkdir(parents=True, exist_ok=True)
                proc, url = await start_hub(dep.db, sub, profile=profile if n == 0 else None)  # type: ignore[arg-type]
                dep.procs.append(proc)
                dep.urls.append(url)
        except BaseException:
            await dep.stop()
            raise
        return dep

    @classmethod
    def _seed_postgres(cls, setup: HubSetup, wd: Path, name: str) -> HubDeployment:
        import psycopg
        from sqlalchemy.engine import make_url

        from desktop.demo import seed_hub
        from hub.store import HubStore

        schema = "bench_" + "".join(c if c.isalnum() else "_" for c in name.lower())[:40]
        with psycopg.connect(_libpq(PG_URL), autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
            conn.execute(f'CREATE SCHEMA "{schema}"')
        url = make_url(PG_URL).update_query_dict({"options": f"-csearch_path={schema}"})
        db = url.render_as_string(hide_password=False)
        store = HubStore.open(db)
        try:
            seed_hub(store, wd / "seed")
            head = store.head()
        finally:
            store.close()
        return cls(setup, db, head, schema)

    def head(self) -> int:
        if self.schema is None:
            return hub_head(self.db)  # type: ignore[arg-type]
        import psycopg

        with psycopg.connect(_libpq(str(self.db))) as conn:
            row = conn.execute("SELECT coalesce(max(hub_offset), 0) FROM events").fetchone()
            return int(row[0]) if row else 0

    def logged_by(self, device_prefix: str) -> int:
        """How many log entries devices named ``device_prefix...`` have (the hub logs facts of its own
        too, such as oversell alerts, so the head alone does not count the acked ones)."""
        query = "SELECT count(*) FROM events WHERE hub_offset IS NOT NULL AND device_id LIKE ?"
        pattern = device_prefix.replace("_", "\\_") + "%"
        if self.schema is None:
            with contextlib.closing(sqlite3.connect(f"file:{self.db}?mode=ro", uri=True, timeout=10)) as conn:
                return int(conn.execute(query + " ESCAPE '\\'", (pattern,)).fetchone()[0])
        import psycopg

        with psycopg.connect(_libpq(str(self.db))) as conn:
            row = conn.execute(query.replace("?", "%s") + " ESCAPE '\\'", (pattern,)).fetchone()
            return int(row[0]) if row else 0

    def server_procs(self) -> dict[str, Proc]:
        return {("server" if n == 0 else f"server{n + 1}"): p for n, p in enumerate(self.procs)}

    async def stop(self) -> None:
        await self.stop_processes()
        await self.drop()

    async def stop_processes(self) -> None:
        for proc in self.procs:
            await proc.stop()

    async def drop(self) -> None:
        """A PostgreSQL scenario leaves nothing behind (a SQLite copy goes with the temp folder)."""
        if self.schema is not None:
            import psycopg

            def drop() -> None:
                with psycopg.connect(_libpq(PG_URL), autocommit=True) as conn:
                    conn.execute(f'DROP SCHEMA IF EXISTS "{self.schema}" CASCADE')

            await asyncio.to_thread(drop)


async def start_relay(workdir: Path) -> tuple[Proc, str]:
    port = free_port()
    proc = await spawn("relay", ["-m", "benchmarks.relay", "--port", str(port)], workdir / "relay.log")
    await wait_port(port, proc)
    return proc, f"ws://127.0.0.1:{port}"


class JsonChild:
    """A child ``python -m MODULE CONFIG.json``: reports JSON lines (``{"event": ...}``) on stdout,
    takes commands on stdin, one a line, and stops by itself at its own deadline."""

    module = ""
    default_name = "child"
    routine: tuple[str, ...] = ()  # reports left out of the log tail shown on a failure

    def __init__(self, proc: Proc) -> None:
        self.proc = proc

    @classmethod
    async def start(cls, config: dict[str, Any], workdir: Path, name: str | None = None) -> Self:
        name = name or cls.default_name
        cfg_path = workdir / f"{name}.json"
        cfg_path.write_text(json.dumps(config))
        proc = await spawn(name, ["-m", cls.module, str(cfg_path)], workdir / f"{name}.log", stdin=True)
        return cls(proc)

    async def expect(self, event: str, timeout: float) -> dict[str, Any]:
        """The next report ``event`` (others are skipped); a ``failed`` report, the child exiting or
        ``timeout`` seconds without it raise."""
        name = self.proc.name
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"{name}: no '{event}' within {timeout}s:\n{self.tail()}")
            try:
                line = await asyncio.wait_for(self.proc.lines.get(), min(left, 1.0))
            except TimeoutError:
                code = self.proc.proc.returncode
                if code is not None and self.proc.lines.empty():
                    how = f"was killed by signal {-code}" if code < 0 else f"exited with {code}"
                    raise RuntimeError(f"{name} {how} before '{event}':\n{self.tail()}") from None
                continue
            if not line.startswith("{"):
                continue
            msg = json.loads(line)
            if msg.get("event") == "failed":
                raise RuntimeError(f"{name} failed: {msg.get('error')}\n{self.tail()}")
            if msg.get("event") == event:
                return msg

    def tail(self, n: int = 30) -> str:
        lines = self.proc.tail(1000).splitlines()
        return "\n".join([line for line in lines if not line.startswith(self.routine)][-n:])

    async def send(self, command: str) -> None:
        stdin = self.proc.proc.stdin
        if stdin is not None and not stdin.is_closing():
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                stdin.write((command + "\n").encode())
                await stdin.drain()

    async def stop(self) -> None:
        await self.send("stop")
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.proc.proc.wait(), 20)
        await self.proc.stop()


class LoadGen(JsonChild):
    """``python -m benchmarks.loadgen CONFIG``: load devices (``start`` / ``stop`` on stdin)."""

    module = "benchmarks.loadgen"
    default_name = "loadgen"


def machine_busy_seconds() -> float:
    """CPU seconds all processes of the machine have used (busy + steal), from /proc/stat."""
    try:
        fields = Path("/proc/stat").read_text().splitlines()[0].split()[1:]
    except OSError:
        return float("nan")
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(x) for x in fields[:8])
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


class CpuMeter:
    """CPU cores used per process over an interval (this process and its children), and by the rest
    of the machine: other work on the box slows every process of the benchmark down."""

    def __init__(self, procs: dict[str, Proc | None], self_label: str = "bench (tills)") -> None:
        self.self_label = self_label
        self.procs = {k: v for k, v in procs.items() if v is not None}
        self.t0 = time.monotonic()
        self.c0 = {k: p.cpu() for k, p in self.procs.items()}
        self.self0 = time.process_time()
        self.machine0 = machine_busy_seconds()

    def cores(self) -> dict[str, float]:
        wall = max(1e-9, time.monotonic() - self.t0)
        out = {k: (p.cpu() - self.c0[k]) / wall for k, p in self.procs.items()}
        out[self.self_label] = (time.process_time() - self.self0) / wall
        machine = (machine_busy_seconds() - self.machine0) / wall
        out["others"] = max(0.0, machine - sum(out.values()))
        out["wall_s"] = wall
        return out


def fmt_cores(cores: dict[str, float]) -> str:
    return ", ".join(f"{k} {v:.2f}" for k, v in cores.items() if k != "wall_s")


# -- fixtures: a seeded hub database ---------------------------------------------------------------


@dataclass(frozen=True)
class Catalogue:
    skus: tuple[tuple[str, int], ...]  # (sku, price_avos)
    stores: tuple[str, ...]

    @property
    def probe_skus(self) -> tuple[tuple[str, int], ...]:
        """Reserved for probes: background load never sells these."""
        return self.skus[:8]

    @property
    def load_skus(self) -> tuple[tuple[str, int], ...]:
        return self.skus[8:]


def catalogue() -> Catalogue:
    from core.demo_chain import demo_products, demo_stores

    return Catalogue(
        skus=tuple((p.sku, p.price_avos) for p in demo_products()),
        stores=tuple(s.store_id for s in demo_stores()),
    )


@dataclass(frozen=True)
class Template:
    path: Path
    head: int


def build_template(workdir: Path) -> Template:
    """A hub database seeded like the demo: stores, a few hundred products, opening stock."""
    from desktop.demo import seed_hub
    from hub.store import HubStore

    path = workdir / "template-hub.sqlite3"
    store = HubStore.open(path)
    try:
        seed_hub(store, workdir / "seed")
        head = store.head()
    finally:
        store.close()
    return Template(path, head)


def copy_db(src: Path, dest: Path) -> Path:
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, dest)
    # A WAL with content belongs to the copy; the -shm index is rebuilt by SQLite and never copied.
    wal = Path(str(src) + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        shutil.copyfile(wal, Path(str(dest) + "-wal"))
    return dest


def hub_head(db: Path) -> int:
    """The log head of a hub database, read without going through the hub (read-only)."""
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10)) as conn:
        return int(conn.execute("SELECT coalesce(max(hub_offset), 0) FROM events").fetchone()[0])


def schema_key(db: Path) -> str:
    """A hash of a database's schema: cached fixtures are rebuilt when the schema changes."""
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
        rows = conn.execute(
            "SELECT type, name, coalesce(sql, '') FROM sqlite_master ORDER BY type, name"
        ).fetchall()
    return hashlib.sha256(repr(rows).encode()).hexdigest()[:16]


def sale_payload(sku: str, price: int, sale_id: str) -> dict[str, Any]:
    return {
        "sale_id": sale_id,
        "lines": [{"sku": sku, "qty": 1, "unit_price_avos": price}],
        "total_avos": price,
    }


def occurred_now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S.000+00:00", time.gmtime())


# -- statistics and output ------------------------------------------------------------------------


def pct(values: Sequence[float], p: float) -> float:
    """Nearest-rank percentile; NaN for no values."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[rank - 1]


def summary_ms(values: Sequence[float]) -> dict[str, float]:
    """Seconds in, milliseconds out: p50/p95/p99/max/mean."""
    ms = [v * 1000 for v in values]
    return {
        "p50": pct(ms, 50),
        "p95": pct(ms, 95),
        "p99": pct(ms, 99),
        "max": max(ms) if ms else float("nan"),
        "mean": statistics.fmean(ms) if ms else float("nan"),
    }


def fmt(v: Any, digits: int = 1) -> str:
    if isinstance(v, float):
        if math.isnan(v):
            return "-"
        if abs(v) >= 10_000:
            return f"{v:,.0f}"
        return f"{v:,.{digits}f}"
    if isinstance(v, int) and not isinstance(v, bool):
        return f"{v:,}"
    return str(v)


def table(headers: Sequence[str], rows: Iterable[Sequence[Any]], digits: int = 1) -> str:
    cells = [[fmt(c, digits) for c in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in cells:
        for i, c in enumerate(row):
            widths[i] = max(widths[i], len(c))
    line = "  ".join(
        h.ljust(w) if i == 0 else h.rjust(w) for i, (h, w) in enumerate(zip(headers, widths, strict=True))
    )
    sep = "  ".join("-" * w for w in widths)
    body = [
        "  ".join(
            c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True))
        )
        for row in cells
    ]
    return "\n".join([line, sep, *body])


def result_line(values: dict[str, Any]) -> str:
    parts = []
    for k, v in values.items():
        if isinstance(v, bool):
            v = int(v)
        if isinstance(v, float):
            v = "nan" if math.isnan(v) else f"{v:.3f}".rstrip("0").rstrip(".")
        parts.append(f"{k}={v}")
    return "RESULT " + " ".join(parts)


def verdict(met: bool | None) -> str:
    return "n/a" if met is None else ("MET" if met else "MISSED")


# -- the header ------------------------------------------------------------------------------------


def _version(module: str) -> str:
    try:
        from importlib.metadata import version

        return version(module)
    except Exception:
        return "?"


def _git() -> str:
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, timeout=10
        ).stdout.strip()
        diff = subprocess.run(["git", "diff", "HEAD"], cwd=ROOT, capture_output=True, timeout=20).stdout
        dirty = f"+dirty:{hashlib.sha1(diff).hexdigest()[:8]}" if diff else ""
        return head + dirty
    except Exception:
        return "?"


def fsync_ms(workdir: Path, n: int = 30) -> float:
    """Median fsync time of the disk under the temp directory: the floor of a durable SQLite commit."""
    path = workdir / "fsync.probe"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
    times = []
    try:
        for _ in range(n):
            os.write(fd, b"x" * 4096)
            t = time.perf_counter()
            os.fsync(fd)
            times.append(time.perf_counter() - t)
    finally:
        os.close(fd)
        path.unlink(missing_ok=True)
    return statistics.median(times) * 1000


def header(workdir: Path) -> str:
    cpu_model = "?"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu_model = line.split(":", 1)[1].strip()
                break
    affinity = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    load1 = os.getloadavg()[0]
    busy = machine_busy_seconds()
    time.sleep(1.0)
    others = machine_busy_seconds() - busy
    lines = [
        "== store-manager sync benchmarks ==",
        f"cpus      {os.cpu_count()} (usable {affinity}) {cpu_model}",
        f"python    {platform.python_version()} ({platform.python_implementation()}) on {platform.platform()}",
        f"libs      websockets {_version('websockets')}, msgspec {_version('msgspec')}, "
        f"SQLAlchemy {_version('SQLAlchemy')}, SQLite {sqlite3.sqlite_version}",
        f"git       {_git()}",
        f"tmp dir   {workdir} (fsync p50 {fsync_ms(workdir):.2f} ms)",
        f"ulimit -n {soft} (hard {hard})",
        f"machine   load average {load1:.2f}; {others:.2f} cores busy just before the run"
        + (
            "  << OTHER WORK ON THIS MACHINE: numbers will be lower than on a quiet box"
            if others > 0.3
            else ""
        ),
        "processes hub / relay: own process each; load generators: another process; "
        "latency's till A: its own process; till B and the other measured tills: this process",
    ]
    return "\n".join(lines)


# -- the run context -------------------------------------------------------------------------------


@dataclass
class Options:
    quick: bool = False
    profile_hub: bool = False
    compression: bool = True
    extra: dict[str, Any] = field(default_factory=dict)


class Context:
    """One ``python -m benchmarks`` run: its temp directory, the seeded hub template, options."""

    def __init__(self, workdir: Path, options: Options) -> None:
        self.workdir = workdir
        self.options = options
        self.catalogue = catalogue()
        self._template: Template | None = None

    @property
    def template(self) -> Template:
        if self._template is None:
            log("seeding a template hub database (demo chain: stores, products, opening stock)")
            self._template = build_template(self.workdir / "template")
        return self._template

    def scenario_dir(self, bench: str, scenario: str) -> Path:
        path = self.workdir / bench / scenario
        path.mkdir(parents=True, exist_ok=True)
        return path

    def fresh_hub_db(self, bench: str, scenario: str) -> Path:
        return copy_db(self.template.path, self.scenario_dir(bench, scenario) / "hub.sqlite3")

    def profile_prefix(self, bench: str, scenario: str) -> Path | None:
        if not self.options.profile_hub:
            return None
        RESULTS_DIR.mkdir(parents=True, exist_ok=True)
        return RESULTS_DIR / f"{bench}-{scenario}"

    def loadgen_base(self, url: str, kind: str) -> dict[str, Any]:
        cat = self.catalogue
        return {
            "url": url,
            "kind": kind,
            "stores": list(cat.stores),
            "load_skus": [list(x) for x in cat.load_skus],
            "probe_skus": [list(x) for x in cat.probe_skus],
            "compression": self.options.compression,
            "versions": [int(v) for v in str(self.options.extra["bg_versions"]).split(",")]
            if "bg_versions" in self.options.extra
            else None,
        }


def profile_report(prefix: Path | None, top: int = 18) -> str:
    """The heaviest functions (own time) of each profiled hub thread group, as text."""
    if prefix is None:
        return ""
    import io
    import pstats

    out = io.StringIO()
    for group in ("loop", "writer", "readers", "other"):
        path = Path(f"{prefix}.{group}.prof")
        if not path.exists():
            continue
        stats = pstats.Stats(str(path), stream=out)
        total = sum(v[2] for v in stats.stats.values())  # type: ignore[attr-defined]
        out.write(f"\n-- hub profile: {group} thread(s), {total:.2f}s own time in total ({path.name}) --\n")
        stats.strip_dirs().sort_stats("tottime").print_stats(top)
        stats.sort_stats("cumulative").print_stats(top)
    return "\n".join(line for line in out.getvalue().splitlines() if line.strip())
