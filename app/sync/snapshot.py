"""Snapshots: a new member starts from a copy of a teammate's database plus the files after it.

`write_snapshot` copies this database with `VACUUM INTO` (a consistent copy even while the
app writes) to a temporary name in the team's snapshots folder and moves it into place:
`<folder>/raketti/<team>/snapshots/<device>-<clock>.sqlite`. The copy holds the operation
log and the registry of applied files, so it knows which operations it includes.
`join_from_snapshot` puts the newest snapshot in place as a new laptop's database and
gives it a device identity of its own; the next sync applies only the files the snapshot
had not seen.

The copy leaves out the writer's private signing key, the team keys and every team
company but the one synced, with their operations (app/sync/scope.py `keep_only`; deleted
with `secure_delete`, then VACUUMed, so no free page keeps them), and is sealed with the
team key (app/sync/crypt.py: compressed, then AES-256-GCM streamed; the copy in clear is
made in the database's own folder, never in the shared one). The snapshot is signed:
`<name>.sig` beside it (sealed too) holds its SHA-256 and size signed by the writer's key.
Joining checks the snapshot against the key its laptop announced in the folder
(signing.py), reads it as a regular file within MAX_SNAPSHOT_BYTES, opens it with the team
key (its tag checked before the copy is used), and takes the newest snapshot that passes.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from app import files
from app.files import atomic_write
from app.store import Store
from app.sync import keys as team_keys
from app.sync.capture import put_setting, raw, setting
from app.sync.crypt import open_small, open_stream, seal_small, seal_stream
from app.sync.engine import SyncError
from app.sync.keys import Keyring
from app.sync.opfiles import team_dir
from app.sync.refusals import KEY as REFUSED
from app.sync.safefiles import (
    CHUNK,
    MAX_LINE_BYTES,
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
    Signer,
    announced,
    announcement,
    canonical,
    forget_own_key,
    own_signer,
    valid,
)
from models.rules import QT_TRANSLATE_NOOP

SIGNATURE = ".sig"
# sync_setting: the snapshot file a laptop joined from (app/sync/join.py reports it).
JOINED_FROM = "joined_from"


def snapshots_dir(folder: Path, team: str) -> Path:
    return team_dir(folder, team) / "snapshots"


def write_snapshot(store: Store) -> Path:
    """Copy this database, sealed, into the team's snapshots folder; its path."""
    with store.read() as session:
        db = raw(session)
        folder, team, device = setting(db, "folder"), setting(db, "team"), setting(db, "device")
        clock = setting(db, "clock") or "0.0"
        keyring = team_keys.stored(db)
    if folder is None or team is None or device is None:
        raise SyncError(QT_TRANSLATE_NOOP("sync", "Choose the team's shared folder first."))
    if keyring is None:
        raise SyncError(team_keys.NO_KEY)
    signer = own_signer(store)
    try:
        where = real_dir(Path(folder), ("raketti", team, "snapshots"), create=True)
    except FileProblem as problem:
        raise SyncError(problem.message, **problem.args_) from problem
    target = where / f"{device}-{clock}.sqlite"
    local = store.path.parent if store.path is not None else None
    with tempfile.TemporaryDirectory(prefix=".raketti-snapshot-", dir=local) as scratch:
        plain = Path(scratch) / "copy.sqlite"  # in clear: never in the shared folder
        with store.engine.connect() as conn:
            conn.exec_driver_sql("VACUUM INTO ?", (str(plain),))
        _strip(plain, team)
        with atomic_write(target) as temporary:
            readable = {"format": 2, "team": team, "device": device, "file": target.name}
            with open(plain, "rb") as source, open(temporary, "wb") as out:
                seal_stream(keyring.current, readable, source, out, CHUNK)
            digest, size = _digest(temporary, Budget(temporary, 3600))
            _sign(signer, keyring, target, dict(readable, sha256=digest, size=size))
    return target


def _sign(signer: Signer, keyring: Keyring, target: Path, fields: dict[str, Any]) -> None:
    signed = signer.sign(SNAPSHOT, fields)
    readable = {"team": fields["team"], "device": fields["device"]}
    with atomic_write(target.with_name(target.name + SIGNATURE)) as signature:
        signature.write_bytes(seal_small(keyring.current, readable, signed))


def _strip(copy: Path, team: str) -> None:
    """What stays on this laptop: its private key, the team keys, its list of refused
    files, and every other team company's records with their operations (issue 23)."""
    conn = sqlite3.connect(copy)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")  # no -wal beside it in the folder
        conn.execute("PRAGMA secure_delete = ON")  # overwrite, leave nothing in free pages
        with conn:
            forget_own_key(conn)
            team_keys.forget(conn)
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


def snapshot_files(folder: Path, team: str) -> list[Path]:
    """The team's snapshots in the folder, newest (by the clock in the name) first."""
    try:
        where = real_dir(folder, ("raketti", team, "snapshots"))
    except (FileNotFoundError, FileProblem):
        return []
    found = [p for p in where.glob("*.sqlite") if not p.is_symlink() and not is_real_dir(p)]
    return sorted(found, key=lambda p: p.stem.split("-", 5)[-1], reverse=True)


def newest_snapshot(folder: Path, team: str) -> Path | None:
    found = snapshot_files(folder, team)
    return found[0] if found else None


def _announced(folder: Path, team: str, device: str, keys: Keyring | None) -> str | None:
    """The key a laptop announced in the folder (None when none can be read)."""
    path = announcement(folder, team, device)
    try:
        return str(announced(path, team, device, device[:8], keys)["key"])
    except (OSError, FileProblem):
        return None


def _copy_checked(
    snapshot: Path, folder: Path, team: str, copy: Path, keys: Keyring | None
) -> None:
    """Copy `snapshot` to `copy` (opened with the team key when sealed), refusing
    (FileProblem) one its laptop did not sign or that does not open."""
    device = snapshot.stem[:36]
    announced = _announced(folder, team, device, keys)
    signature = snapshot.with_name(snapshot.name + SIGNATURE)
    try:
        fields = open_small(read_small(signature), signature, keys, team=team, device=device)
    except FileNotFoundError:
        fields = None  # written before signing existed
    except (ValueError, UnicodeDecodeError, FileProblem):
        fields = {}
    opened: FileProblem | None = None
    try:
        digest, size = _open_copy(snapshot, keys, copy, team, device)
    except _Digested as sealed:  # did not open: the signature's sentence comes first
        digest, size, opened = sealed.digest, sealed.size, sealed.problem
    if fields is None and announced is None and opened is None:
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
    if opened is not None:
        raise opened


class _Digested(Exception):
    """A sealed snapshot that did not open, with the digest of what was read."""

    def __init__(self, digest: str, size: int, problem: FileProblem) -> None:
        super().__init__(problem.message)
        self.digest, self.size, self.problem = digest, size, problem


def _open_copy(
    snapshot: Path, keys: Keyring | None, copy: Path, team: str, device: str
) -> tuple[str, int]:
    """SHA-256 and size of the snapshot as it lies; its database written to `copy`
    (decrypted when sealed, copied when from before encryption)."""
    budget = Budget(snapshot, 3600)
    with open_regular(snapshot, MAX_SNAPSHOT_BYTES) as handle:
        head = handle.read(1)
        if head != b"{":  # a database in clear, from before encryption
            handle.close()
            return _digest(snapshot, budget, copy)
        digest = hashlib.sha256(head)
        size = 1

        def body() -> Iterator[bytes]:
            nonlocal size
            for chunk in chunks(handle, snapshot, MAX_SNAPSHOT_BYTES, budget):
                digest.update(chunk)
                size += len(chunk)
                yield chunk

        stream = body()
        line, rest = _header_line(stream, head, snapshot)
        try:
            fields = json.loads(line)
            if not isinstance(fields, dict):
                raise ValueError(line[:40])
            if fields.get("team") != team or fields.get("device") != device:
                raise files.ExportError("another snapshot's header")
            with open(copy, "wb") as out:
                open_stream(keys, fields, _chain(rest, stream), out, snapshot, MAX_SNAPSHOT_BYTES)
        except (FileProblem, ValueError, files.ExportError) as error:
            for _ in stream:  # the digest of the whole file, for the signature's check
                pass
            problem = error if isinstance(error, FileProblem) else FileProblem(
                QT_TRANSLATE_NOOP("sync", "Skipped {path}: its header cannot be read ({error})."),
                path=str(snapshot), error=error,
            )  # fmt: skip
            raise _Digested(digest.hexdigest(), size, problem) from error
    return digest.hexdigest(), size


def _header_line(stream: Iterator[bytes], head: bytes, path: Path) -> tuple[bytes, bytes]:
    data = head
    while b"\n" not in data and len(data) <= MAX_LINE_BYTES:
        more = next(stream, b"")
        if not more:
            break
        data += more
    line, newline, rest = data.partition(b"\n")
    if not newline:
        line = b""
    return line, rest


def _chain(first: bytes, rest: Iterator[bytes]) -> Iterator[bytes]:
    yield first
    yield from rest


def join_from_snapshot(
    folder: Path,
    team: str,
    target: Path,
    device_name: str | None = None,
    *,
    passphrase: str | None = None,
    keys: Keyring | None = None,
) -> Path:
    """Make `target` (which must not exist yet) a copy of the team's newest snapshot with
    a device identity of its own, opened with the team key (`keys`, or the keyring the
    team `passphrase` opens: WrongPassphrase); the caller then opens it and syncs."""
    if passphrase is not None:
        keys = team_keys.open_with(Path(folder), team, passphrase)
    elif keys is None and team_keys.key_files(Path(folder), team):
        raise SyncError(team_keys.NO_KEY)
    found = snapshot_files(folder, team)
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
                _copy_checked(snapshot, folder, team, temporary, keys)
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
                put_setting(conn, JOINED_FROM, snapshot.name)
                if keys is not None:
                    team_keys.save(conn, keys)
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
