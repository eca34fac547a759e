"""One sync: write this laptop's new operations to its own file, take in every file of the
other devices not applied yet, retry what was held back, and report.

Every incoming file is applied in its own `Store.write` together with the note that it was
applied, so a failure or a kill -9 leaves the database as it was before that file and the
next sync goes on from there; a file applied once is never applied again (and its
operations would be duplicates anyway). A file that cannot be read is skipped with a
message and tried again next time (a sync tool may still be copying it). The change notice
goes out once, at the end, naming every kind of record the sync changed.
"""

from __future__ import annotations

import logging
import sqlite3
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.areas import hooks
from app.changes import Changes, Kind
from app.store import Store
from app.sync import baseline, setaside
from app.sync import keys as team_keys
from app.sync.apply import Applied, apply_ops, retry_parked
from app.sync.capture import put_setting, raw, setting
from app.sync.clockwatch import ClockWatch
from app.sync.heldback import held_back
from app.sync.numbering import CaughtUp, catch_up, new_identity
from app.sync.opfiles import (
    FileProblem,
    Header,
    NewerFile,
    OpsFile,
    listed,
    read,
)
from app.sync.prescan import prescan
from app.sync.refusals import Refusals
from app.sync.send import send
from app.sync.settings import now_text, set_folder
from app.sync.signing import announce, announcement, has_own_key, load_trust, own_signer
from app.sync.state import Op
from app.sync.tables import kinds_of
from models.rules import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)
Progress = Callable[[int, str], None]


class SyncError(Exception):
    """The sync could not run at all; `message` is an English template for the views."""

    def __init__(self, message: str, **args: object) -> None:
        super().__init__(message.format(**args))
        self.message = message
        self.args_ = args


@dataclass(frozen=True)
class Message:
    """Something the user should know, as an English template and its values."""

    text: str
    args: dict[str, object]

    def english(self) -> str:
        return self.text.format(**self.args)


@dataclass
class SyncReport:
    sent: int = 0  # operations written to this laptop's files
    files_written: int = 0
    received: int = 0  # operations read from other devices' files
    applied: int = 0  # of which new here
    files_applied: int = 0
    parked: int = 0  # held back: operations with a clock far ahead, newer Raketti's files
    newer_files: int = 0
    newer: Counter[str] = field(default_factory=Counter)  # newer Raketti's files by laptop
    new_conflicts: int = 0
    conflicts: int = 0
    messages: list[Message] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)

    def note(self, text: str, **args: object) -> None:
        self.messages.append(Message(text, args))

    def summary(self) -> str:
        return (
            f"sent {self.sent} operations in {self.files_written} files; "
            f"received {self.received} in {self.files_applied} files, {self.applied} new; "
            f"{self.parked} held back; {self.conflicts} conflicts ({self.new_conflicts} new)"
        )


def _conflict_count(store: Store) -> int:
    with store.read() as session:
        return int(raw(session).execute("SELECT count(*) FROM sync_conflict").fetchone()[0])


def sync_now(
    store: Store, folder: Path | str | None = None, progress: Progress | None = None
) -> SyncReport:
    """Sync with the team's folder (`folder`, or the one set before); see the module."""
    report = SyncReport()
    say = progress or (lambda _percent, _stage: None)
    if folder is not None:
        set_folder(store, folder, progress=say)
    baseline.run(store, say)  # one a kill left half-way: finished before anything is sent
    with store.read() as session:
        db = raw(session)
        device, team, chosen = setting(db, "device"), setting(db, "team"), setting(db, "folder")
    if device is None or team is None or chosen is None:
        raise SyncError(QT_TRANSLATE_NOOP("sync", "Choose the team's shared folder first."))
    root = Path(chosen)
    if not root.is_dir():
        raise SyncError(
            QT_TRANSLATE_NOOP(
                "sync", "The shared folder {path} is not there. Is the drive connected?"
            ),
            path=str(root),
        )
    with store.read() as session:
        keyring, wrapped = team_keys.stored(raw(session)), team_keys.wrapped(raw(session))
    problem, behind = team_keys.check(keyring, wrapped, root, team)
    if problem is not None or keyring is None:  # nothing applied, nothing written
        raise SyncError(problem or team_keys.NO_KEY)
    before = _conflict_count(store)
    say(0, "send")
    own = _catch_up(store, root, team, device, report)
    if not has_own_key(store) and announcement(root, team, own.device).exists():
        own = new_identity(store, own.incarnation, report.note)
    device = own.device
    if behind:  # a rotation this laptop has not joined: its old key would leak new changes
        report.note(team_keys.CHANGED)
    else:
        announce(own_signer(store), root, team, now_text(), keys=keyring)
        send(store, root, team, own, report, keyring)
    say(10, "receive")
    _receive(store, root, team, device, report, say)
    for after in hooks("after_sync"):  # privacy: own files rewritten after an erasure
        after(store, root, team, device, report.note)
    with store.write() as session:
        db = raw(session)
        _count(report, retry_parked(db))
        report.parked = report.newer_files + int(
            db.execute("SELECT count(*) FROM sync_parked").fetchone()[0]
        )
        held_back(db, report.newer, report.note)
        put_setting(db, "last_sync", now_text())
    report.conflicts = _conflict_count(store)
    report.new_conflicts = max(0, report.conflicts - before)
    if report.conflicts != before:
        report.changes = report.changes | Changes.of(Kind.CONFLICT)
    store.announce(report.changes | Changes.of(Kind.SYNC))
    say(100, "done")
    log.info("sync: %s", report.summary())
    return report


def _count(report: SyncReport, applied: Applied) -> None:
    report.applied += applied.new
    for table in applied.tables:
        report.changes = report.changes | Changes.of(*kinds_of(table))


def _catch_up(store: Store, root: Path, team: str, device: str, report: SyncReport) -> CaughtUp:
    """This laptop's own folder first: files it does not know are taken back, numbering
    goes on after the highest present (app/sync/numbering.py)."""
    try:
        own = catch_up(store, root, team, device, report.note)
    except OSError as error:
        report.note(
            QT_TRANSLATE_NOOP("sync", "Could not read the shared folder: {error}"),
            error=error.strerror or str(error),
        )
        with store.read() as session:
            db = raw(session)
            number = int(setting(db, "next_file") or 1)
            return CaughtUp(device, number, setting(db, "incarnation") or "")
    if own.applied is not None:
        _count(report, own.applied)
    return own


def _receive(
    store: Store, root: Path, team: str, device: str, report: SyncReport, say: Progress
) -> None:
    with store.read() as session:
        applied = set(raw(session).execute("SELECT device, number FROM sync_file").fetchall())
        keyring = team_keys.stored(raw(session))
    refused = Refusals(store, report)  # every refused file: a note, and a line in the settings
    watch = ClockWatch(device)
    try:
        trust = load_trust(store, root, team, refused.add, keys=keyring)
        waiting = [
            (other, number, path)
            for other, number, path in listed(root, team)
            if other != device and (other, number) not in applied
        ]
    except FileProblem as problem:  # the team's folder itself is a link
        refused.add("", problem)
        refused.save()
        return
    except OSError as error:
        report.note(
            QT_TRANSLATE_NOOP("sync", "Could not read the shared folder: {error}"),
            error=error.strerror or str(error),
        )
        return
    early, kept = prescan(waiting, team, trust, keyring)
    for index, (other, number, path) in enumerate(waiting):
        say(10 + 85 * index // max(1, len(waiting)), "receive")
        try:
            found = kept.pop(path, None) or read(path, team, other, number, trust, keys=keyring)
        except NewerFile as problem:  # said once per laptop at the end (heldback.py)
            report.newer_files += 1
            report.newer[refused.laptop(other)] += 1
            refused.add(other, problem, say=False)
            continue
        except FileProblem as problem:
            refused.add(other, problem)
            continue
        except OSError as error:  # vanished while listed
            report.note(
                QT_TRANSLATE_NOOP("sync", "Skipped {path}: it could not be read ({error})."),
                path=str(path),
                error=error.strerror or str(error),
            )
            continue
        watch.saw(found.header)
        _apply_file(store, found, report, early)
    refused.save()
    with store.write() as session:
        watch.finish(raw(session), report.note)


def _apply_file(
    store: Store, found: OpsFile, report: SyncReport, early: list[Op] | None = None
) -> None:
    """Apply one file with its registry row; what of it breaks a rule is set aside and the
    rest applied. An unexpected error makes a second, careful try (each operation and
    record alone: the one that fails is set aside); when that fails too the whole file is
    set aside. Either way it counts as done, so no later sync stops at it. The database
    failing (full, locked) leaves the file for the next sync."""
    header = found.header
    laptop = header.device_name or header.device[:8]
    applied: Applied | None = None
    for careful in (False, True):
        try:
            applied = _apply_once(store, found, careful, early)
            break
        except Exception as error:
            if setaside.environment(error):
                report.note(
                    QT_TRANSLATE_NOOP(
                        "sync",
                        "File {number} of {laptop} could not be applied now ({error}); "
                        "it is tried again at the next sync.",
                    ),
                    number=header.number,
                    laptop=laptop,
                    error=getattr(error, "strerror", None) or str(error),
                )
                return
            log.error("sync: file %s of %s failed", header.number, laptop, exc_info=True)
    if applied is None:
        applied = Applied(set_aside=[setaside.Item(setaside.R_FILE_FAILED, {})])
        with store.write() as session:
            db = raw(session)
            setaside.record(db, header.device, header.number, applied.set_aside)
            _mark_applied(db, header)
    else:
        report.received += len(found.ops)
        report.files_applied += 1
        _count(report, applied)
    aside = len(found.unreadable) + len(applied.set_aside)
    if aside:
        report.note(setaside.NOTE, count=aside, laptop=laptop, number=header.number)


def _apply_once(
    store: Store, found: OpsFile, careful: bool, early: list[Op] | None = None
) -> Applied:
    header = found.header
    with store.write() as session:
        db = raw(session)
        applied = apply_ops(db, found.ops, careful, early)
        aside = [setaside.unreadable(n, text) for n, text in found.unreadable]
        setaside.record(db, header.device, header.number, aside + applied.set_aside)
        _mark_applied(db, header)
    return applied


def _mark_applied(db: sqlite3.Connection, header: Header) -> None:
    db.execute(
        "INSERT OR REPLACE INTO sync_file(device, number, ops, applied_at) VALUES (?, ?, ?, ?)",
        (header.device, header.number, header.ops, now_text()),
    )
    db.execute(
        "INSERT INTO sync_device(uuid, name, last_file, last_written, last_applied) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT(uuid) DO UPDATE SET name = excluded.name, "
        "last_file = max(last_file, excluded.last_file), "
        "last_written = max(coalesce(last_written, ''), excluded.last_written), "
        "last_applied = excluded.last_applied",
        (header.device, header.device_name, header.number, header.written_at, now_text()),
    )
