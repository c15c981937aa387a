"""A slip shown on screen at a readable size: the test-print preview and, in the demo, what the fake
printer printed (decoded from the bytes it received)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget


class SlipPreview(QWidget):
    """A caption over a scrollable slip, drawn at half size (a 576-dot slip is 288 px wide)."""

    def __init__(self, parent: QWidget | None = None, scale: float = 0.5) -> None:
        super().__init__(parent)
        self.scale = scale
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setObjectName("lead")
        self.paper = QLabel()
        self.paper.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.paper.setStyleSheet("background: white; border: 1px solid #c8c8c8;")
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.paper)
        self.scroll.setWidgetResizable(False)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll.setMinimumWidth(int(576 * scale) + 30)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.scroll, 1)
        self.image = QImage()

    def show_slip(self, image: QImage, caption: str) -> None:
        self.image = image
        self.caption.setText(caption)
        width = max(1, round(image.width() * self.scale))
        pixmap = QPixmap.fromImage(image).scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        self.paper.setPixmap(pixmap)
        self.paper.resize(pixmap.size())

    def set_caption(self, caption: str) -> None:
        self.caption.setText(caption)


class PrintedSlipWindow(QWidget):
    """The demo's printer output when it is not on the Devices page: a small window beside the app
    showing the last slip the fake printer printed (a receipt from the Counter, a handover slip)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Tool)
        self.preview = SlipPreview(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview)
        self.resize(360, 640)

    def show_slip(self, image: QImage, title: str, caption: str) -> None:
        self.setWindowTitle(title)
        self.preview.show_slip(image, caption)
        self.show()
        self.raise_()
