"""Benchmark: does the window stay responsive? A heartbeat on the GUI thread while a script
uses the whole window on the 100 000-customer file.

A 10 ms QTimer runs on the GUI thread; every gap between two of its ticks longer than the
interval is time the window could not answer the user. A script, run from the event loop
as a user would click, opens every panel and every tab (waiting until their reports are
in), edits a customer through its form and saves, undoes, sorts the customer table by
every column both ways, types a search a letter at a time, switches team company and
back, and scrolls the customer table to its last row. The worst gap of each action is
printed; the target is no gap over 100 ms except a panel's own first paint.

It runs on a scratch copy of the file (it saves and undoes), made once per run. The window
starts as the app starts it (main.py, views/startup.py): the cyclic collector is held off
while importing and building, and after the first paint start-up's objects are collected
and frozen (`collect_after_start`), so collection pauses are those a user would see.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_heartbeat.py [--customers N]
"""

from __future__ import annotations

import gc
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

gc.disable()  # as main.py does before the app's imports: switched on after the first paint
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from common import database, parse_args  # noqa: E402
from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QTabWidget  # noqa: E402

from app.paths import Paths  # noqa: E402
from app.store import Store  # noqa: E402

TICK_MS = 10
LIMIT_MS = 100


class Heartbeat:
    """Records, per action label, the longest gap between two ticks of a 10 ms timer."""

    def __init__(self) -> None:
        self.label = "start"
        self.worst: dict[str, float] = {}
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._tick)
        self._timer.start(TICK_MS)

    def _tick(self) -> None:
        now = time.perf_counter()
        gap = (now - self._last) * 1000
        self._last = now
        self.worst[self.label] = max(self.worst.get(self.label, 0.0), gap)

    def stop(self) -> None:
        self._timer.stop()


def wait(ms: int, until: Callable[[], bool] | None = None, timeout_ms: int = 60_000) -> None:
    """Run the event loop for `ms`, and then on until `until()` holds (polled every 10 ms)."""
    loop = QEventLoop()
    started = time.perf_counter()
    poll = QTimer()

    def check() -> None:
        elapsed = (time.perf_counter() - started) * 1000
        if elapsed >= ms and (until is None or until() or elapsed > timeout_ms):
            loop.quit()

    poll.timeout.connect(check)
    poll.start(TICK_MS)
    loop.exec()
    poll.stop()


def scratch_copy(path: Path) -> tuple[Path, Paths]:
    folder = Path(tempfile.mkdtemp(prefix="raketti-heartbeat-"))
    copy = folder / "data" / path.name
    copy.parent.mkdir(parents=True)
    with sqlite3.connect(path) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    paths = Paths(folder / "data", folder / "config", folder / "logs")
    paths.ensure()
    return copy, paths


def script(window: object) -> Iterator[tuple[str, Callable[[], object]]]:
    """The actions, in order: (label, what the user does). A generator: each panel's tabs
    are listed once it has been shown (panels are built when first shown)."""
    from views.main_window import MainWindow

    assert isinstance(window, MainWindow)
    ctx = window.ctx

    def show(row: int, tabs: QTabWidget | None = None, index: int = 0) -> None:
        window.navigation.setCurrentRow(row)
        if tabs is not None:
            tabs.setCurrentIndex(index)

    for row, key in enumerate(list(window.panels)):
        yield (f"open panel {key} (first paint)", partial(show, row))
        for tabs in window.panels[key].findChildren(QTabWidget):
            for index in range(tabs.count()):
                yield (f"  tab {key}: {tabs.tabText(index)}", partial(show, row, tabs, index))
    yield ("back to Customers", lambda: window.navigation.setCurrentRow(0))
    customers = window.panels["customers"]
    table = customers.table  # type: ignore[attr-defined]
    model = customers.model  # type: ignore[attr-defined]

    def select_first() -> None:
        table.selectRow(3)

    def edit() -> None:
        detail = customers.detail  # type: ignore[attr-defined]
        detail.record.name.setText(detail.record.name.text() + " Oy")
        detail.save()

    yield ("select a customer", select_first)
    yield ("edit a customer and save", edit)
    yield ("undo the edit", ctx.undo_stack.undo)
    yield ("redo the edit", ctx.undo_stack.redo)
    yield ("undo again", ctx.undo_stack.undo)
    for column in range(model.columnCount()):
        title = model.headerData(column, Qt.Orientation.Horizontal)
        for order, word in (
            (Qt.SortOrder.AscendingOrder, "↑"),
            (Qt.SortOrder.DescendingOrder, "↓"),
        ):
            yield (f"sort by {title} {word}", partial(table.sortByColumn, column, order))
    yield ("sort by name again", lambda: table.sortByColumn(0, Qt.SortOrder.AscendingOrder))
    search = customers.search  # type: ignore[attr-defined]
    for n in range(1, 5):
        yield (f"search keystroke {n}", partial(search.setText, "kone"[:n]))
    yield ("clear the search", lambda: search.setText(""))
    other = 1 if window.team_switcher.count() > 1 else 0
    yield ("switch team", lambda: window._on_team_chosen(other))
    yield ("switch team back", lambda: window._on_team_chosen(0))


def scroll_to_end(table: object, model: object, beat: Heartbeat) -> int:
    """Scroll to the bottom again and again, letting the event loop run between."""
    pages = 0
    while model.canFetchMore():  # type: ignore[attr-defined]
        table.scrollToBottom()  # type: ignore[attr-defined]
        wait(15)
        pages += 1
    return pages


def main() -> int:
    args = parse_args(__doc__.splitlines()[0])
    app = QApplication.instance() or QApplication([])
    path, paths = scratch_copy(database(args.customers, args.db))
    from views.context import AppContext
    from views.main_window import MainWindow

    store = Store.open(path, paths.backups)
    ctx = AppContext(store, paths, QSettings(str(paths.settings_file), QSettings.Format.IniFormat))
    with store.read() as session:
        team_id = session.connection().exec_driver_sql("SELECT min(id) FROM team_company")
        ctx.set_team(int(team_id.scalar_one()))
    from views.first_paint import AfterFirstPaint
    from views.startup import collect_after_start

    # As views/startup.run_gui: collect and freeze two turns after the first paint.
    after_paint = AfterFirstPaint([app], collect_after_start, turns=2)
    window = MainWindow(ctx)
    window.resize(1280, 800)
    window.show()
    beat = Heartbeat()
    wait(300, lambda: gc.isenabled() and not ctx.background.busy)
    after_paint.deleteLater()
    for label, action in script(window):
        beat.label = label
        action()
        wait(200, lambda: not ctx.background.busy)  # until the reports are in, and a bit
    customers = window.panels["customers"]
    beat.label = "scroll the customer table to its end"
    pages = scroll_to_end(customers.table, customers.model, beat)  # type: ignore[attr-defined]
    wait(100)
    beat.stop()
    print(f"database: {path.name} (scratch copy); heartbeat every {TICK_MS} ms")
    print(f"{'action':46} {'worst gap ms':>12}")
    over = []
    for label, worst in beat.worst.items():
        flag = ""
        if worst > LIMIT_MS and "first paint" not in label and label != "start":
            flag = "  over"
            over.append(label)
        print(f"{label:46} {worst:12.0f}{flag}")
    print(f"scrolled {pages} times to reach row {customers.model.rowCount()}")  # type: ignore[attr-defined]
    others = [
        w for label, w in beat.worst.items() if "first paint" not in label and label != "start"
    ]
    print(f"worst gap outside a panel's first paint: {max(others):.0f} ms")
    print(
        f"target: no gap over {LIMIT_MS} ms except a panel's first paint — "
        + ("met" if not over else f"NOT met ({len(over)} actions)")
    )
    window.close()
    ctx.close()
    gc.unfreeze()
    return 0


if __name__ == "__main__":
    sys.exit(main())
