"""The shared folder stops carrying an erased person's values: each laptop rewrites its
own files (docs/sync.md, "Erasure in the shared folder").

At the end of a sync after an erasure was made or applied here (`PENDING_REWRITE`), every
operation file in this laptop's own folder is read with the usual checks (its signature
must be this laptop's: a file someone else put there is never signed again), and one that
holds an erased value is written again: same number, same header (clock range,
incarnation, time written), the same operations with the same ids and supersedes, the
values scrubbed exactly as the log was, signed again. It is written to a temporary in a
dot-folder of the team's folder (never listed) and renamed over the old one. This
laptop's own snapshots are deleted and, when it had one, written again from the purged
database. Then the database's WAL is folded in and the file rebuilt (`compact`).

The same rewrite seals, once per device id, the laptop's own files written in clear by a
Raketti before end-to-end encryption (formats 1 and 2): same operations, now format 3.

Why replacing a file is safe here while app/sync/numbering.py never writes over one: that
rule keeps an OLD copy of a database from replacing NEW files whose operations its
teammates would then never read. A rewrite replaces a file with the same operations (ids,
supersedes, order) whose values every holder of the erasure scrubs the same way: a
teammate that applied the old version purged it when the erasure arrived, one that reads
the new version gets what the purge would leave, and the merge state is equal either way.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from app.privacy.purge import PENDING_REWRITE, compact, known_erasures, scrub_op
from app.privacy.scrub import Scrubber
from app.store import Store
from app.sync import keys as team_keys
from app.sync import opfiles
from app.sync.capture import put_setting, raw, setting
from app.sync.keys import Keyring
from app.sync.safefiles import FileProblem
from app.sync.sealed_ops import FORMAT as SEALED_FORMAT
from app.sync.signing import Signer, load_trust, own_signer
from app.sync.snapshot import SIGNATURE, snapshots_dir, write_snapshot
from app.sync.state import Op
from models.rules import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)
Note = Callable[..., None]
# sync_setting: the device id whose own files were all checked for being sealed (files a
# Raketti before end-to-end encryption wrote in clear are sealed once, on the next sync).
SEALED = "own_files_sealed"


def after_sync(store: Store, root: Path, team: str, device: str, note: Note) -> None:
    """Rewrite this laptop's own files and snapshots when an erasure asks for it, and its
    own files still in clear (written before end-to-end encryption) once."""
    with store.read() as session:
        db = raw(session)
        erasing = setting(db, PENDING_REWRITE) is not None
        keyring = team_keys.stored(db)
        if keyring is None or (not erasing and setting(db, SEALED) == device):
            return
        scrubber = Scrubber(known_erasures(db))
    try:
        rewritten = rewrite_own_files(store, root, team, device, scrubber, keyring)
        if erasing:
            _snapshots(store, root, team, device)
    except (OSError, FileProblem) as error:
        note(
            QT_TRANSLATE_NOOP(
                "sync",
                "This laptop's files in the shared folder could not be cleared of an erased "
                "person yet ({error}); it is tried again at the next sync.",
            ),
            error=getattr(error, "strerror", None) or str(error),
        )
        return
    log.info("privacy: rewrote %d of this laptop's files", rewritten)
    with store.write() as session:
        raw(session).execute("DELETE FROM sync_setting WHERE key = ?", (PENDING_REWRITE,))
        put_setting(raw(session), SEALED, device)
    if not erasing:
        return
    compact(store)


def rewrite_own_files(
    store: Store, root: Path, team: str, device: str, scrubber: Scrubber, keys: Keyring
) -> int:
    """Write again every own file holding a value the erasures take out, or written in
    clear before end-to-end encryption (format 1 or 2); how many."""
    problems: list[FileProblem] = []
    trust = load_trust(
        store, root, team, lambda _device, problem: problems.append(problem), keys=keys
    )
    signer = own_signer(store)
    count = 0
    for owner, number, path in list(opfiles.listed(root, team)):
        if owner != device:
            continue
        try:
            found = opfiles.read(path, team, device, number, trust, keys=keys)
        except FileProblem as problem:  # not this laptop's to sign again
            log.info("privacy: not rewriting %s: %s", path, problem)
            continue
        ops = [scrub_op(scrubber, op) for op in found.ops]
        sealed = found.header.format >= SEALED_FORMAT
        if sealed and all(new is old for new, old in zip(ops, found.ops, strict=True)):
            continue
        _replace(root, team, path, found.header, ops, signer, keys)
        count += 1
    return count


def _replace(
    root: Path,
    team: str,
    path: Path,
    header: opfiles.Header,
    ops: list[Op],
    signer: Signer,
    keys: Keyring,
) -> None:
    fields: dict[str, object] = {
        "schema": list(header.schema),
        "team": header.team,
        "device": header.device,
        "device_name": header.device_name,
        "number": header.number,
        "written_at": header.written_at,
        "incarnation": header.incarnation,
    }
    scratch = Path(tempfile.mkdtemp(prefix=".erasing-", dir=opfiles.team_dir(root, team)))
    try:
        target = opfiles.ops_dir(scratch, team, header.device) / path.name
        opfiles.write(target, fields, ops, signer, keys=keys)
        os.replace(target, path)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _snapshots(store: Store, root: Path, team: str, device: str) -> None:
    where = snapshots_dir(root, team)
    if not where.is_dir():
        return
    own = [p for p in where.glob(f"{device}-*.sqlite") if p.is_file() and not p.is_symlink()]
    if not own:
        return
    for path in own:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
        with contextlib.suppress(FileNotFoundError):
            path.with_name(path.name + SIGNATURE).unlink()
    write_snapshot(store)
