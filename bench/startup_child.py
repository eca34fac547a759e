"""One fresh process for bench_startup.py: start a window on the database, wait until the
customer table's first rows are painted, then print one JSON line and quit.

    startup_child.py raketti DB        Raketti exactly as main.py starts it
    startup_child.py raketti-all DB    ... then open every panel and tab, wait for reports
    startup_child.py bare DB SQL       a QTableView over QSqlQueryModel running SQL

The JSON line holds `painted` (time.monotonic() when the first rows were painted: the
parent subtracts the moment it started this process), `rss_mb` (resident memory then, or
after every panel and tab in raketti-all) and the heavy modules already imported then.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from views.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

HEAVY = ("pandas", "pyqtgraph", "alembic", "openpyxl", "numpy")


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def report(painted: float, extra: dict[str, object] | None = None) -> None:
    out = {
        "painted": painted,
        "rss_mb": rss_mb(),
        "heavy": [name for name in HEAVY if name in sys.modules],
        **(extra or {}),
    }
    print(json.dumps(out), flush=True)


def watch_first_paint(on_painted: Callable[[], None]) -> QObject:
    """An application-wide filter calling on_painted() once a table with rows has been
    painted (after the paint event: a zero-time timer runs when the paint is done)."""
    from PySide6.QtCore import QEvent, QTimer
    from PySide6.QtWidgets import QAbstractItemView

    class Watcher(QObject):
        done = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if not self.done and event.type() == QEvent.Type.Paint:
                view = watched.parent()
                if (
                    isinstance(view, QAbstractItemView)
                    and view.objectName() in ("customerTable", "bareTable")
                    and view.model().rowCount() > 0
                    and view.isVisible()
                ):
                    self.done = True
                    QTimer.singleShot(0, on_painted)
            return False

    return Watcher()


def bare(path: str, sql: str) -> int:
    from PySide6.QtSql import QSqlDatabase, QSqlQuery, QSqlQueryModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication(sys.argv[:1])
    painted: list[float] = []

    def first_paint() -> None:
        painted.append(time.monotonic())
        app.quit()

    watcher = watch_first_paint(first_paint)
    app.installEventFilter(watcher)
    db = QSqlDatabase.addDatabase("QSQLITE")
    db.setDatabaseName(path)
    db.open()
    model = QSqlQueryModel()
    model.setQuery(QSqlQuery(sql, db))
    view = QTableView()
    view.setObjectName("bareTable")
    view.setModel(model)
    window = QMainWindow()
    window.setCentralWidget(view)
    window.resize(1280, 800)
    window.show()
    app.exec()
    report(painted[0])
    return 0


def raketti(path: str, everything: bool) -> int:
    from PySide6.QtWidgets import QApplication

    import main

    painted: list[float] = []
    # The QApplication main.py would make, made here first so the watcher can be installed;
    # run_gui() takes the existing instance.
    app = QApplication(sys.argv[:1])

    def first_paint() -> None:
        painted.append(time.monotonic())
        if everything:
            open_everything()
        app.quit()

    watcher = watch_first_paint(first_paint)
    app.installEventFilter(watcher)
    main.main(["--db", path])
    report(painted[0], {"after_everything": everything})
    return 0


def open_everything() -> None:
    """Every panel, and every tab of every tab widget in it, until their reports are in."""
    from PySide6.QtWidgets import QApplication, QTabWidget

    from views.main_window import MainWindow

    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    # The first rows may be painted before the database is attached (views/early_start.py).
    wait_until(lambda: hasattr(window, "ctx"))
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)
        settle(window)
        panel = window.stack.currentWidget()
        assert panel is not None
        for tabs in panel.findChildren(QTabWidget):
            for index in range(tabs.count()):
                if tabs.isVisible():
                    tabs.setCurrentIndex(index)
                    settle(window)


def settle(window: MainWindow) -> None:
    """Run the event loop until no background read is pending (reports computed and
    shown)."""
    wait_until(lambda: not window.ctx.background.busy)


def wait_until(done: Callable[[], bool], timeout: float = 30.0) -> None:
    """Run the event loop until `done()`, polling every 20 ms (at least two polls).
    (PySide 6.12's processEvents(flags, maxtime) can crash.)"""
    from PySide6.QtCore import QEventLoop, QTimer

    deadline = time.monotonic() + timeout
    loop = QEventLoop()
    timer = QTimer()
    ticks = [0]

    def check() -> None:
        ticks[0] += 1
        if ticks[0] > 2 and (done() or time.monotonic() > deadline):
            loop.quit()

    timer.timeout.connect(check)
    timer.start(20)
    loop.exec()
    timer.stop()


if __name__ == "__main__":
    mode, database = sys.argv[1], sys.argv[2]
    if mode == "bare":
        sys.exit(bare(database, sys.argv[3]))
    sys.exit(raketti(database, mode == "raketti-all"))
