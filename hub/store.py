"""The hub's durable state, synchronous SQLAlchemy. The server calls it from worker threads only.

The hub log is the ``events`` table with a gap-free ``hub_offset``: one writer at a time assigns
offsets inside its transaction, so offsets are visible in commit order.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.checkpoint import add_to_buckets, read_buckets
from core.db import Database, open_sqlite
from core.errors import DomainError
from core.events import STORE_SCOPED, EventRecord, decode_payload, encode_json
from core.ids import new_id
from core.models import Event
from core.projection import apply_event
from core.protocol import AckItem, LogItem
from core.replica import to_record
from core.snapshot import Snapshot, build_snapshot
from hub.models import HubBase, HubDevice, HubMeta, HubRejection

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


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


class HubStore:
    def __init__(self, db: Database) -> None:
        self.db = db
        HubBase.metadata.create_all(db.engine)
        with db.write() as s:
            if s.get(HubMeta, "epoch") is None:
                # A new epoch per database: a hub restored from an older copy is told apart from this one.
                s.add(HubMeta(key="epoch", value=new_id()))
        with db.read() as s:
            self.epoch = s.get(HubMeta, "epoch").value  # type: ignore[union-attr]

    @classmethod
    def open(cls, url_or_path: str | Path) -> HubStore:
        text = str(url_or_path)
        if text.startswith("sqlite:///"):
            text = text.removeprefix("sqlite:///")
        return cls(open_sqlite(Path(text)))

    def close(self) -> None:
        self.db.dispose()

    # -- reads ---------------------------------------------------------------------------------

    def head(self) -> int:
        with self.db.read() as s:
            return self._head(s)

    @staticmethod
    def _head(s: Session) -> int:
        return int(s.scalar(select(func.max(Event.hub_offset))) or 0)

    def read_log(self, after: int, limit: int) -> list[LogItem]:
        """Log entries with offset > ``after``, in offset order."""
        with self.db.read() as s:
            rows = s.scalars(
                select(Event).where(Event.hub_offset > after).order_by(Event.hub_offset).limit(limit)
            ).all()
            return [LogItem(offset=r.hub_offset or 0, event=to_record(r)) for r in rows]

    def checkpoint_at(self, offset: int) -> list[tuple[str, int, int]] | None:
        """The buckets as of ``offset``, or None if the log has moved past it since."""
        with self.db.read() as s:
            if self._head(s) != offset:
                return None
            return [(k, c, x) for k, (c, x) in sorted(read_buckets(s).items())]

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
        with self.db.write() as s:
            device = s.get(HubDevice, device_id)
            now = _now()
            if device is None:
                device = HubDevice(
                    device_id=device_id, store_id=store_id, last_seq=0, first_seen=now, last_seen=now
                )
                s.add(device)
            device.last_seen = now
            return HelloResult(self.epoch, self._head(s), device.last_seq)

    def append(self, device_id: str, events: list[EventRecord]) -> AppendResult:
        """Apply a device's pushed events in seq order in one durable transaction.

        ``seq <= last_seq``: a duplicate, acked again with its first answer. ``seq == last_seq + 1``:
        validated, then logged or rejected (a rejection consumes the seq). A gap stops the batch.
        """
        results: list[AckItem] = []
        logged: list[LogItem] = []
        gap: int | None = None
        with self.db.write() as s:
            device = s.get(HubDevice, device_id)
            if device is None:
                raise DomainError("sync.auth_failed", device_id=device_id)
            head = self._head(s)
            for record in events:
                if record.device_id != device_id:
                    raise DomainError("event.malformed", detail="device_id does not match the connection")
                if record.seq <= device.last_seq:
                    results.append(self._previous_answer(s, record))
                    continue
                if record.seq != device.last_seq + 1:
                    gap = device.last_seq + 1
                    break
                device.last_seq = record.seq
                reason = self._check(device, record)
                if reason is None:
                    reason = self._log(s, record, head + 1)
                if reason is None:
                    head += 1
                    logged.append(LogItem(offset=head, event=record))
                    results.append(AckItem(record.event_id, record.seq, "applied", offset=head))
                else:
                    s.add(
                        HubRejection(
                            event_id=record.event_id,
                            device_id=device_id,
                            seq=record.seq,
                            reason=reason,
                            at=_now(),
                        )
                    )
                    results.append(AckItem(record.event_id, record.seq, "rejected", reason))
            add_to_buckets(s, [(i.event.event_id, i.event.store_id) for i in logged])
            last_seq = device.last_seq
        return AppendResult(results, last_seq, gap, head, logged)

    @staticmethod
    def _check(device: HubDevice, record: EventRecord) -> str | None:
        if record.kind in STORE_SCOPED and device.store_id is not None and record.store_id != device.store_id:
            return "event.wrong_store"
        try:
            decode_payload(record)
        except DomainError as exc:
            return exc.code
        return None

    @staticmethod
    def _log(s: Session, record: EventRecord, offset: int) -> str | None:
        if s.get(Event, record.event_id) is not None:
            # The same event id under a new seq: a client bug; refusing keeps UNIQUE(event_id).
            return "event.malformed"
        row = Event(
            event_id=record.event_id,
            device_id=record.device_id,
            seq=record.seq,
            store_id=record.store_id,
            kind=record.kind,
            schema_version=record.schema_version,
            occurred_at=record.occurred_at,
            payload=encode_json(record.payload),
            status="logged",
            hub_offset=offset,
        )
        s.add(row)
        s.flush()
        try:
            with s.begin_nested():
                apply_event(s, record)
        except DomainError as exc:
            log.warning("logged event %s not projected on the hub: %s", record.event_id, exc)
        return None

    @staticmethod
    def _previous_answer(s: Session, record: EventRecord) -> AckItem:
        rejection = s.get(HubRejection, record.event_id)
        if rejection is not None:
            return AckItem(record.event_id, record.seq, "rejected", rejection.reason)
        return AckItem(record.event_id, record.seq, "duplicate")
