"""Start-up's first page: the window with the first rows of customers, painted before
SQLAlchemy and the ORM are imported.

Importing SQLAlchemy with its ORM (~150 ms) was as long as a bare Qt table window's whole
start. When the database is one start-up would open without a word (an existing file of
this version that can be written, closed cleanly, no other Raketti using it, with a team
company, the Customers panel remembered in its name order), the window frame is shown with
that team's first page of customers read with `sqlite3` (app/customers/first_page.py),
read-only. Once it is painted, start-up opens the database as it always does (lock, checks,
migrations, every dialog; views/launcher.py) and attaches it to this same window: the
Customers panel takes over the frame (views/customers/frame.py), its table widget, scroll
position, selection and anything typed. Anything else, or anything unexpected while
looking, and start-up goes the usual way: nothing here writes or explains.

This module, and everything it imports, imports no SQLAlchemy (tests/core/test_early_start.py).
"""

from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from app.areas import areas
from app.customers.first_page import list_teams, read_first_page, reading
from app.lock import DatabaseLock
from app.paths import Paths
from models.revisions import known_heads
from models.sqlite_file import VERSION_TABLE, hot_journal
from views.customers.frame import CustomerFrame
from views.customers.rows_model import CustomerRowsModel
from views.first_paint import AfterFirstPaint
from views.main_window import MainWindow, WindowStart

if TYPE_CHECKING:
    from views.launcher import Launcher

log = logging.getLogger(__name__)
CUSTOMERS = "customers"


@dataclass
class EarlyStart:
    path: Path
    team_id: int
    window: MainWindow
    frame: CustomerFrame


@dataclass(frozen=True)
class Look:
    """What start-up read of the file: the team companies, the chosen one, its rows."""

    teams: list[tuple[int, str]]
    team_id: int
    rows: list[object]


def prepare(target: str, settings: QSettings) -> EarlyStart | None:
    """The window with the first page of customers, not yet shown; None when start-up
    should open the database first (see the module's description)."""
    if "://" in target:
        return None
    path = Path(target).expanduser().resolve()
    try:
        look = _look(path, settings)
    except (OSError, ValueError, sqlite3.Error) as error:  # the usual start explains it
        log.info("first page not read early: %s", error)
        return None
    if look is None:
        return None
    frame = CustomerFrame(CustomerRowsModel(look.rows))
    frame.restore_layout(settings)
    header = frame.table.horizontalHeader()
    if (header.sortIndicatorSection(), header.sortIndicatorOrder()) != (
        0,
        Qt.SortOrder.AscendingOrder,
    ):  # the rows are in name order only
        frame.deleteLater()
        return None
    start = WindowStart(settings, str(path), look.teams, look.team_id, {CUSTOMERS: frame})
    return EarlyStart(path, look.team_id, MainWindow(start=start), frame)


def _look(path: Path, settings: QSettings) -> Look | None:
    if not path.is_file() or path.stat().st_size == 0 or hot_journal(path) is not None:
        return None
    if not _writable(path) or DatabaseLock.for_database(path).holder():
        return None  # read-only, in use elsewhere, or not closed cleanly: the usual way
    panels = [area.key for area in areas() if area.panel]
    remembered = settings.value("window/panel", 0)
    if str(remembered) != str(panels.index(CUSTOMERS)):
        return None
    conn = reading(path)
    try:
        stamp = {row[0] for row in conn.execute(f"SELECT version_num FROM {VERSION_TABLE}")}
        if stamp != known_heads():
            return None  # to be migrated (or newer): the usual way
        found = list_teams(conn)
        if not found:
            return None  # first start: demo data or a new team company
        ids = [team[0] for team in found]
        chosen = settings.value("team/current")
        team_id = int(str(chosen)) if chosen is not None and int(str(chosen)) in ids else ids[0]
        rows: list[object] = list(read_first_page(conn, team_id))
    finally:
        conn.close()
    return Look([(team[0], team[2]) for team in found], team_id, rows)


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def open_behind_first_page(
    app: QApplication,
    early: EarlyStart,
    target: str,
    paths: Paths,
    settings: QSettings,
    language: str | None,
) -> tuple[Launcher | None, int]:
    """Show the window with the first page of customers (read with sqlite3), and once it is
    painted open the database as every start does (lock, checks, dialogs) and attach it to
    that window. Returns the launcher and the event loop's exit code."""
    made: list[Launcher] = []
    keep_quitting = app.quitOnLastWindowClosed()
    # Should the database not open after all, the first page closes before the dialogs end.
    app.setQuitOnLastWindowClosed(False)

    def go_on() -> None:
        from views.launcher import Launcher

        try:
            made.append(Launcher(paths, settings, language))
            failed = made[0].open(target, early)
        except BaseException:
            app.exit(1)  # a bug: the crash hook shows it; no window is left to go on with
            raise
        finally:
            app.setQuitOnLastWindowClosed(keep_quitting)
        if failed is not None:
            app.exit(failed)

    waiting = AfterFirstPaint([early.frame.table.viewport()], go_on)
    early.window.show()
    code = app.exec()
    waiting.deleteLater()
    return (made[0] if made else None), code
