"""Team sync's app-layer API, the one module the views (and main.py sync) import.

No Qt here. Every function takes the `Store` (writes, and the whole reads a view asks
for: they open their own session, views never do) or a read `Session` (reads); messages
are English templates with their values (`Message`, `SyncError`, `FileProblem`),
translated in the views in the "sync" context. See docs/sync.md.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from app.sync.capture import raw, setting
from app.sync.engine import Message, SyncError, SyncReport, sync_now
from app.sync.keys import PASSPHRASE_MIN, newest_generation, stored, strong_enough
from app.sync.numbering import NOTICE
from app.sync.opfiles import FileProblem, decode
from app.sync.passphrase import (
    Need,
    folder_needs,
    needs_passphrase,
    opens,
    rotate_key,
    set_folder,
    set_passphrase,
    team_of,
    unlock,
)
from app.sync.records import Conflict, Side, conflicts, label, resolve
from app.sync.recycle import Deleted, HistoryEntry, deleted_records, history, restore_deleted
from app.sync.refusals import Refused, refused
from app.sync.setaside import SetAside, set_aside
from app.sync.settings import (
    DEVICE_NAME_MAX,
    DeviceSeen,
    SyncSettings,
    devices,
    set_device_name,
    settings,
)
from app.sync.snapshot import join_from_snapshot, newest_snapshot, write_snapshot

if TYPE_CHECKING:
    from app.store import Store

__all__ = [
    "DEVICE_NAME_MAX",
    "PASSPHRASE_MIN",
    "Conflict",
    "Deleted",
    "DeviceSeen",
    "FileProblem",
    "HistoryEntry",
    "Message",
    "Need",
    "Parked",
    "Refused",
    "SetAside",
    "Setup",
    "Side",
    "SyncError",
    "SyncReport",
    "SyncSettings",
    "conflicts",
    "deleted_records",
    "devices",
    "folder_needs",
    "history",
    "join_from_snapshot",
    "needs_passphrase",
    "newest_generation",
    "newest_snapshot",
    "opens",
    "parked",
    "read_setup",
    "refused",
    "resolve",
    "restore_deleted",
    "rotate_key",
    "set_aside",
    "set_device_name",
    "set_folder",
    "set_passphrase",
    "settings",
    "strong_enough",
    "sync_now",
    "team_of",
    "unlock",
    "write_snapshot",
]


@dataclass(frozen=True)
class Parked:
    """Something held back: "future" (an operation stamped over a day ahead) or "parent"
    (a record waiting for its parent, which has not arrived or was deleted)."""

    reason: str
    tbl: str
    rec: str
    detail: str  # the op id, or the parent's table and UUID


def parked(session: Session) -> list[Parked]:
    db = raw(session)
    out = []
    for op_id, payload in db.execute("SELECT op_id, payload FROM sync_parked"):
        op = decode(payload)
        out.append(Parked("future", op.tbl, op.rec, op_id))
    for tbl, rec, parent_tbl, parent_rec in db.execute(
        "SELECT tbl, rec, parent_tbl, parent_rec FROM sync_pending ORDER BY tbl, rec"
    ):
        out.append(Parked("parent", tbl, rec, f"{parent_tbl} {parent_rec}"))
    return out


@dataclass
class Setup:
    """What Settings → Team sync shows of this laptop's setup."""

    name: str  # this laptop's name
    folder: Path | None  # the shared folder, None while sync is off
    devices: list[DeviceSeen]
    parked: list[tuple[Parked, str]]  # with the record's name
    refused: list[Refused]  # files refused at the last sync (safefiles.py, signing.py)
    set_aside: list[SetAside]  # what of the other laptops' files was not applied, newest first
    # The last time this database was found behind its own files or a second copy of it
    # was found writing (app/sync/numbering.py): what happened, and when (UTC).
    notice: tuple[Message, datetime] | None = None
    need: Need | None = None  # the team passphrase to ask for (passphrase.py)
    keys: bool = False  # this laptop holds the team key


def read_setup(store: Store) -> Setup:
    """This laptop's setup, the laptops seen, what is held back and what was set aside
    (fit for `ctx.query`)."""
    with store.read() as session:
        now = settings(session)
        held = [(p, label(raw(session), p.tbl, p.rec)) for p in parked(session)]
        return Setup(
            now.device_name,
            now.folder if now.enabled else None,
            devices(session),
            held,
            refused(session),
            set_aside(session),
            _notice(setting(raw(session), NOTICE)),
            needs_passphrase(session),
            stored(raw(session)) is not None,
        )


def _notice(stored: str | None) -> tuple[Message, datetime] | None:
    if stored is None:
        return None
    found = json.loads(stored)
    return Message(found["text"], found["args"]), datetime.fromisoformat(found["at"])
