"""Backup copies from the user's side: take one anywhere, put one back in place.

The window offers `restore_backup` when a database cannot be opened and a copy from before
the last migration exists; the command line's `backup` uses `take_backup`.
"""

from __future__ import annotations

import logging
import os
from datetime import datetime
from pathlib import Path

from app.lock import DatabaseLock
from models.backup import STAMP, backup_to, latest_backup, taken_at
from models.database_errors import DatabaseError
from models.rules import QT_TRANSLATE_NOOP
from models.sqlite_file import inspect_file, side_file

__all__ = ["latest_backup", "restore_backup", "take_backup", "taken_at"]

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


def restore_backup(database: Path, backup: Path) -> Path | None:
    """Put the copy `backup` in place of `database`.

    The copy is checked whole first and written beside the database under a temporary
    name; only then is the file it replaces (with its -wal and -shm files) renamed aside,
    to `<name>-unopenable-<time>.sqlite`, and the copy moved into place. Nothing is deleted.
    Returns where the replaced file went (None when there was none). Refused while the
    database is open anywhere (the one-writer lock)."""
    inspect_file(backup, thorough=True)  # a damaged copy is not restored
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
    aside = real.with_name(f"{real.stem}-unopenable-{stamp}{real.suffix}")
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
