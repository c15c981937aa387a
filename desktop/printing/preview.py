"""A slip shown on screen at a readable size: the test-print preview and, in the demo, what the fake
printer printed (decoded from the bytes it received)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget


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
    """The demo's printer output when it is not on the Devices page: one window per app, whichever
    screen printed, showing the last slip the fake printer printed. A window of its own with a title
    bar and a Close button, placed at the app's right edge so the navigation rail stays free."""

    NAME = "demoPrinterWindow"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName(self.NAME)
        self.preview = SlipPreview(self)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close)  # closing hides it; the next slip shows it again
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addLayout(buttons)
        self.resize(360, 640)
        self.retranslate()

    @classmethod
    def show_in(cls, anchor: QWidget, image: QImage, title: str, caption: str) -> PrintedSlipWindow:
        """Show ``image`` in the one printer window of ``anchor``'s app window (made on first use)."""
        top = anchor.window()
        window = top.findChild(cls, cls.NAME, Qt.FindChildOption.FindDirectChildrenOnly)
        if window is None:
            window = cls(top)
        window.show_slip(image, title, caption)
        return window

    def show_slip(self, image: QImage, title: str, caption: str) -> None:
        self.setWindowTitle(title)
        self.preview.show_slip(image, caption)
        if not self.isVisible():
            self._place()
        self.show()
        self.raise_()

    def _place(self) -> None:
        """Beside the app when the screen has room, else inside its right edge: never over the rail."""
        parent = self.parentWidget()
        if parent is None:
            return
        frame = parent.frameGeometry()
        height = min(self.height(), max(320, frame.height() - 120))
        self.resize(self.width(), height)
        screen = parent.screen().availableGeometry() if parent.screen() is not None else None
        if screen is not None and frame.right() + 8 + self.width() <= screen.right():
            self.move(frame.right() + 8, frame.top() + 60)
        else:
            self.move(frame.right() - self.width() - 24, frame.top() + 60)

    def retranslate(self) -> None:
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
