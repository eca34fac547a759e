"""Members: renamed, deactivated (hidden from pickers, named in the history) and removed,
each undoable, in the app layer and in the Team members dialog."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from app import team_steps, teams
from app.customers import records as customers
from app.errors import InvalidRecord
from app.ladder.moves import history, move_customer
from app.operations import Phrase
from app.store import Store
from tests.step_helpers import run
from views.team_dialog import TeamMembersDialog


def active_names(store: Store, team_id: int) -> list[str]:
    return [m["name"] for m in teams.members_of(store, team_id)]


def member_id(store: Store, team_id: int, name: str) -> int:
    every = teams.members_of(store, team_id, include_inactive=True)
    return next(m["id"] for m in every if m["name"] == name)


def test_rename_returns_what_it_replaced(store: Store, team_id: int) -> None:
    aino = member_id(store, team_id, "Aino Laine")
    replaced = teams.edit_member(store, aino, {"name": "  Aino Mäkelä "})
    assert replaced == {"name": "Aino Laine"}
    assert "Aino Mäkelä" in active_names(store, team_id)
    assert teams.edit_member(store, aino, replaced) == {"name": "Aino Mäkelä"}  # the undo
    assert "Aino Laine" in active_names(store, team_id)
    with pytest.raises(InvalidRecord):
        teams.edit_member(store, aino, {"name": "  "})
    with pytest.raises(InvalidRecord):
        teams.edit_member(store, aino, {"email": "not an address"})
    with pytest.raises(LookupError):
        teams.edit_member(store, 10_000, {"name": "Ei ketään"})


def test_deactivated_member_leaves_pickers_and_keeps_history(store: Store, team_id: int) -> None:
    eetu = member_id(store, team_id, "Eetu Niemi")
    cid = customers.create_customer(store, team_id, {"name": "Kone Oy", "owner_id": eetu})
    move_customer(store, cid, "A2", date.today(), "Toinen tilaus", eetu)
    assert teams.edit_member(store, eetu, {"active": False}) == {"active": True}
    assert active_names(store, team_id) == ["Aino Laine"]
    everyone = teams.members_of(store, team_id, include_inactive=True)
    assert [(m["name"], m["active"]) for m in everyone] == [
        ("Aino Laine", True),
        ("Eetu Niemi", False),
    ]
    assert [row.author for row in history(store, cid)] == ["Eetu Niemi"]
    assert customers.get_customer(store, cid).owner_id == eetu  # type: ignore[index]
    teams.edit_member(store, eetu, {"active": True})
    assert "Eetu Niemi" in active_names(store, team_id)


# --- the dialog ------------------------------------------------------------------------------


@pytest.fixture
def dialog(ctx, qtbot):  # type: ignore[no-untyped-def]
    shown = TeamMembersDialog(ctx, None)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def choose(dialog: TeamMembersDialog, name: str) -> None:
    dialog.select(member_id(dialog.ctx.store, dialog.ctx.team_id, name))
    assert dialog.selected() is not None and dialog.selected()["name"] == name  # type: ignore[index]


def table_names(dialog: TeamMembersDialog) -> list[tuple[str, str]]:
    table = dialog.table
    return [(table.item(r, 0).text(), table.item(r, 3).text()) for r in range(table.rowCount())]


@pytest.mark.gui
def test_dialog_renames_and_undo_brings_the_name_back(dialog, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Aino Mäkelä", True))
    choose(dialog, "Aino Laine")
    dialog.rename.click()
    assert table_names(dialog)[0] == ("Aino Mäkelä", "Active")
    assert ctx.undo_stack.undoText() == "Rename Aino Laine to Aino Mäkelä"
    ctx.undo_stack.undo()
    assert table_names(dialog)[0] == ("Aino Laine", "Active")
    assert dialog.selected()["name"] == "Aino Laine"  # the selection follows the member


@pytest.mark.gui
def test_removing_a_member_in_the_history_offers_deactivation(dialog, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    eetu = member_id(ctx.store, ctx.team_id, "Eetu Niemi")
    customers.create_customer(ctx.store, ctx.team_id, {"name": "Kone Oy", "owner_id": eetu})
    asked: list[str] = []

    def answer(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    choose(dialog, "Eetu Niemi")
    assert dialog.remove_member()  # not removed...
    assert "cannot be removed" in asked[0] and "Deactivate Eetu Niemi instead" in asked[0]
    assert ("Eetu Niemi", "Left the team") in table_names(dialog)  # ...but deactivated
    assert dialog.deactivate.text() == "Reactivate"
    assert active_names(ctx.store, ctx.team_id) == ["Aino Laine"]
    ctx.undo_stack.undo()
    assert ("Eetu Niemi", "Active") in table_names(dialog)


@pytest.mark.gui
def test_removing_an_unused_member_is_undoable(dialog, ctx) -> None:  # type: ignore[no-untyped-def]
    dialog.name.setText("Venla Virtanen")
    added = dialog.add_member()
    assert added is not None and dialog.selected()["id"] == added  # type: ignore[index]
    assert dialog.remove_member()
    assert "Venla Virtanen" not in [n for n, _s in table_names(dialog)]
    ctx.undo_stack.undo()
    assert ("Venla Virtanen", "Active") in table_names(dialog)
    ctx.undo_stack.redo()
    assert "Venla Virtanen" not in [n for n, _s in table_names(dialog)]


@pytest.mark.gui
def test_deactivated_member_is_not_offered_for_an_interaction(dialog, ctx) -> None:  # type: ignore[no-untyped-def]
    from views.customers.dialogs import LogInteractionDialog

    choose(dialog, "Eetu Niemi")
    dialog.deactivate.click()
    log = LogInteractionDialog(ctx, None)
    try:
        offered = [log.members.item(i).text() for i in range(log.members.count())]
    finally:
        log.deleteLater()
    assert offered == ["Aino Laine"]


def test_member_steps(store: Store, team_id: int) -> None:
    add = team_steps.add_member(store, team_id, " Venla Virtanen ", None, "team_entrepreneur")
    assert add.text.args == {"name": "Venla Virtanen"}
    venla = add.first()
    rename = team_steps.rename_member(store, venla, "Venla Virtanen", " Venla Koski ")
    assert rename.text == Phrase(
        "TeamMembersDialog",
        "Rename {old} to {new}",
        {"old": "Venla Virtanen", "new": "Venla Koski"},
    )
    assert run(rename)[0] == {"name": "Venla Virtanen"}
    leave = team_steps.set_active(store, venla, "Venla Virtanen", active=False)
    assert leave.text.source == "Deactivate {name}" and leave.first() == {"active": True}
    remove = team_steps.remove_member(store, venla, "Venla Virtanen")
    row = remove.first()
    assert venla not in [m["id"] for m in teams.members_of(store, team_id, True)]
    assert remove.undo(row) == venla
    customers.create_customer(store, team_id, {"name": "Omistettu Oy", "owner_id": venla})
    with pytest.raises(InvalidRecord):  # now part of the record: refused, nothing recorded
        team_steps.remove_member(store, venla, "Venla Virtanen").first()
