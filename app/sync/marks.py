"""The conflicts and history of one record named by its table and local id: what the
customer's detail pane marks and its History tab lists (the engine works by UUID)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.sync.capture import raw
from app.sync.records import Conflict, conflicts
from app.sync.recycle import HistoryEntry, history


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
