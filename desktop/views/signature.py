"""A signature pad: a finger, a pen or the mouse draws strokes, kept as points scaled to 0..1000 so
they can travel in a fact and be drawn again on any screen or slip (core.handover.Signature)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QTabletEvent, QTouchEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from core.handover import MAX_STROKE_INTS, MAX_STROKES, SIGNATURE_SCALE, Signature
from desktop.printing.handover_slip import draw_signature


class SignaturePad(QWidget):
    """Draw to sign; ``signature()`` is what was drawn, ``clear()`` starts again. 3:1, like the slip's box."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setMinimumSize(240, 80)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.strokes: list[list[int]] = []
        self._drawing = False

    def sizeHint(self) -> QSize:
        return QSize(330, 110)

    def heightForWidth(self, width: int) -> int:
        return width // 3

    def is_empty(self) -> bool:
        return not self.strokes

    def signature(self) -> Signature:
        return Signature([list(s) for s in self.strokes if s])

    def clear(self) -> None:
        self.strokes = []
        self._drawing = False
        self.update()
        self.changed.emit()

    # -- input: pen, touch, mouse ------------------------------------------------------------------

    def _scaled(self, pos: QPointF) -> tuple[int, int]:
        w, h = max(1, self.width()), max(1, self.height())
        x = round(min(max(pos.x() / w, 0.0), 1.0) * SIGNATURE_SCALE)
        y = round(min(max(pos.y() / h, 0.0), 1.0) * SIGNATURE_SCALE)
        return x, y

    def begin_stroke(self, pos: QPointF) -> None:
        if len(self.strokes) >= MAX_STROKES:
            return
        self.strokes.append(list(self._scaled(pos)))
        self._drawing = True
        self.update()

    def extend_stroke(self, pos: QPointF) -> None:
        if not self._drawing or not self.strokes:
            return
        stroke = self.strokes[-1]
        x, y = self._scaled(pos)
        # Points closer than 0.4 % of the pad add nothing a printer could show; the limit keeps a fact small.
        if abs(x - stroke[-2]) + abs(y - stroke[-1]) < 4 or len(stroke) + 2 > MAX_STROKE_INTS:
            return
        stroke += [x, y]
        self.update()

    def end_stroke(self) -> None:
        if self._drawing:
            self._drawing = False
            self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.begin_stroke(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.extend_stroke(event.position())

    def mouseReleaseEvent(self, _event: QMouseEvent) -> None:
        self.end_stroke()

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self.begin_stroke(event.position())
        elif kind == QEvent.Type.TabletMove:
            self.extend_stroke(event.position())
        elif kind == QEvent.Type.TabletRelease:
            self.end_stroke()
        event.accept()  # no mouse event is made from it: the stroke is not drawn twice

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd):
            assert isinstance(event, QTouchEvent)
            points = event.points()
            if points:
                pos = points[0].position()
                if kind == QEvent.Type.TouchBegin:
                    self.begin_stroke(pos)
                elif kind == QEvent.Type.TouchUpdate:
                    self.extend_stroke(pos)
                else:
                    self.extend_stroke(pos)
                    self.end_stroke()
            event.accept()
            return True
        return super().event(event)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(255, 255, 255))
        painter.setPen(QPen(QColor(160, 160, 160), 1, Qt.PenStyle.DashLine))
        baseline = int(self.height() * 0.75)
        painter.drawLine(12, baseline, self.width() - 12, baseline)
        painter.setPen(QPen(QColor(120, 120, 120), 1))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        draw_signature(painter, QRectF(0, 0, self.width(), self.height()), self.signature(), 2.5)
        painter.end()
