"""The customers area's user actions as undoable steps (app/operations.py).

Each function is one thing a user does in the Customers panel: it names the step (in the
translation context of the view that offers it, so the Finnish stays) and says how the
action is undone and redone. The views only run the step: `ctx.run(step, initiator=…)`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.customers import contacts, interactions, records
from app.deletion import RowSnapshot
from app.operations import Step, add_step, edit_step, remove_step
from app.store import Store
from models.ids import ContactId, CustomerId
from models.rules import QT_TRANSLATE_NOOP


def _name(data: dict[str, Any]) -> str:
    return str(data.get("name") or "").strip()


# --- customers ---------------------------------------------------------------------------


def add_customer(store: Store, team_id: int, data: dict[str, Any]) -> Step[int]:
    """A new customer from the detail pane's form; undo deletes it, redo puts it back."""
    return add_step(
        "CustomerDetail",
        QT_TRANSLATE_NOOP("CustomerDetail", "Add customer {name}"),
        lambda: records.create_customer(store, team_id, data),
        lambda customer_id: records.delete_customer(store, customer_id),
        lambda snapshot: records.restore_customer(store, snapshot),
        name=_name(data),
    )


def edit_customer(
    store: Store, customer_id: CustomerId, changes: dict[str, Any], name: str
) -> Step[dict[str, Any]]:
    """Save the fields the user changed (`name`: the customer's, for the step's text)."""
    return edit_step(
        "CustomerDetail",
        QT_TRANSLATE_NOOP("CustomerDetail", "Edit customer {name}"),
        lambda values: records.update_customer(store, customer_id, values),
        changes,
        name=name.strip(),
    )


def archive_customer(
    store: Store, customer_id: CustomerId, name: str, archived: bool
) -> Step[dict[str, Any]]:
    """Archive the customer (`archived`), or bring an archived one back to the list."""
    source = (
        QT_TRANSLATE_NOOP("CustomerPanel", "Archive {name}")
        if archived
        else QT_TRANSLATE_NOOP("CustomerPanel", "Restore {name}")
    )
    return edit_step(
        "CustomerPanel",
        source,
        lambda values: records.update_customer(store, customer_id, values),
        {"archived": archived},
        name=name,
    )


def delete_customer(
    store: Store,
    customer_id: int,
    name: str,
    restored: Callable[[int], object] | None = None,
) -> Step[RowSnapshot]:
    """Delete the customer with its contacts and interactions; undo puts all of it back.

    `restored(customer_id)` is told once an undo has brought the customer back (the panel
    selects it)."""

    def restore(snapshot: RowSnapshot) -> int:
        restored_id = records.restore_customer(store, snapshot)
        if restored is not None:
            restored(restored_id)
        return restored_id

    return remove_step(
        "CustomerPanel",
        QT_TRANSLATE_NOOP("CustomerPanel", "Delete {name}"),
        customer_id,
        lambda record_id: records.delete_customer(store, record_id),
        restore,
        name=name,
    )


# --- contacts ----------------------------------------------------------------------------


def add_contact(store: Store, customer_id: int, data: dict[str, Any]) -> Step[int]:
    return add_step(
        "ContactsTab",
        QT_TRANSLATE_NOOP("ContactsTab", "Add contact {name}"),
        lambda: contacts.create_contact(store, customer_id, data),
        lambda contact_id: contacts.delete_contact(store, contact_id),
        lambda snapshot: contacts.restore_contact(store, snapshot),
        name=_name(data),
    )


def edit_contact(store: Store, contact_id: ContactId, data: dict[str, Any]) -> Step[dict[str, Any]]:
    return edit_step(
        "ContactsTab",
        QT_TRANSLATE_NOOP("ContactsTab", "Edit contact {name}"),
        lambda values: contacts.update_contact(store, contact_id, values),
        data,
        name=_name(data),
    )


def delete_contact(store: Store, contact_id: int, name: str) -> Step[RowSnapshot]:
    return remove_step(
        "ContactsTab",
        QT_TRANSLATE_NOOP("ContactsTab", "Delete contact {name}"),
        contact_id,
        lambda record_id: contacts.delete_contact(store, record_id),
        lambda snapshot: contacts.restore_contact(store, snapshot),
        name=name,
    )


# --- interactions ------------------------------------------------------------------------


def log_interaction(
    store: Store,
    customer_id: int,
    data: dict[str, Any],
    member_ids: list[int] | None = None,
    contact_ids: list[int] | None = None,
) -> Step[int]:
    """A visit, call or meeting with who was there; undo takes it off the timeline."""
    return add_step(
        "LogInteractionDialog",
        QT_TRANSLATE_NOOP("LogInteractionDialog", "Log interaction"),
        lambda: interactions.log_interaction(store, customer_id, data, member_ids, contact_ids),
        lambda interaction_id: interactions.delete_interaction(store, interaction_id),
        lambda snapshot: interactions.restore_interaction(store, snapshot),
    )


def delete_interaction(store: Store, interaction_id: int) -> Step[RowSnapshot]:
    return remove_step(
        "TimelineTab",
        QT_TRANSLATE_NOOP("TimelineTab", "Delete interaction"),
        interaction_id,
        lambda record_id: interactions.delete_interaction(store, record_id),
        lambda snapshot: interactions.restore_interaction(store, snapshot),
    )
