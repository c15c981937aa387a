"""What the hub does differently on PostgreSQL, where several hub processes share one database.

- Appends are serialised by a transaction-scoped advisory lock taken before the head is read, so
  offsets are assigned one transaction after another and become visible in commit order: a reader
  that sees offset N sees every offset below it.
- Each commit that logged events sends one small ``NOTIFY`` (inside the transaction, so it is
  delivered only if the commit happens) carrying the new head; the other processes then read the log.
- A revocation sends ``revoked <device id>`` on the same channel: every process closes that device's
  live connection at once. A device's new connection sends ``connected <device id> <process>``: the
  other processes close the device's older connection (one live connection per device).

Names are per schema, so hubs of different chains (or tests) sharing a server never wake each other.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from core.db import Database

SETUP_LOCK_SALT = "hub-setup:"
LOG_LOCK_SALT = "hub-log:"


def _key(salt: str, schema: str) -> int:
    """A signed 64-bit advisory lock key of our own for this schema."""
    return int.from_bytes(
        hashlib.blake2b((salt + schema).encode(), digest_size=8).digest(), "big", signed=True
    )


class LogNames:
    """The advisory lock keys and the NOTIFY channel of one hub database (one schema)."""

    def __init__(self, schema: str) -> None:
        self.schema = schema
        self.setup_lock = _key(SETUP_LOCK_SALT, schema)
        self.log_lock = _key(LOG_LOCK_SALT, schema)
        # A channel is an identifier (at most 63 bytes); the hash keeps long schema names apart.
        self.channel = f"store_hub_{self.log_lock & 0xFFFF_FFFF_FFFF:012x}"

    @classmethod
    def of(cls, db: Database) -> LogNames:
        with db.read() as s:
            return cls(str(s.scalar(text("SELECT current_schema()"))))


def lock(session: Session, key: int) -> None:
    """Wait for, then hold until this transaction ends, the advisory lock ``key``."""
    session.execute(select(func.pg_advisory_xact_lock(key)))


def announce(session: Session, channel: str, head: int, sender: str) -> None:
    """Queue one NOTIFY with the new head and the announcing process; PostgreSQL sends it when (and
    only if) the transaction commits."""
    session.execute(select(func.pg_notify(channel, f"{head} {sender}")))


REVOKED = "revoked"


def announce_revocation(session: Session, device_id: str) -> None:
    """Queue a NOTIFY telling every hub process on this schema that ``device_id`` was revoked."""
    channel = LogNames(str(session.scalar(text("SELECT current_schema()")))).channel
    session.execute(select(func.pg_notify(channel, f"{REVOKED} {device_id}")))


CONNECTED = "connected"


def announce_connection(db: Database, device_id: str, sender: str) -> None:
    """Tell the other hub processes on this database that ``device_id`` connected to ``sender``."""
    with db.write() as s:
        channel = LogNames(str(s.scalar(text("SELECT current_schema()")))).channel
        s.execute(select(func.pg_notify(channel, f"{CONNECTED} {device_id} {sender}")))


def connected_of(payload: str) -> tuple[str, str] | None:
    """(device, process) of a connection NOTIFY; None for any other payload."""
    word, _, rest = payload.partition(" ")
    device_id, _, sender = rest.partition(" ")
    return (device_id, sender) if word == CONNECTED and device_id and sender else None


def revoked_of(payload: str) -> str | None:
    """The device a revocation NOTIFY names; None for any other payload."""
    word, _, device_id = payload.partition(" ")
    return device_id if word == REVOKED and device_id else None


def news_of(payload: str) -> tuple[int | None, str]:
    """(head, sender) from a NOTIFY's payload; a head of None (read the log anyway) if unreadable."""
    head, _, sender = payload.partition(" ")
    try:
        return int(head), sender
    except ValueError:
        return None, sender
