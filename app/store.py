"""The store: one path for every change.

Reads and writes go through here. `write()` opens one transaction, commits it whole or not
at all, and announces what changed to every subscriber (the views refresh only what they
show). Nothing else writes to the database.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Row
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from app.changes import Changes
from app.lock import DatabaseLock
from models.database import (
    DatabaseError,
    Opened,
    open_database,
    open_read_only,
    sqlite_path,
    to_url,
)
from models.rules import QT_TRANSLATE_NOOP


class ReadOnlyError(Exception):
    pass


class Conflict(Exception):
    """The data changed since a step was recorded, so undoing or redoing it would be wrong."""


Listener = Callable[[Changes], None]


class Store:
    def __init__(self, opened: Opened, lock: DatabaseLock | None, read_only: bool = False) -> None:
        self.opened = opened
        self.engine: Engine = opened.engine
        self.lock = lock
        self.read_only = read_only
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._listeners: list[Listener] = []

    @property
    def path(self) -> Path | None:
        return self.opened.path

    @classmethod
    def open(
        cls, target: str | Path, backup_dir: Path | None = None, read_only: bool = False
    ) -> Store:
        """Open (and migrate) a database, taking its lock unless read-only."""
        lock = None
        path = sqlite_path(to_url(target))
        if path is not None and not read_only:
            lock = DatabaseLock.for_database(path)
            lock.acquire()
        try:
            opened = open_read_only(target) if read_only else open_database(target, backup_dir)
        except Exception:
            if lock:
                lock.release()
            raise
        return cls(opened, lock, read_only)

    def close(self) -> None:
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
                yield session
        except OperationalError as exc:
            raise _friendly(exc) from exc
        self.announce(changes or Changes())


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
