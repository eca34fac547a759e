"""Take the ladder panel's screenshot with demo data, in Finnish by default.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/take_ladder.py [fi|en]

Uses a scratch RAKETTI_HOME. Saves ladder.png (board + a customer's history) and
ladder_stats.png (the statistics tab) beside this file.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
os.environ["RAKETTI_HOME"] = tempfile.mkdtemp(prefix="raketti-ladder-shots-")

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


def main() -> int:
    language = sys.argv[1] if len(sys.argv) > 1 else "fi"
    app = QApplication([])
    i18n.install(app, language)
    paths = default_paths()
    paths.ensure()
    store = Store.open(paths.default_database, paths.backups)
    demo.generate(store, customers=400, seed=1)
    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    settings.setValue("ui/language", language)
    ctx = AppContext(store, paths, settings)
    team = teams.list_teams(store)[0]["id"]
    ctx.set_team(team)
    with store.read() as session:
        # An A2 customer with a few moves, so the history table has something to show.
        shown = session.execute(
            select(Customer.id)
            .join(LadderMove, LadderMove.customer_id == Customer.id)
            .where(Customer.team_id == team, Customer.ladder_level == "A2")
            .group_by(Customer.id)
            .order_by(func.count().desc(), Customer.name)
            .limit(1)
        ).scalar_one()

    from views.ladder_panel import LadderPanel

    panel = LadderPanel(ctx)
    panel.resize(1400, 820)
    panel.show()
    app.processEvents()
    panel.select_customer(shown)
    app.processEvents()
    suffix = "" if language == "fi" else f"_{language}"
    panel.grab().save(str(HERE / f"ladder{suffix}.png"))
    panel.tabs.setCurrentIndex(3)
    app.processEvents()
    panel.grab().save(str(HERE / f"ladder_stats{suffix}.png"))
    print("saved ladder screenshots")
    panel.close()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
