"""Sending: this laptop's operations not sent yet, in numbered files of its own folder;
first, when files it wrote are gone from the folder, everything it sent before
(app/sync/resend.py). A file is written under the first free number and marked sent only
once it is in place, so a failure or a kill leaves the operations for the next sync.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from app.files import ExportError
from app.store import Store
from app.sync import resend
from app.sync.capture import put_setting, raw, setting
from app.sync.clockwatch import relayed
from app.sync.keys import Keyring
from app.sync.numbering import CaughtUp
from app.sync.opfiles import NumberTaken, batches, file_name, ops_dir
from app.sync.settings import now_text
from app.sync.signing import Signer, own_signer
from app.sync.state import Op
from models.database import known_heads
from models.rules import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from app.sync.engine import SyncReport

OPS_PER_FILE = 20_000


def _unsent_after(store: Store, after: int, limit: int) -> list[tuple[int, Op]]:
    """The next `limit` operations made here and not sent, after local number `after`
    (with their numbers): one file's worth at a time, never the whole log (issue 24)."""
    with store.read() as session:
        rows = raw(session).execute(
            "SELECT n, op_id, tbl, rec, kind, field, value, supersedes, member FROM sync_op "
            "WHERE local = 1 AND n > ? AND op_id IS NOT NULL ORDER BY n LIMIT ?",
            (after, limit),
        )
        return [
            (r[0], Op(r[1], r[2], r[3], r[4], r[5], r[6], tuple(json.loads(r[7] or "[]")), r[8]))
            for r in rows
        ]


def _queued(store: Store, again: list[Op], written: int) -> Iterator[tuple[int | None, Op]]:
    """What to write, in order: what was sent before and is written again (no number:
    it moves nothing), then the operations not sent yet, read in batches."""
    for op in again:
        yield None, op
    after = written
    while found := _unsent_after(store, after, OPS_PER_FILE):
        yield from found
        after = found[-1][0]


def send(
    store: Store, root: Path, team: str, own: CaughtUp, report: SyncReport, keys: Keyring
) -> None:
    """Write the operations not sent yet; first, when files this laptop wrote are gone from
    the folder, everything it sent before (app/sync/resend.py). At most a file's worth of
    operations is held at a time (`OPS_PER_FILE` read ahead, one file written)."""
    again, said = resend.check(store, root, team, own.device)
    if said is not None:
        report.note(said)
    device, number = own.device, own.number
    with store.read() as session:
        db = raw(session)
        name = setting(db, "device_name") or ""
        written = int(setting(db, "written") or 0)
        clocks = relayed(db)
    signer = own_signer(store)
    queue = _queued(store, again.ops if again else [], written)
    waiting: list[tuple[int | None, Op]] = []
    done_n = written
    while True:
        waiting.extend(islice(queue, OPS_PER_FILE - len(waiting)))
        if not waiting:
            break
        # The files are cut as `batches` cuts the whole list: the first file's worth of
        # what waits, by count and by size.
        _start, end = next(batches([op for _n, op in waiting], OPS_PER_FILE))
        piece, waiting = waiting[:end], waiting[end:]
        chunk = [op for _n, op in piece]
        header = {
            "schema": sorted(known_heads()),
            "team": team,
            "device": device,
            "device_name": name,
            "number": number,
            "written_at": now_text(),
            "incarnation": own.incarnation,
        }
        if clocks:  # teammates whose clocks were seen ahead of this one (clockwatch.py)
            header["clocks"] = clocks
        try:
            number = _write_free(root, team, device, header, chunk, signer, keys)
        except (ExportError, OSError) as error:
            report.note(
                QT_TRANSLATE_NOOP(
                    "sync", "Could not write this laptop's changes to the shared folder: {error}"
                ),
                error=str(error),
            )
            return
        # What was sent before and written again moves nothing.
        done_n = next((n for n, _op in reversed(piece) if n is not None), done_n)
        with store.write() as session:
            db = raw(session)
            put_setting(db, "written", str(done_n))
            put_setting(db, "next_file", str(number + 1))
            db.execute(
                "INSERT OR REPLACE INTO sync_file(device, number, ops, applied_at) "
                "VALUES (?, ?, ?, ?)",
                (device, number, len(chunk), now_text()),
            )
            db.execute(
                "INSERT INTO sync_device(uuid, name, last_file, last_written) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(uuid) DO UPDATE SET last_file = excluded.last_file, "
                "last_written = excluded.last_written, name = excluded.name",
                (device, name, number, header["written_at"]),
            )
        report.sent += len(chunk)
        report.files_written += 1
        number += 1
    if again:
        resend.done(store, again)
        report.note(again.message, count=again.count)


def _write_free(
    root: Path,
    team: str,
    device: str,
    header: dict[str, object],
    ops: list[Op],
    signer: Signer,
    keys: Keyring,
) -> int:
    """Write under the first free number from the header's (a file that appeared meanwhile
    is never written over: the next sync takes it back); the number used."""
    number = int(str(header["number"]))
    for _attempt in range(100):
        try:
            _write_file(ops_dir(root, team, device) / file_name(number), header, ops, signer, keys)
            return number
        except NumberTaken:
            number += 1
            header = dict(header, number=number)
    raise OSError(f"no free file number up to {number}")


def _write_file(
    path: Path, header: dict[str, object], ops: list[Op], signer: Signer, keys: Keyring
) -> None:
    from app.sync import opfiles

    opfiles.write(path, header, ops, signer, keys=keys)
