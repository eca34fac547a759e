"""A lock file beside the database so that one database is never opened twice for writing."""

from __future__ import annotations

import getpass
import json
import logging
import os
import socket
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from models.rules import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]


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
    _fd: int | None = None

    @classmethod
    def for_database(cls, database: Path) -> DatabaseLock:
        return cls(database.with_name(database.name + ".lock"))

    def holder(self) -> dict[str, str] | None:
        try:
            return json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def acquire(self) -> None:
        """Take the lock, or raise LockedError naming who has it.

        Where the OS offers flock (Linux, macOS) the lock is the kernel's: it goes with the
        process, so a crashed or killed Raketti never leaves a stale lock behind. Elsewhere
        the file's existence is the lock, and a dead holder on this machine is detected by
        its process id.
        """
        me = {
            "user": getpass.getuser(),
            "host": socket.gethostname(),
            "pid": str(os.getpid()),
            "since": datetime.now().strftime("%Y-%m-%d %H:%M"),
        }
        if fcntl is not None:
            self._acquire_flock(me)
        else:
            self._acquire_exclusive_file(me)
        self.held = True
        log.info("locked %s", self.path)

    def _acquire_flock(self, me: dict[str, str]) -> None:
        fd = os.open(self.path, os.O_CREAT | os.O_RDWR, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            raise LockedError(self.holder() or {}) from None
        os.ftruncate(fd, 0)
        os.write(fd, json.dumps(me).encode("utf-8"))
        self._fd = fd

    def _acquire_exclusive_file(self, me: dict[str, str]) -> None:
        for _attempt in range(2):
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                holder = self.holder() or {}
                stale = holder.get("host") == me["host"] and not _alive(int(holder.get("pid", 0)))
                if holder and not stale:
                    raise LockedError(holder) from None
                log.info("taking over %s, left by a run that ended: %s", self.path, holder)
                self.path.unlink(missing_ok=True)  # a crashed run's lock, or an unreadable one
                continue
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(me, handle)
            return
        raise LockedError(self.holder() or {})

    def release(self) -> None:
        if not self.held:
            return
        if self._fd is not None:
            # The file stays: removing it could let a second process lock a fresh file
            # while a third still waits on the old one. Unlocked, it means nothing.
            os.ftruncate(self._fd, 0)
            os.close(self._fd)
            self._fd = None
        else:
            self.path.unlink(missing_ok=True)
        self.held = False
        log.info("unlocked %s", self.path)
