"""Interactions: visits, calls, meetings… and the next step each one leaves."""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from app.changes import Changes, Kind
from app.deletion import RowSnapshot, delete_with_snapshot, restore
from app.errors import InvalidRecord, check_exist, chosen_ids, existing, raise_if
from app.store import Store
from models.activity_fields import INTERACTION
from models.all import metadata
from models.customer import (
    Contact,
    Customer,
    Interaction,
    interaction_contact,
    interaction_member,
)
from models.fields import check_values
from models.rules import QT_TRANSLATE_NOOP, ValidationError
from models.team import Member

INTERACTION_TABLE = metadata.tables["interaction"]


def clean_interaction(data: dict[str, Any]) -> dict[str, Any]:
    """Every field of the catalogue (models/activity_fields.py), missing ones as empty, by
    its rules; then the rule between two fields. Raise InvalidRecord with every rule broken."""
    every = {field.key: data.get(field.key) for field in INTERACTION.edited()}
    out, errors = check_values(INTERACTION, every)
    if out.get("next_step_due") and "next_step" in out and not out["next_step"]:
        errors.append(
            ValidationError(
                "next_step",
                QT_TRANSLATE_NOOP("rules", "A due date needs a next step to go with it."),
            )
        )
    raise_if(errors)
    return out


def _check_people(
    session: Session, customer_id: Any, member_ids: list[int], contact_ids: list[int]
) -> None:
    """The customer exists; the members are of its team and the contacts of its customers."""
    errors: list[ValidationError] = []
    existing(session, Customer.id, customer_id, "customer", errors, required=True)
    raise_if(errors)
    team = select(Customer.team_id).where(Customer.id == customer_id).scalar_subquery()
    check_exist(session, Member.id, member_ids, "members", errors, Member.team_id == team)
    in_team = select(Customer.id).where(Customer.team_id == team)
    check_exist(
        session, Contact.id, contact_ids, "contacts", errors, Contact.customer_id.in_(in_team)
    )
    raise_if(errors)


def log_interaction(
    store: Store,
    customer_id: int,
    data: dict[str, Any],
    member_ids: list[int] | None = None,
    contact_ids: list[int] | None = None,
) -> int:
    errors: list[ValidationError] = []
    members = chosen_ids(member_ids, "members", errors)
    contacts = chosen_ids(contact_ids, "contacts", errors)
    try:
        values = clean_interaction(data)
    except InvalidRecord as invalid:
        errors[:0] = invalid.errors
    raise_if(errors)
    with store.write(Changes.of(Kind.INTERACTION)) as session:
        _check_people(session, customer_id, members, contacts)
        interaction = Interaction(customer_id=customer_id, **values)
        session.add(interaction)
        session.flush()
        if members:
            session.execute(
                insert(interaction_member),
                [{"interaction_id": interaction.id, "member_id": m} for m in members],
            )
        if contacts:
            session.execute(
                insert(interaction_contact),
                [{"interaction_id": interaction.id, "contact_id": c} for c in contacts],
            )
        return interaction.id


def timeline(store: Store, customer_id: int) -> list[dict[str, Any]]:
    """The customer's interactions, newest first, with who was there and whom they met."""
    with store.read() as session:
        rows = [
            dict(r._mapping)
            for r in session.execute(
                select(Interaction.__table__)
                .where(Interaction.customer_id == customer_id)
                .order_by(Interaction.occurred_on.desc(), Interaction.id.desc())
            )
        ]
        ids = [r["id"] for r in rows]
        members = _names(session, interaction_member.c.member_id, Member, ids)
        contacts = _names(session, interaction_contact.c.contact_id, Contact, ids)
    for row in rows:
        row["members"] = sorted(members.get(row["id"], []))
        row["contacts"] = sorted(contacts.get(row["id"], []))
    return rows


def _names(session: Session, link: Any, entity: Any, ids: list[int]) -> dict[int, list[str]]:
    """interaction id -> names of the members (or contacts) linked to it."""
    table = link.table
    names: dict[int, list[str]] = {}
    for interaction_id, name in session.execute(
        select(table.c.interaction_id, entity.name)
        .join(entity, entity.id == link)
        .where(table.c.interaction_id.in_(ids))
    ):
        names.setdefault(interaction_id, []).append(name)
    return names


def delete_interaction(store: Store, interaction_id: int) -> RowSnapshot:
    with store.write(Changes.of(Kind.INTERACTION, ids={interaction_id})) as session:
        return delete_with_snapshot(session, INTERACTION_TABLE, [interaction_id])


def restore_interaction(store: Store, snapshot: RowSnapshot) -> int:
    interaction_id = int(snapshot.root_ids[0])
    restore(store, snapshot, Changes.of(Kind.INTERACTION, ids={interaction_id}))
    return interaction_id
