"""The Qt binding must not corrupt Python: a till runs all day and makes millions of Qt calls."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage, QPainter, QPen


def test_void_qt_calls_do_not_drop_references_to_none(qapp) -> None:
    # A binding bug (seen in PySide6 6.12.0 on Python 3.11) decremented None's count on each void call
    # until the interpreter aborted with "deallocating None". 10,000 calls would show it plainly.
    timer = QTimer()
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    before = sys.getrefcount(None)
    for _ in range(5_000):
        timer.setInterval(5)
        painter.setPen(QPen())
    after = sys.getrefcount(None)
    painter.end()
    assert after - before > -100, f"None lost {before - after} references in 10,000 void Qt calls"
