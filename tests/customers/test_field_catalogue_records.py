"""What derives from the catalogues of the records beyond customers and contacts
(models/activity_fields.py, team_fields.py, governance_fields.py): validation by the
catalogue's rules with each record's cross-field rules kept, the forms' labels and limits,
the workbook's headers, and the names team sync's history and conflicts give a field.
tests/customers/test_field_catalogue.py holds the catalogues against the ORM."""

from __future__ import annotations

import dataclasses

import pytest

from app import teams
from app.customers import interactions
from app.errors import InvalidRecord
from app.excel.activity_sheets import interaction_columns
from app.excel.texts import Texts
from app.governance import actions, proposals
from models.activity_fields import INTERACTION
from models.fields import Catalogue
from models.governance_fields import ACTION_ITEM
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


# --- governance: action items and development proposals -------------------------------------


def test_an_action_item_is_checked_by_its_catalogue_with_its_own_messages() -> None:
    with pytest.raises(InvalidRecord) as refused:
        actions.clean_action({"title": " ", "due_on": None})
    assert {e.field: e.message for e in refused.value.errors} == {
        "title": "Say what is to be done.",
        "owner": "An action needs an owner.",  # the dialog's key for the owner
        "due_on": "An action needs a due date.",
    }
    assert actions.clean_action({"status": "done"}, partial=True) == {"status": "done"}
    with pytest.raises(InvalidRecord):  # an unknown status is refused, not a ValueError
        actions.clean_action({"status": "maybe"}, partial=True)
    with pytest.raises(InvalidRecord) as refused:
        actions.clean_action({"title": "x" * (LINE_MAX + 1)}, partial=True)
    assert list(refused.value.by_field()) == ["title"]
    assert set(ACTION_ITEM.field_keys()) - set(actions.EDITABLE) == {"done_on", "meeting_id"}


def test_a_proposal_is_checked_by_its_catalogue_and_its_decision_rule_kept(
    store, team_id: int
) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidRecord) as refused:
        proposals.add_proposal(store, team_id, "  ")
    assert [e.message for e in refused.value.errors] == ["Write the proposal in a line."]
    pid = proposals.add_proposal(store, team_id, " Uusi palaveri ", " Koska \n näin ")
    [row] = proposals.list_proposals(store, team_id)
    assert (row.id, row.title, row.description) == (pid, "Uusi palaveri", "Koska \n näin")
    with pytest.raises(InvalidRecord) as refused:
        proposals.handle_proposal(store, pid, "accepted", " ")
    assert list(refused.value.by_field()) == ["decision"]
    with pytest.raises(InvalidRecord) as refused:
        proposals.handle_proposal(store, pid, "maybe", "Päätettiin.")
    assert list(refused.value.by_field()) == ["status"]


def test_history_names_governance_fields_by_their_catalogues(qapp) -> None:  # type: ignore[no-untyped-def]
    from views.sync.texts import field_label

    assert field_label("title", "action_item") == "What"
    assert field_label("due_on", "action_item") == "Due"
    assert field_label("title", "development_proposal") == "Proposal"
    assert field_label("handled_on", "development_proposal") == "Decided on"
    assert field_label("title", "meeting_series") == "Title"  # no catalogue: the sync's own


@pytest.mark.gui
def test_governance_dialogs_take_labels_and_limits_from_the_catalogues(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    from views.governance.dialogs import ActionDialog, DecisionDialog, ProposalDialog

    action = ActionDialog(ctx, None)
    proposal = ProposalDialog(ctx, None)
    decision = DecisionDialog(None, "Uusi palaveri", "open", "")
    for dialog in (action, proposal, decision):
        qtbot.addWidget(dialog)

    def label(dialog, widget) -> str:  # type: ignore[no-untyped-def]
        return dialog.form.labelForField(widget.parentWidget()).text()

    assert action.title.maxLength() == proposal.title.maxLength() == LINE_MAX
    assert [label(action, w) for w in (action.title, action.owner, action.due)] == [
        "What",
        "Owner",
        "Due",
    ]
    assert label(proposal, proposal.description) == "Why / details"
    assert label(decision, decision.decision) == "Decision"
