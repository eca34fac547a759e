"""A database file on disk, looked at without changing it: its place, its access, its state.

Everything here reads. A file that may not be ours is opened `immutable` (SQLite then
creates no lock, journal, -wal or -shm file beside it and rolls nothing back), or plain
read-only when a -wal file holds recent commits that must be seen.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from models.database_errors import DatabaseError
from models.rules import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
VERSION_TABLE = "alembic_version"
BUSY_TIMEOUT_MS = 5000


def side_file(path: Path, suffix: str) -> Path:
    """`raketti.sqlite` -> `raketti.sqlite-wal` (SQLite's own naming of its side files)."""
    return path.with_name(path.name + suffix)


def can_write(path: Path) -> bool:
    """Whether this process may write `path`, by its effective rights (root's included)."""
    if os.access in os.supports_effective_ids:
        return os.access(path, os.W_OK, effective_ids=True)
    return os.access(path, os.W_OK)


def hot_journal(path: Path) -> Path | None:
    """A rollback journal left by an interrupted write, if one lies beside the file."""
    journal = side_file(path, "-journal")
    try:
        return journal if journal.stat().st_size > 0 else None
    except OSError:
        return None


@dataclass(frozen=True)
class Location:
    path: Path
    exists: bool
    writable: bool


def check_location(path: Path, create: bool) -> Location:
    """Check a database path before anything is locked or opened; say what is wrong.

    For a new database (`create`), missing folders are created. An existing file that
    cannot be written, or whose folder cannot be (SQLite writes its -wal and -shm files
    there), is reported as not writable: the caller then opens it read-only.
    """
    try:
        return _check_location(path, create)
    except OSError as exc:  # a folder on the way that cannot be entered, say
        raise DatabaseError(
            QT_TRANSLATE_NOOP("database", "Cannot reach {path}: {error}"),
            path=path,
            error=exc.strerror or str(exc),
        ) from exc


def _check_location(path: Path, create: bool) -> Location:
    if path.is_dir():
        raise DatabaseError(
            QT_TRANSLATE_NOOP("database", "{path} is a folder, not a database file."), path=path
        )
    if path.exists():
        if not path.is_file():
            raise DatabaseError(
                QT_TRANSLATE_NOOP("database", "{path} is not a regular file."), path=path
            )
        return Location(path, True, can_write(path) and can_write(path.parent))
    folder = path.parent
    for above in (folder, *folder.parents):
        if above.exists():
            if not above.is_dir():
                raise DatabaseError(
                    QT_TRANSLATE_NOOP(
                        "database", "Cannot create {path}: {folder} is a file, not a folder."
                    ),
                    path=path,
                    folder=above,
                )
            break
    if not create:
        raise DatabaseError(QT_TRANSLATE_NOOP("database", "{path} does not exist."), path=path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("database", "Cannot create the folder for {path}: {error}"),
            path=path,
            error=exc.strerror or str(exc),
        ) from exc
    if not can_write(folder):
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "database", "Cannot create {path}: the folder {folder} is read-only."
            ),
            path=path,
            folder=folder,
        )
    return Location(path, False, True)


def reading_uri(path: Path) -> str:
    """How to read a file without changing it: immutable unless a -wal holds commits."""
    flags = "mode=ro" if side_file(path, "-wal").exists() else "mode=ro&immutable=1"
    return f"file:{path}?{flags}"


@dataclass(frozen=True)
class FileState:
    """What an existing file holds, as far as opening it needs to know."""

    revisions: frozenset[str]
    tables: frozenset[str]  # every table but SQLite's own

    @property
    def empty(self) -> bool:
        return not self.tables


def damaged(path: Path, error: object) -> DatabaseError:
    return DatabaseError(
        QT_TRANSLATE_NOOP("database", "{path} is damaged or not a database: {error}"),
        restorable=True,
        path=path,
        error=str(error),
    )


def inspect_file(path: Path, thorough: bool = False) -> FileState:
    """Read-only checks of an existing file: header, schema, revisions. Never writes.

    `thorough` adds SQLite's quick_check, a scan of the whole file: done after an unclean
    shutdown, not on every start (it grows with the file: about a second at 100 000
    customers). A damaged schema or header is found without it.
    """
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header and header != SQLITE_HEADER:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("database", "{path} is not a Raketti database."),
            restorable=True,
            path=path,
        )
    if not header:
        return FileState(frozenset(), frozenset())  # an empty file is a new database
    try:
        conn = sqlite3.connect(reading_uri(path), uri=True)
        try:
            if thorough:
                log.info("checking %s (quick_check)", path)
                check = conn.execute("PRAGMA quick_check").fetchone()
                if not check or check[0] != "ok":
                    raise DatabaseError(
                        QT_TRANSLATE_NOOP(
                            "database", "{path} is damaged. Restore it from a backup copy."
                        ),
                        restorable=True,
                        path=path,
                    )
            tables = frozenset(
                row[0]
                for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                if not row[0].startswith("sqlite_")
            )
            revisions: frozenset[str] = frozenset()
            if VERSION_TABLE in tables:
                revisions = frozenset(
                    r[0] for r in conn.execute(f"SELECT version_num FROM {VERSION_TABLE}")
                )
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise damaged(path, exc) from exc
    return FileState(revisions, tables)


@dataclass(frozen=True)
class Schema:
    """The objects of a database that a migration creates, by name."""

    tables: dict[str, frozenset[str]]  # table -> its columns
    indexes: dict[str, str]  # index -> its table
    triggers: dict[str, str]  # trigger -> its table
    virtual: frozenset[str]  # virtual tables (full-text search); their shadow tables omitted


def read_schema(conn: sqlite3.Connection) -> Schema:
    """The schema as stored (Alembic's version table and SQLite's own tables left out)."""
    rows = conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
    ).fetchall()
    virtual = frozenset(
        name
        for kind, name, _t, sql in rows
        if kind == "table" and (sql or "").upper().startswith("CREATE VIRTUAL")
    )

    def shadow(name: str) -> bool:
        return any(name.startswith(f"{v}_") for v in virtual)

    tables = {
        name: frozenset(col[1] for col in conn.execute(f'PRAGMA table_info("{name}")'))
        for kind, name, _t, _s in rows
        if kind == "table" and name not in virtual and name != VERSION_TABLE and not shadow(name)
    }
    indexes = {n: t for kind, n, t, sql in rows if kind == "index" and sql and not shadow(t)}
    triggers = {n: t for kind, n, t, _s in rows if kind == "trigger"}
    return Schema(tables, indexes, triggers, virtual)
