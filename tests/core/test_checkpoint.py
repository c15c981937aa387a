"""Checkpoint buckets: the database's XOR (spelt with | and & for SQLite) is Python's, on both backends."""

from __future__ import annotations

import random

import pytest

import core.checkpoint as checkpoint
from core.checkpoint import add_to_buckets, bucket_key, event_hash, read_buckets
from core.db import open_database
from core.ids import new_id
from core.models import schema


def test_buckets_count_and_xor_like_python_whatever_the_grouping(db_url: str) -> None:
    db = open_database(db_url)
    try:
        with db.write() as s:
            schema().create_all(s.connection())
        rng = random.Random(5)
        events = [(new_id(), rng.choice(["MO-SEN", "MO-TAI", None])) for _ in range(300)]
        expected: dict[str, tuple[int, int]] = {}
        for event_id, store_id in events:
            count, checksum = expected.get(bucket_key(store_id), (0, 0))
            expected[bucket_key(store_id)] = (count + 1, checksum ^ event_hash(event_id))
        start = 0
        while start < len(events):  # in groups of random size, as pages and group commits come
            size = rng.randint(1, 40)
            with db.write() as s:
                add_to_buckets(s, events[start : start + size])
            start += size
        with db.read() as s:
            assert read_buckets(s) == expected
        # Every event again: XOR cancels out, counts double.
        with db.write() as s:
            add_to_buckets(s, events)
        with db.read() as s:
            assert read_buckets(s) == {k: (2 * c, 0) for k, (c, _) in expected.items()}
    finally:
        db.dispose()


@pytest.mark.parametrize(
    "values",
    [
        (-(2**63), -(2**63)),
        (-(2**63), 2**63 - 1),
        (2**63 - 1, 2**63 - 1),
        (-1, 0),
        (-1, 2**63 - 1),
        (0x5555_5555_5555_5555, -0x5555_5555_5555_5556),
    ],
)
def test_the_xor_of_extreme_hashes_fits_and_is_exact(
    db_url: str, values: tuple[int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = open_database(db_url)
    hashes = iter(values)
    monkeypatch.setattr(checkpoint, "event_hash", lambda _event_id: next(hashes))
    try:
        with db.write() as s:
            schema().create_all(s.connection())
        for _ in values:
            with db.write() as s:
                add_to_buckets(s, [("e", "MO-SEN")])
        with db.read() as s:
            assert read_buckets(s) == {"MO-SEN": (2, values[0] ^ values[1])}
    finally:
        db.dispose()
