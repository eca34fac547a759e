"""Opening a database with friendly errors: every opening goes through `open_store` (at
start-up and from the File menu, views/launcher.py). A file in use, damaged, foreign or
read-only gets one dialog that says what to do; a file that cannot be opened, with a copy
taken before its last migration, gets the offer to restore that copy in one click."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from app.backups import taken_at
from app.lock import LockedError
from app.paths import Paths
from models.database_errors import BACKUP_HINT, READ_ONLY_NOTE, DatabaseError
from views.labels import moment_text, translate_error
from views.restore_dialog import restore_in_place

if TYPE_CHECKING:
    from app.store import Store

log = logging.getLogger(__name__)


def open_store(target: str, paths: Paths, offer_restore: bool = True) -> Store | None:
    """Open the database or explain, in one dialog, why it cannot be opened.

    A file that cannot be opened, with a copy taken before its last migration, gets the
    offer to restore that copy (one click; the file is kept aside). A file that cannot be
    written is opened read-only, and the user is told so before the window opens."""
    from app.store import Store
    from models.database import sqlite_path, to_url

    try:
        store = Store.open(target, paths.backups)
    except LockedError as error:
        log.warning("cannot open %s: %s", target, error)
        message = translate_error("lock", error)
    except DatabaseError as error:
        log.warning("cannot open %s: %s", target, error)
        path = sqlite_path(to_url(target))
        if error.backup is not None and path is not None and offer_restore:
            if _offer_restore(error, path, error.backup):
                return open_store(target, paths, offer_restore=False)
            return None
        message = translate_error("database", error)
    else:
        if store.read_only_file:
            QMessageBox.information(
                None,
                QCoreApplication.translate("startup", "Read-only database"),
                QCoreApplication.translate("database", READ_ONLY_NOTE).format(path=store.path),
            )
        return store
    QMessageBox.critical(
        None, QCoreApplication.translate("startup", "Cannot open the database"), message
    )
    return None


def _offer_restore(error: DatabaseError, path: Path, backup: Path) -> bool:
    """Show why the file cannot be opened, with a button that restores `backup`; True once
    the copy is in place (the one restore flow, views/restore_dialog.py)."""
    when = moment_text(taken_at(backup))
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("startup", "Cannot open the database"),
        translate_error("database", error),
    )
    box.setObjectName("restoreOffer")
    box.setInformativeText(
        QCoreApplication.translate("database", BACKUP_HINT).format(date=when, backup=backup)
        + "\n\n"
        + QCoreApplication.translate(
            "startup",
            "Restoring puts that copy in place of the file, which is kept beside it under a "
            "new name. Changes made after {date} are not in the copy.",
        ).format(date=when)
    )
    restore = box.addButton(
        QCoreApplication.translate("startup", "Restore the backup from {date}").format(date=when),
        QMessageBox.ButtonRole.AcceptRole,
    )
    restore.setObjectName("restoreBackup")
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(restore)
    box.exec()
    if box.clickedButton() is not restore:
        return False
    return restore_in_place(path, backup, aside_label="unopenable")
