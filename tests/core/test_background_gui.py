"""Reads off the GUI thread, stale results dropped, reports computed only while visible."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QLabel, QTabWidget, QWidget

from app.changes import Changes, Kind
from app.customers import records as customers
from app.store import Store
from views.background import Cancelled, Progress, Refresher, ReportView

pytestmark = pytest.mark.gui


def test_query_runs_off_the_gui_thread_and_delivers_on_it(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, object] = {}

    def read(store: Store) -> int:
        seen["worker"] = threading.current_thread() is threading.main_thread()
        return len(customers.find_names(store, ctx.team_id, ""))

    def done(result: int) -> None:
        seen["gui"] = threading.current_thread() is threading.main_thread()
        seen["result"] = result

    ctx.query("count", read, done)
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen == {"worker": False, "gui": True, "result": 0}


def test_a_newer_query_makes_the_older_result_stale(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    release = threading.Event()
    delivered: list[str] = []

    def slow(_store: Store) -> str:
        release.wait(5)
        return "old"

    ctx.query("same", slow, delivered.append)
    ctx.query("same", lambda _s: "new", delivered.append)
    qtbot.waitUntil(lambda: delivered == ["new"])
    release.set()
    qtbot.waitUntil(lambda: not ctx.background.busy)
    assert delivered == ["new"]  # the slow, older answer arrived later and was dropped


def test_a_failed_read_reaches_the_error_handler(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    errors: list[Exception] = []

    def broken(_store: Store) -> None:
        raise LookupError("gone")

    ctx.query("broken", broken, lambda _r: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], LookupError)


def test_a_cancelled_task_stops_at_its_next_report(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    started = threading.Event()
    errors: list[Exception] = []

    def job(progress: Progress) -> None:
        started.set()
        while True:
            progress(1, "working")

    progress = ctx.background.task(job, lambda _r: None, errors.append)
    assert started.wait(5)
    progress.cancel()
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], Cancelled)


class CountingReport(ReportView[int]):
    """Counts the customers of the team; records every computation."""

    def __init__(self, ctx) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx, frozenset({Kind.CUSTOMER}))
        self.label = QLabel()
        self.body.addWidget(self.label)
        self.presented: list[int] = []

    def compute(self) -> Callable[[Store], int]:
        team = self.ctx.team_id
        return lambda store: len(customers.find_names(store, team, ""))

    def present(self, result: int) -> None:
        self.presented.append(result)
        self.label.setText(str(result))


def test_report_computes_when_shown_and_not_while_hidden(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    first = QLabel("board")
    report = CountingReport(ctx)
    tabs.addTab(first, "board")
    tabs.addTab(report, "report")
    tabs.show()
    assert report.computations == 0  # never shown: never computed

    customers.create_customer(ctx.store, ctx.team_id, {"name": "Hidden Oy"})
    assert report.computations == 0 and report.dirty  # a change marks it, nothing runs

    tabs.setCurrentWidget(report)
    with qtbot.waitSignal(report.computed):
        pass
    assert report.presented == [1]

    customers.create_customer(ctx.store, ctx.team_id, {"name": "Visible Oy"})
    with qtbot.waitSignal(report.computed):
        pass
    assert report.presented == [1, 2]  # visible: recomputed on the change

    ctx.store.announce(Changes.of(Kind.ROCKET))
    assert report.computations == 2  # a kind it does not depend on changes nothing

    tabs.setCurrentWidget(first)
    customers.create_customer(ctx.store, ctx.team_id, {"name": "Later Oy"})
    assert report.computations == 2 and report.dirty
    tabs.hide()
    tabs.setCurrentWidget(report)  # current tab of a hidden window: still not shown
    assert report.computations == 2
    tabs.show()
    with qtbot.waitSignal(report.computed):
        pass
    assert report.presented == [1, 2, 3]


# --- the one refresh scheme, coalesced (Refresher) ---------------------------------------


def _counting(ctx, widget: QWidget) -> tuple[Refresher, list[int]]:  # type: ignore[no-untyped-def]
    refreshes: list[int] = []
    refresher = Refresher(
        widget, ctx, frozenset({Kind.CUSTOMER, Kind.CONTACT}), lambda: refreshes.append(1), False
    )
    return refresher, refreshes


def test_change_sets_arriving_together_refresh_a_visible_view_once(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = QLabel("view")
    qtbot.addWidget(widget)
    widget.show()
    refresher, refreshes = _counting(ctx, widget)
    cid = customers.create_customer(ctx.store, ctx.team_id, {"name": "Yksi Oy"})
    ctx.store.announce(Changes.of(Kind.CONTACT, ids={cid}))
    customers.update_customer(ctx.store, cid, {"city": "Oulu"})
    assert refreshes == [] and refresher.dirty and refresher.pending  # it waits a moment
    qtbot.waitUntil(lambda: refreshes != [])
    assert refreshes == [1]  # three change sets, one refresh
    assert not refresher.dirty and not refresher.pending  # and nothing more is due

    ctx.store.announce(Changes.of(Kind.ROCKET))  # a kind it does not depend on
    assert not refresher.dirty and not refresher.pending
    customers.update_customer(ctx.store, cid, {"city": "Kemi"})  # a later change: again
    qtbot.waitUntil(lambda: len(refreshes) == 2)
    assert not refresher.pending


def test_a_hidden_view_does_no_work_until_it_is_shown(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = QLabel("view")
    qtbot.addWidget(widget)  # not shown yet
    refresher, refreshes = _counting(ctx, widget)
    cid = customers.create_customer(ctx.store, ctx.team_id, {"name": "Piilo Oy"})
    customers.update_customer(ctx.store, cid, {"city": "Oulu"})
    assert refresher.dirty and not refresher.pending  # marked, nothing scheduled
    widget.show()
    assert refreshes == [1]  # the show refreshes at once, once for both changes
    assert not refresher.dirty and not refresher.pending

    # Hidden between the change and the moment its refresh was due: the refresh waits for
    # the next show instead.
    customers.update_customer(ctx.store, cid, {"city": "Kemi"})
    assert refresher.pending
    widget.hide()
    qtbot.waitUntil(lambda: not refresher.pending)
    assert refreshes == [1] and refresher.dirty
    widget.show()
    assert refreshes == [1, 1] and not refresher.dirty


# --- announcements reach the views on the GUI thread --------------------------------------


def test_a_change_announced_on_a_worker_thread_reaches_listeners_on_the_gui_thread(
    ctx, qtbot
) -> None:  # type: ignore[no-untyped-def]
    gui = QThread.currentThread()
    heard: list[tuple[Changes, bool]] = []
    # A plain function, not a QObject's slot: it too must run on the GUI thread.
    ctx.changed.connect(lambda changes: heard.append((changes, QThread.currentThread() is gui)))
    during: list[int] = []

    def work() -> None:
        assert QThread.currentThread() is not gui
        ctx.store.announce(Changes.of(Kind.CUSTOMER, ids={7}))
        during.append(len(heard))  # had a listener run here, on the worker, it would show

    worker = threading.Thread(target=work, name="raketti-test-worker")
    worker.start()
    worker.join()
    assert during == [0] and heard == []  # queued: nothing ran on the worker
    qtbot.waitUntil(lambda: heard != [])
    assert heard == [(Changes.of(Kind.CUSTOMER, ids={7}), True)]
