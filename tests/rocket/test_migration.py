"""The hand-written 0003_rocket migration creates exactly the tables models/rocket.py maps."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from app.store import Store
from models.all import metadata


def test_migrated_rocket_schema_matches_the_orm(store: Store) -> None:
    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(context, metadata)

    def touches_rocket(entry: object) -> bool:
        text = repr(entry)
        return "rocket_" in text

    flat = [d for item in diff for d in (item if isinstance(item, list) else [item])]
    assert [d for d in flat if touches_rocket(d)] == []
    with store.engine.connect() as conn:
        names = set(store.engine.dialect.get_table_names(conn))
    assert {
        "rocket_process",
        "rocket_checklist_item",
        "rocket_round",
        "rocket_score",
        "rocket_target",
        "rocket_evidence",
    } <= names
