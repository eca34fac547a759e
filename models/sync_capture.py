"""Capture: SQLite TEMP triggers, generated from the metadata, that log every change.

Why triggers and not ORM events: many writes are Core statements (`update(...)`,
`insert(table)`, `delete(...)`) and the database's own ON DELETE CASCADE removes rows no
Python code sees; a trigger sees them all, in the same transaction. The triggers are TEMP
(created on every connection of the app's engine, never stored in the file), so a
migration's own connection, another program or an older Raketti record nothing, and they
fire only while the connection's `sync_ctx.capture` is 1, which `app.sync.capture` sets for
the length of one `Store.write` when team sync is on. Applying other laptops' operations
runs with it at 0.

Each trigger only appends to `sync_op`: the record's UUID, the table, the field and the
new value, foreign keys as the parent's UUID (local integer ids differ per laptop). What
each operation supersedes, and its id and clock, are filled in by `app.sync.capture` before
the write commits.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from functools import cache

from sqlalchemy import Table

from models.sync import SYNC_TABLES
from models.sync_scope import path_column, team_id_sql

SKIPPED = frozenset({"id", "uuid", "updated_at"})  # never synced as fields (see docs/sync.md)


@dataclass(frozen=True)
class Shape:
    """How one table is captured: its fields and, per foreign key, the parent table."""

    table: str
    fields: tuple[str, ...]
    parents: dict[str, str]  # column -> parent table (always by its id)
    keyed_by: tuple[str, ...] = ()  # tables without a uuid: the key columns (all FKs)

    @property
    def has_uuid(self) -> bool:
        return not self.keyed_by


def _shape(table: Table) -> Shape:
    parents: dict[str, str] = {}
    for constraint in table.foreign_key_constraints:
        (column,) = constraint.columns
        parents[column.name] = constraint.referred_table.name
    fields = tuple(c.name for c in table.columns if c.name not in SKIPPED)
    keyed_by = () if "uuid" in table.c else tuple(c.name for c in table.primary_key.columns)
    return Shape(table.name, fields, parents, keyed_by)


@cache
def shapes() -> dict[str, Shape]:
    """Every captured table, parents before children (the metadata's dependency order)."""
    from models.all import metadata

    return {
        table.name: _shape(table)
        for table in metadata.sorted_tables
        if table.name not in SYNC_TABLES
    }


def _value(shape: Shape, column: str, row: str) -> str:
    parent = shape.parents.get(column)
    if parent is None:
        return f"{row}.{column}"
    if column == path_column(shape.table):
        return f"(SELECT uuid FROM {parent} WHERE id = {row}.{column})"
    # Any other reference names a record of the row's own team (the app's rules keep it
    # so); one that names another team's record (older data, a stray write) is logged as
    # empty, so that no other team's UUID ever reaches the team's folder (issue 23).
    own, theirs = team_id_sql(shape.table, row), team_id_sql(parent, "p")
    if own is None or theirs is None:
        return f"(SELECT uuid FROM {parent} WHERE id = {row}.{column})"
    return f"(SELECT p.uuid FROM {parent} AS p WHERE p.id = {row}.{column} AND {theirs} IS {own})"


def _rec(shape: Shape, row: str) -> str:
    if shape.has_uuid:
        return f"{row}.uuid"
    return " || '|' || ".join(_value(shape, column, row) for column in shape.keyed_by)


def _insert(shape: Shape, row: str) -> str:
    pairs = ", ".join(f"'{f}', {_value(shape, f, row)}" for f in shape.fields)
    rec = _rec(shape, row)
    return (
        "INSERT INTO sync_op(tbl, rec, kind, value, member, local) "
        f"SELECT '{shape.table}', {rec}, 'I', json_object({pairs}), member, 1 FROM sync_ctx "
        f"WHERE {rec} IS NOT NULL;"
    )


def _delete(shape: Shape, row: str) -> str:
    rec = _rec(shape, row)
    # A row deleted by a cascade after its parent may no longer name that parent (a table
    # without a uuid): it is then left out; the parent's tombstone hides it everywhere.
    return (
        "INSERT INTO sync_op(tbl, rec, kind, member, local) "
        f"SELECT '{shape.table}', {rec}, 'D', member, 1 FROM sync_ctx WHERE {rec} IS NOT NULL;"
    )


def _update(shape: Shape) -> str:
    if not shape.has_uuid:  # the key is the record: a changed key is a delete and an insert
        return _delete(shape, "OLD") + _insert(shape, "NEW")
    return "".join(
        "INSERT INTO sync_op(tbl, rec, kind, field, value, member, local) "
        f"SELECT '{shape.table}', NEW.uuid, 'U', '{f}', json_quote({_value(shape, f, 'NEW')}), "
        f"member, 1 FROM sync_ctx WHERE OLD.{f} IS NOT NEW.{f};"
        for f in shape.fields
    )


def baseline_sql(shape: Shape) -> str:
    """Log an insert for every row of a table that belongs to the synced team (team sync
    switched on with data in place); its one parameter is that team company's id. A table
    of no team records nothing: only what surely is the team's leaves the laptop."""
    pairs = ", ".join(f"'{f}', {_value(shape, f, 'r')}" for f in shape.fields)
    rec = _rec(shape, "r")
    team = team_id_sql(shape.table, "r") or "NULL"
    return (
        "INSERT INTO sync_op(tbl, rec, kind, value, member, local) "
        f"SELECT '{shape.table}', {rec}, 'I', json_object({pairs}), NULL, 1 "
        f"FROM main.{shape.table} AS r WHERE {rec} IS NOT NULL AND {team} = ? ORDER BY r.rowid"
    )


def baseline_rows_sql(shape: Shape) -> str:
    """The synced team's rows of one table in a range of rowids, as the baseline records
    them (app/sync/baseline.py): `rid`, `rec` and `value` (the insert's JSON), in rowid
    order. Parameters: the range's first rowid (exclusive), its last (inclusive), and the
    team company's id. Rows without a record name (a link whose parent is not of the
    team) are left out, as in `baseline_sql`."""
    pairs = ", ".join(f"'{f}', {_value(shape, f, 'r')}" for f in shape.fields)
    team = team_id_sql(shape.table, "r") or "NULL"
    return (
        f"SELECT rid, rec, value FROM (SELECT r.rowid AS rid, {_rec(shape, 'r')} AS rec, "
        f"json_object({pairs}) AS value FROM main.{shape.table} AS r "
        f"WHERE r.rowid > ? AND r.rowid <= ? AND {team} = ?) WHERE rec IS NOT NULL"
    )


@cache
def trigger_sql() -> tuple[str, ...]:
    """The CREATE TEMP TRIGGER statements for every captured table."""
    when = "WHEN (SELECT capture FROM sync_ctx)"
    out: list[str] = []
    for shape in shapes().values():
        name = shape.table
        out.append(
            f"CREATE TEMP TRIGGER sync_i_{name} AFTER INSERT ON main.{name} {when} "
            f"BEGIN {_insert(shape, 'NEW')} END"
        )
        out.append(
            f"CREATE TEMP TRIGGER sync_u_{name} AFTER UPDATE ON main.{name} {when} "
            f"BEGIN {_update(shape)} END"
        )
        out.append(
            f"CREATE TEMP TRIGGER sync_d_{name} AFTER DELETE ON main.{name} {when} "
            f"BEGIN {_delete(shape, 'OLD')} END"
        )
    return tuple(out)


def install(connection: sqlite3.Connection) -> bool:
    """Create the capture context and triggers on a new connection of a migrated database;
    False (nothing done) when the file has no operation log yet (before migration 0012)."""
    found = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sync_op'"
    ).fetchone()
    if found is None:
        return False
    connection.execute(
        "CREATE TEMP TABLE IF NOT EXISTS sync_ctx (capture INTEGER NOT NULL, member TEXT)"
    )
    connection.execute("DELETE FROM temp.sync_ctx")
    connection.execute("INSERT INTO temp.sync_ctx VALUES (0, NULL)")
    for statement in trigger_sql():
        connection.execute(statement)
    return True
