"""Staff, roles and PINs. A PIN is verified offline against a salted scrypt hash that travels with
the ``staff.upserted`` fact; the PIN itself never leaves the counter it was typed at.

Staff are managed at the counter by a manager (Settings → Staff): the facts of that are declared here
(``STAFF_ADMIN_PAYLOADS``); what may be granted, their projection and the hub's check are in
``core/staff_admin.py``.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import math
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated, TypeVar

import msgspec
from msgspec import Meta
from sqlalchemy import select
from sqlalchemy.orm import Session

from core.errors import DomainError
from core.models import Staff

log = logging.getLogger(__name__)
T = TypeVar("T")


class Role(StrEnum):
    CASHIER = "cashier"
    STORE_MANAGER = "store_manager"
    AREA_MANAGER = "area_manager"
    ENGINEER = "engineer"


class Permission(StrEnum):
    SELL = "sell"
    REFUND = "refund"
    VOID = "void"  # remove a line or a whole sale after it was rung up
    DISCOUNT_OVERRIDE = "discount_override"  # a discount above the role's own limit
    HOLD = "hold"
    TRANSFER_REQUEST = "transfer_request"
    STOCKTAKE = "stocktake"
    APPROVE_ADJUSTMENT = "approve_adjustment"  # stock adjustments above the threshold
    RESOLVE_OVERSELL = "resolve_oversell"
    IMPORT_CATALOGUE = "import_catalogue"
    ENROLL_DEVICE = "enroll_device"
    REPAIR = "repair"
    MANAGE_STAFF = "manage_staff"  # add staff, set PINs, roles and discount limits (Settings → Staff)
    APPROVE_REFUND = "approve_refund"  # a refund above the store's limit, or in cash


_ALL = frozenset(Permission)
_CASHIER = frozenset(
    {Permission.SELL, Permission.REFUND, Permission.HOLD, Permission.TRANSFER_REQUEST, Permission.STOCKTAKE}
)
PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.CASHIER: _CASHIER,
    Role.STORE_MANAGER: _ALL - {Permission.REPAIR, Permission.IMPORT_CATALOGUE},
    Role.AREA_MANAGER: _ALL - {Permission.REPAIR},
    Role.ENGINEER: frozenset({Permission.REPAIR}),
}

# The largest discount a role may give on its own, in percent; above it a manager's PIN is needed.
DISCOUNT_LIMIT_PERCENT: dict[Role, int] = {
    Role.CASHIER: 10,
    Role.STORE_MANAGER: 30,
    Role.AREA_MANAGER: 50,
    Role.ENGINEER: 0,
}

_N, _R, _P = 2**13, 8, 1  # scrypt, ~25 ms a try: a stolen hash is slow to brute-force, sign-in stays quick


def hash_pin(pin: str, *, salt: bytes | None = None) -> str:
    """``scrypt$N$r$p$salt$hash`` (hex) for a PIN of 4 to 8 digits."""
    check_pin_format(pin)
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def pin_matches(pin: str, pin_hash: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = pin_hash.split("$")
        if scheme != "scrypt":
            return False
        got = hashlib.scrypt(
            pin.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p), dklen=len(digest) // 2
        )
    except ValueError:
        return False
    return hmac.compare_digest(got.hex(), digest)


def check_pin_format(pin: str) -> None:
    if not (pin.isdigit() and 4 <= len(pin) <= 8):
        raise DomainError("staff.pin_format")


@dataclass(frozen=True)
class StaffMember:
    """A signed-in member of staff (a plain value: screens keep it, never an ORM row)."""

    staff_id: str
    name: str
    role: Role
    store_id: str | None
    discount_limit: int | None = None  # set by a manager; None: the role's own limit
    name_zh: str = ""  # the names a manager gave in Settings → Staff ("": the English one is shown)
    name_pt: str = ""

    def shown_name(self, lang: str) -> str:
        """The name in the interface's language, the English one where no other was given."""
        return {"zh_Hant": self.name_zh, "pt": self.name_pt}.get(lang, "") or self.name

    def can(self, permission: Permission) -> bool:
        return permission in PERMISSIONS[self.role]

    @property
    def discount_limit_percent(self) -> int:
        if self.discount_limit is not None:
            return self.discount_limit
        return DISCOUNT_LIMIT_PERCENT[self.role]


def _member(row: Staff) -> StaffMember:
    return StaffMember(
        row.staff_id, row.name, Role(row.role), row.store_id, row.discount_limit, row.name_zh, row.name_pt
    )


def sign_in(session: Session, store_id: str | None, pin: str) -> StaffMember:
    """The member of staff whose PIN this is, among this store's staff and the chain-wide ones
    (area managers, engineers). ``staff.pin_wrong`` otherwise."""
    check_pin_format(pin)
    rows = session.scalars(
        select(Staff)
        .where((Staff.store_id == store_id) | (Staff.store_id.is_(None)), Staff.active.is_(True))
        .order_by(Staff.staff_id)
    ).all()
    for row in rows:
        if pin_matches(pin, row.pin_hash):
            return _member(row)
    raise DomainError("staff.pin_wrong")  # a deactivated member's PIN is as wrong as a made-up one


def authorise(session: Session, store_id: str | None, pin: str, permission: Permission) -> StaffMember:
    """A PIN typed to approve something (an override, a void): whose it is, if they may.
    ``staff.pin_wrong`` or ``staff.not_allowed``."""
    member = sign_in(session, store_id, pin)
    if not member.can(permission):
        raise DomainError("staff.not_allowed", name=member.name)
    return member


def staff_of(session: Session, store_id: str | None) -> list[StaffMember]:
    rows = session.scalars(
        select(Staff)
        .where((Staff.store_id == store_id) | (Staff.store_id.is_(None)), Staff.active.is_(True))
        .order_by(Staff.name)
    ).all()
    return [_member(r) for r in rows]


# -- facts of staff management (Settings → Staff); rules and projection in core/staff_admin.py --------


# Bounds as in core.events (which imports this module): the columns' sizes.
_StaffId = Annotated[str, Meta(min_length=1, max_length=40)]
_StaffRef = Annotated[str, Meta(min_length=1, max_length=40)]
_StoreId = Annotated[str, Meta(min_length=1, max_length=32)]
_Name = Annotated[str, Meta(max_length=120)]
_Code = Annotated[str, Meta(max_length=20)]
_Hash = Annotated[str, Meta(max_length=200)]
_Percent = Annotated[int, Meta(ge=0, le=100)]


class StaffAdded(msgspec.Struct, frozen=True, kw_only=True):
    """A new member of staff, with the hash of the PIN the manager typed twice. ``by``: that manager."""

    staff_id: _StaffId
    store_id: _StoreId | None  # None: chain-wide (area managers, engineers)
    name: _Name  # English, and the name older facts and screens use
    name_zh: _Name = ""
    name_pt: _Name = ""
    role: _Code
    discount_limit: _Percent | None = None  # percent; None: the role's own
    pin_hash: _Hash
    by: _StaffRef


class StaffChanged(msgspec.Struct, frozen=True, kw_only=True):
    """A member's names, role, store or discount limit, as they are now (PIN and status: separate)."""

    staff_id: _StaffId
    name: _Name
    name_zh: _Name = ""
    name_pt: _Name = ""
    role: _Code
    store_id: _StoreId | None  # None: chain-wide
    discount_limit: _Percent | None = None
    by: _StaffRef


class StaffPinSet(msgspec.Struct, frozen=True, kw_only=True):
    """A PIN set or reset by a manager: the old one stops working everywhere this fact arrives."""

    staff_id: _StaffId
    pin_hash: _Hash
    by: _StaffRef


class StaffActiveSet(msgspec.Struct, frozen=True, kw_only=True):
    """Deactivated (cannot sign in; kept, since sales name them) or active again."""

    staff_id: _StaffId
    active: bool
    by: _StaffRef


class StaffUpserted(msgspec.Struct, frozen=True):
    """A member of staff as head office's import states them (the whole row; snapshots carry staff in
    this shape too)."""

    staff_id: Annotated[str, Meta(min_length=1, max_length=40)]
    name: _Name
    role: _Code
    pin_hash: _Hash
    store_id: _StoreId | None = None
    name_zh: _Name = ""
    name_pt: _Name = ""
    discount_limit: _Percent | None = None
    active: bool = True


# Declared as kinds in core/staff_admin.py. Scope "store" for the four a manager makes at a till (the
# event's store_id is the till's, the member's own store is in the payload); "chain" for staff.upserted.
STAFF_ADMIN_PAYLOADS: dict[str, type[msgspec.Struct]] = {
    "staff.added": StaffAdded,
    "staff.changed": StaffChanged,
    "staff.pin_set": StaffPinSet,
    "staff.active_set": StaffActiveSet,
}


class PinGuard:
    """Wrong PINs in a row at one counter. A four-digit PIN is guessed in minutes if nothing stops
    it: ``free_tries`` wrong ones cost nothing, each one after them starts a wait (30 s, doubling to
    15 min) before the next try; a right PIN clears the count. Shared by everything on a counter that asks for a PIN (sign-in, approvals)."""

    def __init__(
        self,
        clock: Callable[[], float] = time.monotonic,
        free_tries: int = 5,
        first_wait: float = 30.0,
        max_wait: float = 900.0,
    ) -> None:
        self.clock, self.free_tries, self.first_wait, self.max_wait = clock, free_tries, first_wait, max_wait
        self._lock = threading.Lock()  # PINs are checked on worker threads
        self._wrong = 0
        self._until = 0.0

    def attempt(self, check: Callable[[], T]) -> T:
        """``check()`` (``sign_in``/``authorise``) unless a wait is running: ``staff.pin_locked``
        with the seconds left. A ``staff.pin_wrong`` from it counts."""
        with self._lock:
            left = self._until - self.clock()
            if left > 0:
                raise DomainError("staff.pin_locked", seconds=math.ceil(left))
        try:
            result = check()
        except DomainError as exc:
            if exc.code == "staff.pin_wrong":
                self._failed()
            raise
        with self._lock:
            self._wrong, self._until = 0, 0.0
        return result

    def _failed(self) -> None:
        with self._lock:
            self._wrong += 1
            over = (
                self._wrong - self.free_tries - 1
            )  # the first wrong PIN past the free ones waits first_wait
            if over >= 0:
                wait = min(self.max_wait, self.first_wait * 2**over)
                self._until = self.clock() + wait
                log.warning("%d wrong PINs in a row at this counter: PINs wait %.0f s", self._wrong, wait)


# -- use cases for screens --


def sign_in_at_counter(session: Session, pins: PinGuard, store_id: str | None, pin: str) -> StaffMember:
    """``sign_in``, counted by the counter's ``PinGuard`` (a wait after too many wrong PINs)."""
    return pins.attempt(lambda: sign_in(session, store_id, pin))


def authorise_at_counter(
    session: Session, pins: PinGuard, store_id: str | None, pin: str, permission: Permission
) -> StaffMember:
    """``authorise`` (a manager's PIN for ``permission``), counted by the counter's ``PinGuard``."""
    return pins.attempt(lambda: authorise(session, store_id, pin, permission))
