"""The teams a coach follows read-only: their shared folders, listed in this laptop's
settings. Each team found in such a folder is kept in a database of its own on this laptop
(`<data>/followed/<team uuid>.sqlite`, app/sync/subscribe.py), brought up to date at every
sync, never writing to the team's folder; the coach's view (views/rocket/coach.py) shows
those teams beside its own database's, live, with no file copied by hand."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.lock import LockedError
from app.store import Store
from app.sync.api import SyncError
from app.sync.keys import newest_generation
from app.sync.subscribe import mirrors, receive, teams_in
from models.database import DatabaseError
from views.background import Progress
from views.context import AppContext
from views.sync.passphrase_dialog import PassphraseDialog, opens_key_file
from views.sync.texts import failure_text

log = logging.getLogger(__name__)
KEY = "sync/followed"


def followed_folders(ctx: AppContext) -> list[Path]:
    value = ctx.settings.value(KEY) or []
    return [Path(str(v)) for v in (value if isinstance(value, list) else [value]) if v]


def _remember(ctx: AppContext, folders: list[Path]) -> None:
    ctx.settings.setValue(KEY, [str(f) for f in folders])
    ctx.settings.sync()


@dataclass
class Outcome:
    folder: Path
    opened: dict[str, Store]  # team uuid -> its mirror, opened on the worker
    teams: list[str]
    received: int
    error: str | None


class CoachFeeds(QObject):
    """Keeps the followed teams' mirrors open (for the coach's view) and up to date."""

    updated = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.stores: dict[str, Store] = {}
        self.folders: dict[str, Path] = {}  # team uuid -> the folder it is read from
        self.outcomes: dict[Path, Outcome] = {}
        # The passphrases the coach entered for teams not opened yet (team uuid -> text):
        # kept in memory until the mirror holds the team's keys.
        self.passphrases: dict[str, str] = {}
        self.running = False
        self.runs = 0

    @staticmethod
    def of(ctx: AppContext) -> CoachFeeds:
        found = ctx.findChild(CoachFeeds)
        return found if found is not None else CoachFeeds(ctx)

    def sources(self) -> list[tuple[str, Store]]:
        """Each followed team's mirror with its label (the coach's view makes them its
        sources: the rocket area builds on this one, which needs nothing of it)."""
        label = QCoreApplication.translate("CoachFeeds", "followed: {folder}")
        return [
            (label.format(folder=self.folders[team].name), store)
            for team, store in sorted(self.stores.items(), key=lambda kv: str(self.folders[kv[0]]))
        ]

    def run(self) -> bool:
        """Bring every followed team up to date, off the GUI thread."""
        folders = followed_folders(self.ctx)
        if self.running or not folders:
            return False
        self.running = True
        known = dict(self.stores)
        target = self.ctx.paths.data / "followed"
        backups = self.ctx.paths.backups
        given = dict(self.passphrases)
        self.ctx.background.task(
            lambda progress: [_feed(f, target, backups, known, progress, given) for f in folders],
            self._done,
            self._failed,
        )
        return True

    def _done(self, outcomes: list[Outcome]) -> None:
        self.running = False
        self.runs += 1
        self.outcomes = {o.folder: o for o in outcomes}
        for outcome in outcomes:
            self.stores.update(outcome.opened)
            for team in outcome.teams:
                self.folders[team] = outcome.folder
        self.updated.emit()

    def forget(self, folder: Path) -> None:
        """Stop following `folder`: its teams leave the coach's view (their copies stay on
        this laptop, so following again is quick)."""
        for team in [t for t, f in self.folders.items() if f == folder]:
            del self.folders[team]
            store = self.stores.pop(team, None)
            if store is not None:
                store.close()
        self.outcomes.pop(folder, None)
        self.updated.emit()

    def _failed(self, error: Exception) -> None:
        self.running = False
        self.runs += 1
        log.warning("following teams failed: %s", error)
        self.updated.emit()

    def close(self) -> None:
        for store in self.stores.values():
            store.close()
        self.stores.clear()


def _feed(
    folder: Path,
    target: Path,
    backups: Path,
    known: dict[str, Store],
    progress: Progress,
    passphrases: dict[str, str] | None = None,
) -> Outcome:
    outcome = Outcome(folder, {}, [], 0, None)
    try:
        for mirror in mirrors(folder, target):
            progress(0, "follow")
            store = known.get(mirror.team)
            if store is None:
                target.mkdir(parents=True, exist_ok=True)
                store = outcome.opened[mirror.team] = Store.open(mirror.path, backups)
            given = (passphrases or {}).get(mirror.team)
            outcome.received += receive(store, mirror.folder, mirror.team, passphrase=given).applied
            outcome.teams.append(mirror.team)
    except (DatabaseError, LockedError, SyncError, OSError) as error:  # shown per folder
        outcome.error = _error_text(error)
    return outcome


def _error_text(error: Exception) -> str:
    if isinstance(error, DatabaseError):
        return QCoreApplication.translate("database", error.message).format(**error.args_)
    if isinstance(error, LockedError):
        return QCoreApplication.translate("lock", error.message).format(**error.args_)
    return failure_text(error)


class FollowedTeams(QWidget):
    """The settings tab: the shared folders of the teams this laptop's coach follows."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.feeds = CoachFeeds.of(self.ctx)
        intro = QLabel(
            self.tr(
                "A coach can follow the teams they coach: choose each team's shared folder. "
                "Raketti only reads those folders and writes nothing there; the coach's "
                "view in the Rocket panel then shows the teams' live data."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("followedFolders")
        add = QPushButton(self.tr("Follow a team's folder…"))
        add.setObjectName("followFolder")
        add.clicked.connect(self.choose)
        remove = QPushButton(self.tr("Stop following"))
        remove.setObjectName("unfollowFolder")
        remove.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.feeds.updated.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        for folder in followed_folders(self.ctx):
            outcome = self.feeds.outcomes.get(folder)
            if outcome is None:
                state = self.tr("not read yet")
            elif outcome.error:
                state = outcome.error
            else:
                state = self.tr("%n team(s)", "", len(outcome.teams))
            item = QListWidgetItem(f"{folder} — {state}")
            item.setData(Qt.ItemDataRole.UserRole, str(folder))
            self.list.addItem(item)
        if not self.list.count():
            self.list.addItem(self.tr("No team followed yet."))

    def follow(self, folder: Path) -> None:
        folders = followed_folders(self.ctx)
        if folder not in folders:
            _remember(self.ctx, [*folders, folder])
        self.reload()
        self.feeds.run()

    def choose(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("A team's shared folder"), str(Path.home())
        )
        if chosen and self.ask_passphrases(Path(chosen)):
            self.follow(Path(chosen))

    def ask_passphrases(self, folder: Path) -> bool:
        """The passphrase of each encrypted team in `folder` (read access); False when the
        coach cancelled."""
        for team in teams_in(folder):
            if team in self.feeds.stores or not newest_generation(folder, team):
                continue

            answer = PassphraseDialog.ask(self, "follow", opens_key_file(folder, team))
            if answer is None:
                return False
            self.feeds.passphrases[team] = answer
        return True

    def remove_selected(self) -> None:
        item = self.list.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if value:
            _remember(self.ctx, [f for f in followed_folders(self.ctx) if str(f) != value])
            self.feeds.forget(Path(value))
            self.reload()
