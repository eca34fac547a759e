"""The whole database file is checked once after its window first paints, off the GUI
thread (`app.backups.damage`: SQLite's quick_check). Opening reads only the file's header
and schema, so a page damaged in the middle would otherwise go unnoticed until some read
reached it; a damaged file gets one dialog that says so and offers File → Restore from
backup… (the one restore flow)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMessageBox

from app.backups import damage
from views.context import AppContext
from views.first_paint import AfterFirstPaint

log = logging.getLogger(__name__)


def check_after_paint(window: QMainWindow, ctx: AppContext) -> None:
    """Check `ctx`'s database once `window` has painted; tell the user if it is damaged."""
    if ctx.store.path is None:
        return
    waiting = AfterFirstPaint(
        [window], lambda: ctx.query("file-check", lambda store: damage(store.engine), shown)
    )
    waiting.setParent(window)

    def shown(problem: str | None) -> None:
        if problem is not None:
            tell_damaged(window, ctx, problem)


def tell_damaged(window: QMainWindow, ctx: AppContext, problem: str) -> None:
    log.warning("%s is damaged: %s", ctx.store.path, problem)
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("FileCheck", "The database is damaged"),
        QCoreApplication.translate(
            "database", "{path} is damaged. Restore it from a backup copy."
        ).format(path=ctx.store.path),
        parent=window,
    )
    box.setObjectName("damagedFile")
    box.setInformativeText(
        QCoreApplication.translate(
            "FileCheck",
            "SQLite found: {problem}. What can still be read is shown, but changes may be "
            "lost. Restoring puts a backup copy in place; the damaged file is kept beside it.",
        ).format(problem=problem)
    )
    restore = box.addButton(
        QCoreApplication.translate("FileCheck", "Restore from backup…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    restore.setObjectName("restoreDamaged")
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(restore)
    box.exec()
    action = window.findChild(QAction, "restoreFromBackup")
    if box.clickedButton() is restore and action is not None:
        action.trigger()
