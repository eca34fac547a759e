"""Opening a database into the main window: at start-up, and when File → Open database…,
a Recent file or Restore from backup… replaces the database that is open.

Every opening goes through the same checks (views/opening.py `open_store`: lock, damaged
or foreign files, a backup to offer, read-only files), the first-start questions
(views/first_start.py) and the "who am I" question. The window it opens gets the launcher
(`MainWindow(ctx, opener=…)`), and its File menu reaches it through that: start-up runs
one way, startup → launcher → main window → menus, never back.

A switch is clean: the window's close path saves the layout and asks about unsaved input
(and may be cancelled), then the context closes, releasing the file's lock, and only then
is the next file opened. When it cannot be opened, the file that was open before comes
back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from app import teams
from app.paths import Paths
from views import whoami
from views.context import AppContext
from views.file_check import check_after_paint
from views.first_start import first_start
from views.main_window import MainWindow
from views.opening import open_store
from views.recent_files import remember_recent

log = logging.getLogger(__name__)


class FirstPage(Protocol):
    """The window start-up shows with the first page of customers (views/early_start.py),
    which opens the database behind it through the launcher."""

    @property
    def window(self) -> MainWindow: ...

    @property
    def team_id(self) -> int: ...


class Launcher:
    """Holds the one main window and opens databases into it.

    A plain object, not a QObject: every window it opens keeps a reference to it (its File
    menu's `launcher`), passed in when the window is made or attached."""

    def __init__(self, paths: Paths, settings: QSettings, language: str | None) -> None:
        self.paths = paths
        self.settings = settings
        self.language = language
        self.window: MainWindow | None = None

    def open(self, target: str, early: FirstPage | None = None) -> int | None:
        """Open `target` and show its window: None when shown, else the exit code (1: it
        could not be opened, 0: the user declined the first-start questions).

        `early`: the window start-up already shows with the first page of customers; the
        database is attached to it, or, should the file turn out other than start-up read
        it (no team company after all, another team chosen), it is closed first."""
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
            started = first_start(ctx)
            if not started:
                ctx.close()
                return 0
            if isinstance(started, Path):  # a snapshot joined: in place once this is closed
                from views.sync.join_dialog import put_in_place  # not on every start-up

                ctx.close()
                assert store.path is not None
                if not put_in_place(started, store.path):
                    return 1
                return self.open(target)
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

    def show(self, ctx: AppContext, early: FirstPage | None = None) -> MainWindow:
        if early is not None:
            window = early.window
            window.attach(ctx, opener=self)
        else:
            window = MainWindow(ctx, opener=self)
        self.window = window
        window.show()
        check_after_paint(window, ctx)
        whoami.ask_if_unknown(window, ctx)
        return window

    def replace(
        self, window: QMainWindow, target: str, meanwhile: Callable[[], object] | None = None
    ) -> bool:
        """Close `window` and its database, run `meanwhile` (a restore, while nothing holds
        the file), and open `target` in a new window. False when the user cancelled in the
        close path or `target` could not be opened (the previous file is then back)."""
        assert isinstance(window, MainWindow), "a window this launcher opened"
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


def _drop(early: FirstPage | None) -> None:
    """Close start-up's first page (the database opened other than it was read)."""
    if early is not None:
        early.window.close()
        early.window.deleteLater()
