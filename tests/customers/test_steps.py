"""The customers area's step builders (app/customers/steps.py), without Qt: each step's first
run, undo and redo, and its text, as `ctx.run` and the undo stack call them."""

from __future__ import annotations

from datetime import date

from app.customers import contacts, interactions
from app.customers import records as customers
from app.customers import steps as customer_steps
from app.operations import Phrase
from app.store import Store
from tests.step_helpers import run


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
