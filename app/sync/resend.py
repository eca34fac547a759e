"""An emptied, replaced or different shared folder never means "delete everything", and
this laptop's changes are written there again so that the team stays whole.

A sync never derives a delete from a file's absence: deletes travel only as operations,
so a folder whose files were deleted (by the cloud client, by hand), a team folder
renamed, a folder replaced by an empty one or another folder chosen changes nothing in the
database. What such a folder lacks is what the laptops had sent: a new member joining it
would miss it. So before sending, the laptop compares its own folder with its registry
(`sync_file`): when files it wrote (or took back) are gone, it writes everything it ever
sent again, in new files after its highest number (the teammates have the operations
already: duplicates change nothing; a new member gets them all). `resent_through` keeps
the highest number of the files written before, whose absence is then known and said no
more. Each laptop does this for its own changes; what only a laptop that no longer syncs
had sent comes back through a snapshot (docs/sync.md).

The sync says what it found in one sentence.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app.store import Store
from app.sync.capture import put_setting, raw, setting
from app.sync.clock import short_device
from app.sync.opfiles import FileProblem, listed, number_of
from app.sync.safefiles import real_dir
from app.sync.state import Op
from models.rules import QT_TRANSLATE_NOOP

RESENT_THROUGH = "resent_through"

EMPTY = QT_TRANSLATE_NOOP(
    "sync",
    "The shared folder has no files of this team (emptied, or another folder): nothing was "
    "changed here. This laptop's changes were written there again, so teammates and new "
    "members get them.",
)
EMPTY_NOTHING_SENT = QT_TRANSLATE_NOOP(
    "sync",
    "The shared folder has no files of this team (emptied, or another folder): nothing was "
    "changed here. This laptop's changes are written there at the next sync that has some.",
)
MISSING = QT_TRANSLATE_NOOP(
    "sync",
    "Files this laptop had written are gone from the shared folder ({count}): nothing was "
    "changed here. This laptop's changes were written there again, so teammates and new "
    "members get them.",
)


@dataclass
class Resend:
    """What to write again: this laptop's sent operations, and what to say once written."""

    ops: list[Op]
    through: int  # the highest number written before (resent_through once done)
    message: str
    count: int  # the files found missing


def _present(root: Path, team: str, device: str) -> set[int] | None:
    """The numbers in this laptop's own folder; None when it cannot be told (a link)."""
    try:
        folder = real_dir(root, ("raketti", team, "ops", device))
        return {n for n in (number_of(p.name) for p in folder.iterdir()) if n is not None}
    except FileNotFoundError:
        return set()
    except (FileProblem, OSError):
        return None


def _team_empty(root: Path, team: str) -> bool:
    try:
        return next(iter(listed(root, team)), None) is None
    except (FileProblem, OSError):
        return False


def check(store: Store, root: Path, team: str, device: str) -> tuple[Resend | None, str | None]:
    """What this laptop must write again (None: nothing is missing), and a sentence to say
    when nothing can be written again (an empty folder and nothing of its own sent)."""
    present = _present(root, team, device)
    if present is None:
        return None, None
    with store.read() as session:
        db = raw(session)
        through = int(setting(db, RESENT_THROUGH) or 0)
        mine = {
            int(n)
            for (n,) in db.execute("SELECT number FROM sync_file WHERE device = ?", (device,))
        }
        applied_any = db.execute("SELECT 1 FROM sync_file LIMIT 1").fetchone() is not None
        missing = {n for n in mine - present if n > through}
        if not missing:
            if applied_any and not mine and _team_empty(root, team):
                return None, EMPTY_NOTHING_SENT
            return None, None
        ops = sent_ops(db, device)
    message = EMPTY if _team_empty(root, team) else MISSING
    return Resend(ops, max(mine), message, len(missing)), None


def sent_ops(db: sqlite3.Connection, device: str) -> list[Op]:
    """Every operation this laptop has sent under its id: made here and written already,
    and those taken back from its own files (app/sync/numbering.py)."""
    written = int(setting(db, "written") or 0)
    rows = db.execute(
        "SELECT op_id, tbl, rec, kind, field, value, supersedes, member FROM sync_op "
        "WHERE op_id IS NOT NULL AND ((local = 1 AND n <= ?) OR (local = 0 AND op_id LIKE ?)) "
        "ORDER BY n",
        (written, "%@" + short_device(device)),
    ).fetchall()
    return [
        Op(r[0], r[1], r[2], r[3], r[4], r[5], tuple(json.loads(r[6] or "[]")), r[7]) for r in rows
    ]


def done(store: Store, resend: Resend) -> None:
    """Every operation was written again: the files missing before are no news any more."""
    with store.write() as session:
        put_setting(raw(session), RESENT_THROUGH, str(resend.through))
