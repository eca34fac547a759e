"""Take the README screenshots: every panel of the main window, with demo data.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/take.py [fi|en]

Uses a scratch RAKETTI_HOME, so no real data is touched. Each panel is grabbed with
QWidget.grab() at 1400×860; dialogs are grabbed on their own.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
os.environ["RAKETTI_HOME"] = tempfile.mkdtemp(prefix="raketti-shots-")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app import demo, teams  # noqa: E402
from app.paths import default_paths  # noqa: E402
from app.store import Store  # noqa: E402
from views import i18n  # noqa: E402
from views.context import AppContext  # noqa: E402


def main() -> int:
    language = sys.argv[1] if len(sys.argv) > 1 else "fi"
    app = QApplication([])
    i18n.install(app, language)
    paths = default_paths()
    paths.ensure()
    store = Store.open(paths.default_database, paths.backups)
    demo.generate(store, customers=400, seed=1)
    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    ctx = AppContext(store, paths, settings)
    ctx.set_team(teams.list_teams(store)[0]["id"])

    from views.dialogs import LogInteractionDialog
    from views.main_window import MainWindow

    window = MainWindow(ctx)
    window.resize(1400, 860)
    window.show()
    suffix = "" if language == "fi" else f"_{language}"
    for row in range(window.navigation.count()):
        key = window.navigation.item(row).data(256)
        window.navigation.setCurrentRow(row)
        if key == "customers":
            panel = window.panels[key]
            panel.table.selectRow(3)
        app.processEvents()
        window.grab().save(str(HERE / f"{key}{suffix}.png"))
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
    window.close()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
