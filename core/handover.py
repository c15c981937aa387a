"""The shift (till) handover: the outgoing cashier counts the drawer blind, by denomination, MOP and
HKD apart; the till sets the count beside what the shift's live data says should be there (per
tender, with the variance); both cashiers sign with their PIN and a drawn signature; a variance above
the store's rule needs a store manager's PIN and a reason. One fact, ``shift.handed_over``, carries it
all (signatures included) to the hub, so the slip can be reprinted anywhere in the chain.

A shift at a till runs from that till's last handover (or the start of the business day) to now.
Cash in the drawer is the float kept at the last handover, plus cash taken (what was handed over,
in its currency), less change (always given in MOP) and cash refunds.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Annotated, Any

import msgspec
from msgspec import Meta
from sqlalchemy import BigInteger, ForeignKey, String, Text, delete, func, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from core.audit import AuditEntry, AuditLogged
from core.clock import Clock, SystemClock, utc_text
from core.errors import DomainError
from core.events import (
    MAX_AVOS,
    MAX_COUNT,
    Avos,
    Code,
    EventRecord,
    Id,
    Note,
    StaffRef,
    Stamp,
    decode_json,
    encode_json,
    malformed,
    payload_dict,
)
from core.holds import ACTIVE_HOLD_STATES, Hold
from core.ids import new_id
from core.models import Base, Event, Sale, SaleDetail, SaleTender, Staff, Store
from core.projection import Batch
from core.registry import (
    Area,
    Kind,
    Refs,
    Scope,
    SnapshotTable,
    named_staff,
    register,
    register_errors,
    register_snapshot,
)
from core.replica import Till, emit, outbox_status
from core.sales import HKD_RATE_PPM, TENDER_METHODS, Payment, SaleRecorded, SaleRefunded, settle, takings
from core.sales import SaleLine as SoldLine
from core.staff import Permission, PinGuard, StaffMember, authorise, sign_in
from core.transfers import OPEN_STATES, TransferRequest

# Notes and coins in the drawer, largest first: MOP in avos, HKD in cents (the same values serve both).
MOP_DENOMINATIONS = (100_000, 50_000, 10_000, 5_000, 2_000, 1_000, 500, 200, 100, 50, 20, 10)
HKD_DENOMINATIONS = (100_000, 50_000, 10_000, 5_000, 2_000, 1_000, 500, 200, 100, 50, 20, 10)
NON_CASH_METHODS = tuple(m for m in TENDER_METHODS if not m.startswith("cash"))
# Audit actions counted on the handover; "no_sale" is a drawer opened without a sale (log_no_sale).
COUNTED_ACTIONS = ("void_line", "void_basket", "discount_override", "refund", "no_sale")
# Transfer states that are over; any other state is open business the next shift inherits.
MAX_STROKES = 40
MAX_STROKE_INTS = 600  # x, y pairs of one stroke, each 0..SIGNATURE_SCALE
SIGNATURE_SCALE = 1000
_MACAU = timezone(timedelta(hours=8))

SignedAvos = Annotated[int, Meta(ge=-MAX_AVOS, le=MAX_AVOS)]
Count = Annotated[int, Meta(ge=0, le=MAX_COUNT)]


class ShiftHandover(Base):
    """One handover at a till: the figures a history lists and searches, and the whole fact for reprints."""

    __tablename__ = "shift_handovers"

    handover_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    event_id: Mapped[str] = mapped_column(ForeignKey("events.event_id"))
    store_id: Mapped[str] = mapped_column(String(32), index=True)
    device_id: Mapped[str] = mapped_column(String(64))
    handover_no: Mapped[str] = mapped_column(String(40))
    staff_id: Mapped[str] = mapped_column(String(40))
    incoming_staff_id: Mapped[str] = mapped_column(String(40))
    approved_by: Mapped[str] = mapped_column(String(40), default="")
    shift_start: Mapped[str] = mapped_column(String(40))
    handed_over_at: Mapped[str] = mapped_column(String(40))
    variance_avos: Mapped[int] = mapped_column(BigInteger)
    float_mop_avos: Mapped[int] = mapped_column(BigInteger)
    float_hkd_cents: Mapped[int] = mapped_column(BigInteger)
    note: Mapped[str] = mapped_column(String(200), default="")
    fact: Mapped[str] = mapped_column(Text)  # the payload as JSON: counts, figures, signatures


# -- the fact -------------------------------------------------------------------------------------


class DenominationCount(msgspec.Struct, frozen=True):
    value: Annotated[int, Meta(ge=1, le=100_000_000)]  # one note or coin: avos (MOP) or cents (HKD)
    qty: Count


class TenderFigure(msgspec.Struct, frozen=True):
    """Expected and counted for one tender, in its currency (HKD cents for ``cash_hkd``)."""

    method: Code
    expected: SignedAvos
    counted: SignedAvos
    currency: Annotated[str, Meta(min_length=3, max_length=3)] = "MOP"


Stroke = Annotated[list[Annotated[int, Meta(ge=0, le=SIGNATURE_SCALE)]], Meta(max_length=MAX_STROKE_INTS)]


class Signature(msgspec.Struct, frozen=True):
    """A drawn signature: strokes of x, y, x, y, ... scaled to 0..1000 across the pad's width and
    height (the pad is 3:1), so it draws the same on any screen or slip."""

    strokes: Annotated[list[Stroke], Meta(max_length=MAX_STROKES)] = []


class ShiftHandedOver(msgspec.Struct, frozen=True, kw_only=True):
    handover_id: Id
    handover_no: Annotated[str, Meta(max_length=40)]
    staff_id: StaffRef  # the outgoing cashier, who counted
    incoming_staff_id: StaffRef
    approved_by: StaffRef = ""  # the store manager, when the variance was above the rule
    shift_start: Stamp
    hkd_rate_ppm: Annotated[int, Meta(ge=1, le=100_000_000)]
    mop_count: Annotated[list[DenominationCount], Meta(max_length=30)]
    hkd_count: Annotated[list[DenominationCount], Meta(max_length=30)]
    float_mop_avos: Avos  # left in the drawer for the next shift
    float_hkd_cents: Avos
    tenders: Annotated[list[TenderFigure], Meta(max_length=len(TENDER_METHODS))]
    variance_avos: SignedAvos  # counted less expected over every tender, in MOP
    voids: Count = 0
    refunds: Count = 0
    discount_overrides: Count = 0
    no_sales: Count = 0
    unsynced: Count = 0
    open_holds: Count = 0
    open_transfers: Count = 0
    reason: Note = ""
    note: Note = ""
    outgoing_signature: Signature = Signature()
    incoming_signature: Signature = Signature()


def _signed_hkd_to_avos(cents: int, rate_ppm: int) -> int:
    """HKD cents to MOP avos, rounded half away from zero (a shortage converts as an overage would)."""
    value = (abs(cents) * rate_ppm + 500_000) // 1_000_000
    return value if cents >= 0 else -value


def avos_to_hkd(avos: int, rate_ppm: int) -> int:
    """MOP avos to HKD cents, rounded half up (what an HKD cash refund hands back)."""
    return (avos * 1_000_000 + rate_ppm // 2) // rate_ppm


def variance_of(tenders: Iterable[TenderFigure], rate_ppm: int) -> int:
    """The whole shift's variance in MOP: HKD converted at the rate stored with the count."""
    total = 0
    for t in tenders:
        diff = t.counted - t.expected
        total += _signed_hkd_to_avos(diff, rate_ppm) if t.currency == "HKD" else diff
    return total


def _check(record: EventRecord, p: ShiftHandedOver) -> None:
    if not p.staff_id or not p.incoming_staff_id or p.staff_id == p.incoming_staff_id:
        raise malformed(record, "staff")
    methods = [t.method for t in p.tenders]
    if len(set(methods)) != len(methods) or any(m not in TENDER_METHODS for m in methods):
        raise malformed(record, "tenders")
    counted = {t.method: t.counted for t in p.tenders}
    if counted.get("cash_mop", 0) != sum(d.value * d.qty for d in p.mop_count):
        raise malformed(record, "MOP count")
    if counted.get("cash_hkd", 0) != sum(d.value * d.qty for d in p.hkd_count):
        raise malformed(record, "HKD count")
    if p.float_mop_avos > counted.get("cash_mop", 0) or p.float_hkd_cents > counted.get("cash_hkd", 0):
        raise malformed(record, "float")
    if p.variance_avos != variance_of(p.tenders, p.hkd_rate_ppm):
        raise malformed(record, "variance")


def _apply(session: Session, record: EventRecord, p: ShiftHandedOver, _batch: Batch) -> None:
    session.add(
        ShiftHandover(
            handover_id=p.handover_id,
            event_id=record.event_id,
            store_id=record.store_id or "",
            device_id=record.device_id,
            handover_no=p.handover_no,
            staff_id=p.staff_id,
            incoming_staff_id=p.incoming_staff_id,
            approved_by=p.approved_by,
            shift_start=p.shift_start,
            handed_over_at=utc_text(record.occurred_at),
            variance_avos=p.variance_avos,
            float_mop_avos=p.float_mop_avos,
            float_hkd_cents=p.float_hkd_cents,
            note=p.note,
            fact=encode_json(payload_dict(p)),
        )
    )


def _revert(session: Session, event: Event, _changes: Any) -> None:
    session.execute(delete(ShiftHandover).where(ShiftHandover.event_id == event.event_id))


register(
    Kind(
        "shift.handed_over",
        ShiftHandedOver,
        Scope.STORE,
        _apply,
        areas=frozenset({Area.HANDOVER}),
        check=_check,
        refs=lambda _r, p: Refs(staff=named_staff(p.staff_id, p.incoming_staff_id, p.approved_by)),
        permission=Permission.SELL,
        revert=_revert,
    )
)
# A handover is closed business: each replica keeps its own till's (the next shift starts from it).
register_snapshot(SnapshotTable("shift_handovers", ShiftHandover, mode="local"))
register_errors(
    "handover.same_staff",
    "handover.signature_missing",
    "handover.needs_approval",
    "handover.reason_missing",
    "handover.float_too_large",
    "handover.unknown",
)


# -- the shift as the live data tells it ------------------------------------------------------------


@dataclass(frozen=True)
class HandoverRule:
    """A store rule: a variance (either way) above ``max_variance_avos`` needs a store manager."""

    max_variance_avos: int = 5_000

    def needs_approval(self, variance_avos: int) -> bool:
        return abs(variance_avos) > self.max_variance_avos


@dataclass(frozen=True)
class ShiftSummary:
    """What the till knows of the shift so far: expected per tender in its currency (HKD cents for
    ``cash_hkd``), the sales and refunds behind it (MOP), and what the next shift inherits."""

    store_id: str
    device_id: str
    shift_start: str
    opening_mop_avos: int  # the float the last handover kept
    opening_hkd_cents: int
    hkd_rate_ppm: int
    expected: dict[str, int]
    sales: dict[str, int]
    refunds: dict[str, int]
    change_avos: int
    voids: int
    refund_count: int
    discount_overrides: int
    no_sales: int
    unsynced: int
    open_holds: int
    open_transfers: int


def _day_start(now: datetime) -> str:
    local = now.astimezone(_MACAU)
    return utc_text(datetime(local.year, local.month, local.day, tzinfo=_MACAU))


def last_handover(session: Session, device_id: str) -> ShiftHandover | None:
    return session.scalars(
        select(ShiftHandover)
        .where(ShiftHandover.device_id == device_id)
        .order_by(ShiftHandover.handed_over_at.desc())
        .limit(1)
    ).first()


def shift_summary(
    session: Session, till: Till, *, hkd_rate_ppm: int = HKD_RATE_PPM, clock: Clock | None = None
) -> ShiftSummary:
    """The shift at this till since its last handover (or since the business day began)."""
    store_id = till.store_id or ""
    previous = last_handover(session, till.device_id)
    now = (clock or SystemClock()).now()
    since = previous.handed_over_at if previous is not None else _day_start(now)
    opening_mop = previous.float_mop_avos if previous is not None else 0
    opening_hkd = previous.float_hkd_cents if previous is not None else 0
    took = takings(session, store_id, since, till.device_id)
    tendered: dict[str, int] = {
        m: int(v)
        for m, v in session.execute(
            select(SaleTender.method, func.sum(SaleTender.tendered))
            .join(Sale, Sale.sale_id == SaleTender.sale_id)
            .where(
                Sale.store_id == store_id,
                Sale.device_id == till.device_id,
                Sale.occurred_at >= since,
                SaleTender.method.in_(("cash_mop", "cash_hkd")),
            )
            .group_by(SaleTender.method)
        )
    }
    change = session.scalar(
        select(func.sum(SaleDetail.change_avos))
        .join(Sale, Sale.sale_id == SaleDetail.sale_id)
        .where(Sale.store_id == store_id, Sale.device_id == till.device_id, Sale.occurred_at >= since)
    )
    change = int(change or 0)
    expected = {
        # Change is always given in MOP, whichever currency paid.
        "cash_mop": opening_mop + int(tendered.get("cash_mop", 0)) - change - took.refunds.get("cash_mop", 0),
        "cash_hkd": opening_hkd
        + int(tendered.get("cash_hkd", 0))
        - avos_to_hkd(took.refunds.get("cash_hkd", 0), hkd_rate_ppm),
    }
    for method in NON_CASH_METHODS:
        expected[method] = took.sales.get(method, 0) - took.refunds.get(method, 0)
    actions: dict[str, int] = {
        a: int(n)
        for a, n in session.execute(
            select(AuditEntry.action, func.count())
            .join(Event, Event.event_id == AuditEntry.event_id)
            .where(
                AuditEntry.store_id == store_id,
                Event.device_id == till.device_id,
                AuditEntry.occurred_at >= since,
                AuditEntry.action.in_(COUNTED_ACTIONS),
            )
            .group_by(AuditEntry.action)
        )
    }
    holds = session.scalar(
        select(func.count()).where(
            (Hold.store_id == store_id) | (Hold.for_store_id == store_id), Hold.state.in_(ACTIVE_HOLD_STATES)
        )
    )
    transfers = session.scalar(
        select(func.count()).where(
            (TransferRequest.from_store_id == store_id) | (TransferRequest.to_store_id == store_id),
            TransferRequest.state.in_(OPEN_STATES),
        )
    )
    return ShiftSummary(
        store_id=store_id,
        device_id=till.device_id,
        shift_start=since,
        opening_mop_avos=opening_mop,
        opening_hkd_cents=opening_hkd,
        hkd_rate_ppm=hkd_rate_ppm,
        expected=expected,
        sales=took.sales,
        refunds=took.refunds,
        change_avos=change,
        voids=int(actions.get("void_line", 0)) + int(actions.get("void_basket", 0)),
        refund_count=int(actions.get("refund", 0)),
        discount_overrides=int(actions.get("discount_override", 0)),
        no_sales=int(actions.get("no_sale", 0)),
        unsynced=outbox_status(session).pending,
        open_holds=int(holds or 0),
        open_transfers=int(transfers or 0),
    )


# -- the count and the handover ---------------------------------------------------------------------


@dataclass(frozen=True)
class DrawerCount:
    """What the outgoing cashier counted: notes and coins per denomination (value → how many), the
    float left for the next shift, and the card terminal's and wallets' own totals (method → MOP)."""

    mop: Mapping[int, int]
    hkd: Mapping[int, int]
    float_mop_avos: int = 0
    float_hkd_cents: int = 0
    non_cash: Mapping[str, int] = field(default_factory=dict)

    @property
    def mop_avos(self) -> int:
        return sum(value * qty for value, qty in self.mop.items())

    @property
    def hkd_cents(self) -> int:
        return sum(value * qty for value, qty in self.hkd.items())


def figures(summary: ShiftSummary, count: DrawerCount) -> tuple[list[TenderFigure], int]:
    """Expected against counted per tender (cash from the count, the rest from the terminals' totals),
    and the variance of the whole shift in MOP."""
    tenders = [
        TenderFigure("cash_mop", summary.expected["cash_mop"], count.mop_avos, "MOP"),
        TenderFigure("cash_hkd", summary.expected["cash_hkd"], count.hkd_cents, "HKD"),
    ]
    for method in NON_CASH_METHODS:
        tenders.append(TenderFigure(method, summary.expected[method], count.non_cash.get(method, 0), "MOP"))
    return tenders, variance_of(tenders, summary.hkd_rate_ppm)


@dataclass(frozen=True)
class HandoverRecord:
    """A handover as its slip shows it (plain values; names in every language)."""

    handover_id: str
    handover_no: str
    store_id: str
    store_names: dict[str, str]
    handed_over_at: str
    fact: ShiftHandedOver
    staff_names: dict[str, dict[str, str]]  # staff id → language → name

    def name(self, staff_id: str, lang: str) -> str:
        names = self.staff_names.get(staff_id, {})
        return names.get(lang) or names.get("en") or staff_id


def _handover_no(session: Session, till: Till) -> str:
    tag = "".join(ch for ch in till.device_id.upper() if ch.isalnum())[-4:].rjust(4, "0")
    done = session.scalar(select(func.count()).where(ShiftHandover.device_id == till.device_id)) or 0
    return f"{till.store_id}-{tag}-H{done + 1:04d}"


def hand_over(
    session: Session,
    till: Till,
    count: DrawerCount,
    *,
    outgoing_pin: str,
    incoming_pin: str,
    outgoing_signature: Signature,
    incoming_signature: Signature,
    manager_pin: str = "",
    reason: str = "",
    note: str = "",
    rule: HandoverRule | None = None,
    hkd_rate_ppm: int = HKD_RATE_PPM,
    pins: PinGuard | None = None,
    clock: Clock | None = None,
) -> HandoverRecord:
    """Hand the shift over: the figures are taken again from the live data in this transaction, so
    what is recorded is what the till held at this moment, not what the screen showed a minute ago."""
    store_id = till.store_id
    guard = pins or PinGuard()  # the counter's own: wrong PINs in a row here wait like anywhere else
    outgoing = guard.attempt(lambda: sign_in(session, store_id, outgoing_pin))
    incoming = guard.attempt(lambda: sign_in(session, store_id, incoming_pin))
    if outgoing.staff_id == incoming.staff_id:
        raise DomainError("handover.same_staff")
    if not outgoing.can(Permission.SELL):
        raise DomainError("staff.not_allowed", name=outgoing.name)
    if not outgoing_signature.strokes or not incoming_signature.strokes:
        raise DomainError("handover.signature_missing")
    if count.float_mop_avos > count.mop_avos or count.float_hkd_cents > count.hkd_cents:
        raise DomainError("handover.float_too_large")
    summary = shift_summary(session, till, hkd_rate_ppm=hkd_rate_ppm, clock=clock)
    tenders, variance = figures(summary, count)
    reason, note = reason.strip(), note.strip()
    approver: StaffMember | None = None
    if (rule or HandoverRule()).needs_approval(variance):
        if not manager_pin:
            raise DomainError("handover.needs_approval", variance=variance)
        if not reason:
            raise DomainError("handover.reason_missing")
        approver = guard.attempt(
            lambda: authorise(session, store_id, manager_pin, Permission.APPROVE_ADJUSTMENT)
        )
    payload = ShiftHandedOver(
        handover_id=new_id(),
        handover_no=_handover_no(session, till),
        staff_id=outgoing.staff_id,
        incoming_staff_id=incoming.staff_id,
        approved_by=approver.staff_id if approver else "",
        shift_start=summary.shift_start,
        hkd_rate_ppm=hkd_rate_ppm,
        mop_count=[DenominationCount(v, q) for v, q in sorted(count.mop.items(), reverse=True) if q],
        hkd_count=[DenominationCount(v, q) for v, q in sorted(count.hkd.items(), reverse=True) if q],
        float_mop_avos=count.float_mop_avos,
        float_hkd_cents=count.float_hkd_cents,
        tenders=tenders,
        variance_avos=variance,
        voids=summary.voids,
        refunds=summary.refund_count,
        discount_overrides=summary.discount_overrides,
        no_sales=summary.no_sales,
        unsynced=summary.unsynced,
        open_holds=summary.open_holds,
        open_transfers=summary.open_transfers,
        reason=reason[:200],
        note=note[:200],
        outgoing_signature=outgoing_signature,
        incoming_signature=incoming_signature,
    )
    emit(session, "shift.handed_over", payload, store_id=store_id, clock=clock)
    return handover_record(session, payload.handover_id)


def log_no_sale(session: Session, till: Till, staff: StaffMember, clock: Clock | None = None) -> None:
    """The drawer was opened without a sale (to give change for a note, say): counted on the handover."""
    emit(session, "audit.logged", AuditLogged("no_sale", staff.staff_id), store_id=till.store_id, clock=clock)


# -- the history ------------------------------------------------------------------------------------


def _names(session: Session, ids: Iterable[str]) -> dict[str, dict[str, str]]:
    wanted = {i for i in ids if i}
    rows = session.scalars(select(Staff).where(Staff.staff_id.in_(wanted))).all() if wanted else []
    return {
        r.staff_id: {"en": r.name, "zh_Hant": r.name_zh or r.name, "pt": r.name_pt or r.name} for r in rows
    }


def handover_record(session: Session, handover_id: str) -> HandoverRecord:
    """A handover with everything its slip needs (a reprint reads it here)."""
    row = session.get(ShiftHandover, handover_id)
    if row is None:
        raise DomainError("handover.unknown")
    fact = msgspec.convert(decode_json(row.fact), ShiftHandedOver)
    store = session.get(Store, row.store_id)
    store_names = {lang: store.name(lang) for lang in ("en", "zh_Hant", "pt")} if store else {}
    return HandoverRecord(
        row.handover_id,
        row.handover_no,
        row.store_id,
        store_names,
        row.handed_over_at,
        fact,
        _names(session, (fact.staff_id, fact.incoming_staff_id, fact.approved_by)),
    )


@dataclass(frozen=True)
class HandoverRow:
    handover_id: str
    handover_no: str
    handed_over_at: str
    outgoing: dict[str, str]  # language → name
    incoming: dict[str, str]
    variance_avos: int
    approved: bool
    note: str


def handover_history(
    session: Session, store_id: str | None, search: str = "", limit: int = 200
) -> list[HandoverRow]:
    """This store's handovers, newest first; ``search`` matches the number, a date (2026-12-04), a
    name in any language, or the note."""
    rows = session.scalars(
        select(ShiftHandover)
        .where(ShiftHandover.store_id == (store_id or ""))
        .order_by(ShiftHandover.handed_over_at.desc())
        .limit(2000)
    ).all()
    names = _names(session, {r.staff_id for r in rows} | {r.incoming_staff_id for r in rows})
    needle = search.strip().casefold()
    out: list[HandoverRow] = []
    for r in rows:
        outgoing, incoming = (
            names.get(r.staff_id, {"en": r.staff_id}),
            names.get(r.incoming_staff_id, {"en": r.incoming_staff_id}),
        )
        local_day = datetime.fromisoformat(r.handed_over_at).astimezone(_MACAU).date().isoformat()
        haystack = " ".join(
            [r.handover_no, local_day, r.note, *outgoing.values(), *incoming.values()]
        ).casefold()
        if needle and needle not in haystack:
            continue
        out.append(
            HandoverRow(
                r.handover_id,
                r.handover_no,
                r.handed_over_at,
                outgoing,
                incoming,
                r.variance_avos,
                bool(r.approved_by),
                r.note,
            )
        )
        if len(out) >= limit:
            break
    return out


# -- the demo ---------------------------------------------------------------------------------------


class _At:
    """A clock standing at a given moment (demo facts made in the past)."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def now(self) -> datetime:
        return self.moment

    def monotonic(self) -> float:
        return 0.0


def _demo_signature(seed: int) -> Signature:
    """A flowing scribble, different per seed: what a finger on the pad leaves."""
    import math

    strokes = []
    for s in range(2):
        points: list[int] = []
        for i in range(40):
            t = i / 39
            x = int(80 + s * 420 + t * 400)
            y = int(500 + 260 * math.sin(t * 9 + seed + s) * (1 - t * 0.5))
            points += [max(0, min(SIGNATURE_SCALE, x)), max(0, min(SIGNATURE_SCALE, y))]
        strokes.append(points)
    return Signature(strokes)


def demo_facts(session: Session, till: Till, clock: Clock | None = None) -> None:
    """The demo's own till: this morning's handover, then a shift's takings since in MOP and HKD cash,
    card and wallets, a cash refund, voids, a discount override and a "no sale" drawer opening."""
    from core.demo_chain import demo_products

    store = till.store_id or ""
    now = (clock or SystemClock()).now()
    products = demo_products()[:8]
    cashier, manager = f"{store}-C1", f"{store}-M"
    at = now - timedelta(hours=5)
    morning = ShiftHandedOver(
        handover_id=new_id(),
        handover_no=_handover_no(session, till),
        staff_id=manager,
        incoming_staff_id=cashier,
        shift_start=_day_start(at),
        hkd_rate_ppm=HKD_RATE_PPM,
        mop_count=[DenominationCount(10_000, 5), DenominationCount(2_000, 10), DenominationCount(1_000, 20)],
        hkd_count=[DenominationCount(10_000, 2), DenominationCount(2_000, 5)],
        float_mop_avos=90_000,
        float_hkd_cents=30_000,
        tenders=[
            TenderFigure("cash_mop", 90_000, 90_000, "MOP"),
            TenderFigure("cash_hkd", 30_000, 30_000, "HKD"),
            *(TenderFigure(m, 0, 0, "MOP") for m in NON_CASH_METHODS),
        ],
        variance_avos=0,
        note="Opening float",
        outgoing_signature=_demo_signature(1),
        incoming_signature=_demo_signature(4),
    )
    emit(session, "shift.handed_over", morning, store_id=store, clock=_At(at))
    # (product, qty, tender, what the customer handed over: a round note for cash, else the total)
    sales = [(0, 1, "cash_mop", 50_000), (1, 2, "cash_hkd", 100_000), (2, 1, "card", 0), (3, 1, "mpay", 0)]
    sales += [(4, 3, "alipay", 0), (5, 1, "cash_mop", 100_000), (6, 1, "wechat", 0), (7, 2, "card", 0)]
    refunded: tuple[str, SoldLine] | None = None
    for n, (index, qty, method, handed) in enumerate(sales):
        product = products[index]
        line = SoldLine(product.sku, qty, product.price_avos)
        total = line.amount_avos
        if method == "cash_hkd":
            handed = max(handed, avos_to_hkd(total, HKD_RATE_PPM))
        paid = settle(
            total, [Payment(method, max(handed, total) if method == "cash_mop" else handed or total)]
        )
        facts, change = list(paid.tenders), paid.change_avos
        sale = SaleRecorded(
            sale_id=new_id(),
            lines=[line],
            total_avos=total,
            tenders=facts,
            change_avos=change,
            receipt_no=f"{store}-DEMO-{n + 1:06d}",
            staff_id=cashier,
        )
        emit(session, "sale.recorded", sale, store_id=store, clock=_At(now - timedelta(minutes=200 - 20 * n)))
        if index == 5:
            refunded = (sale.sale_id, line)
    if refunded is not None:
        sale_id, line = refunded
        back = SaleRefunded(
            refund_id=new_id(),
            sale_id=sale_id,
            lines=[line],
            total_avos=line.amount_avos,
            method="cash_mop",
            staff_id=cashier,
            approved_by=manager,
            reason="faulty",
            refund_no=f"{store}-DEMO-R000001",
        )
        emit(session, "sale.refunded", back, store_id=store, clock=_At(now - timedelta(minutes=30)))
        detail: dict[str, str | int] = {
            "sale_id": sale_id,
            "amount_avos": line.amount_avos,
            "method": "cash_mop",
        }
        emit(
            session,
            "audit.logged",
            AuditLogged("refund", cashier, manager, detail),
            store_id=store,
            clock=_At(now - timedelta(minutes=30)),
        )
    for minutes, action in (
        (150, "void_line"),
        (95, "void_basket"),
        (70, "discount_override"),
        (40, "no_sale"),
    ):
        approver = manager if action != "no_sale" else ""
        emit(
            session,
            "audit.logged",
            AuditLogged(action, cashier, approver),
            store_id=store,
            clock=_At(now - timedelta(minutes=minutes)),
        )


__all__ = [
    "HKD_DENOMINATIONS",
    "MOP_DENOMINATIONS",
    "NON_CASH_METHODS",
    "DrawerCount",
    "HandoverRecord",
    "HandoverRow",
    "HandoverRule",
    "ShiftHandedOver",
    "ShiftHandover",
    "ShiftSummary",
    "Signature",
    "TenderFigure",
    "demo_facts",
    "figures",
    "hand_over",
    "handover_history",
    "handover_record",
    "log_no_sale",
    "shift_summary",
]
