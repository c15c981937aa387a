"""The hub's durable state, synchronous SQLAlchemy. The server calls it from worker threads only.

The hub log is the ``events`` table with a gap-free ``hub_offset``: one writer at a time assigns
offsets inside its transaction, so offsets are visible in commit order. On PostgreSQL several hub
processes share the database: an advisory lock makes them that one writer (``hub/pg.py``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import msgspec
from sqlalchemy import bindparam, delete, func, insert, null, select, union_all, update
from sqlalchemy.exc import DataError, IntegrityError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.sql.selectable import CompoundSelect, Select

from core.bulk import insert_rows
from core.checkpoint import add_to_buckets, read_buckets
from core.db import Database, open_database
from core.errors import DomainError
from core.events import EventRecord, check_size, decode_json, decode_payload, encode_json
from core.ids import new_id
from core.models import Event
from core.prepared import Prepared, in_list
from core.projection import apply_batch
from core.protocol import AckItem, LogItem
from core.replica import RECORD_COLUMNS, event_row, to_record
from core.snapshot import Snapshot, build_snapshot
from hub import auth, pg
from hub.models import HubBase, HubDevice, HubDeviceKey, HubMeta, HubRejection
from hub.rules import RULES_DEVICE, HubRules, KnownNames

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class HelloResult:
    epoch: str
    head: int
    last_seq: int


@dataclass(frozen=True)
class AppendResult:
    results: list[AckItem]
    last_seq: int
    gap_expected: int | None
    head: int
    logged: list[LogItem]

    @property
    def appended(self) -> int:
        return len(self.logged)


_HEAD = Prepared(lambda _dialect: select(func.max(Event.hub_offset)))  # every group commit reads it
_SET_LAST_SEQ = Prepared(
    lambda _dialect: (
        update(HubDevice.__table__)
        .where(HubDevice.__table__.c.device_id == bindparam("device"))
        .values(last_seq=bindparam("seq"))
    )
)


@dataclass
class _Device:
    """A pushing device as the append sees it: its seq so far and its enrollment row (if any)."""

    device_id: str
    store_id: str | None
    last_seq: int
    key: auth.KeyRow | None


def _devices_query(dialect: str) -> Select[*tuple[Any, ...]]:
    d, k = HubDevice.__table__.c, HubDeviceKey.__table__.c
    return (
        select(
            d.device_id,
            d.store_id,
            d.last_seq,
            k.device_id.label("enrolled"),
            k.store_id.label("key_store"),
            k.role,
            k.revoked_at,
        )
        .select_from(HubDevice.__table__.outerjoin(HubDeviceKey.__table__, k.device_id == d.device_id))
        .where(in_list(d.device_id, "ids", dialect))
    )


_DEVICES = Prepared(_devices_query)


def _devices(s: Session, wanted: list[str]) -> dict[str, _Device]:
    """The devices and their enrollment rows in one read (plain rows, not ORM objects)."""
    return {
        r.device_id: _Device(
            r.device_id,
            r.store_id,
            r.last_seq,
            auth.KeyRow(r.key_store, r.role, r.revoked_at) if r.enrolled is not None else None,
        )
        for r in _DEVICES.execute(s, {"ids": wanted})
    }


def _seen_query(dialect: str) -> CompoundSelect[*tuple[Any, ...]]:
    e, r = Event.__table__.c, HubRejection.__table__.c
    return union_all(
        select(e.event_id, null().label("reason")).where(in_list(e.event_id, "ids", dialect)),
        select(r.event_id, r.reason).where(in_list(r.event_id, "ids", dialect)),
    )


# Which of these event ids the hub logged (reason NULL) or refused (with the reason): one read.
_SEEN = Prepared(_seen_query)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


class HubStore:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.shared = db.is_postgres  # other hub processes may write the same log
        self.process_id = new_id()  # in this process's NOTIFYs: it skips its own (hub/server.py)
        self.known_names = KnownNames()  # SKUs, stores and staff seen to exist (names are never deleted)
        self.names = pg.LogNames.of(db) if self.shared else None
        with db.write() as s:
            if self.names is not None:  # processes starting together: one creates, the others wait
                pg.lock(s, self.names.setup_lock)
            HubBase.metadata.create_all(s.connection())
            if s.get(HubMeta, "epoch") is None:
                # A new epoch per database: a hub restored from an older copy is told apart from this one.
                s.add(HubMeta(key="epoch", value=new_id()))
        with db.read() as s:
            self.epoch = s.get(HubMeta, "epoch").value  # type: ignore[union-attr]

    @classmethod
    def open(cls, url_or_path: str | Path) -> HubStore:
        """A SQLite file (path or ``sqlite:///`` URL) or a ``postgresql://`` URL."""
        return cls(open_database(url_or_path))

    def close(self) -> None:
        self.db.dispose()

    # -- reads ---------------------------------------------------------------------------------

    def head(self) -> int:
        with self.db.read() as s:
            return self._head(s)

    @staticmethod
    def _head(s: Session) -> int:
        return int(_HEAD.execute(s).scalar() or 0)

    def read_log(self, after: int, limit: int) -> list[LogItem]:
        """Log entries with offset > ``after``, in offset order."""
        with self.db.read() as s:
            rows = s.execute(  # columns, not ORM objects: every process and lagging device reads this
                select(Event.hub_offset, *RECORD_COLUMNS)
                .where(Event.hub_offset > after)
                .order_by(Event.hub_offset)
                .limit(limit)
            ).all()
            return [LogItem(offset=r.hub_offset or 0, event=to_record(r)) for r in rows]

    def buckets_now(self) -> tuple[int, dict[str, tuple[int, int]]]:
        """The head and the checkpoint buckets at it, read together."""
        with self.db.read() as s:
            return self._head(s), read_buckets(s)

    def snapshot(self, device_id: str) -> Snapshot:
        """The hub's state at its head, in one read transaction, with what it knows of ``device_id``."""
        with self.db.read() as s:
            head = self._head(s)
            snap = build_snapshot(s, head)
            device = s.get(HubDevice, device_id)
            snap.device_last_seq = device.last_seq if device else 0
            snap.rejected = list(
                s.scalars(select(HubRejection.event_id).where(HubRejection.device_id == device_id))
            )
            return snap

    def floor(self) -> int:
        """Log entries at or below the floor are past retention: a device below it gets a snapshot."""
        with self.db.read() as s:
            meta = s.get(HubMeta, "log_floor")
            return int(meta.value) if meta else 0

    def prune(self, keep_last: int) -> int:
        """Raise the retention floor so that only the last ``keep_last`` entries are served as log."""
        with self.db.write() as s:
            floor = max(0, self._head(s) - keep_last)
            meta = s.get(HubMeta, "log_floor")
            if meta is None:
                s.add(HubMeta(key="log_floor", value=str(floor)))
            elif int(meta.value) < floor:
                meta.value = str(floor)
            else:
                floor = int(meta.value)
            return floor

    def new_epoch(self) -> str:
        """After restoring a backup: a new epoch tells every device its cursor may no longer hold."""
        with self.db.write() as s:
            meta = s.get(HubMeta, "epoch")
            assert meta is not None
            meta.value = new_id()
            self.epoch = meta.value
            return meta.value

    # -- writes --------------------------------------------------------------------------------

    def hello(self, device_id: str, store_id: str | None) -> HelloResult:
        with self.db.read() as s:  # a known device costs no write (and no fsync) to connect
            device = s.get(HubDevice, device_id)
            if device is not None:
                return HelloResult(self._epoch(s), self._head(s), device.last_seq)
        with self.db.write() as s:
            device = s.get(HubDevice, device_id)
            now = _now()
            if device is None:
                device = HubDevice(
                    device_id=device_id, store_id=store_id, last_seq=0, first_seen=now, last_seen=now
                )
                s.add(device)
            device.last_seen = now
            return HelloResult(self._epoch(s), self._head(s), device.last_seq)

    def _epoch(self, s: Session) -> str:
        """Read, not cached: another hub process (or ``--new-epoch``) shares this database."""
        meta = s.get(HubMeta, "epoch")
        if meta is not None:
            self.epoch = meta.value
        return self.epoch

    def append_many(self, pushes: list[tuple[str, list[EventRecord]]]) -> list[AppendResult | DomainError]:
        """Several devices' pushes in one durable transaction (one fsync): group commit.

        Each push is planned on its own (a device's error answers that push only); then the group's
        facts are written with one statement per table.
        """
        out: list[AppendResult | DomainError] = []
        plans: list[_Plan] = []
        now = _now()
        with self.db.write() as s:
            if self.names is not None:  # offsets one transaction after another, across processes
                pg.lock(s, self.names.log_lock)
            head = self._head(s)
            # Holds, transitions, staff, what facts name, oversell (hub/rules.py).
            rules = HubRules(s, datetime.now(UTC), self.known_names)
            wanted = sorted({d for d, _ in pushes})
            # Devices with their enrollment rows, in the append's transaction: a revoked device writes
            # nothing more.
            devices = _devices(s, wanted)
            ids = [e.event_id for _, events in pushes for e in events]
            known: set[str] = set()
            refused: dict[str, str] = {}
            for event_id, reason in _SEEN.execute(s, {"ids": ids}):
                if reason is None:
                    known.add(event_id)
                else:
                    refused[event_id] = reason
            stored = _stored_facts(s, pushes, devices, known)
            for device_id, events in pushes:
                device = devices.get(device_id)
                if device is None:
                    out.append(DomainError("sync.auth_failed", device_id=device_id))
                    continue
                rules.begin()
                try:
                    grant = auth.grant_of(device.device_id, device.store_id, device.key)
                    plan = _plan(device, events, known, refused, head, now, grant, rules, stored)
                except DomainError as exc:
                    rules.rollback()
                    out.append(exc)
                    continue
                head = plan.head
                device.last_seq = plan.last_seq
                plans.append(plan)
                out.append(plan.result)  # filled in below, once written
            if plans:
                _SET_LAST_SEQ.execute(s, [{"seq": p.last_seq, "device": p.device_id} for p in plans])
            rows = [row for p in plans for row in p.rows]
            if rows:
                failed = _write_facts(s, rows, [item for p in plans for item in p.batch])
                if failed:
                    _unlog(s, failed, plans, now)
                add_to_buckets(s, [(i.event.event_id, i.event.store_id) for p in plans for i in p.logged])
                _log_hub_facts(s, rules, plans, now)
            rejections = [r for p in plans for r in p.rejections]
            if rejections:
                s.execute(insert(HubRejection.__table__), rejections)
            for plan in plans:
                plan.finish()
            logged = [i.offset for p in plans for i in p.logged]
            if logged and self.names is not None:
                pg.announce(s, self.names.channel, max(logged), self.process_id)
        return out

    def append(self, device_id: str, events: list[EventRecord]) -> AppendResult:
        """One device's push in its own transaction (see ``append_many``)."""
        result = self.append_many([(device_id, events)])[0]
        if isinstance(result, DomainError):
            raise result
        return result


def _check(
    grant: auth.Grant, record: EventRecord, payload_text: str
) -> tuple[msgspec.Struct | None, str | None]:
    """The typed payload, or the reason the event is refused (who may post it: ``hub/auth.py``; what
    it may hold: ``core/events.py``)."""
    refusal = auth.authorise(grant, record)
    if refusal is not None:
        return None, refusal
    try:
        check_size(record, payload_text)
        return decode_payload(record), None
    except DomainError as exc:
        return None, exc.code


def _stored_facts(
    s: Session, pushes: list[tuple[str, list[EventRecord]]], devices: dict[str, _Device], known: set[str]
) -> dict[str, Any]:
    """The logged facts that pushes send again (seq already used), to compare with what is sent now:
    one read, and only when a push repeats something (a lost ack, a restored till)."""
    again = [
        e.event_id
        for device_id, events in pushes
        if (device := devices.get(device_id)) is not None
        for e in events
        if e.seq <= device.last_seq and e.event_id in known
    ]
    if not again:
        return {}
    rows = s.execute(
        select(Event.event_id, Event.device_id, Event.seq, Event.payload).where(Event.event_id.in_(again))
    )
    return {r.event_id: r for r in rows}


def _same_fact(record: EventRecord, stored: Any) -> bool:
    return (
        stored is not None
        and stored.device_id == record.device_id
        and stored.seq == record.seq
        and decode_json(stored.payload) == record.payload
    )


def _fact_at_fault(exc: BaseException) -> bool:
    """An error that one fact's values cause (a constraint, a value the column cannot hold), as
    opposed to the database being away: the fact is refused and the others are written."""
    if isinstance(exc, IntegrityError | DataError | OverflowError):
        return True
    orig = getattr(exc, "orig", None) or exc.__cause__ or exc
    if isinstance(orig, OverflowError):
        return True
    if str(getattr(orig, "sqlstate", "") or "")[:2] in ("22", "23"):  # data exception, constraint
        return True
    return isinstance(exc, OperationalError) and any(
        word in str(orig).lower() for word in ("overflow", "too big", "too large")
    )


def _unique_violation(exc: BaseException) -> bool:
    """An id the hub already has (a reused sale id): the fact conflicts with one logged before."""
    orig = getattr(exc, "orig", None) or exc.__cause__ or exc
    return str(getattr(orig, "sqlstate", "") or "") == "23505" or "UNIQUE constraint failed" in str(orig)


def _write_facts(
    s: Session, rows: list[dict[str, Any]], batch: list[tuple[EventRecord, msgspec.Struct]]
) -> dict[str, str]:
    """The group's facts and their projection, in one go; if that fails because of some fact, each on
    its own, so only the facts the hub cannot store are refused: ``event.conflict`` (a unique id it
    already has), ``event.unstorable`` (any other value the database refuses). Returns those."""
    try:
        with s.begin_nested():
            insert_rows(s, Event.__table__, rows)
            apply_batch(s, batch)
        return {}
    except Exception as exc:
        if not _fact_at_fault(exc):
            raise
    failed: dict[str, str] = {}
    for row, item in zip(rows, batch, strict=True):
        try:
            with s.begin_nested():
                insert_rows(s, Event.__table__, [row])
                apply_batch(s, [item])
        except Exception as exc:
            if not _fact_at_fault(exc):
                raise
            reason = "event.conflict" if _unique_violation(exc) else "event.unstorable"
            log.warning(
                "refused event %s of %s (%s): %s",
                row["event_id"],
                row["device_id"],
                reason,
                str(getattr(exc, "orig", exc)).splitlines()[0][:200],
            )
            failed[row["event_id"]] = reason
    return failed


@dataclass
class _Plan:
    """One push, decided before anything is written: what to log, refuse, or ack as seen before."""

    device_id: str
    results: list[AckItem]
    logged: list[LogItem]
    rows: list[dict[str, Any]]
    batch: list[tuple[EventRecord, msgspec.Struct]]
    rejections: list[dict[str, object]]
    last_seq: int
    gap: int | None
    head: int
    result: AppendResult = field(init=False)

    def __post_init__(self) -> None:
        self.result = AppendResult([], self.last_seq, self.gap, self.head, [])

    def finish(self) -> None:
        """Hand the written outcome (offsets final after any conflict) to the result already returned."""
        self.result.results[:] = self.results
        self.result.logged[:] = self.logged


def _plan(
    device: _Device,
    events: list[EventRecord],
    known: set[str],
    refused: dict[str, str],
    head: int,
    now: str,
    grant: auth.Grant,
    rules: HubRules | None = None,
    stored: dict[str, Any] | None = None,
) -> _Plan:
    """Seq rules: ``seq <= last_seq`` is a duplicate, acked again with its first answer (but a different
    fact under a used seq is refused, ``event.seq_reused``: the device's database was restored or
    copied); ``last_seq + 1`` is validated, then logged or refused (a refusal consumes the seq); a gap
    stops the push."""
    results: list[AckItem] = []
    logged: list[LogItem] = []
    rows: list[dict[str, Any]] = []
    batch: list[tuple[EventRecord, msgspec.Struct]] = []
    rejections: list[dict[str, object]] = []
    gap: int | None = None
    last_seq = device.last_seq
    for record in events:
        if record.device_id != device.device_id:
            raise DomainError("event.malformed", detail="device_id does not match the connection")
        if record.seq <= last_seq:
            reason = refused.get(record.event_id)
            logged_now = record.event_id in known and record.event_id not in (stored or {})
            if (
                reason is None
                and not logged_now
                and not _same_fact(record, (stored or {}).get(record.event_id))
            ):
                log.warning(
                    "device %s sent a different fact (event %s) under its used seq %s: its database "
                    "was restored or copied; refused",
                    device.device_id,
                    record.event_id,
                    record.seq,
                )
                results.append(AckItem(record.event_id, record.seq, "rejected", "event.seq_reused"))
                continue
            results.append(
                AckItem(record.event_id, record.seq, "rejected" if reason else "duplicate", reason)
            )
            continue
        if record.seq != last_seq + 1:
            gap = last_seq + 1
            break
        last_seq = record.seq
        payload_text = encode_json(record.payload)  # measured here, stored as is below
        payload, reason = _check(grant, record, payload_text)
        if reason is None and record.event_id in known:
            reason = "event.malformed"  # the same id under a new seq: refusing keeps UNIQUE(event_id)
        if reason is None and payload is not None and rules is not None:
            reason = rules.check(device.store_id, record, payload)
        if reason is not None or payload is None:
            reason = reason or "event.malformed"
            rejections.append(
                {
                    "event_id": record.event_id,
                    "device_id": device.device_id,
                    "seq": record.seq,
                    "reason": reason,
                    "at": now,
                }
            )
            refused[record.event_id] = reason
            results.append(AckItem(record.event_id, record.seq, "rejected", reason))
            continue
        head += 1
        known.add(record.event_id)
        rows.append(event_row(record, status="logged", hub_offset=head, payload_text=payload_text))
        batch.append((record, payload))
        logged.append(LogItem(offset=head, event=record))
        results.append(AckItem(record.event_id, record.seq, "applied", offset=head))
    return _Plan(device.device_id, results, logged, rows, batch, rejections, last_seq, gap, head)


def _unlog(s: Session, failed: dict[str, str], plans: list[_Plan], now: str) -> None:
    """Facts the hub could not store (a reused sale id, a value a column cannot hold) are refused with
    their reason, and the offsets after them close up so the log stays gap-free."""
    bad = set(failed)
    s.execute(delete(Event).where(Event.event_id.in_(bad)))
    everything = sorted((i for p in plans for i in p.logged), key=lambda i: i.offset)
    base = everything[0].offset
    kept = [i for i in everything if i.event.event_id not in bad]
    renumbered = {item.event.event_id: base + n for n, item in enumerate(kept)}
    for item in kept:
        new = renumbered[item.event.event_id]
        if new != item.offset:  # through negative values, so UNIQUE(hub_offset) holds at every step
            s.execute(update(Event).where(Event.event_id == item.event.event_id).values(hub_offset=-new))
    s.execute(update(Event).where(Event.hub_offset < 0).values(hub_offset=-Event.hub_offset))
    for plan in plans:
        plan.logged = [
            LogItem(offset=renumbered[i.event.event_id], event=i.event)
            for i in plan.logged
            if i.event.event_id not in bad
        ]
        for n, r in enumerate(plan.results):
            if r.event_id in bad:
                plan.results[n] = AckItem(r.event_id, r.seq, "rejected", failed[r.event_id])
                plan.rejections.append(
                    {
                        "event_id": r.event_id,
                        "device_id": plan.device_id,
                        "seq": r.seq,
                        "reason": failed[r.event_id],
                        "at": now,
                    }
                )
            elif r.event_id in renumbered:
                plan.results[n] = AckItem(r.event_id, r.seq, r.status, r.reason, renumbered[r.event_id])


def _log_hub_facts(s: Session, rules: HubRules, plans: list[_Plan], now: str) -> None:
    """Facts the rules raise once the group is applied (oversell alerts, repair dispatch), logged right after it and
    delivered with the last push that logged anything."""
    carrier = next((p for p in reversed(plans) if p.logged), None)
    if carrier is None:
        return
    wanted = rules.wanted_facts()
    if not wanted:
        return  # the common case: no query for the rules device
    device = s.get(HubDevice, RULES_DEVICE)
    facts = rules.own_facts(wanted, device.last_seq if device is not None else 0, now)
    if device is None:
        device = HubDevice(device_id=RULES_DEVICE, store_id=None, last_seq=0, first_seen=now, last_seen=now)
        s.add(device)
    head = carrier.logged[-1].offset
    rows = []
    for record, _payload in facts:
        head += 1
        rows.append(event_row(record, status="logged", hub_offset=head))
        carrier.logged.append(LogItem(offset=head, event=record))
    device.last_seq, device.last_seen = facts[-1][0].seq, now
    s.execute(insert(Event.__table__), rows)
    apply_batch(s, facts)
    add_to_buckets(s, [(record.event_id, record.store_id) for record, _ in facts])
