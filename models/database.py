"""Opening a Raketti database: checks that leave bad files untouched, backup, migration."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

from models.rules import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).with_name("migrations")
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


class DatabaseError(Exception):
    """The database cannot be used; `message` is an English template (context "database")."""

    def __init__(self, message: str, **args: object) -> None:
        super().__init__(message.format(**args))
        self.message = message
        self.args_ = args


@dataclass(frozen=True)
class Status:
    """Where a database stands against this version's migrations."""

    current: frozenset[str]
    heads: frozenset[str]

    @property
    def up_to_date(self) -> bool:
        return self.current == self.heads


def include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    """Autogenerate ignores the FTS5 search index: SQL written by hand in migration 0001."""
    return not (type_ == "table" and (name or "").startswith("customer_fts"))


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def script_heads() -> frozenset[str]:
    return frozenset(ScriptDirectory.from_config(alembic_config()).get_heads())


def known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


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


def _on_connect_read_only(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    dbapi_connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


def make_engine(url: str, read_only: bool = False) -> Engine:
    path = sqlite_path(url) if read_only else None
    if path is not None:
        # SQLite's own read-only mode: no migration, no journal-mode switch, no writes at all.
        engine = create_engine(
            "sqlite://",
            creator=lambda: sqlite3.connect(
                f"file:{path}?mode=ro",
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


def inspect_file(path: Path) -> set[str]:
    """Read-only checks of an existing file; return its Alembic revisions. Never writes."""
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header and header != SQLITE_HEADER:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("database", "{path} is not a Raketti database."), path=path
        )
    if not header:
        return set()  # an empty file is a new database
    try:
        # immutable=1 creates no lock, journal, -wal or -shm file beside a file that may not
        # be ours; but when a -wal file exists, recent commits live there and must be read.
        wal = path.with_name(path.name + "-wal")
        flags = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
        conn = sqlite3.connect(f"file:{path}?{flags}", uri=True)
        try:
            check = conn.execute("PRAGMA quick_check").fetchone()
            if not check or check[0] != "ok":
                raise DatabaseError(
                    QT_TRANSLATE_NOOP(
                        "database", "{path} is damaged. Restore it from a backup copy."
                    ),
                    path=path,
                )
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
            revisions: set[str] = set()
            if "alembic_version" in tables:
                revisions = {r[0] for r in conn.execute("SELECT version_num FROM alembic_version")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("database", "{path} is damaged or not a database: {error}"),
            path=path,
            error=str(exc),
        ) from exc
    user_tables = {t for t in tables if not t.startswith("sqlite_")}
    if user_tables and not revisions:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("database", "{path} is a database of some other program."),
            path=path,
        )
    unknown = revisions - known_revisions()
    if unknown:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "database",
                "{path} was made by a newer version of Raketti. Update Raketti to open it.",
            ),
            path=path,
        )
    return revisions


def backup_copy(path: Path, backup_dir: Path, label: str) -> Path:
    """A time-stamped copy in `backup_dir` (taken before every migration)."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backup_dir / f"{path.stem}-{label}-{stamp}.sqlite"
    backup_to(path, target)
    log.info("copied %s to %s (%s)", path, target, label)
    return target


def backup_to(path: Path, target: Path) -> None:
    """Copy a SQLite file consistently with the online backup API, even while in use."""
    source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()


def status(engine: Engine) -> Status:
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_heads()
    return Status(frozenset(current), script_heads())


def upgrade(engine: Engine) -> None:
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "heads")


@dataclass
class Opened:
    engine: Engine
    url: str
    path: Path | None
    backup: Path | None
    created: bool


def open_read_only(target: str | Path) -> Opened:
    """Open another team's file just to look: it must exist and be of this version."""
    url = to_url(target)
    path = sqlite_path(url)
    if path is not None:
        if not path.is_file():
            raise DatabaseError(QT_TRANSLATE_NOOP("database", "{path} does not exist."), path=path)
        revisions = inspect_file(path)
        if revisions != set(script_heads()):
            raise DatabaseError(
                QT_TRANSLATE_NOOP(
                    "database",
                    "{path} was made by an older version of Raketti. Open it once as "
                    "the team's own database to update it.",
                ),
                path=path,
            )
    log.info("opening %s read-only", path or url)
    return Opened(make_engine(url, read_only=True), url, path, None, False)


def open_database(target: str | Path, backup_dir: Path | None = None) -> Opened:
    """Check, back up when a migration is due, migrate, and return a ready engine."""
    url = to_url(target)
    path = sqlite_path(url)
    backup: Path | None = None
    created = False
    if path is not None:
        if path.exists():
            if path.is_dir():
                raise DatabaseError(
                    QT_TRANSLATE_NOOP("database", "{path} is a folder, not a database file."),
                    path=path,
                )
            revisions = inspect_file(path)
            created = not revisions
            if revisions and revisions != set(script_heads()):
                log.info(
                    "%s is at %s; migrating to %s",
                    path,
                    ", ".join(sorted(revisions)),
                    ", ".join(sorted(script_heads())),
                )
                backup = backup_copy(
                    path, backup_dir or path.parent / "backups", "before-migration"
                )
        else:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseError(
                    QT_TRANSLATE_NOOP("database", "Cannot create the folder for {path}: {error}"),
                    path=path,
                    error=exc.strerror or str(exc),
                ) from exc
            created = True
    log.info("opening %s%s", path or url, " (new)" if created else "")
    engine = make_engine(url)
    try:
        upgrade(engine)
    except Exception as exc:
        log.error("preparing %s failed", path or url, exc_info=True)
        engine.dispose()
        raise DatabaseError(
            QT_TRANSLATE_NOOP("database", "Could not prepare the database {path}: {error}"),
            path=path or url,
            error=str(exc),
        ) from exc
    return Opened(engine, url, path, backup, created)
