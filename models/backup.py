"""Backup copies of a database: written to a temporary name, verified, then moved into place.

A copy is never seen under its final name until it is complete and SQLite's integrity
check has passed on it, so an interrupted backup (a crash, a kill, a full disk) leaves at
most a hidden `.partial` file behind, never a half-written file that looks like a backup.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sqlite3
import time
from datetime import datetime
from pathlib import Path

from models.database_errors import DatabaseError
from models.rules import QT_TRANSLATE_NOOP
from models.sqlite_file import reading_uri

log = logging.getLogger(__name__)

STAMP = "%Y%m%d-%H%M%S"
BEFORE_MIGRATION = "before-migration"


def _partial_name(target: Path) -> Path:
    return target.with_name(f".{target.name}.{os.getpid()}.partial")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True
    return True


# A partial copy not written to for this long is not being written: a running backup
# writes its copy page by page and checks it within minutes even for a large file.
STALE_PARTIAL_S = 6 * 3600
_PARTIAL = re.compile(r"^\..+\.(\d+)\.partial(-journal|-wal|-shm)?$")


def _remove_stale_partials(target: Path) -> None:
    """Partial copies in `target`'s folder left by backups that were killed: their process
    is gone, or they have not been written to for STALE_PARTIAL_S (the process id was
    reused). Dated backups each have a name of their own, so every partial in the folder
    is looked at, not only those of `target`'s name."""
    now = time.time()
    try:
        leftovers = list(target.parent.glob(".*.partial*"))
    except OSError:
        return
    for leftover in leftovers:
        match = _PARTIAL.match(leftover.name)
        if not match:
            continue
        try:
            stale = now - leftover.stat().st_mtime > STALE_PARTIAL_S
        except OSError:
            continue
        pid = int(match.group(1))
        if stale or (pid != os.getpid() and not _alive(pid)):
            log.info("removing %s, left by an interrupted backup", leftover)
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)


def _fsync(path: Path) -> None:
    """Flush a file (or a folder's entries) to the disk; folders cannot be on Windows."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _integrity(conn: sqlite3.Connection) -> str:
    """SQLite's integrity_check: "ok", or the first problem (a badly broken file raises)."""
    try:
        row = conn.execute("PRAGMA integrity_check").fetchone()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return str(row[0]) if row else "?"


def backup_to(path: Path, target: Path) -> None:
    """Copy a SQLite file consistently (the online backup API, even while it is in use),
    verify the copy, then move it to `target` in one step (replacing what is there)."""
    _remove_stale_partials(target)
    partial = _partial_name(target)
    partial.unlink(missing_ok=True)
    try:
        source = sqlite3.connect(reading_uri(path), uri=True)
        try:
            dest = sqlite3.connect(partial)
            try:
                source.backup(dest)
                check = _integrity(dest)
            finally:
                dest.close()
        finally:
            source.close()
        if check != "ok":
            raise DatabaseError(
                QT_TRANSLATE_NOOP(
                    "database", "The copy of {path} failed its integrity check: {error}"
                ),
                path=path,
                error=check,
            )
        _fsync(partial)
        os.replace(partial, target)
        _fsync(target.parent)
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("database", "Could not copy {path}: {error}"),
            path=path,
            error=str(exc),
        ) from exc
    except OSError as exc:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("database", "Could not write the copy {target}: {error}"),
            target=target,
            error=exc.strerror or str(exc),
        ) from exc
    finally:
        partial.unlink(missing_ok=True)


def backup_copy(path: Path, backup_dir: Path, label: str) -> Path:
    """A time-stamped copy in `backup_dir` (taken before every migration)."""
    try:
        backup_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("database", "Cannot create the backup folder {folder}: {error}"),
            folder=backup_dir,
            error=exc.strerror or str(exc),
        ) from exc
    stamp = datetime.now().strftime(STAMP)
    target = backup_dir / f"{path.stem}-{label}-{stamp}.sqlite"
    backup_to(path, target)
    log.info("copied %s to %s (%s)", path, target, label)
    return target


_STAMPED = re.compile(r"-(\d{8}-\d{6})\.sqlite$")


def taken_at(backup: Path) -> datetime:
    """When a copy was taken: the stamp in its name, else the file's modification time."""
    match = _STAMPED.search(backup.name)
    if match:
        return datetime.strptime(match.group(1), STAMP)
    return datetime.fromtimestamp(backup.stat().st_mtime)


def latest_backup(path: Path, backup_dir: Path) -> Path | None:
    """The newest copy of `path` taken before a migration, if one is in `backup_dir`."""
    prefix = f"{path.stem}-{BEFORE_MIGRATION}-"
    try:
        found = [
            c
            for c in backup_dir.iterdir()
            if c.name.startswith(prefix) and _STAMPED.search(c.name) and c.is_file()
        ]
    except OSError:
        return None
    return max(found, key=lambda c: (taken_at(c), c.name), default=None)
