"""Commutative checksums of which events a replica holds, per store bucket."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.models import SyncBucket

CHAIN_WIDE = "*"


def bucket_key(store_id: str | None) -> str:
    return store_id or CHAIN_WIDE


def event_hash(event_id: str) -> int:
    """A signed 64-bit hash (fits a BIGINT on SQLite and PostgreSQL)."""
    return int.from_bytes(hashlib.blake2b(event_id.encode(), digest_size=8).digest(), "big", signed=True)


def add_to_buckets(session: Session, events: Iterable[tuple[str, str | None]]) -> None:
    """Count (event_id, store_id) pairs into their buckets, in the caller's transaction."""
    delta: dict[str, tuple[int, int]] = {}
    for event_id, store_id in events:
        key = bucket_key(store_id)
        count, checksum = delta.get(key, (0, 0))
        delta[key] = (count + 1, checksum ^ event_hash(event_id))
    for key, (count, checksum) in delta.items():
        bucket = session.get(SyncBucket, key)
        if bucket is None:
            session.add(SyncBucket(store_key=key, count=count, checksum=checksum))
        else:
            bucket.count += count
            bucket.checksum ^= checksum


def read_buckets(session: Session) -> dict[str, tuple[int, int]]:
    return {b.store_key: (b.count, b.checksum) for b in session.scalars(select(SyncBucket))}


def replace_buckets(session: Session, buckets: dict[str, tuple[int, int]]) -> None:
    session.query(SyncBucket).delete()
    for key, (count, checksum) in buckets.items():
        session.add(SyncBucket(store_key=key, count=count, checksum=checksum))
