"""Taking in other laptops' operations: log, merge, write the tables, in one transaction.

Each operation is checked (a table and field this version knows), logged once (a known op
id is a duplicate and changes nothing), folded into the heads (app.sync.state) and its
record written to the tables again (app.sync.materialize). An operation stamped more than
a day ahead of this laptop's clock is parked in `sync_parked`, reported, and retried at
every sync; it moves no clock. The caller runs this inside `Store.write`, one file per
transaction, so a failure leaves the database as it was before that file.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field, replace

from app.sync.capture import put_setting, setting
from app.sync.clock import Stamp, stamp_of, too_far_ahead, wall_ms
from app.sync.materialize import Materializer
from app.sync.opfiles import FileProblem, decode, encode
from app.sync.state import Op, integrate, store_op
from models.rules import QT_TRANSLATE_NOOP
from models.sync_capture import shapes


@dataclass
class Applied:
    new: int = 0
    duplicates: int = 0
    parked: int = 0
    tables: set[str] = field(default_factory=set)


def aliases(db: sqlite3.Connection) -> dict[tuple[str, str], str]:
    return {(t, r): c for t, r, c in db.execute("SELECT tbl, rec, canonical FROM sync_alias")}


def check(op: Op) -> None:
    shape = shapes().get(op.tbl)
    if shape is None or (op.kind == "U" and op.field not in shape.fields):
        raise FileProblem(
            QT_TRANSLATE_NOOP("sync", "An operation names a table or field unknown here: {what}"),
            what=f"{op.tbl}.{op.field or ''}",
        )


def apply_ops(db: sqlite3.Connection, ops: list[Op]) -> Applied:
    """Merge `ops` into this database (inside the caller's transaction). Capture is off
    for the rest of the transaction: what others did is not this laptop's edit."""
    db.execute("UPDATE temp.sync_ctx SET capture = 0")
    result = Applied()
    known = aliases(db)
    now = wall_ms()
    clock = Stamp.parse(setting(db, "clock") or "0.0")
    newest = clock
    touched: set[tuple[str, str]] = set()
    for op in sorted(ops, key=lambda o: o.op_id):
        check(op)
        stamp = stamp_of(op.op_id)
        if too_far_ahead(stamp, now):
            db.execute(
                "INSERT OR IGNORE INTO sync_parked(op_id, reason, payload) VALUES (?, 'future', ?)",
                (op.op_id, encode(op)),
            )
            result.parked += 1
            continue
        if not store_op(db, op):
            result.duplicates += 1
            continue
        merged = replace(op, rec=known.get((op.tbl, op.rec), op.rec))
        integrate(db, merged)
        touched.add((merged.tbl, merged.rec))
        newest = max(newest, stamp)
        result.new += 1
    if newest > clock:
        put_setting(db, "clock", newest.text())
    materializer = Materializer(db, known)
    materializer.run(touched)
    result.tables = materializer.tables
    return result


def retry_parked(db: sqlite3.Connection) -> Applied:
    """Apply the parked operations no longer ahead of this laptop's clock."""
    now = wall_ms()
    ready = [
        decode(payload)
        for op_id, payload in db.execute(
            "SELECT op_id, payload FROM sync_parked WHERE reason = 'future'"
        )
        if not too_far_ahead(stamp_of(op_id), now)
    ]
    if not ready:
        return Applied()
    db.executemany("DELETE FROM sync_parked WHERE op_id = ?", [(op.op_id,) for op in ready])
    return apply_ops(db, ready)
