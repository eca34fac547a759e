"""Backup copies from the user's side: take one anywhere, list them, look inside, put one
back in place.

The window offers `restore_backup` when a database cannot be opened and a copy from before
the last migration exists, and File → Restore from backup… lists the copies (`list_backups`)
with what each holds (`preview`); the command line's `backup` uses `take_backup` and its
`restore` uses `restore_backup`.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from app.lock import DatabaseLock
from models.backup import STAMP, backup_to, latest_backup, taken_at
from models.database_errors import DatabaseError
from models.revisions import known_revisions
from models.rules import QT_TRANSLATE_NOOP
from models.sqlite_file import VERSION_TABLE, inspect_file, reading_uri, side_file

__all__ = [
    "Preview",
    "damage",
    "latest_backup",
    "list_backups",
    "preview",
    "restore_backup",
    "take_backup",
    "taken_at",
]

log = logging.getLogger(__name__)

SIDE_FILES = ("", "-wal", "-shm", "-journal")


def _cannot(template: str, error: OSError, **args: object) -> DatabaseError:
    return DatabaseError(template, False, error=error.strerror or str(error), **args)


def take_backup(database: Path, target: Path) -> tuple[Path, bool]:
    """Copy `database` to `target` (a file, or a folder to put a time-stamped file in),
    creating missing folders. Returns the copy's path and whether a folder was created.
    Never overwrites: an existing file is refused."""
    inspect_file(database)  # refuse foreign or damaged files before copying
    if target.is_dir():
        stamp = datetime.now().strftime(STAMP)
        target = target / f"{database.stem}-{stamp}.sqlite"
    if target.exists():
        raise DatabaseError(
            QT_TRANSLATE_NOOP("database", "{target} exists already; choose a new file name."),
            target=target,
        )
    created = not target.parent.exists()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _cannot(
            QT_TRANSLATE_NOOP("database", "Cannot create the folder {folder}: {error}"),
            exc,
            folder=target.parent,
        ) from exc
    backup_to(database, target)
    log.info("copied %s to %s", database, target)
    return target, created


def restore_backup(database: Path, backup: Path, aside_label: str = "unopenable") -> Path | None:
    """Put the copy `backup` in place of `database`.

    The copy is checked whole first and written beside the database under a temporary
    name; only then is the file it replaces (with its -wal and -shm files) renamed aside,
    to `<name>-<aside_label>-<time>.sqlite`, and the copy moved into place. Nothing is
    deleted. Returns where the replaced file went (None when there was none). Refused while
    the database is open anywhere (the one-writer lock), and for a copy that is damaged,
    not a Raketti database or made by a newer Raketti."""
    if backup.resolve() == database.resolve():
        raise DatabaseError(
            QT_TRANSLATE_NOOP("database", "{backup} is the database itself, not a copy of it."),
            backup=backup,
        )
    state = inspect_file(backup, thorough=True)  # a damaged copy is not restored
    _check_restorable(backup, state.revisions, state.empty)
    existed = database.exists() and database.stat().st_size > 0
    lock = DatabaseLock.for_database(database)
    try:
        lock.acquire()
    except OSError as exc:
        raise _cannot(
            QT_TRANSLATE_NOOP("database", "Cannot lock {path}: {error}"), exc, path=database
        ) from exc
    real = lock.database
    incoming = real.with_name(f".{real.name}.restoring")
    stamp = datetime.now().strftime(STAMP)
    aside = real.with_name(f"{real.stem}-{aside_label}-{stamp}{real.suffix}")
    try:
        backup_to(backup, incoming)
        for suffix in SIDE_FILES:
            source = side_file(real, suffix)
            if not existed and suffix == "":
                source.unlink(missing_ok=True)  # the empty file the lock made: nothing to keep
            elif source.exists():
                os.replace(source, side_file(aside, suffix))
        os.replace(incoming, real)
    except OSError as exc:
        raise _cannot(
            QT_TRANSLATE_NOOP("database", "Could not restore {path}: {error}"), exc, path=real
        ) from exc
    finally:
        incoming.unlink(missing_ok=True)
        lock.release()
    log.info("restored %s from %s; the replaced file is %s", real, backup, aside)
    return aside if existed else None


def damage(engine: Engine) -> str | None:
    """What SQLite's quick_check finds wrong in the whole open database (a page damaged in
    the middle is otherwise found only when a read happens to reach it); None when sound.
    A read on the app's own engine (WAL: safe while the window writes); about a second at
    100 000 customers, so run it off the GUI thread."""
    try:
        with engine.connect() as conn:
            row = conn.exec_driver_sql("PRAGMA quick_check").first()
    except SQLAlchemyError as error:
        return str(getattr(error, "orig", None) or error)
    found = str(row[0]) if row else "?"
    return None if found == "ok" else found


def _check_restorable(backup: Path, revisions: frozenset[str], empty: bool) -> None:
    if not revisions:
        template = (
            QT_TRANSLATE_NOOP("database", "{backup} is empty: there is nothing to restore.")
            if empty
            else QT_TRANSLATE_NOOP("database", "{backup} is not a Raketti database.")
        )
        raise DatabaseError(template, backup=backup)
    if revisions - known_revisions():
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "database",
                "{backup} was made by a newer version of Raketti. Update Raketti to restore it.",
            ),
            backup=backup,
        )


def list_backups(backup_dir: Path) -> list[Path]:
    """The copies in the backup folder (automatic ones and any put there), newest first."""
    try:
        found = [c for c in backup_dir.glob("*.sqlite") if c.is_file()]
    except OSError:
        return []
    return sorted(found, key=lambda c: (taken_at(c), c.name), reverse=True)


@dataclass(frozen=True)
class Preview:
    """What a copy holds, read without changing it."""

    path: Path
    taken: datetime
    teams: list[str]
    customers: int
    last_change: datetime | None
    revisions: frozenset[str]

    @property
    def newer(self) -> bool:
        """Made by a newer Raketti: it cannot be restored here."""
        return bool(self.revisions - known_revisions())

    @property
    def schema(self) -> str:
        return ", ".join(sorted(self.revisions))


def preview(path: Path) -> Preview:
    """Team companies, customer count, last change and schema version of a copy, read-only
    (immutable unless a -wal file holds commits). Raises DatabaseError for a file that is
    not a Raketti database or is damaged."""
    state = inspect_file(path)
    _check_restorable(path, state.revisions, state.empty)
    try:
        conn = sqlite3.connect(reading_uri(path), uri=True)
        try:
            teams = [r[0] for r in conn.execute("SELECT name FROM team_company ORDER BY name")]
            customers = int(conn.execute("SELECT count(*) FROM customer").fetchone()[0])
            last = _last_change(conn, state.tables)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("database", "Could not read {path}: {error}"),
            path=path,
            error=str(exc),
        ) from exc
    return Preview(path, taken_at(path), teams, customers, last, state.revisions)


def _last_change(conn: sqlite3.Connection, tables: frozenset[str]) -> datetime | None:
    """The newest `updated_at` in any table that has one (every Tracked table)."""
    latest: list[str] = []
    for table in sorted(tables - {VERSION_TABLE}):
        columns = {r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')}
        if "updated_at" in columns:
            row = conn.execute(f'SELECT max(updated_at) FROM "{table}"').fetchone()
            if row and row[0]:
                latest.append(str(row[0]))
    return datetime.fromisoformat(max(latest)) if latest else None
