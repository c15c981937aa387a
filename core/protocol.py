"""Sync protocol messages (JSON over websockets), shared by the hub and the sync client.

Envelope ``{v, type, id, ...}``; ``docs/protocol.md`` is the spec. Error *codes* cross the wire,
never translated text.
"""

from __future__ import annotations

import msgspec

from core.events import EventRecord
from core.snapshot import Snapshot

PROTOCOL_VERSION = 2
# Version 1 had no checkpoints or snapshots; a hub still serves it.
SUPPORTED_VERSIONS = (1, 2)
MAX_MESSAGE_BYTES = 1 << 20  # 1 MiB: a push batch or an events page never needs more
MAX_PUSH_EVENTS = 500
PAGE_SIZE = 500


class Message(msgspec.Struct, tag_field="type", kw_only=True, forbid_unknown_fields=False):
    v: int = PROTOCOL_VERSION
    id: int = 0


class Hello(Message, tag="hello"):
    device_id: str
    store_id: str | None = None
    token: str = ""
    cursor: int = 0
    last_seq: int = 0
    app_version: str = ""
    versions: list[int] = msgspec.field(default_factory=lambda: [PROTOCOL_VERSION])


class Welcome(Message, tag="welcome"):
    hub_epoch: str
    head: int
    last_seq_seen: int
    version: int = PROTOCOL_VERSION


class Push(Message, tag="push"):
    events: list[EventRecord]


class AckItem(msgspec.Struct, frozen=True):
    event_id: str
    seq: int
    status: str  # applied | duplicate | rejected
    reason: str | None = None
    offset: int | None = None


class Ack(Message, tag="ack"):
    results: list[AckItem]
    last_seq: int


class Gap(Message, tag="gap"):
    expected: int


class LogItem(msgspec.Struct, frozen=True):
    offset: int
    event: EventRecord


class Events(Message, tag="events"):
    from_offset: int
    to_offset: int
    items: list[LogItem]
    head: int = 0


class Checkpoint(Message, tag="checkpoint"):
    """Sent (v2) when a device's stream reaches the head: the hub's buckets at ``offset``."""

    offset: int
    buckets: list[tuple[str, int, int]]


class SnapshotRequest(Message, tag="snapshot_request"):
    reason: str = ""  # checksum | restored


class SnapshotPart(Message, tag="snapshot"):
    """One chunk of a snapshot; ``part`` counts from 1 to ``parts``. The log resumes after the last."""

    offset: int
    part: int
    parts: int
    data: Snapshot


class Error(Message, tag="error"):
    code: str
    retryable: bool = False
    detail: str = ""


ClientMessage = Hello | Push | SnapshotRequest
HubMessage = Welcome | Ack | Gap | Events | Checkpoint | SnapshotPart | Error

_encoder = msgspec.json.Encoder()
client_decoder = msgspec.json.Decoder(ClientMessage)
hub_decoder = msgspec.json.Decoder(HubMessage)


def encode(message: Message) -> bytes:
    return _encoder.encode(message)
