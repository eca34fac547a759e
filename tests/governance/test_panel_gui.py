"""The Governance panel driven with qtbot: plan a series, hold a meeting, record an action,
see it carried over; unsaved input asks first; undo; the lists and reports."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

from app import teams
from app.customers import records as customers
from app.governance import actions, meetings, plan
from app.governance.catalogue import load_catalogue
from app.governance.schedule import AgendaQuery
from tests.refresh_helpers import refreshed
from views.governance.agenda_model import AgendaModel
from views.governance.customer_box import GovernanceBox
from views.governance.dialogs import ActionDialog
from views.governance.panel import GovernancePanel
from views.governance.series_dialog import SeriesDialog
from views.governance.table_model import Row, RowsModel

START = date.today() - timedelta(days=14)


@pytest.fixture
def panel(ctx, qtbot):  # type: ignore[no-untyped-def]
    widget = GovernancePanel(ctx)
    qtbot.addWidget(widget)
    widget.resize(1400, 860)
    widget.show()
    return widget


def _accept_series(monkeypatch: pytest.MonkeyPatch, title: str) -> None:
    def fill(dialog: SeriesDialog) -> int:
        dialog.meeting_type.setCurrentIndex(dialog.meeting_type.findData("sales"))
        dialog.title.setText(title)
        dialog.cadence.setCurrentIndex(dialog.cadence.findData("weekly"))
        dialog.weekday.setCurrentIndex(START.weekday())
        dialog.starts_on.setDate(QDate(START.year, START.month, START.day))
        assert "Next:" in dialog.preview.text()
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(SeriesDialog, "exec", fill)


def _accept_action(monkeypatch: pytest.MonkeyPatch, title: str) -> None:
    def fill(dialog: ActionDialog) -> int:
        dialog.title.setText(title)
        dialog.owner.setCurrentIndex(1)
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(ActionDialog, "exec", fill)


def _show_day(panel: GovernancePanel, day: date) -> None:
    panel.agenda.calendar.clicked.emit(QDate(day.year, day.month, day.day))


@pytest.mark.gui
def test_plan_hold_record_an_action_and_see_it_carried_over(  # type: ignore[no-untyped-def]
    panel, ctx, qtbot, monkeypatch
) -> None:
    assert panel.objectName() == "governancePanel"
    panel.tabs.setCurrentWidget(panel.series)
    _accept_series(monkeypatch, "Myyntipalaveri")
    qtbot.mouseClick(panel.series.plan_button, Qt.MouseButton.LeftButton)
    refreshed(qtbot)
    assert [row.cells[0] for row in panel.series.model.rows] == ["Myyntipalaveri"]

    panel.tabs.setCurrentWidget(panel.agenda)
    _show_day(panel, START)
    agenda = panel.agenda
    assert agenda.model.rowCount() == 1
    agenda.table.selectRow(0)
    record = agenda.record
    assert record.meeting_id is not None and "Myyntipalaveri" in record.heading.text()
    first = record.meeting_id

    qtbot.mouseClick(record.held_button, Qt.MouseButton.LeftButton)
    refreshed(qtbot)
    record.goal.setText("Kolme tarjousta lähtee tällä viikolla")
    record.outcome.setCurrentIndex(record.outcome.findData("partly"))
    record.outcome_note.setText("Kaksi tarjousta lähti, kolmas odottaa hintaa.")
    record.minutes.setPlainText("Käytiin tarjoukset läpi.")
    qtbot.mouseClick(record.save_button, Qt.MouseButton.LeftButton)
    refreshed(qtbot)
    saved = meetings.get_meeting(ctx.store, first)
    assert saved is not None
    assert (saved["status"], saved["outcome"], saved["minutes"]) == (
        "held",
        "partly",
        "Käytiin tarjoukset läpi.",
    )

    _accept_action(monkeypatch, "Hinta kolmanteen tarjoukseen")
    qtbot.mouseClick(record.action_box.add_button, Qt.MouseButton.LeftButton)
    refreshed(qtbot)
    assert [row.cells[0] for row in record.action_box.model.rows] == [
        "Hinta kolmanteen tarjoukseen"
    ]

    qtbot.mouseClick(record.next_button, Qt.MouseButton.LeftButton)
    refreshed(qtbot)
    assert record.meeting_id != first
    (carried,) = record.action_box.model.rows
    assert carried.cells[0] == "Hinta kolmanteen tarjoukseen" and carried.bold
    assert carried.cells[5].startswith("carried over from")

    ctx.undo_stack.undo()  # the action
    refreshed(qtbot)
    assert record.action_box.model.rows == [] or not actions.meeting_actions(
        ctx.store, record.meeting_id
    )
    ctx.undo_stack.undo()  # the meeting record
    assert meetings.get_meeting(ctx.store, first)["status"] == "planned"  # type: ignore[index]


@pytest.mark.gui
def test_unsaved_record_asks_save_discard_or_cancel(  # type: ignore[no-untyped-def]
    panel, ctx, qtbot, unsaved
) -> None:
    plan.plan_series(
        ctx.store,
        ctx.team_id,
        {"title": "Kehitys", "meeting_type": "development", "cadence": "weekly"}
        | {"weekday": START.weekday(), "starts_on": START},
    )
    _show_day(panel, START)
    record = panel.agenda.record
    panel.agenda.table.selectRow(0)
    first = record.meeting_id
    record.minutes.setPlainText("Kesken jäänyt muistio")
    unsaved.answer("cancel")
    qtbot.mouseClick(record.next_button, Qt.MouseButton.LeftButton)
    assert record.meeting_id == first and record.minutes.toPlainText() == "Kesken jäänyt muistio"
    unsaved.answer("cancel")
    panel.tabs.setCurrentIndex(3)
    assert panel.tabs.currentWidget() is panel.agenda  # Cancel stays with the record

    unsaved.answer("save")
    qtbot.mouseClick(record.next_button, Qt.MouseButton.LeftButton)
    assert record.meeting_id != first
    assert meetings.get_meeting(ctx.store, first)["minutes"] == "Kesken jäänyt muistio"  # type: ignore[index]
    assert record.proposal_box.isVisibleTo(record)  # a development meeting handles proposals
    assert unsaved.asked == [f"The meeting record “{record.loaded['title']}”"] * 3


@pytest.mark.gui
def test_actions_list_closes_and_reassigns_with_undo(  # type: ignore[no-untyped-def]
    panel, ctx, qtbot, monkeypatch
) -> None:
    aino, eetu = (m["id"] for m in teams.members_of(ctx.store, ctx.team_id))
    late = actions.add_action(
        ctx.store,
        ctx.team_id,
        None,
        {"title": "Myöhässä", "owner_member_id": aino}
        | {"due_on": date.today() - timedelta(days=3)},
    )
    actions.add_action(
        ctx.store,
        ctx.team_id,
        None,
        {"title": "Tuleva", "owner_member_id": eetu} | {"due_on": date.today() + timedelta(days=3)},
    )
    tab = panel.actions_tab
    with qtbot.waitSignal(tab.computed):
        panel.tabs.setCurrentWidget(tab)
    assert tab.summary.text() == "2 open, 1 overdue"
    assert tab.model.rows[0].bold and not tab.model.rows[1].bold
    tab.view.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Eetu Niemi", True))
    with qtbot.waitSignal(tab.computed):
        tab.reassign_selected()
    assert [row.cells[0] for row in tab.model.rows] == ["Eetu Niemi", "Eetu Niemi"]
    tab.view.selectRow(0)
    with qtbot.waitSignal(tab.computed):
        tab.close_selected()
    assert [row.cells[1] for row in tab.model.rows] == ["Tuleva"]
    with qtbot.waitSignal(tab.computed):
        ctx.undo_stack.undo()
    with qtbot.waitSignal(tab.computed):
        ctx.undo_stack.undo()
    assert [(row.cells[0], row.cells[1]) for row in tab.model.rows] == [
        ("Aino Laine", "Myöhässä"),
        ("Eetu Niemi", "Tuleva"),
    ]
    assert late in {row.id for row in tab.model.rows}


@pytest.mark.gui
def test_a_customer_gets_a_model_strategies_and_a_playbook(  # type: ignore[no-untyped-def]
    panel, ctx, qtbot, monkeypatch
) -> None:
    cid = customers.create_customer(ctx.store, ctx.team_id, {"name": "Kasvu Oy"})
    refreshed(qtbot)
    panel.tabs.setCurrentWidget(panel.customers)
    pane = panel.customers.pane
    panel.customers.show_customer(cid, "Kasvu Oy")
    pane.model_combo.setCurrentIndex(pane.model_combo.findData("medium"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(panel.customers.report.computed, timeout=5000):
        qtbot.mouseClick(pane.apply_button, Qt.MouseButton.LeftButton)
    refreshed(qtbot)
    # The signal may be the computation the new customer started; the one after the model
    # was applied runs off the GUI thread once the refresh above has fired.
    qtbot.waitUntil(lambda: bool(panel.customers.report.model.rows))
    assert [row.cells[0] for row in panel.customers.report.model.rows] == ["Kasvu Oy"]
    assert len(pane.series.model.rows) == 4
    pane.strategy_checks["grow"].click()
    refreshed(qtbot)
    pane.strategy_checks["protect"].click()
    refreshed(qtbot)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    pane.strategy_checks["streamline"].click()  # a third: refused
    refreshed(qtbot)
    assert shown and not pane.strategy_checks["streamline"].isChecked()
    assert pane.playbook.count() == 6
    pane.playbook.item(1).setCheckState(Qt.CheckState.Checked)
    refreshed(qtbot)
    assert "(done" in pane.playbook.item(1).text()
    ctx.undo_stack.undo()
    refreshed(qtbot)
    assert pane.playbook.item(1).checkState() == Qt.CheckState.Unchecked
    ctx.undo_stack.undo()
    refreshed(qtbot)
    ctx.undo_stack.undo()
    refreshed(qtbot)
    ctx.undo_stack.undo()  # the model
    refreshed(qtbot)
    assert plan.list_series(ctx.store, ctx.team_id, cid) == []


@pytest.mark.gui
def test_export_writes_the_plan_or_says_why_not(  # type: ignore[no-untyped-def]
    panel, ctx, tmp_path, monkeypatch
) -> None:
    plan.plan_series(
        ctx.store,
        ctx.team_id,
        {"title": "Myynti", "meeting_type": "sales", "cadence": "weekly", "weekday": 1}
        | {"starts_on": START},
    )
    target = tmp_path / "plan.ics"
    monkeypatch.setattr(
        "views.governance.panel.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), "")
    )
    assert panel.export_calendar() == 1
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    assert panel.export_calendar(Path(target, "inside-a-file.ics")) is None
    assert warnings and "could not be written" in warnings[0]


@pytest.mark.gui
def test_resources_report_shows_how_the_figure_was_reached(  # type: ignore[no-untyped-def]
    panel, ctx, qtbot
) -> None:
    cid = customers.create_customer(ctx.store, ctx.team_id, {"name": "Iso Oy"})
    from app.governance.assignments import assign_model

    assign_model(ctx.store, cid, "large", START, load_catalogue(ctx.store, ctx.team_id))
    refreshed(qtbot)  # the panel has taken the changes in: the tab computes on what is now
    with qtbot.waitSignal(panel.resources.computed):
        panel.tabs.setCurrentWidget(panel.resources)
    # A computation started before the change may be the one that signalled: its result
    # is replaced by the newer one's (the same query key), which the texts wait for.
    qtbot.waitUntil(lambda: not panel.resources.computing)
    assert "30 meetings" in panel.resources.how.text()
    assert "10.7 %" in panel.resources.how.text()
    with qtbot.waitSignal(panel.compliance.computed):
        panel.tabs.setCurrentWidget(panel.compliance)
    assert "planned for the whole year" in panel.compliance.headline.text()


@pytest.mark.gui
def test_the_customer_detail_pane_shows_model_strategy_and_next_meeting(  # type: ignore[no-untyped-def]
    window, ctx, qtbot
) -> None:
    cid = customers.create_customer(ctx.store, ctx.team_id, {"name": "Iso Oy"})
    from app.governance.assignments import assign_model
    from app.governance.strategies import set_strategies

    assign_model(ctx.store, cid, "large", date.today(), load_catalogue(ctx.store, ctx.team_id))
    set_strategies(ctx.store, cid, [("protect", "manual")])
    customer_panel = window.panels["customers"]
    customer_panel.detail.show_customer(cid)
    box = customer_panel.detail.record.findChild(GovernanceBox)
    assert "Iso asiakas" in box.model.text()  # content from resources/ in the context language
    assert box.strategies.text() == "Protect"
    assert "Strateginen johtoryhmä" in box.next_meeting.text()


def test_item_models_pass_the_model_tester(qtmodeltester, store, team_id) -> None:  # type: ignore[no-untyped-def]
    plan.plan_series(
        store,
        team_id,
        {"title": "Myynti", "meeting_type": "sales", "cadence": "weekly", "weekday": 1}
        | {"starts_on": date(2026, 1, 1)},
    )
    query = AgendaQuery(team_id, date(2026, 1, 1), date(2027, 12, 31))
    agenda = AgendaModel(store, query)
    assert agenda.canFetchMore()
    qtmodeltester.check(agenda)
    agenda.fetchMore()
    qtmodeltester.check(agenda)
    rows = RowsModel(["a", "b"])
    rows.set_rows([Row(["x", "1"], 1, bold=True), Row(["y", "2"], 2)])
    qtmodeltester.check(rows)


@pytest.mark.gui
def test_catalogue_edits_are_saved_undone_and_bad_numbers_refused(  # type: ignore[no-untyped-def]
    panel, ctx, monkeypatch, qtbot
) -> None:
    panel.tabs.setCurrentWidget(panel.catalogue_tab)
    tab = panel.catalogue_tab
    row = next(
        r
        for r in range(tab.types.rowCount())
        if tab.types.item(r, 0).text() == ("Myynnin työryhmä")
    )
    tab.types.item(row, 1).setText("1,5")
    assert tab.typed
    assert tab.save()
    assert load_catalogue(ctx.store, ctx.team_id).types["sales"].hours == 1.5
    refreshed(qtbot)
    assert not tab.typed and tab.types.item(row, 1).text() in ("1,5", "1.5")  # reread
    ctx.undo_stack.undo()
    refreshed(qtbot)
    assert load_catalogue(ctx.store, ctx.team_id).types["sales"].hours == 1.0
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    tab.types.item(row, 1).setText("paljon")
    assert not tab.save()
    tab.roles.item(0, 1).setText("0")
    tab.types.item(row, 1).setText("2")
    assert not tab.save()
    assert warnings[0] == "Hours and minutes are numbers."
    assert "Hours a month are from 1 to 744." in warnings[1]
    assert load_catalogue(ctx.store, ctx.team_id).types["sales"].hours == 1.0


@pytest.mark.gui
def test_a_series_ending_before_it_starts_is_refused_in_the_dialog(  # type: ignore[no-untyped-def]
    panel, ctx, monkeypatch
) -> None:
    attempts: list[str] = []

    def fill(dialog: SeriesDialog) -> int:
        if attempts:  # the second time round: the user gives up
            attempts.append(dialog.form.error("ends_on"))
            return int(QDialog.DialogCode.Rejected)
        dialog.has_end.setChecked(True)
        dialog.ends_on.setDate(QDate(START.year - 1, 1, 1))
        attempts.append(dialog.preview.text())
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(SeriesDialog, "exec", fill)
    assert panel.series.plan() is None
    assert attempts == ["The series ends before it starts."] * 2
    assert plan.list_series(ctx.store, ctx.team_id) == []


@pytest.mark.gui
def test_closing_the_window_asks_about_an_unsaved_meeting_record(  # type: ignore[no-untyped-def]
    window, ctx, qtbot, unsaved
) -> None:
    plan.plan_series(
        ctx.store,
        ctx.team_id,
        {"title": "Myynti", "meeting_type": "sales", "cadence": "weekly"}
        | {"weekday": START.weekday(), "starts_on": START},
    )
    window.navigation.setCurrentRow(list(window.panels).index("governance"))
    panel = window.panels["governance"]
    _show_day(panel, START)
    panel.agenda.table.selectRow(0)
    record = panel.agenda.record
    first = record.meeting_id
    record.minutes.setPlainText("Muistio, jota ei vielä tallennettu")
    unsaved.answer("cancel")
    assert not window.close()  # Cancel keeps the window and the typing
    assert record.minutes.toPlainText() == "Muistio, jota ei vielä tallennettu"
    unsaved.answer("save")
    assert window.close()
    assert meetings.get_meeting(ctx.store, first)["minutes"] == (  # type: ignore[index]
        "Muistio, jota ei vielä tallennettu"
    )
    assert len(unsaved.asked) == 2 and "Myynti" in unsaved.asked[0]
