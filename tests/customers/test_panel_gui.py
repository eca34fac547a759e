"""The Customers panel, driven as a user would with qtbot."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QMessageBox, QTableView

from app import teams
from app.customers import contacts, interactions
from app.customers import records as customers
from app.customers.listing import count_rows
from tests.refresh_helpers import refreshed
from views.customers.dialogs import LogInteractionDialog
from views.customers.table_model import FIRST_BATCH, ID_ROLE, CustomerTableModel
from views.segments.widgets import SegmentBox

pytestmark = pytest.mark.gui


def visible_names(table: QTableView) -> list[str]:
    model = table.model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


@pytest.fixture
def panel(window):  # type: ignore[no-untyped-def]
    return window.findChild(object, "customerPanel")


def add_customer(qtbot, panel, name: str, business_id: str = "") -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    detail = panel.detail
    # QTest cannot type letters outside ASCII (ä, ö), so those names are set as text.
    detail.record.name.setText(name)
    detail.record.business_id.clear()
    qtbot.keyClicks(detail.record.business_id, business_id)
    detail.record.save_button.click()


def test_add_customer_appears_in_table_and_search_finds_it(qtbot, panel) -> None:  # type: ignore[no-untyped-def]
    table = panel.findChild(QTableView, "customerTable")
    add_customer(qtbot, panel, "Päijänteen Puutarha Oy", "0737546-2")
    add_customer(qtbot, panel, "Kuopion Kone Ky")
    refreshed(qtbot)
    assert visible_names(table) == ["Kuopion Kone Ky", "Päijänteen Puutarha Oy"]
    search = panel.findChild(QLineEdit, "customerSearch")
    qtbot.keyClicks(search, "puutar")
    qtbot.waitUntil(lambda: visible_names(table) == ["Päijänteen Puutarha Oy"])
    assert "1" in panel.findChild(QLabel, "customerCount").text()
    search.clear()
    qtbot.keyClicks(search, "0737546")
    qtbot.waitUntil(lambda: visible_names(table) == ["Päijänteen Puutarha Oy"])
    search.clear()
    search.setText("ei loydy mitaan")
    qtbot.waitUntil(lambda: panel.empty_label.isVisibleTo(panel))
    assert "ei loydy mitaan" in panel.empty_label.text()


def test_invalid_business_id_is_refused_with_a_message_and_text_kept(qtbot, panel, ctx) -> None:  # type: ignore[no-untyped-def]
    add_customer(qtbot, panel, "Virheellinen Oy", "1234567-8")
    message = panel.findChild(QLabel, "error_business_id")
    assert message.isVisibleTo(panel) and "check digit" in message.text()
    assert panel.detail.record.name.text() == "Virheellinen Oy"  # nothing typed is lost
    assert panel.detail.record.business_id.text() == "1234567-8"
    assert count_rows(ctx.store, panel.model.query) == 0
    panel.detail.record.business_id.clear()
    qtbot.keyClicks(panel.detail.record.business_id, "0737546-2")
    panel.detail.record.save_button.click()
    assert not message.isVisibleTo(panel)
    refreshed(qtbot)
    assert visible_names(panel.table) == ["Virheellinen Oy"]


def test_edit_then_undo_and_redo(qtbot, panel, ctx) -> None:  # type: ignore[no-untyped-def]
    add_customer(qtbot, panel, "Vanha Nimi Oy")
    panel.detail.record.name.clear()
    qtbot.keyClicks(panel.detail.record.name, "Uusi Nimi Oy")
    panel.detail.record.save_button.click()
    refreshed(qtbot)
    assert visible_names(panel.table) == ["Uusi Nimi Oy"]
    ctx.undo_stack.undo()
    refreshed(qtbot)
    assert visible_names(panel.table) == ["Vanha Nimi Oy"]
    assert panel.detail.record.name.text() == "Vanha Nimi Oy"
    ctx.undo_stack.redo()
    refreshed(qtbot)
    assert visible_names(panel.table) == ["Uusi Nimi Oy"]


def test_delete_asks_first_then_undo_brings_it_back(qtbot, panel, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    add_customer(qtbot, panel, "Poistettava Oy", "0737546-2")
    cid = panel.detail.customer_id
    contacts.create_contact(ctx.store, cid, {"name": "Saara Salo"})
    interactions.log_interaction(ctx.store, cid, {"occurred_on": date.today(), "summary": "Käynti"})
    panel.table.selectRow(0)

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    panel.delete_selected()
    refreshed(qtbot)
    assert visible_names(panel.table) == ["Poistettava Oy"]  # "No" keeps it

    asked: list[str] = []

    def yes(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    panel.delete_selected()
    assert "Poistettava Oy" in asked[0]
    refreshed(qtbot)
    assert visible_names(panel.table) == []
    ctx.undo_stack.undo()
    refreshed(qtbot)
    assert visible_names(panel.table) == ["Poistettava Oy"]
    assert [c.name for c in contacts.contacts_of(ctx.store, cid)] == ["Saara Salo"]
    assert len(interactions.timeline(ctx.store, cid)) == 1


def test_log_visit_with_picker_and_next_step(qtbot, panel, ctx) -> None:  # type: ignore[no-untyped-def]
    cid = customers.create_customer(ctx.store, ctx.team_id, {"name": "Laukaan Leipomo Oy"})
    contacts.create_contact(ctx.store, cid, {"name": "Helmi Heikkinen"})
    dialog = LogInteractionDialog(ctx, panel)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.picker, "Laukaan Leipomo Oy")
    assert dialog.picker.customer_id == cid
    assert dialog.contacts.count() == 1
    dialog.contacts.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.members.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(dialog.summary, "Kartoitettiin tarpeet")
    dialog.next_step.setText("Lähetä tarjous")
    dialog.has_due.setChecked(True)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    [row] = interactions.timeline(ctx.store, cid)
    assert row["summary"] == "Kartoitettiin tarpeet" and row["next_step"] == "Lähetä tarjous"
    assert row["contacts"] == ["Helmi Heikkinen"] and len(row["members"]) == 1
    assert row["occurred_on"] == date.today()
    ctx.undo_stack.undo()
    assert interactions.timeline(ctx.store, cid) == []


def test_log_visit_without_customer_or_summary_is_refused(qtbot, panel, ctx) -> None:  # type: ignore[no-untyped-def]
    dialog = LogInteractionDialog(ctx, panel)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.form.error("customer") and dialog.form.error("summary")


def test_ctrl_l_opens_the_log_dialog(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[LogInteractionDialog] = []
    monkeypatch.setattr(LogInteractionDialog, "exec", lambda self: opened.append(self) or 0)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(opened) == 1)


def test_table_loads_rows_lazily_and_sorts_in_sql(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from app import demo

    demo.generate(ctx.store, customers=450, seed=2, teams=1)
    team = max(t["id"] for t in teams.list_teams(ctx.store))
    from app.customers.listing import CustomerQuery

    model = CustomerTableModel(ctx.store, CustomerQuery(team_id=team))
    assert model.rowCount() == FIRST_BATCH and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert not model.canFetchMore()
    assert model.rowCount() == model.total() == count_rows(ctx.store, model.query)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    first = model.index(0, 0).data()
    assert first >= model.index(1, 0).data()
    assert model.index(0, 0).data(ID_ROLE) > 0


def test_model_passes_qt_model_tester(qtmodeltester, store, team_id) -> None:  # type: ignore[no-untyped-def]
    from app.customers.listing import CustomerQuery

    for n in range(5):
        customers.create_customer(store, team_id, {"name": f"Testi {n} Oy"})
    model = CustomerTableModel(store, CustomerQuery(team_id=team_id))
    qtmodeltester.check(model)


@pytest.mark.parametrize("force_py", [False, True], ids=["qt-tester", "python-tester"])
def test_model_passes_the_model_tester_through_paging_sorting_and_resets(
    qtmodeltester, store, team_id, force_py
) -> None:  # type: ignore[no-untyped-def]
    """More rows than the first page, archived (grey) and overdue (red) rows, and the
    resets that sorting and searching make: no listener may see rows fetched mid-reset."""
    from app.customers.listing import CustomerQuery

    for n in range(FIRST_BATCH + 15):
        cid = customers.create_customer(
            store, team_id, {"name": f"Testi {n:03} Oy", "archived": n % 7 == 0}
        )
        if n % 5 == 0:
            interactions.log_interaction(
                store,
                cid,
                {"occurred_on": date(2024, 1, 2), "summary": "Soitto", "next_step": "Tarjous"}
                | {"next_step_due": date(2024, 1, 9)},
            )
    model = CustomerTableModel(store, CustomerQuery(team_id=team_id, include_archived=True))
    qtmodeltester.check(model, force_py=force_py)
    model.sort(8, Qt.SortOrder.DescendingOrder)  # a reset back to the first page
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == FIRST_BATCH + 15
    model.refresh()
    model.set_query(CustomerQuery(team_id=team_id, search="Testi 00"))
    assert model.rowCount() == 8  # Testi 000–009 without the archived 000 and 007
    model.set_query(CustomerQuery(team_id=team_id, search="ei ketaan"))
    assert model.rowCount() == 0


def test_window_layout_and_panel_are_remembered(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from views.main_window import MainWindow

    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.resize(700, 500)
    first.close()
    settings = QSettings(ctx.settings.fileName(), QSettings.Format.IniFormat)
    assert settings.value("window/geometry") is not None
    second = MainWindow(ctx)
    qtbot.addWidget(second)
    assert second.size().width() == 700


def test_members_are_added_and_offered_as_owners(qtbot, panel, ctx) -> None:  # type: ignore[no-untyped-def]
    from views.team_dialog import TeamMembersDialog

    dialog = TeamMembersDialog(ctx, panel)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    qtbot.keyClicks(dialog.email, "not-an-address")
    dialog.add_member()
    assert dialog.form.error("name") and dialog.form.error("email")
    assert dialog.table.rowCount() == 2  # refused, nothing added
    qtbot.keyClicks(dialog.name, "Venla Virtanen")
    dialog.email.setText("venla@example.fi")
    dialog.add_member()
    assert dialog.table.rowCount() == 3
    owner = panel.detail.record.owner
    owners = [owner.itemText(i) for i in range(owner.count())]
    assert "Venla Virtanen" in owners


def test_referral_by_an_advocate_contact_is_saved_and_shown(qtbot, panel, ctx) -> None:  # type: ignore[no-untyped-def]
    advocate_org = customers.create_customer(ctx.store, ctx.team_id, {"name": "Suosittelija Oy"})
    advocate = contacts.create_contact(
        ctx.store, advocate_org, {"name": "Onni Ojala", "advocate": True}
    )
    new_id = customers.create_customer(ctx.store, ctx.team_id, {"name": "Uusi Asiakas Oy"})
    panel.select_customer(new_id)
    detail = panel.detail
    qtbot.keyClicks(detail.record.referral.picker, "Suosittelija Oy")
    assert detail.record.referral.picker.customer_id == advocate_org
    detail.record.referral.contact.setCurrentIndex(
        detail.record.referral.contact.findData(advocate)
    )
    detail.record.save_button.click()
    saved = customers.get_customer(ctx.store, new_id)
    assert saved.referred_by_contact_id == advocate
    panel.select_customer(advocate_org)
    panel.select_customer(new_id)
    assert detail.record.referral.picker.text() == "Suosittelija Oy"
    assert detail.record.referral.contact.currentData() == advocate
    ctx.undo_stack.undo()
    assert customers.get_customer(ctx.store, new_id).referred_by_contact_id is None


def test_an_undo_the_data_no_longer_allows_is_dropped_with_a_message(
    qtbot, panel, ctx, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    add_customer(qtbot, panel, "Lyhytikäinen Oy")
    cid = panel.detail.customer_id
    panel.detail.record.name.setText("Muutettu Oy")
    panel.detail.record.save_button.click()
    customers.delete_customer(ctx.store, cid)  # gone behind the edit's back
    ctx.undo_stack.undo()
    assert len(shown) == 1 and "Could not undo" in shown[0] and "no longer exists" in shown[0]
    assert ctx.undo_stack.count() == 1  # the impossible step was dropped, the add remains


def test_header_sorting_requeries_only_when_the_order_changes(qtbot, panel, ctx) -> None:  # type: ignore[no-untyped-def]
    for name in ("Beeta Oy", "Alfa Oy", "Gamma Oy"):
        customers.create_customer(ctx.store, ctx.team_id, {"name": name})
    refreshed(qtbot)
    assert visible_names(panel.table) == ["Alfa Oy", "Beeta Oy", "Gamma Oy"]
    panel.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    # The first page of the new order is read off the GUI thread.
    qtbot.waitUntil(lambda: visible_names(panel.table) == ["Gamma Oy", "Beeta Oy", "Alfa Oy"])
    before = panel.model.query
    panel.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert panel.model.query is before  # same order: the rows are not fetched again


def test_hidden_panel_is_only_marked_dirty_and_catches_up_when_shown(
    qtbot, window, ctx, unsaved
) -> None:  # type: ignore[no-untyped-def]
    panel = window.panels["customers"]
    cid = customers.create_customer(ctx.store, ctx.team_id, {"name": "Näkyvä Oy"})
    refreshed(qtbot)
    panel.select_customer(cid)
    panel.detail.record.name.setText("Näkyvä Oy (typed, not saved)")
    unsaved.answer("cancel")  # leaving the panel asks first; stay and keep the typing
    window.navigation.setCurrentRow(list(window.panels).index("ladder"))
    assert panel.isVisible() and unsaved.asked == ["The customer Näkyvä Oy"]
    # The typing is kept in a hidden panel too; the window asks again when it would be lost.
    panel.detail.record.fill(panel.detail._loaded)
    window.navigation.setCurrentRow(list(window.panels).index("ladder"))
    assert not panel.isVisible()
    panel.detail.record.name.setText("Näkyvä Oy (typed, not saved)")

    customers.create_customer(ctx.store, ctx.team_id, {"name": "Piilossa Lisätty Oy"})
    interactions.log_interaction(
        ctx.store, cid, {"occurred_on": date.today(), "summary": "Käynti piilossa"}
    )
    assert panel.refresher.dirty
    refreshed(qtbot)
    assert visible_names(panel.table) == ["Näkyvä Oy"]  # no work while hidden
    assert panel.detail.timeline.tree.topLevelItemCount() == 0

    window.navigation.setCurrentRow(list(window.panels).index("customers"))
    assert not panel.refresher.dirty
    assert visible_names(panel.table) == ["Näkyvä Oy", "Piilossa Lisätty Oy"]
    assert panel.detail.timeline.tree.topLevelItemCount() == 1
    # Only the touched parts were redone: the unsaved typing in the form is still there.
    assert panel.detail.record.name.text() == "Näkyvä Oy (typed, not saved)"
    assert panel.detail.customer_id == cid
    unsaved.answer("discard")  # the window's closing at the end asks about it


def test_visible_panel_refreshes_at_once_and_only_what_a_change_touched(
    qtbot, panel, ctx, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    cid = customers.create_customer(ctx.store, ctx.team_id, {"name": "Kosketus Oy"})
    panel.select_customer(cid)
    refreshed(qtbot)  # the panel is up to date before the change whose refresh is counted
    reloads: list[str] = []
    monkeypatch.setattr(panel.model, "refresh", lambda: reloads.append("table"))
    monkeypatch.setattr(panel.detail.contacts, "reload", lambda: reloads.append("contacts"))
    monkeypatch.setattr(panel.detail.timeline, "reload", lambda: reloads.append("timeline"))
    interactions.log_interaction(ctx.store, cid, {"occurred_on": date.today(), "summary": "Soitto"})
    refreshed(qtbot)
    assert reloads == ["table", "timeline"]  # last contact in the table, and the timeline
    reloads.clear()
    from app.segments import records as segments

    segmentation = segments.create_segmentation(ctx.store, ctx.team_id, "Koko", ["Pieni"])
    refreshed(qtbot)
    assert reloads == []  # the table does not list segments
    combo = panel.detail.findChild(SegmentBox).findChild(QComboBox, f"segmentation_{segmentation}")
    assert combo is not None and combo.isEnabled()


def test_member_added_in_the_dialog_is_undone_and_redone(qtbot, panel, ctx) -> None:  # type: ignore[no-untyped-def]
    from views.team_dialog import TeamMembersDialog

    dialog = TeamMembersDialog(ctx, panel)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Venla Virtanen")
    added = dialog.add_member()
    assert added is not None and dialog.table.rowCount() == 3
    assert ctx.undo_stack.undoText() == "Add member Venla Virtanen"
    ctx.undo_stack.undo()
    assert [m["id"] for m in teams.members_of(ctx.store, ctx.team_id)].count(added) == 0
    assert dialog.table.rowCount() == 2  # the open dialog follows the undo
    owner = panel.detail.record.owner
    owners = [owner.itemText(i) for i in range(owner.count())]
    assert "Venla Virtanen" not in owners
    ctx.undo_stack.redo()
    assert added in [m["id"] for m in teams.members_of(ctx.store, ctx.team_id)]
    assert dialog.table.rowCount() == 3


def test_undoing_a_member_add_once_the_member_is_referenced_is_dropped_with_a_message(
    qtbot, panel, ctx, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from views.team_dialog import TeamMembersDialog

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    dialog = TeamMembersDialog(ctx, panel)
    qtbot.addWidget(dialog)
    dialog.name.setText("Onni Omistaja")
    added = dialog.add_member()
    customers.create_customer(ctx.store, ctx.team_id, {"name": "Omistettu Oy", "owner_id": added})
    steps = ctx.undo_stack.count()
    ctx.undo_stack.undo()
    assert len(shown) == 1 and "Could not undo" in shown[0] and "Onni Omistaja" in shown[0]
    assert ctx.undo_stack.count() == steps - 1  # the step that cannot be done was dropped
    assert added in [m["id"] for m in teams.members_of(ctx.store, ctx.team_id)]


def test_renaming_a_customer_out_of_the_loaded_rows_saves_without_a_question(
    qtbot, panel, ctx, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """The saved row moves beyond the loaded page: the table must not take that for the
    user picking another customer and ask about the very input being saved."""
    for n in range(FIRST_BATCH + 20):
        customers.create_customer(ctx.store, ctx.team_id, {"name": f"Asiakas {n:03d}"})
    panel.model.reload()
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or 0)
    first = panel.model.index(0, 0).data(ID_ROLE)
    panel.select_customer(first)
    qtbot.waitUntil(lambda: panel.detail.customer_id == first)
    panel.detail.record.name.setText("Ö-asiakas viimeisenä")
    assert panel.detail.save()
    assert asked == []
    assert customers.get_customer(ctx.store, first).name == "Ö-asiakas viimeisenä"
    assert panel.selected_id() == first  # the saved customer stays chosen, rows loaded to it


def test_the_detail_pane_builds_what_other_areas_declare_in_order(panel) -> None:  # type: ignore[no-untyped-def]
    """Success and team sync declare their tabs, segments, governance and team sync their
    boxes (app/<area>/__init__.py); the pane shows them where it always did."""
    from PySide6.QtWidgets import QWidget

    detail = panel.detail
    titles = [detail.tabText(i) for i in range(detail.count())]
    assert titles == ["Details", "Contacts", "Timeline", "Success", "History"]
    names = [detail.widget(i).objectName() for i in (3, 4)]
    assert names == ["customerSuccessTab", "customerHistory"]
    boxes = [box.objectName() for box in detail.record.boxes]
    assert boxes == ["conflictBanner", "segmentBox", "governanceBox"]
    # The banner is a row of the form under the heading; the others follow the scores.
    assert detail.record.form.indexOf(detail.record.findChild(QWidget, "conflictBanner")) == 1
