"""Sync protocol messages (JSON over websockets), shared by the hub and the sync client.

Envelope ``{v, type, id, ...}``; ``docs/protocol.md`` is the spec. Error *codes* cross the wire,
never translated text.
"""

from __future__ import annotations

import hashlib
import secrets

import msgspec

from core.events import EventRecord
from core.snapshot import Snapshot

PROTOCOL_VERSION = 2
# Version 1 had no checkpoints or snapshots; a hub still serves it.
SUPPORTED_VERSIONS = (1, 2)
MAX_MESSAGE_BYTES = 1 << 20  # 1 MiB: a push batch or an events page never needs more
MAX_PUSH_EVENTS = 500
PAGE_SIZE = 500

DEVICE_ROLES = ("till", "office")  # a store's counter PC | a manager's or head office's device

# Why the hub closed a device's live connection: the websocket close code, and the reason it sends
# (an error code the till translates). docs/protocol.md, "Close codes".
CLOSE_REVOKED = 4001  # sync.device_revoked: a manager revoked the device
CLOSE_REPLACED = 4002  # sync.connection_replaced: the same device connected again
CLOSE_SENDER_STALLED = 4003  # sync.sender_stalled: the device stopped reading; reconnect from the cursor

# Enrollment codes are typed by a person: 32 letters and digits without look-alikes (no I, O, 0, 1).
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_SECRET_CHARS = 12  # 60 bits: one-time, expiring, and only tried online against the hub
CODE_PIN_CHARS = 12  # 60 bits of the hub certificate's SHA-256, so a new device can check whom it talks to


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
    # False: refused with sync.device_in_use while the device has a live connection, instead of
    # replacing it (a till whose connection was replaced asks politely, not to fight).
    take_over: bool = True


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


class Enroll(Message, tag="enroll"):
    """First message of a new device: trade a one-time enrollment code for a device token.

    ``code`` is the secret part of the code the manager was given (the certificate part is checked by
    the device itself before this is sent). The hub answers ``enrolled`` or ``error`` and closes.
    """

    code: str
    app_version: str = ""
    label: str = ""  # e.g. the computer's name, shown in the hub's device list


class Enrolled(Message, tag="enrolled"):
    """The device's identity and token; the token is shown once and kept only as a hash by the hub."""

    device_id: str
    store_id: str | None
    role: str
    token: str


class CodeRequest(Message, tag="code_request"):
    """First message of a one-shot connection: a manager's enrolled device asks for an enrollment code
    for a new device of ``store_id`` (authenticated by its own token). Answered ``enroll_code`` or ``error``."""

    device_id: str
    token: str
    store_id: str | None
    role: str = "till"
    ttl_seconds: int = 24 * 3600


class EnrollCode(Message, tag="enroll_code"):
    code: str
    store_id: str | None
    role: str
    expires_at: str


class Error(Message, tag="error"):
    code: str
    retryable: bool = False
    detail: str = ""


ClientMessage = Hello | Push | SnapshotRequest | Enroll | CodeRequest
HubMessage = Welcome | Ack | Gap | Events | Checkpoint | SnapshotPart | Enrolled | EnrollCode | Error

_encoder = msgspec.json.Encoder()
client_decoder = msgspec.json.Decoder(ClientMessage)
hub_decoder = msgspec.json.Decoder(HubMessage)


def _chars(value: int, count: int) -> str:
    return "".join(CODE_ALPHABET[(value >> (5 * (count - 1 - i))) & 31] for i in range(count))


def new_code_secret() -> str:
    return _chars(secrets.randbits(5 * CODE_SECRET_CHARS), CODE_SECRET_CHARS)


def certificate_tag(sha256_hex: str) -> str:
    """The part of an enrollment code that names the hub's certificate: its SHA-256's first 60 bits."""
    return _chars(int(sha256_hex[:16], 16) >> 4, CODE_PIN_CHARS)


def format_code(secret: str, sha256_hex: str | None) -> str:
    """``XXXX-XXXX-XXXX`` (a hub without TLS, loopback only) or six groups, the last three naming the
    hub's certificate."""
    text = secret + (certificate_tag(sha256_hex) if sha256_hex else "")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_code(text: str) -> tuple[str, str | None]:
    """(secret, certificate tag or None) from what a person typed; ``ValueError`` if it is no code."""
    clean = "".join(ch for ch in text.upper() if not ch.isspace() and ch != "-")
    if len(clean) not in (CODE_SECRET_CHARS, CODE_SECRET_CHARS + CODE_PIN_CHARS) or any(
        ch not in CODE_ALPHABET for ch in clean
    ):
        raise ValueError("not an enrollment code")
    return clean[:CODE_SECRET_CHARS], clean[CODE_SECRET_CHARS:] or None


def secret_hash(secret: str) -> str:
    """How the hub keeps codes and tokens: SHA-256 (both are random and long; nothing to salt against)."""
    return hashlib.sha256(secret.encode()).hexdigest()


def encode(message: Message) -> bytes:
    return _encoder.encode(message)
