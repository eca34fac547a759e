"""Benchmark: the ladder's and Rocket's side computations, the read itself.

Who to call, advocates (with the referral opportunities), statistics, Rocket progress and
the coach's matrix are ReportViews: they run on a worker thread behind "Computing…". This
measures the read each one runs there, for the first team, on the benchmark file, as the
median of several runs after one warm-up. In the same run the reads also run on a copy of
the file without migration 0007's indexes (the state before issue #10), and the ratio is
printed; `--no-before` skips that. Statistics are also compared with the pandas version
they replaced (bench/ladder_stats_pandas.py), alternating on the same file.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_reports.py [--customers N]
"""

from __future__ import annotations

import argparse
import importlib.util
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import ladder_stats_pandas  # noqa: E402
from common import database, paired_ms  # noqa: E402

from app.ladder.advocates import advocates, referral_opportunities  # noqa: E402
from app.ladder.calls import who_to_call  # noqa: E402
from app.ladder.filters import BoardFilter  # noqa: E402
from app.ladder.settings import load_settings  # noqa: E402
from app.ladder.stats import summary  # noqa: E402
from app.rocket.coach import Source  # noqa: E402
from app.rocket.processes import read_processes  # noqa: E402
from app.rocket.progress import progress_series  # noqa: E402
from app.store import Store  # noqa: E402

REPEATS = 7
MIGRATION = ROOT / "models" / "migrations" / "versions" / "0007_indexes.py"


def reads(store: Store, team_id: int) -> dict[str, Callable[[], object]]:
    """Each report's read, as its ReportView.compute() hands it to the worker."""
    from views.rocket.coach import read_coach  # the coach tab's read lives with its view

    board = BoardFilter(team_id)
    limits = load_settings(store, team_id).silence_limits
    owner = _first_owner(store, team_id)
    own = [Source("own", store, own=True)]
    return {
        "who to call": lambda: who_to_call(store, board, limits),
        "who to call, one owner": lambda: who_to_call(store, BoardFilter(team_id, owner), limits),
        "advocates + opportunities": lambda: (
            advocates(store, board),
            referral_opportunities(store, board),
        ),
        "statistics": lambda: summary(store, board),
        "Rocket progress": lambda: (
            progress_series(store, team_id),
            read_processes(store, team_id),
        ),
        "coach matrix": lambda: read_coach(own, None),
    }


def _first_owner(store: Store, team_id: int) -> int:
    with store.read() as session:
        found = session.connection().exec_driver_sql(
            "SELECT min(owner_id) FROM customer WHERE team_id = ?", (team_id,)
        )
        return int(found.scalar_one())


def without_new_indexes(path: Path) -> Path:
    """A copy of the file without the indexes of migration 0007 (made once, kept)."""
    copy = path.with_name(path.stem + "-before.sqlite")
    if copy.exists() and copy.stat().st_mtime >= path.stat().st_mtime:
        return copy
    spec = importlib.util.spec_from_file_location("m0007", MIGRATION)
    assert spec is not None and spec.loader is not None
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    with sqlite3.connect(path) as source, sqlite3.connect(copy) as target:
        source.backup(target)
        for name, *_rest in migration.INDEXES:
            target.execute(f"DROP INDEX IF EXISTS {name}")
    return copy


def measure(path: Path) -> dict[str, float]:
    store = Store.open(path, read_only=True)
    try:
        with store.read() as session:
            team = session.connection().exec_driver_sql("SELECT min(id) FROM team_company")
            team_id = int(team.scalar_one())
        out = {}
        for name, fn in reads(store, team_id).items():
            fn()  # warm the page cache and any first-use imports
            samples = []
            for _ in range(REPEATS):
                started = time.perf_counter()
                fn()
                samples.append((time.perf_counter() - started) * 1000)
            out[name] = statistics.median(samples)
        return out
    finally:
        store.close()


def statistics_against_pandas(path: Path) -> tuple[float, float]:
    """Median ms of today's statistics and of the pandas version, alternating."""
    store = Store.open(path, read_only=True)
    try:
        with store.read() as session:
            team = session.connection().exec_driver_sql("SELECT min(id) FROM team_company")
            board = BoardFilter(int(team.scalar_one()))
        ladder_stats_pandas.summary(store, board)  # pandas imported, the file in the cache
        now, pandas = paired_ms(
            lambda: summary(store, board),
            lambda: ladder_stats_pandas.summary(store, board),
            repeats=REPEATS,
        )
        return now, pandas
    finally:
        store.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="database to use (default bench/data/…)")
    parser.add_argument("--no-before", action="store_true", help="skip the copy without indexes")
    args = parser.parse_args()
    path = database(args.customers, args.db)
    ours = measure(path)
    stats_now, stats_pandas = statistics_against_pandas(path)
    before = {} if args.no_before else measure(without_new_indexes(path))
    print(f"{'report read':28} {'ms':>8}" + (f" {'before ms':>10} {'ratio':>6}" if before else ""))
    for name, ms in ours.items():
        line = f"{name:28} {ms:8.1f}"
        if name in before:
            line += f" {before[name]:10.1f} {ms / before[name]:6.2f}"
        print(line)
    print(
        f"statistics: {stats_now:.1f} ms, the pandas version {stats_pandas:.1f} ms on the same "
        f"file, ratio {stats_now / stats_pandas:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
