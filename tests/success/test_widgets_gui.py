"""The success area driven through its widgets: marking a customer lost with a reason,
recording feedback on a touchpoint until it turns critical, the item models under the
model tester, the question before typed input is thrown away, and the map's printouts."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMessageBox

from app.changes import Changes, Kind
from app.ladder.board import level_counts
from app.ladder.filters import BoardFilter
from app.success import feedback, health, journeys, lifecycle
from app.success.reports import at_risk
from tests.success_helpers import customer

pytestmark = pytest.mark.gui
TODAY = date.today()


@pytest.fixture
def success_tab(ctx, qtbot):  # type: ignore[no-untyped-def]
    from views.success.customer_tab import SuccessTab

    tab = SuccessTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(700, 600)
    tab.show()
    return tab


def _shown(qtbot, tab, customer_id: int) -> None:  # type: ignore[no-untyped-def]
    tab.show_customer(customer_id)
    qtbot.waitUntil(lambda: tab.view is not None and tab.view.customer_id == customer_id)


def test_mark_lost_with_a_reason_then_undo(ctx, qtbot, success_tab, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from views.success.customer_tab import SuccessTab

    cid = customer(ctx.store, ctx.team_id, "Virta Oy")
    lifecycle.change_stage(ctx.store, cid, "growth")
    _shown(qtbot, success_tab, cid)
    assert success_tab.lost_button.isEnabled()
    seen: dict[str, Any] = {}

    def answer(_tab: Any, dialog: Any) -> bool:
        dialog.accept()  # no reason, no sentence: refused, the dialog stays with messages
        seen["refused"] = dialog.form.error("lost_reason")
        dialog.reason.setCurrentIndex(dialog.reason.findData("competitor_cheaper"))
        dialog.note.setPlainText("Kilpailija teki puolet halvemman tarjouksen.")
        dialog.accept()
        return bool(dialog.result())

    monkeypatch.setattr(SuccessTab, "_run", answer)
    computations = success_tab.loads
    qtbot.mouseClick(success_tab.lost_button, Qt.MouseButton.LeftButton)
    assert seen["refused"]  # the message under the reason
    qtbot.waitUntil(lambda: success_tab.loads > computations and success_tab.view.stage == "lost")
    assert "lost" in success_tab.stage_label.text() or "menetetty" in success_tab.stage_label.text()
    history = success_tab.history
    assert history.topLevelItem(0).text(3) == "Kilpailija teki puolet halvemman tarjouksen."
    assert level_counts(ctx.store, BoardFilter(ctx.team_id))["A2"] == 0
    ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: success_tab.view.stage == "growth")
    assert level_counts(ctx.store, BoardFilter(ctx.team_id))["A2"] == 1


def test_confirming_the_suggested_health_records_what_the_data_said(  # type: ignore[no-untyped-def]
    ctx, qtbot, success_tab, monkeypatch
) -> None:
    from views.success.customer_tab import SuccessTab

    cid = customer(ctx.store, ctx.team_id, "Wiik Oy", added=TODAY - timedelta(days=200))
    _shown(qtbot, success_tab, cid)
    assert success_tab.view.suggestion.health == "red"  # silent 200 days (limit 60)

    def answer(_tab: Any, dialog: Any) -> bool:
        assert dialog.health.currentData() == "red"
        assert dialog.reason.toPlainText()  # the suggestion's reasons, ready to confirm
        dialog.next_step.setPlainText("Soita ostajalle huomenna.")
        dialog.accept()
        return True

    monkeypatch.setattr(SuccessTab, "_run", answer)
    success_tab.confirm_button.click()
    qtbot.waitUntil(lambda: success_tab.view.health == "red")
    entry = health.health_history(ctx.store, cid)[0]
    assert (entry.suggested, entry.next_step) == ("red", "Soita ostajalle huomenna.")
    rows, _ = at_risk(ctx.store, ctx.team_id)
    assert [r.id for r in rows] == [cid]


def test_feedback_on_a_touchpoint_turns_it_critical(ctx, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from views.success.feedback_dialogs import FeedbackDialog
    from views.success.journey_map import LIT_FILL
    from views.success.journey_tab import JourneyTab

    jid = journeys.create_journey(ctx.store, ctx.team_id, "Polku", ["Ennen", "Aikana", "Jälkeen"])
    phase = journeys.journey_map(ctx.store, jid).phases[1].id
    point = journeys.add_touchpoint(ctx.store, phase, {"name": "Tarjous"})
    cid = customer(ctx.store, ctx.team_id, "Ylinen Oy")
    tab = JourneyTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1000, 600)
    tab.show()
    qtbot.waitUntil(lambda: tab.current is not None and tab.map.card(point) is not None)
    rect = tab.map._layout.cards[point]  # type: ignore[union-attr]
    qtbot.mouseClick(
        tab.map,
        Qt.MouseButton.LeftButton,
        pos=QPoint(int(rect.center().x()), int(rect.center().y())),
    )
    assert tab.map.selected == point and tab.buttons["feedback"].isEnabled()

    def answer(dialog: FeedbackDialog) -> int:
        assert dialog.touchpoint.currentData() == point  # tied to the chosen touchpoint
        dialog.customer.set_customer(cid, "Ylinen Oy")
        dialog.severity.setCurrentIndex(dialog.severity.findData("high"))
        dialog.happened.setPlainText("Tarjous tuli viikon myöhässä.")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(FeedbackDialog, "exec", answer)
    assert not tab.map.card(point).critical  # type: ignore[union-attr]
    tab.buttons["feedback"].click()
    qtbot.waitUntil(lambda: tab.map.card(point) is not None and tab.map.card(point).lit)  # type: ignore[union-attr]
    image = tab.map.grab().toImage()
    centre = rect.center()
    assert image.pixelColor(int(rect.left()) + 4, int(centre.y())) == QColor(LIT_FILL)
    rows, _ = feedback.list_feedback(ctx.store, feedback.FeedbackFilter(ctx.team_id))
    assert rows[0]["touchpoint"] == "Tarjous" and rows[0]["customer"] == "Ylinen Oy"
    ctx.undo_stack.undo()  # the feedback goes, and the light with it
    qtbot.waitUntil(lambda: not tab.map.card(point).lit)  # type: ignore[union-attr]


def test_typed_input_is_not_thrown_away_without_asking(ctx, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from views.success.customer_dialogs import Customer
    from views.success.goal_dialogs import GoalDialog

    cid = customer(ctx.store, ctx.team_id, "Åberg Oy")
    dialog = GoalDialog(ctx, Customer(cid, "Åberg Oy"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.title.setText("Lisää")
    dialog.title.textEdited.emit("Lisää")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked: list[str] = []

    def question(*args: Any, **_kwargs: Any) -> QMessageBox.StandardButton:
        asked.append(args[1])
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog.reject()
    assert dialog.isVisible() and dialog.title.text() == "Lisää"  # kept on Cancel
    dialog.reject()
    assert not dialog.isVisible() and len(asked) == 2


def test_item_models_pass_the_model_tester(ctx, qtbot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from views.success.feedback_tab import FeedbackModel
    from views.success.risk_tab import AtRiskModel

    cid = customer(ctx.store, ctx.team_id, "Öhman Oy")
    health.set_health(ctx.store, cid, "red", "Hiljaista.", next_step="Soita.")
    feedback.record_feedback(
        ctx.store, ctx.team_id, {"customer_id": cid, "kind": "praise", "happened": "Kiitos!"}
    )
    risky = AtRiskModel()
    risky.set_items(at_risk(ctx.store, ctx.team_id)[0])
    qtmodeltester.check(risky)
    listed = FeedbackModel()
    listed.set_items(feedback.list_feedback(ctx.store, feedback.FeedbackFilter(ctx.team_id))[0])
    qtmodeltester.check(listed)
    assert listed.rowCount() == 1 and risky.rowCount() == 1


def test_the_panel_shows_the_reports_and_the_chosen_customer(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    from views.success.panel import SuccessPanel

    cid = customer(ctx.store, ctx.team_id, "Kuusi Oy")
    health.set_health(ctx.store, cid, "red", "Hiljaista.", next_step="Soita.")
    panel = SuccessPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1300, 800)
    panel.tabs.setCurrentIndex(0)
    panel.show()
    assert panel.objectName() == "successPanel"
    qtbot.waitUntil(lambda: panel.risk.model.rowCount() == 1)
    panel.risk.table.selectRow(0)
    qtbot.waitUntil(
        lambda: panel.customer.view is not None and panel.customer.view.customer_id == cid
    )
    before = panel.journeys.loads
    ctx.store.announce(Changes.of(Kind.JOURNEY))
    assert panel.journeys.loads == before  # a hidden tab does no work
    qtbot.waitUntil(lambda: not ctx.background.busy)  # the shown tab's recount, delivered


def test_the_map_prints_to_png_and_pdf(ctx, tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QFont

    from views.success.journey_map import save_pdf, save_png

    jid = journeys.create_journey(ctx.store, ctx.team_id, "Polku", ["Ennen", "Jälkeen"])
    phase = journeys.journey_map(ctx.store, jid).phases[0].id
    journeys.add_touchpoint(ctx.store, phase, {"name": "Verkkosivut", "channel": "web"})
    journey = journeys.journey_map(ctx.store, jid)
    folder = tmp_path / "out"
    folder.mkdir()
    save_png(journey, folder / "polku.png", QFont(), 900)
    save_pdf(journey, folder / "polku.pdf", QFont())
    image = QImage(str(folder / "polku.png"))
    assert image.width() == 900 and image.height() > 100
    assert (folder / "polku.pdf").read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in folder.iterdir()) == ["polku.pdf", "polku.png"]


def test_a_map_that_cannot_be_saved_says_why_and_leaves_nothing(  # type: ignore[no-untyped-def]
    ctx, tmp_path: Path, qapp
) -> None:
    from PySide6.QtGui import QFont

    from app.files import ExportError
    from views.labels import export_error_text
    from views.success.journey_map import save_png

    jid = journeys.create_journey(ctx.store, ctx.team_id, "Polku", ["Ennen"])
    journey = journeys.journey_map(ctx.store, jid)
    missing = tmp_path / "ei ole" / "polku.png"
    with pytest.raises(ExportError) as raised:
        save_png(journey, missing, QFont(), 600)
    assert str(missing) in export_error_text(raised.value)
    folder = tmp_path / "out"
    folder.mkdir()
    save_png(journey, folder / "polku.png", QFont(), 600)  # the format follows the suffix
    assert QImage(str(folder / "polku.png")).width() == 600
    assert [p.name for p in folder.iterdir()] == ["polku.png"]
