"""When team sync runs: after the first paint, every few minutes while a folder is set,
and on demand. The sync itself runs on a worker thread (`ctx.background.task`); its writes
go through `Store.write`, whose change notices reach the views on the GUI thread.

One runner per window (`SyncRunner.of(window)`); the status-bar button, the settings
dialog and the coach's followed teams all go through it.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow

from app import teams
from app.errors import InvalidRecord
from app.sync.api import SyncError, SyncReport, set_folder, sync_now
from app.sync.marks import read_status
from views.background import Progress
from views.context import AppContext
from views.first_paint import AfterFirstPaint
from views.sync.coach_feeds import CoachFeeds, followed_folders
from views.sync.texts import failure_text, message_text

log = logging.getLogger(__name__)
INTERVAL_MS = 5 * 60 * 1000  # every five minutes while a folder is set


class SyncRunner(QObject):
    """Runs one sync at a time and remembers how the last one went."""

    started = Signal()
    finished = Signal(object)  # SyncReport
    failed = Signal(str)  # one translated sentence
    stateChanged = Signal()  # anything the status button shows may have changed

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.running = False
        self.again = False  # asked for while running: one more when this one ends
        self.last_report: SyncReport | None = None
        self.last_error: str | None = None
        self.last_sync: datetime | None = None
        self.folder: Path | None = None
        self.conflicts = 0
        self.runs = 0  # finished syncs, successful or not (tests wait on it)
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(lambda: self.tick())
        self.read_state()

    @staticmethod
    def of(window: QMainWindow) -> SyncRunner:
        runner = window.findChild(SyncRunner)
        assert runner is not None, "views.sync.status.install(window) makes the runner"
        return runner

    def read_state(self) -> None:
        """What is set up here, the last sync and the open conflicts (small reads)."""
        now, self.conflicts = read_status(self.ctx.store)
        self.folder = now.folder if now.enabled else None
        self.last_sync = now.last_sync
        wanted = self.folder is not None or bool(followed_folders(self.ctx))
        if wanted and not self.timer.isActive():
            self.timer.start()
        elif not wanted:
            self.timer.stop()
        self.stateChanged.emit()

    def start_after_paint(self, window: QMainWindow) -> None:
        """The first sync waits for the window's first paint: start-up never waits for it."""
        self._after_paint = AfterFirstPaint([window], lambda: self.tick(), turns=2)

    def tick(self) -> None:
        """The timer's and start-up's sync: this team's folder, then the teams followed."""
        self.sync()
        CoachFeeds.of(self.ctx).run()

    @property
    def enabled(self) -> bool:
        return self.folder is not None

    def sync(self) -> bool:
        """Sync now (off the GUI thread); False when no folder is set (nothing to do)."""
        if self.folder is None:
            return False
        store = self.ctx.store
        return self._run(lambda progress: sync_now(store, progress=progress))

    def team(self) -> str | None:
        """The UUID of the team company this window syncs (None: the database says)."""
        return teams.team_uuid(self.ctx.store, self.ctx.team_id) if self.ctx.has_team else None

    def use_folder(self, folder: Path, passphrase: str | None = None) -> bool:
        """Sync with `folder` from now on (the first time this switches team sync on, which
        records everything already here: off the GUI thread too), then sync. `passphrase`
        makes or opens the team key (views/sync/passphrase_dialog.py asks for it)."""
        store = self.ctx.store
        team = self.team()

        def job(progress: Progress) -> SyncReport:
            progress(0, "setup")
            set_folder(store, folder, team=team, passphrase=passphrase, progress=progress)
            return sync_now(store, progress=progress)

        return self._run(job)

    def _run(self, job: object) -> bool:
        if self.running:
            self.again = True
            return True
        if self.ctx.store.read_only:
            self._failed(PermissionError(self.tr("The database is open read-only.")))
            return False
        self.running = True
        self.started.emit()
        self.stateChanged.emit()
        self.ctx.background.task(job, self._done, self._failed)  # type: ignore[arg-type]
        return True

    def _done(self, report: SyncReport) -> None:
        self.last_report = report
        self.last_error = None
        self._end()
        for message in report.messages:
            log.info("sync: %s", message.english())
        self.finished.emit(report)

    def _failed(self, error: Exception) -> None:
        if isinstance(error, SyncError | InvalidRecord | OSError):
            log.info("sync failed: %s", error)
        else:  # an error in Raketti: the user reads one sentence, the log has the traceback
            log.error("sync failed", exc_info=error)
        self.last_error = failure_text(error)
        self._end()
        self.failed.emit(self.last_error)

    def _end(self) -> None:
        self.running = False
        self.runs += 1
        self.read_state()
        if self.again:
            self.again = False
            self.sync()

    def messages(self) -> list[str]:
        """What the last sync had to say (skipped files, a newer Raketti, a full disk)."""
        if self.last_report is None:
            return []
        return [message_text(m) for m in self.last_report.messages]

    def last_sync_local(self) -> datetime | None:
        if self.last_sync is None:
            return None
        return self.last_sync.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
