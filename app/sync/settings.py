"""Team sync's settings on this laptop, kept in the database (`sync_setting`), and the
devices seen in the team's folder.

Keys: `device` (this laptop's UUID; its presence means sync is on), `device_name`,
`folder`, `team` (the UUID of the team company whose folder this database syncs with),
`clock` (the hybrid logical clock), `written` (the last operation written to a file),
`next_file` and `last_sync`.
"""

from __future__ import annotations

import socket
import sqlite3
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.changes import Changes, Kind
from app.errors import InvalidRecord
from app.store import Store
from app.sync import baseline
from app.sync.baseline import Progress
from app.sync.capture import put_setting, raw, setting
from app.sync.clock import wall_ms
from app.sync.resend import RESENT_THROUGH
from models.rules import QT_TRANSLATE_NOOP, ValidationError, clean_text
from models.team import TeamCompany

DEVICE_NAME_MAX = 200


@dataclass(frozen=True)
class SyncSettings:
    enabled: bool
    device: str | None
    device_name: str
    folder: Path | None
    team: str | None  # the team company's UUID
    last_sync: datetime | None


@dataclass(frozen=True)
class DeviceSeen:
    uuid: str
    name: str
    this_laptop: bool
    last_file: int
    last_written: datetime | None  # when it wrote its newest file
    last_applied: datetime | None  # when this laptop last took in one of its files


def now_text() -> str:
    """This laptop's wall clock (UTC, to the second): what it writes as `written_at` into its
    files' headers, which the other laptops compare with their own (app/sync/clockwatch.py)."""
    moment = datetime.fromtimestamp(wall_ms() / 1000, UTC)
    return moment.replace(tzinfo=None).isoformat(timespec="seconds")


def _time(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def settings(session: Session) -> SyncSettings:
    db = raw(session)
    device = setting(db, "device")
    folder = setting(db, "folder")
    return SyncSettings(
        enabled=device is not None,
        device=device,
        device_name=setting(db, "device_name") or socket.gethostname(),
        folder=Path(folder) if folder else None,
        team=setting(db, "team"),
        last_sync=_time(setting(db, "last_sync")),
    )


def _team_uuid(session: Session, team: str | None) -> str:
    if team is not None:
        return team
    found = session.execute(select(TeamCompany.uuid)).scalars().all()
    if len(found) != 1:
        raise InvalidRecord(
            [
                ValidationError(
                    "team",
                    QT_TRANSLATE_NOOP(
                        "sync", "Choose the team company whose folder this laptop syncs with."
                    ),
                )
            ]
        )
    return str(found[0])


def set_folder(
    store: Store,
    folder: Path | str,
    team: str | None = None,
    device_name: str | None = None,
    progress: Progress | None = None,
) -> SyncSettings:
    """Sync this database with `folder` (the team's shared folder). The first time, team
    sync is switched on: this laptop gets its device UUID and everything already in the
    database is recorded once as a baseline, so that the other laptops receive it (in
    batches, reported as `progress(percent, "baseline")`: app/sync/baseline.py)."""
    # Stored absolute (issue 25): `--folder ../F1` typed in one folder must mean the same
    # folder when the window starts from a desktop shortcut elsewhere. Not resolved: a
    # cloud drive reached through a link stays reached through it.
    path = Path(folder).expanduser().absolute()
    with store.write(Changes.of(Kind.SYNC)) as session:
        db = raw(session)
        put_setting(db, "folder", str(path))
        if setting(db, "device") is None:
            _enable(session, _team_uuid(session, team), device_name)
        elif team is not None and team != setting(db, "team"):
            _change_team(session, team)
        now = settings(session)
    baseline.run(store, progress)  # also one a kill left half-way
    return now


def _enable(session: Session, team: str, device_name: str | None) -> None:
    db = raw(session)
    device = str(uuid.uuid4())
    name = device_name or socket.gethostname()
    put_setting(db, "device", device)
    put_setting(db, "device_name", name)
    put_setting(db, "team", team)
    put_setting(db, "written", str(_last_n(db)))
    put_setting(db, "next_file", "1")
    db.execute(
        "INSERT OR REPLACE INTO sync_device(uuid, name, last_file) VALUES (?, ?, 0)",
        (device, name),
    )
    # Capture was off until now: the baseline is recorded as this laptop's inserts, in
    # batches of their own after this write (app/sync/baseline.py).
    baseline.start(db, team)


def _change_team(session: Session, team: str) -> None:
    """This laptop syncs another team company's folder from now on: what it has not sent
    of the former team stays here (it would land in the other team's folder), and the new
    team's records are recorded once as a baseline (app/sync/baseline.py: they are the
    team's now, nothing of them is kept local)."""
    db = raw(session)
    put_setting(db, "team", team)
    put_setting(db, "written", str(_last_n(db)))
    # The files written into the former team's folder are not missing from this one: they
    # are never written again here (resend.py would otherwise copy the former team's
    # operations into this team's folder).
    own = db.execute(
        "SELECT coalesce(max(number), 0) FROM sync_file WHERE device = ?", (setting(db, "device"),)
    ).fetchone()[0]
    put_setting(db, RESENT_THROUGH, str(own))
    baseline.start(db, team)


def _last_n(db: sqlite3.Connection) -> int:
    return int(db.execute("SELECT coalesce(max(n), 0) FROM sync_op").fetchone()[0])


def set_device_name(store: Store, name: str) -> str:
    try:
        cleaned = clean_text(name, "device_name", DEVICE_NAME_MAX)
    except ValidationError as error:
        raise InvalidRecord([error]) from error
    if not cleaned:
        raise InvalidRecord(
            [ValidationError("device_name", QT_TRANSLATE_NOOP("sync", "Give this laptop a name."))]
        )
    with store.write(Changes.of(Kind.SYNC)) as session:
        db = raw(session)
        put_setting(db, "device_name", cleaned)
        device = setting(db, "device")
        if device is not None:
            db.execute("UPDATE sync_device SET name = ? WHERE uuid = ?", (cleaned, device))
    return cleaned


def devices(session: Session) -> list[DeviceSeen]:
    """This laptop and every device whose files were seen in the folder, newest first."""
    db = raw(session)
    me = setting(db, "device")
    rows = db.execute(
        "SELECT uuid, name, last_file, last_written, last_applied FROM sync_device"
    ).fetchall()
    seen = [
        DeviceSeen(row[0], row[1], row[0] == me, row[2], _time(row[3]), _time(row[4]))
        for row in rows
    ]
    return sorted(seen, key=lambda d: (not d.this_laptop, d.name.casefold(), d.uuid))
