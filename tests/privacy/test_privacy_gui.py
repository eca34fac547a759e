"""The privacy views: a person's export from the Contacts tab (file chosen through a
patched QFileDialog, written off the GUI thread, read back with openpyxl and json), the
consent recorded from the contact form, and the privacy review dialog."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu

from app import teams
from app.customers import contacts
from app.privacy import review
from app.privacy.consent import consent_history
from tests.privacy.helpers import a_person
from tests.refresh_helpers import refreshed
from views.customers import contacts_tab
from views.privacy.review_dialog import open_review


@pytest.fixture
def tab(window: Any, ctx: Any, qtbot: Any) -> Any:
    panel = window.panels["customers"]
    person = a_person(ctx.store, ctx.team_id)
    refreshed(qtbot)
    panel.select_customer(person.customer_id)
    found = panel.detail.contacts
    qtbot.waitUntil(lambda: found.table.rowCount() == 1)
    found.table.selectRow(0)
    return found


@pytest.mark.parametrize("suffix", [".xlsx", ".json"])
def test_a_persons_data_is_exported_from_the_contacts_tab(
    tab: Any, window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    target = tmp_path / f"liisa{suffix}"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    tab.export_person()
    qtbot.waitUntil(lambda: str(target) in window.statusBar().currentMessage())
    if suffix == ".json":
        data = json.loads(target.read_text("utf-8"))
        rows = {r["key"]: r["value"] for r in data["sections"]["contact"]["rows"]}
        assert rows["phone"] == "040 123 4567"
    else:
        sheet = load_workbook(target).worksheets[1]
        values = {row[0]: row[1] for row in sheet.iter_rows(min_row=2, values_only=True)}
        assert (
            values["Puhelin"] == "040 123 4567"
        )  # Finnish: the language of content (ctx.language)


def test_the_contact_menu_offers_the_export(tab: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[list[str]] = []
    monkeypatch.setattr(
        QMenu, "popup", lambda menu, *_a: shown.append([a.text() for a in menu.actions()])
    )
    tab._context_menu(tab.table.visualRect(tab.table.model().index(0, 0)).center())
    assert "Export this person's data…" in shown[0]
    assert "Erase this person…" in shown[0]


def test_a_consent_given_in_the_form_is_recorded_with_its_source_and_who(
    tab: Any, ctx: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill(dialog: Any) -> int:
        dialog.consent.setChecked(True)
        box = dialog.consent_history
        box.source.setCurrentIndex(box.source.findData("meeting"))
        dialog.accept()
        return int(QDialog.DialogCode.Accepted)

    aino = next(m for m in teams.members_of(ctx.store, ctx.team_id) if m["name"] == "Aino Laine")
    ctx.me_by_team[ctx.team_id] = aino["id"]  # who uses this laptop (views/whoami.py)
    monkeypatch.setattr(contacts_tab, "run_dialog", fill)
    tab.edit_contact()
    contact_id = next(iter(tab.rows))
    (entry,) = consent_history(ctx.store, contact_id).entries
    assert entry.given and entry.source == "meeting" and entry.recorded_by == "Aino Laine"
    ctx.undo_stack.undo()
    assert consent_history(ctx.store, contact_id).entries == ()


def test_the_review_lists_the_person_and_keeps_the_period(
    tab: Any, ctx: Any, window: Any, qtbot: Any
) -> None:
    contact_id = next(iter(tab.rows))
    with ctx.store.write() as session:  # added long ago, last met in 2025
        session.execute(contacts.CONTACT_TABLE.update().values(created_at=datetime(2020, 1, 1)))
    # Last met on 4.3.2025: listed once the period is shorter than the time since.
    months = (date.today().year - 2025) * 12 + date.today().month - 4
    review.set_retention_months(ctx.store, ctx.team_id, months)
    dialog = open_review(ctx, window)
    qtbot.waitUntil(lambda: dialog.loaded)
    assert dialog.months.value() == months
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert dialog.model.rows[0].contact_id == contact_id
    assert dialog.model.data(dialog.model.index(0, 1)) == "Lammen Leipä Oy"
    assert dialog.erase_button.isVisibleTo(dialog)
    dialog.months.setValue(240)
    dialog.set_period()
    refreshed(qtbot)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0)
    assert dialog.empty.isVisibleTo(dialog)
    dialog.close()
