"""What the benchmarks share: the database builder and alternating timing."""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.store import Store  # noqa: E402

REPEATS = 21


def database(customers: int, given: Path | None = None) -> Path:
    """The benchmark file: `given`, or bench/data/bench-N.sqlite built once with `demo`."""
    path = given or ROOT / "bench" / "data" / f"bench-{customers}.sqlite"
    if path.exists():
        # A file from an earlier version of the schema is migrated once (with its backup).
        Store.open(path, path.parent / "backups").close()
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    print(f"building {path} with {customers} customers (once)…", flush=True)
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "demo",
            "--db",
            str(path),
            "--customers",
            str(customers),
            "--seed",
            "1",
        ],
        check=True,
    )
    print(f"  demo took {time.perf_counter() - started:.1f} s", flush=True)
    return path


def parse_args(description: str, scroll_runs: int | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="database to use (default bench/data/…)")
    if scroll_runs is not None:
        parser.add_argument("--scroll-runs", type=int, default=scroll_runs)
    return parser.parse_args()


def open_store(args: argparse.Namespace) -> tuple[Store, int]:
    """The benchmark database, read-only, and the first team company's id."""
    store = Store.open(database(args.customers, args.db), read_only=True)
    with store.read() as session:
        team_id = session.connection().exec_driver_sql("SELECT min(id) FROM team_company")
        return store, int(team_id.scalar_one())


def paired_ms(*fns: Callable[[], object], repeats: int = REPEATS) -> list[float]:
    """Median milliseconds of each, run in turn so that a busy moment hits all alike."""
    samples: list[list[float]] = [[] for _ in fns]
    for _ in range(repeats):
        for fn, bucket in zip(fns, samples, strict=True):
            started = time.perf_counter()
            fn()
            bucket.append((time.perf_counter() - started) * 1000)
    return [statistics.median(bucket) for bucket in samples]
