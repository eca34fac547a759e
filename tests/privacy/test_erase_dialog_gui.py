"""Erase this person… (issue 23, item 4): Cancel does nothing; confirming erases, off the
GUI thread, and leaves no undo step holding the person's old values."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QMenu

from app.customers import steps
from app.privacy.erase import describe
from app.store import Store
from tests.privacy.erase_helpers import EMAIL, NAME, person_with_data
from tests.refresh_helpers import refreshed
from views.customers.contacts_tab import ContactsTab
from views.privacy import erase_dialog
from views.privacy.erase_dialog import EraseDialog, ask_and_erase, contact_actions


def _answer(monkeypatch: pytest.MonkeyPatch, confirm: bool, seen: list[EraseDialog]) -> None:
    def run(dialog: QDialog) -> int:
        assert isinstance(dialog, EraseDialog)
        seen.append(dialog)
        assert not dialog.erase_button.isEnabled()  # nothing typed, nothing ticked
        if not confirm:
            return 0
        dialog.reason.setText("Request by e-mail, ref 31")
        assert not dialog.erase_button.isEnabled()
        dialog.understood.setChecked(True)
        assert dialog.erase_button.isEnabled()
        return 1

    monkeypatch.setattr(erase_dialog, "run_dialog", run)


def test_cancel_does_nothing(
    ctx: Any, store: Store, team_id: int, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    person = person_with_data(store, team_id)
    ctx.run(steps.edit_contact(store, person.contact_id, {"title": "CFO"}))
    seen: list[EraseDialog] = []
    _answer(monkeypatch, False, seen)
    assert not ask_and_erase(ctx, person.contact_id, None)
    [dialog] = seen
    heading = dialog.findChild(object, "eraseHeading").text()  # type: ignore[union-attr]
    assert NAME in heading and "Asiakas Oy" in heading
    assert ctx.undo_stack.count() == 1
    assert not describe(store, person.contact_id).erased  # type: ignore[union-attr]


def test_confirming_erases_and_empties_the_undo_stack(
    ctx: Any, store: Store, team_id: int, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    person = person_with_data(store, team_id)
    tab = ContactsTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    tab.show_customer(person.customer_id)
    ctx.run(steps.edit_contact(store, person.contact_id, {"title": "CFO"}))
    assert ctx.undo_stack.count() == 1
    menu = QMenu()
    contact_actions(menu, ctx, person.contact_id, tab)
    assert [a.objectName() for a in menu.actions()] == ["eraseContactAction"]
    _answer(monkeypatch, True, [])
    assert ask_and_erase(ctx, person.contact_id, tab)
    qtbot.waitUntil(lambda: describe(store, person.contact_id).erased)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: ctx.background._pending == 0)
    refreshed(qtbot)
    tab.reload()
    assert ctx.undo_stack.count() == 0
    names = [tab.table.item(r, 0).text() for r in range(tab.table.rowCount())]
    assert "Erased person" in names and NAME not in names
    emails = [tab.table.item(r, 2).text() for r in range(tab.table.rowCount())]
    assert EMAIL not in emails
    menu.deleteLater()
