"""The automatic backups hold the erased person too: each one in the backup folder is put
through the same purge (docs/privacy.md, "Backups").

A backup is the whole database as it was before a migration (or as the user copied it
into the backup folder). Restoring one after an erasure must not bring the person back,
and the backups are never deleted by Raketti, so waiting for them to expire would mean
keeping the data for ever. The purge works on any schema since team sync's (a column or
table an old copy lacks is skipped); the copy is then rebuilt (VACUUM), so no freed page
keeps a value. Its erasure record is not added (an older schema may lack the table): a
backup restored later learns of the erasure again from the shared folder, when it syncs.
Copies written elsewhere (File → Back up… to any folder) are out of Raketti's reach: the
user is told so in the documentation.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from app.privacy.purge import purge
from app.privacy.scrub import Erasure

log = logging.getLogger(__name__)


def purge_backups(backup_dir: Path | None, erasure: Erasure) -> int:
    """Purge every backup in `backup_dir` that holds the erased record; how many."""
    if backup_dir is None or not backup_dir.is_dir():
        return 0
    count = 0
    for path in sorted(backup_dir.glob("*.sqlite")):
        if not path.is_file() or path.is_symlink():
            continue
        try:
            if _purge_one(path, erasure):
                count += 1
        except sqlite3.Error as error:  # damaged, locked, not a database: left, logged
            log.warning("privacy: backup %s could not be purged: %s", path, error)
    return count


def _purge_one(path: Path, erasure: Erasure) -> bool:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        found = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (erasure.tbl,)
        ).fetchone()
        if found is None:
            return False
        holds = connection.execute(
            f"SELECT 1 FROM {erasure.tbl} WHERE uuid = ?", (erasure.rec,)
        ).fetchone()
        logged = (
            connection.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sync_op'"
            ).fetchone()
            and connection.execute(
                "SELECT 1 FROM sync_op WHERE tbl = ? AND rec = ? LIMIT 1",
                (erasure.tbl, erasure.rec),
            ).fetchone()
        )
        if holds is None and not logged:
            return False
        connection.execute("BEGIN IMMEDIATE")
        try:
            purge(connection, [erasure])
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")
        connection.execute("VACUUM")
        return True
    finally:
        connection.close()
