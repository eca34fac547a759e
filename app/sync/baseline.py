"""The baseline: switching team sync on with data in place records every record of the
synced team once, as this laptop's inserts, so that the other laptops receive it.

At 100 000 customers that is millions of operations, so it is streamed (issue 24):

- **in batches**: one table at a time, a range of at most `BATCH_ROWS` rowids per batch,
  each batch its own `Store.write`; nothing holds more than one batch's rows, and the
  SQL does the work (no Python list of operations);
- **each row written once**: an operation is inserted with its final id and supersedes
  (a record with no head here supersedes nothing: nearly all of them), and its head is
  inserted beside it; only a record that already has heads here (the team's records a
  laptop held before it switched teams, a record edited while the baseline ran) takes the
  capture's own path (`capture.finish`), which works out what it supersedes;
- **resumable**: `sync_setting` `baseline` says how far it got (the table, the last rowid
  done, the counts for the progress); a kill between batches leaves it there, and the
  next `set_folder` or `sync_now` finishes it before anything is sent. A batch and its
  progress mark commit together, so no row is recorded twice or left out;
- **with progress**: `progress(percent, "baseline")`, as `sync_now` reports its stages.

Sync counts as on from the first batch: a write made meanwhile is captured as any other
(a record the baseline has not reached yet is recorded again when it is reached, its
insert superseding the edit: the value is the same). Rows inserted after the start
(beyond each table's last rowid then) are left to the capture.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import asdict, dataclass

from sqlalchemy.orm import Session

from app.store import Store
from app.sync.capture import Capturing, finish, put_setting, raw, setting
from app.sync.clock import short_device
from app.sync.derived import derive_ladder_levels
from models.sync_capture import baseline_rows_sql, shapes

MARK = "baseline"  # sync_setting: how far the baseline got; absent when none is under way
BATCH_ROWS = 20_000  # rowids per batch (a few MB of JSON at most)
Progress = Callable[[int, str], None]


@dataclass
class Mark:
    """How far the baseline got: `tables` (name, last rowid at the start) still to do
    from `index`, the rowids up to `after` of the current one done."""

    team_id: int
    tables: list[tuple[str, int]]
    index: int = 0
    after: int = 0
    done: int = 0  # rows looked at so far
    total: int = 0  # rows to look at, all tables

    def text(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def parse(cls, text: str) -> Mark:
        found = json.loads(text)
        found["tables"] = [tuple(t) for t in found["tables"]]
        return cls(**found)


def start(db: sqlite3.Connection, team: str) -> None:
    """Mark a baseline of `team`'s records to record (in the transaction switching sync on
    or changing the team); `run` records it. Nothing when the team is not here yet (it
    arrives from the folder)."""
    found = db.execute("SELECT id FROM team_company WHERE uuid = ?", (team,)).fetchone()
    if found is None:
        db.execute("DELETE FROM sync_setting WHERE key = ?", (MARK,))
        return
    tables, total = [], 0
    for name in shapes():
        last, count = db.execute(
            f"SELECT coalesce(max(rowid), 0), count(*) FROM main.{name}"
        ).fetchone()
        if count:
            tables.append((name, int(last)))
            total += int(count)
    put_setting(db, MARK, Mark(int(found[0]), tables, total=total).text())


def pending(store: Store) -> bool:
    with store.read() as session:
        return setting(raw(session), MARK) is not None


def run(store: Store, progress: Progress | None = None, rows: int | None = None) -> int:
    """Record the baseline marked by `start`, batch by batch (each committed with its
    mark); the operations recorded. Nothing when none is under way."""
    say = progress or (lambda _percent, _stage: None)
    recorded = 0
    if not pending(store):  # a read: a sync with nothing to finish writes nothing here
        return 0
    while True:
        with store.write() as session:
            db = raw(session)
            text = setting(db, MARK)
            if text is None:
                return recorded
            mark = Mark.parse(text)
            capturing = session.info.get("sync")
            assert isinstance(capturing, Capturing), "a baseline runs with sync on"
            recorded += _step(session, mark, capturing, rows or BATCH_ROWS)
            if mark.index >= len(mark.tables):
                db.execute("DELETE FROM sync_setting WHERE key = ?", (MARK,))
            else:
                put_setting(db, MARK, mark.text())
        say(100 * mark.done // max(1, mark.total), "baseline")


def _step(session: Session, mark: Mark, capturing: Capturing, rows: int) -> int:
    """The next batch of the current table, the mark moved past it; operations recorded."""
    if mark.index >= len(mark.tables):
        return 0
    name, last = mark.tables[mark.index]
    count, upto = (
        raw(session)
        .execute(
            f"SELECT count(*), max(rowid) FROM (SELECT rowid FROM main.{name} "
            "WHERE rowid > ? AND rowid <= ? ORDER BY rowid LIMIT ?)",
            (mark.after, last, rows),
        )
        .fetchone()
    )
    if not count:  # the table is done
        mark.index, mark.after = mark.index + 1, 0
        return 0
    recorded = batch(session, name, mark.team_id, (mark.after, int(upto)), capturing)
    mark.after, mark.done = int(upto), mark.done + int(count)
    return recorded


def batch(
    session: Session, name: str, team_id: int, rowids: tuple[int, int], capturing: Capturing
) -> int:
    """Record the team's rows of table `name` with rowids in (first, last]: inserts with
    their final ids, and their heads; a record with heads here already through the
    capture's own path. The operations recorded."""
    db = raw(session)
    # Nothing this batch writes is a change of the team's records: capture stays off (a
    # level derived below is not logged, as in `capture.finish`).
    db.execute("UPDATE temp.sync_ctx SET capture = 0")
    before = int(db.execute("SELECT coalesce(max(n), 0) FROM sync_op").fetchone()[0])
    select = baseline_rows_sql(shapes()[name])
    known = f"EXISTS (SELECT 1 FROM sync_head h WHERE h.tbl = '{name}' AND h.rec = b.rec)"
    params = (*rowids, team_id)
    db.execute(
        "INSERT INTO sync_op(op_id, tbl, rec, kind, value, supersedes, member, local) "
        "SELECT printf('%s.%07d@%s', ?, ? + row_number() OVER (ORDER BY rid) - 1, ?), "
        f"'{name}', rec, 'I', value, '[]', NULL, 1 FROM ({select}) AS b WHERE NOT {known} "
        "ORDER BY rid",
        (capturing.stamp.text(), capturing.seq, short_device(capturing.device), *params),
    )
    fresh = int(db.execute("SELECT changes()").fetchone()[0])
    db.execute(
        "INSERT INTO sync_op(tbl, rec, kind, value, member, local) "
        f"SELECT '{name}', rec, 'I', value, NULL, 1 FROM ({select}) AS b WHERE {known} "
        "ORDER BY rid",
        params,
    )
    # The heads of the new records, after the statement above looked for heads.
    db.execute(
        "INSERT INTO sync_head(tbl, rec, field, op_id) "
        "SELECT tbl, rec, '*', op_id FROM sync_op WHERE n > ? AND op_id IS NOT NULL",
        (before,),
    )
    capturing.seq += fresh
    if fresh and name == "ladder_move":
        _derive_levels(db, before)
    # The records known here already (a few; none when a laptop switches sync on for the
    # first time): ids and supersedes as any capturing write gives them.
    known_ones = finish(session, capturing, scoped=True)
    if not known_ones:
        put_setting(db, "clock", capturing.stamp.text())
    return fresh + known_ones


def _derive_levels(db: sqlite3.Connection, before: int) -> None:
    """The level each customer's moves say, as `capture.finish` derives it after a write
    that recorded moves (the same on every laptop that receives them)."""
    customers = {
        str(row[0])
        for row in db.execute(
            "SELECT DISTINCT json_extract(value, '$.customer_id') FROM sync_op "
            "WHERE n > ? AND tbl = 'ladder_move'",
            (before,),
        )
        if row[0] is not None
    }
    derive_ladder_levels(db, customers)
