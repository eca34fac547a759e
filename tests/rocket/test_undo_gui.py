"""Rocket actions done in the GUI and undone through the undo stack; reports and models."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox

from app.rocket.checklists import add_checklist_item
from app.rocket.coach import CoachMatrix, MatrixRow
from app.rocket.evidence import add_evidence, evidence_of
from app.rocket.exchange import export_catalogue
from app.rocket.processes import get_process, list_processes
from app.rocket.scoring import add_score
from tests.refresh_helpers import refreshed
from views.rocket.matrix_model import MatrixModel
from views.rocket.panel import RocketPanel
from views.rocket.process_dialog import ProcessDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def panel(ctx, qtbot):  # type: ignore[no-untyped-def]
    widget = RocketPanel(ctx)
    qtbot.addWidget(widget)
    widget.resize(1300, 850)
    widget.show()
    yield widget
    widget.coach.close_sources()


def _codes(ctx) -> list[str]:  # type: ignore[no-untyped-def]
    return [p.code for p in list_processes(ctx.store, ctx.team_id)]


def test_catalogue_move_retire_and_add_are_undone(panel, ctx, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    panel.tabs.setCurrentWidget(panel.catalogue)
    original = _codes(ctx)
    panel.catalogue.table.selectRow(1)  # Y2
    panel.catalogue.move_selected(-1)
    refreshed(qtbot)
    assert _codes(ctx)[:2] == ["Y2", "Y1"]
    panel.catalogue.table.selectRow(0)  # Y2, now first
    panel.catalogue.move_selected(-1)  # already first: nothing to do, no undo step
    refreshed(qtbot)
    assert ctx.undo_stack.count() == 1
    ctx.undo_stack.undo()
    refreshed(qtbot)
    assert _codes(ctx) == original
    assert panel.catalogue.table.item(1, 1).text() == "Y2"  # the editor followed

    panel.catalogue.table.selectRow(1)
    panel.catalogue.toggle_retired()
    refreshed(qtbot)
    assert "Y2" not in panel.drawing.boxes
    ctx.undo_stack.undo()
    refreshed(qtbot)
    assert "Y2" in panel.drawing.boxes and not get_process(ctx.store, ctx.team_id, "Y2").retired
    ctx.undo_stack.redo()
    refreshed(qtbot)
    assert get_process(ctx.store, ctx.team_id, "Y2").retired

    def fill(dialog: ProcessDialog) -> int:
        dialog.code.setText("B3")
        dialog.level.setValue(4)
        dialog.fields["name_fi"].setText("Kansainvälistyminen")  # type: ignore[union-attr]
        dialog.fields["dot1_fi"].setPlainText("Ensimmäinen asiakas")  # type: ignore[union-attr]
        return 1

    monkeypatch.setattr(ProcessDialog, "exec", fill)
    panel.catalogue.add()
    refreshed(qtbot)
    assert get_process(ctx.store, ctx.team_id, "B3").dots_fi[0] == "Ensimmäinen asiakas"
    assert "B3" in panel.drawing.boxes
    ctx.undo_stack.undo()
    refreshed(qtbot)
    assert "B3" not in _codes(ctx) and "B3" not in panel.drawing.boxes
    ctx.undo_stack.redo()
    refreshed(qtbot)
    assert "B3" in panel.drawing.boxes


def test_import_is_read_off_the_gui_thread_and_undone(  # type: ignore[no-untyped-def]
    panel, ctx, qtbot, monkeypatch, tmp_path: Path
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    panel.tabs.setCurrentWidget(panel.catalogue)
    good = tmp_path / "good.json"
    export_catalogue(ctx.store, ctx.team_id, good)
    text = good.read_text(encoding="utf-8").replace("Tiimioppimisprosessi", "Tiimin oppiminen")
    good.write_text(text, encoding="utf-8")

    with qtbot.waitSignal(panel.catalogue.imported) as done:
        panel.catalogue.import_(good)
    assert done.args == [True] and "0 processes added, 12 updated." in shown[-1]
    refreshed(qtbot)
    title = panel.drawing.boxes["Y2"].findChild(QLabel, "boxTitle")
    assert title.text() == "<b>Y2</b> Tiimin oppiminen"

    ctx.undo_stack.undo()
    refreshed(qtbot)
    title = panel.drawing.boxes["Y2"].findChild(QLabel, "boxTitle")
    assert title.text().replace("\u00ad", "") == "<b>Y2</b> Tiimioppimisprosessi"  # soft hyphen
    assert panel.catalogue.table.item(1, 2).text() == "Tiimioppimisprosessi"
    ctx.undo_stack.redo()
    refreshed(qtbot)
    assert get_process(ctx.store, ctx.team_id, "Y2").name_fi == "Tiimin oppiminen"


def test_evidence_removal_asks_and_is_undone(panel, ctx, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    add_evidence(ctx.store, ctx.team_id, "A3", "note", "Asiakaskäyntien analyysi")
    panel.show_process("A3")
    tab = panel.detail.evidence_tab
    assert tab.evidence.rowCount() == 1
    asked: list[str] = []

    def answer(reply: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
        def question(_parent, _title, text):  # type: ignore[no-untyped-def]
            asked.append(text)
            return reply

        return question

    tab.evidence.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    tab.remove()
    refreshed(qtbot)
    assert "Asiakaskäyntien analyysi" in asked[-1]
    assert len(evidence_of(ctx.store, ctx.team_id, "A3")) == 1  # the answer was no

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    before = evidence_of(ctx.store, ctx.team_id, "A3")
    tab.remove()
    refreshed(qtbot)
    assert evidence_of(ctx.store, ctx.team_id, "A3") == [] and tab.evidence.rowCount() == 0
    ctx.undo_stack.undo()
    refreshed(qtbot)
    assert evidence_of(ctx.store, ctx.team_id, "A3") == before
    assert tab.evidence.rowCount() == 1
    ctx.undo_stack.redo()
    refreshed(qtbot)
    assert evidence_of(ctx.store, ctx.team_id, "A3") == []


def test_checklist_and_evidence_added_in_the_detail_are_undone(panel, ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel.show_process("A3")
    checklist = panel.detail.checklist_tab
    count = checklist.checklist.count()
    checklist.new_item.setText("Uusi askel")
    checklist.add_item()
    refreshed(qtbot)
    assert checklist.checklist.count() == count + 1
    ctx.undo_stack.undo()
    refreshed(qtbot)
    assert checklist.checklist.count() == count
    assert len(get_process(ctx.store, ctx.team_id, "A3").checklist) == count

    tab = panel.detail.evidence_tab
    tab.evidence_title.setText("Palautekierros")
    tab.add()
    refreshed(qtbot)
    assert [e.title for e in evidence_of(ctx.store, ctx.team_id, "A3")] == ["Palautekierros"]
    ctx.undo_stack.undo()
    refreshed(qtbot)
    assert evidence_of(ctx.store, ctx.team_id, "A3") == []
    add_checklist_item(ctx.store, ctx.team_id, "A3", "Toinen askel")  # outside the stack
    refreshed(qtbot)
    assert checklist.checklist.count() == count + 1


def test_chart_computes_only_when_shown(panel, ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    chart = panel.chart
    add_score(ctx.store, ctx.team_id, "Y1", 2, "half_year", panel.period.start)
    assert chart.computations == 0  # a hidden tab does no work
    with qtbot.waitSignal(chart.computed):
        panel.tabs.setCurrentWidget(chart)
    assert chart.series is not None and chart.series.total[-1] == 2
    assert chart.process.count() == 12
    with qtbot.waitSignal(chart.computed):
        chart.kind.setCurrentIndex(chart.kind.findData("quarter"))  # its own option
    assert chart.series.period_kind == "quarter"
    with qtbot.waitSignal(chart.computed):
        add_score(ctx.store, ctx.team_id, "Y2", 1, "half_year", panel.period.start)
    assert chart.series.total[-1] == 3
    computations = chart.computations
    chart.mode.setCurrentIndex(chart.mode.findData("level"))  # drawn from what was read
    assert chart.computations == computations


def test_matrix_model_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = MatrixModel()
    qtmodeltester.check(model)  # empty
    row = MatrixRow("oma", "/tmp/oma.sqlite", True, 1, "Osuuskunta Testi")
    row.cells, row.diffs, row.total, row.total_diff = {"Y1": 2, "Y2": None}, {"Y1": 1}, 2, 1
    other = MatrixRow("naapuri", "/tmp/naapuri.sqlite", False, 1, "Osuuskunta Naapuri")
    other.cells, other.total = {"Y1": 3, "Y2": 1}, 4
    matrix = CoachMatrix(
        "half_year",
        date(2026, 1, 1),
        date(2025, 7, 1),
        ["Y1", "Y2"],
        {"Y1": ("Tiimioppiminen", "Team learning"), "Y2": ("Tiimi", "Team")},
        {"Y1": 1, "Y2": 1},
        [row, other],
    )
    model.set_matrix(matrix, "fi")
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and model.columnCount() == 5
