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

from sqlalchemy import and_, delete, func, or_, select
from sqlalchemy.orm import Session

from core.catalogue import find_by_code, get_product
from core.clock import Clock, SystemClock
from core.errors import DomainError
from core.events import (
    CountLine,
    EventRecord,
    StockLine,
    StocktakeCounted,
    StocktakeReviewed,
    decode_json,
    encode_json,
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
from core.projection import Changes
from core.replica import Till, emit
from core.snapshot import SNAPSHOT_EVENT
from core.staff import Permission, authorise
from core.stock import stock_levels

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
