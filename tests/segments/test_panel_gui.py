"""The Segments panel with qtbot: each chart draws the expected number of points from
hand-built data, exports real PNG and SVG files and copies to the clipboard; empty data
shows a sentence; a balloon click opens the customer; suggestions are accepted and undone;
bad weights and a sixth metric are refused in their dialogs; due revisits are announced."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
)

from app import teams
from app.governance.strategies import strategies_of
from app.ladder import moves as ladder
from app.segments import metrics, revisits
from app.segments import records as segments
from app.segments.filters import month_start
from app.store import Store
from tests.ladder_helpers import add_customer, add_interaction
from tests.segment_helpers import TODAY, days_ago, scored, segmentation
from views.segments.value_table import ID_ROLE

pytestmark = pytest.mark.gui

PAGES = ("levels", "balloon", "value", "funnel", "activity", "metrics", "history")


@pytest.fixture
def data(store: Store, team_id: int) -> dict[str, object]:
    members = {m["name"]: m["id"] for m in teams.members_of(store, team_id)}
    sid, seg = segmentation(store, team_id, "Tarve", ["Rekry", "Tapahtumat"])
    ids = {}
    for name, v, p, owner in (
        ("Alfa Oy", 5, 1, "Aino Laine"),
        ("Beta Oy", 3, 3, "Eetu Niemi"),
        ("Gamma Oy", 1, 5, "Eetu Niemi"),
    ):
        ids[name] = scored(
            store, team_id, name, v, p, annual_revenue=1000.0 * v, owner_id=members[owner]
        )
    add_customer(store, team_id, "Pisteetön Oy", days_ago(400))
    segments.set_segments(store, ids["Alfa Oy"], {sid: seg["Rekry"]}, on=days_ago(60))
    segments.set_segments(store, ids["Beta Oy"], {sid: seg["Rekry"]}, on=days_ago(60))
    segments.set_segments(store, ids["Beta Oy"], {sid: seg["Tapahtumat"]}, on=days_ago(20))
    ladder.move_customer(store, ids["Alfa Oy"], "A2", days_ago(30), "Jatkotilaus")
    visit = add_interaction(store, ids["Alfa Oy"], "visit", month_start(TODAY))
    with store.write() as session:
        from sqlalchemy import text

        session.execute(
            text("INSERT INTO interaction_member VALUES (:i, :m)"),
            {"i": visit, "m": members["Aino Laine"]},
        )
    metrics.set_metrics(
        store, team_id, [{"metric": "visits", "target": 1}, {"metric": "upward_moves", "target": 2}]
    )
    return {"segmentation": sid, "segments": seg, "ids": ids, "members": members}


@pytest.fixture
def panel(window, qtbot):  # type: ignore[no-untyped-def]
    row = [window.navigation.item(i).data(256) for i in range(window.navigation.count())].index(
        "segments"
    )
    window.navigation.setCurrentRow(row)
    found = window.panels["segments"]
    assert found.objectName() == "segmentsPanel"
    return found


def _show(panel, qtbot, key: str):  # type: ignore[no-untyped-def]
    row = PAGES.index(key)
    page = panel.page(row)
    if page.dirty or page.computing or page.computations == 0:
        with qtbot.waitSignal(page.computed, timeout=10_000):
            panel.pages.setCurrentRow(row)
    else:
        panel.pages.setCurrentRow(row)
    return page


def test_each_chart_draws_the_expected_points(panel, qtbot, data) -> None:  # type: ignore[no-untyped-def]
    levels = _show(panel, qtbot, "levels")
    # Rekry: Alfa (A2); Tapahtumat: Beta (A3); no segment: Gamma and Pisteetön (A3).
    assert levels.drawn() == {"A3": 2, "A2": 1, "A1": 0}
    balloon = _show(panel, qtbot, "balloon")
    assert balloon.drawn() == {"balloons": 3, "moves": 0}
    assert "1 without value and potential scores" in balloon.caption.text()
    funnel = _show(panel, qtbot, "funnel")
    assert funnel.drawn()["A3"] == 12 and funnel.drawn()["rate_A3"] == 12
    activity = _show(panel, qtbot, "activity")
    assert activity.drawn() == {"members": 1, "months": 12}
    chart = _show(panel, qtbot, "metrics")
    # Two metrics over 12 months; the visit this month reached its target of one.
    assert chart.drawn() == {"plots": 2, "points": 24, "stars": 1}
    chart.whose.setCurrentIndex(chart.whose.findText("Eetu Niemi"))
    chart.whose.activated.emit(chart.whose.currentIndex())
    assert chart.drawn()["stars"] == 0


def test_filters_apply_to_every_chart(panel, qtbot, data) -> None:  # type: ignore[no-untyped-def]
    balloon = _show(panel, qtbot, "balloon")
    bar = panel.filters
    with qtbot.waitSignal(balloon.computed, timeout=10_000):
        bar.owner.setCurrentIndex(bar.owner.findText("Eetu Niemi"))
        bar.owner.activated.emit(bar.owner.currentIndex())
    assert balloon.drawn()["balloons"] == 2
    levels = _show(panel, qtbot, "levels")  # recomputed on show with the same filter
    assert levels.drawn() == {"A3": 2, "A2": 0, "A1": 0}


def test_png_and_svg_are_written_and_copied(
    panel, qtbot, data, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    _show(panel, qtbot, "balloon")
    for kind in ("png", "svg"):
        target = tmp_path / f"kuva.{kind}"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, t=target, **k: (str(t), ""))
        assert panel.export(kind) == target
    image = QImage(str(tmp_path / "kuva.png"))
    assert not image.isNull() and image.width() > 200
    root = ElementTree.parse(tmp_path / "kuva.svg").getroot()
    assert root.tag.endswith("svg") and len(list(root.iter())) > 20
    assert not [p for p in tmp_path.iterdir() if ".tmp" in p.name]  # moved into place
    missing = tmp_path / "ei ole" / "kuva.png"
    warnings: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(missing), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    assert panel.export("png") is None
    assert len(warnings) == 1 and str(missing) in warnings[0]
    QGuiApplication.clipboard().clear()
    panel.copy_chart()
    assert not QGuiApplication.clipboard().image().isNull()
    for key in ("levels", "funnel", "activity", "metrics"):
        _show(panel, qtbot, key)
        target = tmp_path / f"{key}.svg"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, t=target, **k: (str(t), ""))
        assert panel.export("svg") == target and target.stat().st_size > 1000


def test_empty_data_shows_a_sentence(panel, qtbot, store: Store, team_id: int, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    for key, words in (
        ("levels", "no segmentations"),
        ("balloon", "No customer"),
        ("funnel", "No customers"),
        ("activity", "No interactions"),
        ("metrics", "not chosen its metrics"),
    ):
        page = _show(panel, qtbot, key)
        assert not page.showing_chart
        assert words in page.empty.text()
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    assert panel.export("png") is None and told
    segmentation(store, team_id, "Tyhjä", ["A"])
    page = _show(panel, qtbot, "levels")
    qtbot.waitUntil(lambda: "No customers" in page.empty.text(), timeout=10_000)


def test_a_balloon_click_opens_the_customer(panel, qtbot, data, window) -> None:  # type: ignore[no-untyped-def]
    balloon = _show(panel, qtbot, "balloon")
    scatter = balloon.scatters[0]
    point = scatter.points()[0]
    assert balloon.tip(1.0, 5.0, point.data()).startswith(
        balloon._last.map.name_of(int(point.data()))
    )
    scatter.sigClicked.emit(scatter, [point], None)
    customers = window.panels["customers"]
    assert window.stack.currentWidget() is customers
    assert customers.detail.customer_id == int(point.data())


def test_accept_the_suggestion_and_undo(panel, qtbot, data, ctx, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    table = _show(panel, qtbot, "value")
    qtmodeltester.check(table.model)
    names = [table.model.point(r).name for r in range(table.model.rowCount())]
    row = names.index("Beta Oy")
    table.table.selectionModel().select(
        table.model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    beta = data["ids"]["Beta Oy"]
    suggested = table.model.point(row).suggested
    with qtbot.waitSignal(table.computed, timeout=10_000):
        table.accept.click()
    assert strategies_of(ctx.store, beta) == tuple((s, "suggested") for s in suggested)
    rows = range(table.model.rowCount())
    assert "Beta Oy" in [table.model.point(r).name for r in rows if table.model.point(r).strategies]
    ctx.undo_stack.undo()
    assert strategies_of(ctx.store, beta) == ()


def test_value_table_sorts_by_every_column(panel, qtbot, data) -> None:  # type: ignore[no-untyped-def]
    """The table is row numbers into the map's columns: each header sorts those, and the
    rows then show in the order of what they display."""
    table = _show(panel, qtbot, "value")
    model = table.model
    shown = [model.point(r).name for r in range(model.rowCount())]
    assert sorted(shown) == ["Alfa Oy", "Beta Oy", "Gamma Oy"]
    by_value = [model.point(r).value for r in range(model.rowCount())]
    assert by_value == sorted(by_value, reverse=True)  # the default: value, highest first
    for column in range(model.columnCount()):
        model.sort(column, Qt.SortOrder.AscendingOrder)
        cells = [model.index(r, column).data() for r in range(model.rowCount())]
        keys = {
            0: lambda p: p.name.lower(),
            2: lambda p: p.level,
            3: lambda p: p.value,
            4: lambda p: p.potential,
            5: lambda p: p.quadrant,
            6: lambda p: p.suggested,
        }
        if column in keys:
            points = [model.point(r) for r in range(model.rowCount())]
            assert [keys[column](p) for p in points] == sorted(keys[column](p) for p in points)
        assert len(cells) == 3 and all(isinstance(c, str) for c in cells)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    owners = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert owners == sorted(owners, key=str.lower, reverse=True)
    assert model.index(0, 0).data(ID_ROLE) == data["ids"][model.point(0).name]


def test_history_page_lists_moves_and_records_a_revisit(
    panel, qtbot, data, ctx, qtmodeltester, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    page = _show(panel, qtbot, "history")
    qtmodeltester.check(page.model)
    assert [(m.customer, m.from_segment, m.to_segment) for m in page.model.items] == [
        ("Beta Oy", "Rekry", "Tapahtumat"),
        ("Alfa Oy", None, "Rekry"),
        ("Beta Oy", None, "Rekry"),
    ]
    from views.segments.dialogs import RevisitDialog

    def answer(dialog: RevisitDialog) -> int:
        dialog.member.setCurrentIndex(dialog.member.findText("Aino Laine"))
        dialog.note.setPlainText("Segmentit ennallaan")
        dialog.accept()
        return 1

    monkeypatch.setattr(RevisitDialog, "exec", answer)
    with qtbot.waitSignal(page.computed, timeout=10_000):
        page.findChild(QPushButton, "recordRevisit").click()
    assert "Aino Laine" in page.info.text()
    assert revisits.revisits_of(ctx.store, data["segmentation"])[0].note == "Segmentit ennallaan"


def test_due_revisit_is_announced(store: Store, team_id: int, ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    sid, _seg = segmentation(store, team_id, "Tarve", ["X"])
    revisits.set_revisit_by(store, sid, TODAY - timedelta(days=2))
    from views.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    panel = window.panels["segments"]
    qtbot.waitUntil(lambda: panel.due != [], timeout=10_000)
    assert "Tarve" in window.statusBar().currentMessage()
    assert panel.banner.isVisibleTo(panel)


def test_weights_dialog_refuses_sums_other_than_100(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.segments.values import current_weights
    from views.segments.dialogs import WeightsDialog

    dialog = WeightsDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.findChild(QSpinBox, "weight_volume").setValue(40)
    dialog.accept()
    assert "115 %" in dialog.form.error("volume")
    assert dialog.result() == 0 and dialog.findChild(QSpinBox, "weight_volume").value() == 40
    assert current_weights(ctx.store, ctx.team_id).valid_from is None  # nothing saved
    dialog.findChild(QSpinBox, "weight_profitability").setValue(35)
    dialog.accept()
    assert current_weights(ctx.store, ctx.team_id).values["volume"] == 40
    ctx.undo_stack.undo()
    assert current_weights(ctx.store, ctx.team_id).valid_from is None


def test_metrics_dialog_refuses_a_sixth_metric_and_words_as_targets(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    from views.segments.dialogs import MetricsDialog

    dialog = MetricsDialog(ctx, None)
    qtbot.addWidget(dialog)
    keys = [key for key, *_rest in dialog.rows]
    for key in keys[:6]:
        dialog.findChild(QCheckBox, f"metric_{key}").setChecked(True)
        dialog.findChild(QLineEdit, f"target_{key}").setText("3")
    dialog.accept()
    assert dialog.errors.isVisibleTo(dialog) and "at most 5" in dialog.errors.text()
    dialog.findChild(QCheckBox, f"metric_{keys[5]}").setChecked(False)
    dialog.findChild(QLineEdit, f"target_{keys[0]}").setText("paljon")
    dialog.accept()
    assert "paljon" in dialog.errors.text()
    assert metrics.chosen_metrics(ctx.store, ctx.team_id) == []
    dialog.findChild(QLineEdit, f"target_{keys[0]}").setText("4")
    dialog.accept()
    assert [c.metric for c in metrics.chosen_metrics(ctx.store, ctx.team_id)] == keys[:5]
