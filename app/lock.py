"""A lock file beside the database so that one database is never opened twice for writing."""

from __future__ import annotations

import getpass
import json
import os
import socket
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from models.rules import QT_TRANSLATE_NOOP


class LockedError(Exception):
    """Someone else holds the database; `message` is an English template (context "lock")."""

    def __init__(self, holder: dict[str, str]) -> None:
        self.message = QT_TRANSLATE_NOOP(
            "lock",
            "The database is already open by {user} on {host} (process {pid}, since {since}). "
            "Close Raketti there first.",
        )
        self.args_ = {k: holder.get(k, "?") for k in ("user", "host", "pid", "since")}
        super().__init__(self.message.format(**self.args_))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@dataclass
class DatabaseLock:
    path: Path
    held: bool = False

    @classmethod
    def for_database(cls, database: Path) -> DatabaseLock:
        return cls(database.with_name(database.name + ".lock"))

    def holder(self) -> dict[str, str] | None:
        try:
            return json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def acquire(self) -> None:
        """Take the lock, or raise LockedError naming who has it. A dead holder's lock is taken."""
        me = {
            "user": getpass.getuser(),
            "host": socket.gethostname(),
            "pid": str(os.getpid()),
            "since": datetime.now().strftime("%Y-%m-%d %H:%M"),
        }
        for _attempt in range(2):
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                holder = self.holder() or {}
                stale = holder.get("host") == me["host"] and not _alive(int(holder.get("pid", 0)))
                if holder and not stale:
                    raise LockedError(holder) from None
                self.path.unlink(missing_ok=True)  # a crashed run's lock, or an unreadable one
                continue
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(me, handle)
            self.held = True
            return
        raise LockedError(self.holder() or {})

    def release(self) -> None:
        if self.held:
            self.path.unlink(missing_ok=True)
            self.held = False
