"""A contact person named on the command line: by UUID or by e-mail address."""

from __future__ import annotations

import re

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.customer import Contact
from models.ids import ContactId
from models.rules import QT_TRANSLATE_NOOP

_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


class NotFound(LookupError):
    """No contact, or several, answer to the text: `message` (English template, context
    "privacy") and its values."""

    def __init__(self, message: str, **args: object) -> None:
        super().__init__(message.format(**args))
        self.message = message
        self.args_ = args


def find_contact(session: Session, text: str) -> ContactId:
    """The contact whose UUID, or whose e-mail address (any case), is `text`."""
    wanted = text.strip()
    if _UUID.match(wanted):
        found = session.scalars(select(Contact.id).where(Contact.uuid == wanted.lower())).all()
    else:
        found = session.scalars(
            select(Contact.id).where(func.lower(Contact.email) == wanted.lower())
        ).all()
    if not found:
        raise NotFound(
            QT_TRANSLATE_NOOP("privacy", "No contact person has the UUID or e-mail {text}."),
            text=wanted,
        )
    if len(found) > 1:
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "privacy",
                "{count} contact persons have the e-mail {text}: name one by its UUID.",
            ),
            count=len(found),
            text=wanted,
        )
    return ContactId(found[0])
