"""Take the README screenshots: every panel of the main window, with demo data.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/take.py [fi|en]

Uses a scratch RAKETTI_HOME, so no real data is touched. Each panel is grabbed with
QWidget.grab() at 1400×860, and so are the panel tabs named in EXTRA_TABS and the
log-a-visit dialog.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
os.environ["RAKETTI_HOME"] = tempfile.mkdtemp(prefix="raketti-shots-")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from app import demo, teams  # noqa: E402
from app.paths import default_paths  # noqa: E402
from app.store import Store  # noqa: E402
from models.customer import Customer  # noqa: E402
from models.ladder import LadderMove  # noqa: E402
from views import i18n  # noqa: E402
from views.context import AppContext  # noqa: E402

# Panel key -> {tab index: file name} for tabs worth a picture of their own.
EXTRA_TABS = {"ladder": {3: "ladder_stats"}, "rocket": {1: "rocket_progress", 2: "coach"}}


def customer_with_history(store: Store, team_id: int) -> int:
    """An A2 customer with the most ladder moves, so the history table has rows."""
    with store.read() as session:
        return session.execute(
            select(Customer.id)
            .join(LadderMove, LadderMove.customer_id == Customer.id)
            .where(
                Customer.team_id == team_id,
                Customer.ladder_level == "A2",
                Customer.archived.is_(False),  # the board shows live customers only
            )
            .group_by(Customer.id)
            .order_by(func.count().desc(), Customer.name)
            .limit(1)
        ).scalar_one()


def settle(app: QApplication, ctx: AppContext) -> None:
    """Let the reports that became visible finish their background reads and paint."""
    app.processEvents()
    while ctx.background.busy:
        time.sleep(0.01)
        app.processEvents()
    app.processEvents()  # widgets a result added (the chart) are shown a turn later


def main() -> int:
    language = sys.argv[1] if len(sys.argv) > 1 else "fi"
    app = QApplication([])
    i18n.install(app, language)
    paths = default_paths()
    paths.ensure()
    store = Store.open(paths.default_database, paths.backups)
    demo.generate(store, customers=400, seed=1)
    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    ctx = AppContext(store, paths, settings, language)
    ctx.set_team(teams.list_teams(store)[0]["id"])

    from views.customers.dialogs import LogInteractionDialog
    from views.main_window import MainWindow
    from views.startup import close_down

    window = MainWindow(ctx)
    window.resize(1400, 860)
    window.show()
    suffix = "" if language == "fi" else f"_{language}"
    for row in range(window.navigation.count()):
        key = window.navigation.item(row).data(256)
        window.navigation.setCurrentRow(row)
        panel = window.panels[key]
        if key == "customers":
            panel.table.selectRow(3)
        elif key == "ladder":
            panel.select_customer(customer_with_history(store, ctx.team_id))
        settle(app, ctx)
        window.grab().save(str(HERE / f"{key}{suffix}.png"))
        for index, name in EXTRA_TABS.get(key, {}).items():
            panel.tabs.setCurrentIndex(index)
            settle(app, ctx)
            window.grab().save(str(HERE / f"{name}{suffix}.png"))
        if key in EXTRA_TABS:
            panel.tabs.setCurrentIndex(0)
        print("saved", key)
    customers_panel = window.panels["customers"]
    customers_panel.detail.setCurrentIndex(2)
    app.processEvents()
    window.navigation.setCurrentRow(0)
    app.processEvents()
    window.grab().save(str(HERE / f"timeline{suffix}.png"))
    dialog = LogInteractionDialog(
        ctx, window, (customers_panel.detail.customer_id, customers_panel.detail.name.text())
    )
    dialog.summary.setPlainText("Käynti: kartoitettiin tarpeet ja nykytilanne")
    dialog.next_step.setText("Lähetä tarjous")
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(HERE / f"log_visit{suffix}.png"))
    dialog.close()
    from dialog_shots import take  # beside this file: members, restore from backup

    take(app, ctx, window, suffix, settle)
    close_down(app, window)
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
