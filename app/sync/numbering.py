"""This laptop's own folder: no file number is written twice, and a database that went back
in time takes back what it had sent.

A database can fall behind its own files: a backup put back (File → Restore from backup…),
the last commits lost when the computer stopped (WAL with `synchronous = NORMAL`), a copy
of the database file opened elsewhere. Its `next_file` then names a number it wrote
before, and its teammates, who applied that file, would never read the new one. So before
every send (`catch_up`, called by the engine) the laptop lists its own folder:

- a numbered file there that its registry (`sync_file`) does not hold is **taken back**:
  its operations are applied here as received ones (nothing the laptop had sent is lost),
  and the file is registered, so it is never written over nor sent again;
- operations made here since and not sent yet are **renamed** after the taken-back ones
  (a fresh clock stamp each write, in their order), so none shares an op id with an
  operation of those files (a restored clock hands out the same stamps again); one equal
  to an operation of those files is that operation, sent already;
- numbering goes on after the highest number present, and `opfiles.write` never replaces
  a file (`NumberTaken`: the next number is tried).

**Identity.** Each database carries a random *incarnation* (`sync_setting`), written into
the header of every file it writes, and drawn anew whenever it takes files back. A file
taken back whose incarnation is this database's own came from this database's lost future:
the laptop keeps its identity. Any other incarnation (or none) means another database
writes under this laptop's id: a second copy of the file still in use, or a file placed
there by someone else. The database then takes a new device identity (and the old id
stays a laptop that no longer writes, whose files every laptop keeps): two copies never
write as one laptop again. A copy's first file carries the shared incarnation, so the
first copy to see it keeps the identity (and draws a new incarnation); the other then
meets an unknown incarnation and moves to an identity of its own. The user is told in one
sentence (the sync's message, and `notice` kept for the settings page).
"""

from __future__ import annotations

import json
import logging
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.changes import Changes, Kind
from app.store import Store
from app.sync import keys as team_keys
from app.sync.apply import Applied, aliases, apply_ops
from app.sync.capture import put_setting, raw, setting
from app.sync.clock import Stamp, op_id, stamp_of, too_far_ahead, wall_ms
from app.sync.materialize import Materializer
from app.sync.opfiles import FileProblem, OpsFile, number_of, read
from app.sync.safefiles import real_dir
from app.sync.settings import now_text
from app.sync.signing import load_trust
from app.sync.state import Op
from models.rules import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)
INCARNATION = "incarnation"
NOTICE = "notice"  # the last sentence about this laptop's identity, for the settings page
Note = Callable[..., None]

BEHIND = QT_TRANSLATE_NOOP(
    "sync",
    "This laptop's database was behind its own files in the shared folder (a backup put "
    "back, or changes lost when the computer stopped): it took {ops} changes back from "
    "{files} files, and nothing it had sent is lost.",
)
SPLIT = QT_TRANSLATE_NOOP(
    "sync",
    "Another copy of this laptop's database writes to the shared folder too: this copy "
    "took in what the other wrote and now syncs as a laptop of its own.",
)


@dataclass
class CaughtUp:
    device: str  # the device to write as (new when this database took a new identity)
    number: int  # the next free file number
    incarnation: str
    applied: Applied | None = None  # what taking files back changed


def own_files(root: Path, team: str, device: str) -> list[tuple[int, Path]]:
    """Every numbered file in this device's folder (readable or not), by number."""
    try:  # no link on the way (app/sync/safefiles.py): writing there is refused too
        folder = real_dir(root, ("raketti", team, "ops", device))
        entries = list(folder.iterdir())
    except (FileNotFoundError, FileProblem):
        return []
    found = [(number_of(path.name), path) for path in entries]
    return sorted((n, path) for n, path in found if n is not None)


def new_incarnation() -> str:
    return uuid.uuid4().hex


def catch_up(store: Store, root: Path, team: str, device: str, note: Note) -> CaughtUp:
    """Before writing: take back this device's files the database does not know, and say
    which number and identity to write with (see the module)."""
    present = own_files(root, team, device)
    with store.read() as session:
        db = raw(session)
        mine = setting(db, INCARNATION)
        registered = {
            int(n)
            for (n,) in db.execute("SELECT number FROM sync_file WHERE device = ?", (device,))
        }
        next_file = int(setting(db, "next_file") or 1)
        keyring = team_keys.stored(db)
    if mine is None:  # a database from before incarnations: one now
        mine = new_incarnation()
        with store.write() as session:
            put_setting(raw(session), INCARNATION, mine)
    number = max([next_file, *(n + 1 for n, _path in present)])
    found: list[tuple[OpsFile, str | None]] = []
    unknown = [(n, path) for n, path in present if n not in registered]
    if not unknown:
        return CaughtUp(device, number, mine)
    # Its own files are checked like anyone's: read defensively, signed by its pinned key.
    trust = (
        load_trust(store, root, team, lambda _d, p: note(p.message, **p.args_), keys=keyring)
        if unknown
        else None
    )
    for n, path in unknown:
        assert trust is not None
        try:
            file = read(path, team, device, n, trust, keys=keyring)
            found.append((file, file.header.incarnation or None))
        except FileProblem as problem:  # its number stays taken all the same
            note(problem.message, **problem.args_)
        except OSError as error:
            note(
                QT_TRANSLATE_NOOP("sync", "Skipped {path}: it could not be read ({error})."),
                path=str(path),
                error=error.strerror or str(error),
            )
    if not found:
        return CaughtUp(device, number, mine)
    try:
        return _take_back(store, device, number, mine, found, note)
    except FileProblem as problem:
        note(problem.message, **problem.args_)
        return CaughtUp(device, number, mine)


def _take_back(
    store: Store,
    device: str,
    number: int,
    mine: str,
    found: list[tuple[OpsFile, str | None]],
    note: Note,
) -> CaughtUp:
    split = any(incarnation != mine for _file, incarnation in found)
    taken = [op for file, _inc in found for op in file.ops]
    with store.write(Changes.of(Kind.SYNC)) as session:
        db = raw(session)
        db.execute("UPDATE temp.sync_ctx SET capture = 0")  # nothing here is a new edit
        old_device = device
        if split:
            device = _new_device(db)
            number = 1
        renamed = _rename_unsent(db, taken, device)
        applied = apply_ops(db, taken)
        if renamed:  # their new ids may change which head a record shows
            materializer = Materializer(db, aliases(db))
            materializer.run(renamed)
            applied.tables |= materializer.tables
        for file, _inc in found:
            header = file.header
            db.execute(
                "INSERT OR REPLACE INTO sync_file(device, number, ops, applied_at) "
                "VALUES (?, ?, ?, ?)",
                (old_device, header.number, header.ops, now_text()),
            )
            db.execute(
                "UPDATE sync_device SET last_file = max(last_file, ?), "
                "last_written = max(coalesce(last_written, ''), ?) WHERE uuid = ?",
                (header.number, header.written_at, old_device),
            )
        mine = new_incarnation()
        put_setting(db, INCARNATION, mine)
        put_setting(db, "next_file", str(number))
        if split or applied.new or renamed:
            text, args = (
                (SPLIT, {}) if split else (BEHIND, {"ops": applied.new, "files": len(found)})
            )
            put_setting(db, NOTICE, json.dumps({"text": text, "args": args, "at": now_text()}))
            note(text, **args)
    log.info(
        "took back %d files of this laptop's own (%d operations new here, %d renamed)%s",
        len(found),
        applied.new,
        len(renamed),
        "; new identity " + device if split else "",
    )
    return CaughtUp(device, number, mine, applied)


KEY_LOST = QT_TRANSLATE_NOOP(
    "sync",
    "This laptop's database no longer holds the key its laptop signed with (a backup older "
    "than the key was put back): it now syncs as a laptop of its own, and nothing it had "
    "sent is lost.",
)


def new_identity(store: Store, mine: str, note: Note) -> CaughtUp:
    """Sync from now on as a new laptop, its unsent changes renamed to it (a database that
    lost its signing key: the teammates pinned the old key, app/sync/signing.py)."""
    with store.write(Changes.of(Kind.SYNC)) as session:
        db = raw(session)
        db.execute("UPDATE temp.sync_ctx SET capture = 0")  # nothing here is a new edit
        device = _new_device(db)
        renamed = _rename_unsent(db, [], device)
        if renamed:
            Materializer(db, aliases(db)).run(renamed)
        put_setting(db, "next_file", "1")
        put_setting(db, NOTICE, json.dumps({"text": KEY_LOST, "args": {}, "at": now_text()}))
    note(KEY_LOST)
    log.info("the signing key of this laptop was lost; new identity %s", device)
    return CaughtUp(device, 1, mine)


def _new_device(db: sqlite3.Connection) -> str:
    device = str(uuid.uuid4())
    name = setting(db, "device_name") or device[:8]
    put_setting(db, "device", device)
    db.execute(
        "INSERT OR REPLACE INTO sync_device(uuid, name, last_file) VALUES (?, ?, 0)",
        (device, name),
    )
    return device


def _rename_unsent(db: sqlite3.Connection, taken: list[Op], device: str) -> set[tuple[str, str]]:
    """Give this laptop's unsent operations (those never to be sent too: scope.py) new ids
    after every taken-back one; the records they touch. One equal to a taken-back
    operation is that one, sent already."""
    written = int(setting(db, "written") or 0)
    rows = db.execute(
        "SELECT n, op_id, tbl, rec, kind, field, value, supersedes, member FROM sync_op "
        "WHERE local IN (1, 2) AND n > ? AND op_id IS NOT NULL ORDER BY n",
        (written,),
    ).fetchall()
    by_id = {op.op_id: op for op in taken}
    unsent = [
        (r[0], Op(r[1], r[2], r[3], r[4], r[5], r[6], tuple(json.loads(r[7] or "[]")), r[8]))
        for r in rows
    ]
    sent = [(n,) for n, op in unsent if by_id.get(op.op_id) == op]
    db.executemany("UPDATE sync_op SET local = 0 WHERE n = ?", sent)
    rename = [(n, op) for n, op in unsent if by_id.get(op.op_id) != op]
    if not rename:
        return set()
    now = wall_ms()
    clock = max(
        [Stamp.parse(setting(db, "clock") or "0.0")]
        + [s for s in (stamp_of(op.op_id) for op in taken) if not too_far_ahead(s, now)]
    )
    mapping: dict[str, str] = {}
    previous: Stamp | None = None
    for _n, op in rename:  # one new stamp per write, in the order they were made
        stamp = stamp_of(op.op_id)
        if stamp != previous:
            clock, previous = clock.tick(now), stamp
        seq = int(op.op_id.split("@", 1)[0].split(".")[2])
        mapping[op.op_id] = op_id(clock, seq, device)
    for n, op in rename:
        supersedes = [mapping.get(s, s) for s in op.supersedes]
        db.execute(
            "UPDATE sync_op SET op_id = ?, supersedes = ? WHERE n = ?",
            (mapping[op.op_id], json.dumps(supersedes), n),
        )
    db.execute("CREATE TEMP TABLE IF NOT EXISTS sync_renamed(old TEXT PRIMARY KEY, new TEXT)")
    db.execute("DELETE FROM temp.sync_renamed")
    db.executemany("INSERT INTO temp.sync_renamed(old, new) VALUES (?, ?)", mapping.items())
    for table in ("sync_head", "sync_mask", "sync_edge"):
        db.execute(
            f"UPDATE {table} SET op_id = (SELECT new FROM temp.sync_renamed r "
            f"WHERE r.old = {table}.op_id) WHERE op_id IN (SELECT old FROM temp.sync_renamed)"
        )
    db.execute("DELETE FROM temp.sync_renamed")
    put_setting(db, "clock", clock.text())
    return {(op.tbl, op.rec) for _n, op in rename}
