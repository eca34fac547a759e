"""Benchmark: first paint of the ladder board against the Customers table, same database.

In one run and on one file (100 000 customers by default, built once with `main.py demo`,
shared with bench_customers.py), measures alternately:

1. the Customers table: CustomerTableModel + QTableView, first rows painted;
2. the ladder board: the indexed counts, the first page of cards of each level (with
   their criteria facts, in one read) and the three QListViews painted by the delegate;
3. the whole ladder panel (filters, board and side tabs) built and painted.

Prints medians and the ratio board / Customers table (the target is at most 2).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_ladder.py [--customers N] [--db F]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from common import open_store, paired_ms, parse_args  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QHBoxLayout, QTableView, QWidget  # noqa: E402

from app.customers.listing import CustomerQuery  # noqa: E402
from app.ladder.board import fetch_board, level_counts  # noqa: E402
from app.ladder.filters import BoardFilter  # noqa: E402
from app.ladder.settings import load_settings  # noqa: E402
from app.paths import Paths  # noqa: E402
from models.ladder import LEVELS  # noqa: E402
from views.customers.table_model import CustomerTableModel  # noqa: E402
from views.ladder.board_model import LadderColumnModel  # noqa: E402
from views.ladder.card_delegate import CardDelegate  # noqa: E402
from views.ladder.column_view import LadderListView  # noqa: E402


def main() -> int:
    args = parse_args(__doc__.splitlines()[0])
    app = QApplication.instance() or QApplication([])
    store, team_id = open_store(args)
    with store.read() as session:
        conn = session.connection()
        counts = conn.exec_driver_sql(
            "SELECT (SELECT count(*) FROM customer), (SELECT count(*) FROM interaction),"
            " (SELECT count(*) FROM ladder_move)"
        ).one()
    print(f"database: {counts[0]} customers, {counts[1]} interactions, {counts[2]} moves")
    per_level = level_counts(store, BoardFilter(team_id))
    print(f"team {team_id} board: {per_level}")

    table = QTableView()
    table.resize(1000, 700)
    table.show()

    board = QWidget()
    board.resize(1000, 700)
    row = QHBoxLayout(board)
    delegate = CardDelegate(board)
    views = {}
    models: dict[str, LadderColumnModel] = {}
    for level in LEVELS:
        view = LadderListView(level)
        view.setItemDelegate(delegate)
        row.addWidget(view)
        views[level] = view
    board.show()
    app.processEvents()

    def customers_first_paint() -> None:
        model = CustomerTableModel(store, CustomerQuery(team_id=team_id))
        table.setModel(model)
        table.viewport().grab()

    def board_first_paint() -> None:
        # What LadderPanel.reload does: settings, then counts and first pages in one read.
        filt = BoardFilter(team_id)
        settings = load_settings(store, team_id)
        page = fetch_board(store, filt, settings)
        for level, view in views.items():
            model = LadderColumnModel(store, level, filt, settings, "fi")
            model.set_page(filt, settings, page.cards[level], page.exhausted(level))
            view.setModel(model)
            models[level] = model
        for view in views.values():  # the same paint as the table's: the viewport's rows
            view.viewport().grab()

    scratch = Path(tempfile.mkdtemp(prefix="raketti-bench-"))
    paths = Paths(scratch / "data", scratch / "config", scratch / "logs")
    paths.ensure()

    from views.context import AppContext
    from views.ladder.panel import LadderPanel

    ctx = AppContext(store, paths, QSettings(str(paths.settings_file), QSettings.Format.IniFormat))
    ctx.set_team(team_id)
    panels: list[QWidget] = []

    def panel_first_paint() -> None:
        panel = LadderPanel(ctx)
        panel.resize(1400, 820)
        panel.reload()  # what showing it does first: the board is read when first shown
        panel.grab()
        panels.append(panel)

    for fn in (customers_first_paint, board_first_paint, panel_first_paint):
        fn()  # warm the page cache and the code paths once
    table_ms, board_ms, panel_ms = paired_ms(
        customers_first_paint, board_first_paint, panel_first_paint
    )

    # Scrolling: how long loading and painting one more page of the largest column takes.
    biggest = max(per_level, key=lambda lv: per_level[lv])
    model = models[biggest]
    started = time.perf_counter()
    pages = 0
    while model.canFetchMore() and pages < 10:
        model.fetchMore()
        views[biggest].scrollToBottom()
        views[biggest].viewport().grab()
        pages += 1
    page_ms = (time.perf_counter() - started) * 1000 / max(pages, 1)

    print(f"{'measure':34} {'ms':>8} {'ratio':>7}")
    print(f"{'Customers table, first paint':34} {table_ms:8.1f} {1:7.2f}")
    print(f"{'ladder board, first paint':34} {board_ms:8.1f} {board_ms / table_ms:7.2f}")
    print(f"{'ladder panel, built and painted':34} {panel_ms:8.1f} {panel_ms / table_ms:7.2f}")
    print(f"{'scroll: one more page of ' + biggest:34} {page_ms:8.1f}")
    ratio = board_ms / table_ms
    print(f"target: board ≤ 2 × table — {'met' if ratio <= 2 else 'NOT met'} ({ratio:.2f})")
    for panel in panels:
        panel.deleteLater()
    table.setModel(None)
    ctx.store.unsubscribe(ctx._on_change)
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
