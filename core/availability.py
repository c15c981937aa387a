"""Finding an item anywhere: each store's on-hand, held and in-transit units of a SKU, nearest first
(the Counter's other-stores panel)."""

from __future__ import annotations

import math
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.clock import Clock, SystemClock, utc_text
from core.holds import ACTIVE_HOLD_STATES, Hold
from core.models import StockBalance, Store
from core.names import ThreeNames
from core.transfers import in_transit


@dataclass(frozen=True)
class StoreStock(ThreeNames):
    store_id: str
    name_zh: str
    name_en: str
    name_pt: str
    on_hand: int
    held: int
    in_transit: int  # dispatched towards this store, not yet received (core.transfers.in_transit)
    minutes_away: int | None  # by road from this store; None for this store itself
    is_here: bool

    @property
    def available(self) -> int:
        return self.on_hand - self.held


def travel_minutes(a: Store, b: Store) -> int | None:
    """A rough drive between two stores: straight-line distance × 1.4 at 20 km/h, plus 5 minutes."""
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))  # type: ignore[arg-type]
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    km = 2 * 6371 * math.asin(math.sqrt(h))
    return round(km * 1.4 / 20 * 60) + 5


def stock_everywhere(
    session: Session, here: str | None, sku: str, clock: Clock | None = None
) -> list[StoreStock]:
    """Every active store's on-hand, held and in-transit units of ``sku``: this store first, then the
    others by travel time (unknown distances last)."""
    now = (clock or SystemClock()).now()
    stores = list(session.scalars(select(Store).where(Store.active.is_(True))))
    home = next((s for s in stores if s.store_id == here), None)
    on_hand = dict(
        session.execute(
            select(StockBalance.store_id, StockBalance.on_hand).where(StockBalance.sku == sku)
        ).all()
    )
    holds: dict[str, int] = dict(
        session.execute(
            select(Hold.store_id, func.sum(Hold.qty))
            .where(
                Hold.sku == sku,
                Hold.state.in_(ACTIVE_HOLD_STATES),
                Hold.until > utc_text(now),
            )
            .group_by(Hold.store_id)
        ).all()
    )
    transit = {store: n for (store, _sku), n in in_transit(session, (sku,)).items()}
    rows = [
        StoreStock(
            s.store_id,
            s.name_zh,
            s.name_en,
            s.name_pt,
            int(on_hand.get(s.store_id, 0)),
            int(holds.get(s.store_id, 0)),
            int(transit.get(s.store_id, 0)),
            None if s is home or home is None else travel_minutes(home, s),
            s is home,
        )
        for s in stores
    ]
    rows.sort(key=lambda r: (not r.is_here, r.minutes_away is None, r.minutes_away or 0, r.store_id))
    return rows
