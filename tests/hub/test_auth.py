"""Who may post what, codes as a person types them, and the operator's device commands."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from core import registry
from core.errors import DomainError
from core.events import EventRecord
from core.protocol import certificate_tag, format_code, new_code_secret, parse_code, secret_hash
from desktop.demo import seed_hub
from hub.__main__ import main as hub_main
from hub.auth import Grant, authenticate, authorise, is_loopback, list_devices, load_tls
from hub.enrollment import issue_code, issue_code_for, parse_ttl, redeem_code
from hub.store import HubStore
from tests.sync_client.certs import make_certificate


def _record(kind: str, store_id: str | None) -> EventRecord:
    return EventRecord(
        event_id="e", device_id="d", seq=1, store_id=store_id, kind=kind, occurred_at="", payload={}
    )


TILL = Grant("till-1", "MO-SEN", "till")
MANAGER = Grant("office-1", "MO-SEN", "office")
HEAD_OFFICE = Grant("office-hq", None, "office")


@pytest.mark.parametrize(
    ("grant", "kind", "store", "expected"),
    [
        (TILL, "sale.recorded", "MO-SEN", None),
        (TILL, "sale.recorded", "MO-TAI", "event.wrong_store"),
        (TILL, "product.upserted", None, "event.not_allowed"),
        (TILL, "oversell.detected", "MO-SEN", "event.not_allowed"),  # only the hub records those
        (TILL, "launch.missiles", "MO-SEN", "event.unknown_kind"),
        (MANAGER, "product.upserted", None, None),
        (MANAGER, "stock.received", "MO-SEN", None),
        (MANAGER, "stock.received", "MO-TAI", "event.wrong_store"),
        (HEAD_OFFICE, "stock.received", "MO-TAI", None),
        (HEAD_OFFICE, "staff.upserted", None, None),
    ],
)
def test_every_kind_is_authorised_per_role_and_store(
    grant: Grant, kind: str, store: str | None, expected: str | None
) -> None:
    assert authorise(grant, _record(kind, store)) == expected


def test_every_store_kind_is_refused_to_a_till_of_another_store() -> None:
    for kind in registry.kinds():
        refusal = authorise(TILL, _record(kind.name, "MO-TAI"))
        assert refusal is not None, kind.name
        if kind.scope == "store":
            assert refusal == "event.wrong_store"


def test_codes_survive_how_people_type_them() -> None:
    secret = new_code_secret()
    sha = "ab" * 32
    code = format_code(secret, sha)
    assert len(code) == 29 and code.count("-") == 5
    assert parse_code(code.lower().replace("-", " ")) == (secret, certificate_tag(sha))
    assert parse_code(format_code(secret, None)) == (secret, None)
    for bad in ("", "ABCD", code + "A", code.replace(code[0], "0")):
        with pytest.raises(ValueError):
            parse_code(bad)


def test_ttl_and_loopback() -> None:
    assert parse_ttl("24h") == timedelta(hours=24) and parse_ttl("30m") == timedelta(minutes=30)
    with pytest.raises(ValueError):
        parse_ttl("soon")
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("backoffice")


@pytest.fixture
def hub(tmp_path: Path):  # type: ignore[no-untyped-def]
    store = HubStore.open(tmp_path / "hub.sqlite3")
    seed_hub(store, tmp_path)
    yield store
    store.close()


def test_the_hub_keeps_hashes_only_and_a_code_enrols_once(hub: HubStore) -> None:
    issued = issue_code(hub.db, "MO-SEN")
    secret, _ = parse_code(issued.code)
    grant, token = redeem_code(hub.db, secret, "counter 2")
    assert (grant.store_id, grant.role) == ("MO-SEN", "till")
    assert authenticate(hub.db, grant.device_id, token) == grant
    with pytest.raises(DomainError, match=r"enroll\.code_used"):
        redeem_code(hub.db, secret)
    raw = Path(str(hub.db.engine.url.database)).read_bytes()
    wal = Path(str(hub.db.engine.url.database) + "-wal")
    raw += wal.read_bytes() if wal.exists() else b""
    assert token.encode() not in raw and secret.encode() not in raw
    assert secret_hash(token).encode() in raw  # what the hub does keep


def test_only_a_manager_device_asks_for_codes_and_only_for_its_store(hub: HubStore) -> None:
    day = timedelta(hours=24)
    with pytest.raises(DomainError, match=r"enroll\.not_allowed"):
        issue_code_for(hub.db, TILL, "MO-SEN", "till", day, None)
    with pytest.raises(DomainError, match=r"enroll\.not_allowed"):
        issue_code_for(hub.db, MANAGER, "MO-TAI", "till", day, None)
    assert issue_code_for(hub.db, MANAGER, "MO-SEN", "till", day, None).store_id == "MO-SEN"
    assert issue_code_for(hub.db, HEAD_OFFICE, "MO-TAI", "office", day, None).role == "office"
    with pytest.raises(DomainError, match=r"enroll\.unknown_store"):
        issue_code(hub.db, "XX-NOPE")
    with pytest.raises(DomainError, match=r"enroll\.store_required"):
        issue_code(hub.db, None, "till")
    with pytest.raises(DomainError, match=r"enroll\.bad_ttl"):
        issue_code(hub.db, "MO-SEN", ttl=timedelta(days=30))


def test_the_cli_enrols_lists_and_revokes(
    hub: HubStore, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "hub.sqlite3")
    assert hub_main(["--db", db, "enroll", "--store", "MO-SEN", "--role", "office", "--ttl", "2h"]) == 0
    out = capsys.readouterr().out
    secret, tag = parse_code(out.splitlines()[0])
    assert tag is None and "without TLS" in out  # this hub never served wss://
    grant, token = redeem_code(hub.db, secret)
    assert grant.role == "office"
    assert hub_main(["devices", "--db", db]) == 0
    assert grant.device_id in capsys.readouterr().out
    assert hub_main(["--db", db, "revoke", grant.device_id]) == 0
    with pytest.raises(DomainError, match=r"sync\.device_revoked"):
        authenticate(hub.db, grant.device_id, token)
    with pytest.raises(DomainError, match=r"sync\.auth_failed"):  # a stranger learns nothing of it
        authenticate(hub.db, grant.device_id, "guess")
    assert [d.revoked_at is not None for d in list_devices(hub.db)] == [True]
    assert hub_main(["--db", db, "revoke", "nobody"]) == 2
    assert hub_main(["--db", db, "enroll"]) == 2  # a till needs a store
    assert "store" in capsys.readouterr().err


def test_a_hub_beyond_loopback_needs_a_certificate(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert hub_main(["--db", str(tmp_path / "h.sqlite3"), "--host", "0.0.0.0", "--port", "0"]) == 2
    assert "sync.tls_required" in capsys.readouterr().err
    cert, key, sha = make_certificate(tmp_path)
    assert load_tls(cert, key).sha256 == sha
    with pytest.raises(DomainError, match=r"sync\.tls_files"):
        load_tls(key, key)
