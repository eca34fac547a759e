"""First start, "Join a team's folder": a new member's empty database joins the team that
already syncs through a shared folder (issue 24, docs/sync.md "Joining from a snapshot").

The member picks the folder and enters the team passphrase; then, on a worker behind a
progress dialog, the newest good snapshot is joined into a temporary file beside the
database (app/sync/join.py). The database open now is empty and holds the lock, so the
copy is moved into its place only once the launcher has closed it (`put_in_place`), and
the launcher opens it again. Without a usable snapshot the open database replays the
team's files instead (switching sync on with the folder, then one sync).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QProgressDialog, QWidget

from app.errors import InvalidRecord
from app.sync.api import SyncError, set_folder, sync_now
from app.sync.join import from_snapshot, place, teams_in
from views.sync.passphrase_dialog import PassphraseDialog, opens_key_file
from views.sync.texts import failure_text

if TYPE_CHECKING:
    from views.background import Progress
    from views.context import AppContext

# Runs a job behind the progress dialog, returning its error (views/first_start.py).
Runner = Callable[["AppContext", QProgressDialog, Callable[["Progress"], object]], Exception | None]


def _choose_team(folder: Path, parent: QWidget | None) -> str | None:
    found = teams_in(folder)
    if not found:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("JoinTeam", "Join a team"),
            QCoreApplication.translate(
                "JoinTeam", "{path} holds no team's files. Choose the folder your team shares."
            ).format(path=folder),
        )
        return None
    if len(found) == 1:
        return found[0]
    team, chosen = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("JoinTeam", "Join a team"),
        QCoreApplication.translate("JoinTeam", "The folder holds several teams. Which one?"),
        found,
    )
    return str(team) if chosen else None


def join_team(ctx: AppContext, run: Runner, parent: QWidget | None = None) -> Path | bool:
    """Ask for the folder and the passphrase and join: the joined snapshot's temporary file
    (to `put_in_place` once this database is closed), True when the files were replayed
    into the open database, False when cancelled or it failed (the user was told)."""
    chosen = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("JoinTeam", "The team's shared folder")
    )
    if not chosen:
        return False
    folder = Path(chosen)
    team = _choose_team(folder, parent)
    if team is None:
        return False

    passphrase = PassphraseDialog.ask(parent, "join", opens_key_file(folder, team))
    if passphrase is None:
        return False
    store = ctx.store
    assert store.path is not None
    target = store.path
    result: list[Path | None] = []

    def job(progress: Progress) -> None:
        progress(0, "snapshot")
        joined, _skipped = from_snapshot(target, folder, team, passphrase)
        result.append(joined)
        if joined is None:  # no usable snapshot: every file, into the open database
            set_folder(store, folder, team=team, passphrase=passphrase)
            sync_now(store, progress=progress)
        progress(100, "done")

    dialog = QProgressDialog(
        QCoreApplication.translate("JoinTeam", "Joining the team…"), "", 0, 100, parent
    )
    dialog.setObjectName("joinProgress")
    dialog.setCancelButton(None)  # a join is not cut short: it runs to its end
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    error = run(ctx, dialog, job)
    dialog.close()
    dialog.deleteLater()
    if error is not None:
        if not isinstance(error, SyncError | InvalidRecord | OSError):
            raise error  # a bug: the crash hook shows it with the traceback
        QMessageBox.critical(
            parent, QCoreApplication.translate("JoinTeam", "Join a team"), failure_text(error)
        )
        return False
    joined = result[0] if result else None
    return joined if joined is not None else True


def put_in_place(joined: Path, target: Path, parent: QWidget | None = None) -> bool:
    """Move the joined copy into the closed database's place (only over an empty one)."""
    try:
        place(joined, target)  # checks, under the lock, that the database is still empty
    except (SyncError, OSError) as error:
        QMessageBox.critical(
            parent, QCoreApplication.translate("JoinTeam", "Join a team"), failure_text(error)
        )
        return False
    return True
