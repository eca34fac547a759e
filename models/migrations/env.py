"""Alembic environment: migrations run on a connection handed over by models.migration.

That connection is already inside one real SQLite transaction (models.migration explains
why pysqlite needs help for that), so `begin_transaction()` below adds none of its own.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from models.all import metadata
from models.migration import include_object, migration_engine

config = context.config


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is None:  # the alembic command line, for writing new revisions
        engine = migration_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
        with engine.begin() as conn:
            _migrate(conn)
        engine.dispose()
        return
    _migrate(connection)


def _migrate(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=True,  # SQLite alters tables by copying them
        compare_type=True,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


run()
