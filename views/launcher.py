"""Opening a database into the main window: at start-up, and when File → Open database…,
a Recent file or Restore from backup… replaces the database that is open.

Every opening goes through the same checks (views/startup.py `open_store`: lock, damaged
or foreign files, a backup to offer, read-only files), the first-start questions and the
"who am I" question. A switch is clean: the window's close path saves the layout and asks
about unsaved input (and may be cancelled), then the context closes, releasing the file's
lock, and only then is the next file opened. When it cannot be opened, the file that was
open before comes back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from app import teams
from app.paths import Paths
from views import whoami
from views.context import AppContext

if TYPE_CHECKING:
    from views.early_start import EarlyStart
    from views.main_window import MainWindow

log = logging.getLogger(__name__)

RECENT_KEY = "file/recent"
RECENT_COUNT = 5


def recent_files(settings: QSettings) -> list[Path]:
    """The databases opened last on this laptop, newest first (missing ones included)."""
    value = settings.value(RECENT_KEY, [], type=list)
    return [Path(str(v)) for v in value if str(v)] if isinstance(value, list) else []


def remember_recent(settings: QSettings, path: Path) -> None:
    kept = [p for p in recent_files(settings) if p != path]
    settings.setValue(RECENT_KEY, [str(p) for p in [path, *kept][:RECENT_COUNT]])
    settings.sync()


def forget_missing(settings: QSettings) -> list[Path]:
    """Drop the files that no longer exist from Recent; return them."""
    files = recent_files(settings)
    missing = [p for p in files if not p.exists()]
    settings.setValue(RECENT_KEY, [str(p) for p in files if p.exists()])
    settings.sync()
    return missing


class Launcher:
    """Holds the one main window and opens databases into it.

    A plain object, not a QObject: the window's File menu keeps a reference to it, and the
    replacing window's File menu takes it over."""

    def __init__(self, paths: Paths, settings: QSettings, language: str | None) -> None:
        self.paths = paths
        self.settings = settings
        self.language = language
        self.window: MainWindow | None = None

    def open(self, target: str, early: EarlyStart | None = None) -> int | None:
        """Open `target` and show its window: None when shown, else the exit code (1: it
        could not be opened, 0: the user declined the first-start questions).

        `early`: the window start-up already shows with the first page of customers; the
        database is attached to it, or, should the file turn out other than start-up read
        it (no team company after all, another team chosen), it is closed first."""
        from views.startup import first_start, open_store

        store = open_store(target, self.paths)
        if store is None:
            _drop(early)
            return 1
        known = teams.list_teams(store)
        if store.read_only and not known:
            _drop(early)
            QMessageBox.critical(
                None,
                QCoreApplication.translate("startup", "Cannot open the database"),
                QCoreApplication.translate(
                    "startup", "{path} is read-only and holds no team company yet."
                ).format(path=store.path),
            )
            store.close()
            return 1
        ctx = AppContext(store, self.paths, self.settings, self.language)
        if not known:
            _drop(early)
            early = None
            if not first_start(ctx):
                ctx.close()
                return 0
            whoami.adopt_new_teams(ctx, set())  # the member made with the new team company
        ids = [t["id"] for t in teams.list_teams(store)]
        remembered = self.settings.value("team/current")
        chosen = int(str(remembered)) if remembered is not None else None
        ctx.set_team(chosen if chosen is not None and chosen in ids else ids[0])
        if early is not None and early.team_id != ctx.team_id:
            _drop(early)
            early = None
        if store.path is not None:
            remember_recent(self.settings, store.path)
        self.show(ctx, early)
        return None

    def show(self, ctx: AppContext, early: EarlyStart | None = None) -> MainWindow:
        from views.file_menu import FileMenu
        from views.main_window import MainWindow

        if early is not None:
            window = early.window
            window.attach(ctx)
        else:
            window = MainWindow(ctx)
        self.window = window
        menu = window.findChild(FileMenu)
        if menu is not None:
            menu.launcher = self
        window.show()
        whoami.ask_if_unknown(window, ctx)
        return window

    def replace(
        self, window: MainWindow, target: str, meanwhile: Callable[[], object] | None = None
    ) -> bool:
        """Close `window` and its database, run `meanwhile` (a restore, while nothing holds
        the file), and open `target` in a new window. False when the user cancelled in the
        close path or `target` could not be opened (the previous file is then back)."""
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        previous = str(window.ctx.store.path or window.ctx.store.opened.url)
        keep_quitting = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)  # the next window follows this one
        try:
            if not window.close():
                return False
            window.ctx.close()
            self.window = None
            log.info("switching from %s to %s", previous, target)
            if meanwhile is not None:
                meanwhile()
            opened = self.open(target) is None
            if not opened and (target == previous or self.open(previous) is not None):
                app.quit()  # nothing could be opened: no window to go on with
            window.deleteLater()
            return opened
        finally:
            app.setQuitOnLastWindowClosed(keep_quitting)


def _drop(early: EarlyStart | None) -> None:
    """Close start-up's first page (the database opened other than it was read)."""
    if early is not None:
        early.window.close()
        early.window.deleteLater()
