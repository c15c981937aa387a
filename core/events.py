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


class SaleLine(msgspec.Struct, frozen=True, omit_defaults=True):
    sku: str
    qty: int
    unit_price_avos: int
    discount_avos: int = 0  # off this line in total (not per unit)

    @property
    def amount_avos(self) -> int:
        return self.qty * self.unit_price_avos - self.discount_avos


TENDER_METHODS = ("cash_mop", "cash_hkd", "card", "mpay", "alipay", "wechat")


class Tender(msgspec.Struct, frozen=True, omit_defaults=True):
    """One way the customer paid. ``amount_avos`` is the MOP applied to the sale; for cash,
    ``tendered`` is what was handed over in ``currency`` (HKD cents for Hong Kong dollars)."""

    method: str
    amount_avos: int
    tendered: int = 0
    currency: str = "MOP"


class SaleRecorded(msgspec.Struct, frozen=True, omit_defaults=True):
    sale_id: str
    lines: list[SaleLine]
    total_avos: int
    # Added with the counter; events from before carry the defaults.
    tenders: list[Tender] = []
    basket_discount_avos: int = 0
    change_avos: int = 0
    receipt_no: str = ""
    staff_id: str = ""
    approved_by: str = ""  # the manager whose PIN allowed an override in this sale


class SaleRefunded(msgspec.Struct, frozen=True):
    """Goods brought back against a receipt: they return to the store's stock."""

    refund_id: str
    sale_id: str
    lines: list[SaleLine]  # qty returned, at the net unit price paid
    total_avos: int
    method: str
    staff_id: str
    approved_by: str = ""
    reason: str = ""  # one of core.sales.REFUND_REASONS (older events: empty)
    # -- money at the counter: optional, so events from older tills still decode --
    refund_no: str = ""  # the till's own refund number, printed on the refund slip
    note: str = ""  # the cashier's words beside the reason


class AuditLogged(msgspec.Struct, frozen=True):
    """A void, a discount above the cashier's limit, a refund: who, approved by whom."""

    action: str  # void_line | void_basket | discount_override | refund
    staff_id: str
    approved_by: str = ""
    detail: dict[str, str | int] = {}


HOLD_STATES = ("requested", "confirmed", "fulfilled", "released")


class HoldRequested(msgspec.Struct, frozen=True):
    """A store asks to hold another store's units for its customer. The hub grants it (logs it) only
    if that store's availability covers it, else refuses it with ``hold.unavailable``."""

    hold_id: str
    store_id: str  # whose stock
    sku: str
    qty: int
    until: str  # ISO time with zone
    customer_name: str = ""
    customer_phone: str = ""
    staff_id: str = ""


class HoldUpdated(msgspec.Struct, frozen=True):
    """confirmed (set aside, by the holding store), fulfilled (picked up / transferred, by the holding
    store) or released (cancelled by either store, or expired)."""

    hold_id: str
    state: str
    note: str = ""
    staff_id: str = ""


class TransferRequested(msgspec.Struct, frozen=True):
    transfer_id: str
    from_store_id: str
    lines: list[StockLine]
    note: str = ""
    hold_id: str = ""
    staff_id: str = ""


class WaitlistAdded(msgspec.Struct, frozen=True):
    entry_id: str
    sku: str
    customer_phone: str
    customer_name: str = ""
    staff_id: str = ""


class WaitlistUpdated(msgspec.Struct, frozen=True):
    entry_id: str
    state: str  # called | closed
    staff_id: str = ""


class OversellDetected(msgspec.Struct, frozen=True):
    """Written by the hub: sales drove ``sku``'s availability at the event's store below zero."""

    alert_id: str
    sku: str
    available: int
    cause_event_ids: list[str]


OVERSELL_RESOLUTIONS = ("transfer_in", "contact_customer", "write_off")


class OversellResolved(msgspec.Struct, frozen=True):
    alert_id: str
    resolution: str
    staff_id: str
    note: str = ""
    adjust_qty: int = 0  # write_off: the correction booked to the ledger (brings on-hand back to 0)


class StockLine(msgspec.Struct, frozen=True):
    sku: str
    qty: int


class StockReceived(msgspec.Struct, frozen=True):
    receipt_id: str
    lines: list[StockLine]
    note: str = ""


class CountLine(msgspec.Struct, frozen=True):
    """One SKU of a stocktake: what the shelf held and what the ledger expected at the count's anchor."""

    sku: str
    counted: int
    expected: int
    held: bool = False  # above the threshold: waits for a manager's approval before it is applied

    @property
    def variance(self) -> int:
        return self.counted - self.expected


class StocktakeCounted(msgspec.Struct, frozen=True):
    """A counted section. ``anchor``: per device, the last seq of the store's stock this count covers;
    each line not held becomes the count adjustment ``counted - expected`` at once."""

    stocktake_id: str
    section: str
    anchor: dict[str, int]
    lines: list[CountLine]
    staff_id: str = ""


class StocktakeReviewed(msgspec.Struct, frozen=True):
    """A manager approved (applied as count adjustments) or declined a stocktake's held lines."""

    stocktake_id: str
    approved: bool
    lines: list[StockLine]  # the adjustments applied (signed); empty when declined
    approved_by: str = ""


PAYLOADS: dict[str, type[msgspec.Struct]] = {
    "stocktake.counted": StocktakeCounted,
    "stocktake.reviewed": StocktakeReviewed,
    "store.upserted": StoreUpserted,
    "product.upserted": ProductUpserted,
    "staff.upserted": StaffUpserted,
    "sale.recorded": SaleRecorded,
    "stock.received": StockReceived,
    "sale.refunded": SaleRefunded,
    "audit.logged": AuditLogged,
    "hold.requested": HoldRequested,
    "hold.updated": HoldUpdated,
    "transfer.requested": TransferRequested,
    "waitlist.added": WaitlistAdded,
    "waitlist.updated": WaitlistUpdated,
    "oversell.detected": OversellDetected,
    "oversell.resolved": OversellResolved,
}

# Who may post each kind. "store": only a device of the event's own store_id (a till of store A
# cannot post sales for store B). "chain": a head-office device (no store) or a store manager's device.
# "hub": written by the hub only. The hub authorises every event with this table; every kind in
# PAYLOADS has an entry.
SCOPE: dict[str, str] = {
    "stocktake.counted": "store",
    "stocktake.reviewed": "store",
    "store.upserted": "chain",
    "product.upserted": "chain",
    "staff.upserted": "chain",
    "sale.recorded": "store",
    "stock.received": "store",
    "sale.refunded": "store",
    "audit.logged": "store",
    "hold.requested": "store",  # store_id: the store asking, for its customer
    "hold.updated": "store",  # store_id: the store acting (the hub checks it is one of the two)
    "transfer.requested": "store",  # store_id: the store asking to receive
    "waitlist.added": "store",
    "waitlist.updated": "store",
    "oversell.detected": "hub",
    "oversell.resolved": "store",
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
    if isinstance(payload, StocktakeCounted | StocktakeReviewed):
        _check_stocktake(record, payload)
    if record.kind in STORE_SCOPED and not record.store_id:
        raise DomainError("event.malformed", kind=record.kind, detail="store_id missing")
    if isinstance(payload, SaleRecorded | StockReceived):
        if not payload.lines:
            raise DomainError("event.malformed", kind=record.kind, detail="no lines")
        if any(line.qty == 0 for line in payload.lines):
            raise DomainError("event.malformed", kind=record.kind, detail="zero quantity")
    if isinstance(payload, StockReceived) and any(line.qty < 0 for line in payload.lines):
        raise DomainError("event.malformed", kind=record.kind, detail="negative receipt")
    if isinstance(payload, SaleRecorded):
        _check_sale(record, payload)
    if isinstance(payload, SaleRefunded | TransferRequested) and (
        not payload.lines or any(line.qty <= 0 for line in payload.lines)
    ):
        raise DomainError("event.malformed", kind=record.kind, detail="lines")
    if isinstance(payload, HoldRequested) and payload.qty <= 0:
        raise DomainError("event.malformed", kind=record.kind, detail="quantity")
    if isinstance(payload, HoldUpdated) and payload.state not in HOLD_STATES[1:]:
        raise DomainError("event.malformed", kind=record.kind, detail="state")
    if isinstance(payload, OversellResolved) and payload.resolution not in OVERSELL_RESOLUTIONS:
        raise DomainError("event.malformed", kind=record.kind, detail="resolution")
    if isinstance(payload, WaitlistUpdated) and payload.state not in ("called", "closed"):
        raise DomainError("event.malformed", kind=record.kind, detail="state")


def _check_sale(record: EventRecord, sale: SaleRecorded) -> None:
    """The amounts of a sale add up: lines less discounts is the total; tenders (if any) pay it."""
    if any(
        line.discount_avos < 0 or line.discount_avos > line.qty * line.unit_price_avos for line in sale.lines
    ):
        raise DomainError("event.malformed", kind=record.kind, detail="line discount")
    if sale.total_avos != sum(line.amount_avos for line in sale.lines) - sale.basket_discount_avos:
        raise DomainError("event.malformed", kind=record.kind, detail="total")
    if sale.tenders:
        if any(t.method not in TENDER_METHODS for t in sale.tenders):
            raise DomainError("event.malformed", kind=record.kind, detail="tender")
        if sum(t.amount_avos for t in sale.tenders) != sale.total_avos:
            raise DomainError("event.malformed", kind=record.kind, detail="tenders")


def _check_stocktake(record: EventRecord, payload: StocktakeCounted | StocktakeReviewed) -> None:
    skus = [line.sku for line in payload.lines]
    if len(set(skus)) != len(skus):
        raise DomainError("event.malformed", kind=record.kind, detail="duplicate sku")
    if isinstance(payload, StocktakeCounted):
        if not payload.lines or any(line.counted < 0 for line in payload.lines):
            raise DomainError("event.malformed", kind=record.kind, detail="lines")
    elif any(line.qty == 0 for line in payload.lines) or (payload.lines and not payload.approved):
        raise DomainError("event.malformed", kind=record.kind, detail="lines")


def payload_dict(payload: msgspec.Struct) -> dict[str, Any]:
    result: dict[str, Any] = msgspec.to_builtins(payload)
    return result


_encoder = msgspec.json.Encoder()


def encode_json(value: Any) -> str:
    return _encoder.encode(value).decode()


def decode_json(text: str | bytes) -> Any:
    return msgspec.json.decode(text)
