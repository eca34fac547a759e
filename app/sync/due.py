"""Snapshots written when they are due (issue 24): at the end of a sync, a laptop writes a
snapshot of the team when the operations since the newest snapshot in the folder pass
THRESHOLD and no other laptop wrote one in the last day (SPACING_MS); then its own
snapshots beyond the newest KEEP are removed.

"Since the newest snapshot" is counted in this laptop's log, which has just taken in the
folder: the operations whose clock (the start of the op id) is after the snapshot's (the
clock in its name, `<device>-<clock>.sqlite`). The count stops at the threshold (an index
range of at most THRESHOLD entries), so checking costs little even at millions of
operations. Operations of other teams (local = 2, issue 23) are never in a snapshot and
are not counted.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from pathlib import Path

from app.store import Store
from app.sync import keys as team_keys
from app.sync.capture import raw
from app.sync.clock import wall_ms
from app.sync.engine import SyncError
from app.sync.safefiles import FileProblem
from app.sync.snapshot import SIGNATURE, snapshot_files, write_snapshot
from models.rules import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)
Note = Callable[..., None]

THRESHOLD = 50_000  # operations since the newest snapshot (tests lower it)
SPACING_MS = 24 * 3600 * 1000  # another laptop's snapshot this recent: none written
KEEP = 2  # this laptop's own snapshots kept, the newest ones


def clock_of(path: Path) -> str:
    """The clock in a snapshot's name (`<device, 36>-<wall>.<counter>.sqlite`)."""
    return path.stem[37:]


def wall_of(path: Path) -> int:
    try:
        return int(clock_of(path).split(".")[0])
    except ValueError:
        return 0


def ops_since(store: Store, clock: str | None, limit: int) -> int:
    """Operations known here after `clock` (all when None), counted up to `limit`."""
    after = f"{clock}~" if clock else ""  # "~" sorts after the ".<seq>@<device>" tail
    with store.read() as session:
        return int(
            raw(session)
            .execute(
                "SELECT count(*) FROM (SELECT 1 FROM sync_op WHERE op_id > ? AND local != 2 "
                "LIMIT ?)",
                (after, limit),
            )
            .fetchone()[0]
        )


def due(store: Store, root: Path, team: str, device: str) -> bool:
    """Whether this laptop should write a snapshot now (see the module)."""
    found = snapshot_files(root, team)
    newest = found[0] if found else None
    others = [p for p in found if not p.name.startswith(device)]
    if others and wall_ms() - wall_of(others[0]) < SPACING_MS:
        return False
    clock = clock_of(newest) if newest is not None else None
    return ops_since(store, clock, THRESHOLD) >= THRESHOLD


def prune(root: Path, team: str, device: str) -> list[Path]:
    """Remove this laptop's own snapshots beyond the newest KEEP (with their signatures)."""
    own = [p for p in snapshot_files(root, team) if p.name.startswith(device)]
    removed = own[KEEP:]
    for path in removed:
        for gone in (path, path.with_name(path.name + SIGNATURE)):
            with contextlib.suppress(FileNotFoundError):
                gone.unlink()
    return removed


def after_sync(store: Store, root: Path, team: str, device: str, note: Note) -> None:
    """The "after_sync" hook of the sync area: a snapshot when one is due."""
    if store.read_only:
        return
    with store.read() as session:
        keyring = team_keys.stored(raw(session))
    try:
        # A key rotation this laptop has not joined: its key is the one a member who left
        # still holds, so nothing is sealed with it (as no operation file is).
        if keyring is None or team_keys.behind(keyring, root, team):
            return
    except (FileProblem, OSError):
        return  # a linked or unreadable folder: the sync has said so already
    try:
        if not due(store, root, team, device):
            return
        path = write_snapshot(store)
        log.info("sync: snapshot %s written", path.name)
        prune(root, team, device)
    except (SyncError, FileProblem) as problem:
        note(problem.message, **problem.args_)
    except OSError as error:
        note(
            QT_TRANSLATE_NOOP("sync", "Could not write a snapshot of the team: {error}"),
            error=error.strerror or str(error),
        )
