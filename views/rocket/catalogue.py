"""Catalogue editor: add, rename, reorder, retire processes; export and import the file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import InvalidRecord
from app.rocket import service as rocket
from views.context import AppContext
from views.labels import error_text
from views.rocket.common import date_text, language, pick


class ProcessDialog(QDialog):
    """Edit one process's code (new ones only), level, names, description and dot criteria."""

    def __init__(self, process: rocket.ProcessInfo | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("processDialog")
        self.setWindowTitle(self.tr("New process") if process is None else self.tr("Edit process"))
        self.resize(620, 620)
        form = QFormLayout(self)
        self.code = QLineEdit(process.code if process else "")
        self.code.setObjectName("processCode")
        self.code.setEnabled(process is None)  # codes are stable: history points at them
        self.level = QSpinBox()
        self.level.setObjectName("processLevel")
        self.level.setRange(1, 4)
        self.level.setValue(process.level if process else 1)
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        form.addRow(self.tr("Code:"), self.code)
        form.addRow(self.tr("Level:"), self.level)

        def line(key: str, label: str, value: str) -> None:
            edit = QLineEdit(value)
            edit.setObjectName(key)
            self.fields[key] = edit
            form.addRow(label, edit)

        def text(key: str, label: str, value: str) -> None:
            edit = QPlainTextEdit(value)
            edit.setObjectName(key)
            edit.setFixedHeight(52)
            self.fields[key] = edit
            form.addRow(label, edit)

        p = process
        line("name_fi", self.tr("Name (Finnish):"), p.name_fi if p else "")
        line("name_en", self.tr("Name (English):"), p.name_en if p else "")
        text("description_fi", self.tr("Description (Finnish):"), p.description_fi if p else "")
        text("description_en", self.tr("Description (English):"), p.description_en if p else "")
        for n in range(3):
            text(
                f"dot{n + 1}_fi",
                self.tr("{n} dots (Finnish):").format(n=n + 1),
                p.dots_fi[n] if p else "",
            )
            text(
                f"dot{n + 1}_en",
                self.tr("{n} dots (English):").format(n=n + 1),
                p.dots_en[n] if p else "",
            )
        self.error = QLabel()
        self.error.setStyleSheet("color: #c0392b;")
        self.error.setWordWrap(True)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, object]:
        out: dict[str, object] = {}
        for key, edit in self.fields.items():
            out[key] = edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
        out["level"] = self.level.value()
        return out


class CatalogueEditor(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("rocketCatalogue")
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("catalogueTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Level"),
                self.tr("Code"),
                self.tr("Name"),
                self.tr("Checklist"),
                self.tr("State"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.edit)
        buttons = QVBoxLayout()
        for name, label, slot in (
            ("addProcess", self.tr("Add process…"), self.add),
            ("editProcess", self.tr("Edit…"), self.edit),
            ("moveUp", self.tr("Move left"), lambda: self.move(-1)),
            ("moveDown", self.tr("Move right"), lambda: self.move(1)),
            ("retireProcess", self.tr("Retire / bring back"), self.toggle_retired),
            ("exportCatalogue", self.tr("Export catalogue…"), self.export),
            ("importCatalogue", self.tr("Import catalogue…"), self.import_),
        ):
            button = QPushButton(label)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        note = QLabel(
            self.tr(
                "Scores refer to a process by its code, so renaming, reordering or retiring "
                "a process keeps its history. Export the catalogue to hand it to other teams."
            )
        )
        note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.table, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(note)

    def reload(self) -> None:
        lang = language(self.ctx.settings)
        processes = rocket.list_processes(self.ctx.store, self.ctx.team_id, include_retired=True)
        chosen = self.current_code()
        self.table.setRowCount(len(processes))
        for r, p in enumerate(processes):
            state = (
                self.tr("retired {date}").format(date=date_text(p.retired_on)).strip()
                if p.retired
                else self.tr("in use")
            )
            done = sum(1 for c in p.checklist if c.done)
            cells = [
                str(p.level),
                p.code,
                pick(p.name_fi, p.name_en, lang),
                f"{done}/{len(p.checklist)}",
                state,
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, p.code)
                if p.retired:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(r, c, item)
            if p.code == chosen:
                self.table.selectRow(r)

    def current_code(self) -> str | None:
        row = self.table.currentRow()
        item = self.table.item(row, 1) if row >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _run(self, dialog: ProcessDialog, save) -> None:  # type: ignore[no-untyped-def]
        while dialog.exec():
            try:
                save(dialog.values())
                return
            except InvalidRecord as error:
                dialog.error.setText("\n".join(error_text(e) for e in error.errors))

    def add(self) -> None:
        dialog = ProcessDialog(None, self)

        def save(values: dict) -> None:
            rocket.add_process(
                self.ctx.store,
                self.ctx.team_id,
                dialog.code.text(),
                int(values["level"]),
                str(values["name_fi"]),
                str(values["name_en"]),
                str(values["description_fi"]),
                str(values["description_en"]),
            )
            criteria = {k: v for k, v in values.items() if k.startswith("dot")}
            rocket.update_process(
                self.ctx.store, self.ctx.team_id, dialog.code.text().strip(), **criteria
            )

        self._run(dialog, save)

    def edit(self) -> None:
        code = self.current_code()
        if code is None:
            return
        process = rocket.get_process(self.ctx.store, self.ctx.team_id, code)
        dialog = ProcessDialog(process, self)
        store, team = self.ctx.store, self.ctx.team_id

        def save(values: dict) -> None:
            self.ctx.do(
                self.tr("Edit process {code}").format(code=code),
                lambda: rocket.update_process(store, team, code, **values),
                lambda previous: rocket.update_process(store, team, code, **previous),
                lambda previous: rocket.update_process(store, team, code, **previous),
            )

        self._run(dialog, save)

    def move(self, delta: int) -> None:
        code = self.current_code()
        if code is not None:
            rocket.move_process(self.ctx.store, self.ctx.team_id, code, delta)

    def toggle_retired(self) -> None:
        code = self.current_code()
        if code is None:
            return
        process = rocket.get_process(self.ctx.store, self.ctx.team_id, code)
        rocket.retire_process(self.ctx.store, self.ctx.team_id, code, not process.retired)

    def export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export catalogue"),
            str(Path.home() / "rakettimalli.json"),
            self.tr("Rocket catalogue (*.json)"),
        )
        if path:
            count = rocket.export_catalogue(self.ctx.store, self.ctx.team_id, Path(path))
            QMessageBox.information(
                self,
                self.tr("Export catalogue"),
                self.tr("{count} processes written to {path}.").format(count=count, path=path),
            )

    def import_(self, path: Path | None = None) -> bool:
        if not path:
            chosen, _filter = QFileDialog.getOpenFileName(
                self,
                self.tr("Import catalogue"),
                str(Path.home()),
                self.tr("Rocket catalogue (*.json)"),
            )
            if not chosen:
                return False
            path = Path(chosen)
        try:
            summary = rocket.import_catalogue(self.ctx.store, self.ctx.team_id, Path(path))
        except InvalidRecord as error:
            QMessageBox.warning(
                self,
                self.tr("The catalogue was not imported"),
                self.tr("Nothing was changed. Fix the file and try again:")
                + "\n\n"
                + "\n".join(error_text(e) for e in error.errors[:12]),
            )
            return False
        QMessageBox.information(
            self,
            self.tr("Import catalogue"),
            self.tr("{added} processes added, {updated} updated.").format(
                added=len(summary.added), updated=len(summary.updated)
            ),
        )
        return True
