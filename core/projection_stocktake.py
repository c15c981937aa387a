"""What stocktake facts do to a replica's tables (called from ``core.projection``, same on every replica).

A counted line not held, and every line of an approval, is a ``count`` delta in the ledger: a delta,
never an absolute figure, so it commutes with sales made on any till during or after the count.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import msgspec
from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from core.events import EventRecord, encode_json
from core.models import Stocktake, StocktakeLine, StocktakeReview
from core.stocktake import StocktakeCounted, StocktakeReviewed

COUNT_REASON = "count"
STOCKTAKE_KINDS = frozenset({"stocktake.counted", "stocktake.reviewed"})


def count_adjustments(payload: msgspec.Struct) -> list[tuple[str, int]]:
    """(SKU, signed delta) a stocktake fact adds to the ledger now."""
    if isinstance(payload, StocktakeCounted):
        return [(li.sku, li.variance) for li in payload.lines if not li.held and li.variance != 0]
    if isinstance(payload, StocktakeReviewed) and payload.approved:
        return [(li.sku, li.qty) for li in payload.lines]
    return []


@dataclass
class StocktakeRows:
    """Rows of one batch's stocktake facts, written with one statement per table."""

    stocktakes: list[dict[str, object]] = field(default_factory=list)
    lines: list[dict[str, object]] = field(default_factory=list)
    reviews: list[dict[str, object]] = field(default_factory=list)

    def add(self, record: EventRecord, payload: msgspec.Struct) -> None:
        if isinstance(payload, StocktakeCounted):
            self.stocktakes.append(
                {
                    "stocktake_id": payload.stocktake_id,
                    "event_id": record.event_id,
                    "store_id": record.store_id,
                    "device_id": record.device_id,
                    "section": payload.section,
                    "staff_id": payload.staff_id,
                    "anchor": encode_json(payload.anchor),
                    "counted_at": record.occurred_at,
                }
            )
            self.lines.extend(
                {
                    "stocktake_id": payload.stocktake_id,
                    "sku": li.sku,
                    "expected": li.expected,
                    "counted": li.counted,
                    "held": li.held,
                }
                for li in payload.lines
            )
        elif isinstance(payload, StocktakeReviewed):
            self.reviews.append(
                {
                    "stocktake_id": payload.stocktake_id,
                    "event_id": record.event_id,
                    "approved": payload.approved,
                    "approved_by": payload.approved_by,
                    "reviewed_at": record.occurred_at,
                }
            )

    def write(self, session: Session) -> None:
        if self.stocktakes:
            session.execute(insert(Stocktake.__table__), self.stocktakes)
            session.execute(insert(StocktakeLine.__table__), self.lines)
        if self.reviews:
            # Primary key on stocktake_id: a second review of one count is a conflict, refused.
            session.execute(insert(StocktakeReview.__table__), self.reviews)

    def __bool__(self) -> bool:
        return bool(self.stocktakes or self.reviews)


def revert_stocktake(session: Session, event_id: str) -> None:
    """Remove the stocktake rows of a refused fact (its ledger deltas are removed with the rest)."""
    session.execute(delete(StocktakeReview).where(StocktakeReview.event_id == event_id))
    ids = select(Stocktake.stocktake_id).where(Stocktake.event_id == event_id)
    session.execute(delete(StocktakeLine).where(StocktakeLine.stocktake_id.in_(ids)))
    session.execute(delete(Stocktake).where(Stocktake.event_id == event_id))
