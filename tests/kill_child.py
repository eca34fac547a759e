"""The processes tests/core/test_kills.py kills, forked from one that has imported everything.

`python -m tests.kill_child` imports Raketti (and Alembic and the revision files), says
"ready", then reads jobs from stdin, one per line, tab-separated:

    open    PROGRESS PATH TEAM    open (create or migrate) PATH, commit TEAM, close
    backup  PROGRESS SOURCE COPY  take a backup copy

For each job it forks a child, says "started PID", and when it reads "reap" says "ended
STATUS" once the child is gone (until then a killed child stays a zombie, so its process id
cannot be reused by another process before the test has killed it). The child notes how
far it got in the PROGRESS file, one word a line. Forking from a warm process puts the kill
in the work itself rather than in Python's start-up, and makes each run cheap.
"""

from __future__ import annotations

import os
import sys
import traceback
from pathlib import Path


def _work(mode: str, progress: Path, first: str, second: str) -> None:
    from app import teams
    from app.backups import take_backup
    from app.store import Store

    def reached(word: str) -> None:
        with progress.open("a", encoding="utf-8") as handle:
            handle.write(word + "\n")

    if mode == "open":
        path = Path(first)
        store = Store.open(path, path.parent / "backups")
        reached("opened")
        teams.create_team(store, second, "Tiimiakatemia")
        reached("committed")
        store.close()
        reached("closed")
    elif mode == "backup":
        take_backup(Path(first), Path(second))
        reached("done")


def serve() -> None:
    from app import teams  # noqa: F401  (imported before any fork)
    from app.backups import take_backup  # noqa: F401
    from app.store import Store  # noqa: F401
    from models.database import script_heads

    script_heads()  # Alembic and the revision files loaded too
    print("ready", flush=True)
    for line in sys.stdin:
        mode, progress, first, second = line.rstrip("\n").split("\t")
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                _work(mode, Path(progress), first, second)
            except BaseException:
                traceback.print_exc()
                code = 1
            os._exit(code)
        print(f"started {pid}", flush=True)
        assert sys.stdin.readline().strip() == "reap"
        _, status = os.waitpid(pid, 0)
        print(f"ended {status}", flush=True)


if __name__ == "__main__":
    serve()
