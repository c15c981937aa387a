"""The signature pad keeps what a finger or the mouse drew, scaled so a slip draws it the same."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from core.handover import SIGNATURE_SCALE
from desktop.views.signature import SignaturePad


def test_a_finger_draws_a_stroke_scaled_to_the_pad(qtbot) -> None:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(300, 100)
    pad.show()
    qtbot.waitExposed(pad)
    finger = QTest.createTouchDevice()
    QTest.touchEvent(pad, finger).press(0, QPoint(0, 50)).commit()
    for x in (60, 150, 240):
        QTest.touchEvent(pad, finger).move(0, QPoint(x, 25)).commit()
    QTest.touchEvent(pad, finger).release(0, QPoint(300, 100)).commit()
    strokes = pad.signature().strokes
    assert len(strokes) == 1
    xs, ys = strokes[0][0::2], strokes[0][1::2]
    assert xs[0] == 0 and xs[-1] >= SIGNATURE_SCALE - 10  # edge to edge
    assert abs(ys[0] - SIGNATURE_SCALE // 2) <= 30  # half-way down (touch positions land within 2 px)
    assert xs == sorted(xs) and len(xs) == 5


def test_the_mouse_draws_too_and_sign_again_clears(qtbot) -> None:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(300, 100)
    pad.show()
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    qtbot.mouseMove(pad, QPoint(100, 80))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(100, 80))
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(200, 50))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(200, 50))
    assert [len(s) for s in pad.signature().strokes] == [4, 2]  # a dot is a stroke of one point
    pad.clear()
    assert pad.is_empty() and pad.signature().strokes == []
