"""Open and close every dialog of Raketti, then quit as Ctrl+Q does; run as a script.

    QT_QPA_PLATFORM=offscreen python -X faulthandler tests/dialog_tour.py

tests/core/test_quit_gui.py runs this in a subprocess: a dialog whose ownership is wrong does not
fail while it is open but when the process ends (PySide prints "shared QObject was
deleted directly" and aborts), which only a whole process can show. Prints one line per
dialog and "quit cleanly" at the very end.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("RAKETTI_HOME", tempfile.mkdtemp(prefix="raketti-tour-"))

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from app import demo, teams
from app.paths import default_paths
from app.store import Store
from views import i18n
from views.context import AppContext
from views.customers.table_model import ID_ROLE

ROUNDS = 3  # the crash came at most runs; several rounds make a missed one unlikely


def close_modals(app: QApplication, accept: set[str]) -> QTimer:
    """Every few milliseconds, close the modal dialog on top (accept the ones named)."""

    def close() -> None:
        widget = app.activeModalWidget()
        if isinstance(widget, QMessageBox):
            widget.done(QMessageBox.StandardButton.No.value)
        elif isinstance(widget, QDialog):
            if widget.objectName() in accept:
                widget.accept()
            else:
                widget.reject()

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(close)
    timer.start()
    return timer


def tour(window: object, ctx: AppContext) -> list[tuple[str, Callable[[], object]]]:
    """(name, how to open it) for every dialog, through the code paths a user takes."""
    panels = window.panels  # type: ignore[attr-defined]
    customers, ladder, rocket = panels["customers"], panels["ladder"], panels["rocket"]
    card = next(m.card(0) for m in ladder.models.values() if m.rowCount())
    steps: list[tuple[str, Callable[[], object]]] = [
        ("new team", window.new_team),  # type: ignore[attr-defined]
        ("team members", window.edit_members),  # type: ignore[attr-defined]
        ("about", window.about),  # type: ignore[attr-defined]
        ("language", lambda: window.set_language("en")),  # type: ignore[attr-defined]
        ("log visit", customers.log_interaction),
        ("contact", customers.detail.contacts.add_contact),
        ("segmentations", customers.edit_segmentations),
        ("ladder settings", ladder.edit_settings),
        ("ladder move", lambda: ladder.request_move(card.id, "A1" if card.level != "A1" else "A2")),
        ("process", rocket.catalogue.add),
    ]
    steps += [(f"assessment round {n + 1}", rocket.run_round) for n in range(ROUNDS)]
    return steps


def main() -> int:
    app = QApplication(sys.argv[:1])
    i18n.install(app, "fi")
    paths = default_paths()
    paths.ensure()
    store = Store.open(paths.default_database, paths.backups)
    demo.generate(store, customers=60, seed=1)
    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    ctx = AppContext(store, paths, settings, "fi")
    ctx.set_team(teams.list_teams(store)[0]["id"])

    from views.main_window import MainWindow
    from views.startup import close_down

    window = MainWindow(ctx)
    window.show()
    for row in range(window.navigation.count()):  # every panel built and shown once
        window.navigation.setCurrentRow(row)
        app.processEvents()
    customers = window.panels["customers"]
    customers.select_customer(customers.model.index(0, 0).data(ID_ROLE))
    closer = close_modals(app, accept={"startRoundDialog"})

    def run() -> None:
        for name, open_it in tour(window, ctx):
            open_it()
            app.processEvents()
            print("opened and closed:", name, flush=True)
        window.close()  # what Ctrl+Q does

    QTimer.singleShot(0, run)
    code = app.exec()
    closer.stop()
    close_down(app, window)
    ctx.close()
    print("quit cleanly", flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
