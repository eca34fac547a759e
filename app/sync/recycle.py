"""The recycle bin and a record's history, from the operation log.

A delete removes the row from its table (no query of any area changes) but not from the
log: every field's last value stays there, so a deleted record can be restored with its
UUID, on every laptop. Restoring is one more operation (an insert superseding the delete),
written through the one write path. The rows its delete took along (a customer's
contacts and interactions: their deletes carry the same clock stamp and device) come back
with it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from app.changes import Changes, Kind
from app.store import Conflict as StaleStep
from app.store import Store
from app.sync.capture import raw, record_op
from app.sync.records import (
    DELETED_KINDS,
    _device,
    _member_names,
    _when,
    label,
    last_values,
    write_back,
)
from app.sync.state import read_state
from app.sync.tables import info, kinds_of, order


def _inserted(db: Any, tbl: str, rec: str) -> bool:
    found = db.execute(
        "SELECT 1 FROM sync_op WHERE tbl = ? AND rec = ? AND kind = 'I' LIMIT 1", (tbl, rec)
    ).fetchone()
    return found is not None


@dataclass(frozen=True)
class Deleted:
    tbl: str
    rec: str
    label: str
    parent: str | None  # the customer's name, for a contact or an interaction
    deleted_by: str | None
    device: str
    when: datetime  # UTC


def _parent_label(db: Any, tbl: str, rec: str) -> tuple[str | None, bool]:
    """(the customer's label, whether that customer is deleted too)."""
    values = last_values(db, tbl, rec)
    customer = values.get("customer_id")
    if tbl == "customer" or customer is None:
        return None, False
    return label(db, "customer", customer), not read_state(db, "customer", customer).live


def deleted_records(session: Session, kinds: tuple[str, ...] = DELETED_KINDS) -> list[Deleted]:
    """Deleted records of `kinds`, newest first; a contact or interaction deleted together
    with its customer is restored with the customer and listed only under it."""
    db = raw(session)
    names = _member_names(db)
    marks = ",".join("?" * len(kinds))
    rows = db.execute(
        "SELECT h.tbl, h.rec, o.op_id, o.member FROM sync_head h JOIN sync_op o "
        f"ON o.op_id = h.op_id WHERE h.field = '*' AND o.kind = 'D' AND h.tbl IN ({marks})",
        kinds,
    ).fetchall()
    out = []
    for tbl, rec, op_id, member in rows:
        if read_state(db, tbl, rec).live or not _inserted(db, tbl, rec):
            continue  # live again, or known only by its delete (its insert not arrived)
        parent, parent_gone = _parent_label(db, tbl, rec)
        if parent_gone:
            continue
        who = names.get(member or "", member)
        out.append(
            Deleted(tbl, rec, label(db, tbl, rec), parent, who, _device(op_id), _when(op_id))
        )
    return sorted(out, key=lambda d: d.when, reverse=True)


def restore_deleted(store: Store, tbl: str, rec: str) -> Changes:
    """Bring a deleted record back, with what its delete took along."""
    changes = Changes.of(*kinds_of(tbl), Kind.SYNC)
    with store.write(changes) as session:
        db = raw(session)
        state = read_state(db, tbl, rec)
        deletes = [h for h in state.fields.get("_deleted", []) if h.deleted]
        if state.live or not deletes or not _inserted(db, tbl, rec):
            raise StaleStep(rec)  # restored (or never deleted) meanwhile
        together: set[tuple[str, str]] = set()
        for head in deletes:
            stamp, device = head.op_id.rsplit(".", 1)[0], _device(head.op_id)
            together.update(
                db.execute(
                    "SELECT tbl, rec FROM sync_op WHERE kind = 'D' AND op_id LIKE ? "
                    "AND op_id LIKE ?",
                    (f"{stamp}.%", f"%@{device}"),
                ).fetchall()
            )
        together.add((tbl, rec))
        rank = order()
        for other_tbl, other_rec in sorted(together, key=lambda k: rank[k[0]]):
            if not read_state(db, other_tbl, other_rec).live and _inserted(
                db, other_tbl, other_rec
            ):
                record_op(
                    session, other_tbl, other_rec, "I", None, last_values(db, other_tbl, other_rec)
                )
                write_back(session, other_tbl, other_rec)
    return changes


@dataclass(frozen=True)
class HistoryEntry:
    field: str  # a column, "_created" or "_deleted"
    old: Any
    new: Any
    who: str | None
    device: str
    when: datetime  # UTC


def _shown(db: Any, tbl: str, name: str, value: Any) -> Any:
    parent = info()[tbl].shape.parents.get(name)
    return label(db, parent, value) if parent and value else value


def history(session: Session, tbl: str, rec: str) -> list[HistoryEntry]:
    """Every change of a record, oldest first: field, old and new value, who, when, where."""
    db = raw(session)
    names = _member_names(db)
    recs = [rec, *(r for (r,) in db.execute(
        "SELECT rec FROM sync_alias WHERE tbl = ? AND canonical = ?", (tbl, rec)))]  # fmt: skip
    marks = ",".join("?" * len(recs))
    current: dict[str, Any] = {}
    out: list[HistoryEntry] = []
    for op_id, kind, name, value, member in db.execute(
        f"SELECT op_id, kind, field, value, member FROM sync_op WHERE tbl = ? AND rec IN ({marks}) "
        "AND op_id IS NOT NULL ORDER BY op_id",
        [tbl, *recs],
    ):
        who, device, when = names.get(member or "", member), _device(op_id), _when(op_id)
        if kind == "I":
            values = json.loads(value)
            out.append(HistoryEntry("_created", None, None, who, device, when))
            for key, new in values.items():
                if key != "created_at" and current.get(key) != new:
                    old = _shown(db, tbl, key, current.get(key))
                    if key in current or new is not None:
                        out.append(
                            HistoryEntry(key, old, _shown(db, tbl, key, new), who, device, when)
                        )
            current.update(values)
        elif kind == "U":
            new = json.loads(value)
            old = _shown(db, tbl, name, current.get(name))
            out.append(HistoryEntry(name, old, _shown(db, tbl, name, new), who, device, when))
            current[name] = new
        else:
            out.append(HistoryEntry("_deleted", None, None, who, device, when))
    return out
