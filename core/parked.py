"""Baskets put aside at this till (a customer gone back for a forgotten item) and brought back later.
Local to the till: a parked basket is no fact and is never synced."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import msgspec
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from core.catalogue import ProductRow, get_product
from core.clock import utc_text
from core.ids import new_id
from core.models import ParkedBasket

LABEL_MAX = 78  # what the recall list shows of the items' names


@dataclass(frozen=True)
class ParkedLine:
    sku: str
    qty: int
    discount_avos: int = 0


@dataclass(frozen=True)
class ParkedSummary:
    """One parked basket in the recall list."""

    basket_id: str
    label: str
    parked_at: str  # UTC text


@dataclass(frozen=True)
class RecalledLine:
    product: ProductRow
    qty: int
    discount_avos: int


@dataclass(frozen=True)
class RecalledBasket:
    lines: tuple[RecalledLine, ...]
    basket_discount_avos: int


def park(
    session: Session,
    lines: list[ParkedLine],
    basket_discount_avos: int,
    label: str,
    staff_id: str,
    now: datetime | None = None,
) -> ParkedSummary:
    """Put a basket aside under ``label`` (its items' names); the basket id to recall it by."""
    data: list[dict[str, int | str]] = [
        {"sku": li.sku, "qty": li.qty, "discount": li.discount_avos} for li in lines
    ]
    data.append({"basket_discount": basket_discount_avos})
    row = ParkedBasket(
        basket_id=new_id(),
        label=label[:LABEL_MAX],
        staff_id=staff_id,
        lines=msgspec.json.encode(data).decode(),
        parked_at=utc_text(now or datetime.now(UTC)),
    )
    session.add(row)
    return ParkedSummary(row.basket_id, row.label, row.parked_at)


def parked_baskets(session: Session) -> list[ParkedSummary]:
    """The baskets parked at this till, oldest first."""
    rows = session.scalars(select(ParkedBasket).order_by(ParkedBasket.parked_at))
    return [ParkedSummary(r.basket_id, r.label, r.parked_at) for r in rows]


def recall(session: Session, basket_id: str) -> RecalledBasket:
    """Take a parked basket back (it is no longer parked), its lines at today's catalogue."""
    row = session.get(ParkedBasket, basket_id)
    data = msgspec.json.decode(row.lines) if row is not None else []
    session.execute(delete(ParkedBasket).where(ParkedBasket.basket_id == basket_id))
    lines = tuple(
        RecalledLine(get_product(session, d["sku"]), d["qty"], d["discount"]) for d in data if "sku" in d
    )
    extra = next((d["basket_discount"] for d in data if "basket_discount" in d), 0)
    return RecalledBasket(lines, extra)
