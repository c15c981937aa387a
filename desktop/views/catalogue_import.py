"""Import the catalogue from a CSV or Excel file: a report of every problem first; Import (with an
area manager's PIN) only once there are none. Reading, checking and writing run off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.catalogue_import import CheckedFile, ImportDone, ImportPlan, check_catalogue_file, import_catalogue
from core.errors import DomainError
from desktop.context import AppContext
from desktop.i18n import error_text


class CatalogueImportDialog(QDialog):
    imported = Signal(object)  # Changes

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plan: ImportPlan | None = None
        self.data = b""
        self.filename = ""
        self.busy = False
        self.setMinimumSize(900, 560)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setObjectName("muted")
        self.choose_btn = QPushButton()
        self.choose_btn.clicked.connect(self.choose_file)
        self.file_label = QLabel()
        self.summary = QLabel()
        self.summary.setObjectName("lead")
        self.summary.setWordWrap(True)
        self.report = QTableWidget(0, 3)
        self.report.verticalHeader().setVisible(False)
        self.report.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.report.setAlternatingRowColors(True)
        header = self.report.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.pin_caption = QLabel()
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        self.pin.setMaximumWidth(160)
        self.import_btn = QPushButton()
        self.import_btn.setObjectName("primary")
        self.import_btn.clicked.connect(self.do_import)
        self.close_btn = QPushButton()
        self.close_btn.clicked.connect(self.reject)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)

        pick = QHBoxLayout()
        pick.addWidget(self.choose_btn)
        pick.addWidget(self.file_label, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.pin_caption)
        bottom.addWidget(self.pin)
        bottom.addWidget(self.import_btn)
        bottom.addStretch(1)
        bottom.addWidget(self.close_btn)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(pick)
        layout.addWidget(self.summary)
        layout.addWidget(self.report, 1)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        self.retranslate()
        self._update()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import catalogue"))
        self.intro.setText(
            self.tr(
                "A CSV (UTF-8 or Big5) or Excel file with a header row: sku, barcodes, name_zh, name_en, "
                "name_pt, price_mop, category, and optionally stock:STORE-ID columns with opening stock. "
                "Nothing is written until the file has no problems; then every product is imported at once."
            )
        )
        self.choose_btn.setText(self.tr("Choose file…"))
        self.report.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Column"), self.tr("Problem")])
        self.pin_caption.setText(self.tr("Area manager's PIN"))
        self.import_btn.setText(self.tr("Import"))
        self.close_btn.setText(self.tr("Close"))
        self._show_plan()

    # -- reading and checking ----------------------------------------------------------------

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a catalogue file"), "", self.tr("Catalogue (*.csv *.txt *.xlsx)")
        )
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> None:
        """Read and check a file in the background; the report replaces the previous one."""
        own_store = self.ctx.till.store_id
        self.busy = True
        self.plan = None
        self.file_label.setText(path.name)
        self.summary.setText(self.tr("Checking…"))
        self.message.clear()
        self._update()

        self.ctx.usecases.read(
            check_catalogue_file,
            path,
            own_store,
            then=lambda checked: self._checked(path.name, checked),
            failed=self._failed,
        )

    def _checked(self, filename: str, checked: CheckedFile) -> None:
        self.busy = False
        self.data, self.filename, self.plan = checked.data, filename, checked.plan
        self._show_plan()
        self._update()

    def _show_plan(self) -> None:
        plan = self.plan
        if plan is None:
            if not self.busy:
                self.summary.setText(self.tr("Choose a file to check it."))
            self.report.setRowCount(0)
            return
        parts = []
        if plan.encoding:
            parts.append(self.tr("Read as %1.").replace("%1", plan.encoding))
        parts.append(
            self.tr("%1 product(s) ready (%2 new).")
            .replace("%1", str(len(plan.products)))
            .replace("%2", str(plan.new))
        )
        if plan.problems:
            parts.append(
                self.tr("%1 problem(s): fix them in the file and choose it again.").replace(
                    "%1", str(len(plan.problems))
                )
            )
        elif plan.products:
            parts.append(self.tr("No problems found."))
        self.summary.setText(" ".join(parts))
        shown = plan.problems[:2000]  # enough to work through; the count above says how many in all
        self.report.setRowCount(len(shown))
        for i, p in enumerate(shown):
            row = QTableWidgetItem(str(p.row) if p.row else "—")
            row.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.report.setItem(i, 0, row)
            self.report.setItem(i, 1, QTableWidgetItem(p.column))
            self.report.setItem(i, 2, QTableWidgetItem(error_text(p.code, p.params)))

    def _update(self) -> None:
        ready = self.plan is not None and self.plan.ok and not self.busy
        self.import_btn.setEnabled(ready)
        self.pin.setEnabled(ready)
        self.choose_btn.setEnabled(not self.busy)

    # -- importing ---------------------------------------------------------------------------

    def do_import(self) -> None:
        if self.plan is None or not self.plan.ok or self.busy:
            return
        till, data, filename, pin = self.ctx.till, self.data, self.filename, self.pin.text()
        self.pin.clear()
        self.busy = True
        self._update()
        self.ctx.usecases.write(
            import_catalogue, till, data, filename, pin, then=self._imported, failed=self._failed
        )

    def _imported(self, done: ImportDone) -> None:
        self.busy = False
        self.plan = None
        self._show_plan()
        self._update()
        self.summary.setText(self.tr("Imported %1 product(s).").replace("%1", str(done.products)))
        self._say(self.tr("The catalogue is updated; the hub sends it to every store."), ok=True)
        self.imported.emit(done.changes)

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self._update()
        if isinstance(exc, DomainError):
            self._say(error_text(exc.code, exc.params), ok=False)
        else:
            self._say(error_text("app.unexpected", {"detail": type(exc).__name__}), ok=False)
        if self.plan is None:
            self._show_plan()

    def _say(self, text: str, *, ok: bool) -> None:
        self.message.setText(text)
        self.message.setProperty("state", "ok" if ok else "error")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
