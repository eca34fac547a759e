"""Nothing typed is lost: every editor asks save / discard / cancel before it is left.

The question is answered through the `unsaved` fixture (tests/conftest.py), which also
fails a test when a question comes that nobody expected.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from app import teams
from app.customers import contacts, interactions, listing
from app.customers import records as customers
from app.customers.listing import CustomerQuery
from app.rocket import rounds as rocket_rounds
from app.rocket.scoring import score_history
from tests.refresh_helpers import refreshed
from views.customers.dialogs import ContactDialog, LogInteractionDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def two(window, ctx, qtbot):  # type: ignore[no-untyped-def]
    """Two customers in the table, the first one shown in the detail pane."""
    panel = window.panels["customers"]
    first = customers.create_customer(ctx.store, ctx.team_id, {"name": "Alfa Oy"})
    second = customers.create_customer(ctx.store, ctx.team_id, {"name": "Beeta Oy"})
    refreshed(qtbot)
    panel.select_customer(first)
    return panel, first, second


def click_row(qtbot, table: QTableView, row: int) -> None:  # type: ignore[no-untyped-def]
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_clicking_another_row_asks_and_each_answer_does_what_it_says(
    qtbot, two, ctx, unsaved
) -> None:  # type: ignore[no-untyped-def]
    panel, first, second = two
    panel.detail.record.texts["city"].setText("Jyväskylä")

    unsaved.answer("cancel")
    click_row(qtbot, panel.table, 1)
    assert unsaved.asked == ["The customer Alfa Oy"]
    assert (
        panel.detail.customer_id == first
        and panel.detail.record.texts["city"].text() == "Jyväskylä"
    )
    assert panel.selected_id() == first  # the selection went back to the edited row

    unsaved.answer("discard")
    click_row(qtbot, panel.table, 1)
    assert panel.detail.customer_id == second
    assert getattr(customers.get_customer(ctx.store, first), "city", None) is None

    panel.select_customer(first)
    panel.detail.record.texts["city"].setText("Kuopio")
    unsaved.answer("save")
    click_row(qtbot, panel.table, 1)
    assert panel.detail.customer_id == second
    assert getattr(customers.get_customer(ctx.store, first), "city", None) == "Kuopio"


def test_a_refused_save_keeps_the_input_and_the_row(qtbot, two, ctx, unsaved) -> None:  # type: ignore[no-untyped-def]
    panel, first, _second = two
    panel.detail.record.business_id.setText("1234567-8")  # a wrong check digit
    unsaved.answer("save")
    click_row(qtbot, panel.table, 1)
    assert panel.detail.customer_id == first
    assert panel.detail.record.business_id.text() == "1234567-8"
    assert "check digit" in panel.detail.record.form.error("business_id")
    unsaved.answer("discard")  # the window's closing asks again at the end


def test_a_half_typed_new_customer_is_asked_about(qtbot, two, ctx, unsaved) -> None:  # type: ignore[no-untyped-def]
    panel, _first, _second = two
    panel.new_customer()
    assert not panel.detail.has_unsaved()  # a blank form holds nothing yet
    panel.detail.record.name.setText("Puoliksi Kirjoitettu Oy")
    unsaved.answer("save")
    click_row(qtbot, panel.table, 1)
    assert unsaved.asked == ["The new customer"]
    names = [c["name"] for c in _all(ctx)]
    assert "Puoliksi Kirjoitettu Oy" in names
    assert panel.detail.customer_id is not None


def _all(ctx) -> list[dict]:  # type: ignore[no-untyped-def]
    query = CustomerQuery(team_id=ctx.team_id)
    return [{"name": row.name} for row in listing.fetch_page(ctx.store, query, None, 100)]


def test_switching_panel_team_or_quitting_asks(qtbot, window, two, ctx, unsaved) -> None:  # type: ignore[no-untyped-def]
    panel, first, _second = two
    other = teams.create_team(ctx.store, "Toinen Osuuskunta", "Tiimiakatemia")
    window.reload_teams()
    panel.detail.record.notes.setPlainText("Soita maanantaina")

    unsaved.answer("cancel")
    window.navigation.setCurrentRow(list(window.panels).index("ladder"))
    assert window.stack.currentWidget() is panel and window.navigation.currentRow() == 0

    unsaved.answer("cancel")
    window.team_switcher.setCurrentIndex(window.team_switcher.findData(other))
    window.team_switcher.activated.emit(window.team_switcher.currentIndex())
    assert ctx.team_id != other
    assert window.team_switcher.currentData() == ctx.team_id

    unsaved.answer("cancel")
    assert not window.close()  # Ctrl+Q is the window's close
    assert window.isVisible()
    assert panel.detail.record.notes.toPlainText() == "Soita maanantaina"

    unsaved.answer("save")
    assert window.close()
    assert getattr(customers.get_customer(ctx.store, first), "notes", None) == "Soita maanantaina"
    assert unsaved.asked == ["The customer Alfa Oy"] * 4


def test_team_switch_discards_only_when_told(qtbot, window, two, ctx, unsaved) -> None:  # type: ignore[no-untyped-def]
    panel, first, _second = two
    other = teams.create_team(ctx.store, "Toinen Osuuskunta", "Tiimiakatemia")
    window.reload_teams()
    panel.detail.record.name.setText("Alfa Oy muutettu")
    unsaved.answer("discard")
    assert window.switch_team(other)
    refreshed(qtbot)
    assert ctx.team_id == other
    assert panel.detail.is_empty  # nothing of the other team stays on screen
    assert getattr(customers.get_customer(ctx.store, first), "name", None) == "Alfa Oy"


def test_contact_and_interaction_dialogs_ask_before_closing(
    qtbot, window, two, ctx, unsaved
) -> None:  # type: ignore[no-untyped-def]
    panel, first, _second = two
    dialog = ContactDialog(panel)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reject()  # nothing typed: closes without a word
    assert not dialog.isVisible() and unsaved.asked == []

    dialog = ContactDialog(panel)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Maija Meikäläinen")
    unsaved.answer("cancel")
    dialog.reject()  # Esc, Cancel and × all come here
    assert dialog.isVisible() and unsaved.asked == ["The contact person Maija Meikäläinen"]
    unsaved.answer("discard")
    dialog.reject()
    assert not dialog.isVisible()

    log = LogInteractionDialog(ctx, panel, (first, "Alfa Oy"))
    qtbot.addWidget(log)
    log.show()
    log.summary.setPlainText("Käynti: tarpeet kartoitettu")
    unsaved.answer("save")
    log.reject()
    assert not log.isVisible()
    assert [t["summary"] for t in interactions.timeline(ctx.store, first)] == [
        "Käynti: tarpeet kartoitettu"
    ]
    assert contacts.contacts_of(ctx.store, first) == []


@pytest.fixture
def rocket(window, ctx):  # type: ignore[no-untyped-def]
    window.navigation.setCurrentRow(list(window.panels).index("rocket"))
    panel = window.panels["rocket"]
    yield panel
    panel.coach.close_sources()


def test_a_typed_score_is_asked_about_before_another_process(qtbot, rocket, ctx, unsaved) -> None:  # type: ignore[no-untyped-def]
    rocket.show_process("Y1")
    rocket.detail.dots.setValue(2)
    rocket.detail.comment.setText("Tiimisopimus tehty")
    unsaved.answer("cancel")
    rocket.show_process("Y2")
    assert rocket.detail.code == "Y1" and rocket.detail.dots.value() == 2
    unsaved.answer("save")
    rocket.show_process("Y2")
    assert rocket.detail.code == "Y2"
    assert [(s.dots, s.comment) for s in score_history(ctx.store, ctx.team_id, "Y1")] == [
        (2, "Tiimisopimus tehty")
    ]
    assert unsaved.asked == ["The new score of Y1"] * 2


def test_escape_in_the_round_asks_about_the_dots_then_pauses(qtbot, rocket, ctx, unsaved) -> None:  # type: ignore[no-untyped-def]
    from views.rocket.round import RoundDialog

    round_id = rocket_rounds.start_round(ctx.store, ctx.team_id, "team")
    dialog = RoundDialog(ctx, round_id, rocket)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.dots.setValue(3)
    unsaved.answer("cancel")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    assert rocket_rounds.get_round(ctx.store, round_id).status == "open"
    unsaved.answer("save")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    info = rocket_rounds.get_round(ctx.store, round_id)
    assert info.status == "paused" and info.current_code == "Y1"
    assert [s.dots for s in score_history(ctx.store, ctx.team_id, "Y1")] == [3]
    assert unsaved.asked == ["The dots of Y1"] * 2
