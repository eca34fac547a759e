"""Benchmark: the summary workbook against `pandas.DataFrame.to_excel` of the same rows.

One team company (`main.py demo --customers N --teams 1 --seed 1`: 100 000 customers,
about 200 000 contacts and 950 000 interactions), the period covering everything, so the
Customers, Contacts, Ladder moves and Interactions sheets hold every row of the team.

Each run is a fresh child process, alternating, `--repeats` times (medians):

1. Raketti: `app.excel.export.export_summary` — the figures through the report functions,
   then the big sheets streamed from SQL into a write-only workbook (formats, hyperlinks,
   frozen headers, autofilters, the Summary, Rocket, Governance and Segments sheets with
   their charts besides);
2. pandas: the same four tables read with `pandas.read_sql_query` (the same SQL) and
   written with `DataFrame.to_excel` (openpyxl engine), no formats or links.

Prints each side's time and peak memory (the child's `ru_maxrss`, interpreter and imports
included for both) and the ratios. Targets: time ≤ 1×, memory ≤ 0.5×.

    .venv/bin/python bench/bench_excel.py [--customers N] [--repeats R] [--db FILE]
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

EVERYTHING = (date(2000, 1, 1), date.today())


def database(customers: int, given: Path | None) -> Path:
    """bench/data/excel-N.sqlite: one team company, built once with `demo`."""
    path = given or ROOT / "bench" / "data" / f"excel-{customers}.sqlite"
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    print(f"building {path} with {customers} customers in one team (once)…", flush=True)
    subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "demo", "--db", str(path),
         "--customers", str(customers), "--teams", "1", "--seed", "1"],
        check=True,
    )  # fmt: skip
    return path


def child_raketti(db: Path, out: Path) -> dict[str, object]:
    from app.excel.export import export_summary
    from app.excel.period import Period
    from app.store import Store

    store = Store.open(db, read_only=True)
    started = time.perf_counter()
    report = export_summary(store, 1, out, Period(*EVERYTHING), "fi")
    took = time.perf_counter() - started
    store.close()
    return {"seconds": took, "rows": report.rows}


def child_pandas(db: Path, out: Path) -> dict[str, object]:
    import sqlite3

    import pandas as pd

    from app.excel import activity_sheets, customers_sheet

    start, end = EVERYTHING
    params = {"team": 1, "start": start.isoformat(), "end": end.isoformat()}
    queries = {
        "Asiakkaat": customers_sheet._CUSTOMERS,
        "Yhteyshenkilöt": customers_sheet._CONTACTS,
        "Porrassiirrot": activity_sheets._MOVES,
        "Kohtaamiset": activity_sheets._INTERACTIONS,
    }
    started = time.perf_counter()
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    rows = {}
    with pd.ExcelWriter(out, engine="openpyxl") as writer:
        for name, sql in queries.items():
            frame = pd.read_sql_query(sql, conn, params=params)
            rows[name] = len(frame)
            frame.to_excel(writer, sheet_name=name, index=False)
            del frame
    conn.close()
    return {"seconds": time.perf_counter() - started, "rows": rows}


def run_child(kind: str, db: Path) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / f"{kind}.xlsx"
        done = subprocess.run(
            [sys.executable, __file__, "--child", kind, "--db", str(db), "--out", str(out)],
            check=True, capture_output=True, text=True,
        )  # fmt: skip
        result = json.loads(done.stdout.strip().splitlines()[-1])
        result["megabytes"] = out.stat().st_size / 1e6
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--child", choices=["raketti", "pandas"], help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        work = child_raketti if args.child == "raketti" else child_pandas
        result = work(args.db, args.out)
        # ru_maxrss is in kilobytes on Linux: the peak of this whole child process.
        result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps(result))
        return
    db = database(args.customers, args.db)
    samples: dict[str, list[dict[str, float]]] = {"raketti": [], "pandas": []}
    for _ in range(args.repeats):
        for kind in samples:  # alternating: a busy moment hits both alike
            samples[kind].append(run_child(kind, db))
    print(f"summary workbook, {args.customers} customers ({db.name}), {args.repeats} runs each")
    medians = {}
    for kind, runs in samples.items():
        seconds = statistics.median(r["seconds"] for r in runs)
        peak = statistics.median(r["peak_mb"] for r in runs)
        medians[kind] = (seconds, peak)
        print(
            f"  {kind:8s} {seconds:8.1f} s   peak {peak:8.0f} MB   file "
            f"{runs[0]['megabytes']:.1f} MB   rows {runs[0]['rows']}"
        )
    (ours_s, ours_mb), (theirs_s, theirs_mb) = medians["raketti"], medians["pandas"]
    print(f"  time ratio   {ours_s / theirs_s:.2f}×  (target ≤ 1×)")
    print(f"  memory ratio {ours_mb / theirs_mb:.2f}×  (target ≤ 0.5×)")


if __name__ == "__main__":
    main()
