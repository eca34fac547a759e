"""The migrations and the ORM describe one schema, and history stays one line."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from models.all import metadata
from models.database import include_object, open_database, script_heads


def test_migrated_database_matches_the_orm_exactly(tmp_path: Path) -> None:
    opened = open_database(tmp_path / "schema.sqlite")
    try:
        with opened.engine.connect() as conn:
            context = MigrationContext.configure(
                conn, opts={"compare_type": True, "include_object": include_object}
            )
            assert compare_metadata(context, metadata) == []
    finally:
        opened.engine.dispose()


def test_migrations_have_one_head() -> None:
    # Parallel work branches from the same revision; a merge revision must join the branches
    # so that the next migration has one parent.
    assert len(script_heads()) == 1
