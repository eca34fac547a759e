"""The ladder's side reports and board refresh only what the user sees; the column model
passes Qt's model checks."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.customers.records import update_customer
from app.ladder.filters import BoardFilter
from app.ladder.settings import load_settings
from app.store import Store
from tests.ladder_helpers import add_customer, add_interaction

pytestmark = pytest.mark.gui

CREATED = date.today() - timedelta(days=200)


def _names(panel, level: str) -> list[str]:  # type: ignore[no-untyped-def]
    model = panel.models[level]
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def _settle(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Every background read started so far has been delivered (or dropped)."""
    qtbot.waitUntil(lambda: not ctx.background.busy)


def test_hidden_ladder_panel_does_no_work_on_a_customer_edit(window, ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    customer = add_customer(ctx.store, ctx.team_id, "Kahvila Kaneli Oy", CREATED)
    add_customer(ctx.store, ctx.team_id, "Huolto Hurja Oy", CREATED, level="A1")
    panel = window.panels["ladder"]
    ladder_row = list(window.panels).index("ladder")
    other_row = 0 if ladder_row else 1
    window.navigation.setCurrentRow(other_row)
    assert not panel.isVisible() and panel.reloads == 0  # never shown: never read

    window.navigation.setCurrentRow(ladder_row)
    assert panel.reloads == 1 and _names(panel, "A3") == ["Kahvila Kaneli Oy"]
    with qtbot.waitSignal(panel.call_report.computed):
        panel.tabs.setCurrentIndex(1)
    with qtbot.waitSignal(panel.stats_report.computed):
        panel.tabs.setCurrentIndex(3)  # the statistics tab is the one last opened
    _settle(ctx, qtbot)
    reports = (panel.call_report, panel.advocate_report, panel.stats_report)
    before = [report.computations for report in reports]
    assert before == [1, 0, 1]

    window.navigation.setCurrentRow(other_row)
    assert not panel.stats_report.isVisible()
    update_customer(ctx.store, customer, {"name": "Kahvila Kaneli Ay"})
    assert panel.reloads == 1  # no board reload while hidden
    assert [report.computations for report in reports] == before  # no report either
    assert not ctx.background.busy
    assert panel.refresher.dirty and all(report.dirty for report in reports)

    with qtbot.waitSignal(panel.stats_report.computed):
        window.navigation.setCurrentRow(ladder_row)
    _settle(ctx, qtbot)
    assert panel.reloads == 2  # shown again: the board once
    assert _names(panel, "A3") == ["Kahvila Kaneli Ay"]
    # The statistics once; who-to-call and advocates stay dirty until their tab is opened.
    assert [report.computations for report in reports] == [1, 0, 2]
    assert panel.call_report.dirty and not panel.stats_report.dirty


def test_hidden_tab_recomputes_only_when_selected(panel, ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    calls, stats = panel.call_report, panel.stats_report
    with qtbot.waitSignal(stats.computed):
        panel.tabs.setCurrentIndex(3)
    with qtbot.waitSignal(calls.computed):
        panel.tabs.setCurrentIndex(1)
    _settle(ctx, qtbot)
    assert (calls.computations, stats.computations) == (1, 1)
    reloads = panel.reloads

    # The visible tab recomputes on the change, the hidden statistics tab only turns dirty.
    with qtbot.waitSignal(calls.computed):
        add_interaction(ctx.store, panel.ids["sahko"], "call", date.today())
    _settle(ctx, qtbot)
    assert panel.reloads == reloads + 1  # the visible board reloads at once, once
    assert (calls.computations, stats.computations) == (2, 1)
    assert stats.dirty

    with qtbot.waitSignal(stats.computed):
        panel.tabs.setCurrentIndex(3)
    _settle(ctx, qtbot)
    assert (calls.computations, stats.computations) == (2, 2)

    # Selecting it again without a change in between computes nothing.
    panel.tabs.setCurrentIndex(1)
    panel.tabs.setCurrentIndex(3)
    assert (calls.computations, stats.computations) == (2, 2)


def test_a_filter_change_invalidates_the_reports(panel, ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    owner = panel.members[0]["id"]
    update_customer(ctx.store, panel.ids["huolto"], {"owner_id": owner})
    with qtbot.waitSignal(panel.call_report.computed):
        panel.tabs.setCurrentIndex(1)
    _settle(ctx, qtbot)
    assert panel.calls.topLevelItemCount() == 3  # all silent for 200 days
    stats = panel.stats_report.computations

    panel.owner_filter.setCurrentIndex(panel.owner_filter.findData(owner))
    with qtbot.waitSignal(panel.call_report.computed):
        panel.owner_filter.activated.emit(panel.owner_filter.currentIndex())
    # The filter was captured on the GUI thread when the read started.
    assert [
        panel.calls.topLevelItem(i).text(0) for i in range(panel.calls.topLevelItemCount())
    ] == ["Huolto Hurja Oy"]
    assert panel.stats_report.computations == stats and panel.stats_report.dirty


@pytest.fixture
def panel(ctx, qtbot):  # type: ignore[no-untyped-def]
    from views.ladder.panel import LadderPanel

    store: Store = ctx.store
    ids = {
        "kaneli": add_customer(store, ctx.team_id, "Kahvila Kaneli Oy", CREATED),
        "sahko": add_customer(store, ctx.team_id, "Sähkö Salo Ky", CREATED, level="A2"),
        "huolto": add_customer(store, ctx.team_id, "Huolto Hurja Oy", CREATED, level="A1"),
    }
    widget = LadderPanel(ctx)
    widget.ids = ids
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


def test_column_model_passes_the_model_tester(store: Store, team_id: int, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from views.ladder.board_model import LadderColumnModel

    for n in range(30):  # more than a page, so that fetching more is exercised too
        add_customer(store, team_id, f"Asiakas {n:02d}", CREATED)
    settings = load_settings(store, team_id)
    model = LadderColumnModel(store, "A3", BoardFilter(team_id), settings, "fi")
    model.reload()
    assert model.rowCount() == 25 and model.canFetchMore()
    qtmodeltester.check(model)
    empty = LadderColumnModel(store, "A1", BoardFilter(team_id), settings, "fi")
    empty.reload()
    qtmodeltester.check(empty)
