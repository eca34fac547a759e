"""Deleting records with everything that depends on them, and putting it all back (undo).

The rows a delete takes with it are found by walking the foreign keys of the ORM metadata,
not by a list kept by hand: rows that refer to a deleted row ON DELETE CASCADE are deleted
too (and whatever refers to them, and so on); references ON DELETE SET NULL are cut, and
remembered so that undo ties them again. A table a later area adds joins the snapshot by
declaring its foreign keys, without a change here.

Restoring inserts every row again with its id, UUID and timestamps, parents before
children. Whatever the snapshot refers to outside itself may have gone in the meantime (a
member removed, a segmentation deleted): a reference that would have been set to NULL is
left empty and a row that would have been deleted with it stays deleted, exactly as if
that other deletion had come second. Only when the deleted records themselves cannot come
back (their team is gone, a UUID or business ID was taken again) is the undo refused with
`Conflict`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Table, delete, insert, select, tuple_, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.sql.schema import ForeignKeyConstraint

from app.changes import Changes
from app.store import Conflict, Store
from models.all import metadata

Row = dict[str, Any]
Key = tuple[Any, ...]
_CHUNK = 400  # values per IN (…): well under SQLite's limit of bound parameters


@dataclass(frozen=True)
class Link:
    """A reference the delete set to NULL: row `key` of `table` had `values` before."""

    table: str
    key: Key
    values: Row


@dataclass
class RowSnapshot:
    """The rows one delete removed, by table, and the references it cut."""

    root: str
    root_ids: list[Any]
    rows: dict[str, list[Row]] = field(default_factory=dict)
    links: list[Link] = field(default_factory=list)

    def count(self, table: str) -> int:
        return len(self.rows.get(table, []))


def _referrers(table: Table) -> Iterator[tuple[Table, ForeignKeyConstraint]]:
    for child in metadata.sorted_tables:
        for constraint in child.foreign_key_constraints:
            if constraint.referred_table is table:
                yield child, constraint


def _chunks(values: list[Key]) -> Iterator[list[Key]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def _matching(columns: list[Any], keys: list[Key]) -> ColumnElement[bool]:
    if len(columns) == 1:
        return columns[0].in_([key[0] for key in keys])
    return tuple_(*columns).in_(keys)


def _rows_where(session: Session, table: Table, columns: list[Any], keys: set[Key]) -> list[Row]:
    found: list[Row] = []
    for chunk in _chunks(sorted(keys, key=repr)):
        stmt = select(table).where(_matching(columns, chunk))
        found.extend(dict(row._mapping) for row in session.execute(stmt))
    return found


def _key(table: Table, row: Row) -> Key:
    return tuple(row[column.name] for column in table.primary_key.columns)


def take(session: Session, root: Table, ids: Iterable[Any]) -> RowSnapshot:
    """Read every row a delete of `ids` in `root` removes or changes (nothing is written)."""
    root_ids = list(ids)
    rows: dict[str, dict[Key, Row]] = {}
    links: dict[tuple[str, Key], Row] = {}
    found = _rows_where(session, root, list(root.primary_key.columns), {(i,) for i in root_ids})
    rows[root.name] = {_key(root, row): row for row in found}
    queue: list[tuple[Table, list[Row]]] = [(root, found)]
    while queue:
        parent, parent_rows = queue.pop()
        for child, constraint in _referrers(parent):
            referred = [element.column.name for element in constraint.elements]
            keys = {tuple(row[name] for name in referred) for row in parent_rows}
            matches = _rows_where(session, child, list(constraint.columns), keys)
            if (constraint.ondelete or "").upper() == "CASCADE":
                known = rows.setdefault(child.name, {})
                new = [row for row in matches if _key(child, row) not in known]
                known.update((_key(child, row), row) for row in new)
                if new:
                    queue.append((child, new))
            elif (constraint.ondelete or "").upper() == "SET NULL":
                for row in matches:
                    cut = links.setdefault((child.name, _key(child, row)), {})
                    cut.update((column.name, row[column.name]) for column in constraint.columns)
    snapshot = RowSnapshot(root.name, root_ids)
    snapshot.rows = {name: list(found.values()) for name, found in rows.items() if found}
    snapshot.links = [
        Link(name, key, values)
        for (name, key), values in links.items()
        if key not in rows.get(name, {})  # a row deleted as well comes back whole
    ]
    return snapshot


def delete_with_snapshot(session: Session, root: Table, ids: Iterable[Any]) -> RowSnapshot:
    """Delete rows of `root` (the database cascades); return what `restore` needs."""
    snapshot = take(session, root, ids)
    if not snapshot.rows.get(root.name):
        raise LookupError(snapshot.root_ids)
    keys = [(i,) for i in snapshot.root_ids]
    for chunk in _chunks(keys):
        session.execute(delete(root).where(_matching(list(root.primary_key.columns), chunk)))
    return snapshot


# --- restore ---------------------------------------------------------------------------


def _existing(session: Session, table: Table, columns: list[Any], keys: set[Key]) -> set[Key]:
    out: set[Key] = set()
    for chunk in _chunks(sorted(keys, key=repr)):
        stmt = select(*columns).where(_matching(columns, chunk))
        out.update(tuple(row) for row in session.execute(stmt))
    return out


def _prune_once(session: Session, rows: dict[str, list[Row]]) -> bool:
    """Apply one round of "what the database would have done" to references that point
    outside the snapshot at rows deleted since; True when anything changed."""
    changed = False
    for table in metadata.sorted_tables:
        for constraint in table.foreign_key_constraints:
            own = [column.name for column in constraint.columns]
            referred_table = constraint.referred_table
            referred = [element.column for element in constraint.elements]
            wanted = {
                key
                for row in rows.get(table.name, [])
                if None not in (key := tuple(row[name] for name in own))
            }
            if not wanted:
                continue
            inside = {
                tuple(row[column.name] for column in referred)
                for row in rows.get(referred_table.name, [])
            }
            gone = wanted - inside - _existing(session, referred_table, referred, wanted - inside)
            if not gone:
                continue
            changed = True
            cascade = (constraint.ondelete or "").upper() == "CASCADE"
            kept = []
            for row in rows[table.name]:
                if tuple(row[name] for name in own) not in gone:
                    kept.append(row)
                elif not cascade:
                    row.update(dict.fromkeys(own))
                    kept.append(row)
            rows[table.name] = kept
    return changed


def _tie_again(session: Session, snapshot: RowSnapshot) -> None:
    """Put back the references the delete set to NULL, unless changed since."""
    for link in snapshot.links:
        table = metadata.tables[link.table]
        where = [
            column == value
            for column, value in zip(table.primary_key.columns, link.key, strict=True)
        ]
        where.extend(table.c[name].is_(None) for name in link.values)
        values: Row = dict(link.values)
        if "updated_at" in table.c:
            values["updated_at"] = table.c.updated_at  # tying again is no edit of that row
        session.execute(update(table).where(*where).values(values))


def _forward_columns(table: Table) -> list[str]:
    """Columns referring to a row inserted later: the table itself (a customer referred by
    another) or a table after it in dependency order (customer → contact, a cycle)."""
    order = metadata.sorted_tables
    position = order.index(table)
    return [
        column.name
        for constraint in table.foreign_key_constraints
        if order.index(constraint.referred_table) >= position
        for column in constraint.columns
    ]


def _insert_all(session: Session, rows: dict[str, list[Row]]) -> None:
    """Insert parents before children; references forward are filled in afterwards."""
    later: list[tuple[Table, Row]] = []
    for table in metadata.sorted_tables:
        found = rows.get(table.name)
        if not found:
            continue
        forward = _forward_columns(table)
        plain = [{**row, **dict.fromkeys(forward)} for row in found]
        session.execute(insert(table), plain)
        later.extend((table, row) for row in found if any(row[c] is not None for c in forward))
    for table, row in later:
        values = {column: row[column] for column in _forward_columns(table)}
        if "updated_at" in table.c:
            values["updated_at"] = row["updated_at"]  # as it was, not the time of the undo
        key = [column == row[column.name] for column in table.primary_key.columns]
        session.execute(update(table).where(*key).values(values))


def restore(
    store: Store,
    snapshot: RowSnapshot,
    changes: Changes,
    after: Callable[[Session], None] | None = None,
) -> None:
    """Insert the snapshot's rows again, as they were; raise Conflict when they cannot be.

    `after(session)` runs in the same transaction once the rows are back (an area's hook,
    e.g. withdrawing the at-risk flag a key contact's deletion raised)."""
    rows = {name: [dict(row) for row in found] for name, found in snapshot.rows.items()}
    try:
        with store.write(changes) as session:
            while _prune_once(session, rows):
                pass
            if len(rows.get(snapshot.root, [])) != len(snapshot.rows[snapshot.root]):
                raise Conflict(snapshot.root_ids)  # its team (or parent) is gone
            _insert_all(session, rows)
            _tie_again(session, snapshot)
            if after is not None:
                after(session)
    except IntegrityError as error:
        raise Conflict(snapshot.root_ids) from error
