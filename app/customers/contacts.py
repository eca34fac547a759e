"""Contact persons: buying-centre roles, advocates, marketing consent (its history is the
privacy area's: app/privacy/consent.py, written in the same transaction as the edit)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.areas import hooks
from app.changes import Changes, Kind
from app.deletion import RowSnapshot, delete_with_snapshot, restore
from app.errors import existing, raise_if
from app.operations import edit_fields
from app.privacy import consent
from app.privacy.erase import is_erased
from app.store import Store
from models.all import metadata
from models.customer import Contact, Customer
from models.customer_fields import CONTACT, ContactRecord
from models.fields import check_values
from models.ids import ContactId
from models.rules import QT_TRANSLATE_NOOP, ValidationError

# The fields a contact's form and an import write (models/customer_fields.py).
CONTACT_FIELDS = tuple(field.key for field in CONTACT.edited())

CONTACT_TABLE = metadata.tables["contact"]


def clean_contact(data: dict[str, Any]) -> dict[str, Any]:
    """Validate and normalise the fields present in `data` by the catalogue's rules."""
    out, errors = check_values(CONTACT, data)
    raise_if(errors)
    return out


def contacts_of(store: Store, customer_id: int) -> list[ContactRecord]:
    """A customer's contact persons in name order."""
    with store.read() as session:
        rows = session.scalars(
            select(Contact).where(Contact.customer_id == customer_id).order_by(Contact.name)
        )
        return [contact_record(contact) for contact in rows]


def contact_record(contact: Contact) -> ContactRecord:
    values = {key: getattr(contact, key) for key in CONTACT.field_keys()}
    return ContactRecord(
        id=ContactId(contact.id), uuid=contact.uuid, customer_id=contact.customer_id, **values
    )


def create_contact(store: Store, customer_id: int, data: dict[str, Any]) -> int:
    """Add a contact (with consent: its history's first row, in the same write)."""
    values = clean_contact({"name": data.get("name", ""), **data})
    with store.write(Changes.of(Kind.CONTACT)) as session:
        errors: list[ValidationError] = []
        existing(session, Customer.id, customer_id, "customer", errors, required=True)
        raise_if(errors)
        contact = Contact(customer_id=customer_id, **values)
        session.add(contact)
        session.flush()
        consent.record_new(session, contact, data.get(consent.CHANGE))
        return contact.id


def update_contact(store: Store, contact_id: ContactId, data: dict[str, Any]) -> dict[str, Any]:
    """Apply changes; return the previous values of the changed fields (for undo).

    A change of the consent adds a row to its history; the values returned then carry what
    takes that row away again (`consent.CHANGE`), so undo and redo keep the two in step."""
    values = dict(data)
    how = values.pop(consent.CHANGE, None)
    before: list[tuple[bool, Any]] = []
    undo: dict[str, Any] = {}

    def check(session: Session, row: Contact, cleaned: dict[str, Any]) -> None:
        _not_erased(session, row, cleaned)
        before.append((row.marketing_consent, row.consent_date))

    def after(session: Session, row: Contact, _cleaned: dict[str, Any]) -> None:
        undo.update(consent.follow_edit(session, row, before[0], how))

    changes = Changes.of(Kind.CONTACT, Kind.CONSENT, ids={contact_id})
    previous = edit_fields(
        store, Contact, contact_id, values, changes, clean=clean_contact, check=check, after=after
    )
    if undo:
        previous[consent.CHANGE] = undo
    return previous


def _not_erased(session: Session, contact: Contact, values: dict[str, Any]) -> None:
    """An erased person's personal fields are not written again (issue 23): every other
    laptop would take the values out again, this one would show them."""
    personal = set(CONTACT.personal()) & set(values)
    if not personal:
        return
    if is_erased(session, "contact", contact.uuid):
        raise_if(
            [
                ValidationError(
                    sorted(personal)[0],
                    QT_TRANSLATE_NOOP(
                        "rules", "This person has been erased: their data is not written again."
                    ),
                )
            ]
        )


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


def get_contact(store: Store, contact_id: ContactId) -> ContactRecord | None:
    with store.read() as session:
        contact = session.get(Contact, contact_id)
        return None if contact is None else contact_record(contact)
