"""A new laptop joins its team: from the newest snapshot when the folder has a good one,
else by replaying every operation file (issue 24, docs/sync.md "Joining from a snapshot").

Only a database with no record of any team joins this way (`is_new`: the file is missing,
empty, or holds no team company and no sync identity). The snapshot is a whole database,
so it is never written over a file holding data: it is made under a temporary name in the
database's folder (`join_from_snapshot`), the database's lock is taken, the target checked
to be new once more, and the temporary moved into its place (`place`); only then does the
Store open it. The command line (app/sync/cli.py) and the window's first start
(views/sync/join_dialog.py) both go through `join_new`.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.lock import DatabaseLock
from app.sync.engine import SyncError
from app.sync.safefiles import FileProblem, is_real_dir
from app.sync.snapshot import JOINED_FROM, join_from_snapshot, newest_snapshot
from models.rules import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)
Progress = Callable[[int, str], None]

NOT_NEW = QT_TRANSLATE_NOOP(
    "sync", "{path} holds data already: a laptop joins from a snapshot only into a new database."
)


@dataclass(frozen=True)
class Joined:
    """How a new database joined: `snapshot` is the snapshot's file name (None: no usable
    snapshot, so the files are replayed), `skipped` the snapshots refused on the way."""

    snapshot: str | None
    skipped: tuple[str, ...] = ()


def is_new(path: Path) -> bool:
    """Whether `path` holds no record of any team: missing, empty, or a database with no
    team company and no sync identity (what `Store.open` makes of a new file)."""
    try:
        if not path.exists() or path.stat().st_size == 0:
            return True
    except OSError:
        return False
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "team_company" in names and conn.execute("SELECT 1 FROM team_company").fetchone():
            return False
        identity = "SELECT 1 FROM sync_setting WHERE key IN ('device', 'team')"
        return "sync_setting" not in names or conn.execute(identity).fetchone() is None
    except sqlite3.Error:  # not a database (or a damaged one): never written over
        return False
    finally:
        conn.close()


def teams_in(folder: Path) -> list[str]:
    """The team UUIDs whose folders lie in the shared folder (raketti/<team>)."""
    try:
        root = Path(folder).expanduser() / "raketti"
        return sorted(p.name for p in root.iterdir() if is_real_dir(p) and len(p.name) == 36)
    except OSError:
        return []


def has_snapshot(folder: Path, team: str) -> bool:
    return newest_snapshot(Path(folder).expanduser(), team) is not None


def from_snapshot(
    target: Path,
    folder: Path,
    team: str,
    passphrase: str | None,
    device_name: str | None = None,
) -> tuple[Path | None, tuple[str, ...]]:
    """The newest good snapshot joined into a temporary file beside `target` (its path;
    None when no snapshot is usable, with the reasons). The caller `place`s it."""
    folder = Path(folder).expanduser()
    if not has_snapshot(folder, team):
        return None, ()
    where = Path(tempfile.mkdtemp(prefix=f".{target.name}.joining-", dir=target.parent))
    joined = where / target.name
    try:
        join_from_snapshot(folder, team, joined, device_name, passphrase=passphrase)
    except (SyncError, FileProblem) as problem:
        _remove_dir(where)
        log.info("join: no usable snapshot in %s: %s", folder, problem)
        return None, (str(problem),)
    return joined, ()


def place(joined: Path, target: Path) -> None:
    """Move the joined database into `target`'s place, under the target's lock and only
    when it is still new (SyncError otherwise: the joined copy is removed)."""
    lock = DatabaseLock.for_database(target)
    lock.acquire()  # creates an empty file when there is none: a new database
    try:
        if not is_new(target):
            raise SyncError(NOT_NEW, path=str(target))
        for suffix in ("-wal", "-shm", "-journal"):  # an empty database's, never the copy's
            with contextlib.suppress(FileNotFoundError):
                Path(f"{target}{suffix}").unlink()
        os.replace(joined, target)
    finally:
        lock.release()
        _remove_dir(joined.parent)


def _remove_dir(where: Path) -> None:
    if where.name.startswith(".") and ".joining-" in where.name:
        for path in where.iterdir():
            with contextlib.suppress(OSError):
                path.unlink()
        with contextlib.suppress(OSError):
            where.rmdir()


def join_new(
    target: Path,
    folder: Path,
    team: str,
    passphrase: str | None,
    device_name: str | None = None,
    progress: Progress | None = None,
) -> Joined:
    """Make the new database `target` a copy of the team's newest good snapshot, when the
    folder has one; the caller then opens it and syncs (only the files after it). Without a
    usable snapshot `target` is left as it was and the caller replays the files."""
    say = progress or (lambda _percent, _stage: None)
    target = Path(target).expanduser()
    if not is_new(target):
        raise SyncError(NOT_NEW, path=str(target))
    say(0, "snapshot")
    joined, skipped = from_snapshot(target, folder, team, passphrase, device_name)
    if joined is None:
        return Joined(None, skipped)
    name = _snapshot_name(joined)
    place(joined, target)
    say(50, "snapshot")
    log.info("join: %s joined from snapshot %s", target, name)
    return Joined(name, skipped)


def _snapshot_name(joined: Path) -> str:
    """The file name of the snapshot the joined copy came from (join_from_snapshot notes it)."""
    conn = sqlite3.connect(joined)
    try:
        found = conn.execute("SELECT value FROM sync_setting WHERE key = ?", (JOINED_FROM,))
        row = found.fetchone()
    finally:
        conn.close()
    return str(row[0]) if row else ""
