"""Benchmark: a new laptop joining its team (issue 24), each against `VACUUM INTO` of the
team laptop's file in the same run (target: joining ≤ 5×).

1. A copy of the benchmark database gets team sync switched on and syncs once (timed and
   reported: the one-off cost of the first laptop, stream24's part of the issue).
2. That laptop writes a snapshot (`write_snapshot`: VACUUM INTO, stripped to the team,
   sealed, signed) and one more file of edits after it.
3. vacuum: `VACUUM INTO` of the same file, the baseline.
4. snapshot join: `main.py sync`'s path for a new database, `join_new` (checked, opened
   with the team key, put in place), then `Store.open` and one sync (the file after it).
5. replay join: a new database switched on with the folder and synced (every file).

    .venv/bin/python bench/bench_join.py [--customers N] [--db F] [--no-replay]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from common import database  # noqa: E402
from sqlalchemy import text  # noqa: E402

from app.store import Store  # noqa: E402
from app.sync.api import set_folder, sync_now, write_snapshot  # noqa: E402
from app.sync.join import join_new  # noqa: E402

PASSPHRASE = "benchmark team passphrase"
T = TypeVar("T")


def _timed(fn: Callable[[], T]) -> tuple[float, T]:
    started = time.perf_counter()
    result = fn()
    return time.perf_counter() - started, result


def _sync_new(path: Path, backups: Path, folder: Path | None, team: str | None) -> int:
    store = Store.open(path, backups)
    try:
        if folder is not None:
            set_folder(store, folder, team=team, passphrase=PASSPHRASE)
        return sync_now(store).files_applied
    finally:
        store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--customers", type=int, default=10_000)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--no-replay", action="store_true", help="skip the replay join")
    args = parser.parse_args()
    source = database(args.customers, args.db)
    with tempfile.TemporaryDirectory(prefix="raketti-bench-join-") as scratch:
        tmp = Path(scratch)
        backups, folder = tmp / "backups", tmp / "folder"
        folder.mkdir()
        first = tmp / "first.sqlite"
        shutil.copy(source, first)
        store = Store.open(first, backups)
        team = str(store.rows(text("SELECT uuid FROM team_company ORDER BY id"))[0][0])
        on, _ = _timed(
            lambda: (set_folder(store, folder, team=team, passphrase=PASSPHRASE), sync_now(store))
        )
        print(f"switch sync on + first sync: {on:.1f} s (the first laptop, once)", flush=True)
        snap, path = _timed(lambda: write_snapshot(store))
        size = path.stat().st_size / 1e6
        print(f"write_snapshot: {snap:.1f} s, {size:.1f} MB sealed", flush=True)
        team_id = int(store.rows(text("SELECT id FROM team_company ORDER BY id"))[0][0])
        from app.customers import records

        for n in range(20):
            records.create_customer(store, team_id, {"name": f"Uusi asiakas {n} Oy"})
        sync_now(store)
        vacuum, _ = _timed(
            lambda: store.engine.connect().exec_driver_sql(
                "VACUUM INTO ?", (str(tmp / "vacuum.sqlite"),)
            )
        )
        store.close()
        print(f"VACUUM INTO (baseline): {vacuum:.2f} s", flush=True)
        joined = tmp / "joined.sqlite"

        def by_snapshot() -> int:
            join_new(joined, folder, team, PASSPHRASE)
            return _sync_new(joined, backups, None, None)

        took, files = _timed(by_snapshot)
        print(
            f"join from snapshot + sync ({files} file after it): {took:.2f} s = "
            f"{took / vacuum:.1f}× VACUUM INTO (target ≤ 5×)",
            flush=True,
        )
        if not args.no_replay:
            replay, files = _timed(lambda: _sync_new(tmp / "replay.sqlite", backups, folder, team))
            print(
                f"join by replaying {files} files: {replay:.2f} s = {replay / vacuum:.1f}× "
                f"VACUUM INTO, {replay / took:.1f}× the snapshot join",
                flush=True,
            )


if __name__ == "__main__":
    main()
