"""The one-writer lock: a database is never opened twice for writing, by any of its names.

Two lock files make it:
- the note beside the database (`raketti.sqlite.lock`, beside the file a symlink points
  to): who holds it, on which machine, since when. Left non-empty by a run that did not
  close cleanly, which tells the next run to check the file.
- a lock on the file's identity (device and inode) in one folder for the whole machine,
  so that a hard link, a symlink given as a URL or another spelling of the path finds the
  same lock as the original name.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import logging
import os
import socket
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from models.rules import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

LOCK_DIR = Path(tempfile.gettempdir()) / "raketti-locks"
NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


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
    except (PermissionError, OverflowError):
        return True
    return True


@dataclass
class _LockFile:
    """One lock file: the kernel's flock where the OS has it (Linux, macOS), which goes with
    the process, so a crashed or killed Raketti never leaves a stale lock behind. Elsewhere
    the file's existence is the lock, and a dead holder on this machine is detected by its
    process id."""

    path: Path
    _fd: int | None = None
    _writable: bool = False

    def holder(self) -> dict[str, str] | None:
        try:
            return json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def take(self, me: dict[str, str]) -> bool:
        """Take it or raise LockedError; True when the last holder left its note behind."""
        if fcntl is not None:
            return self._take_flock(me)
        return self._take_exclusive_file(me)

    def _open(self) -> int:
        try:
            fd = os.open(self.path, os.O_CREAT | os.O_RDWR | NOFOLLOW, 0o644)
            self._writable = True
            return fd
        except PermissionError:
            if not self.path.exists():
                raise
            # Another user's identity lock in the machine's lock folder: flock needs no
            # write access, only the note goes unwritten.
            self._writable = False
            return os.open(self.path, os.O_RDONLY | NOFOLLOW)

    def _take_flock(self, me: dict[str, str]) -> bool:
        fd = self._open()
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            raise LockedError(self.holder() or {}) from None
        left_behind = os.fstat(fd).st_size > 0
        if self._writable:
            os.ftruncate(fd, 0)
            os.write(fd, json.dumps(me).encode("utf-8"))
        self._fd = fd
        return left_behind

    def _take_exclusive_file(self, me: dict[str, str]) -> bool:
        left_behind = False
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
                left_behind = True
                continue
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(me, handle)
            return left_behind
        raise LockedError(self.holder() or {})

    def give_back(self) -> None:
        if self._fd is not None:
            # The file stays: removing it could let a second process lock a fresh file
            # while a third still waits on the old one. Emptied, it means "closed cleanly".
            if self._writable:
                os.ftruncate(self._fd, 0)
            os.close(self._fd)
            self._fd = None
        else:
            self.path.unlink(missing_ok=True)


def _lock_dir() -> Path:
    """The machine's folder of identity locks, open to every user like /tmp itself."""
    try:
        LOCK_DIR.mkdir()
    except FileExistsError:
        return LOCK_DIR
    os.chmod(LOCK_DIR, 0o1777)
    return LOCK_DIR


@dataclass
class DatabaseLock:
    path: Path  # the note beside the database
    database: Path  # the database, symlinks resolved
    held: bool = False
    unclean: bool = False  # the last run with this database did not close it cleanly
    _note: _LockFile | None = field(default=None, repr=False)
    _identity: _LockFile | None = field(default=None, repr=False)

    @classmethod
    def for_database(cls, database: Path) -> DatabaseLock:
        real = database.expanduser().resolve()
        return cls(real.with_name(real.name + ".lock"), real)

    def holder(self) -> dict[str, str] | None:
        return _LockFile(self.path).holder()

    def _identity_file(self) -> Path:
        """The lock named by the file's device and inode (a new database is created empty
        first, so that it has an identity; an empty file is a new database)."""
        with contextlib.suppress(FileExistsError):
            os.close(os.open(self.database, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644))
        info = os.stat(self.database)
        return _lock_dir() / f"{info.st_dev}-{info.st_ino}.lock"

    def acquire(self) -> None:
        """Take the note, then the identity lock; or raise LockedError naming who has it."""
        me = {
            "user": getpass.getuser(),
            "host": socket.gethostname(),
            "pid": str(os.getpid()),
            "since": datetime.now().strftime("%Y-%m-%d %H:%M"),
        }
        note = _LockFile(self.path)
        self.unclean = note.take(me)
        try:
            identity = _LockFile(self._identity_file())
            identity.take({**me, "database": str(self.database)})
        except BaseException:
            note.give_back()
            raise
        self._note, self._identity = note, identity
        self.held = True
        log.info("locked %s", self.path)

    def release(self) -> None:
        if not self.held:
            return
        if self._identity is not None:
            self._identity.give_back()
        if self._note is not None:
            self._note.give_back()  # last: an empty note means the file was closed cleanly
        self._note = self._identity = None
        self.held = False
        log.info("unlocked %s", self.path)
