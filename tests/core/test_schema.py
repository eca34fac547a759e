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


# A team has a handful of members and segments: deleting one may scan the tables that point
# at it once. Every other parent is deleted in bulk (customers, contacts, meetings, an
# undone import), so each foreign key to it needs an index or every delete scans a table.
SMALL_PARENTS = {"member", "segment", "team_company"}


def test_every_foreign_key_to_a_bulk_deleted_table_is_indexed() -> None:
    from models.all import metadata

    unindexed = []
    for table in metadata.sorted_tables:
        leading = {index.columns[0].name for index in table.indexes}
        for constraint in table.constraints:
            columns = list(getattr(constraint, "columns", []))
            if columns and not hasattr(constraint, "elements"):  # unique or primary key
                leading.add(columns[0].name)
        leading |= {column.name for column in table.columns if column.unique}
        for key in table.foreign_keys:
            parent = key.column.table.name
            if parent not in SMALL_PARENTS and key.parent.name not in leading:
                unindexed.append(f"{table.name}.{key.parent.name} -> {parent}")
    assert unindexed == []
