"""A database with no team company yet: offer demo data (made on a worker thread behind a
progress dialog that can cancel it), or create the user's own team company."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from models.database_errors import DatabaseError
from views.labels import translate_error

if TYPE_CHECKING:
    from views.background import Progress
    from views.context import AppContext


def first_start(ctx: AppContext) -> bool | Path:
    """An empty database: offer demo data, joining a team's shared folder, or creating the
    user's own team company. A Path: the team's snapshot joined into that temporary file,
    which the launcher puts in the database's place once it has closed it."""
    answer = QMessageBox.question(
        None,
        QCoreApplication.translate("startup", "Welcome to Raketti"),
        QCoreApplication.translate(
            "startup",
            "This database is empty. Fill it with demo data to look around?\n\n"
            "Choose No to start with your own team company, or Open to join your team's "
            "shared folder (a teammate already uses Raketti).",
        ),
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Open,
    )
    if answer == QMessageBox.StandardButton.Yes and generate_demo(ctx):
        return True
    if answer == QMessageBox.StandardButton.Open:
        from views.sync.join_dialog import join_team  # team sync, only when joining

        joined = join_team(ctx, _run_with_progress)
        if joined is not False:
            return joined
    from views.team_dialog import NewTeamDialog

    dialog = NewTeamDialog(ctx, None, first_start=True)
    return bool(dialog.exec())


def generate_demo(ctx: AppContext, parent: QWidget | None = None) -> bool:
    """Create the demo data on a worker thread behind a progress dialog that can cancel it.

    The demo writes in one transaction. Nothing else writes meanwhile — the dialog is
    application-modal and no window is open yet — so the GUI never waits on SQLite's busy
    timeout. Cancelling rolls the transaction back: the database keeps no demo rows, and
    the user is told so. The store's announcement, made on the worker, reaches the views
    on the GUI thread (AppContext.changed is queued across threads).
    """
    dialog = QProgressDialog(
        QCoreApplication.translate("startup", "Creating demo data…"),
        QCoreApplication.translate("startup", "Cancel"),
        0,
        100,
        parent,
    )
    dialog.setObjectName("demoProgress")
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    from app import demo  # every area's demo and models, needed only here

    error = _run_with_progress(
        ctx,
        dialog,
        lambda progress: demo.generate(ctx.store, customers=300, seed=1, progress=progress),
    )
    dialog.close()
    dialog.deleteLater()
    if error is None:
        return True
    from views.background import Cancelled

    if isinstance(error, Cancelled):
        QMessageBox.information(
            parent,
            QCoreApplication.translate("startup", "No demo data"),
            QCoreApplication.translate(
                "startup",
                "You cancelled the demo data: nothing was written and the database is "
                "still empty. Start with your own team company instead.",
            ),
        )
        return False
    if isinstance(error, DatabaseError):
        QMessageBox.critical(
            parent,
            QCoreApplication.translate("startup", "No demo data"),
            translate_error("database", error),
        )
        return False
    raise error  # a bug: the crash hook shows it with the traceback


def _run_with_progress(
    ctx: AppContext, dialog: QProgressDialog, job: Callable[[Progress], object]
) -> Exception | None:
    """Run `job` as a background task, showing its progress in `dialog` until it ends.

    No window runs an event loop yet at first start, so a local one waits here. Returns
    the task's error (Cancelled when the user cancelled), or None when it finished."""
    loop = QEventLoop()
    outcome: list[Exception | None] = []

    def finish(error: Exception | None) -> None:
        outcome.append(error)
        loop.quit()

    task = ctx.background.task(job, lambda _result: finish(None), finish)

    def progressed(which: Progress, percent: int, _stage: str) -> None:
        if which is task and not task.cancelled:
            dialog.setValue(percent)

    ctx.background.progressed.connect(progressed)
    # A lambda, not the bound method: PySide 6.12 miscounts references when a signal is
    # connected to a method of a plain (non-QObject) object and aborts at interpreter exit.
    dialog.canceled.connect(lambda: task.cancel())
    dialog.setValue(0)
    if not outcome:  # a modal dialog's setValue() processes events: it may be over already
        loop.exec()
    ctx.background.progressed.disconnect(progressed)
    return outcome[0]
