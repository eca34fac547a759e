"""Snapshots: a new member starts from a copy of a teammate's database plus the files after it.

`write_snapshot` copies this database with `VACUUM INTO` (a consistent copy even while the
app writes) to a temporary name in the team's snapshots folder and moves it into place:
`<folder>/raketti/<team>/snapshots/<device>-<clock>.sqlite`. The copy holds the operation
log and the registry of applied files, so it knows which operations it includes.
`join_from_snapshot` puts the newest snapshot in place as a new laptop's database and
gives it a device identity of its own; the next sync applies only the files the snapshot
had not seen.

The copy leaves out the writer's private signing key and every team company but the one
synced, with their operations (app/sync/scope.py `keep_only`; deleted with
`secure_delete`, then VACUUMed, so no free page keeps them), and the snapshot is
signed: `<name>.sig` beside it holds its SHA-256 and size signed by the writer's key.
Joining checks the snapshot against the key its laptop announced in the folder
(signing.py), reads it as a regular file within MAX_SNAPSHOT_BYTES, and takes the newest
snapshot that passes.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import uuid
from pathlib import Path

from app.files import atomic_write
from app.store import Store
from app.sync.capture import put_setting, raw, setting
from app.sync.engine import SyncError
from app.sync.opfiles import team_dir
from app.sync.refusals import KEY as REFUSED
from app.sync.safefiles import (
    MAX_SNAPSHOT_BYTES,
    Budget,
    FileProblem,
    chunks,
    is_real_dir,
    open_regular,
    read_small,
    real_dir,
)
from app.sync.scope import keep_only
from app.sync.settings import now_text
from app.sync.signing import (
    SNAPSHOT,
    announced,
    announcement,
    canonical,
    forget_own_key,
    own_signer,
    valid,
)
from models.rules import QT_TRANSLATE_NOOP

SIGNATURE = ".sig"


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
    signer = own_signer(store)
    try:
        where = real_dir(Path(folder), ("raketti", team, "snapshots"), create=True)
    except FileProblem as problem:
        raise SyncError(problem.message, **problem.args_) from problem
    target = where / f"{device}-{clock}.sqlite"
    with atomic_write(target) as temporary:
        with store.engine.connect() as conn:
            temporary.unlink()  # VACUUM INTO writes a new file
            conn.exec_driver_sql("VACUUM INTO ?", (str(temporary),))
        _strip(temporary, team)
        digest, size = _digest(temporary, Budget(temporary, 3600))
        fields = {"format": 1, "team": team, "device": device, "file": target.name}
        signed = signer.sign(SNAPSHOT, dict(fields, sha256=digest, size=size))
        with atomic_write(target.with_name(target.name + SIGNATURE)) as signature:
            signature.write_text(json.dumps(signed, indent=1), encoding="utf-8")
    return target


def _strip(copy: Path, team: str) -> None:
    """What stays on this laptop: its private key, its list of refused files, and every
    other team company's records with their operations (issue 23)."""
    conn = sqlite3.connect(copy)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")  # no -wal beside it in the folder
        conn.execute("PRAGMA secure_delete = ON")  # overwrite, leave nothing in free pages
        with conn:
            forget_own_key(conn)
            conn.execute("DELETE FROM sync_setting WHERE key = ?", (REFUSED,))
            keep_only(conn, team)
        conn.execute("VACUUM")  # and no free page at all
    finally:
        conn.close()


def _digest(path: Path, budget: Budget, target: Path | None = None) -> tuple[str, int]:
    """SHA-256 and size of a regular file read in chunks (copied to `target` meanwhile)."""
    digest, size = hashlib.sha256(), 0
    with open_regular(path, MAX_SNAPSHOT_BYTES) as handle:
        out = open(target, "wb") if target is not None else None  # noqa: SIM115
        try:
            for chunk in chunks(handle, path, MAX_SNAPSHOT_BYTES, budget):
                digest.update(chunk)
                size += len(chunk)
                if out is not None:
                    out.write(chunk)
        finally:
            if out is not None:
                out.close()
    return digest.hexdigest(), size


def _candidates(folder: Path, team: str) -> list[Path]:
    try:
        where = real_dir(folder, ("raketti", team, "snapshots"))
    except (FileNotFoundError, FileProblem):
        return []
    found = [p for p in where.glob("*.sqlite") if not p.is_symlink() and not is_real_dir(p)]
    return sorted(found, key=lambda p: p.stem.split("-", 5)[-1], reverse=True)


def newest_snapshot(folder: Path, team: str) -> Path | None:
    found = _candidates(folder, team)
    return found[0] if found else None


def _announced(folder: Path, team: str, device: str) -> str | None:
    """The key a laptop announced in the folder (None when none can be read)."""
    path = announcement(folder, team, device)
    try:
        return str(announced(path, team, device, device[:8])["key"])
    except (OSError, FileProblem):
        return None


def _copy_checked(snapshot: Path, folder: Path, team: str, copy: Path) -> None:
    """Copy `snapshot` to `copy`, refusing (FileProblem) one its laptop did not sign."""
    device = snapshot.stem[:36]
    announced = _announced(folder, team, device)
    signature = snapshot.with_name(snapshot.name + SIGNATURE)
    try:
        fields = json.loads(read_small(signature))
    except FileNotFoundError:
        fields = None  # written before signing existed
    except (ValueError, UnicodeDecodeError):
        fields = {}
    digest, size = _digest(snapshot, Budget(snapshot, 3600), copy)
    if fields is None and announced is None:
        return  # an older Raketti's snapshot, from a laptop with no key: accepted
    good = isinstance(fields, dict) and fields.get("sha256") == digest
    good = good and fields.get("size") == size and fields.get("team") == team
    good = good and fields.get("device") == device and fields.get("file") == snapshot.name
    good = good and announced in (None, fields.get("key"))
    if not (
        good and valid(fields.get("key"), fields.get("signature"), SNAPSHOT + canonical(fields))
    ):
        raise FileProblem(
            QT_TRANSLATE_NOOP(
                "sync",
                "Skipped {path}: it is not signed by the laptop it names (forged, damaged "
                "or still copying).",
            ),
            path=str(snapshot),
        )


def join_from_snapshot(
    folder: Path, team: str, target: Path, device_name: str | None = None
) -> Path:
    """Make `target` (which must not exist yet) a copy of the team's newest snapshot with
    a device identity of its own; the caller then opens it and syncs."""
    found = _candidates(folder, team)
    if not found:
        raise SyncError(
            QT_TRANSLATE_NOOP(
                "sync", "The shared folder {path} holds no snapshot of the team yet."
            ),
            path=str(folder),
        )
    if target.exists():
        raise SyncError(QT_TRANSLATE_NOOP("sync", "{path} exists already."), path=str(target))
    problems: list[FileProblem] = []
    with atomic_write(target) as temporary:
        for snapshot in found:  # the newest one that its laptop signed
            try:
                _copy_checked(snapshot, folder, team, temporary)
                break
            except FileProblem as problem:
                problems.append(problem)
            except OSError as error:  # vanished while listed
                problems.append(
                    FileProblem(
                        QT_TRANSLATE_NOOP(
                            "sync", "Skipped {path}: it could not be read ({error})."
                        ),
                        path=str(snapshot),
                        error=error.strerror or str(error),
                    )
                )
        else:
            raise SyncError(problems[0].message, **problems[0].args_)
        conn = sqlite3.connect(temporary)
        try:
            with conn:
                # A snapshot of an older Raketti may hold other teams: never taken in.
                keep_only(conn, team)
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
