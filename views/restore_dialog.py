"""Restoring a backup copy: the one flow that puts a copy in place and says how it went
(`restore_in_place`: File → Restore from backup…, and start-up's offer for a file that
cannot be opened), and File → Restore from backup…'s dialog: the copies in the backup
folder, or one chosen by file, with what each holds, read without changing it; restoring
keeps the current file beside it."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.backups import Preview, list_backups, preview, restore_backup, taken_at
from app.lock import LockedError
from models.database_errors import DatabaseError
from views.context import AppContext
from views.labels import moment_text as when
from views.labels import translate_error

log = logging.getLogger(__name__)

# The file dialogs' filter for database files (File → Open database… and Back up… too).
DATABASE_FILTER = "Raketti (*.sqlite *.db);;*"


def restore_in_place(path: Path, backup: Path, aside_label: str = "before-restore") -> bool:
    """Put `backup` in place of `path` (closed meanwhile: nothing may hold it) and say how
    it went; the replaced file is kept beside it, named `…-<aside_label>-…`."""
    try:
        aside = restore_backup(path, backup, aside_label=aside_label)
    except (DatabaseError, LockedError) as failure:
        log.warning("restoring %s from %s failed: %s", path, backup, failure)
        context = "lock" if isinstance(failure, LockedError) else "database"
        QMessageBox.critical(
            None,
            QCoreApplication.translate("RestoreDialog", "Could not restore the backup"),
            translate_error(context, failure),
        )
        return False
    QMessageBox.information(
        None,
        QCoreApplication.translate("RestoreDialog", "Backup restored"),
        QCoreApplication.translate(
            "RestoreDialog",
            "The copy {backup} is in place. The file it replaced is kept as {aside}.",
        ).format(backup=backup.name, aside=aside or "-"),
    )
    return True


class RestoreDialog(QDialog):
    """Choose a copy; `chosen` is its path once the user confirmed the restore."""

    previewShown = Signal(object)  # the Preview, or the sentence saying why there is none

    def __init__(self, ctx: AppContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.chosen: Path | None = None
        self.shown: Preview | None = None
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(760, 440)
        intro = QLabel(
            self.tr(
                "Raketti copies the database before every update; copies you take with "
                "File → Back up… are kept in the same folder. Choose one to see what it holds."
            )
        )
        intro.setWordWrap(True)
        self.copies = QListWidget()
        self.copies.setObjectName("backupList")
        self.copies.currentItemChanged.connect(lambda item, _old: self._show(item))
        choose = QPushButton(self.tr("Choose a file…"))
        choose.setObjectName("chooseBackupFile")
        choose.clicked.connect(self.choose_file)
        left = QVBoxLayout()
        left.addWidget(self.copies, 1)
        left.addWidget(choose)
        row = QHBoxLayout()
        row.addLayout(left, 3)
        row.addLayout(self._preview_form(), 4)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("Restore this copy…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setObjectName("restoreChosen")
        self.restore_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row, 1)
        layout.addWidget(self.buttons)
        self._fill()

    def _preview_form(self) -> QFormLayout:
        form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        rows = {
            "file": self.tr("File:"),
            "taken": self.tr("Taken:"),
            "teams": self.tr("Team companies:"),
            "customers": self.tr("Customers:"),
            "last_change": self.tr("Last change:"),
            "schema": self.tr("Schema version:"),
        }
        for key, text in rows.items():
            label = QLabel()
            label.setObjectName(f"preview_{key}")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.labels[key] = label
            form.addRow(text, label)
        self.note = QLabel()
        self.note.setObjectName("previewNote")
        self.note.setWordWrap(True)
        form.addRow(self.note)
        return form

    def _fill(self) -> None:
        copies = list_backups(self.ctx.paths.backups)
        for copy in copies:
            self._add(copy)
        if copies:
            self.copies.setCurrentRow(0)
        else:
            self.note.setText(
                self.tr("There are no copies in {folder} yet. Choose a file instead.").format(
                    folder=self.ctx.paths.backups
                )
            )

    def _add(self, copy: Path) -> QListWidgetItem:
        item = QListWidgetItem(f"{when(taken_at(copy))}  {copy.name}")
        item.setData(Qt.ItemDataRole.UserRole, str(copy))
        item.setToolTip(str(copy))
        self.copies.addItem(item)
        return item

    def choose_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup copy"), str(self.ctx.paths.backups), DATABASE_FILTER
        )
        if chosen:
            self.copies.setCurrentItem(self._add(Path(chosen)))

    def _show(self, item: QListWidgetItem | None) -> None:
        self.shown = None
        self.restore_button.setEnabled(False)
        for label in self.labels.values():
            label.clear()
        if item is None:
            return
        path = Path(str(item.data(Qt.ItemDataRole.UserRole)))
        self.labels["file"].setText(str(path))
        self.note.setText(self.tr("Reading the copy…"))
        # A large copy takes a moment to count and date: read it off the GUI thread.
        self.ctx.query("restore-preview", lambda _store: preview(path), self._present, self._failed)

    def _present(self, found: Preview) -> None:
        self.shown = found
        self.labels["taken"].setText(when(found.taken))
        self.labels["teams"].setText(", ".join(found.teams) or self.tr("none"))
        self.labels["customers"].setText(QLocale().toString(found.customers))
        self.labels["last_change"].setText(
            when(found.last_change) if found.last_change else self.tr("nothing saved")
        )
        self.labels["schema"].setText(found.schema)
        self.note.setText(
            self.tr(
                "Restoring puts this copy in place of the open database. The current file "
                "is kept beside it under a new name; nothing is deleted."
            )
        )
        self.restore_button.setEnabled(True)
        self.previewShown.emit(found)

    def _failed(self, error: Exception) -> None:
        if not isinstance(error, (DatabaseError, LockedError)):
            raise error
        context = "lock" if isinstance(error, LockedError) else "database"
        sentence = translate_error(context, error)
        self.note.setText(sentence)
        self.previewShown.emit(sentence)

    def accept(self) -> None:
        if self.shown is None:
            return
        current = self.ctx.store.path
        answer = QMessageBox.question(
            self,
            self.tr("Restore from backup"),
            self.tr(
                "Put the copy taken {date} in place of {path}?\n\nChanges made after that "
                "are not in the copy. The current file is kept beside it, named "
                "…-before-restore-…, so you can go back to it."
            ).format(date=when(self.shown.taken), path=current),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.chosen = self.shown.path
        super().accept()
