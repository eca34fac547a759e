"""Writing the merged state into the app's own tables, after other laptops' operations.

The live tables keep showing only live rows, so no query of any area changes: a record is
inserted, updated or deleted to match its state (`app.sync.state`). Parents are written
before children (the metadata's dependency order); a record whose required parent is not
here (not arrived yet, or deleted) waits in `sync_pending` and is written when the parent
is; an optional reference to a record not here is left empty until it arrives. A unique
value two records claim is settled by `app.sync.uniques`. Capture is off throughout: this
writes what other laptops did, it records nothing.
"""

from __future__ import annotations

import heapq
import json
import logging
import sqlite3
from typing import Any

from app.sync import setaside
from app.sync.state import RecordState, read_state, refresh_conflicts
from app.sync.tables import TableInfo, info, linking, order
from app.sync.uniques import settle_uniques
from models.base import utcnow

Key = tuple[str, str]
log = logging.getLogger(__name__)


def sqlite_now() -> str:
    return utcnow().strftime("%Y-%m-%d %H:%M:%S.%f")


class Materializer:
    def __init__(
        self, db: sqlite3.Connection, aliases: dict[Key, str], careful: bool = False
    ) -> None:
        self.db = db
        self.careful = careful  # each record under a savepoint (see _guarded)
        self.aliases = aliases
        self.tables: set[str] = set()  # tables whose rows changed (for the change notice)
        self.customers: set[str] = set()  # customers whose ladder level to derive again
        self._queue: list[tuple[int, str, str]] = []
        self._done: set[Key] = set()
        self._order = order()
        self.failed: list[Key] = []  # records whose writing failed (set aside, logged)
        self._alias_undo: list[tuple[Key, str | None]] = []

    # --- the queue ---------------------------------------------------------------------

    def add(self, tbl: str, rec: str) -> None:
        self._done.discard((tbl, rec))  # written again, even when written before in this run
        heapq.heappush(self._queue, (self._order[tbl], tbl, rec))

    def run(self, records: set[Key]) -> None:
        for tbl, rec in records:
            self.add(tbl, rec)
        while self._queue:
            _, tbl, rec = heapq.heappop(self._queue)
            rec = self.aliases.get((tbl, rec), rec)
            if (tbl, rec) in self._done:
                continue
            self._done.add((tbl, rec))
            if self.careful:
                self._guarded(tbl, rec)
            else:
                self.one(info()[tbl], rec)
        from app.sync.derived import derive_ladder_levels

        if derive_ladder_levels(self.db, self.customers):
            self.tables.add("customer")

    def _guarded(self, tbl: str, rec: str) -> None:
        """Write one record; an unexpected failure undoes that record alone (a savepoint):
        the others of the file are still written. The database failing is not caught."""
        self.db.execute("SAVEPOINT sync_record")
        self._alias_undo.clear()
        try:
            self.one(info()[tbl], rec)
        except Exception as error:
            if setaside.environment(error):
                raise
            self.db.execute("ROLLBACK TO sync_record")
            self.db.execute("RELEASE sync_record")
            for key, before in reversed(self._alias_undo):
                if before is None:
                    self.aliases.pop(key, None)
                else:
                    self.aliases[key] = before
            log.error("sync: writing %s %s failed", tbl, rec, exc_info=True)
            self.failed.append((tbl, rec))
            return
        self.db.execute("RELEASE sync_record")

    def set_alias(self, key: Key, canonical: str) -> None:
        self._alias_undo.append((key, self.aliases.get(key)))
        self.aliases[key] = canonical

    # --- one record --------------------------------------------------------------------

    def local_id(self, tbl: str, uuid: str | None) -> int | None:
        if uuid is None:
            return None
        uuid = self.aliases.get((tbl, uuid), uuid)
        row = self.db.execute(f"SELECT id FROM {tbl} WHERE uuid = ?", (uuid,)).fetchone()
        return None if row is None else int(row[0])

    def _local(self, table: TableInfo, rec: str) -> tuple[Any, ...] | None:
        """The local row: (id,) for a table with a uuid, (key values) for one without."""
        shape = table.shape
        if shape.has_uuid:
            return self.db.execute(
                f"SELECT id FROM {shape.table} WHERE uuid = ?", (rec,)
            ).fetchone()
        ids = [
            self.local_id(shape.parents[c], part)
            for c, part in zip(shape.keyed_by, rec.split("|"), strict=False)
        ]
        if None in ids or len(ids) != len(shape.keyed_by):
            return None
        where = " AND ".join(f"{c} = ?" for c in shape.keyed_by)
        found = self.db.execute(f"SELECT 1 FROM {shape.table} WHERE {where}", ids).fetchone()
        return tuple(ids) if found else None

    def one(self, table: TableInfo, rec: str) -> None:
        state = read_state(self.db, table.name, rec)
        refresh_conflicts(self.db, state)
        self.db.execute("DELETE FROM sync_pending WHERE tbl = ? AND rec = ?", (table.name, rec))
        self.db.execute("DELETE FROM sync_displaced WHERE tbl = ? AND rec = ?", (table.name, rec))
        local = self._local(table, rec)
        if table.name == "ladder_move" and state.known:
            self.customers.add(str(inserted_value(self.db, "ladder_move", rec, "customer_id")))
        if not state.live:
            if local is not None:
                self._remove(table, rec, local)
                self._wake_displaced(table.name, rec)  # a unique value it held is free
            return
        values = self._values(table, state)
        if values is None:  # a required parent is not here
            if local is not None:
                self._remove(table, rec, local)
            return
        if table.shape.has_uuid:
            if not settle_uniques(self, table, rec, values, local):
                return  # merged into another record, which is written instead
            self._write(table, rec, values, local)
        elif local is None:
            cols = ", ".join(values)
            marks = ", ".join("?" * len(values))
            self.db.execute(
                f"INSERT OR IGNORE INTO {table.name}({cols}) VALUES ({marks})",
                list(values.values()),
            )
            self.tables.add(table.name)
        self._wake(table.name, rec)

    def _values(self, table: TableInfo, state: RecordState) -> dict[str, Any] | None:
        """The row's values with references as local ids; None while a required parent
        is missing (the record then waits in sync_pending)."""
        values: dict[str, Any] = {}
        for name in table.shape.fields:
            value = state.value(name)
            parent = table.shape.parents.get(name)
            if parent is not None and value is not None:
                local = self.local_id(parent, str(value))
                if local is None:
                    self._pend(table.name, state.rec, parent, str(value))
                    if name in table.required:
                        return None
                value = local
            elif value is None and name not in table.nullable and name != "created_at":
                return None  # its insert has not arrived (only a later edit or a delete)
            values[name] = value
        return values

    def _pend(self, tbl: str, rec: str, parent_tbl: str, parent_rec: str) -> None:
        parent_rec = self.aliases.get((parent_tbl, parent_rec), parent_rec)
        self.db.execute(
            "INSERT OR REPLACE INTO sync_pending(tbl, rec, parent_tbl, parent_rec) "
            "VALUES (?, ?, ?, ?)",
            (tbl, rec, parent_tbl, parent_rec),
        )

    def _write(
        self, table: TableInfo, rec: str, values: dict[str, Any], local: tuple[Any, ...] | None
    ) -> None:
        name = table.name
        if local is None:
            row = dict(values, uuid=rec, updated_at=sqlite_now())
            if row.get("created_at") is None:
                row["created_at"] = row["updated_at"]
            names = ", ".join(row)
            marks = ", ".join("?" * len(row))
            self.db.execute(f"INSERT INTO {name}({names}) VALUES ({marks})", list(row.values()))
            self.tables.add(name)
            if name == "customer":
                self.customers.add(rec)
            self._links(name, rec)
            return
        cols = [c for c in values if c != "created_at" or values[c] is not None]
        current = self.db.execute(
            f"SELECT {', '.join(cols)} FROM {name} WHERE id = ?", (local[0],)
        ).fetchone()
        changed = {c: values[c] for c, old in zip(cols, current, strict=True) if old != values[c]}
        if changed:
            sets = ", ".join(f"{c} = ?" for c in changed)
            self.db.execute(
                f"UPDATE {name} SET {sets}, updated_at = ? WHERE id = ?",
                [*changed.values(), sqlite_now(), local[0]],
            )
            self.tables.add(name)
            if name == "customer" and "ladder_level" in changed:
                self.customers.add(rec)  # its level follows its moves, not this edit

    def _wake_displaced(self, tbl: str, rec: str) -> None:
        for (other,) in self.db.execute(
            "SELECT rec FROM sync_displaced WHERE tbl = ? AND holder = ?", (tbl, rec)
        ).fetchall():
            self.add(tbl, other)

    def _links(self, tbl: str, rec: str) -> None:
        """Link rows (no uuid) of a row that is back: its delete may have taken them along
        without a tombstone of their own (a cascade no longer names its parent)."""
        for link in linking(tbl):
            for (other,) in self.db.execute(
                "SELECT DISTINCT rec FROM sync_head WHERE tbl = ? AND rec > ? AND rec < ?",
                (link, f"{rec}|", f"{rec}|~"),
            ).fetchall():
                self.add(link, other)

    def _remove(self, table: TableInfo, rec: str, local: tuple[Any, ...]) -> None:
        """Delete the row (the database cascades); children it takes along that are still
        live in their own state wait for it to come back (a restore brings them too)."""
        victims = self._victims(table, local[0]) if table.shape.has_uuid else []
        if table.shape.has_uuid:
            self.db.execute(f"DELETE FROM {table.name} WHERE id = ?", (local[0],))
        else:
            where = " AND ".join(f"{c} = ?" for c in table.shape.keyed_by)
            self.db.execute(f"DELETE FROM {table.name} WHERE {where}", list(local))
        self.tables.add(table.name)
        for child, child_rec, parent, parent_rec in victims:
            self.tables.add(child)
            if read_state(self.db, child, child_rec).live:
                self._pend(child, child_rec, parent, parent_rec)

    def _victims(self, table: TableInfo, local_id: int) -> list[tuple[str, str, str, str]]:
        out: list[tuple[str, str, str, str]] = []
        parent_rec = self.db.execute(
            f"SELECT uuid FROM {table.name} WHERE id = ?", (local_id,)
        ).fetchone()[0]
        for child, column in table.cascade_children:
            rows = self.db.execute(
                f"SELECT id, uuid FROM {child} WHERE {column} = ?", (local_id,)
            ).fetchall()
            for child_id, child_uuid in rows:
                out.append((child, child_uuid, table.name, parent_rec))
                if child != table.name:
                    out.extend(self._victims(info()[child], child_id))
        return out

    def _wake(self, tbl: str, rec: str) -> None:
        """Records waiting for this one, or displaced by it, are written again."""
        waiting = self.db.execute(
            "SELECT tbl, rec FROM sync_pending WHERE parent_tbl = ? AND parent_rec = ? "
            "UNION SELECT tbl, rec FROM sync_displaced WHERE tbl = ? AND holder = ?",
            (tbl, rec, tbl, rec),
        ).fetchall()
        for child, child_rec in waiting:
            self.add(child, child_rec)


def inserted_value(db: sqlite3.Connection, tbl: str, rec: str, name: str) -> Any:
    """A field's value as first inserted (for a deleted record too)."""
    row = db.execute(
        "SELECT value FROM sync_op WHERE tbl = ? AND rec = ? AND kind = 'I' ORDER BY op_id LIMIT 1",
        (tbl, rec),
    ).fetchone()
    return None if row is None else json.loads(row[0]).get(name)
