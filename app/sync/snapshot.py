"""Snapshots: a new member starts from a copy of a teammate's database plus the files after it.

`write_snapshot` copies this database with `VACUUM INTO` (a consistent copy even while the
app writes) to a temporary name in the team's snapshots folder and moves it into place:
`<folder>/raketti/<team>/snapshots/<device>-<clock>.sqlite`. The copy holds the operation
log and the registry of applied files, so it knows which operations it includes.
`join_from_snapshot` puts the newest snapshot in place as a new laptop's database and
gives it a device identity of its own; the next sync applies only the files the snapshot
had not seen.
"""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from pathlib import Path

from app.files import atomic_write
from app.store import Store
from app.sync.capture import put_setting, raw, setting
from app.sync.engine import SyncError
from app.sync.opfiles import team_dir
from app.sync.settings import now_text
from models.rules import QT_TRANSLATE_NOOP


def snapshots_dir(folder: Path, team: str) -> Path:
    return team_dir(folder, team) / "snapshots"


def write_snapshot(store: Store) -> Path:
    """Copy this database into the team's snapshots folder; its path."""
    with store.read() as session:
        db = raw(session)
        folder, team, device = setting(db, "folder"), setting(db, "team"), setting(db, "device")
        clock = setting(db, "clock") or "0.0"
    if folder is None or team is None or device is None:
        raise SyncError(QT_TRANSLATE_NOOP("sync", "Choose the team's shared folder first."))
    target = snapshots_dir(Path(folder), team) / f"{device}-{clock}.sqlite"
    target.parent.mkdir(parents=True, exist_ok=True)
    with atomic_write(target) as temporary, store.engine.connect() as conn:
        temporary.unlink()  # VACUUM INTO writes a new file
        conn.exec_driver_sql("VACUUM INTO ?", (str(temporary),))
    return target


def newest_snapshot(folder: Path, team: str) -> Path | None:
    found = sorted(
        snapshots_dir(folder, team).glob("*.sqlite"),
        key=lambda p: p.stem.split("-", 5)[-1],
    )
    return found[-1] if found else None


def join_from_snapshot(
    folder: Path, team: str, target: Path, device_name: str | None = None
) -> Path:
    """Make `target` (which must not exist yet) a copy of the team's newest snapshot with
    a device identity of its own; the caller then opens it and syncs."""
    snapshot = newest_snapshot(folder, team)
    if snapshot is None:
        raise SyncError(
            QT_TRANSLATE_NOOP(
                "sync", "The shared folder {path} holds no snapshot of the team yet."
            ),
            path=str(folder),
        )
    if target.exists():
        raise SyncError(QT_TRANSLATE_NOOP("sync", "{path} exists already."), path=str(target))
    with atomic_write(target) as temporary:
        shutil.copyfile(snapshot, temporary)
        conn = sqlite3.connect(temporary)
        try:
            with conn:
                _new_identity(conn, folder, device_name)
        finally:
            conn.close()
    return target


def _new_identity(conn: sqlite3.Connection, folder: Path, device_name: str | None) -> None:
    device = str(uuid.uuid4())
    last = conn.execute("SELECT coalesce(max(n), 0) FROM sync_op").fetchone()[0]
    put_setting(conn, "device", device)
    put_setting(conn, "device_name", device_name or device[:8])
    put_setting(conn, "folder", str(folder))
    put_setting(conn, "written", str(last))  # the teammate's operations are sent already
    put_setting(conn, "next_file", "1")
    conn.execute("UPDATE sync_op SET local = 0")
    # The teammate's incarnation and notes are not this laptop's (app/sync/numbering.py).
    conn.execute("DELETE FROM sync_setting WHERE key IN ('last_sync', 'incarnation', 'notice')")
    conn.execute(
        "INSERT INTO sync_device(uuid, name, last_file, last_written) VALUES (?, ?, 0, ?)",
        (device, device_name or device[:8], now_text()),
    )
