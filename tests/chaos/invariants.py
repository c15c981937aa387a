"""What must hold once the faults are healed, checked on the SQLite files themselves.

(a) every event a till committed is in the hub log exactly once (by ``event_id``), unchanged;
(b) the hub log's offsets are exactly 1..head;
(c) once a till has caught up with the hub head, its ``stock_balances`` equal the hub's for every
    (store, sku), and every balance table equals the sum of its own ``stock_movements``;
(d) every outbox is empty within 10 s of healing (``wait_outboxes_empty``).

Files are opened read-only with plain ``sqlite3`` (WAL lets us read while a hub or till still runs).
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterable, Mapping
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from tests.chaos.chain import wait_until

DRAIN_TIMEOUT = 10.0


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
    conn.execute("PRAGMA query_only=ON")
    return conn


@dataclass(frozen=True)
class EventRow:
    event_id: str
    device_id: str
    seq: int
    store_id: str | None
    kind: str
    payload: str
    status: str
    hub_offset: int | None

    @property
    def fact(self) -> tuple[str, int, str | None, str, str]:
        """What must be identical on every replica that holds the event."""
        return (self.device_id, self.seq, self.store_id, self.kind, self.payload)


@dataclass(frozen=True)
class Replica:
    """One SQLite file as the invariants see it (a till, or the hub's projection)."""

    path: Path
    device_id: str | None
    cursor: int
    events: dict[str, EventRow]
    balances: dict[tuple[str, str], int]  # zero balances left out
    movement_sums: dict[tuple[str, str], int]  # zero sums left out
    sale_ids: Counter[str]
    devices_last_seq: dict[str, int]  # hub only
    rejections: list[tuple[str, str, int, str]]  # hub only: (event_id, device_id, seq, reason)

    @property
    def head(self) -> int:
        return max((e.hub_offset or 0 for e in self.events.values()), default=0)

    def own(self) -> list[EventRow]:
        """This till's own facts (not received from the hub), in seq order."""
        mine = [e for e in self.events.values() if e.device_id == self.device_id and e.status != "remote"]
        return sorted(mine, key=lambda e: e.seq)

    def pending(self) -> int:
        return sum(1 for e in self.own() if e.status == "pending")


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def read_replica(path: Path) -> Replica:
    with closing(_connect(path)) as conn:
        tables = _tables(conn)
        device_id, cursor = None, 0
        if "replica_state" in tables:
            row = conn.execute("SELECT device_id, hub_cursor FROM replica_state WHERE id = 1").fetchone()
            if row is not None:
                device_id, cursor = row[0], int(row[1])
        events = {
            r[0]: EventRow(*r)
            for r in conn.execute(
                "SELECT event_id, device_id, seq, store_id, kind, payload, status, hub_offset FROM events"
            )
        }
        balances = {
            (s, k): q for s, k, q in conn.execute("SELECT store_id, sku, on_hand FROM stock_balances") if q
        }
        sums = {
            (s, k): q
            for s, k, q in conn.execute(
                "SELECT store_id, sku, SUM(delta) FROM stock_movements GROUP BY store_id, sku"
            )
            if q
        }
        sale_ids = Counter(r[0] for r in conn.execute("SELECT sale_id FROM sales"))
        devices: dict[str, int] = {}
        rejections: list[tuple[str, str, int, str]] = []
        if "hub_devices" in tables:
            devices = dict(conn.execute("SELECT device_id, last_seq FROM hub_devices").fetchall())
        if "hub_rejections" in tables:
            rejections = conn.execute(
                "SELECT event_id, device_id, seq, reason FROM hub_rejections"
            ).fetchall()
    return Replica(path, device_id, cursor, events, balances, sums, sale_ids, devices, rejections)


def pending_count(path: Path) -> int:
    """The outbox: this device's events still ``pending``."""
    with closing(_connect(path)) as conn:
        row = conn.execute(
            "SELECT COUNT(*) FROM events e JOIN replica_state r ON r.id = 1 "
            "WHERE e.status = 'pending' AND e.device_id = r.device_id"
        ).fetchone()
        return int(row[0])


def cursor_of(path: Path) -> int:
    with closing(_connect(path)) as conn:
        return int(conn.execute("SELECT hub_cursor FROM replica_state WHERE id = 1").fetchone()[0])


def hub_head(path: Path) -> int:
    with closing(_connect(path)) as conn:
        return int(conn.execute("SELECT COALESCE(MAX(hub_offset), 0) FROM events").fetchone()[0])


async def wait_outboxes_empty(till_paths: Iterable[Path], timeout: float = DRAIN_TIMEOUT) -> float:
    """(d): every till's outbox empties within ``timeout`` seconds; returns how long it took."""
    paths = list(till_paths)

    def diagnose() -> str:
        return "\n".join(f"  {p.name}: {pending_count(p)} pending" for p in paths)

    return await wait_until(
        lambda: all(pending_count(p) == 0 for p in paths), timeout, "every outbox to drain", diagnose
    )


async def wait_caught_up(hub_path: Path, till_paths: Iterable[Path], timeout: float = DRAIN_TIMEOUT) -> float:
    """Every till's cursor reaches the hub's head (the hub takes no more writes by now)."""
    paths = list(till_paths)

    def diagnose() -> str:
        return f"  hub head {hub_head(hub_path)}\n" + "\n".join(
            f"  {p.name}: cursor {cursor_of(p)}" for p in paths
        )

    return await wait_until(
        lambda: all(cursor_of(p) >= hub_head(hub_path) for p in paths), timeout, "tills to catch up", diagnose
    )


# -- the checks: each returns a list of violations, empty when it holds ---------------------------


def check_exactly_once(hub: Replica, till: Replica, committed: Iterable[str] = ()) -> list[str]:
    """(a) The till's own facts (and every id it reported committing) are in the hub log once, unchanged,
    acked on the till; the hub holds nothing under this device that the till did not make."""
    bad: list[str] = []
    name = till.path.name
    own = till.own()
    own_ids = {e.event_id for e in own}
    for event_id in committed:
        if event_id not in own_ids:
            bad.append(f"{name}: reported committed {event_id} is not in its own replica")
    seqs = [e.seq for e in own]
    if seqs != list(range(1, len(seqs) + 1)):
        bad.append(f"{name}: own seqs are not 1..{len(seqs)}: {seqs[:10]}...")
    for e in own:
        logged = hub.events.get(e.event_id)
        if logged is None:
            bad.append(f"{name}: {e.event_id} (seq {e.seq}, {e.status}) is not in the hub log")
            continue
        if logged.fact != e.fact:
            bad.append(f"{name}: {e.event_id} differs on the hub: {logged.fact} != {e.fact}")
        if logged.hub_offset is None:
            bad.append(f"{name}: {e.event_id} is on the hub without an offset")
        if e.status != "acked":
            bad.append(f"{name}: {e.event_id} seq {e.seq} is {e.status!r} on the till, not 'acked'")
        if e.hub_offset is not None and logged.hub_offset is not None and e.hub_offset != logged.hub_offset:
            bad.append(
                f"{name}: {e.event_id} has offset {e.hub_offset} on the till, {logged.hub_offset} on the hub"
            )
    on_hub = Counter((e.device_id, e.seq) for e in hub.events.values() if e.device_id == till.device_id)
    for (_, seq), n in on_hub.items():
        if n != 1:
            bad.append(f"{name}: the hub logged seq {seq} {n} times")
    extra = {e.event_id for e in hub.events.values() if e.device_id == till.device_id} - own_ids
    if extra:
        bad.append(f"{name}: the hub has {len(extra)} events of this device the till never made")
    if till.device_id is not None and hub.devices_last_seq.get(till.device_id, 0) != len(own):
        bad.append(
            f"{name}: hub's last_seq {hub.devices_last_seq.get(till.device_id)} != till's {len(own)} facts"
        )
    rejected = [r for r in hub.rejections if r[1] == till.device_id]
    if rejected:
        bad.append(f"{name}: the hub rejected {rejected[:3]}")
    return bad


def check_log(hub: Replica) -> list[str]:
    """(b) Offsets are exactly 1..head: no gap, no duplicate, none missing; every sale once."""
    bad: list[str] = []
    offsets = sorted(e.hub_offset for e in hub.events.values() if e.hub_offset is not None)
    unlogged = [e.event_id for e in hub.events.values() if e.hub_offset is None]
    if unlogged:
        bad.append(f"hub: {len(unlogged)} events without an offset, e.g. {unlogged[:3]}")
    if offsets != list(range(1, len(offsets) + 1)):
        dupes = [o for o, n in Counter(offsets).items() if n > 1]
        missing = sorted(set(range(1, (offsets[-1] if offsets else 0) + 1)) - set(offsets))
        bad.append(f"hub: offsets are not 1..{len(offsets)}: duplicates {dupes[:5]}, missing {missing[:5]}")
    sales = sum(1 for e in hub.events.values() if e.kind == "sale.recorded")
    if sum(hub.sale_ids.values()) != sales or any(n > 1 for n in hub.sale_ids.values()):
        bad.append(f"hub: {sum(hub.sale_ids.values())} sale rows for {sales} sale events")
    return bad


def check_balances(hub: Replica, tills: Iterable[Replica]) -> list[str]:
    """(c) Each caught-up till's balances equal the hub's; every balance table is the sum of its ledger."""
    bad: list[str] = []
    if hub.balances != hub.movement_sums:
        bad.append(
            f"hub: balances differ from the sum of its movements: {_diff(hub.balances, hub.movement_sums)}"
        )
    for till in tills:
        name = till.path.name
        if till.cursor != hub.head:
            bad.append(f"{name}: cursor {till.cursor} != hub head {hub.head}: not caught up")
            continue
        if till.balances != hub.balances:
            bad.append(f"{name}: balances differ from the hub's: {_diff(till.balances, hub.balances)}")
        if till.balances != till.movement_sums:
            bad.append(
                f"{name}: balances differ from its movements: {_diff(till.balances, till.movement_sums)}"
            )
        dup_sales = [s for s, n in till.sale_ids.items() if n > 1]
        if dup_sales:
            bad.append(f"{name}: sales recorded twice: {dup_sales[:3]}")
    return bad


def _diff(a: Mapping[tuple[str, str], int], b: Mapping[tuple[str, str], int]) -> str:
    keys = sorted(set(a) | set(b))
    rows = [f"{k}: {a.get(k, 0)} vs {b.get(k, 0)}" for k in keys if a.get(k, 0) != b.get(k, 0)]
    return "; ".join(rows[:8]) + (f" (+{len(rows) - 8} more)" if len(rows) > 8 else "")


def assert_invariants(
    hub_path: Path, till_paths: Iterable[Path], committed: Mapping[Path, Iterable[str]] | None = None
) -> tuple[Replica, list[Replica]]:
    """(a), (b) and (c) on the files, all violations reported at once."""
    hub = read_replica(hub_path)
    tills = [read_replica(p) for p in till_paths]
    committed = committed or {}
    bad = check_log(hub)
    for till in tills:
        bad += check_exactly_once(hub, till, committed.get(till.path, ()))
    bad += check_balances(hub, tills)
    assert not bad, "invariants violated:\n  " + "\n  ".join(bad)
    return hub, tills
