"""What was set aside: received operations (or whole files) that were not applied.

An operation that breaks a rule (app/sync/validate.py), one that cannot even be read, and
one whose applying failed unexpectedly are kept in `sync_set_aside` with the laptop and
file they came from, when, and why (an English template in the "sync" context and its
values, translated by the views). The rest of the file is applied and the file counts as
done, so no later sync meets it again and the teammates' files after it are applied. The
settings page lists them (`set_aside`, through app/sync/api.py).

A file of two million bad operations must not make two million rows: past
`SET_ASIDE_PER_FILE` one more row counts the rest.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from app.sync.capture import raw
from app.sync.settings import now_text
from app.sync.state import Op
from models.rules import QT_TRANSLATE_NOOP

SET_ASIDE_PER_FILE = 100
# The database or the machine failing (disk full, locked, out of memory) is not the data's
# fault: nothing is set aside and the file is tried again at the next sync.
ENVIRONMENT = (sqlite3.OperationalError, OSError, MemoryError)
PAYLOAD_MAX = 2000  # characters of the operation kept, for whoever looks into it
LISTED_MAX = 500  # the newest items the settings page lists

R_UNREADABLE = QT_TRANSLATE_NOOP("sync", "The change cannot be read: line {line} is damaged.")
R_FAILED = QT_TRANSLATE_NOOP(
    "sync", "Applying the change failed (an error in Raketti, written to its log)."
)
R_RECORD_FAILED = QT_TRANSLATE_NOOP(
    "sync", "The merged changes of this record could not be written (details in the log)."
)
R_FILE_FAILED = QT_TRANSLATE_NOOP(
    "sync", "Applying the file failed (an error in Raketti, written to its log)."
)
R_MORE = QT_TRANSLATE_NOOP("sync", "{count} more changes of this file were set aside.")
NOTE = QT_TRANSLATE_NOOP(
    "sync",
    "{count} changes from {laptop} (file {number}) were set aside and not applied. "
    "Settings → Team sync lists them.",
)


@dataclass(frozen=True)
class Item:
    """One thing set aside while applying a file."""

    reason: str
    args: dict[str, Any]
    op_id: str | None = None
    tbl: str | None = None
    rec: str | None = None
    payload: str | None = None


@dataclass(frozen=True)
class SetAside:
    """What the settings page lists of one item set aside."""

    device: str
    device_name: str
    number: int | None  # the file's number
    tbl: str | None
    rec: str | None
    reason: str
    args: dict[str, Any]
    at: datetime


def environment(error: BaseException) -> bool:
    """Whether an error is the environment's (a damaged database file is
    `sqlite3.DatabaseError` itself; an IntegrityError is the data's)."""
    return isinstance(error, ENVIRONMENT) or type(error) is sqlite3.DatabaseError


def _text(value: object, size: int) -> str | None:
    """A value of a received operation as storable text (no lone surrogate), cut short."""
    if not isinstance(value, str):
        return None
    return value.encode("utf-8", "replace").decode("utf-8")[:size]


def item(op: Op, reason: str, args: dict[str, Any]) -> Item:
    fields = [op.op_id, op.tbl, op.rec, op.kind, op.field, op.value, op.supersedes, op.member]
    try:
        payload = json.dumps(fields, default=repr)[:PAYLOAD_MAX]
    except (ValueError, TypeError, RecursionError):
        payload = None
    return Item(reason, args, _text(op.op_id, 64), _text(op.tbl, 64), _text(op.rec, 80), payload)


def unreadable(line: int, text: str) -> Item:
    return Item(R_UNREADABLE, {"line": line}, payload=_text(text, PAYLOAD_MAX))


def record(db: sqlite3.Connection, device: str, number: int | None, items: list[Item]) -> None:
    """Keep `items` (inside the caller's transaction): the first SET_ASIDE_PER_FILE, then
    one row that counts the rest."""
    kept = items[:SET_ASIDE_PER_FILE]
    if len(items) > SET_ASIDE_PER_FILE:
        kept.append(Item(R_MORE, {"count": len(items) - SET_ASIDE_PER_FILE}))
    now = now_text()
    db.executemany(
        "INSERT INTO sync_set_aside(device, number, op_id, tbl, rec, reason, args, payload, at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                device[:36],
                number,
                one.op_id,
                one.tbl,
                one.rec,
                one.reason,
                json.dumps(one.args, default=str),
                one.payload,
                now,
            )
            for one in kept
        ],
    )


def set_aside(session: Session, limit: int = LISTED_MAX) -> list[SetAside]:
    """What was set aside here, newest first (at most `limit`)."""
    rows = (
        raw(session)
        .execute(
            "SELECT s.device, coalesce(d.name, ''), s.number, s.tbl, s.rec, s.reason, s.args, s.at "
            "FROM sync_set_aside s LEFT JOIN sync_device d ON d.uuid = s.device "
            "ORDER BY s.n DESC LIMIT ?",
            (limit,),
        )
        .fetchall()
    )
    return [
        SetAside(
            device, name, number, tbl, rec, reason, json.loads(args), datetime.fromisoformat(at)
        )
        for device, name, number, tbl, rec, reason, args, at in rows
    ]


def count(db: sqlite3.Connection) -> int:
    return int(db.execute("SELECT count(*) FROM sync_set_aside").fetchone()[0])
