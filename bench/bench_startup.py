"""Benchmark: start-up to the first rows painted, and resident memory, in fresh processes.

Each run starts a new Python process (bench/startup_child.py) and measures from just before
the process is started to the moment the customer table's first rows have been painted:

- Raketti as `main.py --db FILE` starts it (fresh settings folder each run),
- a bare window: a QTableView over Qt's QSqlQueryModel running the same customer list SQL
  on the same file (the baseline),

alternately, so that a busy moment hits both alike. Resident memory is read in the child
when the rows are painted; for Raketti also after every panel and tab has been opened and
its reports computed. Prints medians and the ratios Raketti / bare window.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_startup.py [--customers N] [--runs R]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from common import database  # noqa: E402
from sqlalchemy.dialects import sqlite  # noqa: E402

from app.customers.listing import CustomerQuery  # noqa: E402

CHILD = ROOT / "bench" / "startup_child.py"


def list_sql(path: Path) -> str:
    """The customer list of the first team in the table's order, as literal SQL."""
    import sqlite3

    with sqlite3.connect(path) as conn:
        team_id = conn.execute("SELECT min(id) FROM team_company").fetchone()[0]
    statement = CustomerQuery(team_id=team_id).ordered()
    return str(statement.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))


def answered_whoami(path: Path) -> str:
    """Settings in which "who am I" was answered for every team company of the file, as on
    a laptop that has opened it before (else the question waits for a click at start)."""
    import sqlite3

    with sqlite3.connect(path) as conn:
        uuids = [row[0] for row in conn.execute("SELECT uuid FROM team_company")]
    return "[whoami]\n" + "".join(f"{uuid}=-\n" for uuid in uuids)


def run_child(*args: str) -> dict[str, float]:
    """Start a child; return seconds to first paint and its resident memory."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    # A user's installation keeps compiled bytecode; without it every start compiles the
    # project's modules again (the first, warming run writes the caches).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory(prefix="raketti-start-") as home:
        env["RAKETTI_HOME"] = home  # no remembered layout, panel or team
        (Path(home) / "config").mkdir()
        (Path(home) / "config" / "raketti.ini").write_text(answered_whoami(Path(args[1])))
        started = time.monotonic()
        done = subprocess.run(
            [sys.executable, str(CHILD), *args], env=env, capture_output=True, text=True
        )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise SystemExit(f"child {args[0]} failed:\n{done.stdout}\n{done.stderr}")
    out = json.loads(lines[-1])
    return {"seconds": out["painted"] - started, "rss_mb": out["rss_mb"], "heavy": out["heavy"]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="database to use (default bench/data/…)")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    path = database(args.customers, args.db)
    sql = list_sql(path)
    ours, bare, everything = [], [], []
    run_child("bare", str(path), sql)  # warm the file into the page cache once
    run_child("raketti", str(path))  # and write the bytecode caches
    for run in range(args.runs):
        ours.append(run_child("raketti", str(path)))
        bare.append(run_child("bare", str(path), sql))
        if run < 3:
            everything.append(run_child("raketti-all", str(path)))

    def median(runs: list[dict[str, float]], key: str) -> float:
        return statistics.median(r[key] for r in runs)

    start, base_start = median(ours, "seconds") * 1000, median(bare, "seconds") * 1000
    rss, base_rss = median(ours, "rss_mb"), median(bare, "rss_mb")
    rss_all = median(everything, "rss_mb")
    print(f"database: {path.name}; medians of {args.runs} fresh processes each")
    print(f"{'measure':44} {'Raketti':>9} {'bare':>8} {'ratio':>6} {'target':>7}")
    rows = [
        ("start to first rows painted (ms)", start, base_start, 3.0),
        ("resident memory, window open (MB)", rss, base_rss, 2.0),
        ("resident memory, every panel and tab (MB)", rss_all, base_rss, 3.0),
    ]
    for name, value, base, target in rows:
        print(f"{name:44} {value:9.0f} {base:8.0f} {value / base:6.2f} {'≤ ' + str(target):>7}")
    print(f"heavy modules loaded at first paint: {', '.join(ours[0]['heavy']) or 'none'}")  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    sys.exit(main())
