"""Stocktake: scan-count a section, anchored to the ledger position it covers.

A count starts by noting, per device, the last seq of this store's stock the replica has applied (the
anchor). Finishing records, per SKU, what was counted and what the ledger expected *at the anchor*;
each line becomes the count adjustment ``counted - expected``, a delta, so sales made on any till
during or after the count still count. Lines whose variance is above a threshold wait for a manager's
PIN and are applied only once approved. Everything is local facts: it works offline.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, Any

import msgspec
from msgspec import Meta
from sqlalchemy import and_, delete, func, or_, select
from sqlalchemy.orm import Session

from core.catalogue import find_by_code, get_product
from core.clock import Clock, SystemClock
from core.errors import DomainError
from core.events import (
    MAX_LINES,
    MAX_SEQ,
    EventRecord,
    Id,
    ShortNote,
    Sku,
    StaffRef,
    Units,
    decode_json,
    encode_json,
    malformed,
)
from core.ids import new_id
from core.models import (
    Event,
    Product,
    StockMovement,
    Stocktake,
    StocktakeDraft,
    StocktakeDraftLine,
    StocktakeLine,
    StocktakeReview,
)
from core.names import ThreeNames
from core.projection import Batch, Changes
from core.registry import Area, Kind, Refs, Scope, line_skus, named_staff, register, register_errors
from core.replica import Till, emit
from core.snapshot import SNAPSHOT_EVENT
from core.staff import Permission, authorise
from core.stock import StockLine, stock_levels

# -- facts ----------------------------------------------------------------------------------------


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


MAX_COUNT = 100_000  # more than any shelf holds: a typo (a barcode typed into the quantity)


@dataclass(frozen=True)
class AdjustmentThreshold:
    """Above either limit a line waits for a manager: |variance| in units, or its value in avos."""

    max_units: int = 5
    max_value_avos: int = 50_000  # MOP 500

    def holds(self, variance: int, price_avos: int) -> bool:
        return abs(variance) > self.max_units or abs(variance) * price_avos > self.max_value_avos


@dataclass(frozen=True)
class Named(ThreeNames):
    sku: str
    name_zh: str
    name_en: str
    name_pt: str


@dataclass(frozen=True)
class DraftLine(Named):
    counted: int


@dataclass(frozen=True)
class Draft:
    """A count in progress on this device: its lines, newest scan first."""

    draft_id: str
    section: str
    started_at: str
    lines: tuple[DraftLine, ...]

    @property
    def units(self) -> int:
        return sum(li.counted for li in self.lines)


@dataclass(frozen=True)
class VarianceRow(Named):
    expected: int
    counted: int
    price_avos: int
    held: bool

    @property
    def variance(self) -> int:
        return self.counted - self.expected

    @property
    def value_avos(self) -> int:
        return self.variance * self.price_avos


@dataclass(frozen=True)
class VarianceReport:
    stocktake_id: str
    section: str
    counted_at: str
    state: str  # applied | awaiting | approved | declined
    rows: tuple[VarianceRow, ...]  # largest value of variance first

    @property
    def held(self) -> tuple[VarianceRow, ...]:
        return tuple(r for r in self.rows if r.held)

    @property
    def net_value_avos(self) -> int:
        return sum(r.value_avos for r in self.rows)


@dataclass(frozen=True)
class StocktakeSummary:
    stocktake_id: str
    section: str
    counted_at: str
    state: str


@dataclass(frozen=True)
class CountFinished:
    stocktake_id: str
    held: int  # lines waiting for a manager
    event: EventRecord
    changes: Changes


def _now(clock: Clock | None) -> str:
    now: datetime = (clock or SystemClock()).now()
    return now.isoformat(timespec="milliseconds")


def _store(till: Till) -> str:
    if till.store_id is None:
        raise DomainError("stock.unknown_store", store_id="")
    return till.store_id


# -- the anchor --------------------------------------------------------------------------------------


def ledger_position(session: Session, store_id: str) -> dict[str, int]:
    """Per device, the last seq of the facts in this store's stock ledger this replica has applied."""
    rows = session.execute(
        select(Event.device_id, func.max(Event.seq))
        .join(StockMovement, StockMovement.event_id == Event.event_id)
        .where(StockMovement.store_id == store_id)
        .group_by(Event.device_id)
    )
    return {device: int(seq) for device, seq in rows}


def expected_at(session: Session, store_id: str, anchor: dict[str, int], skus: list[str]) -> dict[str, int]:
    """On-hand of each SKU as it stood at ``anchor``: today's balance less what came after it."""
    levels = stock_levels(session, [(store_id, sku) for sku in skus])
    expected = {sku: levels[(store_id, sku)] for sku in skus}
    after = or_(
        Event.device_id.not_in(list(anchor)),
        *(and_(Event.device_id == device, Event.seq > seq) for device, seq in anchor.items()),
    )
    for start in range(0, len(skus), 400):
        chunk = skus[start : start + 400]
        rows = session.execute(
            select(StockMovement.sku, func.sum(StockMovement.delta))
            .join(Event, Event.event_id == StockMovement.event_id)
            # A snapshot's base replaces history the count may cover: it is never "after" the anchor.
            .where(StockMovement.store_id == store_id, StockMovement.sku.in_(chunk))
            .where(StockMovement.event_id != SNAPSHOT_EVENT, after)
            .group_by(StockMovement.sku)
        )
        for sku, delta in rows:
            expected[sku] -= int(delta)
    return expected


# -- counting ----------------------------------------------------------------------------------------


def open_draft(session: Session, till: Till) -> Draft | None:
    """The count in progress on this device, if any (it survives a restart)."""
    row = session.scalar(
        select(StocktakeDraft)
        .where(StocktakeDraft.store_id == _store(till))
        .order_by(StocktakeDraft.started_at)
        .limit(1)
    )
    return None if row is None else _draft(session, row)


def start_count(
    session: Session, till: Till, section: str, staff_id: str = "", clock: Clock | None = None
) -> Draft:
    """Begin counting a section: the anchor is this moment's ledger position. An open count resumes."""
    existing = open_draft(session, till)
    if existing is not None:
        return existing
    store_id = _store(till)
    row = StocktakeDraft(
        draft_id=new_id(),
        store_id=store_id,
        section=section.strip()[:80],
        staff_id=staff_id,
        anchor=encode_json(ledger_position(session, store_id)),
        started_at=_now(clock),
    )
    session.add(row)
    session.flush()
    return _draft(session, row)


def count_item(session: Session, draft_id: str, code: str, qty: int = 1) -> DraftLine:
    """A scanned or typed barcode/SKU adds ``qty`` units to its line (scanning again counts again)."""
    product = find_by_code(session, code)
    line = session.get(StocktakeDraftLine, (draft_id, product.sku))
    return set_count(session, draft_id, product.sku, (line.counted if line else 0) + qty)


def set_count(session: Session, draft_id: str, sku: str, counted: int) -> DraftLine:
    """Set a line's count (a corrected figure, or a shelf counted by hand)."""
    draft = session.get(StocktakeDraft, draft_id)
    if draft is None:
        raise DomainError("stocktake.not_found")
    if not 0 <= counted <= MAX_COUNT:
        raise DomainError("stocktake.bad_quantity", sku=sku, qty=counted)
    product = get_product(session, sku)
    last = session.scalar(
        select(func.max(StocktakeDraftLine.touched)).where(StocktakeDraftLine.draft_id == draft_id)
    )
    touched = (last or 0) + 1
    line = session.get(StocktakeDraftLine, (draft_id, sku))
    if line is None:
        line = StocktakeDraftLine(draft_id=draft_id, sku=sku, counted=counted, touched=touched)
        session.add(line)
    else:
        line.counted, line.touched = counted, touched
    session.flush()
    return DraftLine(product.sku, product.name_zh, product.name_en, product.name_pt, counted)


def remove_line(session: Session, draft_id: str, sku: str) -> None:
    session.execute(
        delete(StocktakeDraftLine).where(
            StocktakeDraftLine.draft_id == draft_id, StocktakeDraftLine.sku == sku
        )
    )


def discard_count(session: Session, draft_id: str) -> None:
    """Abandon a count in progress (nothing was recorded yet)."""
    session.execute(delete(StocktakeDraftLine).where(StocktakeDraftLine.draft_id == draft_id))
    session.execute(delete(StocktakeDraft).where(StocktakeDraft.draft_id == draft_id))


def get_draft(session: Session, draft_id: str) -> Draft:
    row = session.get(StocktakeDraft, draft_id)
    if row is None:
        raise DomainError("stocktake.not_found")
    return _draft(session, row)


def _draft(session: Session, row: StocktakeDraft) -> Draft:
    lines = session.execute(
        select(StocktakeDraftLine.counted, Product)
        .join(Product, Product.sku == StocktakeDraftLine.sku)
        .where(StocktakeDraftLine.draft_id == row.draft_id)
        .order_by(StocktakeDraftLine.touched.desc())
    )
    return Draft(
        row.draft_id,
        row.section,
        row.started_at,
        tuple(DraftLine(p.sku, p.name_zh, p.name_en, p.name_pt, counted) for counted, p in lines),
    )


def finish_count(
    session: Session,
    till: Till,
    draft_id: str,
    threshold: AdjustmentThreshold | None = None,
    clock: Clock | None = None,
) -> CountFinished:
    """Record the count as one fact: lines within the threshold are adjusted now, the others wait."""
    threshold = threshold or AdjustmentThreshold()
    store_id = _store(till)
    draft = session.get(StocktakeDraft, draft_id)
    if draft is None:
        raise DomainError("stocktake.not_found")
    counted: dict[str, int] = {
        sku: n
        for sku, n in session.execute(
            select(StocktakeDraftLine.sku, StocktakeDraftLine.counted).where(
                StocktakeDraftLine.draft_id == draft_id
            )
        )
    }
    if not counted:
        raise DomainError("stocktake.nothing_counted")
    anchor: dict[str, int] = decode_json(draft.anchor)
    skus = sorted(counted)
    expected = expected_at(session, store_id, anchor, skus)
    prices: dict[str, int] = {
        sku: price
        for sku, price in session.execute(
            select(Product.sku, Product.price_avos).where(Product.sku.in_(skus))
        )
    }
    lines = [
        CountLine(
            sku=sku,
            counted=counted[sku],
            expected=expected[sku],
            held=threshold.holds(counted[sku] - expected[sku], prices.get(sku, 0)),
        )
        for sku in skus
    ]
    payload = StocktakeCounted(
        stocktake_id=new_id(), section=draft.section, anchor=anchor, lines=lines, staff_id=draft.staff_id
    )
    record, changes = emit(session, "stocktake.counted", payload, store_id=store_id, clock=clock)
    discard_count(session, draft_id)
    return CountFinished(payload.stocktake_id, sum(li.held for li in lines), record, changes)


# -- approval ----------------------------------------------------------------------------------------


def review_stocktake(
    session: Session, till: Till, stocktake_id: str, pin: str, *, approve: bool, clock: Clock | None = None
) -> tuple[EventRecord, Changes]:
    """A manager's PIN approves (applies) or declines the held lines of a count.

    ``staff.pin_wrong`` / ``staff.not_allowed`` (needs APPROVE_ADJUSTMENT), ``stocktake.not_found``,
    ``stocktake.already_reviewed``, ``stocktake.nothing_held``.
    """
    store_id = _store(till)
    stocktake = session.get(Stocktake, stocktake_id)
    if stocktake is None or stocktake.store_id != store_id:
        raise DomainError("stocktake.not_found")
    if session.get(StocktakeReview, stocktake_id) is not None:
        raise DomainError("stocktake.already_reviewed")
    held = session.execute(
        select(StocktakeLine.sku, StocktakeLine.counted - StocktakeLine.expected)
        .where(StocktakeLine.stocktake_id == stocktake_id, StocktakeLine.held.is_(True))
        .order_by(StocktakeLine.sku)
    ).all()
    if not held:
        raise DomainError("stocktake.nothing_held")
    manager = authorise(session, store_id, pin, Permission.APPROVE_ADJUSTMENT)
    lines = [StockLine(sku, int(delta)) for sku, delta in held if delta] if approve else []
    payload = StocktakeReviewed(
        stocktake_id=stocktake_id, approved=approve, lines=lines, approved_by=manager.staff_id
    )
    return emit(session, "stocktake.reviewed", payload, store_id=store_id, clock=clock)


# -- reports -----------------------------------------------------------------------------------------


def _state(session: Session, stocktake_id: str) -> str:
    review = session.get(StocktakeReview, stocktake_id)
    if review is not None:
        return "approved" if review.approved else "declined"
    any_held = session.scalar(
        select(func.count()).where(StocktakeLine.stocktake_id == stocktake_id, StocktakeLine.held.is_(True))
    )
    return "awaiting" if any_held else "applied"


def variance_report(session: Session, stocktake_id: str) -> VarianceReport:
    """Every counted SKU with expected, counted, variance and its value, largest value first."""
    stocktake = session.get(Stocktake, stocktake_id)
    if stocktake is None:
        raise DomainError("stocktake.not_found")
    rows = [
        VarianceRow(
            line.sku,
            p.name_zh if p else line.sku,
            p.name_en if p else line.sku,
            p.name_pt if p else line.sku,
            line.expected,
            line.counted,
            p.price_avos if p else 0,
            line.held,
        )
        for line, p in session.execute(
            select(StocktakeLine, Product)
            .outerjoin(Product, Product.sku == StocktakeLine.sku)
            .where(StocktakeLine.stocktake_id == stocktake_id)
        )
    ]
    rows.sort(key=lambda r: (-abs(r.value_avos), -abs(r.variance), r.sku))
    return VarianceReport(
        stocktake_id, stocktake.section, stocktake.counted_at, _state(session, stocktake_id), tuple(rows)
    )


def recent_stocktakes(session: Session, store_id: str, limit: int = 30) -> list[StocktakeSummary]:
    """This store's counts, newest first, with whether they wait for a manager."""
    rows = session.scalars(
        select(Stocktake)
        .where(Stocktake.store_id == store_id)
        .order_by(Stocktake.counted_at.desc(), Stocktake.stocktake_id.desc())
        .limit(limit)
    )
    return [
        StocktakeSummary(r.stocktake_id, r.section, r.counted_at, _state(session, r.stocktake_id))
        for r in rows
    ]


# -- the kinds: a counted line not held, and every line of an approval, is a ``count`` delta in the
# ledger: a delta, never an absolute figure, so it commutes with sales made on any till during or
# after the count.

COUNT_REASON = "count"


def count_adjustments(payload: msgspec.Struct) -> list[tuple[str, int]]:
    """(SKU, signed delta) a stocktake fact adds to the ledger now."""
    if isinstance(payload, StocktakeCounted):
        return [(li.sku, li.variance) for li in payload.lines if not li.held and li.variance != 0]
    if isinstance(payload, StocktakeReviewed) and payload.approved:
        return [(li.sku, li.qty) for li in payload.lines]
    return []


def _check(record: EventRecord, payload: StocktakeCounted | StocktakeReviewed) -> None:
    lines = [line.sku for line in payload.lines]
    if len(set(lines)) != len(lines):
        raise malformed(record, "duplicate sku")
    if isinstance(payload, StocktakeCounted):
        if not payload.lines or any(line.counted < 0 for line in payload.lines):
            raise malformed(record, "lines")
    elif any(line.qty == 0 for line in payload.lines) or (payload.lines and not payload.approved):
        raise malformed(record, "lines")


def _move(record: EventRecord, payload: msgspec.Struct, batch: Batch) -> None:
    for sku, delta in count_adjustments(payload):
        batch.move(record.event_id, record.store_id or "", sku, delta, COUNT_REASON)


def _apply_counted(_session: Session, record: EventRecord, payload: StocktakeCounted, batch: Batch) -> None:
    _move(record, payload, batch)
    batch.add(
        Stocktake.__table__,
        {
            "stocktake_id": payload.stocktake_id,
            "event_id": record.event_id,
            "store_id": record.store_id,
            "device_id": record.device_id,
            "section": payload.section,
            "staff_id": payload.staff_id,
            "anchor": encode_json(payload.anchor),
            "counted_at": record.occurred_at,
        },
    )
    batch.extend(
        StocktakeLine.__table__,
        (
            {
                "stocktake_id": payload.stocktake_id,
                "sku": li.sku,
                "expected": li.expected,
                "counted": li.counted,
                "held": li.held,
            }
            for li in payload.lines
        ),
    )


def _apply_reviewed(_session: Session, record: EventRecord, payload: StocktakeReviewed, batch: Batch) -> None:
    _move(record, payload, batch)
    # Primary key on stocktake_id: a second review of one count is a conflict, refused.
    batch.add(
        StocktakeReview.__table__,
        {
            "stocktake_id": payload.stocktake_id,
            "event_id": record.event_id,
            "approved": payload.approved,
            "approved_by": payload.approved_by,
            "reviewed_at": record.occurred_at,
        },
    )


def _revert(session: Session, event: Event, _changes: Any) -> None:
    """Remove the stocktake rows of a refused fact (its ledger deltas are removed with the rest)."""
    session.execute(delete(StocktakeReview).where(StocktakeReview.event_id == event.event_id))
    ids = select(Stocktake.stocktake_id).where(Stocktake.event_id == event.event_id)
    session.execute(delete(StocktakeLine).where(StocktakeLine.stocktake_id.in_(ids)))
    session.execute(delete(Stocktake).where(Stocktake.event_id == event.event_id))


register(
    Kind(
        "stocktake.counted",
        StocktakeCounted,
        Scope.STORE,
        _apply_counted,
        areas=frozenset({Area.STOCKTAKE}),
        check=_check,
        refs=lambda _r, p: Refs(line_skus(p.lines), staff=named_staff(p.staff_id)),
        revert=_revert,
    ),
    Kind(
        "stocktake.reviewed",
        StocktakeReviewed,
        Scope.STORE,
        _apply_reviewed,
        areas=frozenset({Area.STOCKTAKE}),
        check=_check,
        refs=lambda _r, p: Refs(line_skus(p.lines), staff=named_staff(p.approved_by)),
        revert=_revert,
    ),
)
register_errors(
    "stocktake.not_found",
    "stocktake.bad_quantity",
    "stocktake.nothing_counted",
    "stocktake.already_reviewed",
    "stocktake.nothing_held",
)


# -- use cases for screens --


@dataclass(frozen=True)
class StocktakeDesk:
    """What the Stocktake screen opens on: the count in progress, if any, and this store's counts."""

    draft: Draft | None
    history: list[StocktakeSummary]


@dataclass(frozen=True)
class CountedScan:
    """A scan counted: the count as it is now, and the line that moved."""

    draft: Draft
    line: DraftLine


@dataclass(frozen=True)
class StocktakeOutcome:
    """A recorded count's variance report, and this store's counts with it."""

    report: VarianceReport
    history: list[StocktakeSummary]


def stocktake_desk(session: Session, till: Till) -> StocktakeDesk:
    """The count in progress on this device and this store's recent counts."""
    return StocktakeDesk(open_draft(session, till), recent_stocktakes(session, till.store_id or ""))


def count_scan(session: Session, till: Till, section: str, staff_id: str, code: str, qty: int) -> CountedScan:
    """Count ``qty`` of the item with this barcode or SKU, starting a count if none is open."""
    draft = start_count(session, till, section, staff_id)
    line = count_item(session, draft.draft_id, code, qty)
    return CountedScan(get_draft(session, draft.draft_id), line)


def recount_line(session: Session, draft_id: str, sku: str, counted: int) -> Draft:
    """A line's count corrected by hand; the count as it is now."""
    set_count(session, draft_id, sku, counted)
    return get_draft(session, draft_id)


def remove_lines(session: Session, draft_id: str, skus: list[str]) -> Draft:
    """Lines taken out of a count in progress; the count as it is now."""
    for sku in skus:
        remove_line(session, draft_id, sku)
    return get_draft(session, draft_id)


def stocktake_outcome(session: Session, stocktake_id: str, store_id: str) -> StocktakeOutcome:
    """A count's variance report once it is recorded or reviewed, and the store's counts."""
    return StocktakeOutcome(variance_report(session, stocktake_id), recent_stocktakes(session, store_id))
