"""Contact persons: buying-centre roles, advocates, marketing consent."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.areas import hooks
from app.changes import Changes, Kind
from app.deletion import RowSnapshot, delete_with_snapshot, restore
from app.errors import InvalidRecord, existing, raise_if
from app.store import Store
from models.all import metadata
from models.customer import Contact, Customer
from models.rules import (
    NAME_MAX,
    TEXT_MAX,
    ValidationError,
    check_required,
    clean_text,
    normalize_email,
    normalize_phone,
    parse_date,
    parse_roles,
)

CONTACT_FIELDS = (
    "name",
    "title",
    "email",
    "phone",
    "roles",
    "advocate",
    "marketing_consent",
    "consent_date",
    "notes",
)

CONTACT_TABLE = metadata.tables["contact"]


def clean_contact(data: dict[str, Any]) -> dict[str, Any]:
    errors: list[ValidationError] = []
    out: dict[str, Any] = {}
    rules: dict[str, Any] = {
        "name": lambda v: check_required(v, "name"),
        "title": lambda v: clean_text(v, "title", NAME_MAX),
        "email": normalize_email,
        "phone": normalize_phone,
        "roles": parse_roles,
        "consent_date": lambda v: parse_date(v, "consent_date"),
        "notes": lambda v: clean_text(v, "notes", TEXT_MAX, multiline=True),
        "advocate": bool,
        "marketing_consent": bool,
    }
    for key, rule in rules.items():
        if key in data:
            try:
                out[key] = rule(data[key])
            except ValidationError as error:
                errors.append(error)
    if errors:
        raise InvalidRecord(errors)
    return out


def contacts_of(store: Store, customer_id: int) -> list[dict[str, Any]]:
    with store.read() as session:
        rows = session.execute(
            select(Contact.__table__)
            .where(Contact.customer_id == customer_id)
            .order_by(Contact.name)
        )
        return [dict(row._mapping) for row in rows]


def create_contact(store: Store, customer_id: int, data: dict[str, Any]) -> int:
    values = clean_contact({"name": data.get("name", ""), **data})
    with store.write(Changes.of(Kind.CONTACT)) as session:
        errors: list[ValidationError] = []
        existing(session, Customer.id, customer_id, "customer", errors, required=True)
        raise_if(errors)
        contact = Contact(customer_id=customer_id, **values)
        session.add(contact)
        session.flush()
        return contact.id


def update_contact(store: Store, contact_id: int, data: dict[str, Any]) -> dict[str, Any]:
    values = clean_contact(data)
    with store.write(Changes.of(Kind.CONTACT, ids={contact_id})) as session:
        contact = session.get(Contact, contact_id)
        if contact is None:
            raise LookupError(contact_id)
        previous = {key: getattr(contact, key) for key in values}
        for key, value in values.items():
            setattr(contact, key, value)
        return previous


def delete_contact(store: Store, contact_id: int) -> RowSnapshot:
    """Delete a contact with the meetings it was in; undo ties its referrals again."""
    with store.write(Changes.of(Kind.CONTACT, ids={contact_id})) as session:
        row = session.execute(select(Contact.__table__).where(Contact.id == contact_id)).first()
        if row is None:
            raise LookupError(contact_id)
        for hook in hooks("contact_deleted"):  # success: a key contact gone, at risk
            hook(session, row._mapping)
        return delete_with_snapshot(session, CONTACT_TABLE, [contact_id])


def restore_contact(store: Store, snapshot: RowSnapshot) -> int:
    contact_id = int(snapshot.root_ids[0])
    contact = dict(snapshot.rows[snapshot.root][0])
    restore(
        store,
        snapshot,
        Changes.of(Kind.CONTACT, ids={contact_id}),
        after=lambda session: _restored(session, contact),
    )
    return contact_id


def _restored(session: Session, contact: dict[str, Any]) -> None:
    for hook in hooks("contact_restored"):  # success: the flag the deletion raised goes
        hook(session, contact)


def get_contact(store: Store, contact_id: int) -> dict[str, Any] | None:
    """A contact with its customer's name (for showing who referred a customer)."""
    with store.read() as session:
        row = session.execute(
            select(
                Contact.id,
                Contact.name,
                Contact.customer_id,
                Customer.name.label("customer_name"),
            )
            .join(Customer, Customer.id == Contact.customer_id)
            .where(Contact.id == contact_id)
        ).first()
        return dict(row._mapping) if row else None
