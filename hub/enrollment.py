"""One-time enrollment codes: a manager creates one for a store, a new device trades it for a token.

A code is ``secret`` (kept by the hub only as a hash) plus, on a hub with TLS, a tag of the hub
certificate's SHA-256 (``core.protocol.format_code``): the new device checks the certificate it sees
against the tag before it sends anything, then pins the certificate's full SHA-256.
"""

from __future__ import annotations

import logging
import re
import secrets
import sys
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import update

from core.db import Database
from core.errors import DomainError
from core.models import Store
from core.protocol import format_code, new_code_secret, secret_hash
from hub.auth import Grant, check_role, enroll, now_text
from hub.models import HubEnrollmentCode, HubMeta

log = logging.getLogger(__name__)

DEFAULT_TTL = timedelta(hours=24)
MIN_TTL = timedelta(minutes=5)
MAX_TTL = timedelta(days=7)
_CERT_KEY = "tls_sha256"


@dataclass(frozen=True)
class IssuedCode:
    code: str
    store_id: str | None
    role: str
    expires_at: str


def parse_ttl(text: str) -> timedelta:
    """``90m``, ``24h``, ``7d`` (the CLI's ``--ttl``)."""
    match = re.fullmatch(r"\s*(\d+)\s*([mhd])\s*", text.lower())
    if match is None:
        raise ValueError(f"not a duration: {text!r} (e.g. 30m, 24h, 7d)")
    n, unit = int(match[1]), match[2]
    return {"m": timedelta(minutes=n), "h": timedelta(hours=n), "d": timedelta(days=n)}[unit]


def record_certificate(db: Database, sha256_hex: str | None) -> None:
    """Remember the certificate the hub serves with, so ``python -m hub enroll`` can name it in codes."""
    with db.write() as s:
        meta = s.get(HubMeta, _CERT_KEY)
        if meta is None:
            s.add(HubMeta(key=_CERT_KEY, value=sha256_hex or ""))
        else:
            meta.value = sha256_hex or ""


def recorded_certificate(db: Database) -> str | None:
    with db.read() as s:
        meta = s.get(HubMeta, _CERT_KEY)
        return meta.value if meta is not None and meta.value else None


def issue_code(
    db: Database,
    store_id: str | None,
    role: str = "till",
    *,
    ttl: timedelta = DEFAULT_TTL,
    created_by: str = "",
    cert_sha256: str | None = None,
    now: datetime | None = None,
) -> IssuedCode:
    """A new one-time code for a device of ``store_id``; ``now`` is injectable for tests of expiry."""
    check_role(store_id, role)
    if not MIN_TTL <= ttl <= MAX_TTL:
        raise DomainError("enroll.bad_ttl", minutes=int(ttl.total_seconds() // 60))
    created = now or datetime.now(UTC)
    secret = new_code_secret()
    with db.write() as s:
        if store_id is not None and s.get(Store, store_id) is None:
            raise DomainError("enroll.unknown_store", store=store_id)
        expires = now_text(created + ttl)
        s.add(
            HubEnrollmentCode(
                code_hash=secret_hash(secret),
                store_id=store_id,
                role=role,
                created_at=now_text(created),
                expires_at=expires,
                created_by=created_by,
            )
        )
    log.info("enrollment code for a %s of %s created by %s", role, store_id or "head office", created_by)
    return IssuedCode(format_code(secret, cert_sha256), store_id, role, expires)


def issue_code_for(
    db: Database,
    requester: Grant,
    store_id: str | None,
    role: str,
    ttl: timedelta,
    cert_sha256: str | None,
) -> IssuedCode:
    """A code asked for by an enrolled device over the network: only a manager's (office) device, and
    only for its own store unless it is the head office's."""
    if requester.role != "office" or (requester.store_id is not None and requester.store_id != store_id):
        raise DomainError("enroll.not_allowed", store=store_id or "")
    return issue_code(db, store_id, role, ttl=ttl, created_by=requester.device_id, cert_sha256=cert_sha256)


def redeem_code(db: Database, secret: str, label: str = "") -> tuple[Grant, str]:
    """Trade a code for a new device's grant and token, once. ``enroll.code_invalid`` / ``code_used`` /
    ``code_expired`` otherwise. The code is marked used in the same transaction that enrols the device."""
    digest = secret_hash(secret)
    now = now_text()
    with db.write() as s:
        row = s.get(HubEnrollmentCode, digest)
        if row is None:
            raise DomainError("enroll.code_invalid")
        if row.used_at is not None:
            raise DomainError("enroll.code_used")
        if row.expires_at <= now:
            raise DomainError("enroll.code_expired")
        prefix = "till" if row.role == "till" else "office"
        device_id = f"{prefix}-{(row.store_id or 'hq').lower()}-{secrets.token_hex(4)}"
        # One statement decides who used the code: two devices racing with it cannot both enrol.
        taken = s.execute(
            update(HubEnrollmentCode)
            .where(HubEnrollmentCode.code_hash == digest, HubEnrollmentCode.used_at.is_(None))
            .values(used_at=now, used_by=device_id)
            .execution_options(synchronize_session=False)
        )
        if taken.rowcount != 1:  # type: ignore[attr-defined]
            raise DomainError("enroll.code_used")
        token = enroll(s, device_id, row.store_id, row.role, label)
        grant = Grant(device_id, row.store_id, row.role)
    log.warning("device %s enrolled for %s as %s", device_id, grant.store_id or "head office", grant.role)
    return grant, token


# -- python -m hub enroll | revoke | devices --------------------------------------------------------

COMMANDS = ("enroll", "revoke", "devices")
_CLI_MESSAGES = {
    "enroll.unknown_store": "no store {store} in this hub's catalogue",
    "enroll.store_required": "a till belongs to a store: give --store",
    "enroll.bad_role": "role must be till or office",
    "enroll.bad_ttl": "the code must live between 5 minutes and 7 days",
}


def command_index(argv: list[str]) -> int | None:
    """Where a device command stands in ``argv`` (``python -m hub [--db X] enroll ...``), if any."""
    for i, arg in enumerate(argv):
        if arg in COMMANDS and (i == 0 or not argv[i - 1].startswith("--") or argv[i - 1] == "--"):
            return i
    return None


def device_command(argv: list[str]) -> int:
    """The operator's device commands; prints for a person, exit 0 on success and 2 on refusal."""
    import argparse

    from hub.auth import list_devices, revoke
    from hub.store import HubStore

    parser = argparse.ArgumentParser(prog="python -m hub", description="Enrolled devices of this hub")
    parser.add_argument("--db", default="hub.sqlite3", help="the hub's database (as for serving)")
    sub = parser.add_subparsers(dest="command", required=True)
    enroll_p = sub.add_parser("enroll", help="print a one-time enrollment code for a new device")
    enroll_p.add_argument("--store", help="the store the device will belong to (none: head office)")
    enroll_p.add_argument("--role", choices=("till", "office"), default="till")
    enroll_p.add_argument("--ttl", default="24h", help="how long the code may be used (30m, 24h, 7d)")
    enroll_p.add_argument("--db", dest="db_sub", help=argparse.SUPPRESS)
    revoke_p = sub.add_parser("revoke", help="refuse a device from now on")
    revoke_p.add_argument("device_id")
    revoke_p.add_argument("--db", dest="db_sub", help=argparse.SUPPRESS)
    devices_p = sub.add_parser("devices", help="list enrolled devices")
    devices_p.add_argument("--db", dest="db_sub", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    store = HubStore.open(args.db_sub or args.db)
    try:
        if args.command == "enroll":
            try:
                ttl = parse_ttl(args.ttl)
            except ValueError as exc:
                parser.error(str(exc))
            cert = recorded_certificate(store.db)
            issued = issue_code(
                store.db, args.store, args.role, ttl=ttl, created_by="hub-cli", cert_sha256=cert
            )
            print(issued.code)
            print(
                f"  for {'a till' if issued.role == 'till' else 'a manager device'} of "
                f"{issued.store_id or 'the head office'}, once, until {issued.expires_at}"
            )
            if cert:
                print(f"  names the hub certificate SHA-256 {cert}")
            else:
                print("  this hub serves without TLS: the code works only on this computer (ws://127.0.0.1)")
        elif args.command == "revoke":
            if not revoke(store.db, args.device_id):
                print(f"no enrolled device {args.device_id}", file=sys.stderr)
                return 2
            print(f"{args.device_id} revoked: its next connection and its next push are refused")
        else:
            rows = list_devices(store.db)
            print(f"{'device':<34} {'store':<10} {'role':<7} {'enrolled':<24} {'last seen':<24} state")
            for r in rows:
                state = f"revoked {r.revoked_at}" if r.revoked_at else "active"
                print(
                    f"{r.device_id:<34} {r.store_id or '(chain)':<10} {r.role:<7} {r.enrolled_at:<24} "
                    f"{r.last_seen or '-':<24} {state}"
                )
            print(f"{len(rows)} device(s)")
    except DomainError as exc:
        message = _CLI_MESSAGES.get(exc.code, exc.code).format(**exc.params)
        print(f"refused: {message}", file=sys.stderr)
        return 2
    finally:
        store.close()
    return 0
