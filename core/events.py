"""Event schemas. An event is a fact made on one device; payloads are typed and validated per kind."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any, NamedTuple

import msgspec
from msgspec import Meta

from core.errors import DomainError
from core.staff import STAFF_ADMIN_PAYLOADS

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


class StoreUpserted(msgspec.Struct, frozen=True):
    store_id: StoreId
    name_zh: Name
    name_en: Name
    name_pt: Name
    latitude: Annotated[float, Meta(ge=-90, le=90)] | None = None
    longitude: Annotated[float, Meta(ge=-180, le=180)] | None = None
    active: bool = True
    address_zh: LongName = ""  # printed on receipts; absent in events written before it existed
    address_pt: LongName = ""
    phone: Phone = ""


class ProductUpserted(msgspec.Struct, frozen=True):
    sku: Sku
    name_zh: LongName
    name_en: LongName
    name_pt: LongName
    price_avos: Avos
    barcodes: Annotated[list[Annotated[str, Meta(min_length=1, max_length=32)]], Meta(max_length=50)] = []
    category: Annotated[str, Meta(max_length=40)] = ""
    active: bool = True


class StaffUpserted(msgspec.Struct, frozen=True):
    staff_id: Annotated[str, Meta(min_length=1, max_length=40)]
    name: Name
    role: Code
    pin_hash: LongName
    store_id: StoreId | None = None
    # Kept by Settings → Staff (core/staff_admin.py); snapshots carry them in this shape.
    name_zh: Name = ""
    name_pt: Name = ""
    discount_limit: Annotated[int, Meta(ge=0, le=100)] | None = None
    active: bool = True


class SaleLine(msgspec.Struct, frozen=True, omit_defaults=True):
    sku: Sku
    qty: Qty
    unit_price_avos: Avos
    discount_avos: Avos = 0  # off this line in total (not per unit)

    @property
    def amount_avos(self) -> int:
        return self.qty * self.unit_price_avos - self.discount_avos


TENDER_METHODS = ("cash_mop", "cash_hkd", "card", "mpay", "alipay", "wechat")


class Tender(msgspec.Struct, frozen=True, omit_defaults=True):
    """One way the customer paid. ``amount_avos`` is the MOP applied to the sale; for cash,
    ``tendered`` is what was handed over in ``currency`` (HKD cents for Hong Kong dollars)."""

    method: Code
    amount_avos: Avos
    tendered: Avos = 0
    currency: Annotated[str, Meta(min_length=3, max_length=3)] = "MOP"


class SaleRecorded(msgspec.Struct, frozen=True, omit_defaults=True):
    sale_id: Id
    lines: Annotated[list[SaleLine], Meta(max_length=MAX_LINES)]
    total_avos: Avos
    # Added with the counter; events from before carry the defaults.
    tenders: Annotated[list[Tender], Meta(max_length=20)] = []
    basket_discount_avos: Avos = 0
    change_avos: Avos = 0
    receipt_no: Annotated[str, Meta(max_length=40)] = ""
    staff_id: StaffRef = ""
    approved_by: StaffRef = ""  # the manager whose PIN allowed an override in this sale


class SaleRefunded(msgspec.Struct, frozen=True):
    """Goods brought back against a receipt: they return to the store's stock."""

    refund_id: Id
    sale_id: Id
    lines: Annotated[list[SaleLine], Meta(max_length=MAX_LINES)]  # qty returned, at the net unit price paid
    total_avos: Avos
    method: Code
    staff_id: StaffRef
    approved_by: StaffRef = ""
    reason: Annotated[str, Meta(max_length=30)] = ""  # one of core.sales.REFUND_REASONS
    # -- money at the counter: optional, so events from older tills still decode --
    refund_no: Annotated[str, Meta(max_length=40)] = ""  # the till's own refund number, on the refund slip
    note: Note = ""  # the cashier's words beside the reason


class AuditLogged(msgspec.Struct, frozen=True):
    """A void, a discount above the cashier's limit, a refund: who, approved by whom."""

    action: Annotated[str, Meta(max_length=30)]  # void_line | void_basket | discount_override | refund
    staff_id: StaffRef
    approved_by: StaffRef = ""
    detail: Annotated[
        dict[
            Annotated[str, Meta(max_length=40)],
            Annotated[str, Meta(max_length=200)] | Annotated[int, Meta(ge=-MAX_AVOS, le=MAX_AVOS)],
        ],
        Meta(max_length=20),
    ] = {}


HOLD_STATES = ("requested", "confirmed", "fulfilled", "released")


class HoldRequested(msgspec.Struct, frozen=True):
    """A store asks to hold another store's units for its customer. The hub grants it (logs it) only
    if that store's availability covers it, else refuses it with ``hold.unavailable``."""

    hold_id: Id
    store_id: StoreId  # whose stock
    sku: Sku
    qty: Qty
    until: Stamp  # ISO time with zone
    customer_name: Name = ""
    customer_phone: Phone = ""
    staff_id: StaffRef = ""


class HoldUpdated(msgspec.Struct, frozen=True):
    """confirmed (set aside, by the holding store), fulfilled (picked up / transferred, by the holding
    store) or released (cancelled by either store, or expired)."""

    hold_id: Id
    state: Code
    note: ShortNote = ""
    staff_id: StaffRef = ""


class TransferRequested(msgspec.Struct, frozen=True):
    transfer_id: Id
    from_store_id: StoreId
    lines: Annotated[list[StockLine], Meta(max_length=MAX_LINES)]
    note: Note = ""
    hold_id: Annotated[str, Meta(max_length=36)] = ""
    staff_id: StaffRef = ""


class WaitlistAdded(msgspec.Struct, frozen=True):
    entry_id: Id
    sku: Sku
    customer_phone: Phone
    customer_name: Name = ""
    staff_id: StaffRef = ""


class WaitlistUpdated(msgspec.Struct, frozen=True):
    entry_id: Id
    state: Code  # called | closed
    staff_id: StaffRef = ""


class OversellDetected(msgspec.Struct, frozen=True):
    """Written by the hub: sales drove ``sku``'s availability at the event's store below zero."""

    alert_id: Id
    sku: Sku
    available: Units
    cause_event_ids: list[Id]


OVERSELL_RESOLUTIONS = ("transfer_in", "contact_customer", "write_off")


class OversellResolved(msgspec.Struct, frozen=True):
    alert_id: Id
    resolution: Code
    staff_id: StaffRef
    note: Note = ""
    adjust_qty: SignedQty = 0  # write_off: the correction booked to the ledger (brings on-hand back to 0)


class StockLine(msgspec.Struct, frozen=True):
    sku: Sku
    qty: SignedQty


class StockReceived(msgspec.Struct, frozen=True):
    receipt_id: Id
    lines: Annotated[list[StockLine], Meta(max_length=MAX_LINES)]
    note: Note = ""


class CountLine(msgspec.Struct, frozen=True):
    """One SKU of a stocktake: what the shelf held and what the ledger expected at the count's anchor."""

    sku: Sku
    counted: Units
    expected: Units
    held: bool = False  # above the threshold: waits for a manager's approval before it is applied

    @property
    def variance(self) -> int:
        return self.counted - self.expected


class StocktakeCounted(msgspec.Struct, frozen=True):
    """A counted section. ``anchor``: per device, the last seq of the store's stock this count covers;
    each line not held becomes the count adjustment ``counted - expected`` at once."""

    stocktake_id: Id
    section: ShortNote
    anchor: Annotated[
        dict[Annotated[str, Meta(max_length=64)], Annotated[int, Meta(ge=0, le=MAX_SEQ)]],
        Meta(max_length=1000),
    ]
    lines: Annotated[list[CountLine], Meta(max_length=MAX_LINES)]
    staff_id: StaffRef = ""


class StocktakeReviewed(msgspec.Struct, frozen=True):
    """A manager approved (applied as count adjustments) or declined a stocktake's held lines."""

    stocktake_id: Id
    approved: bool
    lines: Annotated[
        list[StockLine], Meta(max_length=MAX_LINES)
    ]  # the adjustments applied (signed); empty when declined
    approved_by: StaffRef = ""


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
    **STAFF_ADMIN_PAYLOADS,  # staff.added, staff.changed, staff.pin_set, staff.active_set
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
    # Staff managed at a till: its own store's id; the hub checks who may (core.staff_admin).
    **dict.fromkeys(STAFF_ADMIN_PAYLOADS, "store"),
}

# Kinds that concern one store's stock: the event's store_id must be the device's own store.
STORE_SCOPED = frozenset(k for k, scope in SCOPE.items() if scope == "store")


def decode_payload(record: EventRecord, *, known_fields_only: bool = True) -> msgspec.Struct:
    """The typed payload of an event, checked against its kind's rules, or a ``DomainError``:
    ``event.unknown_kind``, ``event.malformed`` (wrong shape, amounts that do not add up),
    ``event.out_of_range`` (beyond the limits above) or ``event.unknown_field``.

    Unknown fields are refused where a fact is made and where the hub stores it; a replica reading the
    hub's log passes ``known_fields_only=False`` (a newer version's field is ignored there, not fatal).
    """
    cls = PAYLOADS.get(record.kind)
    if cls is None:
        raise DomainError("event.unknown_kind", kind=record.kind)
    try:
        payload = msgspec.convert(record.payload, cls)
    except msgspec.ValidationError as exc:
        code = "event.out_of_range" if _OUT_OF_RANGE.search(str(exc)) else "event.malformed"
        raise DomainError(code, kind=record.kind, detail=str(exc)[:200]) from exc
    if known_fields_only:
        unknown = _unknown_field(record.payload, _SHAPES[cls])
        if unknown is not None:
            raise DomainError("event.unknown_field", kind=record.kind, field=unknown[:40])
    if record.kind in STORE_SCOPED and not record.store_id:
        raise DomainError("event.malformed", kind=record.kind, detail="store_id missing")
    check = KIND_RULES[cls].check
    if check is not None:
        check(record, payload)
    return payload


def check_size(record: EventRecord, payload_text: str) -> None:
    """``event.too_large`` if the encoded payload passes the per-event limit."""
    if len(payload_text) > MAX_EVENT_BYTES and len(payload_text.encode()) > MAX_EVENT_BYTES:
        raise DomainError("event.too_large", kind=record.kind, size=len(payload_text.encode()))


def references(record: EventRecord, payload: msgspec.Struct) -> Refs:
    """The SKUs, stores and staff a fact names, which must exist in the chain (the hub checks)."""
    refs = KIND_RULES[type(payload)].refs
    found = refs(record, payload) if refs is not None else Refs()
    if record.kind in STORE_SCOPED and record.store_id:
        return Refs(found.skus, (*found.stores, record.store_id), found.staff)
    return found


# msgspec's words for a value beyond a Meta bound ("Expected `int` <= 100000", "... of length <= 40").
_OUT_OF_RANGE = re.compile(r"Expected `\w+` (of length )?[<>]=?")


def _malformed(record: EventRecord, detail: str) -> DomainError:
    return DomainError("event.malformed", kind=record.kind, detail=detail)


def _out_of_range(record: EventRecord, detail: str) -> DomainError:
    return DomainError("event.out_of_range", kind=record.kind, detail=detail)


# -- each kind's rules: its own checks and what it names --------------------------------------------


class Refs(NamedTuple):
    """Names a fact refers to (tuples, not sets: they are short, and built for every fact)."""

    skus: tuple[str, ...] = ()
    stores: tuple[str, ...] = ()
    staff: tuple[str, ...] = ()


def _staff(*ids: str) -> tuple[str, ...]:
    return tuple(i for i in ids if i)  # "" names nobody (before sign-in; the demo's simulated tills)


def _skus(lines: list[Any]) -> tuple[str, ...]:
    return tuple(line.sku for line in lines)


STAFF_ROLES = ("cashier", "store_manager", "area_manager", "engineer")  # core.staff.Role


def _check_staff(record: EventRecord, p: StaffUpserted) -> None:
    if p.role not in STAFF_ROLES:
        raise _malformed(record, "role")


def _check_sale(record: EventRecord, sale: SaleRecorded) -> None:
    """Positive quantities at non-negative prices (the types); discounts within their line and the
    basket; the amounts add up; tenders (if any) pay it. Goods coming back are a refund, never a sale."""
    if not sale.lines:
        raise _malformed(record, "no lines")
    gross = 0
    for line in sale.lines:
        line_avos = line.qty * line.unit_price_avos
        if line_avos > MAX_AVOS:
            raise _out_of_range(record, "line amount")
        if line.discount_avos > line_avos:
            raise _out_of_range(record, "line discount")
        gross += line_avos - line.discount_avos
    if sale.basket_discount_avos > gross:
        raise _out_of_range(record, "basket discount")
    if sale.total_avos != gross - sale.basket_discount_avos:
        raise _malformed(record, "total")
    if sale.tenders:
        if any(t.method not in TENDER_METHODS for t in sale.tenders):
            raise _malformed(record, "tender")
        if sum(t.amount_avos for t in sale.tenders) != sale.total_avos:
            raise _malformed(record, "tenders")


def _check_refund(record: EventRecord, refund: SaleRefunded) -> None:
    if not refund.lines:
        raise _malformed(record, "lines")
    for line in refund.lines:
        line_avos = line.qty * line.unit_price_avos
        if line_avos > MAX_AVOS:
            raise _out_of_range(record, "line amount")
        if line.discount_avos > line_avos:
            raise _out_of_range(record, "line discount")


def _check_positive_lines(record: EventRecord, p: StockReceived | TransferRequested) -> None:
    if not p.lines:
        raise _malformed(record, "no lines")
    if any(not 0 < line.qty <= MAX_QTY for line in p.lines):
        raise _out_of_range(record, "quantity")
    if isinstance(p, TransferRequested) and len(_skus(p.lines)) != len(p.lines):
        raise _malformed(record, "duplicate sku")


def _check_hold_update(record: EventRecord, p: HoldUpdated) -> None:
    if p.state not in HOLD_STATES[1:]:
        raise _malformed(record, "state")


def _check_waitlist_update(record: EventRecord, p: WaitlistUpdated) -> None:
    if p.state not in ("called", "closed"):
        raise _malformed(record, "state")


def _check_resolution(record: EventRecord, p: OversellResolved) -> None:
    if p.resolution not in OVERSELL_RESOLUTIONS:
        raise _malformed(record, "resolution")


def _check_stocktake(record: EventRecord, payload: StocktakeCounted | StocktakeReviewed) -> None:
    skus = [line.sku for line in payload.lines]
    if len(set(skus)) != len(skus):
        raise _malformed(record, "duplicate sku")
    if isinstance(payload, StocktakeCounted):
        if not payload.lines or any(line.counted < 0 for line in payload.lines):
            raise _malformed(record, "lines")
    elif any(line.qty == 0 for line in payload.lines) or (payload.lines and not payload.approved):
        raise _malformed(record, "lines")


@dataclass(frozen=True)
class KindRules:
    """What a kind of fact may be beyond its payload type (``check`` raises), and what it names."""

    check: Callable[[EventRecord, Any], None] | None = None
    refs: Callable[[EventRecord, Any], Refs] | None = None


KIND_RULES: dict[type[msgspec.Struct], KindRules] = {
    StoreUpserted: KindRules(),
    ProductUpserted: KindRules(),
    StaffUpserted: KindRules(_check_staff, lambda _r, p: Refs(stores=(p.store_id,) if p.store_id else ())),
    SaleRecorded: KindRules(
        _check_sale, lambda _r, p: Refs(_skus(p.lines), staff=_staff(p.staff_id, p.approved_by))
    ),
    SaleRefunded: KindRules(
        _check_refund, lambda _r, p: Refs(_skus(p.lines), staff=_staff(p.staff_id, p.approved_by))
    ),
    StockReceived: KindRules(_check_positive_lines, lambda _r, p: Refs(_skus(p.lines))),
    AuditLogged: KindRules(None, lambda _r, p: Refs(staff=_staff(p.staff_id, p.approved_by))),
    HoldRequested: KindRules(None, lambda _r, p: Refs((p.sku,), (p.store_id,), _staff(p.staff_id))),
    HoldUpdated: KindRules(_check_hold_update, lambda _r, p: Refs(staff=_staff(p.staff_id))),
    TransferRequested: KindRules(
        _check_positive_lines,
        lambda _r, p: Refs(_skus(p.lines), (p.from_store_id,), _staff(p.staff_id)),
    ),
    WaitlistAdded: KindRules(None, lambda _r, p: Refs((p.sku,), staff=_staff(p.staff_id))),
    WaitlistUpdated: KindRules(_check_waitlist_update, lambda _r, p: Refs(staff=_staff(p.staff_id))),
    OversellDetected: KindRules(),
    OversellResolved: KindRules(_check_resolution, lambda _r, p: Refs(staff=_staff(p.staff_id))),
    StocktakeCounted: KindRules(
        _check_stocktake, lambda _r, p: Refs(_skus(p.lines), staff=_staff(p.staff_id))
    ),
    StocktakeReviewed: KindRules(
        _check_stocktake, lambda _r, p: Refs(_skus(p.lines), staff=_staff(p.approved_by))
    ),
    # Staff management: the hub checks the members named, and who may manage whom, itself
    # (core.staff_admin.hub_refusal); the member's store must exist.
    **{
        cls: KindRules(None, lambda _r, p: Refs(stores=(p.store_id,) if getattr(p, "store_id", None) else ()))
        for cls in STAFF_ADMIN_PAYLOADS.values()
    },
}


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


_SHAPES: dict[type[msgspec.Struct], _Shape] = {cls: _shape_of(cls) for cls in PAYLOADS.values()}
assert set(KIND_RULES) == set(PAYLOADS.values())


def payload_dict(payload: msgspec.Struct) -> dict[str, Any]:
    result: dict[str, Any] = msgspec.to_builtins(payload)
    return result


_encoder = msgspec.json.Encoder()


def encode_json(value: Any) -> str:
    return _encoder.encode(value).decode()


def decode_json(text: str | bytes) -> Any:
    return msgspec.json.decode(text)
