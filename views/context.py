"""The one application context handed to every panel: store, settings, team, undo stack."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, QThread, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.changes import Changes
from app.errors import InvalidRecord
from app.operations import Step
from app.paths import Paths
from app.store import Conflict, ReadOnlyError, Store
from models.database import DatabaseError
from models.rules import QT_TRANSLATE_NOOP  # typed str -> str, unlike Qt's
from views.background import Background
from views.i18n import chosen_language
from views.labels import error_text, phrase_text

T = TypeVar("T")


class AppContext(QObject):
    """Bridges the store's change announcements to Qt signals and owns the undo stack."""

    changed = Signal(object)  # app.changes.Changes: one change set per transaction
    teamChanged = Signal(int)
    stepFailed = Signal(str)  # an undo or redo could not be done; a sentence to show
    # A change announced on another thread (a sync or import worker) crosses to the GUI
    # thread through this queued connection, so every listener runs on the GUI thread.
    _announcedElsewhere = Signal(object)

    def __init__(
        self, store: Store, paths: Paths, settings: QSettings, language: str | None = None
    ) -> None:
        super().__init__()
        self.store = store
        self.paths = paths
        self.settings = settings
        # "fi" or "en": picks the language of content from resources/ (Qt strings follow the
        # installed translators, chosen by the same decision at start).
        self.language = chosen_language(language, settings)
        self.undo_stack = QUndoStack(self)
        self.background = Background(store, self)
        self._team_id: int | None = None
        # This laptop's member in each team company ("who am I", kept by views/whoami.py):
        # the author of every change that records one.
        self.me_by_team: dict[int, int] = {}
        self._announcedElsewhere.connect(self.changed.emit, Qt.ConnectionType.QueuedConnection)
        store.subscribe(self._on_change)

    def _on_change(self, changes: Changes) -> None:
        """The store's announcement, re-emitted as `changed` on the GUI thread, always."""
        if QThread.currentThread() is self.thread():
            self.changed.emit(changes)
        else:
            self._announcedElsewhere.emit(changes)

    @property
    def team_id(self) -> int:
        if self._team_id is None:
            raise RuntimeError("no team company chosen")
        return self._team_id

    @property
    def me(self) -> int | None:
        """Who uses Raketti on this laptop, in the current team company (a member id)."""
        return self.me_by_team.get(self._team_id) if self._team_id is not None else None

    @property
    def has_team(self) -> bool:
        return self._team_id is not None

    def set_team(self, team_id: int) -> None:
        if team_id != self._team_id:
            self._team_id = team_id
            self.settings.setValue("team/current", team_id)
            self.undo_stack.clear()  # undo steps belong to the team they were made in
            self.teamChanged.emit(team_id)

    def query(
        self,
        key: str,
        fn: Callable[[Store], T],
        on_done: Callable[[T], None],
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        """Run the read `fn(store)` off the GUI thread; `on_done(result)` back on it.

        A newer query under the same `key` makes this one's result stale: it is dropped."""
        self.background.query(key, fn, on_done, on_error)

    def close(self) -> None:
        self.background.close()
        self.store.unsubscribe(self._on_change)
        self.store.close()

    def run(self, step: Step[T], initiator: object | None = None) -> T:
        """Do a user action's step now and, when it succeeds, push it on the undo stack.

        `initiator` (the editor that saved) is carried by the change set its writes
        announce, so that view can skip reloading what it just saved. Errors (e.g.
        InvalidRecord) propagate and leave the stack untouched."""
        with self.store.initiated_by(initiator):
            result = step.first()
        text = phrase_text(step.text)
        self.undo_stack.push(_Step(text, result, step.undo, step.redo, self.stepFailed.emit))
        return result


class _Step(QUndoCommand):
    def __init__(
        self,
        text: str,
        state: Any,
        undo: Callable[[Any], Any],
        again: Callable[[Any], Any],
        report: Callable[[str], None],
    ) -> None:
        super().__init__(text)
        self._state = state
        self._undo = undo
        self._again = again
        self._report = report
        self._first = True

    def redo(self) -> None:
        if self._first:  # the work was already done when the step was pushed
            self._first = False
            return
        self._run(self._again, QT_TRANSLATE_NOOP("AppContext", "Could not redo “{step}”: {reason}"))

    def undo(self) -> None:
        self._run(self._undo, QT_TRANSLATE_NOOP("AppContext", "Could not undo “{step}”: {reason}"))

    def _run(self, action: Callable[[Any], Any], template: str) -> None:
        """Do the step; if the data no longer allows it, drop the step and say why."""
        try:
            self._state = action(self._state)
        except (InvalidRecord, LookupError, Conflict, DatabaseError, ReadOnlyError) as error:
            self.setObsolete(True)  # QUndoStack removes a step that cannot be done
            reason = failure_reason(error)
            sentence = QCoreApplication.translate("AppContext", template)
            self._report(sentence.format(step=self.text(), reason=reason))


def failure_reason(error: Exception) -> str:
    if isinstance(error, InvalidRecord):
        return " ".join(error_text(e) for e in error.errors)
    if isinstance(error, DatabaseError):
        return QCoreApplication.translate("database", error.message).format(**error.args_)
    if isinstance(error, Conflict):
        return QCoreApplication.translate("AppContext", "the data has changed since.")
    if isinstance(error, ReadOnlyError):
        return QCoreApplication.translate("AppContext", "the database is open read-only.")
    return QCoreApplication.translate("AppContext", "the record no longer exists.")
