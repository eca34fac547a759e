"""What team sync's views read: the conflicts and history of one record named by its table
and local id (what the customer's detail pane marks and its History tab lists; the engine
works by UUID), the conflicts list, the recycle bin and the status.

The functions that take a `Store` open their own read, so that views never open a session
(tests/core/test_layers.py); those that take a `Session` are their parts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from app.sync.capture import raw
from app.sync.records import Conflict, conflicts
from app.sync.recycle import Deleted, HistoryEntry, deleted_records, history
from app.sync.settings import SyncSettings, settings

if TYPE_CHECKING:
    from app.store import Store


def uuid_of(session: Session, table: str, record_id: int) -> str | None:
    # `table` is one of the engine's captured tables, never user input.
    row = raw(session).execute(f"SELECT uuid FROM {table} WHERE id = ?", (record_id,)).fetchone()
    return None if row is None else str(row[0])


def record_conflicts(session: Session, table: str, record_id: int) -> list[Conflict]:
    """The open conflicts of one record (none while team sync is off)."""
    rec = uuid_of(session, table, record_id)
    if rec is None:
        return []
    found = raw(session).execute(
        "SELECT 1 FROM sync_conflict WHERE tbl = ? AND rec = ? LIMIT 1", (table, rec)
    )
    if found.fetchone() is None:  # the usual case: no conflict, no reading of the heads
        return []
    return [c for c in conflicts(session, (table,)) if c.rec == rec]


def record_history(session: Session, table: str, record_id: int) -> list[HistoryEntry]:
    """Every change of one record, newest first."""
    rec = uuid_of(session, table, record_id)
    return [] if rec is None else list(reversed(history(session, table, rec)))


def shown(session: Session, table: str, field: str, value: object) -> object:
    """A value as a person reads it: a reference (a parent's UUID) as the parent's name."""
    from app.sync.recycle import _shown

    return _shown(raw(session), table, field, value)


def open_conflicts(session: Session) -> int:
    """How many fields are in conflict (a count for the status bar)."""
    return int(raw(session).execute("SELECT count(*) FROM sync_conflict").fetchone()[0])


def laptop_names(session: Session) -> dict[str, str]:
    """Each device's name under its UUID and under the short id operations carry."""
    from app.sync.clock import short_device
    from app.sync.settings import devices

    names: dict[str, str] = {}
    for seen in devices(session):
        if seen.name:
            names[seen.uuid] = names[short_device(seen.uuid)] = seen.name
    return names


# --- whole reads for the views (each opens its own session) ------------------------------


def record_conflicts_in(store: Store, table: str, record_id: int) -> list[Conflict]:
    """A small indexed read (one record's conflicts); nothing at all while sync is off."""
    with store.read() as session:
        return record_conflicts(session, table, record_id)


@dataclass(frozen=True)
class RecordHistory:
    entries: list[HistoryEntry]
    laptops: dict[str, str]  # device uuid (and short id) -> name


def record_history_in(store: Store, table: str, record_id: int) -> RecordHistory:
    with store.read() as session:
        laptops = laptop_names(session)
        return RecordHistory(record_history(session, table, record_id), laptops)


@dataclass(frozen=True)
class Bin:
    deleted: list[Deleted]
    laptops: dict[str, str]  # device uuid -> name


def read_bin(store: Store) -> Bin:
    """The recycle bin: records deleted on any laptop, with the laptops' names."""
    with store.read() as session:
        return Bin(deleted_records(session), laptop_names(session))


@dataclass(frozen=True)
class ListedConflict:
    conflict: Conflict
    values: tuple[object, ...]  # each side's value, a reference as the parent's name
    laptops: tuple[str, ...]  # each side's laptop name


def read_conflicts(store: Store) -> list[ListedConflict]:
    """Every open conflict with what the conflicts list shows of its sides."""
    with store.read() as session:
        names = laptop_names(session)
        return [
            ListedConflict(
                found,
                tuple(
                    None if s.deleted else shown(session, found.tbl, found.field, s.value)
                    for s in found.sides
                ),
                tuple(names.get(s.device) or s.device[:8] for s in found.sides),
            )
            for found in conflicts(session)
        ]


def read_status(store: Store) -> tuple[SyncSettings, int]:
    """This laptop's sync settings and how many fields are in conflict (small reads)."""
    with store.read() as session:
        return settings(session), open_conflicts(session)
