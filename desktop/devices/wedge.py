"""Keyboard-wedge barcode scanners: they type the code as fast key presses, then Enter.

One app-wide event filter tells a scan from a person typing by timing (an injectable clock): keys are
held back while they arrive faster than a person types; a burst of at least ``min_length`` characters
ending in Enter (or Tab, if the scanner is programmed so) is a scan, emitted as ``scanned`` and never
delivered to whatever field has focus (a quantity box, a search field). Anything else is handed to its
widget unchanged, in order.

A scanner programmed with a ``prefix`` is recognised by it even when it types slower than the timing
rule allows (some Bluetooth cradles do); the prefix is stripped. With a Chinese input method active
the scanner's characters arrive as input-method commits (full-width digits in some IMEs): they are
held and normalised the same way, while Chinese text a person composes goes straight through.
Control characters inside a scan (the GS of GS1 codes, an STX prefix) are dropped; an EAN/UPC whose
check digit is wrong is emitted without the "EAN/UPC" symbology, so the counter can say "misread".
"""

from __future__ import annotations

import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from core.catalogue import is_valid_gtin, normalise_code

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
MODE_TIMING = "wedge-timing"
MODE_PREFIX = "wedge-prefix"
# A click or a touch while keys are held: the person typed them (a scanner does not click), and the
# click may act on them (a tender button reads the amount field), so they land first.
POINTER_PRESSES = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


@dataclass
class _Held:
    target: QObject
    event: QEvent
    text: str


def _is_control(text: str) -> bool:
    return len(text) == 1 and (ord(text) < 32 or ord(text) == 127)


def _copy_input_method(event: QInputMethodEvent) -> QInputMethodEvent:
    copy = QInputMethodEvent(event.preeditString(), event.attributes())
    copy.setCommitString(event.commitString(), event.replacementStart(), event.replacementLength())
    return copy


class WedgeScanner(QObject):
    """Install on the QApplication. ``scanned(code, symbology)``: symbology is "EAN/UPC" or "".

    ``detected(code, symbology, mode)`` says how the scan was told apart: ``wedge-prefix`` (it began
    with the programmed ``prefix``) or ``wedge-timing`` (a fast burst). Control characters inside a
    scan (GS in GS1 codes, an STX prefix) are stripped; full-width characters an input method produced
    become ASCII. ``tab_ends_scan`` accepts Tab as the suffix as well as Enter.
    """

    scanned = Signal(str, str)
    detected = Signal(str, str, str)

    def __init__(
        self,
        *,
        max_gap_ms: float = 35.0,
        min_length: int = 6,
        prefix: str = "",
        prefix_gap_ms: float = 150.0,
        tab_ends_scan: bool = False,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.max_gap = max_gap_ms / 1000.0
        self.prefix_gap = prefix_gap_ms / 1000.0
        self.min_length = min_length
        self.prefix = prefix
        self.tab_ends_scan = tab_ends_scan
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

    def _prefixed(self) -> bool:
        return bool(self.prefix) and self._text().startswith(self.prefix)

    def _gap(self) -> float:
        return self.prefix_gap if self._prefixed() else self.max_gap

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._replaying or not self.enabled:
            return False
        if self._held and event.type() in POINTER_PRESSES:
            self.release()
            return False
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            # Qt matches shortcuts (F12 completes the sale) before the key press reaches this filter:
            # held keys must reach their field before a shortcut acts on it.
            if self._held and not self._may_continue(event):
                self.release()
            return False
        if event.type() == QEvent.Type.InputMethod and isinstance(event, QInputMethodEvent):
            return self._input_method(watched, event)
        if event.type() != QEvent.Type.KeyPress:
            return False
        if not isinstance(watched, QWidget) or not isinstance(event, QKeyEvent):
            return False
        now = self.clock()
        fast = self._continues(now)
        key = event.key()
        if key in ENTER_KEYS or (key == Qt.Key.Key_Tab and self.tab_ends_scan):
            if self._held and fast and self._finish():
                return True
            self.release()
            return False
        text = event.text()
        if _is_control(text):
            # Inside a burst, or a programmed control-character prefix (STX): held, stripped later.
            if not ((self._held and fast) or text == self.prefix):
                self.release()
                return False
        elif (
            not text
            or not text.isprintable()
            or event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        ):
            self.release()
            return False
        copy = QKeyEvent(
            event.type(), event.key(), event.modifiers(), text, event.isAutoRepeat(), event.count()
        )
        self._hold(watched, copy, text, now)
        return True

    def _may_continue(self, event: QKeyEvent) -> bool:
        """True for a key that may be part of a scan (printable text, or the suffix that ends one)."""
        key = event.key()
        if key in ENTER_KEYS or (key == Qt.Key.Key_Tab and self.tab_ends_scan):
            return True
        text = event.text()
        if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            return _is_control(text)  # a GS or STX inside a scan arrives as Ctrl + a key
        return bool(text) and (text.isprintable() or _is_control(text))

    def _input_method(self, watched: QObject, event: QInputMethodEvent) -> bool:
        """An input method (Chinese IME) is active: the scanner's characters arrive as commits."""
        if not isinstance(watched, QWidget):
            return False
        now = self.clock()
        fast = self._continues(now)
        commit = unicodedata.normalize("NFKC", event.commitString())
        if commit and commit.isascii() and commit.isprintable() and not event.preeditString():
            self._hold(watched, _copy_input_method(event), commit, now)
            return True
        if not commit and event.preeditString() and self._held and fast:
            # The IME composing the scanner's letters: keep the composition out of the field too.
            self._hold(watched, _copy_input_method(event), "", now)
            return True
        self.release()
        return False

    def _continues(self, now: float) -> bool:
        """True if a held burst goes on at ``now``; a burst that paused too long is given back first."""
        fast = bool(self._held) and (now - self._last) <= self._gap()
        if self._held and not fast:
            self.release()  # the previous keys were a person's: give them back first
        return fast

    def _hold(self, target: QObject, event: QEvent, text: str, now: float) -> None:
        self._held.append(_Held(target, event, text))
        self._last = now
        self._flush.setInterval(int(self._gap() * 2000))
        self._flush.start()

    def _finish(self) -> bool:
        """The burst ended with the suffix: emit it if it is a scan (and swallow it), else False."""
        prefixed = self._prefixed()
        text = self._text()[len(self.prefix) :] if prefixed else self._text()
        code = normalise_code(unicodedata.normalize("NFKC", text))
        if not code or (not prefixed and len(code) < self.min_length):
            return False
        self._held.clear()
        self._flush.stop()
        symbology = "EAN/UPC" if is_valid_gtin(code) else ""
        self.scanned.emit(code, symbology)
        self.detected.emit(code, symbology, MODE_PREFIX if prefixed else MODE_TIMING)
        return True

    def _text(self) -> str:
        return "".join(h.text for h in self._held)

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
