"""The registry's promise: a kind declared in one place (here, in this test, as a feature module would)
is authorised, validated, checked, logged and projected by the hub, and projected on another store's
till, with no other code knowing of it; the hub's refusal of one comes back to the till that made it and
is undone there."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import msgspec
import pytest
from sqlalchemy import delete, select

from core import registry
from core.audit import AuditEntry
from core.events import Id, ShortNote, StaffRef
from core.models import Event
from core.registry import Area, Kind, Refs, Scope, named_staff
from core.replica import emit, outbox_status
from desktop.demo import seed_hub
from tests.integration.harness import running_chain, wait_for


class ShelfNoted(msgspec.Struct, frozen=True):
    """A store notes a shelf's state (a kind this codebase does not have)."""

    note_id: Id
    shelf: ShortNote
    staff_id: StaffRef = ""


def _apply(session: Any, record: Any, payload: ShelfNoted, _batch: Any) -> None:
    # Rows in the audit trail, so the test needs no table (a real feature adds its own, and a migration).
    session.add(
        AuditEntry(
            event_id=record.event_id,
            store_id=record.store_id or "",
            action="shelf_noted",
            staff_id=payload.staff_id,
            detail=f'{{"shelf": "{payload.shelf}"}}',
            occurred_at=record.occurred_at,
        )
    )


def _revert(session: Any, event: Event, _changes: Any) -> None:
    session.execute(delete(AuditEntry).where(AuditEntry.event_id == event.event_id))


def _hub_check(hub: Any, _record: Any, payload: ShelfNoted) -> str | None:
    seen: set[str] = hub.state.bag("shelves", set)
    return "event.conflict" if payload.shelf == "closed" or payload.shelf in seen else None


def _remember(hub: Any, _record: Any, payload: ShelfNoted) -> None:
    hub.state.bag("shelves", set).add(payload.shelf)


@pytest.fixture
def shelf_kind() -> Iterator[None]:
    reg = registry.load()
    registry.register(
        Kind(
            "shelf.noted",
            ShelfNoted,
            Scope.STORE,
            _apply,
            areas=frozenset({Area.AUDIT}),
            refs=lambda _r, p: Refs(staff=named_staff(p.staff_id)),
            revert=_revert,
            hub_check=_hub_check,
            hub_remember=_remember,
        )
    )
    yield
    del reg.kinds["shelf.noted"], reg.by_payload[ShelfNoted]


def _shelves(db: Any) -> list[str]:
    with db.read() as s:
        return sorted(s.scalars(select(AuditEntry.detail).where(AuditEntry.action == "shelf_noted")))


def test_a_kind_declared_in_one_place_travels_from_till_to_hub_to_till(
    tmp_path: Path, shelf_kind: None
) -> None:
    async def scenario() -> None:
        async with running_chain(tmp_path) as chain:
            seed_hub(chain.server.store, tmp_path)
            sen, sen_till = chain.replica("till-sen", "MO-SEN")
            tai, _ = chain.replica("till-tai", "MO-TAI")
            cs, ct = chain.connect("sen", sen), chain.connect("tai", tai)
            await wait_for(lambda: cs.state.caught_up and ct.state.caught_up, 10, "both caught up")
            with sen.write() as s:
                _, changes = emit(
                    s, "shelf.noted", ShelfNoted("n-1", "perfume wall"), store_id=sen_till.store_id
                )
                emit(s, "shelf.noted", ShelfNoted("n-2", "closed"), store_id=sen_till.store_id)
            assert Area.AUDIT in changes.areas
            assert len(_shelves(sen)) == 2  # projected on the till at once, online or not
            cs.nudge()
            await wait_for(lambda: len(_shelves(tai)) == 1, 10, "the other store's till to project it")
            assert _shelves(tai) == ['{"shelf": "perfume wall"}']
            with chain.server.store.db.read() as s:
                assert (
                    s.scalar(select(AuditEntry.detail).where(AuditEntry.action == "shelf_noted")) is not None
                )
            # The refused one came back to its till, was marked and undone there.
            await wait_for(lambda: len(_shelves(sen)) == 1, 10, "the refused fact to be undone")
            with sen.read() as s:
                assert outbox_status(s).rejected == 1
                refused = s.scalars(select(Event).where(Event.status == "rejected")).one()
                assert (refused.kind, refused.reason) == ("shelf.noted", "event.conflict")

    asyncio.run(scenario())
