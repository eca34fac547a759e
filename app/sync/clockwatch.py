"""Is this laptop's clock more than five minutes off its teammates'? Told from what a sync
sees, never guessed.

The only honest evidence a folder gives is a file that was written *after* the moment its
header claims by the reader's clock: a file cannot be read before it was written, so when
laptop B's header says `written_at` = 10:17 and this laptop reads it at 10:05 by its own
clock, B's clock is at least 12 minutes ahead of this one. A file read hours after it was
written proves nothing either way (its `written_at` is simply in the past), so an old file
never raises an alarm; the check only ever says "at least". The op ids' wall times are no
evidence: the hybrid clock takes the newest time it has seen, which may be a third laptop's.

That tells the laptop whose clock is *behind*. The one *ahead* never sees a file from the
future, so the laptop that saw it tells it: each file's header carries `clocks`, the
teammates this laptop found ahead of it by more than the limit in the last hour, with the
minutes (signed like the rest of the header). A laptop reading its own id there learns
that its clock is ahead of that teammate's.

One sentence per direction goes into the sync's report (the largest difference and the
laptop), which the status bar, Settings → Team sync and `main.py sync` show.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from app.sync.capture import put_setting, setting
from app.sync.clock import wall_ms
from app.sync.opfiles import Header
from models.rules import QT_TRANSLATE_NOOP

LIMIT_S = 5 * 60  # a clock further off than this is worth a sentence
RELAY_S = 3600  # how long a finding is passed on in this laptop's files' headers
SEEN = "clocks_seen"  # sync_setting: {device: [seconds ahead of this laptop, seen at (ms)]}

BEHIND = QT_TRANSLATE_NOOP(
    "sync",
    "This laptop's clock is at least {minutes} minutes behind {laptop}'s. Set the clock "
    "right (Date & time settings), or edits may look older than they are.",
)
AHEAD = QT_TRANSLATE_NOOP(
    "sync",
    "This laptop's clock is at least {minutes} minutes ahead of {laptop}'s. Set the clock "
    "right (Date & time settings), or edits may look newer than they are.",
)


def _seconds(written_at: str) -> float | None:
    try:
        return datetime.fromisoformat(written_at).replace(tzinfo=UTC).timestamp()
    except (ValueError, TypeError):
        return None


@dataclass
class ClockWatch:
    """What one sync's reading shows about the clocks (see the module)."""

    me: str  # this laptop's device id
    ahead: dict[str, int] = field(default_factory=dict)  # device: seconds ahead of mine
    told: dict[str, int] = field(default_factory=dict)  # device: seconds mine is ahead
    names: dict[str, str] = field(default_factory=dict)
    read: set[str] = field(default_factory=set)  # the laptops a file was read of

    def saw(self, header: Header) -> None:
        """A file just read: its writer's clock, and what its writer says of this one."""
        self.names[header.device] = header.device_name or header.device[:8]
        self.read.add(header.device)
        written = _seconds(header.written_at)
        if written is not None:
            lead = int(written - wall_ms() / 1000)
            if lead > LIMIT_S:
                self.ahead[header.device] = max(lead, self.ahead.get(header.device, 0))
        mine = dict(header.clocks).get(self.me)
        if mine is not None and mine > LIMIT_S:
            self.told[header.device] = max(mine, self.told.get(header.device, 0))

    def finish(self, db: sqlite3.Connection, note: Callable[..., None]) -> None:
        """Say what was found (`note(text, **args)`) and keep it to pass on; a laptop whose
        newest file was not ahead is no longer passed on."""
        for found, text in ((self.ahead, BEHIND), (self.told, AHEAD)):
            if found:
                device = max(found, key=lambda d: (found[d], d))
                note(text, minutes=found[device] // 60, laptop=self.names[device])
        now = wall_ms()
        kept = {
            device: entry
            for device, entry in _seen(db).items()
            if now - entry[1] < RELAY_S * 1000 and device not in self.read
        }
        kept.update({device: [lead, now] for device, lead in self.ahead.items()})
        put_setting(db, SEEN, json.dumps(kept, sort_keys=True))


def _seen(db: sqlite3.Connection) -> dict[str, list[int]]:
    try:
        found = json.loads(setting(db, SEEN) or "{}")
        return {str(d): [int(e[0]), int(e[1])] for d, e in found.items()}
    except (ValueError, TypeError, IndexError, AttributeError):
        return {}


def relayed(db: sqlite3.Connection) -> dict[str, int]:
    """For this laptop's next file's header: the teammates found ahead in the last hour."""
    now = wall_ms()
    return {
        device: lead
        for device, (lead, at) in _seen(db).items()
        if now - at < RELAY_S * 1000 and lead > LIMIT_S
    }
