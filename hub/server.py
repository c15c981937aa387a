"""The hub's websocket server: one handler per device connection.

Each connection has its own sender that walks the log from that device's cursor, so a slow store
lags and catches up instead of filling the hub's memory. Recent entries are kept pre-encoded in a
bounded tail shared by all senders, so a device that is current costs no database read per event.
Database work runs in threads: one writer (SQLite allows one) and a small pool of readers.

A connection ends as a whole: if its sender stops (a device that stopped reading past the send
timeout, an error), its reader is stopped too and the connection is closed with a code, so the device
reconnects and resumes from its cursor. A device has one live connection: a new one replaces the old.
A revoked device's connection is closed at once (a NOTIFY from the process that revoked it on
PostgreSQL, and a sweep of the live devices every few seconds, which also covers SQLite).

On PostgreSQL several hub processes share one log. Each follows what the others commit: a NOTIFY (or
a re-LISTEN, since a NOTIFY can be missed) wakes a follower task that reads the log from the last
offset this process knows and hands the new entries to its tail, its buckets and its devices.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any, TypeVar

import msgspec
from websockets.asyncio.server import Server, ServerConnection, broadcast, serve
from websockets.exceptions import ConnectionClosed
from websockets.frames import Frame, Opcode
from websockets.protocol import State

from core.aio import within
from core.checkpoint import bucket_key, event_hash
from core.errors import DomainError
from core.events import EventRecord
from core.log_privacy import hide_frame_contents
from core.protocol import (
    CLOSE_REPLACED,
    CLOSE_REVOKED,
    CLOSE_SENDER_STALLED,
    MAX_MESSAGE_BYTES,
    MAX_PUSH_EVENTS,
    PAGE_SIZE,
    SUPPORTED_VERSIONS,
    Ack,
    Checkpoint,
    CodeRequest,
    Enroll,
    EnrollCode,
    Enrolled,
    Error,
    Gap,
    Hello,
    LogItem,
    Push,
    SnapshotPart,
    SnapshotRequest,
    Welcome,
    client_decoder,
    encode,
)
from hub import auth, pg
from hub.auth import TlsIdentity, is_loopback
from hub.enrollment import issue_code_for, record_certificate, redeem_code
from hub.notify import Connect, LogListener, dedicated_connection
from hub.store import AppendResult, HubStore

log = logging.getLogger(__name__)
hide_frame_contents("websockets.server")  # frames carry enrollment codes and tokens (core/log_privacy.py)
T = TypeVar("T")

HELLO_TIMEOUT = 10.0
SEND_TIMEOUT = 30.0
REVOCATION_SWEEP = 2.0  # seconds between checks that no live device was revoked (a NOTIFY can be missed)
CHECKPOINT_INTERVAL = 5.0
TAIL_SIZE = 20_000
TAIL_BYTES = 64 * 1024 * 1024  # and never more than this: entries are up to MAX_EVENT_BYTES each
FRAME_CACHE_BYTES = 32 * 1024 * 1024
SNAPSHOT_ROWS = 2_000
GROUP_PUSHES = 64
GROUP_EVENTS = 5_000
FAST_PATH_BUFFER = 16 * 1024  # a peer with more unsent bytes than this gets coalesced pages at its own pace
FILL_GAP = 2 * PAGE_SIZE  # entries of other processes read at once to keep the tail whole (shared log)
_item_encoder = msgspec.json.Encoder()


class Tail:
    """The most recent log entries, each encoded once, for every sender to share: at most ``size``
    entries and ``max_bytes`` bytes of them (big facts make it shorter, not the hub bigger)."""

    def __init__(self, size: int = TAIL_SIZE, max_bytes: int = TAIL_BYTES) -> None:
        self.entries: deque[tuple[int, bytes]] = deque()
        self.size, self.max_bytes = size, max_bytes
        self.bytes = 0

    def extend(self, items: list[LogItem]) -> None:
        for item in items:
            if self.entries and item.offset != self.entries[-1][0] + 1:
                self.entries.clear()  # never serve a tail with a hole in it
                self.bytes = 0
            encoded = _item_encoder.encode(item)
            self.entries.append((item.offset, encoded))
            self.bytes += len(encoded)
            while len(self.entries) > self.size or (self.bytes > self.max_bytes and len(self.entries) > 1):
                self.bytes -= len(self.entries.popleft()[1])

    def after(self, cursor: int, limit: int) -> list[tuple[int, bytes]] | None:
        """Entries after ``cursor``; None if the tail does not reach back that far."""
        if not self.entries or cursor < self.entries[0][0] - 1:
            return None
        start = cursor - self.entries[0][0] + 1
        return [self.entries[i] for i in range(start, min(len(self.entries), start + limit))]


def send_to_all(connections: list[ServerConnection], message: bytes) -> None:
    """``websockets.broadcast`` of one binary message, its frame serialized once for all connections.

    Serializing per connection was 40% of a broadcast to 200 devices (2.3 -> 1.4 ms, docs/decisions.md). A
    server's frames are unmasked and, with compression off, the same bytes for every peer. Writing them
    to the transport keeps the order of everything else sent: websockets hands each message it sends
    to the transport before it awaits. Connections not open, or with an extension that rewrites frames,
    go through websockets itself.
    """
    raw: bytes | None = None
    for ws in connections:
        if ws.protocol.state is not State.OPEN or ws.send_in_progress is not None:
            continue  # closing, or (never here) a fragmented message in progress: as broadcast() skips
        if ws.protocol.extensions:
            broadcast([ws], message)
            continue
        if raw is None:
            raw = Frame(Opcode.BINARY, message).serialize(mask=False, extensions=[])
        try:
            ws.transport.write(raw)
        except Exception as exc:  # as broadcast(): one peer's failure is not the others'
            log.warning("skipped a write to %s: %r", ws.remote_address, exc)


def events_frame(from_offset: int, entries: list[tuple[int, bytes]]) -> bytes:
    """An ``events`` message built from pre-encoded items (the tag first, so decoding stays fast)."""
    to_offset = entries[-1][0]
    head = b'{"type":"events","v":2,"id":0,"from_offset":%d,"to_offset":%d,"head":%d,"items":[' % (
        from_offset,
        to_offset,
        to_offset,
    )
    return head + b",".join(e for _, e in entries) + b"]}"


@dataclass(eq=False)  # identity: peers live in a set
class Peer:
    """One device connection as the sender sees it."""

    hello: Hello
    version: int
    cursor: int
    ws: ServerConnection | None = None
    wake: asyncio.Event = field(default_factory=asyncio.Event)
    snapshot_wanted: bool = False
    idle: bool = False  # its sender is waiting with everything up to ``cursor`` sent
    sent_since_checkpoint: bool = True
    # Why the hub ends this connection: sync.device_revoked | sync.connection_replaced.
    ending: str | None = None
    ended: asyncio.Event = field(default_factory=asyncio.Event)

    def end(self, reason: str) -> None:
        """Ask this connection's handler to close it with ``reason`` (the first reason given wins)."""
        if self.ending is None:
            self.ending = reason
            self.ended.set()


_CLOSE_CODES = {"sync.device_revoked": CLOSE_REVOKED, "sync.connection_replaced": CLOSE_REPLACED}


class HubServer:
    def __init__(
        self,
        store: HubStore,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        hello_timeout: float = HELLO_TIMEOUT,
        checkpoint_interval: float = CHECKPOINT_INTERVAL,
        listen_connect: Connect | None = None,
        tls: TlsIdentity | None = None,
        send_timeout: float = SEND_TIMEOUT,
        revocation_sweep: float = REVOCATION_SWEEP,
    ) -> None:
        self.store = store
        self.host = host
        self.port = port
        self.hello_timeout = hello_timeout
        self.checkpoint_interval = checkpoint_interval
        self.send_timeout = send_timeout
        self.revocation_sweep = revocation_sweep
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="hub-writer")
        self._readers = ThreadPoolExecutor(max_workers=4, thread_name_prefix="hub-reader")
        self._server: Server | None = None
        self._peers: set[Peer] = set()
        self._live: dict[str, Peer] = {}  # device id -> its one live connection
        self._sweeper: asyncio.Task[None] | None = None
        self.tail = Tail()
        # The hub's checkpoint buckets as of ``_buckets_offset``, kept in step with each append so a
        # sender can send a checkpoint without reading the database.
        self._buckets: dict[str, tuple[int, int]] = {}
        self._buckets_offset = -1
        self._frames: dict[tuple[int, int], bytes] = {}  # (from, to) -> frame: built once for all peers
        self._frames_bytes = 0
        # Pushes wait here for the writer, which commits all that queued up together (one fsync).
        self._pushes: asyncio.Queue[tuple[str, list[EventRecord], asyncio.Future[AppendResult]]] = (
            asyncio.Queue(maxsize=1024)
        )
        self._group_writer: asyncio.Task[None] | None = None
        # Shared log (PostgreSQL): the highest offset handed to tail, buckets and peers, and the
        # follower that reads what other processes logged after it.
        self._known = 0
        self._taking_in = asyncio.Lock()
        self.log_reads = 0  # pages the follower read from the shared log
        self._news = asyncio.Event()
        self._follower: asyncio.Task[None] | None = None
        self._listen_connect = listen_connect
        self.tls = tls  # wss:// with this certificate; without it, loopback only (hub/auth.py)
        self.listener: LogListener | None = None

    async def _write(self, fn: Callable[..., T], *args: Any) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._writer, fn, *args)

    async def _read(self, fn: Callable[..., T], *args: Any) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._readers, fn, *args)

    async def start(self) -> int:
        if self.tls is None and not is_loopback(self.host):
            raise DomainError("sync.tls_required", host=self.host)
        await self._write(record_certificate, self.store.db, self.tls.sha256 if self.tls else None)
        self._server = await serve(
            self._handle,
            self.host,
            self.port,
            max_size=MAX_MESSAGE_BYTES,
            max_queue=16,
            ping_interval=20,
            ping_timeout=20,
            # Per-connection deflate cost two thirds of the loop under load (benchmarks/): frames are
            # small JSON on a LAN; the same bytes go to every store.
            compression=None,
            ssl=self.tls.context if self.tls else None,
        )
        sock = next(iter(self._server.sockets))
        self.port = sock.getsockname()[1]
        await self._reload_buckets()
        self._known = self._buckets_offset
        self._group_writer = asyncio.create_task(self._write_pushes())
        self._sweeper = asyncio.create_task(self._sweep_revoked())
        if self.store.shared:
            self._start_following()
        log.info("hub listening on %s", self.url)
        return self.port

    async def stop(self) -> None:
        if self.listener is not None:
            await asyncio.get_running_loop().run_in_executor(None, self.listener.stop)
        if self._follower is not None:
            self._follower.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._follower
        if self._sweeper is not None:
            self._sweeper.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._sweeper
        if self._group_writer is not None:
            self._group_writer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._group_writer
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
        self._writer.shutdown(wait=True)
        self._readers.shutdown(wait=True)

    def is_connected(self, device_id: str) -> bool:
        """Whether ``device_id`` has a live connection to this process."""
        return device_id in self._live

    def _revoked(self, device_id: str) -> None:
        """A device was revoked (by this process, another one, or the operator's CLI): close it now."""
        peer = self._live.get(device_id)
        if peer is not None:
            log.warning("closing the connection of revoked device %s", device_id)
            peer.end("sync.device_revoked")

    def _connected_elsewhere(self, device_id: str, process: str) -> None:
        """Another hub process of the shared database welcomed ``device_id``: ours is the older one."""
        peer = self._live.get(device_id)
        if peer is not None and process != self.store.process_id:
            log.warning("%s connected to another hub process: its connection here is closed", device_id)
            peer.end("sync.connection_replaced")

    async def _sweep_revoked(self) -> None:
        """Re-check the live devices' enrollment now and then: on SQLite nothing else tells this process
        of a revocation made by the CLI, and on PostgreSQL a NOTIFY can be missed."""
        while True:
            await asyncio.sleep(self.revocation_sweep)
            if not self._live:
                continue
            try:
                revoked = await self._read(auth.revoked_among, self.store.db, list(self._live))
            except Exception:  # the database is away: the next sweep tries again
                log.exception("checking for revoked devices failed")
                continue
            for device_id in revoked:
                self._revoked(device_id)

    @property
    def url(self) -> str:
        return f"{'wss' if self.tls else 'ws'}://{self.host}:{self.port}"

    async def _write_pushes(self) -> None:
        """Group commit: every push queued while the last transaction ran goes into the next one."""
        group: list[tuple[str, list[EventRecord], asyncio.Future[AppendResult]]] = []
        try:
            while True:
                group = [await self._pushes.get()]
                events = len(group[0][1])
                while not self._pushes.empty() and len(group) < GROUP_PUSHES and events < GROUP_EVENTS:
                    group.append(self._pushes.get_nowait())
                    events += len(group[-1][1])
                try:
                    results = await self._write(self.store.append_many, [(d, e) for d, e, _ in group])
                except Exception as exc:  # the transaction failed as a whole: every push in it hears so
                    for _, _, future in group:
                        if not future.done():
                            future.set_exception(exc)
                    continue
                # The group's entries, in offset order, go out to the devices as one frame before any
                # push hears its ack: one broadcast per commit, not per push, and none is skipped if a
                # pushing connection went away meanwhile.
                try:
                    await self._took_in([i for r in results if isinstance(r, AppendResult) for i in r.logged])
                except Exception:  # the buckets could not be re-read: committed is committed, ack it
                    log.exception("handing on logged entries failed")
                for (_, _, future), result in zip(group, results, strict=True):
                    if future.done():
                        continue
                    if isinstance(result, DomainError):
                        future.set_exception(result)
                    else:
                        future.set_result(result)
                group = []
        finally:
            # Stopping: no push waits forever. Unacked pushes are resent by their devices.
            while not self._pushes.empty():
                group.append(self._pushes.get_nowait())
            for _, _, future in group:
                if not future.done():
                    future.set_exception(DomainError("sync.internal", detail="hub stopping"))

    async def _append(self, device_id: str, events: list[EventRecord]) -> AppendResult:
        future: asyncio.Future[AppendResult] = asyncio.get_running_loop().create_future()
        await self._pushes.put((device_id, events, future))
        return await future

    # -- following a log shared with other hub processes -----------------------------------------

    def _start_following(self) -> None:
        names = self.store.names
        assert names is not None
        engine = self.store.db.engine
        self.listener = LogListener(
            self._listen_connect or (lambda: dedicated_connection(engine)),
            (engine.dialect.loaded_dbapi.Error,),
            names.channel,
            self._on_news,
            asyncio.get_running_loop(),
            on_revoked=self._revoked,
            on_connected=self._connected_elsewhere,
        )
        self._follower = asyncio.create_task(self._follow_log())
        self.listener.start()

    def _on_news(self, head: int | None, sender: str) -> None:
        """From the listener: ``head`` from a NOTIFY, or None after a (re)LISTEN (re-read anyway).
        Our own commits are handed on by the group writer: their NOTIFY needs no read."""
        if sender == self.store.process_id:
            return
        if head is None or head > self._known:
            self._news.set()

    async def _follow_log(self) -> None:
        while True:
            await self._news.wait()
            self._news.clear()
            try:
                while True:
                    items = await self._read(self.store.read_log, self._known, PAGE_SIZE)
                    self.log_reads += 1
                    await self._took_in(items)
                    if len(items) < PAGE_SIZE:
                        break
            except Exception:  # the database is away: the listener's reconnect will set _news again
                log.exception("reading the shared log failed")

    async def _took_in(self, logged: list[LogItem]) -> None:
        """Entries this process learnt of (its own commit or another process's): into the tail and
        the buckets, then to the devices, one call after another. Entries already handed on are
        skipped."""
        async with self._taking_in:
            logged = [i for i in logged if i.offset > self._known]
            if not logged:
                return
            missing = logged[0].offset - self._known - 1
            if self.store.shared and 0 < missing <= FILL_GAP:
                # Another process committed just before ours and our follower has not read it yet: read
                # it now, so the tail stays whole and current devices keep the fast path (otherwise
                # each of them would walk the log on its own).
                earlier = await self._read(self.store.read_log, self._known, missing)
                logged = [i for i in earlier if i.offset > self._known] + logged
            self._known = logged[-1].offset
            self.tail.extend(logged)  # a hole left (a big one) empties the tail
            self._deliver(logged)  # before any await: entries reach every peer in offset order
            if not self._advance_buckets(logged):
                await self._reload_buckets()

    async def _reload_buckets(self) -> None:
        head, buckets = await self._read(self.store.buckets_now)
        self._buckets, self._buckets_offset = buckets, head

    def _advance_buckets(self, logged: list[LogItem]) -> bool:
        """Fold newly logged events into the in-memory buckets; False if they do not follow on."""
        if not logged or logged[0].offset != self._buckets_offset + 1:
            return False
        for item in logged:
            key = bucket_key(item.event.store_id)
            count, checksum = self._buckets.get(key, (0, 0))
            self._buckets[key] = (count + 1, checksum ^ event_hash(item.event.event_id))
        self._buckets_offset = logged[-1].offset
        return True

    def _frame(self, cursor: int, entries: list[tuple[int, bytes]]) -> bytes:
        key = (cursor, entries[-1][0])
        frame = self._frames.get(key)
        if frame is None:
            if len(self._frames) > 256 or self._frames_bytes > FRAME_CACHE_BYTES:
                self._frames.clear()
                self._frames_bytes = 0
            frame = self._frames[key] = events_frame(cursor, entries)
            self._frames_bytes += len(frame)
        return frame

    def _deliver(self, logged: list[LogItem]) -> None:
        """New entries: one frame written at once to every idle peer that is current and keeps up;
        the others' senders are woken to walk the log at their own pace."""
        before, last = logged[0].offset - 1, logged[-1].offset
        entries = self.tail.after(before, PAGE_SIZE)
        fast: list[Peer] = []
        if entries and entries[-1][0] == last:
            for peer in self._peers:
                ws = peer.ws
                if (
                    peer.idle
                    and peer.cursor == before
                    and not peer.snapshot_wanted
                    and ws is not None
                    and ws.transport is not None
                    and ws.transport.get_write_buffer_size() < FAST_PATH_BUFFER
                ):
                    fast.append(peer)
        if fast and entries:  # entries is never None when a peer is fast
            send_to_all([p.ws for p in fast if p.ws is not None], self._frame(before, entries))
            for peer in fast:
                peer.cursor, peer.sent_since_checkpoint = last, True
        chosen = set(fast)
        for peer in self._peers:
            if peer not in chosen:
                peer.wake.set()

    # -- one connection ---------------------------------------------------------------------------

    async def _handle(self, ws: ServerConnection) -> None:
        try:
            peer = await self._await_hello(ws)
        except ConnectionClosed:
            return
        if peer is None:
            return
        peer.ws = ws
        device_id = peer.hello.device_id
        earlier = self._live.get(device_id)
        self._live[device_id] = peer
        if earlier is not None:  # a second app on the same database, a cloned PC, or a stale socket
            log.warning(
                "%s connected again from %s: its earlier connection is closed", device_id, ws.remote_address
            )
            earlier.end("sync.connection_replaced")
        self._peers.add(peer)
        # Reader, sender and the hub's own reasons to end: whichever ends first ends the connection.
        receiver = asyncio.create_task(self._receive(ws, peer))
        sender = asyncio.create_task(self._send_log(ws, peer))
        ended = asyncio.create_task(peer.ended.wait())
        tasks = (receiver, sender, ended)
        try:
            if self.store.shared and peer.hello.take_over:  # the other hub processes close theirs
                await self._announce(device_id)
            await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        finally:
            self._peers.discard(peer)
            if self._live.get(device_id) is peer:
                del self._live[device_id]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
        code, reason = self._close_reason(peer, receiver, sender)
        if code is not None:
            with contextlib.suppress(Exception):
                await ws.close(code, reason)

    async def _announce(self, device_id: str) -> None:
        try:
            await self._read(pg.announce_connection, self.store.db, device_id, self.store.process_id)
        except Exception:  # the database is away: this connection's pushes will say so
            log.exception("announcing the connection of %s failed", device_id)

    def _close_reason(
        self, peer: Peer, receiver: asyncio.Task[None], sender: asyncio.Task[None]
    ) -> tuple[int | None, str]:
        """The close code and reason a connection ends with; None if the device closed it."""
        if peer.ending is not None:
            return _CLOSE_CODES[peer.ending], peer.ending
        for task in (sender, receiver):
            exc = None if task.cancelled() or not task.done() else task.exception()
            if exc is None or isinstance(exc, ConnectionClosed):
                continue
            if task is sender and isinstance(exc, TimeoutError):
                log.warning("%s stopped reading: its connection is closed", peer.hello.device_id)
                return CLOSE_SENDER_STALLED, "sync.sender_stalled"
            log.error("connection of %s failed", peer.hello.device_id, exc_info=exc)
            return 1011, "sync.internal"
        return None, ""

    async def _await_hello(self, ws: ServerConnection) -> Peer | None:
        try:
            raw = await within(self.hello_timeout, ws.recv())
        except TimeoutError:
            await self._fail(ws, "sync.hello_timeout", "no hello in time")
            return None
        try:
            msg = client_decoder.decode(raw)
        except (msgspec.DecodeError, msgspec.ValidationError):
            await self._fail(ws, "sync.protocol", "first message must be a valid hello")
            return None
        if isinstance(msg, Enroll | CodeRequest):
            await self._enrollment(ws, msg)
            return None
        if not isinstance(msg, Hello):
            await self._fail(ws, "sync.protocol", "first message must be hello")
            return None
        common = set(msg.versions) & set(SUPPORTED_VERSIONS)
        if not common:
            await self._fail(ws, "sync.unsupported_version", f"hub speaks {SUPPORTED_VERSIONS}")
            return None
        try:
            grant = await self._read(auth.authenticate, self.store.db, msg.device_id, msg.token)
        except DomainError as exc:
            log.warning("refused %s from %s: %s", msg.device_id, ws.remote_address, exc.code)
            await self._fail(ws, exc.code, "")
            return None
        if not msg.take_over and msg.device_id in self._live:
            await self._fail(ws, "sync.device_in_use", "", retryable=True)
            return None
        result = await self._write(self.store.hello, grant.device_id, grant.store_id)
        version = max(common)
        welcome = Welcome(
            id=msg.id,
            hub_epoch=result.epoch,
            head=result.head,
            last_seq_seen=result.last_seq,
            version=version,
        )
        await ws.send(encode(welcome))
        return Peer(hello=msg, version=version, cursor=min(msg.cursor, result.head))

    async def _enrollment(self, ws: ServerConnection, msg: Enroll | CodeRequest) -> None:
        """One-shot connections: a new device trades a code for its token, or a manager's device asks
        for a code. Answered, then closed; refusals are logged with the peer's address."""
        reply: Enrolled | EnrollCode
        try:
            if isinstance(msg, Enroll):
                grant, token = await self._write(redeem_code, self.store.db, msg.code, msg.label)
                reply = Enrolled(
                    id=msg.id,
                    device_id=grant.device_id,
                    store_id=grant.store_id,
                    role=grant.role,
                    token=token,
                )
            else:
                who = await self._read(auth.authenticate, self.store.db, msg.device_id, msg.token)
                ttl = timedelta(seconds=msg.ttl_seconds)
                sha = self.tls.sha256 if self.tls else None
                issued = await self._write(
                    issue_code_for, self.store.db, who, msg.store_id, msg.role, ttl, sha
                )
                reply = EnrollCode(
                    id=msg.id,
                    code=issued.code,
                    store_id=issued.store_id,
                    role=issued.role,
                    expires_at=issued.expires_at,
                )
        except DomainError as exc:
            what = f"a code request of {msg.device_id}" if isinstance(msg, CodeRequest) else "an enrollment"
            log.warning("refused %s from %s: %s", what, ws.remote_address, exc.code)
            await self._fail(ws, exc.code, "")
            return
        with contextlib.suppress(ConnectionClosed):
            await ws.send(encode(reply))
            await ws.close()

    async def _fail(self, ws: ServerConnection, code: str, detail: str, *, retryable: bool = False) -> None:
        with contextlib.suppress(ConnectionClosed):
            await ws.send(encode(Error(code=code, detail=detail, retryable=retryable)))
            await ws.close(1008, code)

    async def _receive(self, ws: ServerConnection, peer: Peer) -> None:
        async for raw in ws:
            try:
                msg = client_decoder.decode(raw)
            except (msgspec.DecodeError, msgspec.ValidationError) as exc:
                await ws.send(encode(Error(code="sync.protocol", detail=str(exc)[:200])))
                continue
            if isinstance(msg, Push):
                await self._on_push(ws, peer, msg)
            elif isinstance(msg, SnapshotRequest) and peer.version >= 2:
                log.info("%s asks for a snapshot (%s)", peer.hello.device_id, msg.reason)
                peer.snapshot_wanted = True
                peer.wake.set()
            else:
                await ws.send(encode(Error(id=msg.id, code="sync.protocol", detail="unexpected message")))

    async def _on_push(self, ws: ServerConnection, peer: Peer, msg: Push) -> None:
        if len(msg.events) > MAX_PUSH_EVENTS:
            await ws.send(encode(Error(id=msg.id, code="sync.message_too_big", retryable=True)))
            return
        try:
            result = await self._append(peer.hello.device_id, msg.events)
        except DomainError as exc:
            await ws.send(encode(Error(id=msg.id, code=exc.code, detail=str(exc)[:200])))
            return
        if result.results or result.gap_expected is None:
            await ws.send(encode(Ack(id=msg.id, results=result.results, last_seq=result.last_seq)))
        if result.gap_expected is not None:
            await ws.send(encode(Gap(id=msg.id, expected=result.gap_expected)))

    # -- the sender -------------------------------------------------------------------------------

    async def _send_log(self, ws: ServerConnection, peer: Peer) -> None:
        last_checkpoint = float("-inf")
        if peer.version >= 2 and peer.cursor < await self._read(self.store.floor):
            peer.snapshot_wanted = True
        while True:
            peer.wake.clear()
            if peer.snapshot_wanted:
                peer.snapshot_wanted = False
                await self._send_snapshot(ws, peer)
                peer.sent_since_checkpoint = True
                continue
            entries = self.tail.after(peer.cursor, PAGE_SIZE)
            if entries is None:
                items = await self._read(self.store.read_log, peer.cursor, PAGE_SIZE)
                entries = [(i.offset, _item_encoder.encode(i)) for i in items]
            if entries:
                # ws.send waits while the socket's buffer is full: a slow store slows its own sender only.
                await within(self.send_timeout, ws.send(self._frame(peer.cursor, entries)))
                peer.cursor = entries[-1][0]
                peer.sent_since_checkpoint = True
                continue
            now = time.monotonic()
            due = (
                peer.version >= 2
                and peer.sent_since_checkpoint
                and now - last_checkpoint >= self.checkpoint_interval
            )
            if due and peer.cursor > self._buckets_offset:
                await self._reload_buckets()  # the log grew without this server (seeding, another process)
            if due and peer.cursor == self._buckets_offset:
                buckets = [(k, c, x) for k, (c, x) in sorted(self._buckets.items())]
                checkpoint = encode(Checkpoint(offset=peer.cursor, buckets=buckets))
                await within(self.send_timeout, ws.send(checkpoint))
                last_checkpoint, peer.sent_since_checkpoint = now, False
                continue
            # Sleep until woken (new entries for a lagging peer, a snapshot request) or until a
            # checkpoint may fall due: entries delivered by the fast path do not wake this task.
            timeout = None
            if peer.version >= 2:
                timeout = max(0.05, self.checkpoint_interval - (now - last_checkpoint))
            peer.idle = True
            try:
                with contextlib.suppress(TimeoutError):
                    await within(timeout, peer.wake.wait())
            finally:
                peer.idle = False

    async def _send_snapshot(self, ws: ServerConnection, peer: Peer) -> None:
        snap = await self._read(self.store.snapshot, peer.hello.device_id)
        parts = snap.split(SNAPSHOT_ROWS)
        for n, part in enumerate(parts, start=1):
            message = SnapshotPart(offset=snap.offset, part=n, parts=len(parts), data=part)
            await within(self.send_timeout, ws.send(encode(message)))
        peer.cursor = snap.offset
