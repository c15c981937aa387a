"""The device's own checks, before anything leaves it: hub addresses and enrollment codes."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from core.db import open_sqlite
from core.errors import DomainError
from core.replica import init_replica
from sync_client.client import SyncClient
from sync_client.enrollment import check_url, client_ssl, enroll


@pytest.mark.parametrize(
    ("url", "scheme"),
    [
        ("ws://127.0.0.1:8765", "ws"),
        ("ws://localhost:8765", "ws"),
        ("ws://[::1]:8765", "ws"),
        ("wss://backoffice:8765", "wss"),
        ("wss://192.0.2.10:8765", "wss"),
    ],
)
def test_plain_ws_only_to_this_computer(url: str, scheme: str) -> None:
    assert check_url(url) == scheme
    assert (client_ssl(url) is not None) == (scheme == "wss")


@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("ws://backoffice:8765", "sync.insecure_url"),
        ("ws://192.0.2.10:8765", "sync.insecure_url"),
        ("http://backoffice:8765", "sync.bad_url"),
        ("backoffice", "sync.bad_url"),
    ],
)
def test_other_addresses_are_refused_with_a_code(url: str, code: str) -> None:
    with pytest.raises(DomainError) as refused:
        check_url(url)
    assert refused.value.code == code


def test_a_client_given_a_plain_remote_address_stops_before_connecting(tmp_path: Path) -> None:
    db = open_sqlite(tmp_path / "till.sqlite3")
    with db.write() as s:
        init_replica(s, "till-1", "MO-SEN")

    async def scenario() -> None:
        client = SyncClient(db, "ws://192.0.2.10:8765", token="t")
        await asyncio.wait_for(client.run(), 5)  # returns: no retry loop against an unsafe address
        assert (client.state.status, client.state.error_code) == ("refused", "sync.insecure_url")

    asyncio.run(scenario())
    db.dispose()


def test_a_mistyped_code_or_a_tls_hub_code_without_its_certificate_is_never_sent() -> None:
    async def scenario() -> None:
        for url, code in [
            ("ws://127.0.0.1:9", "ABCD-EFGH"),  # too short
            ("wss://127.0.0.1:9", "ABCD-EFGH-JKLM"),  # a TLS hub's code names its certificate
        ]:
            with pytest.raises(DomainError) as refused:
                await enroll(url, code)  # port 9: nothing listens, so an attempt would say unreachable
            assert refused.value.code == "enroll.code_format"

    asyncio.run(scenario())
