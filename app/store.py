"""The store: one path for every change.

Reads and writes go through here. `write()` opens one transaction, commits it whole or not
at all, and announces what changed to every subscriber (the views refresh only what they
show). Nothing else writes to the database.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Row
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from app.changes import Changes
from app.lock import DatabaseLock
from app.sync import capture
from models.database import (
    DatabaseError,
    Opened,
    open_database,
    open_read_only,
    sqlite_path,
    to_url,
)
from models.rules import QT_TRANSLATE_NOOP
from models.sqlite_file import check_location


class ReadOnlyError(Exception):
    pass


class Conflict(Exception):
    """The data changed since a step was recorded, so undoing or redoing it would be wrong."""


Listener = Callable[[Changes], None]

# Who started the writes now running on this thread (set by `Store.initiated_by` around a
# user action); every change set announced meanwhile carries it. A worker thread does not
# inherit it, so a background write is never taken for an editor's own.
_initiator: ContextVar[object | None] = ContextVar("initiator", default=None)


class Store:
    def __init__(self, opened: Opened, lock: DatabaseLock | None, read_only: bool = False) -> None:
        self.opened = opened
        self.engine: Engine = opened.engine
        self.lock = lock
        self.read_only = read_only
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._listeners: list[Listener] = []
        # Team sync: the UUID of the member working on this laptop, recorded as the author
        # of every captured change (views set it from ctx.me; None: not known).
        self.author: str | None = None

    @property
    def path(self) -> Path | None:
        return self.opened.path

    @property
    def read_only_file(self) -> bool:
        """Opened read-only because the file (or its folder) cannot be written."""
        return self.opened.read_only_file

    @classmethod
    def open(
        cls, target: str | Path, backup_dir: Path | None = None, read_only: bool = False
    ) -> Store:
        """Open (and migrate) a database, taking its lock unless read-only.

        The path is checked before anything else (a folder, a folder that cannot be
        created, a read-only folder for a new file: one sentence each). A file that cannot
        be written is opened read-only, as the coach's view opens other teams' files, and
        `read_only_file` says so. After an unclean shutdown the file is checked whole."""
        url = to_url(target)
        path = sqlite_path(url)
        if path is None:
            opened = open_read_only(url) if read_only else open_database(url, backup_dir)
            return cls(opened, None, read_only)
        location = check_location(path, create=not read_only)
        if read_only or not location.writable:
            return cls(open_read_only(url, file_read_only=not read_only), None, True)
        lock = DatabaseLock.for_database(path)
        try:
            lock.acquire()
        except OSError as exc:
            raise DatabaseError(
                QT_TRANSLATE_NOOP("database", "Cannot lock {path}: {error}"),
                path=path,
                error=exc.strerror or str(exc),
            ) from exc
        try:
            opened = open_database(url, backup_dir, check_integrity=lock.unclean)
        except BaseException:
            lock.release()
            raise
        return cls(opened, lock)

    def close(self) -> None:
        """Close the connections (SQLite folds the -wal file in), then let the lock go:
        its emptied note is what tells the next run that this one ended cleanly."""
        self.engine.dispose()
        if self.lock:
            self.lock.release()

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def announce(self, changes: Changes) -> None:
        """Tell every listener what one transaction changed (nothing when it changed nothing)."""
        if not changes:
            return
        for listener in list(self._listeners):
            listener(changes)

    @contextmanager
    def initiated_by(self, initiator: object | None) -> Iterator[None]:
        """Writes inside the block announce `initiator` as the one who started them."""
        token = _initiator.set(initiator)
        try:
            yield
        finally:
            _initiator.reset(token)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._sessions() as session:
            yield session

    def rows(self, statement: Any) -> list[Row[Any]]:
        """Run a Core SELECT without the ORM (the hot path of lists and tables)."""
        with self.engine.connect() as conn:
            return list(conn.execute(statement).all())

    @contextmanager
    def write(self, changes: Changes | None = None) -> Iterator[Session]:
        """One transaction; subscribers hear of `changes`, once, only after the commit."""
        if self.read_only:
            raise ReadOnlyError("This database is open read-only.")
        try:
            with self._sessions() as session, session.begin():
                # Team sync records the transaction's changes (app/sync/capture.py); the
                # operations commit with the write, or roll back with it.
                capturing = capture.begin(session, self.author)
                yield session
                if capturing is not None:
                    session.flush()
                    capture.finish(session, capturing)
        except OperationalError as exc:
            raise _friendly(exc) from exc
        announced = changes or Changes()
        initiator = _initiator.get()
        if initiator is not None and announced.initiator is None:
            announced = announced.started_by(initiator)
        self.announce(announced)


def _friendly(exc: OperationalError) -> Exception:
    text = str(exc.orig) if exc.orig else str(exc)
    if "locked" in text or "busy" in text:
        return DatabaseError(
            QT_TRANSLATE_NOOP(
                "database", "The database is busy in another program. Try again in a moment."
            )
        )
    if "readonly" in text or "read-only" in text:
        return DatabaseError(
            QT_TRANSLATE_NOOP("database", "The database file cannot be written: {error}"),
            error=text,
        )
    if "disk" in text and "full" in text:
        return DatabaseError(
            QT_TRANSLATE_NOOP("database", "The disk is full. Free some space and try again.")
        )
    return exc
