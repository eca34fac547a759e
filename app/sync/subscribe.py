"""Read-only subscriptions: a coach follows the shared folders of several teams.

Each team found in a subscribed folder gets a database of its own on the coach's laptop
(a mirror, `<mirrors>/<team uuid>.sqlite`), filled by applying the team's operation files
exactly as a teammate's laptop would; nothing is ever written to the team's folder (no
device folder, no operation file, no snapshot). The coach's view reads the mirrors like
any other team's database, opened read-only.

The receiving half of `engine.sync_now` is reused as it is (`_receive`, `_count`), without
the sending half.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from app.changes import Changes, Kind
from app.store import Store
from app.sync import keys as team_keys
from app.sync.apply import retry_parked
from app.sync.capture import put_setting, raw
from app.sync.engine import Progress, SyncError, SyncReport, _count, _receive
from app.sync.safefiles import is_real_dir
from app.sync.settings import now_text
from models.rules import QT_TRANSLATE_NOOP

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


@dataclass(frozen=True)
class Mirror:
    folder: Path
    team: str  # the team company's UUID
    path: Path  # the mirror database


def teams_in(folder: Path) -> list[str]:
    """The team companies whose files lie in a shared folder (their UUIDs); a link is no
    team's folder (nothing outside the shared folder is read, safefiles.py)."""
    root = Path(folder) / "raketti"
    if not is_real_dir(root):
        return []
    return sorted(p.name for p in root.iterdir() if is_real_dir(p) and _UUID.match(p.name))


def mirrors(folder: Path, mirror_dir: Path) -> list[Mirror]:
    """The mirrors a subscribed folder feeds (one per team found there)."""
    if not Path(folder).is_dir():
        raise SyncError(
            QT_TRANSLATE_NOOP(
                "sync", "The shared folder {path} is not there. Is the drive connected?"
            ),
            path=str(folder),
        )
    return [Mirror(Path(folder), team, mirror_dir / f"{team}.sqlite") for team in teams_in(folder)]


def receive(
    store: Store,
    folder: Path,
    team: str,
    progress: Progress | None = None,
    passphrase: str | None = None,
) -> SyncReport:
    """Apply the team's files not applied yet to `store` (a mirror); write nothing there.
    The team's files are sealed: the mirror keeps the team's keys, opened once with the
    team's passphrase (the coach's read access); without them, SyncError."""
    report = SyncReport()
    say = progress or (lambda _percent, _stage: None)
    if not Path(folder).is_dir():
        raise SyncError(
            QT_TRANSLATE_NOOP(
                "sync", "The shared folder {path} is not there. Is the drive connected?"
            ),
            path=str(folder),
        )
    with store.read() as session:
        keyring = team_keys.stored(raw(session))
    newest = team_keys.newest_generation(Path(folder), team)
    if passphrase is not None and (
        keyring is None or team_keys.behind(keyring, Path(folder), team)
    ):
        try:
            opened = team_keys.open_with(Path(folder), team, passphrase)
            keyring = opened if keyring is None or opened is None else keyring.merged(opened)
        except team_keys.WrongPassphrase as error:
            raise SyncError(team_keys.WRONG) from error
    if keyring is None and newest:
        raise SyncError(team_keys.NO_KEY)
    with store.write() as session:
        db = raw(session)
        put_setting(db, "folder", str(folder))
        put_setting(db, "team", team)
        if keyring is not None:
            team_keys.save(db, keyring)
    # No device of our own: every device's files are the others' ("" matches none).
    _receive(store, Path(folder), team, "", report, say)
    with store.write() as session:
        db = raw(session)
        _count(report, retry_parked(db))
        report.parked = report.newer_files + int(
            db.execute("SELECT count(*) FROM sync_parked").fetchone()[0]
        )
        report.conflicts = int(db.execute("SELECT count(*) FROM sync_conflict").fetchone()[0])
        put_setting(db, "last_sync", now_text())
    store.announce(report.changes | Changes.of(Kind.SYNC))
    return report


def receive_mirror(mirror: Mirror, backup_dir: Path | None = None) -> SyncReport:
    """Open (creating it the first time) a mirror, bring it up to date, close it."""
    mirror.path.parent.mkdir(parents=True, exist_ok=True)
    store = Store.open(mirror.path, backup_dir)
    try:
        return receive(store, mirror.folder, mirror.team)
    finally:
        store.close()
