"""GUI start-up: QApplication, translators, the database (with friendly errors), the window."""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import (
    QCoreApplication,
    QDateTime,
    QEventLoop,
    QLocale,
    QSettings,
    Qt,
    qVersion,
)
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from app.backups import restore_backup, taken_at
from app.lock import LockedError
from app.paths import Paths, database_target
from models.database_errors import BACKUP_HINT, READ_ONLY_NOTE, DatabaseError
from views import early_start, i18n
from views.first_paint import AfterFirstPaint

if TYPE_CHECKING:  # run_gui paints the first rows before SQLAlchemy is imported
    from app.store import Store
    from views.background import Progress
    from views.context import AppContext

log = logging.getLogger(__name__)


def settings_for(paths: Paths) -> QSettings:
    return QSettings(str(paths.settings_file), QSettings.Format.IniFormat)


def translate_error(context: str, error: DatabaseError | LockedError) -> str:
    """Translate an error template from the app/models layers, then fill it in."""
    return QCoreApplication.translate(context, error.message).format(**error.args_)


def _crash_hook(log_file: Path) -> None:
    """Uncaught exceptions (bugs) go to the log file with their traceback, then to a dialog
    that names the file and holds the details to copy."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):  # Ctrl+C in the terminal: just stop
            sys.__excepthook__(kind, value, tb)
            return
        log.critical("uncaught exception", exc_info=(kind, value, tb))
        text = "".join(traceback.format_exception(kind, value, tb))
        if sys.__stderr__ is not None:  # pythonw and frozen builds have no console
            sys.__stderr__.write(text)
        show_crash_dialog(log_file, text)

    sys.excepthook = hook


def show_crash_dialog(log_file: Path, text: str) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("startup", "Raketti ran into a bug"),
        QCoreApplication.translate(
            "startup",
            "Something went wrong inside Raketti. Your saved work is safe.\n\n"
            "The details are in the log file {path}. Copy them below into a bug report.",
        ).format(path=log_file),
    )
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setDetailedText(
        f"Python {sys.version}\nQt {qVersion()}, PySide6 {PySide6.__version__}\n"
        f"Log file: {log_file}\n\n{text}"
    )
    box.exec()


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
    the copy is in place."""
    when = QLocale().toString(QDateTime(taken_at(backup)), QLocale.FormatType.ShortFormat)
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
    try:
        aside = restore_backup(path, backup)
    except (DatabaseError, LockedError) as failure:
        log.warning("restoring %s from %s failed: %s", path, backup, failure)
        context = "lock" if isinstance(failure, LockedError) else "database"
        QMessageBox.critical(
            None,
            QCoreApplication.translate("startup", "Could not restore the backup"),
            translate_error(context, failure),
        )
        return False
    QMessageBox.information(
        None,
        QCoreApplication.translate("startup", "Backup restored"),
        QCoreApplication.translate(
            "startup",
            "The copy from {date} is in place. The file that could not be opened was kept "
            "as {aside}.",
        ).format(date=when, aside=aside or "-"),
    )
    return True


def first_start(ctx: AppContext) -> bool:
    """An empty database: offer demo data, or create the user's own team company."""
    answer = QMessageBox.question(
        None,
        QCoreApplication.translate("startup", "Welcome to Raketti"),
        QCoreApplication.translate(
            "startup",
            "This database is empty. Fill it with demo data to look around?\n\n"
            "Choose No to start with your own team company.",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    if answer == QMessageBox.StandardButton.Yes and generate_demo(ctx):
        return True
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


# Libraries Qt's X11 plug-in loads, with the Debian package that brings each. Plain Debian
# installs (and minimal desktops) may lack some, and Qt's own message names only one.
XCB_LIBRARIES = {
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-image": "libxcb-image0",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-randr": "libxcb-randr0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-shape": "libxcb-shape0",
    "xcb-xkb": "libxcb-xkb1",
    "xkbcommon-x11": "libxkbcommon-x11-0",
}


def missing_system_library() -> str | None:
    """One sentence naming the packages to install when Qt's X11 plug-in cannot load."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if not os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    import ctypes.util  # only on an X11 desktop

    missing = [pkg for lib, pkg in XCB_LIBRARIES.items() if not ctypes.util.find_library(lib)]
    if not missing:
        return None
    return (
        "raketti: the window needs system libraries that are missing; install them with "
        f"'sudo apt-get install {' '.join(missing)}'."
    )


def run_gui(args: argparse.Namespace, paths: Paths) -> int:
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
        or os.environ.get("QT_QPA_PLATFORM")
    ):
        print(
            "raketti: no display found; run the window on a desktop, or use a sub-command "
            "(see --help).",
            file=sys.stderr,
        )
        return 2
    missing = missing_system_library()
    if missing:
        print(missing, file=sys.stderr)
        return 2
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Raketti")
    app.setOrganizationName("Raketti")
    settings = settings_for(paths)
    language = i18n.chosen_language(args.lang, settings)
    i18n.install(app, language)
    _crash_hook(paths.log_file)

    target = database_target(args.db, paths)
    # Two turns: the paint's own follow-ups (the detail pane) are made before the freeze.
    after_paint = AfterFirstPaint([app], collect_after_start, turns=2)
    early = early_start.prepare(target, settings)
    if early is not None:
        assert isinstance(app, QApplication)
        launcher, code = early_start.open_behind_first_page(
            app, early, target, paths, settings, language
        )
    else:
        from views.launcher import Launcher

        launcher = Launcher(paths, settings, language)
        failed = launcher.open(target)
        if failed is not None:
            after_paint.deleteLater()
            return failed
        code = app.exec()
    after_paint.deleteLater()
    window = launcher.window if launcher else None  # File → Open… may have replaced it
    restart = window is not None and window.restart_requested  # a language change
    if window is not None:
        ctx = window.ctx
        close_down(app, window)
        ctx.close()
    else:
        app.shutdown()
        gc.unfreeze()
    if restart:
        i18n.start_again()  # after the database is closed, so the new one may open it
    return code


def collect_after_start() -> None:
    """Switch the cyclic collector back on (main() held it off while starting), with what
    start-up made moved out of its way: the long-lived modules, models and widgets are not
    walked again by every full collection (which paused the window for tens of ms)."""
    gc.collect()
    gc.freeze()
    gc.enable()


def close_down(app: QCoreApplication, window: QWidget) -> None:
    """Destroy the widgets while Python still runs; left to interpreter shutdown, PySide 6.12
    sometimes aborts with a reference-count error after all work is saved."""
    window.close()
    window.deleteLater()
    app.processEvents()
    app.shutdown()
    gc.unfreeze()  # what start-up froze may be collected again (tests start many times)
