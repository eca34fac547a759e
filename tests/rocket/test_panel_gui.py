"""The Rocket panel driven with qtbot: scoring, undo, bad input, rounds, coach view."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app import teams
from app.rocket import rounds as rocket_rounds
from app.rocket.exchange import export_catalogue
from app.rocket.process_edits import retire_process
from app.rocket.processes import get_process, list_processes
from app.rocket.scoring import add_score, score_history
from app.store import Store
from tests.refresh_helpers import refreshed
from views.rocket.panel import RocketPanel


@pytest.fixture
def panel(ctx, qtbot):  # type: ignore[no-untyped-def]
    widget = RocketPanel(ctx)
    qtbot.addWidget(widget)
    widget.resize(1300, 850)
    widget.show()
    yield widget
    widget.coach.close_sources()


def _box(panel: RocketPanel, code: str):  # type: ignore[no-untyped-def]
    return panel.drawing.boxes[code]


@pytest.mark.gui
def test_rocket_shows_every_level_and_scores_through_the_detail(panel, ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert panel.objectName() == "rocketPanel"
    assert len(panel.drawing.boxes) == 12
    assert {b.state.level for b in panel.drawing.boxes.values()} == {1, 2, 3, 4}
    box = _box(panel, "A3")
    assert box.dots_label.text() == "○○○" and box.state.status == "none"

    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    detail = panel.detail
    assert detail.code == "A3" and detail.isEnabled()
    assert "A3" in detail.title.text()
    # Two clicks on the dots editor: the second dot, then the comment, then save.
    qtbot.mouseClick(
        detail.dots, Qt.MouseButton.LeftButton, pos=detail.dots.dot_center(1).toPoint()
    )
    assert detail.dots.value() == 2
    detail.assessor.setCurrentIndex(detail.assessor.findData("coach"))
    detail.comment.setText("Kolme asiakaskäyntiä analysoitu")
    qtbot.mouseClick(detail.save_button, Qt.MouseButton.LeftButton)
    refreshed(qtbot)

    (score,) = score_history(ctx.store, ctx.team_id, "A3")
    assert (score.dots, score.assessor_kind, score.comment) == (
        2,
        "coach",
        "Kolme asiakaskäyntiä analysoitu",
    )
    assert (score.period_kind, score.period_start) == (panel.period.kind, panel.period.start)
    box = _box(panel, "A3")  # the drawing was rebuilt on the change
    assert box.dots_label.text() == "●●○"
    assert detail.history.rowCount() == 1

    # A target above the score turns the box red (below target).
    detail.target_spin.setValue(3)
    detail.targets_tab.set_target()
    refreshed(qtbot)
    assert _box(panel, "A3").state.status == "below"
    assert "●●●" in _box(panel, "A3").target_label.text()

    ctx.undo_stack.undo()  # the target
    ctx.undo_stack.undo()  # the score
    refreshed(qtbot)
    assert score_history(ctx.store, ctx.team_id, "A3") == []
    assert _box(panel, "A3").dots_label.text() == "○○○"
    ctx.undo_stack.redo()
    refreshed(qtbot)
    assert [s.dots for s in score_history(ctx.store, ctx.team_id, "A3")] == [2]


@pytest.mark.gui
def test_keyboard_on_dots_and_retired_process(panel, ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel.show_process("Y1")
    qtbot.keyClick(panel.detail.dots, Qt.Key.Key_3)
    assert panel.detail.dots.value() == 3
    assert panel.detail.dots_meaning.text()  # the criterion for three dots
    retire_process(ctx.store, ctx.team_id, "Y1")
    refreshed(qtbot)
    assert "Y1" not in panel.drawing.boxes
    panel.detail.save_score()  # the button is disabled; calling it directly is refused
    assert "retired" in panel.detail.score_error.text()
    assert score_history(ctx.store, ctx.team_id, "Y1") == []


@pytest.mark.gui
def test_round_dialog_walks_pauses_and_resumes(panel, ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    from views.rocket.round import RoundDialog

    assert panel.reminder.isVisible()
    round_id = rocket_rounds.start_round(ctx.store, ctx.team_id, "team")
    dialog = RoundDialog(ctx, round_id, panel)
    qtbot.addWidget(dialog)
    assert dialog.title.text().startswith("Y1")
    dialog.dots.setValue(1)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.title.text().startswith("Y2")
    qtbot.mouseClick(dialog.pause_button, Qt.MouseButton.LeftButton)
    refreshed(qtbot)
    waiting = rocket_rounds.unfinished_round(ctx.store, ctx.team_id)
    assert waiting is not None and waiting.current_code == "Y2"
    assert "paused" in panel.reminder.text()

    again = RoundDialog(ctx, round_id, panel)
    qtbot.addWidget(again)
    assert again.title.text().startswith("Y2")  # resumes where it stopped
    for _ in range(len(again.steps) - 1):
        again.dots.setValue(2)
        again.save_and_next()
        refreshed(qtbot)
    assert rocket_rounds.get_round(ctx.store, round_id).status == "finished"
    assert not panel.reminder.isVisible()
    history = score_history(ctx.store, ctx.team_id)
    assert len(history) == 12 and {s.round_id for s in history} == {round_id}


@pytest.mark.gui
def test_coach_matrix_with_a_read_only_database(panel, ctx, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    start = panel.period.start
    add_score(ctx.store, ctx.team_id, "Y1", 2, "half_year", start)
    other_path = tmp_path / "toinen.sqlite"
    other = Store.open(other_path)
    neighbour = teams.create_team(other, "Osuuskunta Naapuri")
    add_score(other, neighbour, "Y1", 3, "half_year", start)
    other.close()

    panel.tabs.setCurrentWidget(panel.coach)
    with qtbot.waitSignal(panel.coach.computed):  # the matrix is read off the GUI thread
        source = panel.coach.add_other(other_path)
    # The signal may be the first computation's (started when the tab was shown): wait for
    # the one the added database asked for.
    refreshed(qtbot)
    qtbot.waitUntil(lambda: not panel.coach.computing)
    assert source is not None and source.store.read_only
    table = panel.coach.table
    assert table.objectName() == "coachMatrix"
    model = table.model()
    assert model.rowCount() == 2
    table.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # by total
    assert model.index(0, 0).data() == "Osuuskunta Naapuri"
    assert model.index(0, 3).data().startswith("●●●")
    assert model.index(1, 3).data().startswith("●●○")

    # Double-clicking this database's team opens its rocket.
    own_row = 1
    rect = table.visualRect(model.index(own_row, 0))
    # The view emits doubleClicked only for the index it saw pressed first.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.tabs.currentWidget() is panel.splitter
    assert panel.drawing.boxes["Y1"].dots_label.text() == "●●○"


@pytest.mark.gui
def test_catalogue_editor_refuses_a_bad_file(
    panel, ctx, qtbot, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    panel.tabs.setCurrentWidget(panel.catalogue)
    assert panel.catalogue.table.rowCount() == 12
    bad = tmp_path / "bad.json"
    bad.write_text(
        '{"format": "raketti-rocket-catalogue", "version": 1,\n'
        ' "processes": [\n {"code": "X", "level": 9, "name": "Uusi"}]}',
        encoding="utf-8",
    )
    with qtbot.waitSignal(panel.catalogue.imported) as refused:  # the file is read off-thread
        panel.catalogue.import_(bad)
    assert not refused.args[0]
    assert "Line 3" in shown[-1] and "processes[0].level" in shown[-1]
    good = tmp_path / "good.json"
    export_catalogue(ctx.store, ctx.team_id, good)
    good.write_text(
        good.read_text(encoding="utf-8").replace("Tiimioppimisprosessi", "Tiimin oppiminen"),
        encoding="utf-8",
    )
    with qtbot.waitSignal(panel.catalogue.imported) as accepted:
        panel.catalogue.import_(good)
    assert accepted.args[0]
    refreshed(qtbot)
    title = _box(panel, "Y2").findChild(QLabel, "boxTitle")
    assert title.text() == "<b>Y2</b> Tiimin oppiminen"
    assert panel.catalogue.table.item(1, 2).text() == "Tiimin oppiminen"
    # Reorder and retire with the editor's actions.
    panel.catalogue.table.selectRow(1)  # Y2
    panel.catalogue.move_selected(-1)
    refreshed(qtbot)
    assert [p.code for p in list_processes(ctx.store, ctx.team_id)][:2] == ["Y2", "Y1"]
    panel.catalogue.table.selectRow(0)
    panel.catalogue.toggle_retired()
    refreshed(qtbot)
    assert "Y2" not in panel.drawing.boxes
    assert get_process(ctx.store, ctx.team_id, "Y2").retired
