"""What the user sees of the merge: conflicts and their settling, the recycle bin, and a
record's history, all read from the operation log and the heads.

Settling a conflict and restoring a deleted record are ordinary writes through
`Store.write`: the capture records them as operations that supersede every head, so the
same settlement reaches every laptop.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session

from app.changes import Changes, Kind
from app.store import Conflict as StaleStep
from app.store import Store
from app.sync.apply import aliases
from app.sync.capture import fold_in, raw, record_op
from app.sync.clock import stamp_of
from app.sync.materialize import Materializer
from app.sync.state import DELETED, Head, RecordState, read_state
from app.sync.tables import info, kinds_of

LABELS = ("name", "title", "summary", "goal", "key", "metric", "code")
DELETED_KINDS = ("customer", "contact", "interaction", "meeting")


def _when(op_id: str) -> datetime:
    return datetime.fromtimestamp(stamp_of(op_id).wall / 1000, UTC).replace(tzinfo=None)


def _device(op_id: str) -> str:
    return op_id.split("@", 1)[1]


def _member_names(db: sqlite3.Connection) -> dict[str, str]:
    return dict(db.execute("SELECT uuid, name FROM member"))


def label(db: sqlite3.Connection, tbl: str, rec: str) -> str:
    """A record's name for lists: its first naming field's current or last value."""
    state = read_state(db, tbl, rec)
    for name in LABELS:
        value = state.value(name)
        if value is None:
            value = last_value(db, tbl, rec, name)
        if value:
            return str(value)
    return rec


@dataclass(frozen=True)
class Side:
    op_id: str
    value: Any  # None for a delete
    deleted: bool
    member: str | None  # the member's name (or UUID when unknown here)
    device: str  # short device id
    when: datetime  # UTC
    winning: bool  # the value the tables show


@dataclass(frozen=True)
class Conflict:
    tbl: str
    rec: str
    field: str  # a column, or "_deleted": deleted against restored
    label: str
    sides: tuple[Side, ...]

    @property
    def delete_vs_edit(self) -> bool:
        return any(side.deleted for side in self.sides)


def _sides(heads: list[Head], names: dict[str, str]) -> tuple[Side, ...]:
    best = max(h.op_id for h in heads)
    return tuple(
        Side(
            h.op_id,
            None if h.deleted else h.value,
            h.deleted,
            names.get(h.member or "", h.member),
            _device(h.op_id),
            _when(h.op_id),
            h.op_id == best,
        )
        for h in sorted(heads, key=lambda h: h.op_id, reverse=True)
    )


def conflicts(session: Session, tables: tuple[str, ...] | None = None) -> list[Conflict]:
    """Every conflicting field (of `tables`, or all), newest first."""
    db = raw(session)
    names = _member_names(db)
    rows = db.execute("SELECT tbl, rec, field FROM sync_conflict ORDER BY tbl, rec, field")
    out = []
    for tbl, rec, name in rows.fetchall():
        if tables is not None and tbl not in tables:
            continue
        heads = read_state(db, tbl, rec).fields.get(name, [])
        if len(heads) > 1:
            out.append(Conflict(tbl, rec, name, label(db, tbl, rec), _sides(heads, names)))
    return sorted(out, key=lambda c: max(s.op_id for s in c.sides), reverse=True)


def resolve(store: Store, conflict: Conflict, value: Any = None, keep: bool = True) -> Changes:
    """Settle a conflict everywhere: `value` becomes the field's one value (choose a side's
    value or type another). For a delete against an edit, `keep=False` confirms the delete
    and `keep=True` restores the record with `value` in the field."""
    changes = Changes.of(*kinds_of(conflict.tbl), Kind.CONFLICT)
    with store.write(changes) as session:
        db = raw(session)
        state = read_state(db, conflict.tbl, conflict.rec)
        if {h.op_id for h in state.fields.get(conflict.field, [])} != {
            s.op_id for s in conflict.sides
        }:
            raise StaleStep(conflict.rec)  # settled (or changed) since it was listed
        if not keep:
            record_op(session, conflict.tbl, conflict.rec, "D", None, None)
            write_back(session, conflict.tbl, conflict.rec)
        elif not state.live or conflict.field == DELETED:
            _revive(session, conflict, state, value)
        else:
            record_op(session, conflict.tbl, conflict.rec, "U", conflict.field, value)
            write_back(session, conflict.tbl, conflict.rec)
    return changes


def _revive(session: Session, conflict: Conflict, state: RecordState, value: Any) -> None:
    values = last_values(raw(session), conflict.tbl, conflict.rec)
    if conflict.field != DELETED:
        values[conflict.field] = value
    record_op(session, conflict.tbl, conflict.rec, "I", None, values)
    write_back(session, conflict.tbl, conflict.rec)


def write_back(session: Session, tbl: str, rec: str) -> None:
    """Fold the just-recorded operation in, then write the record to its table (capture
    off: the operation is already logged)."""
    fold_in(session)
    db = raw(session)
    Materializer(db, aliases(db)).run({(tbl, rec)})


def last_value(db: sqlite3.Connection, tbl: str, rec: str, name: str) -> Any:
    """A field's last value in the log (for a deleted record too): the newest insert or edit."""
    for kind, field, value in db.execute(
        "SELECT kind, field, value FROM sync_op WHERE tbl = ? AND rec = ? AND kind != 'D' "
        "ORDER BY op_id DESC",
        (tbl, rec),
    ):
        decoded = json.loads(value) if value is not None else None
        if kind == "U" and field == name:
            return decoded
        if kind == "I":
            return (decoded or {}).get(name)
    return None


def last_values(db: sqlite3.Connection, tbl: str, rec: str) -> dict[str, Any]:
    """Every field's last value before the record was deleted (from the log)."""
    return {name: last_value(db, tbl, rec, name) for name in info()[tbl].shape.fields}
