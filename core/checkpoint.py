"""Commutative checksums of which events a replica holds, per store bucket."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from sqlalchemy import Insert, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from core.models import SyncBucket
from core.prepared import Prepared

CHAIN_WIDE = "*"


def bucket_key(store_id: str | None) -> str:
    return store_id or CHAIN_WIDE


def event_hash(event_id: str) -> int:
    """A signed 64-bit hash (fits a BIGINT on SQLite and PostgreSQL)."""
    return int.from_bytes(hashlib.blake2b(event_id.encode(), digest_size=8).digest(), "big", signed=True)


def _buckets_upsert(dialect: str) -> Insert:
    table = SyncBucket.__table__
    stmt = (pg_insert if dialect == "postgresql" else sqlite_insert)(table)
    old, new = table.c.checksum, stmt.excluded.checksum
    return stmt.on_conflict_do_update(
        index_elements=["store_key"],
        # XOR, spelt so SQLite (which has no XOR operator) and PostgreSQL agree: for any two integers
        # (a | b) - (a & b) == a ^ b, and the result fits 64 bits whenever a and b do.
        set_={"count": table.c.count + stmt.excluded.count, "checksum": old.op("|")(new) - old.op("&")(new)},
    )


_ADD_TO_BUCKETS = Prepared(_buckets_upsert)  # compiled once: every applied page and group runs it


def add_to_buckets(session: Session, events: Iterable[tuple[str, str | None]]) -> None:
    """Count (event_id, store_id) pairs into their buckets, in the caller's transaction: one upsert."""
    delta: dict[str, tuple[int, int]] = {}
    for event_id, store_id in events:
        key = bucket_key(store_id)
        count, checksum = delta.get(key, (0, 0))
        delta[key] = (count + 1, checksum ^ event_hash(event_id))
    if not delta:
        return
    _ADD_TO_BUCKETS.execute(
        session, [{"store_key": k, "count": c, "checksum": x} for k, (c, x) in sorted(delta.items())]
    )


def read_buckets(session: Session) -> dict[str, tuple[int, int]]:
    return {b.store_key: (b.count, b.checksum) for b in session.scalars(select(SyncBucket))}


def replace_buckets(session: Session, buckets: dict[str, tuple[int, int]]) -> None:
    session.query(SyncBucket).delete()
    for key, (count, checksum) in buckets.items():
        session.add(SyncBucket(store_key=key, count=count, checksum=checksum))
