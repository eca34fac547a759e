"""Hidden `.partial` copies left by killed backups are cleaned up by the next backup into
the same folder, whatever the name they were meant for (dated backups each have their
own), while a partial a running backup is writing is left alone."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from app.store import Store
from models import backup
from models.backup import backup_copy


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_partials_of_killed_dated_backups_are_removed(tmp_path: Path) -> None:
    database = tmp_path / "team.sqlite"
    Store.open(database, tmp_path / "backups").close()
    folder = tmp_path / "backups"
    folder.mkdir(exist_ok=True)
    dead = _dead_pid()
    killed = [folder / f".team-daily-20260101-0{i}0000.sqlite.{dead}.partial" for i in range(1, 4)]
    killed.append(folder / f".team-daily-20260101-010000.sqlite.{dead}.partial-journal")
    running = folder / f".team-daily-20260102-000000.sqlite.{os.getppid()}.partial"
    reused = folder / f".team-daily-20251231-000000.sqlite.{os.getppid()}.partial"
    for path in [*killed, running, reused]:
        path.write_bytes(b"x" * 1000)
    long_ago = time.time() - backup.STALE_PARTIAL_S - 60
    os.utime(reused, (long_ago, long_ago))  # its process id now belongs to another program
    other = folder / ".notes.txt"
    other.write_text("not ours")

    made = backup_copy(database, folder, "daily")

    assert made.exists()
    assert not [p for p in killed if p.exists()] and not reused.exists()
    assert running.exists() and other.exists()  # a running backup's copy; not a partial
