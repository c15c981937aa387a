"""A device's local replica: making local facts (with the outbox row in the same transaction),
recording the hub's acks, and applying pages of the hub log idempotently.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import msgspec
from sqlalchemy import Row, case, func, insert, select, update
from sqlalchemy.orm import Session

from core.checkpoint import add_to_buckets
from core.clock import Clock, SystemClock
from core.db import open_sqlite
from core.errors import DomainError
from core.events import EventRecord, check_size, decode_json, decode_payload, encode_json, payload_dict
from core.ids import new_id
from core.models import Event, ReplicaState
from core.projection import Changes, apply_batch, apply_batch_isolated, revert_event

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Till:
    """Who makes a fact: this device, for this store."""

    device_id: str
    store_id: str | None


@dataclass(frozen=True)
class OutboxStatus:
    pending: int
    oldest_occurred_at: str | None
    rejected: int
    # Refused as ``event.seq_reused``: this database was restored or copied, a manager must look.
    seq_reused: int = 0


@dataclass(frozen=True)
class AckResult:
    event_id: str
    seq: int
    status: str  # applied | duplicate | rejected
    reason: str | None = None
    offset: int | None = None  # where the hub logged it (applied)


def init_replica(session: Session, device_id: str, store_id: str | None) -> Till:
    """Create the replica's identity row once; later opens keep the stored identity."""
    state = session.get(ReplicaState, 1)
    if state is None:
        state = ReplicaState(id=1, device_id=device_id, store_id=store_id, last_seq=0, hub_cursor=0)
        session.add(state)
        session.flush()
    return Till(state.device_id, state.store_id)


def replica_state(session: Session) -> ReplicaState:
    state = session.get(ReplicaState, 1)
    if state is None:
        raise DomainError("db.corrupt", detail="replica not initialised")
    return state


# The columns ``to_record`` reads: selecting them instead of ORM objects is several times cheaper
# where many facts are read (the hub's log, a till's outbox).
RECORD_COLUMNS = (
    Event.event_id,
    Event.device_id,
    Event.seq,
    Event.store_id,
    Event.kind,
    Event.schema_version,
    Event.occurred_at,
    Event.payload,
)


def to_record(row: Event | Row[*tuple[Any, ...]]) -> EventRecord:
    """A fact from its ``events`` row (an ORM object, or a row of the same columns)."""
    return EventRecord(
        event_id=row.event_id,
        device_id=row.device_id,
        seq=row.seq,
        store_id=row.store_id,
        kind=row.kind,
        schema_version=row.schema_version,
        occurred_at=row.occurred_at,
        payload=decode_json(row.payload),
    )


def emit(
    session: Session,
    kind: str,
    payload: msgspec.Struct,
    *,
    store_id: str | None = None,
    clock: Clock | None = None,
) -> tuple[EventRecord, Changes]:
    """Record a local fact: its event row (the outbox entry) and its projection, in the caller's transaction."""
    state = replica_state(session)
    # Bump the seq with one UPDATE so two writers on one database can never take the same number.
    seq = session.execute(
        update(ReplicaState)
        .where(ReplicaState.id == 1)
        .values(last_seq=ReplicaState.last_seq + 1)
        .returning(ReplicaState.last_seq)
    ).scalar_one()
    now: datetime = (clock or SystemClock()).now()
    record = EventRecord(
        event_id=new_id(),
        device_id=state.device_id,
        seq=seq,
        store_id=store_id if store_id is not None else state.store_id,
        kind=kind,
        occurred_at=now.isoformat(timespec="milliseconds"),
        payload=payload_dict(payload),
    )
    # What the hub would refuse is refused here, before it is recorded: the same rules, the same codes.
    checked = decode_payload(record)
    row = event_row(record, status="pending")
    check_size(record, row["payload"])
    session.add(Event(**row))
    session.flush()
    changes = apply_batch(session, [(record, checked)])
    return record, changes


def outbox(session: Session, limit: int = 500) -> list[EventRecord]:
    """Local events the hub has not acknowledged, oldest first."""
    state = replica_state(session)
    rows = session.scalars(
        select(Event)
        .where(Event.status == "pending", Event.device_id == state.device_id)
        .order_by(Event.seq)
        .limit(limit)
    )
    return [to_record(r) for r in rows]


def outbox_status(session: Session) -> OutboxStatus:
    state = replica_state(session)
    pending, oldest = session.execute(
        select(func.count(), func.min(Event.occurred_at)).where(
            Event.status == "pending", Event.device_id == state.device_id
        )
    ).one()
    rejected, reused = session.execute(
        select(func.count(), func.count(case((Event.reason == "event.seq_reused", 1)))).where(
            Event.status == "rejected", Event.device_id == state.device_id
        )
    ).one()
    return OutboxStatus(
        pending=pending, oldest_occurred_at=oldest, rejected=rejected or 0, seq_reused=reused or 0
    )


def record_acks(session: Session, results: list[AckResult]) -> Changes:
    """Mark acknowledged events. A rejected one keeps its reason, leaves the outbox, and its stock
    effects are undone here, since no other replica will ever have it. Returns what changed."""
    changes = Changes()
    for r in results:
        row = session.get(Event, r.event_id)
        if row is None or row.status not in ("pending", "acked"):
            continue
        if r.status == "rejected":
            if row.status == "pending":
                row.status, row.reason = "rejected", r.reason
                changes.merge(revert_event(session, r.event_id))
            continue
        row.status = "acked"
        if r.offset is not None and row.hub_offset is None:
            row.hub_offset = r.offset
    return changes


def apply_remote(session: Session, items: list[tuple[int, EventRecord]], to_offset: int) -> Changes:
    """Apply one page of the hub log and move the cursor, in the caller's transaction.

    Idempotent: entries at or below the cursor were applied before and are skipped; an event already
    here (our own) only gets its offset noted. Checkpoint buckets advance with the cursor.
    """
    state = replica_state(session)
    fresh = [(offset, record) for offset, record in items if offset > state.hub_cursor]
    _check_follows_on(state.hub_cursor, [offset for offset, _ in fresh], to_offset)
    known: dict[str, Event] = {}
    ids = [record.event_id for _, record in fresh]
    for start in range(0, len(ids), 500):
        for row in session.scalars(select(Event).where(Event.event_id.in_(ids[start : start + 500]))):
            known[row.event_id] = row
    new_rows: list[dict[str, object]] = []
    batch: list[tuple[EventRecord, msgspec.Struct]] = []
    made_way = Changes()
    for offset, record in fresh:
        existing = known.get(record.event_id)
        if existing is None and record.device_id == state.device_id:
            made_way.merge(_make_way(session, record))
        if existing is not None:
            existing.hub_offset = offset
            if existing.status == "rejected":
                # The hub logged what we had taken as refused (a restored hub took it on a resend).
                batch.append((record, decode_payload(record, known_fields_only=False)))
            if existing.status in ("pending", "rejected"):
                existing.status, existing.reason = "acked", None
            continue
        new_rows.append(event_row(record, status="remote", hub_offset=offset))
        try:
            batch.append((record, decode_payload(record, known_fields_only=False)))
        except DomainError as exc:
            # A kind this version does not know (a newer device) is kept, not projected.
            log.warning("event %s not projected: %s", record.event_id, exc)
    if new_rows:
        session.execute(insert(Event.__table__), new_rows)
    changes, failed = apply_batch_isolated(session, batch)
    changes.merge(made_way)
    for record in failed:
        log.error(
            "event %s from the hub conflicts with this replica; a checkpoint will repair it", record.event_id
        )
    add_to_buckets(session, [(record.event_id, record.store_id) for _, record in fresh])
    if to_offset > state.hub_cursor:
        state.hub_cursor = to_offset
    return changes


def _make_way(session: Session, record: EventRecord) -> Changes:
    """A fact of this device that this database does not have: the hub logged it from another copy of
    this database (restored or copied), under a seq this copy used for a fact of its own. The hub
    refuses ours (``event.seq_reused``); it is marked so here too, its effects undone, and moved out of
    the seq's way so the hub's fact can be kept."""
    row = session.scalar(select(Event).where(Event.device_id == record.device_id, Event.seq == record.seq))
    if row is None:
        return Changes()
    log.warning("this database was restored or copied: the hub has another fact under seq %s", record.seq)
    changes = revert_event(session, row.event_id) if row.status == "pending" else Changes()
    row.status, row.reason, row.seq = "rejected", "event.seq_reused", -row.seq
    session.flush()
    return changes


def _check_follows_on(cursor: int, offsets: list[int], to_offset: int) -> None:
    """The log is gap-free: what is new must start right after the cursor and run without a hole.

    A page that does not (bytes lost on a broken link, a hub fault) is refused whole, before anything
    is written: the session ends and the hub resends from the stored cursor."""
    expected = cursor + 1
    for offset in offsets:
        if offset != expected:
            raise DomainError("sync.log_gap", expected=expected, got=offset)
        expected += 1
    if to_offset > cursor and to_offset != expected - 1:
        raise DomainError("sync.log_gap", expected=expected, got=to_offset)


def event_row(
    record: EventRecord, *, status: str, hub_offset: int | None = None, payload_text: str | None = None
) -> dict[str, Any]:
    """The ``events`` row of a fact, as column values (for the ORM or a bulk insert). ``payload_text``:
    the payload already encoded (the hub measures it before it decides)."""
    return {
        "event_id": record.event_id,
        "device_id": record.device_id,
        "seq": record.seq,
        "store_id": record.store_id,
        "kind": record.kind,
        "schema_version": record.schema_version,
        "occurred_at": record.occurred_at,
        "payload": encode_json(record.payload) if payload_text is None else payload_text,
        "status": status,
        "reason": None,
        "hub_offset": hub_offset,
    }


# -- use cases for screens --


@dataclass(frozen=True)
class SyncRecord:
    """One of this device's records the hub does not have: waiting to be sent, or refused and why."""

    occurred_at: str
    kind: str
    store_id: str | None
    status: str  # pending | rejected
    reason: str | None


def unsent_records(session: Session, device_id: str, limit: int = 500) -> list[SyncRecord]:
    """This device's records still waiting for the hub, and those it refused, newest first."""
    rows = session.scalars(
        select(Event)
        .where(Event.device_id == device_id, Event.status.in_(("pending", "rejected")))
        .order_by(Event.seq.desc())
        .limit(limit)
    )
    return [SyncRecord(r.occurred_at, r.kind, r.store_id, r.status, r.reason) for r in rows]


# Start-up, before any screen: a replica file looked at on its own, opened and closed again.


def check_replica_file(db_path: Path) -> None:
    """``db.corrupt`` / ``db.newer_schema`` (and the other ``db.*`` codes) for a file that cannot be used."""
    open_sqlite(db_path).dispose()


def replica_file_device(db_path: Path) -> str:
    """The device a replica file was recorded by ("unknown" where the file does not say)."""
    db = open_sqlite(db_path)
    try:
        with db.read() as s:
            return replica_state(s).device_id
    except DomainError:
        return "unknown"
    finally:
        db.dispose()
