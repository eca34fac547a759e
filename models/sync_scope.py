"""Which team company a record belongs to: the one rule team sync scopes by (issue 23).

A database can hold several team companies (a member of two teams, a coach) while sync
follows one. Every synced table reaches `team_company` through its foreign keys; the rule,
read from the metadata (no list per table), is: follow a NOT NULL reference first (a
record cannot lose its team), to `team_company` directly or to a parent that has a path
of its own. Link tables without a uuid belong to their parents' team the same way.

Used by the capture (models/sync_capture.py: the baseline records only the synced team's
rows; a reference to another team's record is logged as empty), by the sync's checks of
received operations (app/sync/validate.py), by the choice of what is sent and by the
snapshot's copy (app/sync/scope.py).
"""

from __future__ import annotations

from functools import cache
from itertools import pairwise

Path = tuple[tuple[str, str], ...]  # (parent table, column) per step, ending at team_company


def team_path(table: str) -> Path | None:
    """How a record of `table` reaches its team company; None for `team_company` itself
    and for a table of no team (none today: tests/sync/test_scope.py checks)."""
    return _team_paths().get(table)


@cache
def _team_paths() -> dict[str, Path]:
    from models.all import metadata
    from models.sync_capture import shapes

    paths: dict[str, Path] = {}
    for name, shape in shapes().items():  # parents come before their children
        table = metadata.tables[name]
        required = {c for c in shape.parents if not table.c[c].nullable}
        steps = sorted(shape.parents.items(), key=lambda item: (item[0] not in required, item))
        for column, parent in steps:
            if parent == "team_company":
                paths[name] = ((parent, column),)
                break
            if parent in paths and parent != name:
                paths[name] = ((parent, column), *paths[parent])
                break
    return paths


def team_id_sql(table: str, row: str) -> str | None:
    """An SQL expression for the id of the team company the row `row` (an alias or NEW /
    OLD) of `table` belongs to, following its path by indexed lookups; None for a table of
    no team."""
    if table == "team_company":
        return f"{row}.id"
    path = team_path(table)
    if path is None:
        return None
    expression = f"{row}.{path[0][1]}"
    for (parent, _column), (_next, column) in pairwise(path):
        expression = f"(SELECT {column} FROM {parent} WHERE id = {expression})"
    return expression


def team_uuid_sql(table: str, row: str) -> str | None:
    """The same as the team company's UUID."""
    found = team_id_sql(table, row)
    return None if found is None else f"(SELECT uuid FROM team_company WHERE id = {found})"


def path_column(table: str) -> str | None:
    """The column whose parent gives the record its team (None: team_company, no team)."""
    path = team_path(table)
    return None if path is None else path[0][1]
