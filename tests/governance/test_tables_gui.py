"""The Governance panel's long lists at scale (issue 10's heartbeat): the Action items and
Customers tabs make their rows on the worker thread and show "Computing…" until they are
in; the table sorts itself by every column both ways (ties keep the read order), a third
click goes back to the read order, and the chosen row stays chosen through a sort."""

from __future__ import annotations

import threading
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app import teams
from app.customers import records as customers
from app.governance import actions, assignments
from app.governance.catalogue import load_catalogue
from views.governance import actions_tab, customers_tab
from views.governance.panel import GovernancePanel

pytestmark = pytest.mark.gui

TITLES = ("Päivitä hinnasto", "Soita pankkiin", "Varaa sali", "Tilaa kahvit", "Aja raportti")


@pytest.fixture
def panel(ctx, qtbot):  # type: ignore[no-untyped-def]
    widget = GovernancePanel(ctx)
    qtbot.addWidget(widget)
    widget.resize(1400, 860)
    widget.show()
    return widget


def _add_actions(ctx: Any) -> None:
    members = [m["id"] for m in teams.members_of(ctx.store, ctx.team_id)]
    for number, title in enumerate(TITLES):
        data = {"title": title, "owner_member_id": members[number % 2]}
        actions.add_action(
            ctx.store, ctx.team_id, None, data | {"due_on": date.today() + timedelta(number - 2)}
        )


def _on_thread(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> list[str]:
    """Record the thread each call of module.name runs on."""
    threads: list[str] = []
    real = getattr(module, name)

    def recording(*args: Any) -> Any:
        threads.append(threading.current_thread().name)
        return real(*args)

    monkeypatch.setattr(module, name, recording)
    return threads


def test_action_items_show_computing_then_rows_made_off_the_gui_thread(  # type: ignore[no-untyped-def]
    panel, ctx, qtbot, monkeypatch
) -> None:
    _add_actions(ctx)
    threads = _on_thread(monkeypatch, actions_tab, "action_table")
    tab = panel.actions_tab
    panel.tabs.setCurrentWidget(tab)
    assert tab.busy_label.isVisible() and tab.model.rowCount() == 0  # "Computing…"
    qtbot.waitUntil(lambda: not tab.computing)
    assert not tab.busy_label.isVisible()
    assert sorted(row.cells[1] for row in tab.model.rows) == sorted(TITLES)
    assert tab.summary.text() == "5 open, 2 overdue"
    assert threads and threading.main_thread().name not in threads


def test_action_items_sort_by_every_column_both_ways(  # type: ignore[no-untyped-def]
    panel, ctx, qtbot, qtmodeltester
) -> None:
    _add_actions(ctx)
    tab = panel.actions_tab
    with qtbot.waitSignal(tab.computed):
        panel.tabs.setCurrentWidget(tab)
    read_order = [row.id for row in tab.model.rows]
    qtmodeltester.check(tab.model)
    header = tab.view.horizontalHeader()
    for column in range(tab.model.columnCount()):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            tab.view.sortByColumn(column, order)
            keys = [row.sort[column] for row in tab.model.rows]
            descending = order == Qt.SortOrder.DescendingOrder
            assert keys == sorted(keys, reverse=descending), (column, order)
            assert header.sortIndicatorSection() == column
    # By title, then back to the read order (owner, then due day) with a cleared indicator.
    tab.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert [row.cells[1] for row in tab.model.rows] == sorted(TITLES, key=str.lower)
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    assert [row.id for row in tab.model.rows] == read_order


def test_the_chosen_action_stays_chosen_through_a_sort_and_a_new_result(  # type: ignore[no-untyped-def]
    panel, ctx, qtbot
) -> None:
    _add_actions(ctx)
    tab = panel.actions_tab
    with qtbot.waitSignal(tab.computed):
        panel.tabs.setCurrentWidget(tab)
    tab.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    tab.view.selectRow(0)
    assert tab.selected() is not None and tab.selected().title == "Aja raportti"
    tab.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert tab.selected().title == "Aja raportti"  # followed its row to the bottom
    assert tab.view.currentIndex().row() == len(TITLES) - 1
    # A new result keeps the order the user chose: "Mark done" acts on the row shown.
    owner = teams.members_of(ctx.store, ctx.team_id)[0]["id"]
    data = {"title": "Zoomaa", "owner_member_id": owner, "due_on": date.today()}
    with qtbot.waitSignal(tab.computed):
        actions.add_action(ctx.store, ctx.team_id, None, data)
    assert tab.model.rows[0].cells[1] == "Zoomaa"
    tab.view.selectRow(1)
    with qtbot.waitSignal(tab.computed):
        tab.close_selected()
    assert "Varaa sali" not in [row.cells[1] for row in tab.model.rows]


def test_governed_customers_rows_off_the_gui_thread_and_sorted(  # type: ignore[no-untyped-def]
    panel, ctx, qtbot, monkeypatch
) -> None:
    catalogue = load_catalogue(ctx.store, ctx.team_id, "en")
    for name, model in (("Bravo Oy", "medium"), ("Alfa Oy", "small"), ("Charlie Oy", "medium")):
        cid = customers.create_customer(ctx.store, ctx.team_id, {"name": name})
        assignments.assign_model(ctx.store, cid, model, date.today(), catalogue)
    threads = _on_thread(monkeypatch, customers_tab, "governed_rows")
    report = panel.customers.report
    panel.tabs.setCurrentWidget(panel.customers)
    assert report.busy_label.isVisible()
    qtbot.waitUntil(lambda: not report.computing)
    assert threads and threading.main_thread().name not in threads
    names = [row.cells[0] for row in report.model.rows]
    assert names == ["Alfa Oy", "Bravo Oy", "Charlie Oy"]  # by name at first
    report.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert [row.cells[0] for row in report.model.rows] == names[::-1]
    report.view.selectRow(0)  # Charlie Oy: its governance opens on the right
    qtbot.waitUntil(lambda: "Charlie Oy" in panel.customers.pane.heading.text())


def test_governed_customers_titles_are_not_cut(panel) -> None:  # type: ignore[no-untyped-def]
    view = panel.customers.report.view
    header = view.horizontalHeader()
    for column in range(header.count()):
        assert view.columnWidth(column) >= header.sectionSizeHint(column), column
