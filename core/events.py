"""Event schemas. An event is a fact made on one device; payloads are typed and validated per kind."""

from __future__ import annotations

from typing import Any

import msgspec

from core.errors import DomainError


class EventRecord(msgspec.Struct, frozen=True, kw_only=True):
    """The envelope of a fact, as stored and as sent over the wire."""

    event_id: str
    device_id: str
    seq: int
    store_id: str | None
    kind: str
    schema_version: int = 1
    occurred_at: str
    payload: dict[str, Any]


class StoreUpserted(msgspec.Struct, frozen=True):
    store_id: str
    name_zh: str
    name_en: str
    name_pt: str
    latitude: float | None = None
    longitude: float | None = None
    active: bool = True


class ProductUpserted(msgspec.Struct, frozen=True):
    sku: str
    name_zh: str
    name_en: str
    name_pt: str
    price_avos: int
    barcodes: list[str] = []
    category: str = ""
    active: bool = True


class StaffUpserted(msgspec.Struct, frozen=True):
    staff_id: str
    name: str
    role: str
    pin_hash: str
    store_id: str | None = None


class SaleLine(msgspec.Struct, frozen=True):
    sku: str
    qty: int
    unit_price_avos: int


class SaleRecorded(msgspec.Struct, frozen=True):
    sale_id: str
    lines: list[SaleLine]
    total_avos: int


class StockLine(msgspec.Struct, frozen=True):
    sku: str
    qty: int


class StockReceived(msgspec.Struct, frozen=True):
    receipt_id: str
    lines: list[StockLine]
    note: str = ""


PAYLOADS: dict[str, type[msgspec.Struct]] = {
    "store.upserted": StoreUpserted,
    "product.upserted": ProductUpserted,
    "staff.upserted": StaffUpserted,
    "sale.recorded": SaleRecorded,
    "stock.received": StockReceived,
}

# Who may post each kind. "store": only a device of the event's own store_id (a till of store A
# cannot post sales for store B). "chain": a head-office device (no store) or a store manager's device.
# The hub authorises every event with this table; every kind in PAYLOADS has an entry.
SCOPE: dict[str, str] = {
    "store.upserted": "chain",
    "product.upserted": "chain",
    "staff.upserted": "chain",
    "sale.recorded": "store",
    "stock.received": "store",
}

# Kinds that concern one store's stock: the event's store_id must be the device's own store.
STORE_SCOPED = frozenset(k for k, scope in SCOPE.items() if scope == "store")


def decode_payload(record: EventRecord) -> msgspec.Struct:
    """The typed payload of an event; ``event.unknown_kind`` or ``event.malformed`` if it is not valid."""
    cls = PAYLOADS.get(record.kind)
    if cls is None:
        raise DomainError("event.unknown_kind", kind=record.kind)
    try:
        payload = msgspec.convert(record.payload, cls)
    except msgspec.ValidationError as exc:
        raise DomainError("event.malformed", kind=record.kind, detail=str(exc)) from exc
    _check_rules(record, payload)
    return payload


def _check_rules(record: EventRecord, payload: msgspec.Struct) -> None:
    if record.kind in STORE_SCOPED and not record.store_id:
        raise DomainError("event.malformed", kind=record.kind, detail="store_id missing")
    if isinstance(payload, SaleRecorded | StockReceived):
        if not payload.lines:
            raise DomainError("event.malformed", kind=record.kind, detail="no lines")
        if any(line.qty == 0 for line in payload.lines):
            raise DomainError("event.malformed", kind=record.kind, detail="zero quantity")
    if isinstance(payload, StockReceived) and any(line.qty < 0 for line in payload.lines):
        raise DomainError("event.malformed", kind=record.kind, detail="negative receipt")


def payload_dict(payload: msgspec.Struct) -> dict[str, Any]:
    result: dict[str, Any] = msgspec.to_builtins(payload)
    return result


_encoder = msgspec.json.Encoder()


def encode_json(value: Any) -> str:
    return _encoder.encode(value).decode()


def decode_json(text: str | bytes) -> Any:
    return msgspec.json.decode(text)
