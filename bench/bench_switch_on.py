"""Benchmark: switching team sync on (record the baseline, write the first files) against
`VACUUM INTO` of the same file, in the same run, and the peak memory it takes (issue 24:
target ≤ 10× `VACUUM INTO`, peak ≤ 300 MB at 100 000 customers).

1. The benchmark database is copied into a scratch folder (`VACUUM INTO`: a clean file).
2. baseline: `VACUUM INTO` of that copy, timed (the file-copy speed of this machine now).
3. switch on, in a child process (so that its peak resident memory is its own:
   `os.wait4`'s rusage): `set_folder` with a passphrase (the baseline, in batches), then
   `sync_now` (the first files), each timed; CPU time and peak memory of the child.

Prints the times, the ratio to `VACUUM INTO`, the peak memory, the database's size before
and after and the size of the files written.

    .venv/bin/python bench/bench_switch_on.py [--customers N] [--db F]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

PASSPHRASE = "benchmark team passphrase"


def _vacuum_into(source: Path, target: Path) -> float:
    target.unlink(missing_ok=True)
    started = time.perf_counter()
    connection = sqlite3.connect(source)
    try:
        connection.execute("VACUUM INTO ?", (str(target),))
    finally:
        connection.close()
    return time.perf_counter() - started


def _size(path: Path) -> int:
    return sum(
        Path(f"{path}{suffix}").stat().st_size
        for suffix in ("", "-wal")
        if Path(f"{path}{suffix}").exists()
    )


def child(db: Path, folder: Path) -> None:
    """Switch sync on for the first team company of `db` and send; times as JSON."""
    from app.store import Store
    from app.sync.api import set_folder, sync_now

    store = Store.open(db, db.parent / "backups")
    try:
        with store.engine.connect() as conn:
            team = str(conn.exec_driver_sql("SELECT uuid FROM team_company ORDER BY id").scalar())
        started = time.perf_counter()
        set_folder(store, folder, team=team, device_name="bench", passphrase=PASSPHRASE)
        recorded = time.perf_counter() - started
        started = time.perf_counter()
        report = sync_now(store)
        sent = time.perf_counter() - started
        with store.engine.connect() as conn:
            ops = conn.exec_driver_sql("SELECT count(*) FROM sync_op").scalar()
    finally:
        store.close()
    print(
        json.dumps({"baseline": recorded, "send": sent, "ops": ops, "files": report.files_written})
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--customers", type=int, default=10_000)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--child", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    from common import database

    source = database(args.customers, args.db)
    work = Path(tempfile.mkdtemp(prefix="bench-switch-on-"))
    try:
        db = work / "team.sqlite"
        _vacuum_into(source, db)
        copied = _vacuum_into(db, work / "copy.sqlite")
        (work / "copy.sqlite").unlink()
        before = _size(db)
        folder = work / "shared"
        folder.mkdir()
        started = time.perf_counter()
        process = subprocess.Popen(
            [sys.executable, __file__, "--child", str(db), str(folder)], stdout=subprocess.PIPE
        )
        assert process.stdout is not None
        out = process.stdout.read()
        _pid, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
        assert status == 0, status
        found = json.loads(out.decode().strip().splitlines()[-1])
        switched = found["baseline"] + found["send"]
        files = sum(p.stat().st_size for p in folder.rglob("*.ops"))
        peak = usage.ru_maxrss / 1024  # kB on Linux
        print(f"customers: {args.customers}, load average: {os.getloadavg()[0]:.1f}")
        print(f"VACUUM INTO: {copied:.2f} s ({before / 1e6:.0f} MB)")
        print(
            f"switch on: {switched:.1f} s (baseline {found['baseline']:.1f} s, first files "
            f"{found['send']:.1f} s, {found['files']} files), child wall {wall:.1f} s, "
            f"CPU {usage.ru_utime + usage.ru_stime:.1f} s"
        )
        print(f"ratio switch on ÷ VACUUM INTO: {switched / copied:.1f}× (target ≤ 10×)")
        print(f"peak memory: {peak:.0f} MB (target ≤ 300 MB)")
        print(
            f"operations: {found['ops']}; database {before / 1e6:.0f} MB → "
            f"{_size(db) / 1e6:.0f} MB; op files {files / 1e6:.1f} MB"
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
