"""No stale or misleading screens: every view shows only what belongs to the current team,
selection and search, and says what to do when there is nothing to show."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QMessageBox

from app import teams
from app.customers import interactions
from app.customers import records as customers
from app.rocket import rounds as rocket_rounds
from tests.ladder_helpers import add_customer
from tests.refresh_helpers import refreshed

pytestmark = pytest.mark.gui


def test_ladder_forgets_the_other_teams_customer_on_a_team_switch(qtbot, window, ctx) -> None:  # type: ignore[no-untyped-def]
    created = date.today() - timedelta(days=100)
    mine = add_customer(ctx.store, ctx.team_id, "Oma Asiakas Oy", created)
    other = teams.create_team(ctx.store, "Toinen Osuuskunta", "Tiimiakatemia")
    add_customer(ctx.store, other, "Toisen Asiakas Oy", created)
    window.reload_teams()
    window.navigation.setCurrentRow(list(window.panels).index("ladder"))
    ladder = window.panels["ladder"]
    assert ladder.select_customer(mine)
    assert "Oma Asiakas Oy" in ladder.details.detail_title.text()
    assert ladder.details.up_button.isEnabled()

    assert window.switch_team(other)
    assert "Oma Asiakas Oy" not in ladder.details.detail_title.text()
    assert ladder.details.detail_title.text() == "Choose a customer on the board."
    assert not ladder.details.up_button.isVisible()  # no step button that does nothing
    assert ladder.details.history.rowCount() == 0
    assert all(not view.selectionModel().hasSelection() for view in ladder.views.values())


def test_a_search_without_hits_clears_the_detail_pane(qtbot, window, ctx) -> None:  # type: ignore[no-untyped-def]
    panel = window.panels["customers"]
    cid = customers.create_customer(ctx.store, ctx.team_id, {"name": "Aikajana Oy"})
    interactions.log_interaction(ctx.store, cid, {"occurred_on": date.today(), "summary": "Käynti"})
    panel.select_customer(cid)
    assert panel.detail.timeline.tree.topLevelItemCount() == 1
    panel.search.setText("ei löydy mitään tällaista")
    with qtbot.waitSignal(panel.model.queryApplied):
        panel.apply_search()
    assert panel.detail.is_empty and panel.detail.empty_state.isVisible()
    assert panel.detail.timeline.tree.topLevelItemCount() == 0
    assert panel.detail.record.name.text() == ""
    panel.search.setText("aikajana")
    with qtbot.waitSignal(panel.model.queryApplied):
        panel.apply_search()
    panel.select_customer(cid)
    assert panel.detail.customer_id == cid


def test_nothing_selected_shows_an_empty_state_not_a_new_customer_form(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    panel = window.panels["customers"]
    detail = panel.detail
    assert detail.is_empty and detail.empty_state.isVisible()
    assert "New customer" in detail.empty_state.text()
    assert not detail.record.isEnabled()  # nothing to type into by accident
    panel.new_customer()
    assert not detail.empty_state.isVisible() and detail.record.isEnabled()
    assert detail.record.heading.text() == "New customer"


def test_undoing_a_delete_selects_the_restored_customer(qtbot, window, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    panel = window.panels["customers"]
    for name in ("Alfa Oy", "Beeta Oy", "Gamma Oy"):
        customers.create_customer(ctx.store, ctx.team_id, {"name": name})
    refreshed(qtbot)
    panel.refresh()
    gone = customers.find_names(ctx.store, ctx.team_id, "Beeta")[0][0]
    panel.select_customer(gone)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    panel.delete_selected()
    refreshed(qtbot)
    assert panel.detail.is_empty and panel.selected_id() != gone
    ctx.undo_stack.undo()
    refreshed(qtbot)
    restored = customers.find_names(ctx.store, ctx.team_id, "Beeta")[0][0]
    assert panel.detail.customer_id == restored
    assert panel.selected_id() == restored
    assert panel.table.currentIndex().data() == "Beeta Oy"


@pytest.fixture
def rocket(window):  # type: ignore[no-untyped-def]
    window.navigation.setCurrentRow(list(window.panels).index("rocket"))
    panel = window.panels["rocket"]
    yield panel
    panel.coach.close_sources()


def test_rocket_detail_forgets_the_process_on_a_team_switch(qtbot, window, rocket, ctx) -> None:  # type: ignore[no-untyped-def]
    other = teams.create_team(ctx.store, "Toinen Osuuskunta", "Tiimiakatemia")
    window.reload_teams()
    rocket.show_process("Y1")
    assert rocket.detail.title.text().startswith("Y1")
    assert window.switch_team(other)
    refreshed(qtbot)
    assert rocket.detail.code is None
    assert rocket.detail.title.text() == "Click a process in the rocket."
    assert not rocket.detail.tabs.isVisible()


def test_the_round_banner_has_the_button_that_answers_it(qtbot, rocket, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from views.rocket import panel as rocket_panel

    assert rocket.banner.isVisible()  # no round yet: the reminder says so
    assert rocket.banner_button.text() == "Start a new round…"
    round_id = rocket_rounds.start_round(ctx.store, ctx.team_id, "team")
    rocket_rounds.pause_round(ctx.store, round_id, "Y3")
    refreshed(qtbot)
    assert "paused" in rocket.reminder.text()
    assert rocket.banner_button.text() == "Continue the round"
    shown: list[int] = []
    monkeypatch.setattr(rocket_panel, "run_dialog", lambda dialog: shown.append(dialog.index))
    rocket.banner_button.click()
    assert shown == [2]  # the round dialog opened at Y3, where it was paused
    assert rocket_rounds.get_round(ctx.store, round_id).status == "open"


def test_an_empty_team_gets_sentences_not_bare_axes(qtbot, window, rocket, ctx) -> None:  # type: ignore[no-untyped-def]
    rocket.tabs.setCurrentWidget(rocket.chart)
    qtbot.waitUntil(lambda: rocket.chart.computations == 1 and not rocket.chart.computing)
    assert rocket.chart.empty.isVisible() and not rocket.chart.plot.isVisible()
    assert "assessment round" in rocket.chart.empty.text()

    window.navigation.setCurrentRow(list(window.panels).index("ladder"))
    ladder = window.panels["ladder"]
    ladder.tabs.setCurrentWidget(ladder.stats_report)
    stats = ladder.stats_report
    qtbot.waitUntil(lambda: stats.computations == 1 and not stats.computing)
    assert stats.empty.isVisible() and not stats.chart.isVisible()
    assert "Customers panel" in stats.empty.text()
