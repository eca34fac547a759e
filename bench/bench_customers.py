"""Benchmark: the Customers panel against Qt's own QSqlQueryModel on the same file.

Builds (once) a database of 100 000 customers and about 1 000 000 interactions with
`main.py demo`, then measures, in the same run and on the same file:

1. opening the customer table and painting its first rows,
2. one search keystroke (the table re-queried through the FTS5 index and repainted),
3. scrolling the table to its last row, a page at a time as the view asks for more,
   painting after each page (with Raketti's cost of every page: keyset paging keeps the
   last page as cheap as the first; QSqlQueryModel steps one open cursor),

for Raketti's CustomerTableModel and for a QSqlQueryModel given the equivalent SQL.
Prints medians and the ratio Raketti / baseline (targets: 1.5 for 1–2, 2 for 3).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_customers.py [--customers N]
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from common import open_store, paired_ms, parse_args  # noqa: E402
from PySide6.QtCore import QAbstractItemModel, QModelIndex  # noqa: E402
from PySide6.QtSql import QSqlDatabase, QSqlQuery, QSqlQueryModel  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402
from sqlalchemy.dialects import sqlite  # noqa: E402

from app.customers.listing import CustomerQuery  # noqa: E402
from views.customers.table_model import BATCH, CustomerTableModel  # noqa: E402

SEARCH = "kone"


def baseline_sql(team_id: int, search: str) -> str:
    """Exactly the SQL of CustomerQuery (all rows, same order) for QSqlQueryModel to run."""
    statement = CustomerQuery(team_id=team_id, search=search).ordered()
    return str(statement.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))


def paint(view: QTableView) -> None:
    """Force a real paint of the visible rows (offscreen: render into a pixmap)."""
    view.viewport().grab()


def scroll_to_end(view: QTableView, model: QAbstractItemModel, pages: list[float]) -> None:
    """What dragging the scroll bar to the bottom again and again does: the view shows its
    last rows and asks for more until there are none, painting each time."""
    paint(view)
    while model.canFetchMore(QModelIndex()):
        started = time.perf_counter()
        model.fetchMore(QModelIndex())
        view.scrollToBottom()
        paint(view)
        pages.append((time.perf_counter() - started) * 1000)


def page_costs(pages: list[float]) -> str:
    """Median ms of the first, middle and last tenth of the pages (flat means keyset works)."""
    if len(pages) < 10:
        return "too few pages"
    tenth = len(pages) // 10
    parts = {
        "first": pages[:tenth],
        "middle": pages[5 * tenth : 6 * tenth],
        "last": pages[-tenth:],
    }
    return ", ".join(f"{k} {statistics.median(v):.1f} ms" for k, v in parts.items())


def main() -> int:
    args = parse_args(__doc__.splitlines()[0], scroll_runs=3)
    app = QApplication.instance() or QApplication([])
    store, team_id = open_store(args)
    path = store.path
    with store.read() as session:
        conn = session.connection()
        counts = conn.exec_driver_sql(
            "SELECT (SELECT count(*) FROM customer), (SELECT count(*) FROM interaction)"
        ).one()
    print(f"database: {counts[0]} customers, {counts[1]} interactions")

    qdb = QSqlDatabase.addDatabase("QSQLITE", "baseline")
    qdb.setDatabaseName(str(path))
    qdb.setConnectOptions("QSQLITE_OPEN_READONLY")
    assert qdb.open(), qdb.lastError().text()

    view = QTableView()
    view.resize(1000, 700)
    view.verticalHeader().hide()  # as in the Customers panel
    view.show()
    app.processEvents()

    def ours_open() -> None:
        model = CustomerTableModel(store, CustomerQuery(team_id=team_id))
        view.setModel(model)
        paint(view)

    def base_open() -> None:
        model = QSqlQueryModel()
        model.setQuery(QSqlQuery(baseline_sql(team_id, ""), qdb))
        view.setModel(model)
        paint(view)

    ours_model = CustomerTableModel(store, CustomerQuery(team_id=team_id))
    base_model = QSqlQueryModel()

    def ours_search() -> None:
        view.setModel(ours_model)
        ours_model.set_query(CustomerQuery(team_id=team_id, search=SEARCH))
        paint(view)
        ours_model.set_query(CustomerQuery(team_id=team_id, search=SEARCH[:-1]))

    def base_search() -> None:
        view.setModel(base_model)
        base_model.setQuery(QSqlQuery(baseline_sql(team_id, SEARCH), qdb))
        paint(view)
        base_model.setQuery(QSqlQuery(baseline_sql(team_id, SEARCH[:-1]), qdb))

    # Warm the page cache and both code paths once before measuring.
    for fn in (ours_open, base_open, ours_search, base_search):
        fn()
    results = {
        "open + first paint": tuple(paired_ms(ours_open, base_open)),
        "search keystroke (2 queries)": tuple(paired_ms(ours_search, base_search)),
    }
    pages: list[float] = []

    def ours_scroll() -> None:
        model = CustomerTableModel(store, CustomerQuery(team_id=team_id))
        view.setModel(model)
        scroll_to_end(view, model, pages)

    def base_scroll() -> None:
        model = QSqlQueryModel()
        model.setQuery(QSqlQuery(baseline_sql(team_id, ""), qdb))
        view.setModel(model)
        scroll_to_end(view, model, [])

    scroll_ours, scroll_base = paired_ms(ours_scroll, base_scroll, repeats=args.scroll_runs)
    results["scroll to the last row"] = (scroll_ours, scroll_base)
    print(f"{'measure':32} {'Raketti ms':>11} {'QSqlQueryModel ms':>18} {'ratio':>6}")
    for name, (ours, base) in results.items():
        print(f"{name:32} {ours:11.1f} {base:18.1f} {ours / base:6.2f}")
    print(f"rows: {view.model().rowCount()}; Raketti's pages of {BATCH}: {page_costs(pages)}")
    print("targets: ratio ≤ 1.5 to open and search, ≤ 2 to scroll to the end")
    view.setModel(None)
    qdb.close()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
