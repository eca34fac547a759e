"""What derives from the catalogues of the records beyond customers and contacts
(models/activity_fields.py, models/team_fields.py, …): validation by the catalogue's rules
with each record's cross-field rules kept, the forms' labels and limits, the workbook's
headers, and the names team sync's history and conflicts give a field.
tests/test_field_catalogue.py holds the catalogues against the ORM."""

from __future__ import annotations

import dataclasses

import pytest

from app import teams
from app.customers import interactions
from app.errors import InvalidRecord
from app.excel.activity_sheets import interaction_columns
from app.excel.texts import Texts
from models.activity_fields import INTERACTION
from models.fields import Catalogue
from models.rules import LINE_MAX, TEXT_MAX
from models.team_fields import MEMBER

# --- interactions ---------------------------------------------------------------------------


def _shorter(catalogue: Catalogue, key: str, limit: int) -> Catalogue:
    """The catalogue with one field's limit changed (a scratch copy)."""
    changed = dataclasses.replace(catalogue.field(key), limit=limit)
    return Catalogue(catalogue.table, [changed if f.key == key else f for f in catalogue])


def test_an_interaction_is_checked_by_its_catalogue(monkeypatch: pytest.MonkeyPatch) -> None:
    visit = {"occurred_on": "2.3.2026", "summary": "Käynti", "outcome": "Tarjous pyydetty"}
    assert interactions.clean_interaction(visit)["outcome"] == "Tarjous pyydetty"
    monkeypatch.setattr(interactions, "INTERACTION", _shorter(INTERACTION, "outcome", 5))
    with pytest.raises(InvalidRecord) as refused:
        interactions.clean_interaction(visit)
    assert list(refused.value.by_field()) == ["outcome"]


def test_every_interaction_field_is_checked_and_the_cross_field_rule_kept() -> None:
    with pytest.raises(InvalidRecord) as refused:
        interactions.clean_interaction({"next_step_due": "1.3.2026"})
    assert set(refused.value.by_field()) == {"occurred_on", "summary", "next_step"}
    cleaned = interactions.clean_interaction({"occurred_on": "2026-03-02", "summary": "a\nb"})
    assert cleaned == {
        "occurred_on": cleaned["occurred_on"],
        "kind": "visit",  # an empty type becomes the catalogue's default
        "summary": "a\nb",  # many lines
        "outcome": None,
        "next_step": None,
        "next_step_due": None,
    }
    assert [f.limit for f in INTERACTION if f.key in ("summary", "outcome", "next_step")] == [
        TEXT_MAX,
        LINE_MAX,
        LINE_MAX,
    ]


@pytest.mark.parametrize("language", ["en", "fi"])
def test_the_interactions_sheet_titles_its_fields_by_the_catalogue(language: str) -> None:
    texts = Texts(language)
    columns = dict(interaction_columns(texts))
    for field in INTERACTION:
        column = columns[field.key]
        assert column.header == texts.get("fields", field.title)
        if field.key != "next_step_due":  # as wide as its long header
            assert column.width == field.width
    assert columns["next_step_due"].width == max(12, len(columns["next_step_due"].header) + 3)
    assert columns["kind"].header == {"en": "Type", "fi": "Tyyppi"}[language]


def test_history_names_an_interaction_field_and_its_value_by_the_catalogue(qapp) -> None:  # type: ignore[no-untyped-def]
    from views.sync.texts import field_label, value_text

    assert field_label("occurred_on", "interaction") == "Date"
    assert field_label("kind", "interaction") == "Type"
    assert value_text("call", "kind", "interaction") == "call"  # the type's label
    assert value_text("x", "kind", "interaction") == "x"


@pytest.mark.gui
def test_the_log_dialog_takes_labels_and_limits_from_the_catalogue(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    from views.customers.dialogs import LogInteractionDialog

    dialog = LogInteractionDialog(ctx, None)
    qtbot.addWidget(dialog)
    for key, line in (("outcome", dialog.outcome), ("next_step", dialog.next_step)):
        assert line.maxLength() == INTERACTION.field(key).limit
    labels = {
        key: dialog.form.labelForField(widget.parentWidget()).text()  # type: ignore[union-attr]
        for key, widget in (("summary", dialog.summary), ("kind", dialog.kind))
    }
    assert labels == {"summary": "Summary", "kind": "Type"}


@pytest.mark.gui
def test_the_timeline_titles_its_columns_by_the_catalogue(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    from views.customers.timeline_tab import TimelineTab

    tab = TimelineTab(ctx)
    qtbot.addWidget(tab)
    header = tab.tree.headerItem()
    titles = [header.text(column) for column in range(tab.tree.columnCount())]
    assert titles == ["Date", "Type", "Summary", "Next step"]


# --- team members ---------------------------------------------------------------------------


def test_a_member_is_checked_by_its_catalogue(monkeypatch: pytest.MonkeyPatch) -> None:
    assert teams.clean_member({"name": " Aino ", "role": "coach"}) == {
        "name": "Aino",
        "role": "coach",
    }
    with pytest.raises(InvalidRecord) as refused:
        teams.clean_member({"name": "", "email": "aino@", "role": "boss", "active": 1})
    assert list(refused.value.by_field()) == ["name", "email", "role"]  # each rule once
    assert MEMBER.field_keys() == teams.MEMBER_FIELDS
    monkeypatch.setattr(teams, "MEMBER", _shorter(MEMBER, "name", 3))
    with pytest.raises(InvalidRecord):
        teams.clean_member({"name": "Aino"})


def test_history_names_a_member_field_and_its_value_by_the_catalogue(qapp) -> None:  # type: ignore[no-untyped-def]
    from views.sync.texts import field_label, value_text

    assert [field_label(key, "member") for key in MEMBER.field_keys()] == [
        "Name",
        "E-mail",
        "Role",
        "Active",
    ]
    assert value_text("team_leader", "role", "member") == "team leader"
    assert value_text(0, "active", "member") == "no"  # SQLite's 0 is a boolean here


@pytest.mark.gui
def test_the_members_dialog_takes_labels_and_limits_from_the_catalogue(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    from views.team_dialog import TeamMembersDialog

    dialog = TeamMembersDialog(ctx, None)
    qtbot.addWidget(dialog)
    assert dialog.name.maxLength() == MEMBER.field("name").limit
    assert dialog.email.maxLength() == MEMBER.field("email").limit
    label = dialog.form.labelForField(dialog.role.parentWidget())
    assert label is not None and label.text() == "Role"
    headers = [dialog.table.horizontalHeaderItem(c).text() for c in range(4)]
    assert headers == ["Name", "E-mail", "Role", "Status"]
