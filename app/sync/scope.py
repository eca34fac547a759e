"""Team scoping (issue 23): nothing of another team company leaves the laptop.

A database can hold several team companies while sync follows one (`sync_setting`
`team`). The rule of which team a record belongs to is models/sync_scope.py's (its
foreign keys followed up to `team_company`); here it is applied to what the sync does:

- `Teams`: the team of a record named as in the log, by its row while it is here, else
  by the last value of its path column in the log (a deleted record: a cascade removes
  the parent first, so only the log still knows it).
- `keep_local`: capture logs every change (the History tab, the recycle bin and undo work
  for every team alike), and at the end of each write the operations of records that are
  not the synced team's are marked `local = 2`: made here, never sent. Marking at capture
  and not at send time decides by the team the record had when it was changed.
- `keep_only`: a copy of the database (a snapshot) reduced to the synced team.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable

from app.sync.capture import setting
from models.sync_capture import shapes
from models.sync_scope import team_path, team_uuid_sql

OTHER_TEAM = 2  # sync_op.local of an operation made here on another team's record
_CHUNK = 500


def live_team(db: sqlite3.Connection, table: str, uuid: str) -> str | None:
    """The UUID of the team company a record present here belongs to (None: not here,
    or its table belongs to no team)."""
    if table == "team_company":
        return uuid
    found = team_uuid_sql(table, "r")
    if found is None:
        return None
    row = db.execute(f"SELECT {found} FROM {table} AS r WHERE r.uuid = ?", (uuid,)).fetchone()
    return None if row is None or row[0] is None else str(row[0])


class Teams:
    """The team (UUID) of records named as in the log; None when it cannot be known."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.known: dict[tuple[str, str], str | None] = {}

    def prefetch(self, keys: Iterable[tuple[str, str]]) -> None:
        """Look up the records present here in bulk (a write's or a log's records)."""
        by_table: dict[str, list[str]] = defaultdict(list)
        for tbl, rec in set(keys):
            shape = shapes().get(tbl)
            if shape is not None and shape.has_uuid and (tbl, rec) not in self.known:
                by_table[tbl].append(rec)
        for tbl, recs in by_table.items():
            found = team_uuid_sql(tbl, "r")
            if found is None:
                continue
            for start in range(0, len(recs), _CHUNK):
                chunk = recs[start : start + _CHUNK]
                marks = ",".join("?" * len(chunk))
                rows = self.db.execute(
                    f"SELECT r.uuid, {found} FROM {tbl} AS r WHERE r.uuid IN ({marks})", chunk
                )
                for rec, team in rows:
                    if team is not None:
                        self.known[(tbl, rec)] = str(team)

    def of(self, tbl: str, rec: str) -> str | None:
        key = (tbl, rec)
        if key not in self.known:
            self.known[key] = None  # a reference cycle in damaged data ends here
            self.known[key] = self._find(tbl, rec)
        return self.known[key]

    def _find(self, tbl: str, rec: str) -> str | None:
        if tbl == "team_company":
            return rec
        path = team_path(tbl)
        shape = shapes().get(tbl)
        if path is None or shape is None:
            return None
        parent, column = path[0]
        if shape.has_uuid:
            found = live_team(self.db, tbl, rec)
            if found is not None:
                return found
            value = _last_value(self.db, tbl, rec, column)
        else:  # a link names its parents
            value = dict(zip(shape.keyed_by, rec.split("|"), strict=False)).get(column)
        return self.of(parent, value) if isinstance(value, str) else None


def _last_value(db: sqlite3.Connection, tbl: str, rec: str, name: str) -> object:
    from app.sync.records import last_value

    return last_value(db, tbl, rec, name)


def keep_local(db: sqlite3.Connection, rows: list[tuple[int, str, str, str]]) -> int:
    """Mark the operations (n, table, record, kind) of one write whose record is not the
    synced team's (or whose team cannot be known) as never to be sent; their count."""
    team = setting(db, "team")
    if team is None or not rows:
        return 0
    if not any(kind == "D" for _n, _t, _r, kind in rows):
        only = db.execute("SELECT uuid FROM team_company LIMIT 2").fetchall()
        if [row[0] for row in only] == [team]:
            return 0  # one team company here: every record present is the team's
    teams = Teams(db)
    teams.prefetch((tbl, rec) for _n, tbl, rec, _k in rows)
    other = [
        (OTHER_TEAM, n)
        for n, tbl, rec, _k in rows
        if teams.of(tbl, rec) != team and not _from_folder(db, teams, tbl, rec)
    ]
    db.executemany("UPDATE sync_op SET local = ? WHERE n = ?", other)
    return len(other)


def _from_folder(db: sqlite3.Connection, teams: Teams, tbl: str, rec: str) -> bool:
    """A record whose team cannot be known here (its insert, or its parent's, has not
    arrived) that came from the team's folder is the team's: a settling of it travels."""
    if teams.of(tbl, rec) is not None:
        return False
    found = db.execute(
        "SELECT 1 FROM sync_op WHERE tbl = ? AND rec = ? AND local = 0 LIMIT 1", (tbl, rec)
    ).fetchone()
    return found is not None


def keep_only(db: sqlite3.Connection, team: str) -> None:
    """Reduce a copy of a database (a snapshot) to the records of `team`: every other
    team's rows, their operations, heads, conflicts and bookkeeping are deleted, and every
    full-text index is built again so that no old entry remains. The caller commits, and
    runs it under `PRAGMA secure_delete` and VACUUMs afterwards so no free page keeps it."""
    found = db.execute("SELECT id FROM team_company WHERE uuid = ?", (team,)).fetchone()
    team_id = None if found is None else found[0]
    teams = Teams(db)
    logged = db.execute("SELECT DISTINCT tbl, rec FROM sync_op WHERE local != ?", (OTHER_TEAM,))
    keys = [(str(tbl), str(rec)) for tbl, rec in logged]
    teams.prefetch(keys)
    # A record whose team cannot be known came from the team's folder (waiting for a
    # parent): it stays, as it would on a laptop that read the same files.
    drop = [(t, r) for t, r in keys if teams.of(t, r) not in (team, None)]
    db.execute("CREATE TEMP TABLE IF NOT EXISTS scope_drop (tbl TEXT, rec TEXT)")
    db.execute("DELETE FROM temp.scope_drop")
    db.executemany("INSERT INTO temp.scope_drop VALUES (?, ?)", drop)
    db.execute("CREATE INDEX IF NOT EXISTS temp.scope_drop_key ON scope_drop(tbl, rec)")
    db.execute("CREATE TEMP TABLE IF NOT EXISTS scope_ops (op_id TEXT PRIMARY KEY)")
    db.execute("DELETE FROM temp.scope_ops")
    db.execute(
        "INSERT OR IGNORE INTO temp.scope_ops SELECT op_id FROM sync_op WHERE op_id IS NOT NULL "
        f"AND (local = {OTHER_TEAM} OR (tbl, rec) IN (SELECT tbl, rec FROM temp.scope_drop))"
    )
    _delete_rows(db, team_id)
    dropped = "(tbl, rec) IN (SELECT tbl, rec FROM temp.scope_drop)"
    ops = "op_id IN (SELECT op_id FROM temp.scope_ops)"
    db.execute(f"DELETE FROM sync_op WHERE local = {OTHER_TEAM} OR {dropped}")
    db.execute(f"DELETE FROM sync_head WHERE {ops} OR {dropped}")
    for table in ("sync_mask", "sync_edge", "sync_parked"):
        db.execute(f"DELETE FROM {table} WHERE {ops}")
    for table in ("sync_conflict", "sync_pending", "sync_displaced", "sync_alias"):
        db.execute(f"DELETE FROM {table} WHERE {dropped}")
    db.execute(
        "DELETE FROM sync_pending WHERE (parent_tbl, parent_rec) IN "
        "(SELECT tbl, rec FROM temp.scope_drop)"
    )
    db.execute(
        "DELETE FROM sync_displaced WHERE (tbl, holder) IN (SELECT tbl, rec FROM temp.scope_drop)"
    )
    db.execute(
        "DELETE FROM sync_alias WHERE (tbl, canonical) IN (SELECT tbl, rec FROM temp.scope_drop)"
    )
    for (name,) in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%USING fts5%'"
    ).fetchall():
        db.execute(f"INSERT INTO {name}({name}) VALUES ('rebuild')")
    db.execute("DROP TABLE temp.scope_drop")
    db.execute("DROP TABLE temp.scope_ops")


def _delete_rows(db: sqlite3.Connection, team_id: int | None) -> None:
    """Every row of another team (or of none), children first; then a reference that
    named one of them (which the app's rules never make) is emptied."""
    from models.all import metadata
    from models.sync_scope import team_id_sql

    for name in reversed(list(shapes())):
        found = team_id_sql(name, "r")
        if found is None:
            db.execute(f"DELETE FROM {name}")
            continue
        db.execute(
            f"DELETE FROM {name} WHERE rowid IN "
            f"(SELECT r.rowid FROM {name} AS r WHERE {found} IS NOT ?)",
            (team_id,),
        )
    for name, shape in shapes().items():
        table = metadata.tables[name]
        for column, parent in shape.parents.items():
            if table.c[column].nullable:
                db.execute(
                    f"UPDATE {name} SET {column} = NULL WHERE {column} IS NOT NULL "
                    f"AND {column} NOT IN (SELECT id FROM {parent})"
                )
