"""Migrations: the revisions this version knows, and running them in one real transaction.

Python's sqlite3 module commits DDL on its own (it only opens a transaction before INSERT,
UPDATE and DELETE), so an Alembic upgrade run through it is not atomic: a crash in the
middle used to leave some new tables behind, and the file could not be opened again. Here
the migration connection follows SQLAlchemy's recipe for pysqlite (the driver's own
transaction handling off, our BEGIN emitted on SQLAlchemy's "begin" event), so that every
CREATE, ALTER and the version stamp commit together or not at all.

What an interrupted older run left (tables of the next revision beside an unchanged version
stamp, or an empty stamp beside some first tables) is recognised by comparing the file
with the schema its stamp stands for, and rolled back in the same transaction before the
upgrade runs again. Alembic itself is imported only when a migration is due.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.pool import NullPool

from models.database_errors import DatabaseError
from models.revisions import MIGRATIONS
from models.revisions import known_heads as known_heads
from models.revisions import known_revisions as known_revisions
from models.rules import QT_TRANSLATE_NOOP
from models.sqlite_file import BUSY_TIMEOUT_MS, Schema, read_schema, reading_uri

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)


def include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    """Autogenerate ignores the FTS5 search index: SQL written by hand in migration 0001."""
    return not (type_ == "table" and (name or "").startswith("customer_fts"))


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def script_heads() -> frozenset[str]:
    """The heads as Alembic sees them (known_heads() must agree; a test holds it to that)."""
    from alembic.script import ScriptDirectory

    return frozenset(ScriptDirectory.from_config(alembic_config()).get_heads())


def current_revisions(engine: Engine) -> frozenset[str]:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return frozenset(MigrationContext.configure(conn).get_current_heads())


def migration_engine(url: str) -> Engine:
    """An engine whose transactions are real SQLite transactions, DDL included."""
    file = url not in ("sqlite://", "sqlite:///:memory:")
    engine = create_engine(
        url,
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000},
        **({"poolclass": NullPool} if file else {}),
    )

    @event.listens_for(engine, "connect")
    def connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.isolation_level = None  # pysqlite: no implicit BEGIN or COMMIT
        for pragma in (
            f"busy_timeout = {BUSY_TIMEOUT_MS}",
            "journal_mode = WAL",
            "synchronous = FULL",
            # Off while tables are rebuilt (SQLite's documented procedure for schema
            # changes); the references are checked before the commit instead.
            "foreign_keys = OFF",
        ):
            dbapi_connection.execute(f"PRAGMA {pragma}")

    @event.listens_for(engine, "begin")
    def begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")  # the write lock now, not halfway through

    return engine


def _upgrade(conn: Connection, target: str) -> None:
    from alembic import command

    config = alembic_config()
    config.attributes["connection"] = conn
    command.upgrade(config, target)


@cache
def expected_schema(revisions: frozenset[str]) -> Schema:
    """The schema a file stamped with `revisions` has, built by migrating a memory database."""
    if not revisions:
        return Schema({}, {}, {}, frozenset())
    engine = migration_engine("sqlite://")
    try:
        with engine.begin() as conn:
            for revision in sorted(revisions):
                _upgrade(conn, revision)
            raw = conn.connection.dbapi_connection
            assert isinstance(raw, sqlite3.Connection)
            return read_schema(raw)
    finally:
        engine.dispose()


UNFINISHED = QT_TRANSLATE_NOOP(
    "database",
    "{path} was left half-updated by an interrupted update, and Raketti cannot finish it "
    "safely ({detail}).",
)


@dataclass(frozen=True)
class Repair:
    """What an interrupted run left beyond the stamped revision, to drop before upgrading."""

    triggers: tuple[str, ...] = ()
    indexes: tuple[str, ...] = ()
    virtual: tuple[str, ...] = ()
    tables: tuple[str, ...] = ()
    columns: tuple[tuple[str, str], ...] = ()

    def __bool__(self) -> bool:
        return any((self.triggers, self.indexes, self.virtual, self.tables, self.columns))

    def describe(self) -> str:
        names = [*self.tables, *self.virtual, *self.indexes, *self.triggers]
        return ", ".join(names + [f"{t}.{c}" for t, c in self.columns])

    def apply(self, conn: Connection) -> None:
        for name in self.triggers:
            conn.exec_driver_sql(f'DROP TRIGGER IF EXISTS "{name}"')
        for name in self.indexes:
            conn.exec_driver_sql(f'DROP INDEX IF EXISTS "{name}"')
        for name in (*self.virtual, *self.tables):
            conn.exec_driver_sql(f'DROP TABLE IF EXISTS "{name}"')
        for table, column in self.columns:
            conn.exec_driver_sql(f'ALTER TABLE "{table}" DROP COLUMN "{column}"')


def plan_repair(path: Path, revisions: frozenset[str]) -> Repair:
    """Compare the file with the schema its stamp stands for. Objects a later revision
    creates, still empty, are rolled back; anything missing, or extra objects holding rows,
    cannot be explained by an interrupted migration and are refused (nothing is changed)."""
    expected = expected_schema(revisions)
    conn = sqlite3.connect(reading_uri(path), uri=True)
    try:
        found = read_schema(conn)
        missing = [t for t in expected.tables if t not in found.tables]
        missing += [
            f"{t}.{c}"
            for t, cols in expected.tables.items()
            if t in found.tables
            for c in sorted(cols - found.tables[t])
        ]
        missing += [i for i in expected.indexes if i not in found.indexes]
        missing += [t for t in expected.triggers if t not in found.triggers]
        missing += [v for v in expected.virtual if v not in found.virtual]
        extra_tables = sorted(set(found.tables) - set(expected.tables))
        extra_virtual = sorted(found.virtual - expected.virtual)
        holding = [
            t
            for t in (*extra_tables, *extra_virtual)
            if conn.execute(f'SELECT EXISTS (SELECT 1 FROM "{t}")').fetchone()[0]
        ]
    finally:
        conn.close()
    if missing or holding:
        detail = ", ".join(
            [*(f"missing {m}" for m in missing[:5]), *(f"{h} holds rows" for h in holding[:5])]
        )
        raise DatabaseError(UNFINISHED, restorable=True, path=path, detail=detail)
    return Repair(
        triggers=tuple(sorted(set(found.triggers) - set(expected.triggers))),
        indexes=tuple(sorted(set(found.indexes) - set(expected.indexes))),
        virtual=tuple(extra_virtual),
        tables=tuple(extra_tables),
        columns=tuple(
            (t, c)
            for t, cols in sorted(expected.tables.items())
            if t in found.tables
            for c in sorted(found.tables[t] - cols)
        ),
    )


def migrate(url: str, repair: Repair | None = None) -> None:
    """Roll back `repair`, upgrade to the heads and stamp the version: one transaction."""
    engine = migration_engine(url)
    try:
        with engine.begin() as conn:
            if repair:
                log.info("rolling back what an interrupted update left: %s", repair.describe())
                repair.apply(conn)
            _upgrade(conn, "heads")
            broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise DatabaseError(
                    QT_TRANSLATE_NOOP(
                        "database", "The update would leave {count} broken references."
                    ),
                    restorable=True,
                    count=len(broken),
                )
    finally:
        engine.dispose()


def upgrade_engine(engine: Engine) -> None:
    """Upgrade a database that is no file (a memory database) on the engine it lives in."""
    with engine.begin() as conn:
        _upgrade(conn, "heads")
