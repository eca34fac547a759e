"""The hand-written 0002_ladder migration and the ORM describe the same ladder schema."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from models.all import metadata
from models.database import open_database

LADDER_TABLES = {"ladder_move", "ladder_setting"}
CUSTOMER_INDEXES = {"ix_customer_ladder_board", "ix_customer_referred_by_contact"}


def _touches_ladder(diff: object) -> bool:
    """Whether one autogenerate difference concerns a table or index this area owns."""
    flat = diff if isinstance(diff, tuple) else diff[0]  # modify_* diffs come as lists
    for item in flat:
        name = getattr(item, "name", None)
        table = getattr(item, "table", None)
        if name in LADDER_TABLES or name in CUSTOMER_INDEXES:
            return True
        if table is not None and getattr(table, "name", None) in LADDER_TABLES:
            return True
        if isinstance(item, str) and item in LADDER_TABLES:
            return True
    return False


def test_migrated_schema_matches_orm(tmp_path: Path) -> None:
    opened = open_database(tmp_path / "m.sqlite")
    try:
        with opened.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            diffs = compare_metadata(context, metadata)
            ours = [d for d in diffs if _touches_ladder(d)]
            assert ours == []
            names = {ix["name"] for ix in inspect(conn).get_indexes("ladder_move")}
            assert names >= {"ix_ladder_move_customer_date", "ix_ladder_move_moved_on"}
            board = {ix["name"] for ix in inspect(conn).get_indexes("customer")}
            assert board >= CUSTOMER_INDEXES
            # The board index is added in place: the customer table's search triggers stay.
            triggers = conn.execute(
                text("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'")
            ).scalar_one()
            assert triggers >= 6
    finally:
        opened.engine.dispose()


def test_downgrade_removes_ladder_tables(tmp_path: Path) -> None:
    from alembic import command

    from models.database import alembic_config

    opened = open_database(tmp_path / "d.sqlite")
    try:
        config = alembic_config()
        with opened.engine.begin() as conn:
            config.attributes["connection"] = conn
            # Undo the merge first (leaving two heads), then the ladder revision alone.
            command.downgrade(config, "0003_rocket")
            command.downgrade(config, "0002_ladder@-1")
        with opened.engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            assert not (LADDER_TABLES & tables)
            assert "customer" in tables
    finally:
        opened.engine.dispose()
