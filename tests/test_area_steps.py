"""The step builders of customers, team members, the ladder, governance and the import
(app/*/steps.py, app/team_steps.py, app/importing/undo.py), without Qt: each step's first
run, undo and redo, and its text, as `ctx.run` and the undo stack call them."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from app import team_steps, teams
from app.customers import contacts, interactions
from app.customers import records as customers
from app.customers import steps as customer_steps
from app.errors import InvalidRecord
from app.governance import actions, meetings
from app.governance import plan as governance_plan
from app.governance import steps as governance_steps
from app.importing.apply import ImportUndo
from app.importing.undo import import_step
from app.ladder import steps as ladder_steps
from app.operations import Phrase, Step
from app.store import Store
from models.governance import Meeting


def run(step: Step[Any]) -> list[Any]:
    """first, undo, redo, undo: each state as the undo stack passes it on."""
    states = [step.first()]
    states.append(step.undo(states[-1]))
    states.append(step.redo(states[-1]))
    states.append(step.undo(states[-1]))
    return states


def test_adding_a_customer_is_undone_and_redone_with_the_same_id(
    store: Store, team_id: int
) -> None:
    step = customer_steps.add_customer(store, team_id, {"name": "  Uusi Oy "})
    assert step.text == Phrase("CustomerDetail", "Add customer {name}", {"name": "Uusi Oy"})
    new_id = step.first()
    assert customers.get_customer(store, new_id) is not None
    snapshot = step.undo(new_id)
    assert customers.get_customer(store, new_id) is None
    assert step.redo(snapshot) == new_id
    assert customers.get_customer(store, new_id).name == "Uusi Oy"  # type: ignore[union-attr]


def test_editing_archiving_and_deleting_a_customer(store: Store, team_id: int) -> None:
    cid = customers.create_customer(store, team_id, {"name": "Vanha Oy", "city": "Oulu"})
    edit = customer_steps.edit_customer(store, cid, {"city": "Vaasa"}, " Vanha Oy ")
    assert edit.text.args == {"name": "Vanha Oy"}
    assert run(edit) == [{"city": "Oulu"}, {"city": "Vaasa"}, {"city": "Oulu"}, {"city": "Vaasa"}]
    assert customers.get_customer(store, cid).city == "Oulu"  # type: ignore[union-attr]

    archive = customer_steps.archive_customer(store, cid, "Vanha Oy", archived=True)
    assert archive.text.source == "Archive {name}"
    archive.first()
    assert customers.get_customer(store, cid).archived  # type: ignore[union-attr]
    restore = customer_steps.archive_customer(store, cid, "Vanha Oy", archived=False)
    assert restore.text.source == "Restore {name}"

    told: list[int] = []
    delete = customer_steps.delete_customer(store, cid, "Vanha Oy", told.append)
    states = run(delete)  # deleted, back, deleted, back
    assert states[1] == states[3] == cid and told == [cid, cid]  # the panel selects it
    delete.redo(states[-1])
    assert customers.get_customer(store, cid) is None


def test_contact_and_interaction_steps(store: Store, team_id: int) -> None:
    cid = customers.create_customer(store, team_id, {"name": "Yhteys Oy"})
    add = customer_steps.add_contact(store, cid, {"name": "Saara Salo"})
    contact_id = add.first()
    edit = customer_steps.edit_contact(store, contact_id, {"name": "Saara Kallio"})
    assert edit.text.args == {"name": "Saara Kallio"}
    assert edit.first() == {"name": "Saara Salo"}
    delete = customer_steps.delete_contact(store, contact_id, "Saara Kallio")
    states = run(delete)  # deleted, back, deleted, back
    assert states[1] == states[3] == contact_id
    assert [c.name for c in contacts.contacts_of(store, cid)] == ["Saara Kallio"]
    delete.redo(states[-1])
    assert contacts.contacts_of(store, cid) == []

    log = customer_steps.log_interaction(
        store, cid, {"occurred_on": date.today(), "summary": "Käynti"}
    )
    interaction_id = log.first()
    assert len(interactions.timeline(store, cid)) == 1
    delete_interaction = customer_steps.delete_interaction(store, interaction_id)
    states = run(delete_interaction)
    assert states[3] == interaction_id and len(interactions.timeline(store, cid)) == 1
    delete_interaction.redo(states[-1])
    assert interactions.timeline(store, cid) == []


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


def test_a_ladder_move_step(store: Store, team_id: int) -> None:
    cid = customers.create_customer(store, team_id, {"name": "Tikas Oy"})
    move = ladder_steps.move(store, cid, "Tikas Oy", "A2", date.today(), "Toinen tilaus", None)
    assert move.text.args == {"name": "Tikas Oy", "level": "A2"}
    run(move)
    assert customers.get_customer(store, cid).ladder_level == "A3"  # type: ignore[union-attr]


def test_governance_steps(store: Store, team_id: int) -> None:
    aino = teams.members_of(store, team_id)[0]["id"]
    values = {"title": " Soita ", "owner_member_id": aino, "due_on": date(2026, 3, 1)}
    add = governance_steps.add_action(store, team_id, None, values)
    assert add.text == Phrase("", "Add action {title}", {"title": "Soita"})
    action_id = add.first()
    close = governance_steps.close_action(store, action_id, "Soita")
    assert close.first() == {"status": "open", "done_on": None}
    close.undo({"status": "open", "done_on": None})
    series = governance_steps.plan_series(
        store,
        team_id,
        {
            "title": "Viikkopalaveri",
            "meeting_type": "sales",
            "cadence": "weekly",
            "weekday": 1,
            "starts_on": date(2026, 1, 1),
        },
    ).first()
    assert governance_plan.get_series(store, series) is not None
    end = governance_steps.end_series(store, series, "Viikkopalaveri", "31.1.2026")
    assert end.text.source == "End series {title}"
    assert end.first() == {"ends_on": None}
    assert actions.update_action(store, action_id, {"status": "done"}, date(2026, 2, 1)) == {
        "status": "open",
        "done_on": None,
    }


def test_a_meeting_edit_is_checked_on_the_meeting_as_saved(store: Store, team_id: int) -> None:
    series = governance_plan.plan_series(
        store,
        team_id,
        {
            "title": "Kuukausipalaveri",
            "meeting_type": "sales",
            "cadence": "weekly",
            "weekday": 1,
            "starts_on": date(2026, 1, 1),
        },
        today=date(2026, 1, 1),
    )
    with store.read() as session:
        meeting_id = session.execute(
            select(Meeting.id).where(Meeting.series_id == series).limit(1)
        ).scalar_one()
    edit = governance_steps.edit_meeting(store, meeting_id, "Kuukausipalaveri", {"outcome": "met"})
    with pytest.raises(InvalidRecord):  # not held: nothing is saved
        edit.first()
    assert meetings.get_meeting(store, meeting_id)["outcome"] is None  # type: ignore[index]
    held = {"status": "held", "outcome": "met", "outcome_note": "Hyvin"}
    assert governance_steps.edit_meeting(store, meeting_id, "K", held).first() == {
        "status": "planned",
        "outcome": None,
        "outcome_note": None,
    }


def test_the_import_step_hands_on_what_the_import_did_and_counts_it(store: Store) -> None:
    undo = ImportUndo()
    step = import_step(store, undo, 3)
    assert step.text == Phrase("ImportWizard", "Import %n customers", {}, 3)
    assert step.first() is undo
