"""Benchmark: the Governance panel's first paint against the Customers table, same database.

In one run and on one file (100 000 customers by default, governance models on 5 000 of
them, built once with `main.py demo`, shared with the other benchmarks), measures in turn:

1. the Customers table: CustomerTableModel + QTableView, first rows painted;
2. the governance agenda's first paint: the team's catalogue, this week's occurrences (first
   page) in the agenda table and the month's marks in the calendar, both painted — what
   the panel shows first;
3. the whole Governance panel built, refreshed and painted.

Then the reports that run off the GUI thread (compliance, governed customers, resource
sufficiency) once each. Prints medians and the ratio agenda / Customers table (target 1.5).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_governance.py [--customers N] [--db F]
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from common import open_store, paired_ms, parse_args  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView, QWidget  # noqa: E402

from app.customers.listing import CustomerQuery  # noqa: E402
from app.governance.catalogue import load_catalogue  # noqa: E402
from app.governance.compliance import compliance  # noqa: E402
from app.governance.governed import governed_customers  # noqa: E402
from app.governance.schedule import AgendaQuery, month_marks  # noqa: E402
from app.governance.sufficiency import sufficiency  # noqa: E402
from app.paths import Paths  # noqa: E402
from views.customers.table_model import CustomerTableModel  # noqa: E402
from views.governance.agenda_model import AgendaModel  # noqa: E402
from views.governance.calendar import MeetingCalendar  # noqa: E402


def _once_ms(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def main() -> int:
    args = parse_args(__doc__.splitlines()[0])
    app = QApplication.instance() or QApplication([])
    store, team_id = open_store(args)
    with store.read() as session:
        conn = session.connection()
        counts = conn.exec_driver_sql(
            "SELECT (SELECT count(*) FROM customer), (SELECT count(*) FROM interaction),"
            " (SELECT count(*) FROM customer_governance), (SELECT count(*) FROM meeting),"
            " (SELECT count(*) FROM action_item)"
        ).one()
    print(
        f"database: {counts[0]} customers, {counts[1]} interactions, {counts[2]} governed,"
        f" {counts[3]} meetings, {counts[4]} actions"
    )
    table = QTableView()
    table.resize(1000, 700)
    table.show()
    agenda_view = QTableView()
    agenda_view.resize(700, 420)
    agenda_view.show()
    calendar = MeetingCalendar()
    calendar.resize(700, 260)
    calendar.show()
    app.processEvents()
    today = date.today()
    monday = today - timedelta(days=today.weekday())
    models: list[AgendaModel] = []

    def customers_first_paint() -> None:
        table.setModel(CustomerTableModel(store, CustomerQuery(team_id=team_id)))
        table.viewport().grab()

    def agenda_first_paint() -> None:
        load_catalogue(store, team_id, "fi")
        model = AgendaModel(store, AgendaQuery(team_id, monday, monday + timedelta(days=6)))
        agenda_view.setModel(model)
        models.append(model)
        calendar.set_marks(month_marks(store, team_id, today.year, today.month))
        agenda_view.viewport().grab()
        calendar.grab()

    scratch = Path(tempfile.mkdtemp(prefix="raketti-bench-"))
    paths = Paths(scratch / "data", scratch / "config", scratch / "logs")
    paths.ensure()

    from views.context import AppContext
    from views.governance.panel import GovernancePanel

    ctx = AppContext(store, paths, QSettings(str(paths.settings_file), QSettings.Format.IniFormat))
    ctx.set_team(team_id)
    panels: list[QWidget] = []

    def panel_first_paint() -> None:
        panel = GovernancePanel(ctx)
        panel.resize(1400, 820)
        panel._extended.add(team_id)  # the store is read-only: no new year to plan here
        panel.refresh()  # what showing it does first
        panel.grab()
        panels.append(panel)

    for fn in (customers_first_paint, agenda_first_paint, panel_first_paint):
        fn()  # warm the page cache and the code paths once
    table_ms, agenda_ms, panel_ms = paired_ms(
        customers_first_paint, agenda_first_paint, panel_first_paint
    )
    catalogue = load_catalogue(store, team_id, "fi")
    reports = {
        "compliance (by type, owner, missed)": _once_ms(lambda: compliance(store, team_id)),
        "governed customers with the year": _once_ms(lambda: governed_customers(store, team_id)),
        "resource sufficiency": _once_ms(lambda: sufficiency(store, team_id, catalogue)),
    }
    rows = models[-1].rowCount()
    print(f"this week's agenda: {rows} meetings in the first page")
    print(f"{'measure':40} {'ms':>8} {'ratio':>7}")
    print(f"{'Customers table, first paint':40} {table_ms:8.1f} {1:7.2f}")
    print(f"{'governance agenda, first paint':40} {agenda_ms:8.1f} {agenda_ms / table_ms:7.2f}")
    print(f"{'governance panel, built and painted':40} {panel_ms:8.1f} {panel_ms / table_ms:7.2f}")
    for name, ms in reports.items():
        print(f"{'report: ' + name:40} {ms:8.1f}")
    ratio = agenda_ms / table_ms
    print(f"target: agenda ≤ 1.5 × table — {'met' if ratio <= 1.5 else 'NOT met'} ({ratio:.2f})")
    for panel in panels:
        panel.deleteLater()
    table.setModel(None)
    ctx.background.close()
    ctx.store.unsubscribe(ctx._on_change)
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
