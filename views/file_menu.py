"""The File menu's database actions: Open database…, Open recent, Import customers…, Export
summary…, Back up…, Restore from backup…. Installed by the main window's menus
(views/window_menus.py); the opening itself is the launcher's (views/launcher.py), which
the window passes in (this module does not import it: start-up runs one way), the copies
are app/backups.py's, the restore flow views/restore_dialog.py's, the import
views/importing/'s, the summary workbook views/excel/'s."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox, QWidget

from app.backups import take_backup
from models.backup import STAMP
from models.database_errors import DatabaseError
from views.labels import translate_error
from views.recent_files import forget_missing, recent_files
from views.restore_dialog import DATABASE_FILTER, RestoreDialog, restore_in_place

if TYPE_CHECKING:
    from views.context import AppContext

log = logging.getLogger(__name__)


class Opener(Protocol):
    """What opens databases into the window: views/launcher.py's `Launcher`."""

    def replace(
        self, window: QMainWindow, target: str, meanwhile: Callable[[], object] | None = None
    ) -> bool:
        """Close `window`, run `meanwhile`, open `target`; False when it did not."""
        ...


class FileMenu(QObject):
    """Adds the database actions to the window's File menu and carries them out.

    Opening another database (Open, Recent, Restore) goes through `launcher`, the opener
    the window was given; a window made without one (tests, tools) offers none of them."""

    def __init__(
        self, window: QMainWindow, menu: QMenu, ctx: AppContext, launcher: Opener | None
    ) -> None:
        super().__init__(window)
        self.setObjectName("fileMenuActions")
        self.main = window
        self.ctx = ctx
        self.launcher = launcher
        # The window's File menu holds its team actions, a separator and Quit: open and
        # recent go first, the copies just before Quit.
        first, quit_separator = menu.actions()[0], menu.actions()[-2]
        self.open_action = QAction(self.tr("&Open database…"), window)
        self.open_action.setObjectName("openDatabase")
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.open_database)
        self.recent_menu = QMenu(self.tr("Open &recent"), window)
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self.fill_recent)
        self.backup_action = QAction(self.tr("&Back up…"), window)
        self.backup_action.setObjectName("backUp")
        self.backup_action.triggered.connect(self.back_up)
        self.restore_action = QAction(self.tr("Restore from bac&kup…"), window)
        self.restore_action.setObjectName("restoreFromBackup")
        self.restore_action.triggered.connect(self.restore)
        self.export_action = QAction(self.tr("&Export summary…"), window)
        self.export_action.setObjectName("exportSummary")
        self.export_action.triggered.connect(self.export_summary)
        menu.insertAction(first, self.open_action)
        menu.insertMenu(first, self.recent_menu)
        menu.insertSeparator(first)
        self.import_action = QAction(self.tr("&Import customers…"), window)
        self.import_action.setObjectName("importCustomers")
        self.import_action.triggered.connect(self.import_customers)
        menu.insertActions(quit_separator, [self.import_action, self.export_action])
        menu.insertSeparator(quit_separator)
        menu.insertActions(quit_separator, [self.backup_action, self.restore_action])
        menu.insertSeparator(quit_separator)
        file = self.ctx.store.path
        self.backup_action.setEnabled(file is not None)
        opens = launcher is not None
        self.open_action.setEnabled(opens)
        self.recent_menu.setEnabled(opens)
        self.restore_action.setEnabled(opens and file is not None and not self.ctx.store.read_only)
        self.import_action.setEnabled(not self.ctx.store.read_only)
        self.fill_recent()

    # --- opening -----------------------------------------------------------------------

    def open_database(self) -> bool:
        folder = self.ctx.store.path.parent if self.ctx.store.path else self.ctx.paths.data
        chosen, _filter = QFileDialog.getOpenFileName(
            self.main, self.tr("Open database"), str(folder), DATABASE_FILTER
        )
        return bool(chosen) and self.switch_to(Path(chosen))

    def switch_to(self, path: Path) -> bool:
        """Close this database and open `path` (the same checks as at start-up)."""
        current = self.ctx.store.path
        if current is not None and path.resolve() == current.resolve():
            self.main.statusBar().showMessage(self.tr("That database is open already."), 5000)
            return False
        if self.launcher is None:
            return False
        return self.launcher.replace(self.main, str(path))

    def fill_recent(self) -> None:
        self.recent_menu.clear()
        files = recent_files(self.ctx.settings)
        current = self.ctx.store.path
        shown = [p for p in files if current is None or p != current]
        for number, path in enumerate(shown, start=1):
            if path.exists():
                action = self.recent_menu.addAction(f"&{number} {path.name} – {path.parent}")
                action.triggered.connect(lambda _=False, p=path: self.switch_to(p))
            else:
                action = self.recent_menu.addAction(
                    self.tr("{name} (no longer found)").format(name=path.name)
                )
                action.setEnabled(False)
            action.setToolTip(str(path))
        if any(not p.exists() for p in shown):
            self.recent_menu.addSeparator()
            forget = self.recent_menu.addAction(self.tr("Remove missing files from the list"))
            forget.setObjectName("forgetMissing")
            forget.triggered.connect(self.forget_missing)
        if not shown:
            empty = self.recent_menu.addAction(self.tr("No other databases opened yet"))
            empty.setEnabled(False)

    def forget_missing(self) -> None:
        gone = forget_missing(self.ctx.settings)
        names = ", ".join(p.name for p in gone)
        self.main.statusBar().showMessage(
            self.tr("Removed from the list, as they no longer exist: {names}").format(names=names),
            8000,
        )
        self.fill_recent()

    # --- importing ---------------------------------------------------------------------

    def import_customers(self) -> QWidget | None:
        """The import wizard (views/importing/), into the current team company."""
        if not self.ctx.has_team:
            return None
        from views.importing.wizard import open_import

        wizard: QWidget = open_import(self.ctx, self.main)
        return wizard

    # --- the summary workbook ---------------------------------------------------------

    def export_summary(self) -> None:
        from views.excel.summary_run import export_summary_dialog  # openpyxl when asked for

        export_summary_dialog(self.ctx, self.main)

    # --- copies ------------------------------------------------------------------------

    def back_up(self) -> None:
        """Copy the open database to a file the user chooses (by default in the backup
        folder, so that Restore from backup… lists it), off the GUI thread."""
        path = self.ctx.store.path
        if path is None:
            return
        stamp = datetime.now().strftime(STAMP)
        suggested = self.ctx.paths.backups / f"{path.stem}-{stamp}.sqlite"
        self.ctx.paths.backups.mkdir(parents=True, exist_ok=True)
        chosen, _filter = QFileDialog.getSaveFileName(
            self.main, self.tr("Back up the database"), str(suggested), DATABASE_FILTER
        )
        if not chosen:
            return
        target = Path(chosen)
        self.main.statusBar().showMessage(self.tr("Backing up…"))
        self.ctx.background.task(
            lambda _progress: take_backup(path, target)[0],
            self._backed_up,
            self._backup_failed,
        )

    def _backed_up(self, written: Path) -> None:
        self.main.statusBar().showMessage(
            self.tr("The database was copied to {path}.").format(path=written), 8000
        )

    def _backup_failed(self, error: Exception) -> None:
        self.main.statusBar().clearMessage()
        if not isinstance(error, DatabaseError):
            raise error  # a bug: the crash hook shows it
        log.warning("backup failed: %s", error)
        QMessageBox.warning(
            self.main, self.tr("Could not back up"), translate_error("database", error)
        )

    def restore(self) -> bool:
        path = self.ctx.store.path
        if path is None or self.launcher is None:
            return False
        dialog = RestoreDialog(self.ctx, self.main)
        try:
            if not dialog.exec() or dialog.chosen is None:
                return False
            chosen = dialog.chosen
        finally:
            dialog.deleteLater()
        return self.launcher.replace(self.main, str(path), lambda: restore_in_place(path, chosen))
