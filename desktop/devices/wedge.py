"""Keyboard-wedge barcode scanners: they type the code as fast key presses, then Enter.

One app-wide event filter tells a scan from a person typing by timing (an injectable clock): keys are
held back while they arrive faster than a person types; a burst of at least ``min_length`` characters
ending in Enter is a scan, emitted as ``scanned`` and never delivered to whatever field has focus (a
quantity box, a search field). Anything else is handed to its widget unchanged, in order.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from core.catalogue import is_valid_gtin, normalise_code

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


@dataclass
class _Held:
    target: QObject
    event: QKeyEvent


class WedgeScanner(QObject):
    """Install on the QApplication. ``scanned(code, symbology)``: symbology is "EAN/UPC" or ""."""

    scanned = Signal(str, str)

    def __init__(
        self,
        *,
        max_gap_ms: float = 35.0,
        min_length: int = 6,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.max_gap = max_gap_ms / 1000.0
        self.min_length = min_length
        self.clock = clock
        self.enabled = True
        self._held: list[_Held] = []
        self._last = 0.0
        self._replaying = False
        self._flush = QTimer(self)
        self._flush.setSingleShot(True)
        self._flush.setInterval(int(max_gap_ms * 2))
        self._flush.timeout.connect(self.release)

    # -- the filter ----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._replaying or not self.enabled or event.type() != QEvent.Type.KeyPress:
            return False
        if not isinstance(watched, QWidget) or not isinstance(event, QKeyEvent):
            return False
        now = self.clock()
        fast = bool(self._held) and (now - self._last) <= self.max_gap
        if self._held and not fast:
            self.release()  # the previous keys were a person's: give them back first
        if event.key() in ENTER_KEYS:
            if self._held and fast and len(self._text()) >= self.min_length:
                code = normalise_code(self._text())
                self._held.clear()
                self._flush.stop()
                self.scanned.emit(code, "EAN/UPC" if is_valid_gtin(code) else "")
                return True
            self.release()
            return False
        text = event.text()
        if (
            not text
            or not text.isprintable()
            or event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        ):
            self.release()
            return False
        copy = QKeyEvent(
            event.type(), event.key(), event.modifiers(), text, event.isAutoRepeat(), event.count()
        )
        self._held.append(_Held(watched, copy))
        self._last = now
        self._flush.start()
        return True

    def _text(self) -> str:
        return "".join(h.event.text() for h in self._held)

    def release(self) -> None:
        """Hand held keys to their widgets: they were typed by a person, not scanned."""
        self._flush.stop()
        held, self._held = self._held, []
        self._replaying = True
        try:
            for h in held:
                QCoreApplication.sendEvent(h.target, h.event)
        finally:
            self._replaying = False

    def install(self, app: QApplication) -> None:
        app.installEventFilter(self)
