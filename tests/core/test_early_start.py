"""Start-up's first page (views/early_start.py): painted from rows read with plain sqlite3
before SQLAlchemy is imported, then handed over to the Customers panel's real model.

What a user would notice if it went wrong: other rows, another order or other text in the
first second than a moment later; a lost selection or scroll position; a window that
jumps or is replaced; a start that skips the lock or the checks.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSettings, Qt
from PySide6.QtWidgets import QStackedWidget
from sqlalchemy.dialects import sqlite

from app import demo, teams
from app.customers.first_page import (
    COLUMN_KEYS,
    FIRST_BATCH,
    FIRST_PAGE_SQL,
    read_first_page,
    reading,
)
from app.customers.listing import LIST_COLUMNS, CustomerQuery, fetch_page
from app.paths import PROJECT_ROOT, Paths
from app.store import Store
from views import early_start
from views.customers.frame import CustomerFrame
from views.customers.panel import CustomerPanel
from views.customers.rows_model import CustomerRowsModel
from views.customers.table_model import CustomerTableModel

ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole)


def _one_line(sql: str) -> str:
    return re.sub(r"\s+", " ", sql).strip()


@pytest.fixture
def demo_team(store: Store) -> int:
    demo.generate(store, customers=240, seed=3)
    return int(teams.list_teams(store)[0]["id"])


def test_the_first_page_sql_is_the_table_query_compiled() -> None:
    """The statement written out for start-up is what the table's query compiles to."""
    statement = CustomerQuery(team_id=7).page(None, FIRST_BATCH)
    assert len(statement) == 1
    compiled = statement[0].compile(dialect=sqlite.dialect())
    assert _one_line(compiled.string) == _one_line(FIRST_PAGE_SQL)
    assert [compiled.params[name] for name in compiled.positiontup or []] == [7, FIRST_BATCH, 0]
    assert list(LIST_COLUMNS) == list(COLUMN_KEYS)


def _cells(model: Any) -> list[list[Any]]:
    return [
        [model.index(row, col).data(role) for col in range(model.columnCount()) for role in ROLES]
        for row in range(model.rowCount())
    ]


def test_the_first_page_shows_the_models_rows_in_its_order(
    store: Store, demo_team: int, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    assert store.path is not None
    conn = reading(store.path)
    try:
        early = read_first_page(conn, demo_team)
    finally:
        conn.close()
    query = CustomerQuery(team_id=demo_team)
    real = fetch_page(store, query, None, FIRST_BATCH)
    assert len(early) == FIRST_BATCH
    assert [row.id for row in early] == [row.id for row in real]
    shown = CustomerRowsModel(list(early))
    qtmodeltester.check(shown)
    # Every cell's text, colour (archived, overdue) and tooltip as the table shows them.
    assert _cells(shown) == _cells(CustomerTableModel(store, query))


@pytest.mark.gui
def test_the_panel_takes_the_frame_over_with_selection_and_scroll(
    ctx, demo_team: int, qtbot
) -> None:  # type: ignore[no-untyped-def]
    ctx.set_team(demo_team)
    assert ctx.store.path is not None
    conn = reading(ctx.store.path)
    try:
        rows: list[object] = list(read_first_page(conn, demo_team))
    finally:
        conn.close()
    frame = CustomerFrame(CustomerRowsModel(rows))
    stack = QStackedWidget()  # as in the window: the frame is a page until the panel is built
    qtbot.addWidget(stack)
    stack.addWidget(frame)
    stack.resize(1000, 400)
    stack.show()
    qtbot.waitExposed(stack)
    table = frame.table
    chosen = table.model().index(30, 2)
    select = QItemSelectionModel.SelectionFlag
    flags = select.ClearAndSelect | select.Rows
    table.selectionModel().setCurrentIndex(chosen, flags)
    table.verticalScrollBar().setValue(17)
    chosen_id = chosen.data(Qt.ItemDataRole.UserRole + 1)

    panel = CustomerPanel(ctx, frame=frame)
    stack.insertWidget(0, panel)  # what LazyPanels does with a page made in advance
    stack.setCurrentIndex(0)
    assert stack.count() == 1  # the frame left the stack for the panel
    qtbot.waitUntil(lambda: panel._detail is not None)  # painted (the detail pane follows)
    assert panel.table is table and panel.frame is frame  # the same widgets, not new ones
    assert isinstance(table.model(), CustomerTableModel)
    assert panel.selected_id() == chosen_id
    assert table.currentIndex().row() == 30 and table.currentIndex().column() == 2
    assert table.verticalScrollBar().value() == 17
    # The panel works on the frame it took: its search reaches the real model.
    panel.search.setText("zzzz-no-such-customer")
    qtbot.waitUntil(lambda: table.model().rowCount() == 0)
    assert table.model().index(0, 0, QModelIndex()).isValid() is False


def test_no_early_page_when_the_usual_start_has_something_to_do(
    store: Store, demo_team: int, paths: Paths, qapp
) -> None:  # type: ignore[no-untyped-def]
    """Held by this process (as by another Raketti), not the Customers panel remembered,
    or a URL: start-up opens the database first, as it always did."""
    assert store.path is not None
    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    assert early_start.prepare(str(store.path), settings) is None  # the lock is held
    assert early_start.prepare(f"sqlite:///{store.path}", settings) is None
    store.close()
    settings.setValue("window/panel", 1)
    assert early_start.prepare(str(store.path), settings) is None
    settings.setValue("window/panel", 0)
    early = early_start.prepare(str(store.path), settings)
    assert early is not None and early.team_id == demo_team
    assert early.frame.table.model().rowCount() == FIRST_BATCH
    early.window.deleteLater()


def test_the_early_modules_import_no_sqlalchemy() -> None:
    probe = (
        "import sys, main, views.startup, views.early_start\n"
        "print([m for m in sys.modules if m.startswith('sqlalchemy')])"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
    )
    assert done.stdout.strip() == "[]"


DRIVER = """
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QAbstractItemView
import main
from views.main_window import MainWindow

app = QApplication(sys.argv[:1])
seen = {}

class Watch(QObject):
    def eventFilter(self, watched, event):
        view = watched.parent()
        if (event.type() == QEvent.Type.Paint and "table" not in seen
                and isinstance(view, QAbstractItemView) and view.objectName() == "customerTable"
                and view.model().rowCount() > 0):
            seen["table"] = view
            seen["sqlalchemy_at_paint"] = "sqlalchemy" in sys.modules
            model = view.model()
            seen["ids"] = [model.index(r, 0).data(257) for r in range(model.rowCount())]
            QTimer.singleShot(0, check)
        return False

def check():
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    if not hasattr(window, "ctx"):
        QTimer.singleShot(20, check)
        return
    panel = window.panels["customers"]
    model = panel.table.model()
    seen["result"] = {
        "sqlalchemy_at_paint": seen["sqlalchemy_at_paint"],
        "same_table": panel.table is seen["table"],
        "real_model": type(model).__name__,
        "same_ids": [model.index(r, 0).data(257) for r in range(model.rowCount())] == seen["ids"],
        "windows": sum(isinstance(w, MainWindow) for w in QApplication.topLevelWidgets()),
        "locked": window.ctx.store.lock is not None and window.ctx.store.lock.held,
    }
    window.close()

watch = Watch()
app.installEventFilter(watch)
code = main.main(["--db", sys.argv[1]])
print(json.dumps({"code": code, **seen["result"]}))
"""


@pytest.mark.gui
def test_start_up_paints_the_first_page_then_attaches_the_database(
    store: Store, demo_team: int, paths: Paths, tmp_path: Path
) -> None:
    """The whole start in a fresh process, as a user starts it: the first rows are painted
    before SQLAlchemy is imported, then the same window and table get the database."""
    assert store.path is not None
    uuids = [team["uuid"] for team in teams.list_teams(store)]
    store.close()
    home = tmp_path / "start-home"
    (home / "config").mkdir(parents=True)
    # "Who am I" answered on this laptop before (else its question waits for a click).
    answers = "".join(f"{uuid}=-\n" for uuid in uuids)
    (home / "config" / "raketti.ini").write_text(f"[whoami]\n{answers}")
    done = subprocess.run(
        [sys.executable, "-c", DRIVER, str(store.path)],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "", "RAKETTI_HOME": str(home)},
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert lines, done.stderr
    assert json.loads(lines[-1]) == {
        "code": 0,
        "sqlalchemy_at_paint": False,
        "same_table": True,
        "real_model": "CustomerTableModel",
        "same_ids": True,
        "windows": 1,
        "locked": True,
    }
