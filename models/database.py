"""Opening a Raketti database: checks that leave bad files untouched, backup, migration.

The usual start opens an up-to-date file: its header and version stamp are read (no scan
of the whole file, no Alembic). A migration, or the repair of one an older Raketti left
unfinished, runs only when the stamp is behind, after a backup copy, in one transaction
(models/migration.py).
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

from models import sync_capture
from models.backup import BEFORE_MIGRATION, backup_copy, backup_to, latest_backup, taken_at
from models.database_errors import BACKUP_HINT, READ_ONLY_NOTE, DatabaseError
from models.migration import (
    alembic_config,
    current_revisions,
    include_object,
    known_heads,
    known_revisions,
    migrate,
    plan_repair,
    script_heads,
    upgrade_engine,
)
from models.rules import QT_TRANSLATE_NOOP
from models.sqlite_file import (
    BUSY_TIMEOUT_MS,
    SQLITE_HEADER,
    VERSION_TABLE,
    FileState,
    check_location,
    damaged,
    hot_journal,
    inspect_file,
    reading_uri,
)

__all__ = [
    "BACKUP_HINT",
    "READ_ONLY_NOTE",
    "DatabaseError",
    "Opened",
    "Status",
    "alembic_config",
    "backup_to",
    "include_object",
    "inspect_file",
    "known_heads",
    "known_revisions",
    "make_engine",
    "open_database",
    "open_read_only",
    "script_heads",
    "sqlite_path",
    "status",
    "taken_at",
    "to_url",
]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Status:
    """Where a database stands against this version's migrations."""

    current: frozenset[str]
    heads: frozenset[str]

    @property
    def up_to_date(self) -> bool:
        return self.current == self.heads


def status(engine: Engine) -> Status:
    return Status(current_revisions(engine), known_heads())


def to_url(target: str | Path) -> str:
    """A plain path becomes a SQLite URL; anything with '://' is taken as a URL."""
    text = str(target)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()
    # Team sync's capture triggers (TEMP: this connection only; idle until sync is on).
    if sync_capture.install(dbapi_connection):
        dbapi_connection.commit()


def _on_connect_read_only(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    dbapi_connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


def make_engine(url: str, read_only: bool = False, settled: bool = False) -> Engine:
    """An engine for the app, or a read-only one. `settled` reads a file nobody writes
    (a read-only file, a file being checked) immutable unless a -wal file holds commits:
    SQLite then leaves no -wal or -shm file beside it and rolls nothing back."""
    path = sqlite_path(url) if read_only else None
    if path is not None:
        # SQLite's own read-only mode: no migration, no journal-mode switch, no writes at all.
        uri = reading_uri(path) if settled else f"file:{path}?mode=ro"
        engine = create_engine(
            "sqlite://",
            creator=lambda: sqlite3.connect(
                uri,
                uri=True,
                timeout=BUSY_TIMEOUT_MS / 1000,
                # Pooled connections serve the background readers too (views/background.py).
                check_same_thread=False,
            ),
        )
        event.listen(engine, "connect", _on_connect_read_only)
        return engine
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _on_connect)
    return engine


@dataclass
class Opened:
    engine: Engine
    url: str
    path: Path | None
    backup: Path | None
    created: bool
    read_only_file: bool = False  # opened read-only because the file cannot be written


def _ours(table: str) -> bool:
    from models.all import metadata

    return (
        table in metadata.tables
        or table == VERSION_TABLE
        or table.startswith(("customer_fts", "_alembic_tmp_"))
    )


def _classify(path: Path, state: FileState) -> str:
    """ "current", "behind", "new" or "unfinished"; raises for files not to be touched."""
    if state.revisions:
        if state.revisions - known_revisions():
            raise DatabaseError(
                QT_TRANSLATE_NOOP(
                    "database",
                    "{path} was made by a newer version of Raketti. Update Raketti to open it.",
                ),
                path=path,
            )
        return "current" if state.revisions == known_heads() else "behind"
    if state.empty:
        return "new"
    if all(_ours(t) for t in state.tables):
        return "unfinished"  # an older Raketti was stopped while creating it
    raise DatabaseError(
        QT_TRANSLATE_NOOP("database", "{path} is a database of some other program."), path=path
    )


def open_read_only(target: str | Path, file_read_only: bool = False) -> Opened:
    """Open a file just to look: another team's file, or one that cannot be written. It
    must exist and be of this version (a read-only opening never migrates)."""
    url = to_url(target)
    path = sqlite_path(url)
    settled = file_read_only
    if path is not None:
        # Nobody can write a file this process cannot write either (short of its owner
        # changing its mode): read it immutable, leaving no -wal or -shm file beside it.
        settled = settled or not check_location(path, create=False).writable
        state = inspect_file(path)
        kind = _classify(path, state)
        if kind != "current" and file_read_only:
            raise DatabaseError(
                QT_TRANSLATE_NOOP(
                    "database",
                    "{path} is read-only, and Raketti must first set it up or update it. Make "
                    "the file and its folder writable, or copy it to a folder of your own.",
                ),
                path=path,
            )
        if kind != "current":
            raise DatabaseError(
                QT_TRANSLATE_NOOP(
                    "database",
                    "{path} was made by an older version of Raketti. Open it once as "
                    "the team's own database to update it.",
                ),
                path=path,
            )
    log.info("opening %s read-only", path or url)
    engine = make_engine(url, read_only=True, settled=settled)
    return Opened(engine, url, path, None, False, file_read_only)


def _finish_interrupted_write(path: Path) -> None:
    """A rollback journal beside a SQLite file: SQLite rolls the unfinished write back on
    the first read by a writer, as it would in any program that opens the file."""
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            return  # not SQLite: refused untouched by inspect_file
    log.info("rolling back an interrupted write to %s", path)
    try:
        conn = sqlite3.connect(path)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise damaged(path, exc) from exc


def _prepare_file(url: str, path: Path, backup_dir: Path, check: bool) -> tuple[bool, Path | None]:
    """Check the file, back it up and migrate it when due; (created, backup)."""
    location = check_location(path, create=True)
    if location.exists and not location.writable:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("database", "{path} is read-only: it cannot be opened for writing."),
            path=path,
        )
    if location.exists and hot_journal(path):
        _finish_interrupted_write(path)
    if check:
        log.info("the last session with %s did not end cleanly; checking the file", path)
    state = (
        inspect_file(path, thorough=check)
        if location.exists
        else FileState(frozenset(), frozenset())
    )
    kind = _classify(path, state)
    if kind == "current":
        return False, None
    repair = plan_repair(path, state.revisions) if location.exists else None
    backup = None
    if state.revisions:
        log.info(
            "%s is at %s; migrating to %s",
            path,
            ", ".join(sorted(state.revisions)),
            ", ".join(sorted(known_heads())),
        )
        backup = backup_copy(path, backup_dir, BEFORE_MIGRATION)
    try:
        migrate(url, repair)
    except DatabaseError:
        raise
    except Exception as exc:
        log.error("migrating %s failed", path, exc_info=True)
        raise DatabaseError(
            QT_TRANSLATE_NOOP("database", "Could not prepare the database {path}: {error}"),
            restorable=True,
            path=path,
            error=str(exc),
        ) from exc
    return not state.revisions, backup


def open_database(
    target: str | Path, backup_dir: Path | None = None, check_integrity: bool = False
) -> Opened:
    """Check, back up when a migration is due, migrate, and return a ready engine.

    `check_integrity` scans the whole file first (after an unclean shutdown). An error
    about the file's contents names, in `error.backup`, the newest copy taken before a
    migration, for the user to restore."""
    url = to_url(target)
    path = sqlite_path(url)
    if path is None:  # a memory database or another server: nothing on disk to look after
        engine = make_engine(url)
        upgrade_engine(engine)
        return Opened(engine, url, None, None, True)
    folder = backup_dir or path.parent / "backups"
    try:
        created, backup = _prepare_file(url, path, folder, check_integrity)
    except DatabaseError as error:
        if error.restorable:
            error.backup = latest_backup(path, folder)
        raise
    log.info("opening %s%s", path, " (new)" if created else "")
    return Opened(make_engine(url), url, path, backup, created)
