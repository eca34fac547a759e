"""The Evidence tab of the process detail: notes, links and files that show a process works."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import InvalidRecord
from app.rocket import evidence, steps
from models.rules import ADDRESS_MAX
from views.context import AppContext
from views.labels import error_text
from views.rocket.common import (
    cell_data,
    date_text,
    evidence_kind_text,
    make_table,
    table_item,
)
from views.widgets import limited


class EvidenceTab(QWidget):
    """List, open, add and remove evidence; adding and removing are undoable."""

    def __init__(
        self, ctx: AppContext, who: Callable[[], int | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.who = who
        self.code: str | None = None
        layout = QVBoxLayout(self)
        self.evidence = make_table(
            [self.tr("Kind"), self.tr("Title"), self.tr("Date"), self.tr("Where")],
            "evidenceTable",
        )
        self.evidence.doubleClicked.connect(self._open)
        layout.addWidget(self.evidence)
        layout.addLayout(self._form())
        buttons = QHBoxLayout()
        self.evidence_error = QLabel()
        self.evidence_error.setStyleSheet("color: #c0392b;")
        self.evidence_error.setWordWrap(True)
        add = QPushButton(self.tr("Add evidence"))
        add.setObjectName("addEvidence")
        add.clicked.connect(self.add)
        remove = QPushButton(self.tr("Remove"))
        remove.setObjectName("removeEvidence")
        remove.clicked.connect(self.remove)
        buttons.addWidget(self.evidence_error, 1)
        buttons.addWidget(remove)
        buttons.addWidget(add)
        layout.addLayout(buttons)

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        self.evidence_kind = QComboBox()
        self.evidence_kind.setObjectName("evidenceKind")
        for kind in ("note", "link", "file"):
            self.evidence_kind.addItem(evidence_kind_text(kind), kind)
        self.evidence_title = limited(QLineEdit())
        self.evidence_title.setObjectName("evidenceTitle")
        self.evidence_location = limited(QLineEdit(), ADDRESS_MAX)
        self.evidence_location.setObjectName("evidenceLocation")
        self.evidence_location.setPlaceholderText(self.tr("https://… or a file"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        location_row = QHBoxLayout()
        location_row.addWidget(self.evidence_location, 1)
        location_row.addWidget(browse)
        form.addRow(self.tr("Kind:"), self.evidence_kind)
        form.addRow(self.tr("Title:"), self.evidence_title)
        form.addRow(self.tr("Link or file:"), location_row)
        return form

    def load(self, code: str) -> None:
        self.code = code
        rows = evidence.evidence_of(self.ctx.store, self.ctx.team_id, code)
        self.evidence.setRowCount(len(rows))
        for r, e in enumerate(rows):
            self.evidence.setItem(r, 0, table_item(evidence_kind_text(e.kind), e.id))
            self.evidence.setItem(r, 1, table_item(e.title))
            self.evidence.setItem(r, 2, table_item(date_text(e.added_on)))
            self.evidence.setItem(r, 3, table_item(e.location or "", e.kind))

    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Attach a file as evidence"))
        if path:
            self.evidence_kind.setCurrentIndex(self.evidence_kind.findData("file"))
            self.evidence_location.setText(path)
            if not self.evidence_title.text():
                self.evidence_title.setText(Path(path).name)

    # --- the Editor protocol: evidence typed but not added -------------------------------

    def has_unsaved(self) -> bool:
        typed = self.evidence_title.text().strip() or self.evidence_location.text().strip()
        return self.code is not None and bool(typed)

    def save(self) -> bool:
        return self.add()

    def discard(self) -> None:
        self.evidence_title.clear()
        self.evidence_location.clear()
        self.evidence_error.clear()

    def unsaved_what(self) -> str:
        return self.tr("The new evidence of {code}").format(code=self.code or "")

    def add(self) -> bool:
        if self.code is None:
            return True
        store, team, code = self.ctx.store, self.ctx.team_id, self.code
        kind, title = self.evidence_kind.currentData(), self.evidence_title.text()
        location, member = self.evidence_location.text(), self.who()
        try:
            step = steps.add_evidence(store, team, code, kind, title, location, member)
            self.ctx.run(step, initiator=self)
        except InvalidRecord as error:
            self.evidence_error.setText("\n".join(error_text(e) for e in error.errors))
            return False
        self.evidence_error.clear()
        self.evidence_title.clear()
        self.evidence_location.clear()
        return True

    def remove(self) -> None:
        """Remove the selected evidence after asking; undo puts it back."""
        row = self.evidence.currentRow()
        evidence_id = cell_data(self.evidence, row, 0) if row >= 0 else None
        if evidence_id is None:
            return
        title_cell = self.evidence.item(row, 1)
        title = title_cell.text() if title_cell is not None else ""
        answer = QMessageBox.question(
            self,
            self.tr("Remove evidence"),
            self.tr("Remove the evidence “{title}”?").format(title=title),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        step = steps.remove_evidence(self.ctx.store, int(evidence_id), title)
        self.ctx.run(step, initiator=self)

    def _open(self) -> None:
        row = self.evidence.currentRow()
        cell = self.evidence.item(row, 3) if row >= 0 else None
        if cell is None or not cell.text():
            return
        location = cell.text()
        kind = cell_data(self.evidence, row, 3)
        url = QUrl.fromLocalFile(location) if kind == "file" else QUrl(location)
        QDesktopServices.openUrl(url)
