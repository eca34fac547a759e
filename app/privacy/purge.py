"""The purge: an erased person's data taken out of every place this database keeps it.

Qt-free, on the raw SQLite connection of a write's transaction, capture off (what it
writes is no edit of this laptop: every laptop that holds the erasure runs the same purge,
`app.privacy.scrub` makes each value a function of the erasures alone, so laptops with the
same operations end identical). It runs where the erasure is made (app/privacy/erase.py)
and wherever its insert is applied (`received_applied`, a hook team sync calls). Places:

- the record's row: personal fields (the catalogue's flag) NULL or the placeholder;
  copies of the name (a risk flag); the person's addresses and numbers in free texts;
- team sync's log: every operation's value (an insert's JSON object, an edit's value),
  so the heads, the history, the recycle bin (a deleted record lives in the log) and
  the conflicts (values that became equal are no conflict any more) show no old value;
  held-back operations (`sync_parked`) scrubbed; what was set aside naming the record or
  holding an address removed;
- the search index: rewritten by its triggers, then merged (`optimize`) so no old
  segment keeps the words; `secure_delete` overwrites what is freed meanwhile.

After the commit, `compact` folds the WAL in and rebuilds the file (VACUUM), so no freed
page or WAL frame keeps a value.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from typing import Any

from app.privacy.scrub import (
    NAME_COPIES,
    PLACEHOLDER,
    Erasure,
    Scrubber,
    erased_value,
    free_texts,
    personal,
)
from app.store import Store

log = logging.getLogger(__name__)

PENDING_REWRITE = "privacy_rewrite"  # sync_setting: this laptop's own files to rewrite


def known_erasures(db: sqlite3.Connection) -> list[Erasure]:
    """Every erasure this database holds (none in a copy from before migration 0018)."""
    if not _has(db, "privacy_erasure"):
        return []
    rows = db.execute("SELECT uuid, tbl, rec, marks FROM privacy_erasure ORDER BY uuid")
    return [Erasure.of_value(u, {"tbl": t, "rec": r, "marks": m}) for u, t, r, m in rows]


def _has(db: sqlite3.Connection, table: str) -> bool:
    found = db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
    ).fetchone()
    return found is not None


def _has_columns(db: sqlite3.Connection, table: str, names: tuple[str, ...]) -> bool:
    present = {row[1] for row in db.execute(f"PRAGMA table_info({table})")}
    return set(names) <= present


def purge(db: sqlite3.Connection, erasures: list[Erasure]) -> set[str]:
    """Take what `erasures` erase out of this database (inside the caller's transaction);
    the tables whose rows changed. Every other erasure known here is applied again too
    (idempotent), so the free texts follow every address known to be erased."""
    db.execute("PRAGMA secure_delete = ON")
    has_log = _has(db, "sync_op")
    if db.execute("SELECT 1 FROM sqlite_temp_master WHERE name = 'sync_ctx'").fetchone():
        db.execute("UPDATE temp.sync_ctx SET capture = 0")
    every = {e.uuid: e for e in [*known_erasures(db), *erasures]}
    scrubber = Scrubber(sorted(every.values(), key=lambda e: e.uuid))
    changed: set[str] = set()
    for erasure in erasures:
        changed |= _record(db, erasure)
    changed |= _free_texts(db, scrubber)
    if has_log:
        _log(db, scrubber, erasures)
    _index(db)
    return changed


def _record(db: sqlite3.Connection, erasure: Erasure) -> set[str]:
    changed: set[str] = set()
    fields = personal(erasure.tbl)
    if fields and _has(db, erasure.tbl):
        present = {row[1] for row in db.execute(f"PRAGMA table_info({erasure.tbl})")}
        fields = tuple(name for name in fields if name in present)
        sets = ", ".join(f"{name} = ?" for name in fields)
        values = [erased_value(erasure.tbl, name) for name in fields]
        cursor = db.execute(
            f"UPDATE {erasure.tbl} SET {sets} WHERE uuid = ?", [*values, erasure.rec]
        )
        if cursor.rowcount:
            changed.add(erasure.tbl)
    for table, person, name in NAME_COPIES:
        if _has(db, table) and _has_columns(db, table, (person, name)):
            cursor = db.execute(
                f"UPDATE {table} SET {name} = ? WHERE {person} = ? AND {name} IS NOT ?",
                (PLACEHOLDER, erasure.rec, PLACEHOLDER),
            )
            if cursor.rowcount:
                changed.add(table)
    return changed


def _free_texts(db: sqlite3.Connection, scrubber: Scrubber) -> set[str]:
    """Every free text of the team's records with the erased addresses and numbers marked
    (SQLite calls the scrubber: one pass over each column)."""
    db.create_function("raketti_scrub", 1, scrubber.text, deterministic=True)
    changed: set[str] = set()
    try:
        for table, columns in free_texts().items():
            if not _has(db, table):
                continue
            present = {row[1] for row in db.execute(f"PRAGMA table_info({table})")}
            for column in sorted(columns & present):  # a backup may be of an older schema
                cursor = db.execute(
                    f"UPDATE {table} SET {column} = raketti_scrub({column}) "
                    f"WHERE {column} IS NOT NULL AND raketti_scrub({column}) IS NOT {column}"
                )
                if cursor.rowcount:
                    changed.add(table)
    finally:
        db.create_function("raketti_scrub", 1, None)
    return changed


def _log(db: sqlite3.Connection, scrubber: Scrubber, erasures: list[Erasure]) -> None:
    """Team sync's log, what is held back and what was set aside."""
    touched: set[tuple[str, str]] = set()

    def scrub(tbl: str, rec: str, kind: str, name: str | None, value: str | None) -> str | None:
        new = scrubber.op_value(tbl, rec, kind, name, value)
        if new != value:
            touched.add((tbl, rec))
        return new

    db.create_function("raketti_scrub_op", 5, scrub, deterministic=True)
    try:
        tables = sorted({*free_texts(), *(t for t, _r in scrubber.records)})
        marks = ",".join("?" * len(tables))
        db.execute(
            "UPDATE sync_op SET value = raketti_scrub_op(tbl, rec, kind, field, value) "
            f"WHERE value IS NOT NULL AND tbl IN ({marks}) "
            "AND raketti_scrub_op(tbl, rec, kind, field, value) IS NOT value",
            tables,
        )
    finally:
        db.create_function("raketti_scrub_op", 5, None)
    from app.sync.state import read_state, refresh_conflicts

    for tbl, rec in sorted(touched):  # values that became equal are no conflict any more
        if db.execute(
            "SELECT 1 FROM sync_conflict WHERE tbl = ? AND rec = ?", (tbl, rec)
        ).fetchone():
            refresh_conflicts(db, read_state(db, tbl, rec))
    if _has(db, "sync_parked"):
        _parked(db, scrubber)
    if not _has(db, "sync_set_aside"):
        return
    for erasure in erasures:
        db.execute(
            "DELETE FROM sync_set_aside WHERE rec = ? OR instr(coalesce(payload, ''), ?) > 0 "
            "OR instr(args, ?) > 0",
            (erasure.rec, erasure.rec, erasure.rec),
        )
    for n, payload, args in db.execute("SELECT n, payload, args FROM sync_set_aside").fetchall():
        if scrubber.text(payload or "") != (payload or "") or scrubber.text(args) != args:
            db.execute("DELETE FROM sync_set_aside WHERE n = ?", (n,))


def _parked(db: sqlite3.Connection, scrubber: Scrubber) -> None:
    from app.sync.opfiles import decode, encode

    rows = db.execute("SELECT op_id, payload FROM sync_parked").fetchall()
    for op_id, payload in rows:
        try:
            op = decode(payload)
        except (ValueError, TypeError):
            continue
        scrubbed = scrub_op(scrubber, op)
        if scrubbed is not op:
            db.execute(
                "UPDATE sync_parked SET payload = ? WHERE op_id = ?", (encode(scrubbed), op_id)
            )


def scrub_op(scrubber: Scrubber, op: Any) -> Any:
    """An operation (app.sync.state.Op) with its value scrubbed; the same object when
    nothing changed."""
    value = scrubber.op_value(op.tbl, op.rec, op.kind, op.field, op.value)
    if value == op.value:
        return op
    from dataclasses import replace

    return replace(op, value=value)


def _index(db: sqlite3.Connection) -> None:
    """Merge the search index's segments: an old segment would keep the erased words."""
    if _has(db, "customer_fts"):
        db.execute("INSERT INTO customer_fts(customer_fts) VALUES ('optimize')")


def erasure_ops(ops: list[Any]) -> list[Erasure]:
    """The erasures among operations (inserts of `privacy_erasure`)."""
    found = []
    for op in ops:
        if op.tbl == "privacy_erasure" and op.kind == "I" and op.value:
            try:
                value = json.loads(op.value)
            except (ValueError, RecursionError):
                continue
            if isinstance(value, dict):
                found.append(Erasure.of_value(op.rec, value))
    return found


def compact(store: Store) -> None:
    """After the commit: fold the WAL into the file and rebuild it, so that no freed page
    and no WAL frame keeps an erased value (on a connection with no transaction open).
    Other connections reading at that moment may keep the WAL from being emptied: the
    frames are then overwritten by later writes (secure_delete was on for the purge)."""
    with store.engine.connect() as conn:
        conn.commit()  # no transaction open: VACUUM needs none
        connection = conn.connection.dbapi_connection
        assert isinstance(connection, sqlite3.Connection)
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("VACUUM")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
