"""The one write path's part in team sync: switch capture on for a write, finish it.

`Store.write` calls `begin` when its transaction starts and `finish` just before it
commits. While team sync is off (no device id in `sync_setting`) both do one small read
and nothing else. While it is on, `begin` ticks the hybrid logical clock and lets the
TEMP triggers (models/sync_capture.py) log every change of the transaction; `finish` gives
those operations their ids, works out what each supersedes and folds them into the heads,
in the same transaction: a write and its operations commit together or not at all.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from app.sync.clock import Stamp, op_id, wall_ms
from app.sync.state import Op, current_heads, integrate, read_state, refresh_conflicts


@dataclass
class Capturing:
    """One write's capture: its clock stamp and device."""

    device: str
    stamp: Stamp
    seq: int = 0  # the next operation's number within this write


def raw(session: Session) -> sqlite3.Connection:
    """The session's SQLite connection (same transaction), for the sync's bulk SQL."""
    connection = session.connection().connection.dbapi_connection
    assert isinstance(connection, sqlite3.Connection)
    return connection


def setting(db: sqlite3.Connection, key: str) -> str | None:
    row = db.execute("SELECT value FROM sync_setting WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def put_setting(db: sqlite3.Connection, key: str, value: str) -> None:
    db.execute(
        "INSERT INTO sync_setting(key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def has_log(db: sqlite3.Connection) -> bool:
    return (
        db.execute("SELECT 1 FROM sqlite_temp_master WHERE name = 'sync_ctx'").fetchone()
        is not None
    )


def begin(session: Session, member: str | None) -> Capturing | None:
    """Switch capture on for this transaction when team sync is on; None when off."""
    db = raw(session)
    if not has_log(db):
        return None
    device = setting(db, "device")
    if device is None:
        return None
    stamp = Stamp.parse(setting(db, "clock") or "0.0").tick(wall_ms())
    db.execute("UPDATE temp.sync_ctx SET capture = 1, member = ?", (member,))
    capturing = Capturing(device, stamp)
    session.info["sync"] = capturing
    return capturing


def fold_in(session: Session) -> None:
    """Fold the operations logged so far in this write into the heads now (the sync's own
    writes do this before writing a record back); capture is off afterwards."""
    capturing = session.info.get("sync")
    if isinstance(capturing, Capturing):
        finish(session, capturing)


def finish(session: Session, capturing: Capturing, scoped: bool = False) -> int:
    """Give the transaction's operations ids and fold them into the heads; their count.
    The operations of another team's records are marked never to be sent (app/sync/
    scope.py), unless `scoped` says they are all the synced team's already (a baseline)."""
    db = raw(session)
    db.execute("UPDATE temp.sync_ctx SET capture = 0")
    rows = db.execute(
        "SELECT n, tbl, rec, kind, field, value, member FROM sync_op WHERE op_id IS NULL ORDER BY n"
    ).fetchall()
    if not rows:
        return 0
    touched: set[tuple[str, str]] = set()
    fresh = _Fresh(db)
    for seq, (n, tbl, rec, kind, name, value, member) in enumerate(rows, capturing.seq):
        new_id = op_id(capturing.stamp, seq, capturing.device)
        if kind == "I" and fresh.is_new(tbl, rec, rows, seq):
            fresh.add(n, new_id, tbl, rec)  # a new record: nothing to supersede
            continue
        fresh.flush()
        supersedes = tuple(current_heads(db, tbl, rec, name if kind == "U" else None))
        op = Op(new_id, tbl, rec, kind, name, value, supersedes, member)
        db.execute(
            "UPDATE sync_op SET op_id = ?, supersedes = ? WHERE n = ?",
            (op.op_id, json.dumps(list(supersedes)), n),
        )
        integrate(db, op)
        if supersedes:
            touched.add((tbl, rec))
    fresh.flush()
    capturing.seq += len(rows)
    if not scoped:
        from app.sync.scope import keep_local

        keep_local(db, [(n, tbl, rec, kind) for n, tbl, rec, kind, _f, _v, _m in rows])
    again: set[tuple[str, str]] = set()
    for tbl, rec in touched:  # a local edit can only settle a conflict, never make one
        if db.execute(
            "SELECT 1 FROM sync_conflict WHERE tbl = ? AND rec = ?", (tbl, rec)
        ).fetchone():
            refresh_conflicts(db, read_state(db, tbl, rec))
        # A record shown without a unique value another one held: when either changes
        # here, which one holds it is decided again (as on every other laptop).
        again.update(
            db.execute(
                "SELECT tbl, rec FROM sync_displaced WHERE tbl = ? AND (holder = ? OR rec = ?)",
                (tbl, rec, rec),
            ).fetchall()
        )
    if db.execute("SELECT 1 FROM sync_pending LIMIT 1").fetchone():
        # Records of other laptops waiting for a parent this write brought back (an undo
        # of a delete): written now, as every other laptop writes them.
        for _n, tbl, rec, kind, _f, _v, _m in rows:
            if kind == "I":
                again.update(
                    db.execute(
                        "SELECT tbl, rec FROM sync_pending WHERE parent_tbl = ? AND parent_rec = ?",
                        (tbl, rec),
                    ).fetchall()
                )
    if again:
        from app.sync.apply import aliases
        from app.sync.materialize import Materializer

        Materializer(db, aliases(db)).run(again)
    _derive_levels(db, rows)
    put_setting(db, "clock", capturing.stamp.text())
    return len(rows)


def _derive_levels(db: sqlite3.Connection, rows: list[Any]) -> None:
    """A local write that added or removed a move (an undo of a move the laptop made
    before another laptop's arrived): the level its moves say, as every laptop derives it
    when the write reaches it. Not logged: the other laptops derive the same value."""
    moved = {rec for _n, tbl, rec, _k, _f, _v, _m in rows if tbl == "ladder_move"}
    if not moved:
        return
    from app.sync.derived import derive_ladder_levels
    from app.sync.materialize import inserted_value

    customers = {inserted_value(db, "ladder_move", rec, "customer_id") for rec in moved}
    derive_ladder_levels(db, {str(c) for c in customers if c is not None})


class _Fresh:
    """Inserts of records this laptop has no operation for (nearly all inserts), folded in
    with a few bulk statements instead of one round of queries each."""

    CHUNK = 500

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.known: set[tuple[str, str]] = set()
        self.checked_to = -1
        self.ids: list[tuple[str, int]] = []
        self.heads: list[tuple[str, str, str, str]] = []

    def is_new(self, tbl: str, rec: str, rows: list[Any], seq: int) -> bool:
        if seq > self.checked_to:  # look up the next chunk's records at once
            chunk = rows[seq : seq + self.CHUNK]
            self.checked_to = seq + len(chunk) - 1
            by_table: dict[str, list[str]] = {}
            for row in chunk:
                by_table.setdefault(row[1], []).append(row[2])
            for name, recs in by_table.items():
                marks = ",".join("?" * len(recs))
                found = self.db.execute(
                    f"SELECT DISTINCT rec FROM sync_head WHERE tbl = ? AND rec IN ({marks})",
                    [name, *recs],
                )
                self.known.update((name, row[0]) for row in found)
        if (tbl, rec) in self.known:
            return False
        self.known.add((tbl, rec))  # a second insert in this write supersedes the first
        return True

    def add(self, n: int, new_id: str, tbl: str, rec: str) -> None:
        self.ids.append((new_id, n))
        self.heads.append((tbl, rec, "*", new_id))

    def flush(self) -> None:
        if not self.ids:
            return
        self.db.executemany("UPDATE sync_op SET op_id = ?, supersedes = '[]' WHERE n = ?", self.ids)
        self.db.executemany(
            "INSERT INTO sync_head(tbl, rec, field, op_id) VALUES (?, ?, ?, ?)", self.heads
        )
        self.ids.clear()
        self.heads.clear()


def record_op(
    session: Session, tbl: str, rec: str, kind: str, name: str | None, value: object
) -> None:
    """Log an operation no row change would (settling a conflict for the value already
    shown, confirming a delete of a record not here); `finish` folds it in."""
    db = raw(session)
    encoded = None if kind == "D" else json.dumps(value)
    member = db.execute("SELECT member FROM temp.sync_ctx").fetchone()[0]
    db.execute(
        "INSERT INTO sync_op(tbl, rec, kind, field, value, member, local) "
        "VALUES (?, ?, ?, ?, ?, ?, 1)",
        (tbl, rec, kind, name, encoded, member),
    )
