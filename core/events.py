"""The envelope of a fact and what holds for every kind: limits, the common field types, decoding and
checking a payload against its kind (declared in its feature's module, see core/registry.py)."""

from __future__ import annotations

import re
from typing import Annotated, Any

import msgspec
from msgspec import Meta

from core import registry
from core.errors import DomainError
from core.registry import Refs, Scope

# -- limits: what a fact may hold (docs/protocol.md lists them) -------------------------------------
# Bounds are part of the payload types (msgspec checks them while converting, at no noticeable cost);
# the column sizes of core/models.py are the text limits, so a fact that passes always fits.
MAX_QTY = 100_000  # units on one line of a sale, refund, receipt, transfer or hold
MAX_COUNT = 10_000_000  # a stocktake's counted / expected units and the adjustments they make
MAX_AVOS = 10**12  # MOP 10,000,000,000.00: any one amount; a line's qty x price stays below it too
MAX_LINES = 2_000  # lines in one fact
MAX_EVENT_BYTES = 256 * 1024  # one payload, encoded
MAX_SEQ = 2**53  # a device's seq (and JSON numbers stay exact)

Id = Annotated[str, Meta(min_length=1, max_length=36)]  # UUIDs and other generated ids
Sku = Annotated[str, Meta(min_length=1, max_length=40)]
StoreId = Annotated[str, Meta(min_length=1, max_length=32)]
StaffRef = Annotated[str, Meta(max_length=40)]  # "" when nobody signed in
Code = Annotated[str, Meta(max_length=20)]  # roles, methods, states, resolutions
Name = Annotated[str, Meta(max_length=120)]
LongName = Annotated[str, Meta(max_length=200)]
Note = Annotated[str, Meta(max_length=200)]
ShortNote = Annotated[str, Meta(max_length=80)]
Phone = Annotated[str, Meta(max_length=40)]
Stamp = Annotated[str, Meta(max_length=40)]  # ISO time with zone
Qty = Annotated[int, Meta(ge=1, le=MAX_QTY)]
SignedQty = Annotated[int, Meta(ge=-MAX_COUNT, le=MAX_COUNT)]  # the sign is each kind's rule
Units = Annotated[int, Meta(ge=-MAX_COUNT, le=MAX_COUNT)]
Avos = Annotated[int, Meta(ge=0, le=MAX_AVOS)]


class EventRecord(msgspec.Struct, frozen=True, kw_only=True):
    """The envelope of a fact, as stored and as sent over the wire. Its bounds are the ``events``
    columns': a push carrying an envelope that cannot be stored (or named) is refused whole."""

    event_id: Id
    device_id: Annotated[str, Meta(min_length=1, max_length=64)]
    seq: Annotated[int, Meta(ge=1, le=MAX_SEQ)]
    store_id: StoreId | None
    kind: Annotated[str, Meta(max_length=40)]
    schema_version: Annotated[int, Meta(ge=1, le=1000)] = 1
    occurred_at: Stamp
    payload: dict[str, Any]


def decode_payload(record: EventRecord, *, known_fields_only: bool = True) -> msgspec.Struct:
    """The typed payload of an event, checked against its kind's rules, or a ``DomainError``:
    ``event.unknown_kind``, ``event.malformed`` (wrong shape, amounts that do not add up),
    ``event.out_of_range`` (beyond the limits above) or ``event.unknown_field``.

    Unknown fields are refused where a fact is made and where the hub stores it; a replica reading the
    hub's log passes ``known_fields_only=False`` (a newer version's field is ignored there, not fatal).
    """
    kind = registry.kind(record.kind)
    if kind is None:
        raise DomainError("event.unknown_kind", kind=record.kind)
    try:
        payload = msgspec.convert(record.payload, kind.payload)
    except msgspec.ValidationError as exc:
        code = "event.out_of_range" if _OUT_OF_RANGE.search(str(exc)) else "event.malformed"
        raise DomainError(code, kind=record.kind, detail=str(exc)[:200]) from exc
    if known_fields_only:
        unknown = _unknown_field(record.payload, _shape(kind.payload))
        if unknown is not None:
            raise DomainError("event.unknown_field", kind=record.kind, field=unknown[:40])
    if kind.scope is Scope.STORE and not record.store_id:
        raise DomainError("event.malformed", kind=record.kind, detail="store_id missing")
    if kind.check is not None:
        kind.check(record, payload)
    return payload


def check_size(record: EventRecord, payload_text: str) -> None:
    """``event.too_large`` if the encoded payload passes the per-event limit."""
    if len(payload_text) > MAX_EVENT_BYTES and len(payload_text.encode()) > MAX_EVENT_BYTES:
        raise DomainError("event.too_large", kind=record.kind, size=len(payload_text.encode()))


def references(record: EventRecord, payload: msgspec.Struct) -> Refs:
    """The SKUs, stores and staff a fact names, which must exist in the chain (the hub checks)."""
    kind = registry.kind_of(payload)
    found = kind.refs(record, payload) if kind.refs is not None else Refs()
    if kind.scope is Scope.STORE and record.store_id:
        return Refs(found.skus, (*found.stores, record.store_id), found.staff)
    return found


# msgspec's words for a value beyond a Meta bound ("Expected `int` <= 100000", "... of length <= 40").
_OUT_OF_RANGE = re.compile(r"Expected `\w+` (of length )?[<>]=?")


def malformed(record: EventRecord, detail: str) -> DomainError:
    """The error a kind's ``check`` raises for a payload that breaks one of its rules."""
    return DomainError("event.malformed", kind=record.kind, detail=detail)


def out_of_range(record: EventRecord, detail: str) -> DomainError:
    return DomainError("event.out_of_range", kind=record.kind, detail=detail)


# -- unknown fields --------------------------------------------------------------------------------

_Shape = tuple[frozenset[str], dict[str, Any]]


def _shape_of(cls: type[msgspec.Struct]) -> _Shape:
    """A struct's field names, and for each field holding structs (or a list of them) their shape."""
    info = msgspec.inspect.type_info(cls)
    assert isinstance(info, msgspec.inspect.StructType)
    nested: dict[str, Any] = {}
    for f in info.fields:
        t = f.type
        if isinstance(t, msgspec.inspect.ListType):
            t = t.item_type
        if isinstance(t, msgspec.inspect.StructType):
            nested[f.encode_name] = _shape_of(t.cls)
    return frozenset(f.encode_name for f in info.fields), nested


def _unknown_field(value: dict[str, Any], shape: _Shape) -> str | None:
    names, nested = shape
    for key in value:
        if key not in names:
            return str(key)
    for name, inner in nested.items():
        items = value.get(name)
        for item in items if isinstance(items, list) else [items]:
            if isinstance(item, dict):
                unknown = _unknown_field(item, inner)
                if unknown is not None:
                    return f"{name}.{unknown}"
    return None


_SHAPES: dict[type[msgspec.Struct], _Shape] = {}


def _shape(cls: type[msgspec.Struct]) -> _Shape:
    shape = _SHAPES.get(cls)
    if shape is None:
        shape = _SHAPES[cls] = _shape_of(cls)
    return shape


def payload_dict(payload: msgspec.Struct) -> dict[str, Any]:
    result: dict[str, Any] = msgspec.to_builtins(payload)
    return result


_encoder = msgspec.json.Encoder()


def encode_json(value: Any) -> str:
    return _encoder.encode(value).decode()


def decode_json(text: str | bytes) -> Any:
    return msgspec.json.decode(text)
