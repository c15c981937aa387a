"""The app watches its own printer and scanner: when one keeps failing (``ERRORS`` faults within
``WINDOW_S``), it proposes a repair ticket with the diagnostics attached, for staff to raise with one
tap. Faults staff fix themselves (paper out, cover open, no printer chosen) do not count."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from datetime import UTC

from PySide6.QtCore import QObject, Signal

from core.clock import Clock, SystemClock

ERRORS = 3  # faults of one device...
WINDOW_S = 10 * 60  # ...within ten minutes
QUIET_S = 60 * 60  # after a proposal, the same device is not proposed again for an hour
# Not a fault of the equipment: staff deal with these at the counter.
NOT_FAULTS = frozenset(
    {"printer.paper_out", "printer.cover_open", "printer.not_chosen", "printer.interrupted", "printer.busy"}
)


@dataclass(frozen=True)
class TicketProposal:
    """A repair ticket the app proposes for a failing device."""

    device_kind: str  # "printer" | "scanner": the equipment kind in the register too
    device_ids: tuple[str, ...]
    errors: tuple[tuple[str, str], ...]  # (UTC time, error code), oldest first
    app_version: str
    window_minutes: int

    @property
    def diagnostics(self) -> str:
        """What is attached to the ticket (not translated: it is for the engineer)."""
        lines = [
            f"device: {self.device_kind} {', '.join(i for i in self.device_ids if i) or '?'}",
            f"app version: {self.app_version}",
            f"{len(self.errors)} errors in {self.window_minutes} minutes:",
        ]
        lines += [f"  {at} {code}" for at, code in self.errors]
        return "\n".join(lines)


class DeviceTroubleWatch(QObject):
    """Counts each device's faults (``record``) and emits ``proposed(TicketProposal)``."""

    proposed = Signal(object)

    def __init__(
        self,
        app_version: str,
        clock: Clock | None = None,
        *,
        errors: int = ERRORS,
        window_s: float = WINDOW_S,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.app_version = app_version
        self.clock = clock or SystemClock()
        self.errors, self.window_s = errors, window_s
        self._seen: dict[str, deque[tuple[float, str, str, str]]] = {}  # kind -> (mono, at, code, device)
        self._quiet_until: dict[str, float] = {}

    def record(self, kind: str, code: str, device: str = "") -> None:
        if code in NOT_FAULTS:
            return
        now = self.clock.monotonic()
        seen = self._seen.setdefault(kind, deque(maxlen=50))
        at = self.clock.now().astimezone(UTC).isoformat(timespec="seconds")
        seen.append((now, at, code, device))
        while seen and seen[0][0] < now - self.window_s:
            seen.popleft()
        if len(seen) < self.errors or now < self._quiet_until.get(kind, float("-inf")):
            return
        self._quiet_until[kind] = now + QUIET_S
        proposal = TicketProposal(
            kind,
            tuple(dict.fromkeys(d for _, _, _, d in seen)),
            tuple((a, c) for _, a, c, _ in seen),
            self.app_version,
            int(self.window_s // 60),
        )
        seen.clear()
        self.proposed.emit(proposal)
