"""The device's side of enrollment and of the hub's certificate.

- ``ws://`` is allowed only to a loopback hub (the demo, tests); anything else is ``wss://``.
- A new device's code names the hub certificate (``core.protocol.certificate_tag``): the device checks
  the certificate it sees against it *before* sending the code, then pins the certificate's full
  SHA-256. Every later connection checks the pin before the token is sent. Certificates are not
  checked against public authorities: a chain's hub has its own, and the pin is stronger.
"""

from __future__ import annotations

import hashlib
import ssl
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidURI

from core.aio import within
from core.errors import DomainError
from core.log_privacy import hide_frame_contents
from core.protocol import (
    MAX_MESSAGE_BYTES,
    CodeRequest,
    Enroll,
    EnrollCode,
    Enrolled,
    Error,
    Message,
    certificate_tag,
    encode,
    hub_decoder,
    parse_code,
)

# Every connection to the hub (enrollment and sync) is opened here; its frames carry codes and
# tokens, which the websockets library would log at DEBUG (core/log_privacy.py).
hide_frame_contents("websockets.client")

OPEN_TIMEOUT = 5.0
REPLY_TIMEOUT = 10.0


@dataclass(frozen=True)
class Enrollment:
    """What a device learns by enrolling. The token goes to the credential store, nowhere else."""

    device_id: str
    store_id: str | None
    role: str
    token: str
    cert_sha256: str | None  # the pin (None on a loopback ws:// hub)


def is_loopback_host(host: str | None) -> bool:
    if not host:
        return False
    if host == "localhost":
        return True
    import ipaddress

    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_url(url: str) -> str:
    """The scheme (``ws``/``wss``); ``sync.insecure_url`` for plain ws:// beyond this computer."""
    try:
        parts = urlsplit(url)
    except ValueError as exc:
        raise DomainError("sync.bad_url", url=url) from exc
    if parts.scheme not in ("ws", "wss") or not parts.hostname:
        raise DomainError("sync.bad_url", url=url)
    if parts.scheme == "ws" and not is_loopback_host(parts.hostname):
        raise DomainError("sync.insecure_url", url=url)
    return parts.scheme


def client_ssl(url: str) -> ssl.SSLContext | None:
    """For ``wss://``: TLS 1.2+, the certificate checked by its pin (``check_pin``), not by a CA."""
    if check_url(url) != "wss":
        return None
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


def peer_sha256(ws: ClientConnection) -> str | None:
    """SHA-256 (hex) of the certificate the hub presented on this connection; None without TLS."""
    ssl_object = ws.transport.get_extra_info("ssl_object") if ws.transport is not None else None
    if ssl_object is None:
        return None
    der = ssl_object.getpeercert(binary_form=True)
    return hashlib.sha256(der).hexdigest() if der else None


def check_pin(ws: ClientConnection, pin: str | None) -> None:
    """``sync.certificate_mismatch`` unless the hub shows the pinned certificate (nothing is sent before)."""
    seen = peer_sha256(ws)
    if seen is None:
        return  # ws:// on loopback (check_url allowed it)
    if pin is None or seen != pin.lower():
        raise DomainError("sync.certificate_mismatch", seen=seen)


def open_hub(url: str) -> Any:
    """``websockets.connect`` with the project's limits and TLS settings (an async context manager)."""
    return connect(
        url,
        ssl=client_ssl(url),
        open_timeout=OPEN_TIMEOUT,
        max_size=MAX_MESSAGE_BYTES,
        ping_interval=20,
        ping_timeout=20,
        close_timeout=2,
    )


async def _ask(url: str, message: Message, pin_check: Any) -> Message:
    try:
        async with open_hub(url) as ws:
            pin_check(ws)
            await ws.send(encode(message))
            reply = hub_decoder.decode(await within(REPLY_TIMEOUT, ws.recv()))
    except DomainError:
        raise
    except (OSError, TimeoutError, ConnectionClosed, InvalidHandshake, InvalidURI, ssl.SSLError) as exc:
        raise DomainError("sync.hub_unreachable", detail=str(exc)) from exc
    if isinstance(reply, Error):
        raise DomainError(reply.code)
    return reply


async def enroll(url: str, code: str, *, label: str = "", app_version: str = "") -> Enrollment:
    """Trade a one-time code for this device's identity and token (see the module's doc)."""
    scheme = check_url(url)
    try:
        secret, tag = parse_code(code)
    except ValueError as exc:
        raise DomainError("enroll.code_format") from exc
    if scheme == "wss" and tag is None:
        raise DomainError("enroll.code_format")  # a TLS hub's code always names its certificate
    seen: dict[str, str | None] = {}

    def check(ws: ClientConnection) -> None:
        sha = peer_sha256(ws)
        if sha is not None and certificate_tag(sha) != tag:
            raise DomainError("sync.certificate_mismatch", seen=sha)
        seen["sha"] = sha

    reply = await _ask(url, Enroll(id=1, code=secret, label=label, app_version=app_version), check)
    if not isinstance(reply, Enrolled):
        raise DomainError("sync.protocol")
    return Enrollment(reply.device_id, reply.store_id, reply.role, reply.token, seen.get("sha"))


async def request_code(
    url: str,
    device_id: str,
    token: str,
    pin: str | None,
    store_id: str | None,
    role: str = "till",
    ttl_seconds: int = 24 * 3600,
) -> EnrollCode:
    """A manager's device asks the hub for a new device's code (the hub checks it may)."""
    message = CodeRequest(
        id=1, device_id=device_id, token=token, store_id=store_id, role=role, ttl_seconds=ttl_seconds
    )
    reply = await _ask(url, message, lambda ws: check_pin(ws, pin))
    if not isinstance(reply, EnrollCode):
        raise DomainError("sync.protocol")
    return reply
