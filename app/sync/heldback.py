"""What a sync holds back, said in one sentence per kind and laptop, never silently.

Three kinds of received changes wait instead of being applied:

- operations stamped more than a day ahead of this laptop's clock (`sync_parked`, kind
  "future": a laptop's clock is wrong), applied when that time comes;
- records that refer to a record not here (`sync_pending`: it has not arrived yet, or it
  was deleted): not written while a required parent is missing, an optional reference left
  empty; completed when it arrives or is restored;
- files of a newer Raketti (format or schema unknown here), applied once Raketti is
  updated.

After every sync the report says, for each kind and each laptop, how many wait
(`held_back`); the views translate the sentences in the "sync" context and Settings → Team
sync lists the items with their reason (`api.parked`, the refused files).
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Callable

from app.sync.clock import short_device
from models.rules import QT_TRANSLATE_NOOP

FUTURE = QT_TRANSLATE_NOOP(
    "sync",
    "Changes from {laptop} dated more than a day ahead of this laptop's clock wait here "
    "({count}): one of the two clocks is wrong. They are applied when that time comes.",
)
PARENT = QT_TRANSLATE_NOOP(
    "sync",
    "Records from {laptop} wait for a record they refer to, which has not arrived here or "
    "was deleted ({count}). They are completed when it arrives or is restored.",
)
NEWER = QT_TRANSLATE_NOOP(
    "sync",
    "Files from {laptop} written by a newer Raketti wait here ({count}). Update Raketti to "
    "apply them.",
)


def laptop_names(db: sqlite3.Connection) -> dict[str, str]:
    """Each laptop's name by the device part of its op ids (its UUID's first 12 hex)."""
    return {
        short_device(uuid): name or uuid[:8]
        for uuid, name in db.execute("SELECT uuid, name FROM sync_device")
    }


def _device_of(op_id: str | None) -> str:
    return (op_id or "").rpartition("@")[2]


def held_back(db: sqlite3.Connection, newer: Counter[str], note: Callable[..., None]) -> None:
    """One note per kind and laptop of what waits after this sync (`newer`: the laptop
    names of the newer Raketti's files met, with their counts)."""
    names = laptop_names(db)
    future: Counter[str] = Counter(
        _device_of(op_id) for (op_id,) in db.execute("SELECT op_id FROM sync_parked")
    )
    # A waiting record's laptop: the one whose operation on it came last.
    parent: Counter[str] = Counter(
        _device_of(op_id)
        for (op_id,) in db.execute(
            "SELECT (SELECT max(o.op_id) FROM sync_op o WHERE o.tbl = p.tbl AND o.rec = p.rec) "
            "FROM sync_pending p"
        )
    )
    for text, counts in ((FUTURE, future), (PARENT, parent)):
        for device, count in sorted(counts.items()):
            note(text, laptop=names.get(device) or device[:8] or "?", count=count)
    for laptop, count in sorted(newer.items()):
        note(NEWER, laptop=laptop, count=count)
