"""Taking in other laptops' operations: log, merge, write the tables, in one transaction.

Each operation is checked with the rules a local write keeps (app.sync.validate; one that
breaks them is set aside, `Applied.set_aside`, and the rest go on), logged once (a known op
id is a duplicate and changes nothing), folded into the heads (app.sync.state) and its
record written to the tables again (app.sync.materialize). An operation stamped more than
a day ahead of this laptop's clock is parked in `sync_parked`, reported, and retried at
every sync; it moves no clock. The caller runs this inside `Store.write`, one file per
transaction, so a failure leaves the database as it was before that file. An unexpected
error while taking in one operation undoes that operation alone (a savepoint) and sets it
aside; a database that cannot be written (disk full, locked) stops the file instead, which
is then tried again.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace

from app.areas import hooks
from app.sync import setaside
from app.sync.capture import put_setting, setting
from app.sync.clock import Stamp, stamp_of, too_far_ahead, wall_ms
from app.sync.materialize import Materializer
from app.sync.opfiles import decode, encode
from app.sync.state import Op, integrate, store_op
from app.sync.validate import Checker, Refused

log = logging.getLogger(__name__)


@dataclass
class Applied:
    new: int = 0
    duplicates: int = 0
    parked: int = 0
    tables: set[str] = field(default_factory=set)
    set_aside: list[setaside.Item] = field(default_factory=list)


def aliases(db: sqlite3.Connection) -> dict[tuple[str, str], str]:
    return {(t, r): c for t, r, c in db.execute("SELECT tbl, rec, canonical FROM sync_alias")}


def apply_ops(
    db: sqlite3.Connection, ops: list[Op], careful: bool = False, early: list[Op] | None = None
) -> Applied:
    """Merge `ops` into this database (inside the caller's transaction). Capture is off
    for the rest of the transaction: what others did is not this laptop's edit.

    `careful`: each operation and each record is written under a savepoint, and one that
    fails unexpectedly is undone alone and set aside (slower: the caller's second try of a
    file whose first try failed). `early`: operations of the files still to be read in
    this sync that matter before these (erasures: privacy's "received_ops" hook takes an
    erased person's values out of `ops` before anything is checked or logged)."""
    db.execute("UPDATE temp.sync_ctx SET capture = 0")
    for scrub in hooks("received_ops"):
        ops = scrub(db, ops, early or [])
    result = Applied()
    known = aliases(db)
    checker = Checker(db, setting(db, "team"), known)
    valid: list[Op] = []
    for op in ops:
        try:
            checker.check(op)
        except Refused as refused:
            log.info("sync: set aside %.200r: %s", op, refused)
            result.set_aside.append(setaside.item(op, refused.reason, refused.args_))
            continue
        valid.append(op)
    now = wall_ms()
    clock = Stamp.parse(setting(db, "clock") or "0.0")
    newest = clock
    touched: set[tuple[str, str]] = set()
    fresh: list[Op] = []
    for op in sorted(valid, key=lambda o: o.op_id):
        stamp = stamp_of(op.op_id)
        if too_far_ahead(stamp, now):
            db.execute(
                "INSERT OR IGNORE INTO sync_parked(op_id, reason, payload) VALUES (?, 'future', ?)",
                (op.op_id, encode(op)),
            )
            result.parked += 1
            continue
        try:
            with _savepoint(db, careful):
                new = store_op(db, op)
                merged = replace(op, rec=known.get((op.tbl, op.rec), op.rec))
                if new:
                    integrate(db, merged)
        except _Undone:
            log.error("sync: applying %.200r failed", op, exc_info=True)
            result.set_aside.append(setaside.item(op, setaside.R_FAILED, {}))
            continue
        if not new:
            result.duplicates += 1
            continue
        touched.add((merged.tbl, merged.rec))
        fresh.append(merged)
        newest = max(newest, stamp)
        result.new += 1
    if newest > clock:
        put_setting(db, "clock", newest.text())
    materializer = Materializer(db, known, careful)
    materializer.run(touched)
    result.tables = materializer.tables
    for purge in hooks("received_applied"):  # privacy: an erasure among them purges
        result.tables |= purge(db, fresh)
    result.set_aside.extend(
        setaside.Item(setaside.R_RECORD_FAILED, {"table": tbl}, tbl=tbl, rec=rec)
        for tbl, rec in materializer.failed
    )
    return result


class _Undone(Exception):
    """An operation failed unexpectedly and was undone (the cause is chained)."""


@contextmanager
def _savepoint(db: sqlite3.Connection, careful: bool) -> Iterator[None]:
    """Careful: the block under a savepoint; an unexpected failure undoes it alone and
    raises _Undone. The database failing (full, locked) is raised as it is."""
    if not careful:
        yield
        return
    db.execute("SAVEPOINT sync_apply")
    try:
        yield
    except Exception as error:
        if setaside.environment(error):
            raise
        db.execute("ROLLBACK TO sync_apply")
        db.execute("RELEASE sync_apply")
        raise _Undone from error
    db.execute("RELEASE sync_apply")


def retry_parked(db: sqlite3.Connection) -> Applied:
    """Apply the parked operations no longer ahead of this laptop's clock (what of them is
    set aside is kept under the laptop their op id names)."""
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
    applied = apply_ops(db, ready)
    for one in applied.set_aside:
        setaside.record(db, (one.op_id or "").rpartition("@")[2], None, [one])
    return applied
