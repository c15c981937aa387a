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
import io
import json
import os
import random
import resource
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
from websockets.frames import Frame
from websockets.protocol import Protocol, State
from websockets.streams import StreamReader

from benchmarks.common import pct, raise_nofile, sale_payload
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


def emit(event: str, **data: Any) -> None:
    print(json.dumps({"event": event, **data}), flush=True)


def _cpu() -> float:
    ru = resource.getrusage(resource.RUSAGE_SELF)
    return ru.ru_utime + ru.ru_stime


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


# -- raw drain: a silent device's socket without websockets' receive path ----------------------------

OP_CLOSE, OP_PING, OP_PONG = 0x8, 0x9, 0xA
# Code objects of websockets' frame parser, to tell where it stopped (``parser_backlog``).
_PROTOCOL_PARSE = Protocol.parse.__code__
_FRAME_PARSE = Frame.parse.__func__.__code__
_AT_EOF = StreamReader.at_eof.__code__
_READ_EXACT = StreamReader.read_exact.__code__


def client_frame(opcode: int, payload: bytes = b"") -> bytes:
    """A final control frame as a client sends it: masked (RFC 6455 5.3), payload of at most 125 bytes."""
    key = os.urandom(4)
    masked = bytes(b ^ key[i & 3] for i, b in enumerate(payload))
    return bytes((0x80 | opcode, 0x80 | len(payload))) + key + masked


def _header(buf: bytes, at: int) -> tuple[int, int, int, int] | None:
    """``(header size, byte 0, byte 1, payload length)`` of the frame header at ``buf[at:]``, or None
    while it is incomplete. A server's frames carry no mask key."""
    avail = len(buf) - at
    if avail < 2:
        return None
    b0, b1 = buf[at], buf[at + 1]
    length = b1 & 0x7F
    if length < 126:
        return 2, b0, b1, length
    if length == 126:
        return (4, b0, b1, int.from_bytes(buf[at + 2 : at + 4], "big")) if avail >= 4 else None
    return (10, b0, b1, int.from_bytes(buf[at + 2 : at + 10], "big")) if avail >= 10 else None


class RawDrain(asyncio.Protocol):
    """What the socket of a device on another PC does, at the least CPU: read every byte the server
    sends (so TCP flow control and the server's writes are what they are with a real peer), answer
    pings, and the closing handshake. Only frame headers are parsed; payloads are skipped where they
    lie (a control frame's, at most 125 bytes, is kept). ``frames`` counts complete data messages (a
    data frame with FIN) and ``bytes`` their payloads, as the websockets path counts what it receives.
    Frames may be split anywhere across reads. No extension is supported: a connection that negotiated
    one is never handed over."""

    def __init__(self, transport: asyncio.Transport) -> None:
        self.transport = transport
        self.frames = 0
        self.bytes = 0
        self.error = ""
        self.close_sent = False
        self.closed = False  # a close frame came (or the stream was broken): what follows is ignored
        self.lost = asyncio.Event()
        self._head = b""  # the start of a header split across reads
        self._need = 0  # payload bytes of the current frame still to come
        self._op = 0
        self._fin = False
        self._len = 0
        self._ctrl: bytearray | None = None  # a control frame's payload, while it comes

    def data_received(self, data: bytes) -> None:
        if self.closed:
            return
        i, n = 0, len(data)
        while True:
            need = self._need
            if need:  # inside a payload
                take = n - i
                if take <= 0:
                    return
                if take > need:
                    take = need
                if self._ctrl is not None:
                    self._ctrl += data[i : i + take]
                i += take
                self._need = need - take
                if self._need:
                    return
                self._end_frame()
                if self.closed:
                    return
                continue
            if i >= n:
                return
            if self._head:  # complete a split header (at most 10 bytes)
                head = self._head + data[i : i + 10]
                parsed = _header(head, 0)
                if parsed is None:
                    self._head = head  # all of data went into it
                    return
                i += parsed[0] - len(self._head)
                self._head = b""
            else:
                parsed = _header(data, i)
                if parsed is None:
                    self._head = data[i:]
                    return
                i += parsed[0]
            _, b0, b1, length = parsed
            op = b0 & 0x0F
            if b1 & 0x80 or b0 & 0x70 or (op > 2 and not OP_CLOSE <= op <= OP_PONG):
                self._fail(f"unexpected frame header {b0:#04x} {b1:#04x}")
                return
            if op >= OP_CLOSE and (length > 125 or not b0 & 0x80):
                self._fail(f"bad control frame: opcode {op}, {length} bytes, fin {bool(b0 & 0x80)}")
                return
            self._op, self._fin, self._len, self._need = op, bool(b0 & 0x80), length, length
            self._ctrl = bytearray() if op >= OP_CLOSE else None
            if not length:
                self._end_frame()
                if self.closed:
                    return

    def _end_frame(self) -> None:
        op = self._op
        if op <= 2:  # continuation, text, binary
            self.bytes += self._len
            if self._fin:
                self.frames += 1
            return
        payload = bytes(self._ctrl or b"")
        self._ctrl = None
        if op == OP_PING:
            if not self.transport.is_closing():
                self.transport.write(client_frame(OP_PONG, payload))
        elif op == OP_CLOSE:
            self.closed = True
            if not self.close_sent:  # the server closes: echo its status code, as RFC 6455 5.5.1 asks
                self.close_sent = True
                self.transport.write(client_frame(OP_CLOSE, payload[:2] if len(payload) >= 2 else b""))
            self.transport.close()

    def _fail(self, reason: str) -> None:
        self.error = self.error or reason
        self.closed = True
        print(f"raw drain: {reason}; closing", file=sys.stderr, flush=True)
        if not self.close_sent and not self.transport.is_closing():
            self.close_sent = True
            self.transport.write(client_frame(OP_CLOSE, (1002).to_bytes(2, "big")))
        self.transport.close()

    def eof_received(self) -> bool | None:
        self.closed = True
        return None  # the transport closes itself

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        self.lost.set()

    async def close(self, timeout: float = 5.0) -> None:
        """The closing handshake from this side (1000), then the transport; bounded by ``timeout``."""
        if not self.transport.is_closing() and not self.close_sent:
            self.close_sent = True
            self.transport.write(client_frame(OP_CLOSE, (1000).to_bytes(2, "big")))
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.lost.wait(), timeout)
        if not self.lost.is_set():
            self.transport.abort()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.lost.wait(), 1.0)


def parser_backlog(protocol: Protocol) -> bytes | None:
    """The bytes websockets' frame parser holds that did not make a frame yet, from the start of the
    frame they belong to: its reader's buffer, behind the header when ``Frame.parse`` already consumed
    it (re-encoded from the header bytes and length it read). None when the parser is in a state this
    does not know (another websockets version): then the connection stays with websockets."""
    buffered = bytes(protocol.reader.buffer)
    # The parser is a chain of generators: ClientProtocol.parse -> Protocol.parse -> at_eof (between
    # frames) or Frame.parse -> read_exact (in a frame).
    gen: Any = protocol.parser
    for _ in range(4):
        if gen is None or gen.gi_code is _PROTOCOL_PARSE:
            break
        gen = gen.gi_yieldfrom
    if gen is None or gen.gi_code is not _PROTOCOL_PARSE:
        return None
    outer = gen.gi_yieldfrom
    if outer is not None and outer.gi_code is _AT_EOF:  # between frames, nothing buffered
        return buffered
    if outer is None or outer.gi_code is not _FRAME_PARSE or outer.gi_frame is None:
        return None
    local = outer.gi_frame.f_locals
    if local.get("mask") is not False:
        return None
    if "head1" not in local:  # still reading the first two bytes: all of it is in the buffer
        return buffered
    inner = outer.gi_yieldfrom
    if inner is None or inner.gi_code is not _READ_EXACT or inner.gi_frame is None:
        return None
    n, length = inner.gi_frame.f_locals.get("n"), local.get("length")
    if not isinstance(n, int) or not isinstance(length, int):
        return None
    head = bytes((local["head1"], local["head2"]))
    code = local["head2"] & 0x7F
    if n != length:  # reading the 16- or 64-bit length
        return head + buffered
    if code == 126:
        head += length.to_bytes(2, "big")
    elif code == 127:
        head += length.to_bytes(8, "big")
    return head + buffered


def take_over(ws: ClientConnection) -> RawDrain | None:
    """Hand an open connection's socket from websockets to a ``RawDrain``: the frames websockets
    parsed and nobody read yet are counted, the bytes its parser holds are fed first, its keepalive
    stops (the drain answers the server's pings; nobody waits for pongs), and websockets never sees
    the socket again. None (nothing changed) when the connection has an extension or is not open."""
    protocol = ws.protocol
    transport = ws.transport
    if protocol.extensions or protocol.state is not State.OPEN or transport.is_closing():
        return None
    backlog = parser_backlog(protocol)
    if backlog is None:
        return None
    drain = RawDrain(transport)
    queued = ws.recv_messages.frames.queue  # data frames parsed but not received
    for frame in queued:
        drain.bytes += len(frame.data)
        drain.frames += frame.fin
    queued.clear()
    protocol.reader.buffer.clear()
    if ws.keepalive_task is not None:
        ws.keepalive_task.cancel()
        ws.keepalive_task = None
    transport.set_protocol(drain)
    if backlog:
        drain.data_received(backlog)
    if not transport.is_closing():
        transport.resume_reading()  # websockets pauses reading when its queue is full; no-op otherwise
    return drain


def raw_drain_self_check(seed: int = 7) -> None:
    """Checks ``RawDrain``, ``parser_backlog`` and ``take_over`` (not part of the test suite; run it
    after touching them or upgrading websockets): ``python -c "from benchmarks.loadgen import
    raw_drain_self_check as c; c()"``. Raises AssertionError on the first thing wrong."""
    from websockets.asyncio.server import ServerConnection, serve
    from websockets.client import ClientProtocol
    from websockets.frames import Opcode
    from websockets.server import ServerProtocol
    from websockets.uri import parse_uri

    def server_frame(op: int, payload: bytes, fin: bool = True, bits: int = 0) -> bytes:
        """Unmasked; ``bits`` 16 or 64 forces that length encoding (even when a shorter one fits)."""
        n = len(payload)
        if bits == 64 or n > 0xFFFF:
            size = bytes((127,)) + n.to_bytes(8, "big")
        elif bits == 16 or n > 125:
            size = bytes((126,)) + n.to_bytes(2, "big")
        else:
            size = bytes((n,))
        return bytes(((0x80 if fin else 0) | op,)) + size + payload

    class FakeTransport:
        def __init__(self) -> None:
            self.out = bytearray()
            self.closing = False

        def write(self, data: bytes) -> None:
            assert not self.closing, "write after close"
            self.out += data

        def is_closing(self) -> bool:
            return self.closing

        def close(self) -> None:
            self.closing = True

        abort = close

    def sent_frames(data: bytes) -> list[Frame]:
        """What a client wrote, read by websockets' own server-side parser (which insists on masks)."""
        reader = StreamReader()
        reader.feed_data(data)
        out = []
        while reader.buffer:
            gen = Frame.parse(reader.read_exact, mask=True)
            try:
                next(gen)
            except StopIteration as done:
                out.append(done.value)
            else:
                raise AssertionError("a partial frame was written")
        return out

    def open_protocol() -> ClientProtocol:
        """A client protocol after a real handshake (so its parser is where a connection's is)."""
        client = ClientProtocol(parse_uri("ws://127.0.0.1/"))
        server = ServerProtocol()
        client.send_request(client.connect())
        server.receive_data(b"".join(client.data_to_send()))
        (request,) = server.events_received()
        server.send_response(server.accept(request))
        client.receive_data(b"".join(server.data_to_send()))
        client.events_received()
        assert client.state is State.OPEN
        return client

    def feed(drain: RawDrain, data: bytes, cuts: list[int]) -> None:
        at = 0
        for cut in [*cuts, len(data)]:
            drain.data_received(data[at:cut])
            at = cut

    rng = random.Random(seed)
    big = rng.randbytes(70_000)
    data_frames = [  # (frame, counts as a message, payload bytes)
        (server_frame(0x1, b"hello"), 1, 5),
        (server_frame(0x2, b"m" * 200), 1, 200),  # 16-bit length
        (server_frame(0x2, big), 1, 70_000),  # 64-bit length
        (server_frame(0x2, b"sixte", bits=16), 1, 5),
        (server_frame(0x2, b"six", bits=64), 1, 3),
        (server_frame(OP_PING, b"abc"), 0, 0),
        (server_frame(0x1, b"0123456789", fin=False), 0, 10),  # a fragmented message...
        (server_frame(OP_PONG, b"xy"), 0, 0),  # ...with a control frame in the middle
        (server_frame(0x0, b"abcdefghij"), 1, 10),
        (server_frame(0x2, b""), 1, 0),
        (server_frame(OP_PING, b""), 0, 0),
    ]
    body = b"".join(f for f, _, _ in data_frames)
    want_frames = sum(m for _, m, _ in data_frames)
    want_bytes = sum(b for _, _, b in data_frames)
    stream = body + server_frame(OP_CLOSE, (1000).to_bytes(2, "big") + b"bye") + server_frame(0x1, b"late")

    # 1. The parser, whatever the reads: all at once, byte by byte, random cuts.
    splits: list[list[int]] = [[], list(range(1, len(stream)))]
    for _ in range(300):
        k = rng.choice([1, 3, 12, 200])
        splits.append(sorted(rng.sample(range(1, len(stream)), k)))
    for cuts in splits:
        transport = FakeTransport()
        drain = RawDrain(transport)  # type: ignore[arg-type]
        feed(drain, stream, cuts)
        assert (drain.frames, drain.bytes) == (want_frames, want_bytes), (drain.frames, drain.bytes)
        assert drain.closed and transport.closing and not drain.error
        sent = sent_frames(bytes(transport.out))
        assert [(f.opcode, bytes(f.data)) for f in sent] == [
            (Opcode.PONG, b"abc"),
            (Opcode.PONG, b""),
            (Opcode.CLOSE, (1000).to_bytes(2, "big")),
        ], sent
    # A masked or unknown frame from the server is refused.
    for bad in (b"\x82\x81abcdx", b"\x83\x00", b"\x09\x00", server_frame(OP_PING, b"p" * 126)):
        transport = FakeTransport()
        drain = RawDrain(transport)  # type: ignore[arg-type]
        with contextlib.redirect_stderr(io.StringIO()):
            drain.data_received(bad)
        assert drain.error and transport.closing, bad

    # 2. What websockets' parser holds when the socket is taken over, at every cut (near each frame
    # boundary for the big frame): the bytes from the start of the frame it is in.
    ends = [0]
    for f, _, _ in data_frames:
        ends.append(ends[-1] + len(f))
    cuts = {k for e in ends for k in range(max(0, e - 12), min(len(body), e + 12) + 1)}
    cuts |= set(range(0, ends[2] + 1)) | set(range(ends[3], len(body) + 1)) | {ends[2] + 5000}
    for k in sorted(cuts):
        protocol = open_protocol()
        protocol.receive_data(body[:k])
        got = [e for e in protocol.events_received() if isinstance(e, Frame)]
        start = ends[len(got)]
        backlog = parser_backlog(protocol)
        assert backlog == body[start:k], (k, start, None if backlog is None else len(backlog))
        transport = FakeTransport()
        drain = RawDrain(transport)  # type: ignore[arg-type]
        for frame in got:
            if frame.opcode in (Opcode.TEXT, Opcode.BINARY, Opcode.CONT):
                drain.bytes += len(frame.data)
                drain.frames += frame.fin
        drain.data_received(backlog + body[k:])
        assert (drain.frames, drain.bytes) == (want_frames, want_bytes), (k, drain.frames, drain.bytes)

    # 3. A real connection: welcome, then a frame and half of a 100 kB one in the same write, the
    # socket taken over after the welcome, a ping, then each side closing.
    async def live() -> None:
        pongs: list[float] = []
        closed_by_server: list[float] = []
        codes: list[int | None] = []
        payload = rng.randbytes(100_000)

        async def handler(sws: ServerConnection) -> None:
            mode = await sws.recv()
            if sws.protocol.extensions:  # the client keeps websockets and closes at once
                await sws.send("welcome")
                await sws.wait_closed()
                return
            whole = Frame(Opcode.BINARY, payload).serialize(mask=False, extensions=[])
            first = Frame(Opcode.TEXT, b"welcome").serialize(mask=False, extensions=[])
            first += Frame(Opcode.BINARY, b"a" * 300).serialize(mask=False, extensions=[])
            sws.transport.write(first + whole[:5000])
            await asyncio.sleep(0.2)
            sws.transport.write(whole[5000:])
            pongs.append(await asyncio.wait_for(await sws.ping(b"p1"), 5))
            if mode == "server closes":
                t = now()
                await asyncio.wait_for(sws.close(1001), 5)
                closed_by_server.append(now() - t)
            await asyncio.wait_for(sws.wait_closed(), 5)
            codes.append(sws.close_code)

        for compression in (None, "deflate"):
            async with serve(handler, "127.0.0.1", 0, compression=compression) as server:
                port = server.sockets[0].getsockname()[1]
                for mode in ("client closes", "server closes"):
                    ws = await connect(f"ws://127.0.0.1:{port}", compression="deflate", ping_interval=20)
                    await ws.send(mode)
                    assert await asyncio.wait_for(ws.recv(), 5) == "welcome"
                    buffered = len(ws.recv_messages.frames), len(parser_backlog(ws.protocol) or b"")
                    drain = take_over(ws)
                    if compression is not None:  # an extension: stays with websockets
                        assert drain is None
                        await ws.close()
                        break
                    assert drain is not None
                    print(
                        f"live, {mode}: at the take-over {buffered[0]} frame(s) queued, {buffered[1]} bytes held"
                    )
                    deadline = now() + 5
                    while not pongs and now() < deadline:
                        await asyncio.sleep(0.01)
                    assert pongs, "no pong"
                    pongs.clear()
                    assert (drain.frames, drain.bytes) == (2, 100_300), (drain.frames, drain.bytes)
                    t = now()
                    if mode == "client closes":
                        await drain.close(5)
                    else:
                        await asyncio.wait_for(drain.lost.wait(), 5)
                    assert drain.lost.is_set() and not drain.error
                    assert now() - t < 1, "closing took too long"
                    deadline = now() + 5
                    while not codes and now() < deadline:
                        await asyncio.sleep(0.01)
                    assert codes == [1000 if mode == "client closes" else 1001], codes
                    codes.clear()
                    if mode == "server closes":
                        assert closed_by_server and closed_by_server[0] < 1, closed_by_server

    asyncio.run(asyncio.wait_for(live(), 60))
    print(
        f"raw drain self-check passed: {len(splits)} ways to split the stream, {len(cuts)} take-over points"
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

    cpu0 = _cpu()
    tasks = [asyncio.create_task(pusher(d, rng.uniform(0, 1 / max(rate_each, 1e-9)))) for d in pushers]
    await asyncio.gather(*tasks)
    # No pushers (an idle background) or they hit the time limit: stay connected until told to stop.
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(cmds.stopped.wait(), max(0.0, t_stop - now()))
    t_end = now()
    cpu = _cpu() - cpu0
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
    cpu0 = _cpu()

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
    cpu = _cpu() - cpu0
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
    cpu0 = _cpu()
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
    cpu = _cpu() - cpu0
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
