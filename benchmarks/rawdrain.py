"""A silent load device's socket without websockets' receive path (the latency benchmark's load).

The 177 silent devices of the latency benchmark stand for counters on other PCs. Through websockets each
would parse, assemble and hand over every broadcast frame in Python, a burst of CPU on this machine
right when the measured till B wants it. After the handshake and the hub's welcome (both still through
websockets), ``take_over`` gives the socket to ``RawDrain``: it reads every byte, answers pings and the
closing handshake, and parses frame headers only. Check it after a websockets upgrade:
``python -c "from benchmarks.rawdrain import raw_drain_self_check as c; c()"``.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import os
import random
import sys
import time
from typing import Any

from websockets.asyncio.client import ClientConnection, connect
from websockets.frames import Frame
from websockets.protocol import Protocol, State
from websockets.streams import StreamReader

now = time.monotonic

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
    after touching them or upgrading websockets): ``python -c "from benchmarks.rawdrain import
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
