"""The merge: every field of every record is a multi-value register.

An operation carries the ids of the operations it supersedes: the field's heads on the
writer's laptop when it was written (an insert or a delete: the heads of every field of
the record). A field's state is its heads, the known operations no known operation
supersedes. One head: that is the value. Several heads with different values: a conflict;
the value shown is the head with the greatest op id (clock, then device), and resolving is
one more operation superseding them all. The heads depend only on the set of operations
known, never on the order they came in or on duplicates, so every laptop that has seen the
same operations holds the same state.

Inserts and deletes cover every field and are stored once as a head of the field "*";
`sync_mask` lists the fields for which a later edit superseded them. A delete is a
tombstone: a head whose value is "deleted" for every field, so an edit no delete had seen
stays a head beside it, a delete-versus-edit conflict.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from models.sync_capture import shapes

DELETED = "_deleted"  # the pseudo-field of a record's tombstone
STAR = "*"
# Fields the app derives from other records: their heads are never shown as conflicts.
DERIVED = frozenset({("customer", "ladder_level")})
BOOKKEEPING = frozenset({"created_at"})


@dataclass(frozen=True)
class Op:
    """One operation as it travels: in files, and into `integrate`."""

    op_id: str
    tbl: str
    rec: str
    kind: str  # I, U or D
    field: str | None
    value: str | None  # JSON text
    supersedes: tuple[str, ...]
    member: str | None

    def row(self) -> tuple[Any, ...]:
        return (
            self.op_id,
            self.tbl,
            self.rec,
            self.kind,
            self.field,
            self.value,
            json.dumps(list(self.supersedes)),
            self.member,
        )


@dataclass(frozen=True)
class Head:
    op_id: str
    kind: str
    value: Any  # decoded; for a delete: None
    member: str | None

    @property
    def deleted(self) -> bool:
        return self.kind == "D"


@dataclass
class RecordState:
    """A record's heads per field (and DELETED), as known here."""

    tbl: str
    rec: str
    fields: dict[str, list[Head]] = field(default_factory=dict)

    @property
    def known(self) -> bool:
        return bool(self.fields.get(DELETED))

    @property
    def live(self) -> bool:
        heads = self.fields.get(DELETED, [])
        return bool(heads) and not winner(heads).deleted

    def value(self, name: str) -> Any:
        """The shown value: the winning head that is not a tombstone."""
        alive = [h for h in self.fields.get(name, []) if not h.deleted]
        return winner(alive).value if alive else None

    def conflicted(self) -> list[str]:
        out = []
        for name, heads in self.fields.items():
            if (self.tbl, name) in DERIVED or name in BOOKKEEPING or len(heads) < 2:
                continue
            seen = {("D",) if h.deleted else ("V", json.dumps(h.value)) for h in heads}
            if len(seen) > 1:
                out.append(name)
        return sorted(out)


def winner(heads: list[Head]) -> Head:
    return max(heads, key=lambda h: h.op_id)


def _in(values: Iterable[str]) -> tuple[str, list[str]]:
    items = list(values)
    return ",".join("?" * len(items)), items


def read_state(db: sqlite3.Connection, tbl: str, rec: str) -> RecordState:
    """The record's heads per field, with their values."""
    rows = db.execute(
        "SELECT h.field, o.op_id, o.kind, o.field, o.value, o.member FROM sync_head h "
        "JOIN sync_op o ON o.op_id = h.op_id WHERE h.tbl = ? AND h.rec = ?",
        (tbl, rec),
    ).fetchall()
    state = RecordState(tbl, rec)
    stars = [row for row in rows if row[0] == STAR]
    masks: set[tuple[str, str]] = set()
    if stars:
        marks, ids = _in(row[1] for row in stars)
        masks = set(db.execute(f"SELECT op_id, field FROM sync_mask WHERE op_id IN ({marks})", ids))
    explicit: dict[str, list[Head]] = defaultdict(list)
    for _f, op_id, kind, op_field, value, member in rows:
        if kind == "U":
            explicit[op_field].append(Head(op_id, kind, json.loads(value), member))
    shape = shapes()[tbl]
    decoded = {row[1]: json.loads(row[4]) if row[2] == "I" else None for row in stars}
    for name in shape.fields:
        heads = list(explicit.get(name, []))
        for _f, op_id, kind, _of, _v, member in stars:
            if (op_id, name) not in masks:
                heads.append(Head(op_id, kind, (decoded[op_id] or {}).get(name), member))
        if heads:
            state.fields[name] = heads
    state.fields[DELETED] = [
        Head(op_id, kind, kind == "D", member) for _f, op_id, kind, _of, _v, member in stars
    ]
    return state


def current_heads(db: sqlite3.Connection, tbl: str, rec: str, name: str | None) -> list[str]:
    """What a new operation here supersedes: the heads of field `name`, or of every field."""
    if name is None:
        rows = db.execute("SELECT op_id FROM sync_head WHERE tbl = ? AND rec = ?", (tbl, rec))
        return sorted({row[0] for row in rows})
    rows = db.execute(
        "SELECT h.op_id, h.field FROM sync_head h WHERE h.tbl = ? AND h.rec = ? "
        "AND (h.field = ? OR (h.field = '*' AND NOT EXISTS "
        "(SELECT 1 FROM sync_mask m WHERE m.op_id = h.op_id AND m.field = ?)))",
        (tbl, rec, name, name),
    )
    return sorted(row[0] for row in rows)


def integrate(db: sqlite3.Connection, op: Op) -> None:
    """Fold one operation (already in `sync_op`) into the heads."""
    scope = op.field if op.kind == "U" else STAR
    assert scope is not None
    if op.supersedes:
        db.executemany(
            "INSERT OR IGNORE INTO sync_edge(op_id, field) VALUES (?, ?)",
            [(s, scope) for s in op.supersedes],
        )
        marks, ids = _in(op.supersedes)
        if op.kind == "U":
            db.execute(
                f"DELETE FROM sync_head WHERE tbl = ? AND rec = ? AND field = ? "
                f"AND op_id IN ({marks})",
                [op.tbl, op.rec, scope, *ids],
            )
            db.execute(
                f"INSERT OR IGNORE INTO sync_mask(op_id, field) SELECT op_id, ? FROM sync_head "
                f"WHERE tbl = ? AND rec = ? AND field = '*' AND op_id IN ({marks})",
                [scope, op.tbl, op.rec, *ids],
            )
        else:
            db.execute(
                f"DELETE FROM sync_head WHERE tbl = ? AND rec = ? AND op_id IN ({marks})",
                [op.tbl, op.rec, *ids],
            )
    edges = {
        row[0] for row in db.execute("SELECT field FROM sync_edge WHERE op_id = ?", (op.op_id,))
    }
    if STAR in edges or (op.kind == "U" and scope in edges):
        return  # an operation known here already superseded it
    db.execute(
        "INSERT OR IGNORE INTO sync_head(tbl, rec, field, op_id) VALUES (?, ?, ?, ?)",
        (op.tbl, op.rec, scope, op.op_id),
    )
    if op.kind != "U" and edges:
        db.executemany(
            "INSERT OR IGNORE INTO sync_mask(op_id, field) VALUES (?, ?)",
            [(op.op_id, name) for name in edges],
        )


def store_op(db: sqlite3.Connection, op: Op) -> bool:
    """Add a received operation to the log; False when it was known already."""
    cursor = db.execute(
        "INSERT OR IGNORE INTO sync_op(op_id, tbl, rec, kind, field, value, supersedes, "
        "member, local) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)",
        op.row(),
    )
    return cursor.rowcount == 1


def refresh_conflicts(db: sqlite3.Connection, state: RecordState) -> None:
    db.execute("DELETE FROM sync_conflict WHERE tbl = ? AND rec = ?", (state.tbl, state.rec))
    db.executemany(
        "INSERT INTO sync_conflict(tbl, rec, field) VALUES (?, ?, ?)",
        [(state.tbl, state.rec, name) for name in state.conflicted()],
    )
