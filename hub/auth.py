"""Who may connect, and what each device may post.

A device is enrolled once (``hub/enrollment.py``) and then proves itself on every connection with its
token. The hub keeps only the token's hash, the one store the device is bound to and its role:

- ``till``: a store's counter PC. Posts store facts for its own store only.
- ``office``: a manager's device. Posts chain facts (catalogue, stores, staff) too; bound to a store,
  its store facts are for that store only; without a store (head office), for any store.

Revoking a device refuses its next connection and its next push, and closes its live connections on
every hub process (hub/server.py); what it pushed before was either committed (and acked) or never
written, since both happen in one transaction.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import logging
import secrets
import ssl
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from core import registry
from core.db import Database
from core.errors import DomainError
from core.events import EventRecord
from core.protocol import DEVICE_ROLES, secret_hash
from core.registry import Scope
from hub import pg
from hub.models import HubDevice, HubDeviceKey

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Grant:
    """What an authenticated device is: the hub's word, never the device's claim."""

    device_id: str
    store_id: str | None
    role: str


@dataclass(frozen=True)
class DeviceRow:
    device_id: str
    store_id: str | None
    role: str
    label: str
    enrolled_at: str
    revoked_at: str | None
    last_seen: str | None
    last_seq: int


def now_text(now: datetime | None = None) -> str:
    return (now or datetime.now(UTC)).isoformat(timespec="milliseconds")


def new_token() -> str:
    return secrets.token_urlsafe(32)


def check_role(store_id: str | None, role: str) -> None:
    if role not in DEVICE_ROLES:
        raise DomainError("enroll.bad_role", role=role)
    if role == "till" and not store_id:
        raise DomainError("enroll.store_required")


def enroll(
    s: Session, device_id: str, store_id: str | None, role: str, label: str = "", *, replace: bool = False
) -> str:
    """Register ``device_id`` bound to ``store_id`` and return its token, which the hub never stores.

    ``replace`` gives an existing device a new token (and takes back a revocation): for the hub's own
    tooling only, such as the demo, whose tokens live only in memory and are renewed at every start."""
    check_role(store_id, role)
    token = new_token()
    now = now_text()
    key = s.get(HubDeviceKey, device_id)
    if key is not None:
        if not replace:
            raise DomainError("enroll.device_exists", device_id=device_id)
        key.store_id, key.role, key.token_hash, key.revoked_at = store_id, role, secret_hash(token), None
    else:
        s.add(
            HubDeviceKey(
                device_id=device_id,
                store_id=store_id,
                role=role,
                token_hash=secret_hash(token),
                label=label[:80],
                enrolled_at=now,
            )
        )
    device = s.get(HubDevice, device_id)
    if device is None:
        s.add(HubDevice(device_id=device_id, store_id=store_id, last_seq=0, first_seen=now, last_seen=now))
    else:
        device.store_id = store_id  # the binding is the enrollment's, whatever the device said before
    return token


def enroll_device(
    db: Database, device_id: str, store_id: str | None, role: str, label: str = "", *, replace: bool = False
) -> str:
    """``enroll`` in its own transaction: for the hub's operator tools, the demo and test set-ups."""
    with db.write() as s:
        return enroll(s, device_id, store_id, role, label, replace=replace)


def authenticate(db: Database, device_id: str, token: str) -> Grant:
    """The device's grant, or ``sync.auth_failed`` / ``sync.device_revoked``.

    Revocation is told only to a device that proved its token, so a stranger learns nothing."""
    with db.read() as s:
        key = s.get(HubDeviceKey, device_id)
        if key is None or not token or not hmac.compare_digest(key.token_hash, secret_hash(token)):
            raise DomainError("sync.auth_failed", device_id=device_id)
        if key.revoked_at is not None:
            raise DomainError("sync.device_revoked", device_id=device_id)
        return Grant(key.device_id, key.store_id, key.role)


@dataclass(frozen=True)
class KeyRow:
    """What an append needs of a device's enrollment row (read with the device, hub/store.py)."""

    store_id: str | None
    role: str
    revoked_at: str | None


def grant_of(device_id: str, device_store: str | None, key: KeyRow | None) -> Grant:
    """A device's grant inside an append. Only a device registered in-process by the hub's own code
    (seeding, tests) has no key: the network path never gets that far without one. Such a device is a
    till of its store, or the head office when it has none."""
    if key is None:
        return Grant(device_id, device_store, "office" if device_store is None else "till")
    if key.revoked_at is not None:
        raise DomainError("sync.device_revoked", device_id=device_id)
    return Grant(device_id, key.store_id, key.role)


def authorise(grant: Grant, record: EventRecord) -> str | None:
    """None if ``grant`` may post ``record``, else the refusal's code (per the kind's ``Scope``)."""
    kind = registry.kind(record.kind)
    if kind is None:
        return "event.unknown_kind"
    scope = kind.scope
    if scope is Scope.STORE:
        if grant.store_id is not None and record.store_id != grant.store_id:
            return "event.wrong_store"
        return None
    if scope is Scope.CHAIN:
        return None if grant.role == "office" else "event.not_allowed"
    return "event.not_allowed"  # e.g. "hub": facts only the hub itself records


def revoke(db: Database, device_id: str) -> bool:
    """Refuse the device from now on. False if no such enrolled device."""
    with db.write() as s:
        key = s.get(HubDeviceKey, device_id)
        if key is None:
            return False
        if key.revoked_at is None:
            key.revoked_at = now_text()
        if db.engine.dialect.name == "postgresql":  # other hub processes close its connections at once
            pg.announce_revocation(s, device_id)
        log.warning("device %s (store %s) revoked", device_id, key.store_id)
        return True


def revoked_among(db: Database, device_ids: list[str]) -> list[str]:
    """Those of ``device_ids`` that are revoked now (the hub's sweep of its live connections)."""
    with db.read() as s:
        return list(
            s.scalars(
                select(HubDeviceKey.device_id).where(
                    HubDeviceKey.device_id.in_(device_ids), HubDeviceKey.revoked_at.is_not(None)
                )
            )
        )


def list_devices(db: Database) -> list[DeviceRow]:
    with db.read() as s:
        rows = s.execute(
            select(HubDeviceKey, HubDevice.last_seen, HubDevice.last_seq)
            .outerjoin(HubDevice, HubDevice.device_id == HubDeviceKey.device_id)
            .order_by(HubDeviceKey.store_id, HubDeviceKey.device_id)
        ).all()
        return [
            DeviceRow(k.device_id, k.store_id, k.role, k.label, k.enrolled_at, k.revoked_at, seen, seq or 0)
            for k, seen, seq in rows
        ]


@dataclass(frozen=True)
class TlsIdentity:
    """The hub's certificate for ``wss://``: the server context and the SHA-256 devices pin."""

    context: ssl.SSLContext
    sha256: str


def load_tls(cert: Path, key: Path) -> TlsIdentity:
    """A TLS 1.2+ server context from PEM files; ``sync.tls_files`` if they cannot be used."""
    try:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        context.load_cert_chain(cert, key)
        pem = cert.read_text(encoding="ascii")
        end = "-----END CERTIFICATE-----"
        der = ssl.PEM_cert_to_DER_cert(pem[: pem.index(end) + len(end)])  # the hub's own, first in a chain
    except (OSError, ValueError, ssl.SSLError) as exc:
        raise DomainError("sync.tls_files", cert=str(cert), key=str(key), detail=str(exc)) from exc
    return TlsIdentity(context, hashlib.sha256(der).hexdigest())


def is_loopback(host: str) -> bool:
    """127.0.0.0/8, ::1 and localhost: the only places a hub may serve or a device connect without TLS."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
