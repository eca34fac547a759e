"""Catalogue editor: add, rename, reorder, retire processes; export and import the file.

Every change is an undoable step. An import reads and validates the file off the GUI
thread; the merge then runs as one write on it, and its undo restores the whole catalogue.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import InvalidRecord
from app.rocket import AREA, exchange, process_edits, steps
from app.rocket.catalogue import CatalogueProcess, load_catalogue
from app.rocket.processes import get_process, list_processes
from app.store import Store
from views.background import Refresher
from views.context import AppContext
from views.labels import error_text
from views.rocket.common import date_text, pick
from views.rocket.process_dialog import ProcessDialog


class CatalogueEditor(QWidget):
    imported = Signal(bool)  # an import finished: True when the catalogue was changed

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("rocketCatalogue")
        self.table = self._table()
        buttons = QVBoxLayout()
        for name, label, slot in (
            ("addProcess", self.tr("Add process…"), self.add),
            ("editProcess", self.tr("Edit…"), self.edit),
            ("moveUp", self.tr("Move left"), lambda: self.move_selected(-1)),
            ("moveDown", self.tr("Move right"), lambda: self.move_selected(1)),
            ("retireProcess", self.tr("Retire / bring back"), self.toggle_retired),
            ("exportCatalogue", self.tr("Export catalogue…"), self.export),
            ("importCatalogue", self.tr("Import catalogue…"), lambda: self.import_()),
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
        self.refresher = Refresher(self, ctx, AREA.listens, self.reload)

    def _table(self) -> QTableWidget:
        table = QTableWidget(0, 5)
        table.setObjectName("catalogueTable")
        table.setHorizontalHeaderLabels(
            [
                self.tr("Level"),
                self.tr("Code"),
                self.tr("Name"),
                self.tr("Checklist"),
                self.tr("State"),
            ]
        )
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.doubleClicked.connect(self.edit)
        return table

    def reload(self) -> None:
        if not self.ctx.has_team:
            return
        lang = self.ctx.language
        processes = list_processes(self.ctx.store, self.ctx.team_id, include_retired=True)
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

    def _run(self, dialog: ProcessDialog, save: Callable[[dict[str, Any]], None]) -> None:
        """Show the dialog until its values are saved or it is cancelled; then delete it."""
        try:
            while dialog.exec():
                try:
                    save(dialog.values())
                    return
                except InvalidRecord as error:
                    dialog.error.setText("\n".join(error_text(e) for e in error.errors))
        finally:
            dialog.deleteLater()

    def add(self) -> None:
        dialog = ProcessDialog(None, self)
        store, team = self.ctx.store, self.ctx.team_id

        def save(values: dict[str, Any]) -> None:
            code = dialog.code.text()
            texts = {k: str(v) for k, v in values.items() if k != "level"}
            step = steps.add_process(store, team, code, int(values["level"]), **texts)
            self.ctx.run(step, initiator=self)

        self._run(dialog, save)

    def edit(self) -> None:
        code = self.current_code()
        if code is None:
            return
        process = get_process(self.ctx.store, self.ctx.team_id, code)
        dialog = ProcessDialog(process, self)
        store, team = self.ctx.store, self.ctx.team_id

        def save(values: dict[str, Any]) -> None:
            self.ctx.run(steps.edit_process(store, team, code, **values), initiator=self)

        self._run(dialog, save)

    def move_selected(self, delta: int) -> None:
        """Move the chosen process left (-1) or right (+1) within its level, undoably."""
        code = self.current_code()
        store, team = self.ctx.store, self.ctx.team_id
        if code is None or not process_edits.can_move(store, team, code, delta):
            return
        self.ctx.run(steps.move_process(store, team, code, delta), initiator=self)

    def toggle_retired(self) -> None:
        code = self.current_code()
        if code is None:
            return
        store, team = self.ctx.store, self.ctx.team_id
        retire = not get_process(store, team, code).retired
        self.ctx.run(steps.retire_process(store, team, code, retire), initiator=self)

    def export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export catalogue"),
            str(Path.home() / "rakettimalli.json"),
            self.tr("Rocket catalogue (*.json)"),
        )
        if path:
            count = exchange.export_catalogue(self.ctx.store, self.ctx.team_id, Path(path))
            QMessageBox.information(
                self,
                self.tr("Export catalogue"),
                self.tr("%n process(es) written to {path}.", "", count).format(path=path),
            )

    def import_(self, path: Path | None = None) -> None:
        """Read and check the file off the GUI thread, then merge it; emits `imported`."""
        if not path:
            chosen, _filter = QFileDialog.getOpenFileName(
                self,
                self.tr("Import catalogue"),
                str(Path.home()),
                self.tr("Rocket catalogue (*.json)"),
            )
            if not chosen:
                return
            path = Path(chosen)
        file, team = Path(path), self.ctx.team_id

        def read(_store: Store) -> list[CatalogueProcess]:
            return load_catalogue(file)  # the file only: nothing is written off the GUI thread

        self.ctx.query(
            "rocket:catalogue-import", read, lambda found: self._merge(team, found), self._refused
        )

    def _refused(self, error: Exception) -> None:
        if not isinstance(error, InvalidRecord):
            raise error
        QMessageBox.warning(
            self,
            self.tr("The catalogue was not imported"),
            self.tr("Nothing was changed. Fix the file and try again:")
            + "\n\n"
            + "\n".join(error_text(e) for e in error.errors[:12]),
        )
        self.imported.emit(False)

    def _merge(self, team: int, catalogue: list[CatalogueProcess]) -> None:
        if team != self.ctx.team_id:
            self.imported.emit(False)  # the team was switched while the file was read
            return
        step = steps.import_catalogue(self.ctx.store, team, catalogue)
        try:
            summary = self.ctx.run(step, initiator=self)
        except InvalidRecord as error:  # checked against the team's catalogue (b1 next to B1)
            self._refused(error)
            return
        QMessageBox.information(
            self,
            self.tr("Import catalogue"),
            self.tr("{added} processes added, {updated} updated.").format(
                added=len(summary.added), updated=len(summary.updated)
            ),
        )
        self.imported.emit(True)
