"""Benchmark: Export view… of the customers table (every customer of the first team, by
name), to XLSX and to CSV, against a baseline in the same run; and whether the window stays
responsive meanwhile.

Baseline: the same rows read in one statement (`CustomerQuery.ordered()`, what the table's
keyset pages add up to) and written with the same library as plain values (openpyxl's
write-only mode, Python's csv) without typed cells, widths, formula guards or the move
into place. The ratio is what the export path costs on top of reading and writing.

Responsiveness: the export runs from the customer panel's Export view action in the
window (patched file dialog), its reading and writing on a worker thread; a 10 ms QTimer
on the GUI thread records the longest gap between two ticks until the file is in place
(after `collect_after_start()`, the freeze the app makes once its window is up).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_export_view.py [--customers N]
"""

from __future__ import annotations

import csv
import sys
import tempfile
import time
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from common import open_store, paired_ms, parse_args  # noqa: E402
from openpyxl import Workbook  # noqa: E402
from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QFileDialog  # noqa: E402

from app.customers.listing import CustomerQuery, every_row  # noqa: E402
from app.excel.table_file import write_table  # noqa: E402
from app.paths import Paths  # noqa: E402
from app.store import Store  # noqa: E402
from views.customers.export_cells import export_cells  # noqa: E402
from views.customers.table_model import KEYS, column_title  # noqa: E402
from views.labels import size_labels  # noqa: E402

REPEATS = 3
TICK_MS = 10


def raketti(store: Store, query: CustomerQuery, path: Path) -> int:
    headers, sizes = [column_title(k) for k in KEYS], size_labels()
    rows = (export_cells(row, KEYS, sizes) for row in every_row(store, query))
    return write_table(path, headers, rows, "Customers")


def baseline(store: Store, query: CustomerQuery, path: Path) -> int:
    rows = store.rows(query.ordered())
    if path.suffix == ".csv":
        with open(path, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=";")
            writer.writerow(KEYS)
            for row in rows:
                writer.writerow(list(row)[1:-2])
    else:
        book = Workbook(write_only=True)
        sheet = book.create_sheet("Customers")
        sheet.append(KEYS)
        for row in rows:
            sheet.append(list(row)[1:-2])
        book.save(path)
    return len(rows)


def responsiveness(store: Store, team_id: int, folder: Path) -> tuple[float, float, int]:
    """(seconds until the file is in place, worst GUI gap in ms, rows) from the panel."""
    from views.context import AppContext
    from views.customers.panel import CustomerPanel
    from views.startup import collect_after_start

    paths = Paths(folder / "data", folder / "config", folder / "logs")
    paths.ensure()
    ctx = AppContext(store, paths, QSettings(str(paths.settings_file), QSettings.Format.IniFormat))
    ctx.set_team(team_id)
    panel = CustomerPanel(ctx)
    panel.resize(1200, 800)
    panel.show()
    target = folder / "asiakkaat.xlsx"

    def answer(*_args: object) -> tuple[str, str]:
        return str(target), ""

    QFileDialog.getSaveFileName = answer  # type: ignore[method-assign,assignment]
    loop, worst, last = QEventLoop(), [0.0], [time.perf_counter()]
    outcome: list[Any] = []

    def tick() -> None:
        now = time.perf_counter()
        worst[0] = max(worst[0], (now - last[0]) * 1000)
        last[0] = now

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.timeout.connect(tick)

    def finished(path: object) -> None:
        outcome.append(path)
        loop.quit()

    panel.export_action.finished.connect(finished)
    started = [0.0]

    def begin() -> None:
        # As the app does once its window is up (main() → collect_after_start): the
        # long-lived objects of start-up are out of the collector's way.
        collect_after_start()
        last[0] = started[0] = time.perf_counter()
        timer.start(TICK_MS)
        panel.export_action.trigger()

    # The panel's own start (first paint, the detail pane, the count) is over first.
    QTimer.singleShot(1500, begin)
    loop.exec()
    elapsed = time.perf_counter() - started[0]
    timer.stop()
    from openpyxl import load_workbook

    rows = sum(1 for _ in load_workbook(target, read_only=True).active.iter_rows()) - 1
    panel.close()
    ctx.close()
    return elapsed, worst[0], rows


def main() -> int:
    args = parse_args(__doc__.splitlines()[0])
    _app = QApplication.instance() or QApplication([])
    store, team_id = open_store(args)
    query = CustomerQuery(team_id=team_id)
    folder = Path(tempfile.mkdtemp(prefix="raketti-export-"))
    print(f"customers of the first team: {len(store.rows(query.ordered()))}")
    print(f"{'file':6} {'Raketti ms':>11} {'baseline ms':>12} {'ratio':>6}")
    for suffix in (".xlsx", ".csv"):
        ours, base = paired_ms(
            partial(raketti, store, query, folder / f"raketti{suffix}"),
            partial(baseline, store, query, folder / f"baseline{suffix}"),
            repeats=REPEATS,
        )
        print(f"{suffix:6} {ours:11.0f} {base:12.0f} {ours / base:6.2f}")
    elapsed, gap, rows = responsiveness(store, team_id, folder)
    print(
        f"Export view… from the customer panel: {rows} rows to XLSX in {elapsed:.1f} s; "
        f"worst GUI gap meanwhile {gap:.0f} ms (heartbeat every {TICK_MS} ms)"
    )
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
