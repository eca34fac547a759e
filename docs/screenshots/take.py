"""Take the README screenshots: every panel of the main window, with demo data.

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python docs/screenshots/take.py \
        [fi|en] [WIDTHxHEIGHT] [--out FOLDER]

(or QT_QPA_PLATFORM=offscreen without Xvfb). Uses a scratch RAKETTI_HOME, so no real data
is touched. Each panel is grabbed with QWidget.grab() at the given size (1280×800, the
small laptop, by default; check 1920×1080 too), and so are the panel tabs named in
EXTRA_TABS, the log-a-visit dialog, the assessment round, the first-start dialog and the
import wizard.
Pictures go to docs/screenshots/ unless --out names another folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
os.environ["RAKETTI_HOME"] = tempfile.mkdtemp(prefix="raketti-shots-")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from app import demo, teams  # noqa: E402
from app.paths import default_paths  # noqa: E402
from app.store import Store  # noqa: E402
from models.customer import Customer  # noqa: E402
from models.ladder import LadderMove  # noqa: E402
from views import i18n  # noqa: E402
from views.context import AppContext  # noqa: E402

# Panel key -> {tab index: file name} for tabs worth a picture of their own.
EXTRA_TABS = {
    "ladder": {1: "ladder_calls", 3: "ladder_stats"},
    "rocket": {1: "rocket_progress", 2: "coach"},
    "governance": {
        1: "governance_customers",
        3: "governance_actions",
        5: "governance_compliance",
        6: "governance_resources",
    },
    "success": {
        1: "success_health",
        2: "success_satisfaction",
        3: "success_feedback",
        4: "journey",
        5: "success_assessment",
    },
}
# The segments panel's pages (its list on the left) worth a picture of their own.
SEGMENT_PAGES = {1: "balloon", 5: "segments_metrics", 3: "segments_funnel"}


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


def customer_with_goals(store: Store, team_id: int) -> int:
    """A customer with goals and checkpoints, so that its Success tab has rows."""
    from models.success import CustomerGoal

    with store.read() as session:
        return session.execute(
            select(Customer.id)
            .join(CustomerGoal, CustomerGoal.customer_id == Customer.id)
            .where(Customer.team_id == team_id, Customer.archived.is_(False))
            .order_by(Customer.name)
            .limit(1)
        ).scalar_one()


def settle(app: QApplication, ctx: AppContext) -> None:
    """Let the reports that became visible finish their background reads and paint."""
    app.processEvents()
    while ctx.background.busy:
        time.sleep(0.01)
        app.processEvents()
    app.processEvents()  # widgets a result added (the chart) are shown a turn later


def segment_pages(
    app: QApplication, ctx: AppContext, window: QWidget, panel: Any, suffix: str, out: Path
) -> None:
    """The balloon chart with its moves since the period's start, the metrics, the funnel."""
    for row, name in SEGMENT_PAGES.items():
        panel.pages.setCurrentRow(row)
        settle(app, ctx)
        if name == "balloon":
            panel.page(row).moves.setChecked(True)
            settle(app, ctx)
        window.grab().save(str(out / f"{name}{suffix}.png"))
    panel.pages.setCurrentRow(0)


def arguments(argv: list[str]) -> tuple[str, tuple[int, int], Path]:
    """Language, window size and output folder from the command line."""
    language, size, out = "fi", (1280, 800), HERE
    rest = list(argv)
    while rest:
        arg = rest.pop(0)
        if arg == "--out":
            out = Path(rest.pop(0))
        elif "x" in arg:
            width, height = arg.split("x")
            size = (int(width), int(height))
        else:
            language = arg
    out.mkdir(parents=True, exist_ok=True)
    return language, size, out


def main() -> int:
    language, size, out = arguments(sys.argv[1:])
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
    from views.success.customer_dialogs import Customer, StageDialog
    from views.success.journey_map import save_png

    window = MainWindow(ctx)
    window.resize(*size)
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
        elif key == "governance":
            settle(app, ctx)
            panel.agenda.table.selectRow(0)
        elif key == "success":
            panel.tabs.setCurrentIndex(0)
            settle(app, ctx)
            panel.risk.table.selectRow(0)
        settle(app, ctx)
        window.grab().save(str(out / f"{key}{suffix}.png"))
        for index, name in EXTRA_TABS.get(key, {}).items():
            panel.tabs.setCurrentIndex(index)
            settle(app, ctx)
            if name == "governance_customers":
                panel.customers.report.view.selectRow(0)
                settle(app, ctx)
            window.grab().save(str(out / f"{name}{suffix}.png"))
        if key in EXTRA_TABS:
            panel.tabs.setCurrentIndex(0)
        if key == "segments":
            segment_pages(app, ctx, window, panel, suffix, out)
        print("saved", key)
    customers_panel = window.panels["customers"]
    customers_panel.detail.setCurrentIndex(2)
    app.processEvents()
    window.navigation.setCurrentRow(0)
    app.processEvents()
    window.grab().save(str(out / f"timeline{suffix}.png"))
    customers_panel.select_customer(customer_with_goals(store, ctx.team_id))
    customers_panel.detail.setCurrentIndex(3)
    settle(app, ctx)
    window.grab().save(str(out / f"success_customer{suffix}.png"))
    from views.success.customer_tab import SuccessTab

    success_tab = customers_panel.detail.findChild(SuccessTab)
    lost = StageDialog(
        ctx,
        Customer(success_tab.view.customer_id, success_tab.view.name),
        success_tab.view.stage,
        "lost",
        window,
    )
    lost.reason.setCurrentIndex(lost.reason.findData("competitor_cheaper"))
    lost.note.setPlainText("Kilpailija tarjosi saman palvelun puolet halvemmalla.")
    lost.show()
    app.processEvents()
    lost.grab().save(str(out / f"success_lost{suffix}.png"))
    lost.hide()  # close() would ask whether to discard the typed sentence
    customers_panel.detail.setCurrentIndex(0)
    success_panel = window.panels["success"]
    journey = success_panel.journeys.current
    if journey is not None:
        save_png(journey, out / f"journey_print{suffix}.png", window.font(), 1400)
    dialog = LogInteractionDialog(
        ctx, window, (customers_panel.detail.customer_id, customers_panel.detail.record.name.text())
    )
    dialog.summary.setPlainText("Käynti: kartoitettiin tarpeet ja nykytilanne")
    dialog.next_step.setText("Lähetä tarjous")
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(out / f"log_visit{suffix}.png"))
    dialog.discard()
    take_dialogs(app, ctx, window, out, suffix)
    from dialog_shots import take  # beside this file: members, restore from backup

    take(app, ctx, window, suffix, settle, out)
    from import_shots import take as take_import  # beside this file: the import wizard

    take_import(app, ctx, window, suffix, settle, out)
    from sync_shots import take as take_sync  # team sync's settings, conflicts, bin, history

    take_sync(app, ctx, window, suffix, settle, out)
    from privacy_shots import take as take_privacy  # contacts menu, consent, review, erase

    take_privacy(app, ctx, window, suffix, settle, out)
    close_down(app, window)
    store.close()
    return 0


def take_dialogs(
    app: QApplication, ctx: AppContext, window: QWidget, out: Path, suffix: str
) -> None:
    """The assessment round (the dialog explains itself) and the first-start dialog."""
    from app.rocket import rounds
    from views.rocket.round import RoundDialog
    from views.team_dialog import NewTeamDialog

    round_id = rounds.start_round(ctx.store, ctx.team_id, "team")
    dialog = RoundDialog(ctx, round_id, window)
    dialog.show()
    settle(app, ctx)
    dialog.grab().save(str(out / f"rocket_round{suffix}.png"))
    dialog.close()
    team = NewTeamDialog(ctx, None, first_start=True)
    team.show()
    team.accept()  # nothing typed: the messages show the dialog's room for them
    app.processEvents()
    team.grab().save(str(out / f"new_team{suffix}.png"))
    team.discard()


if __name__ == "__main__":
    sys.exit(main())
