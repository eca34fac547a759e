"""Benchmark: the Customers panel against Qt's own QSqlQueryModel on the same file.

Builds (once) a database of 100 000 customers and about 1 000 000 interactions with
`main.py demo`, then measures, in the same run and on the same file:

1. opening the customer table and painting its first rows, and
2. one search keystroke (the table re-queried through the FTS5 index and repainted),

for Raketti's CustomerTableModel and for a QSqlQueryModel given the equivalent SQL.
Prints medians and the ratio Raketti / baseline (the target is at most 1.5).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_customers.py [--customers N]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from common import open_store, paired_ms, parse_args  # noqa: E402
from PySide6.QtSql import QSqlDatabase, QSqlQuery, QSqlQueryModel  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402
from sqlalchemy.dialects import sqlite  # noqa: E402

from app.customers.records import CustomerQuery  # noqa: E402
from views.customers.table_model import CustomerTableModel  # noqa: E402

SEARCH = "kone"


def baseline_sql(team_id: int, search: str) -> str:
    """Exactly the SQL of CustomerQuery (all rows, same order) for QSqlQueryModel to run."""
    statement = CustomerQuery(team_id=team_id, search=search).ordered()
    return str(statement.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))


def paint(view: QTableView) -> None:
    """Force a real paint of the visible rows (offscreen: render into a pixmap)."""
    view.viewport().grab()


def main() -> int:
    args = parse_args(__doc__.splitlines()[0])
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
    print(f"{'measure':32} {'Raketti ms':>11} {'QSqlQueryModel ms':>18} {'ratio':>6}")
    worst = 0.0
    for name, (ours, base) in results.items():
        ratio = ours / base
        worst = max(worst, ratio)
        print(f"{name:32} {ours:11.1f} {base:18.1f} {ratio:6.2f}")
    print(f"target: ratio ≤ 1.5 — {'met' if worst <= 1.5 else 'NOT met'}")
    view.setModel(None)
    qdb.close()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
