"""The ladder panel: move with a reason, see the history row, undo; refusals change nothing."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import QLabel, QPushButton

from app.ladder import moves
from app.store import Store
from tests.ladder_helpers import add_customer, add_interaction

pytestmark = pytest.mark.gui


@pytest.fixture
def panel(ctx, qtbot):  # type: ignore[no-untyped-def]
    from views.ladder.panel import LadderPanel

    store: Store = ctx.store
    created = date.today() - timedelta(days=200)
    ids = {
        "kaneli": add_customer(store, ctx.team_id, "Kahvila Kaneli Oy", created),
        "sahko": add_customer(store, ctx.team_id, "Sähkö Salo Ky", created, level="A2"),
        "huolto": add_customer(store, ctx.team_id, "Huolto Hurja Oy", created, level="A1"),
    }
    widget = LadderPanel(ctx)
    widget.ids = ids
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


def _names(panel, level: str) -> list[str]:  # type: ignore[no-untyped-def]
    model = panel.models[level]
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def _select(panel, level: str, name: str) -> None:  # type: ignore[no-untyped-def]
    view = panel.views[level]
    row = _names(panel, level).index(name)
    view.setCurrentIndex(panel.models[level].index(row, 0))
    view.setFocus()


def test_board_shows_three_columns_with_counts(panel) -> None:  # type: ignore[no-untyped-def]
    assert panel.objectName() == "ladderPanel"
    for level in ("A3", "A2", "A1"):
        assert panel.findChild(type(panel.views[level]), f"ladder{level}") is panel.views[level]
    assert _names(panel, "A3") == ["Kahvila Kaneli Oy"]
    assert _names(panel, "A1") == ["Huolto Hurja Oy"]
    assert panel.counts == {"A3": 1, "A2": 1, "A1": 1}
    assert "Regular and service customers" in panel.headers["A2"].text()


def test_move_with_reason_then_undo(panel, ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    _select(panel, "A3", "Kahvila Kaneli Oy")
    qtbot.keyClick(panel.views["A3"], Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    dialog = panel.move_dialog
    assert dialog is not None and dialog.to_level == "A2"
    dialog.reason.setPlainText("Toinen tilaus tuli syyskuussa")
    dialog.moved_on.setDate(QDate.currentDate().addDays(-3))
    qtbot.mouseClick(dialog.findChild(QPushButton, "moveOk"), Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: "Kahvila Kaneli Oy" in _names(panel, "A2"))
    assert _names(panel, "A3") == []
    # The moved card is selected and its history row is shown.
    history = panel.history
    assert history.rowCount() == 1
    assert history.item(0, 1).text() == "A3"
    assert history.item(0, 2).text().endswith("A2")
    assert history.item(0, 3).text() == "Toinen tilaus tuli syyskuussa"
    assert moves.history(ctx.store, panel.ids["kaneli"])[0].moved_on == date.today() - timedelta(
        days=3
    )

    ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: "Kahvila Kaneli Oy" in _names(panel, "A3"))
    assert _names(panel, "A2") == ["Sähkö Salo Ky"]
    assert moves.history(ctx.store, panel.ids["kaneli"]) == []

    ctx.undo_stack.redo()
    qtbot.waitUntil(lambda: "Kahvila Kaneli Oy" in _names(panel, "A2"))
    assert len(moves.history(ctx.store, panel.ids["kaneli"])) == 1


def test_refused_move_leaves_everything_as_it_was(panel, ctx, qtbot, unsaved) -> None:  # type: ignore[no-untyped-def]
    dialog = panel.request_move(panel.ids["sahko"], "A1")
    assert dialog is not None
    before = ctx.undo_stack.count()
    reloads = panel.reloads
    dialog.reason.setPlainText("   ")
    dialog.moved_on.setDate(QDate.currentDate().addDays(5))
    qtbot.mouseClick(dialog.findChild(QPushButton, "moveOk"), Qt.MouseButton.LeftButton)

    # Still open, with a message under each wrong field.
    assert dialog.isVisible()
    assert dialog.findChild(QLabel, "error_reason").isVisible()
    assert dialog.findChild(QLabel, "error_moved_on").isVisible()
    assert "future" in dialog.findChild(QLabel, "error_moved_on").text()
    assert ctx.undo_stack.count() == before
    assert moves.history(ctx.store, panel.ids["sahko"]) == []
    # Nothing was written, so nothing was announced: no reload, no background read queued.
    assert panel.reloads == reloads and not ctx.background.busy
    assert _names(panel, "A2") == ["Sähkö Salo Ky"]
    assert _names(panel, "A1") == ["Huolto Hurja Oy"]

    # A date before the customer existed is refused the same way.
    dialog.reason.setPlainText("Iso projekti")
    dialog.moved_on.setDate(QDate.currentDate().addDays(-400))
    qtbot.mouseClick(dialog.findChild(QPushButton, "moveOk"), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert not dialog.findChild(QLabel, "error_reason").isVisible()
    assert "added on" in dialog.findChild(QLabel, "error_moved_on").text()
    assert moves.history(ctx.store, panel.ids["sahko"]) == []

    unsaved.answer("cancel", "discard")  # a typed reason is asked about before it is lost
    dialog.reject()
    assert dialog.isVisible() and unsaved.asked == ["The move of Sähkö Salo Ky to A1"]
    dialog.reject()
    assert not dialog.isVisible()
    assert ctx.undo_stack.count() == before


def test_drop_on_another_column_asks_for_a_move(panel, qtbot) -> None:  # type: ignore[no-untyped-def]
    source = panel.models["A1"]
    mime = source.mimeData([source.index(0, 0)])
    target = panel.models["A2"]
    assert not source.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert target.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    target.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    qtbot.waitUntil(lambda: panel.move_dialog is not None)
    assert panel.move_dialog.to_level == "A2"
    assert "Move down" in panel.move_dialog.windowTitle()
    panel.move_dialog.reject()


def test_who_to_call_and_quiet_cards(panel, ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    today = date.today()
    # Overdue next step on the A1 customer, recent contact on the A2 one.
    add_interaction(
        ctx.store,
        panel.ids["huolto"],
        "meeting",
        today - timedelta(days=20),
        "Lähetä tarjous",
        today - timedelta(days=4),
    )
    add_interaction(ctx.store, panel.ids["sahko"], "call", today - timedelta(days=2))
    qtbot.waitUntil(lambda: panel.models["A1"].card(0).overdue)
    with qtbot.waitSignal(panel.call_report.computed):
        panel.tabs.setCurrentIndex(1)  # the list is read off the GUI thread
    names = [panel.calls.topLevelItem(i).text(0) for i in range(panel.calls.topLevelItemCount())]
    # The overdue step first, then Kaneli: silent 200 days against A3's limit of 90.
    assert names == ["Huolto Hurja Oy", "Kahvila Kaneli Oy"]
    assert panel.models["A3"].card(0).quiet
    assert not panel.models["A2"].card(0).quiet


def test_owner_filter_narrows_the_board(panel, ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.customers.records import update_customer

    owner = panel.members[0]["id"]
    update_customer(ctx.store, panel.ids["huolto"], {"owner_id": owner})
    qtbot.waitUntil(lambda: panel.models["A1"].card(0).owner_id == owner)
    panel.owner_filter.setCurrentIndex(panel.owner_filter.findData(owner))
    panel.owner_filter.activated.emit(panel.owner_filter.currentIndex())
    assert _names(panel, "A1") == ["Huolto Hurja Oy"]
    assert _names(panel, "A3") == []
    assert panel.counts == {"A3": 0, "A2": 0, "A1": 1}


def test_a_cards_menu_moves_it_up_or_down_and_shows_its_history(panel, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMenu

    from views.ladder.card_menu import add_move_entries

    qtbot.waitUntil(lambda: panel.models["A2"].rowCount() == 1)
    card = panel.models["A2"].card(0)
    asked: list[tuple[int, str]] = []
    shown: list[bool] = []
    menu = QMenu(panel)
    add_move_entries(
        menu, card, lambda cid, level: asked.append((cid, level)), lambda: shown.append(True)
    )
    entries = [a for a in menu.actions() if not a.isSeparator()]
    assert [a.text().split(" (")[0] for a in entries] == [
        "Move up to A1",
        "Move down to A3",
        "Show history",
    ]
    entries[1].trigger()
    entries[2].trigger()
    assert asked == [(panel.ids["sahko"], "A3")] and shown == [True]
