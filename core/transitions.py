"""One mechanism for things that move through states (a hold, a transfer, a repair ticket, a shift):
the states, which moves are allowed from where, and who may make each.

A feature declares its ``Transitions`` once and uses the same object in its use case (to refuse a
move at the till, in the cashier's language, before anything is recorded) and in its kind's
``hub_check`` (to refuse it on the hub, in the writer transaction, where the first valid move wins).

Who may move is said by *party*: a name the feature gives to a set of stores for one entity (for a
hold, ``owner`` is the store whose stock is held, ``either`` also the store whose customer it is).
A move may also need a staff permission (``core.staff.Permission``) of the member who makes it.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Move:
    """Into ``to`` from any of ``sources``, by a store of ``party``, needing ``permission`` if given."""

    to: str
    sources: tuple[str, ...]
    party: str
    permission: str | None = None


@dataclass(frozen=True)
class Transitions:
    """The state machine of one sort of entity (``entity`` prefixes its refusal codes)."""

    entity: str
    initial: str
    moves: tuple[Move, ...]

    @property
    def states(self) -> tuple[str, ...]:
        seen = [self.initial]
        for move in self.moves:
            for state in (*move.sources, move.to):
                if state not in seen:
                    seen.append(state)
        return tuple(seen)

    @property
    def targets(self) -> tuple[str, ...]:
        """States a fact may move an entity into (the initial state comes from the fact creating it)."""
        return tuple(dict.fromkeys(move.to for move in self.moves))

    def move(self, target: str) -> Move | None:
        return next((m for m in self.moves if m.to == target), None)

    def refusal(
        self,
        current: str | None,
        target: str,
        acting_store: str | None,
        parties: Mapping[str, Collection[str]],
        may: Callable[[str], bool] | None = None,
    ) -> str | None:
        """Why this move must be refused (an error code), or None.

        ``current``: the entity's state (None: no such entity). ``parties``: for this entity, the
        stores of each party. ``may(permission)``: whether the member making the move has it (not
        asked when the move needs none, or when the caller checks staff elsewhere)."""
        if current is None:
            return f"{self.entity}.unknown"
        move = self.move(target)
        if move is None:
            return "event.malformed"
        if current not in move.sources:
            return f"{self.entity}.already_{current}"
        if acting_store not in parties.get(move.party, ()):
            return "event.wrong_store"
        if move.permission is not None and may is not None and not may(move.permission):
            return "staff.not_allowed"
        return None
