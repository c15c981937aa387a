"""The device side of sync: connect, say hello, push the outbox, apply the hub log from our cursor.

Runs on its own asyncio loop (a thread of the desktop app, or a test's loop). Database work runs in
worker threads; each call opens its own session. Listeners are called on the client's loop thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Protocol

import msgspec
from sqlalchemy import select
from websockets.asyncio.client import ClientConnection
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidURI

from core.aio import within
from core.checkpoint import read_buckets
from core.db import Database
from core.errors import DomainError
from core.events import EventRecord
from core.models import Event
from core.projection import Changes
from core.protocol import (
    CLOSE_REPLACED,
    CLOSE_REVOKED,
    MAX_PUSH_EVENTS,
    Ack,
    Checkpoint,
    Error,
    Events,
    Gap,
    Hello,
    Push,
    SnapshotPart,
    SnapshotRequest,
    Welcome,
    encode,
    hub_decoder,
)
from core.replica import (
    RECORD_COLUMNS,
    AckResult,
    OutboxStatus,
    apply_remote,
    outbox_status,
    record_acks,
    replica_state,
    to_record,
)
from core.snapshot import Snapshot, apply_snapshot
from sync_client.enrollment import check_pin, open_hub

log = logging.getLogger(__name__)

ACK_TIMEOUT = 15.0
OPEN_TIMEOUT = 5.0
IDLE_POLL = 5.0
INBOX_SIZE = 64  # hub messages waiting to be applied
MERGE_PAGES = 32  # log pages applied in one transaction at most
# After another copy of this device took its connection over: ask again this often (jittered), without
# taking it back, so two copies never push each other off in a loop (docs/decisions.md).
REPLACED_RETRY = 30.0


@dataclass(frozen=True)
class ConnectionState:
    """What the status bar shows. ``status``: connecting | online | offline | refused (the hub or its
    certificate refused this device: no retrying until it is enrolled again; ``error_code`` says why)."""

    status: str
    since: datetime
    hub_url: str
    error_code: str | None = None
    retry_in: float | None = None
    head: int = 0
    cursor: int = 0
    last_contact: datetime | None = None  # the last message from the hub: remote stock is "as of" then

    @property
    def caught_up(self) -> bool:
        return self.status == "online" and self.cursor >= self.head


class SyncListener(Protocol):
    def on_state(self, state: ConnectionState) -> None: ...
    def on_changes(self, changes: Changes) -> None: ...
    def on_outbox(self, status: OutboxStatus) -> None: ...
    def on_rejected(self, results: list[AckResult]) -> None: ...


class NullListener:
    def on_state(self, state: ConnectionState) -> None:
        pass

    def on_changes(self, changes: Changes) -> None:
        pass

    def on_outbox(self, status: OutboxStatus) -> None:
        pass

    def on_rejected(self, results: list[AckResult]) -> None:
        pass


class PushPlanner:
    """Which seq to push next. Pure, so the protocol's rules are tested without a socket."""

    def __init__(self, hub_last_seq: int, first_pending: int | None) -> None:
        # Resend from whichever is earlier: our oldest unacked event, or what the hub says it has.
        self.next_seq = min(first_pending or hub_last_seq + 1, hub_last_seq + 1)

    def on_ack(self, last_seq: int) -> None:
        self.next_seq = last_seq + 1

    def on_gap(self, expected: int) -> None:
        self.next_seq = expected


# Refusals that retrying cannot mend: a manager must enrol the device again (or fix the hub address).
FINAL_REFUSALS = frozenset(
    {
        "sync.auth_failed",
        "sync.device_revoked",
        "sync.certificate_mismatch",
        "sync.insecure_url",
        "sync.bad_url",
    }
)


# The hub closed a live connection for a reason the till shows (hub/server.py; docs/protocol.md).
_CLOSED_BECAUSE = {CLOSE_REVOKED: "sync.device_revoked", CLOSE_REPLACED: "sync.connection_replaced"}


class HubRefused(Exception):
    def __init__(self, code: str, retryable: bool) -> None:
        super().__init__(code)
        self.code = code
        self.retryable = retryable


class Backoff:
    """Exponential backoff with full jitter, capped; reset after a good connection."""

    def __init__(self, base: float = 0.5, cap: float = 30.0, rng: random.Random | None = None) -> None:
        self.base, self.cap, self.attempt = base, cap, 0
        self.rng = rng or random.Random()

    def next(self) -> float:
        delay = min(self.cap, self.base * (2**self.attempt))
        self.attempt += 1
        return self.rng.uniform(delay / 2, delay)

    def reset(self) -> None:
        self.attempt = 0


def _local_events_from(db: Database, device_id: str, start_seq: int, limit: int) -> list[EventRecord]:
    with db.read() as s:
        rows = s.execute(
            select(*RECORD_COLUMNS)
            .where(Event.device_id == device_id, Event.seq >= start_seq, Event.status != "remote")
            .order_by(Event.seq)
            .limit(limit)
        )
        return [to_record(r) for r in rows]


def _first_pending_seq(db: Database, device_id: str) -> int | None:
    with db.read() as s:
        return s.scalar(
            select(Event.seq)
            .where(Event.device_id == device_id, Event.status == "pending")
            .order_by(Event.seq)
            .limit(1)
        )


class SyncClient:
    def __init__(
        self,
        db: Database,
        url: str,
        *,
        listener: SyncListener | None = None,
        app_version: str = "",
        backoff: Backoff | None = None,
        token: str = "",
        pin: str | None = None,
        replaced_retry: float = REPLACED_RETRY,
    ) -> None:
        self.db = db
        self.url = url
        self.listener: SyncListener = listener or NullListener()
        self.app_version = app_version
        self.backoff = backoff or Backoff()
        self.token = token
        self.pin = pin  # SHA-256 of the hub's certificate, learnt at enrollment (wss:// only)
        with db.read() as s:
            st = replica_state(s)
            self.device_id, self.store_id = st.device_id, st.store_id
        self.state = ConnectionState("connecting", datetime.now(UTC), url)
        self._nudge: asyncio.Event | None = None
        self._snapshot_parts: list[Snapshot] = []
        self._epoch = ""
        self.snapshots_requested = 0
        self.snapshots_applied = 0
        self.log_gaps = 0  # pages refused because they did not follow on from the cursor
        self._acks: asyncio.Queue[Ack | Gap | Error] | None = None
        self._stopped = False
        self.replaced_retry = replaced_retry
        # False after another copy of this device took the connection over: hello asks, not takes.
        self._take_over = True

    # -- public, called on the client's loop ----------------------------------------------------

    def nudge(self) -> None:
        """A local fact was committed: push soon. Call on the client's loop (``call_soon_threadsafe``)."""
        if self._nudge is not None:
            self._nudge.set()

    async def run(self) -> None:
        """Connect and keep syncing until cancelled, reconnecting with backoff."""
        self._nudge = asyncio.Event()
        await self._report_outbox()
        while not self._stopped:
            try:
                await self._session()
            except asyncio.CancelledError:
                raise
            except HubRefused as exc:
                if exc.code in FINAL_REFUSALS:
                    log.error("hub refused this device for good: %s", exc.code)
                    self._set_state(replace(self.state, status="refused", error_code=exc.code, retry_in=None))
                    return
                if exc.code in ("sync.connection_replaced", "sync.device_in_use"):
                    if self._take_over:
                        log.warning("another copy of this device connected to the hub; this one waits")
                    self._take_over = False
                    self._went_offline("sync.connection_replaced")
                    delay = self.replaced_retry * self.backoff.rng.uniform(0.75, 1.25)
                    self._set_state(replace(self.state, retry_in=delay))
                    await asyncio.sleep(delay)
                    continue
                self._went_offline(exc.code)
                if not exc.retryable:
                    log.error("hub refused this device: %s", exc.code)
            except (OSError, TimeoutError, ConnectionClosed, InvalidHandshake, InvalidURI) as exc:
                log.info("hub connection lost: %r", exc)
                self._went_offline("sync.hub_unreachable")
            except Exception:
                log.exception("sync session failed")
                self._went_offline("sync.internal")
            delay = self.backoff.next()
            self._set_state(replace(self.state, retry_in=delay))
            await asyncio.sleep(delay)

    def stop(self) -> None:
        self._stopped = True

    # -- internals ------------------------------------------------------------------------------

    def _set_state(self, state: ConnectionState) -> None:
        self.state = state
        self.listener.on_state(state)

    def _went_offline(self, code: str) -> None:
        since = self.state.since if self.state.status == "offline" else datetime.now(UTC)
        self._set_state(replace(self.state, status="offline", since=since, error_code=code))

    async def _report_outbox(self) -> None:
        status = await asyncio.to_thread(self._outbox_status)
        self.listener.on_outbox(status)

    def _outbox_status(self) -> OutboxStatus:
        with self.db.read() as s:
            return outbox_status(s)

    async def _session(self) -> None:
        try:
            hub = open_hub(self.url)  # refuses ws:// beyond loopback
        except DomainError as exc:
            raise HubRefused(exc.code, False) from exc
        async with hub as ws:
            try:
                check_pin(ws, self.pin)  # before the token leaves this computer
            except DomainError as exc:
                log.error("hub certificate %s is not the pinned one", exc.params.get("seen"))
                raise HubRefused(exc.code, False) from exc
            welcome, cursor, epoch = await self._hello(ws)
            self.backoff.reset()
            self._take_over = True  # the other copy is gone: from now on a reconnect replaces a stale socket
            now = datetime.now(UTC)
            self._set_state(
                ConnectionState("online", now, self.url, head=welcome.head, cursor=cursor, last_contact=now)
            )
            self._snapshot_parts = []
            self._epoch = welcome.hub_epoch
            if welcome.version >= 2 and (
                welcome.head < cursor or (epoch is not None and epoch != welcome.hub_epoch)
            ):
                # A restored or replaced hub: our cursor means nothing there. Start over from its state.
                log.warning(
                    "hub epoch/head changed (head %s < cursor %s?): asking for a snapshot",
                    welcome.head,
                    cursor,
                )
                await ws.send(encode(SnapshotRequest(reason="restored")))
            elif epoch is None:
                await asyncio.to_thread(self._store_epoch, welcome.hub_epoch)
            self._acks = asyncio.Queue(maxsize=8)
            tasks = {
                asyncio.create_task(self._read(ws)),
                asyncio.create_task(self._push(ws, welcome.last_seq_seen)),
            }
            try:
                done, _ = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
            finally:
                # Both tasks are owned here: whichever ends first, the other is cancelled and awaited.
                for task in tasks:
                    task.cancel()
                await asyncio.gather(*tasks, return_exceptions=True)
            closed = _closed_by_hub(ws)
            for task in done:
                error = None if task.cancelled() else task.exception()
                if error is not None:
                    if closed is not None and isinstance(error, ConnectionClosed):
                        raise closed from error
                    raise error
            raise closed or ConnectionClosed(None, None)

    def _store_epoch(self, epoch: str) -> None:
        with self.db.write() as s:
            replica_state(s).hub_epoch = epoch

    async def _hello(self, ws: ClientConnection) -> tuple[Welcome, int, str | None]:
        def read_state() -> tuple[int, int, str | None]:
            with self.db.read() as s:
                st = replica_state(s)
                return st.hub_cursor, st.last_seq, st.hub_epoch

        cursor, last_seq, epoch = await asyncio.to_thread(read_state)
        hello = Hello(
            id=1,
            device_id=self.device_id,
            store_id=self.store_id,
            token=self.token,
            cursor=cursor,
            last_seq=last_seq,
            app_version=self.app_version,
            take_over=self._take_over,
        )
        await ws.send(encode(hello))
        reply = hub_decoder.decode(await within(OPEN_TIMEOUT, ws.recv()))
        if isinstance(reply, Error):
            raise HubRefused(reply.code, reply.retryable)
        if not isinstance(reply, Welcome):
            raise HubRefused("sync.protocol", True)
        return reply, cursor, epoch

    async def _read(self, ws: ClientConnection) -> None:
        """Read the hub's messages: acks go to the pusher at once; the log, checkpoints and snapshot
        parts go, in order, to the applier (a bounded queue: when it is full the socket stops being read
        and the hub's sender for this device slows down)."""
        assert self._acks is not None
        inbox: asyncio.Queue[Events | Checkpoint | SnapshotPart] = asyncio.Queue(maxsize=INBOX_SIZE)
        applier = asyncio.create_task(self._apply_inbox(ws, inbox))
        receiver = asyncio.create_task(self._receive(ws, inbox))
        try:
            # Whichever ends first ends the session: the socket closed, or the applier failed (a page
            # that does not follow on, a database error) while the socket is still open.
            await asyncio.wait({applier, receiver}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in (applier, receiver):
                if not task.done():
                    task.cancel()
            for task in (applier, receiver):
                with contextlib.suppress(asyncio.CancelledError):
                    await task  # a failure ends the session with its exception

    async def _receive(
        self, ws: ClientConnection, inbox: asyncio.Queue[Events | Checkpoint | SnapshotPart]
    ) -> None:
        assert self._acks is not None
        async for raw in ws:
            try:
                msg = hub_decoder.decode(raw)
            except (msgspec.DecodeError, msgspec.ValidationError):
                log.warning("unreadable message from hub ignored")
                continue
            self.state = replace(self.state, last_contact=datetime.now(UTC))
            if isinstance(msg, Ack | Gap | Error):
                await self._acks.put(msg)
            elif isinstance(msg, Events | Checkpoint | SnapshotPart):
                await inbox.put(msg)

    async def _apply_inbox(
        self, ws: ClientConnection, inbox: asyncio.Queue[Events | Checkpoint | SnapshotPart]
    ) -> None:
        carry: Events | Checkpoint | SnapshotPart | None = None
        while True:
            msg = carry if carry is not None else await inbox.get()
            carry = None
            if isinstance(msg, Events):
                pages = [msg]
                # Pages that queued up while the last one was applied go in one transaction.
                while not inbox.empty() and len(pages) < MERGE_PAGES:
                    following = inbox.get_nowait()
                    if not isinstance(following, Events):
                        carry = following  # handled next, after these pages: order is kept
                        break
                    pages.append(following)
                await self._apply_pages(pages)
            elif isinstance(msg, Checkpoint):
                await self._check(ws, msg)
            else:
                await self._snapshot_part(msg)

    async def _apply_pages(self, pages: list[Events]) -> None:
        items = [(item.offset, item.event) for page in pages for item in page.items]
        to_offset = pages[-1].to_offset

        def apply() -> Changes:
            # Not synced to disk: a power cut may lose it, and the hub sends it again from the cursor.
            with self.db.write(durable=False) as s:
                return apply_remote(s, items, to_offset)

        try:
            changes = await asyncio.to_thread(apply)
        except DomainError as exc:
            if exc.code != "sync.log_gap":
                raise
            # Nothing of the page was written; a new connection resends from the stored cursor.
            log.warning("hub log page does not follow on (%s): reconnecting", exc.params)
            self.log_gaps += 1
            raise HubRefused(exc.code, True) from exc
        head = max(self.state.head, max(page.head for page in pages))
        self._set_state(replace(self.state, cursor=to_offset, head=head))
        if changes:
            self.listener.on_changes(changes)
        if any(event.device_id == self.device_id for _, event in items):
            await self._report_outbox()

    async def _check(self, ws: ClientConnection, checkpoint: Checkpoint) -> None:
        """Compare our buckets with the hub's at the same offset; on a mismatch, ask for a snapshot."""

        def compare() -> bool | None:
            with self.db.read() as s:
                if replica_state(s).hub_cursor != checkpoint.offset:
                    return None
                return read_buckets(s) == {k: (c, x) for k, c, x in checkpoint.buckets}

        same = await asyncio.to_thread(compare)
        if same is False:
            log.warning("checksum mismatch at offset %s: asking for a snapshot", checkpoint.offset)
            self.snapshots_requested += 1
            await ws.send(encode(SnapshotRequest(reason="checksum")))

    async def _snapshot_part(self, part: SnapshotPart) -> None:
        if part.part == 1:
            self._snapshot_parts = []
        if part.part != len(self._snapshot_parts) + 1:  # a part went missing: never apply a partial one
            log.warning("snapshot part %s of %s out of sequence: reconnecting", part.part, part.parts)
            self._snapshot_parts = []
            raise HubRefused("sync.log_gap", True)
        self._snapshot_parts.append(part.data)
        if part.part < part.parts:
            return
        whole = Snapshot.merge(self._snapshot_parts)
        self._snapshot_parts = []
        epoch = self._epoch

        def apply() -> Changes:
            with self.db.write() as s:
                changes = apply_snapshot(s, whole)
                replica_state(s).hub_epoch = epoch
                return changes

        changes = await asyncio.to_thread(apply)
        self.snapshots_applied += 1
        self._set_state(replace(self.state, cursor=whole.offset, head=max(self.state.head, whole.offset)))
        self.listener.on_changes(changes)
        await self._report_outbox()

    async def _push(self, ws: ClientConnection, hub_last_seq: int) -> None:
        assert self._nudge is not None and self._acks is not None
        first_pending = await asyncio.to_thread(_first_pending_seq, self.db, self.device_id)
        planner = PushPlanner(hub_last_seq, first_pending)
        while True:
            self._nudge.clear()
            batch = await asyncio.to_thread(
                _local_events_from, self.db, self.device_id, planner.next_seq, MAX_PUSH_EVENTS
            )
            if not batch:
                with contextlib.suppress(TimeoutError):
                    await within(IDLE_POLL, self._nudge.wait())
                continue
            await ws.send(encode(Push(id=batch[0].seq, events=batch)))
            reply = await within(ACK_TIMEOUT, self._acks.get())
            if isinstance(reply, Ack):
                await self._record(reply)
                planner.on_ack(reply.last_seq)
                # A gap may follow an ack of the events before it.
                while not self._acks.empty():
                    extra = self._acks.get_nowait()
                    if isinstance(extra, Gap):
                        planner.on_gap(extra.expected)
            elif isinstance(reply, Gap):
                planner.on_gap(reply.expected)
            else:
                raise HubRefused(reply.code, reply.retryable)

    async def _record(self, ack: Ack) -> None:
        results = [AckResult(r.event_id, r.seq, r.status, r.reason, r.offset) for r in ack.results]

        def write() -> Changes:
            # Not synced to disk: an ack lost to a power cut means a resend, answered "duplicate".
            with self.db.write(durable=False) as s:
                return record_acks(s, results)

        changes = await asyncio.to_thread(write)
        rejected = [r for r in results if r.status == "rejected"]
        if rejected:
            self.listener.on_rejected(rejected)
        if changes:
            self.listener.on_changes(changes)
        await self._report_outbox()


def _closed_by_hub(ws: ClientConnection) -> HubRefused | None:
    """The refusal a hub's close code stands for (revoked, replaced), if it closed for one."""
    rcvd = ws.protocol.close_rcvd  # set as soon as the hub's close frame arrived
    if rcvd is None or rcvd.code not in _CLOSED_BECAUSE:
        return None
    return HubRefused(_CLOSED_BECAUSE[rcvd.code], rcvd.code != CLOSE_REVOKED)


def merge_snapshot(parts: list[Snapshot]) -> Snapshot:
    return Snapshot.merge(parts)
