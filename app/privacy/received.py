"""Team sync meets an erasure (hooks called by app/sync/apply.py, which must not import
this area).

A laptop that was offline may receive the erasure before, with or after older edits of
the person (in the same file, in an earlier file of another laptop read in the same sync,
or in a later sync). Before operations are checked and logged, every one of them is
scrubbed for the erasures known here, those in the same batch and those the sync found in
the files it is about to read (`early`): the person's values are never logged, applied or
shown. After the batch is merged, an erasure new among it runs the purge, in the same
transaction, and this laptop's own files are marked for rewriting (app/privacy/folder.py).
"""

from __future__ import annotations

import sqlite3
from typing import Any

from app.privacy.purge import PENDING_REWRITE, erasure_ops, known_erasures, purge, scrub_op
from app.privacy.scrub import Scrubber


def scrub_received(db: sqlite3.Connection, ops: list[Any], early: list[Any]) -> list[Any]:
    """`ops` with what the erasures known (here, in `ops`, in `early`) take out."""
    every = {e.uuid: e for e in [*known_erasures(db), *erasure_ops(early), *erasure_ops(ops)]}
    if not every:
        return ops
    scrubber = Scrubber(sorted(every.values(), key=lambda e: e.uuid))
    return [scrub_op(scrubber, op) for op in ops]


def purge_received(db: sqlite3.Connection, new: list[Any]) -> set[str]:
    """Purge for the erasures among the newly merged operations; the tables changed."""
    found = erasure_ops(new)
    if not found:
        return set()
    changed = purge(db, found)
    mark_rewrite(db)
    return changed


def mark_rewrite(db: sqlite3.Connection) -> None:
    """This laptop's own files and snapshots are rewritten at its next sync."""
    db.execute(
        "INSERT INTO sync_setting(key, value) VALUES (?, '1') "
        "ON CONFLICT(key) DO UPDATE SET value = '1'",
        (PENDING_REWRITE,),
    )
