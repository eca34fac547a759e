"""Finding the person a request is about: by the contact's UUID or by an e-mail address.

The command line (`main.py privacy export|erase --contact UUID-OR-EMAIL`) and anything else
that is handed a person from outside call `find_contact`. Errors are `InvalidRecord`s with
English templates (context "privacy"), so the window translates them and the command
line prints them as they are.
"""

from __future__ import annotations

import uuid as uuid_module

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import InvalidRecord
from models.customer import Contact, Customer
from models.ids import ContactId
from models.rules import QT_TRANSLATE_NOOP, ValidationError

FIELD = "contact"  # the field the errors name (the command line's --contact)
EMPTY = QT_TRANSLATE_NOOP("privacy", "Give a contact's UUID or e-mail address.")
NO_UUID = QT_TRANSLATE_NOOP("privacy", "No contact has the UUID {uuid}.")
NO_EMAIL = QT_TRANSLATE_NOOP("privacy", "No contact has the e-mail address {email}.")
SEVERAL = QT_TRANSLATE_NOOP(
    "privacy",
    "Several contacts have the e-mail address {email}: {contacts}. Give the UUID of one.",
)


def _uuid(text: str) -> str | None:
    try:
        return str(uuid_module.UUID(text))
    except ValueError:
        return None


def find_contact(session: Session, text: str) -> ContactId:
    """The id of the contact `text` names: its UUID, or its e-mail address (any case).

    Raises InvalidRecord when none does, or when several contacts share the address (the
    message lists each with its customer and UUID, so that one can be chosen)."""
    wanted = (text or "").strip()
    if not wanted:
        raise InvalidRecord([ValidationError(FIELD, EMPTY)])
    as_uuid = _uuid(wanted)
    if as_uuid is not None:
        found = session.scalar(select(Contact.id).where(Contact.uuid == as_uuid))
        if found is None:
            raise InvalidRecord([ValidationError(FIELD, NO_UUID, uuid=as_uuid)])
        return ContactId(found)
    rows = session.execute(
        select(Contact.id, Contact.uuid, Contact.name, Customer.name.label("customer"))
        .join(Customer, Customer.id == Contact.customer_id)
        .where(func.lower(Contact.email) == wanted.lower())
        .order_by(Customer.name, Contact.name)
    ).all()
    if not rows:
        raise InvalidRecord([ValidationError(FIELD, NO_EMAIL, email=wanted)])
    if len(rows) > 1:
        listed = "; ".join(f"{r.name} ({r.customer}, {r.uuid})" for r in rows)
        raise InvalidRecord([ValidationError(FIELD, SEVERAL, email=wanted, contacts=listed)])
    return ContactId(rows[0].id)
