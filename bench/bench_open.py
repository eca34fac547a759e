"""Opening the database at start-up: now, against what start-up did before, same file, same run.

Before (until issue 9): every start ran `PRAGMA quick_check` over the whole file and
imported Alembic to read the version stamp and the heads. Now an up-to-date file is opened
by reading its header and stamp; the scan runs only after an unclean shutdown.

Each variant is a fresh process (imports are part of a start), the two alternate, and the
medians are compared. The baseline adds exactly the old steps to today's open.

    .venv/bin/python bench/bench_open.py [--customers 100000] [--db FILE]
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

from common import ROOT, database, parse_args

RUNS = 7

NOW = "from app.store import Store; Store.open({path!r}).close()"
BEFORE = (
    "import sqlite3; from app.store import Store; "
    "from alembic.runtime.migration import MigrationContext; "
    "from models.database import make_engine, script_heads, to_url; "
    "c = sqlite3.connect('file:{path}?mode=ro&immutable=1', uri=True); "
    "assert c.execute('PRAGMA quick_check').fetchone()[0] == 'ok'; c.close(); "
    "e = make_engine(to_url({path!r}), read_only=True); "
    "conn = e.connect(); MigrationContext.configure(conn).get_current_heads(); conn.close(); "
    "e.dispose(); script_heads(); "
    "Store.open({path!r}).close()"
)


def run(code: str) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
    return time.perf_counter() - started


def main() -> int:
    args = parse_args(__doc__ or "")
    path = str(database(args.customers, args.db))
    now: list[float] = []
    before: list[float] = []
    run(NOW.format(path=path))  # warm the file into the OS cache for both alike
    for _ in range(RUNS):
        before.append(run(BEFORE.format(path=path)))
        now.append(run(NOW.format(path=path)))
    b, n = statistics.median(before), statistics.median(now)
    print(f"{args.customers} customers, {RUNS} alternating runs each, whole process:")
    print(f"  start-up open before: {b * 1000:7.0f} ms (quick_check + Alembic)")
    print(f"  start-up open now:    {n * 1000:7.0f} ms")
    print(f"  ratio now/before:     {n / b:7.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
