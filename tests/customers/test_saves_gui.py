"""A save in the customer's detail pane is its own change: the pane does not reload itself
from the change set it started (`Changes.is_from`), so after a save the customer is read
once, and the contacts once after the Contacts tab's own save; undo still brings the old
values back into the pane."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QDialog

from app.customers import contacts
from app.customers import records as customers
from tests.refresh_helpers import refreshed
from views.customers import contacts_tab
from views.customers.table_model import ID_ROLE

pytestmark = pytest.mark.gui


class Reads:
    """Counts the calls of an app function, by their record id (the second argument)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> None:
        self.ids: list[int] = []
        real = getattr(module, name)

        def counting(store: Any, record_id: int, *args: Any, **kwargs: Any) -> Any:
            self.ids.append(record_id)
            return real(store, record_id, *args, **kwargs)

        monkeypatch.setattr(module, name, counting)


def _row_name(panel: Any, customer_id: int) -> str:
    row = panel.model.row_of(customer_id)
    assert row is not None
    return str(panel.model.index(row, 0).data())


@pytest.fixture
def panel(window: Any) -> Any:
    return window.panels["customers"]


def test_an_edit_saved_in_the_pane_reads_the_customer_once(
    qtbot: Any, panel: Any, ctx: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    cid = customers.create_customer(ctx.store, ctx.team_id, {"name": "Vanha Nimi Oy"})
    refreshed(qtbot)  # the views have taken that in: what follows is the pane's own save
    panel.select_customer(cid)
    detail = panel.detail
    assert detail.customer_id == cid and detail.record.name.text() == "Vanha Nimi Oy"
    reads = Reads(monkeypatch, customers, "get_customer")
    contact_reads = Reads(monkeypatch, contacts, "contacts_of")

    detail.record.name.setText("Uusi Nimi Oy")
    assert detail.save()
    refreshed(qtbot)

    assert reads.ids == [cid]  # read once, after the save
    assert contact_reads.ids == []  # the other tabs show the same customer still
    assert detail.record.name.text() == "Uusi Nimi Oy" and not detail.has_unsaved()
    assert _row_name(panel, cid) == "Uusi Nimi Oy"  # the table follows the change
    assert panel.table.currentIndex().data(ID_ROLE) == cid  # and keeps it chosen
    assert ctx.undo_stack.undoText() == "Edit customer Uusi Nimi Oy"

    reads.ids.clear()
    ctx.undo_stack.undo()  # nobody's own change: the pane reloads from it
    refreshed(qtbot)
    assert reads.ids == [cid]
    assert detail.record.name.text() == "Vanha Nimi Oy" and not detail.has_unsaved()
    assert _row_name(panel, cid) == "Vanha Nimi Oy"
    ctx.undo_stack.redo()
    refreshed(qtbot)
    assert detail.record.name.text() == "Uusi Nimi Oy"


def test_a_new_customer_saved_in_the_pane_is_read_once(
    qtbot: Any, panel: Any, ctx: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel.new_customer()
    detail = panel.detail
    detail.record.name.setText("Uusi Asiakas Oy")
    reads = Reads(monkeypatch, customers, "get_customer")
    assert detail.save()
    refreshed(qtbot)
    cid = detail.customer_id
    assert cid is not None and reads.ids == [cid]
    assert _row_name(panel, cid) == "Uusi Asiakas Oy"
    assert panel.table.currentIndex().data(ID_ROLE) == cid
    ctx.undo_stack.undo()
    refreshed(qtbot)
    assert customers.get_customer(ctx.store, cid) is None
    assert detail.is_empty and panel.model.row_of(cid) is None


def test_a_contact_saved_in_the_contacts_tab_is_listed_after_one_read(
    qtbot: Any, panel: Any, ctx: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    cid = customers.create_customer(ctx.store, ctx.team_id, {"name": "Yhteys Oy"})
    refreshed(qtbot)
    panel.select_customer(cid)
    tab = panel.detail.contacts

    def fill(dialog: Any) -> int:
        dialog.name.setText("Saara Salo")
        dialog.accept()
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(contacts_tab, "run_dialog", fill)
    reads = Reads(monkeypatch, contacts, "contacts_of")
    customer_reads = Reads(monkeypatch, customers, "get_customer")
    tab.add_contact()
    refreshed(qtbot)
    assert reads.ids == [cid]  # the list read once after its own save
    assert customer_reads.ids == []  # the customer itself did not change
    assert tab.table.rowCount() == 1 and tab.table.item(0, 0).text() == "Saara Salo"
    ctx.undo_stack.undo()
    refreshed(qtbot)
    assert tab.table.rowCount() == 0
