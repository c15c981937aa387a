"""The work waiting for a store, across features: holds to act on, transfer requests to it, open
oversell alerts and customers to call (the Counter's task buttons)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from core.catalogue import names_of
from core.holds import HoldView, holds_for
from core.oversell import AlertView, open_alerts
from core.transfers import TransferView, transfers_for
from core.waitlist import CallListEntry, call_list


@dataclass(frozen=True)
class StoreWork:
    """What waits for a store, for the Counter's task buttons: holds still to act on (not those the hub
    has not answered), other stores' transfer requests to it, open oversells, customers to call; and the
    names (in one language) of every product and store these mention."""

    holds: tuple[HoldView, ...]
    transfers: tuple[TransferView, ...]
    alerts: tuple[AlertView, ...]
    calls: tuple[CallListEntry, ...]
    names: dict[str, str]


def store_work(session: Session, store_id: str | None, lang: str) -> StoreWork:
    """The work waiting for ``store_id`` (see ``StoreWork``)."""
    holds = tuple(
        h
        for h in holds_for(session, store_id)
        if h.state in ("requested", "confirmed") and not h.waiting_for_hub
    )
    transfers = tuple(
        t for t in transfers_for(session, store_id) if t.from_store_id == store_id and t.state == "requested"
    )
    alerts = tuple(open_alerts(session, store_id))
    calls = tuple(call_list(session, store_id))
    skus = {h.sku for h in holds} | {a.sku for a in alerts} | {c.sku for c in calls}
    skus |= {sku for t in transfers for sku, _ in t.lines}
    return StoreWork(holds, transfers, alerts, calls, names_of(session, skus, lang))
