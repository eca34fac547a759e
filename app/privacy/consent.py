"""A contact's marketing consent and its history (models/privacy.py).

One rule: the contact's two fields (`marketing_consent`, `consent_date`) are its current
consent, and every write that changes them through the app adds a `contact_consent` row in
the same transaction (given or withdrawn, on which day, from where, recorded by whom). So
the newest row always says what the fields say, and the history is never edited: an undo
takes the row its edit added away, its redo puts the same row (same UUID) back.

The customers area calls `follow_edit` from a contact's edit and `record_new` from its
creation; an import calls `record_imported` for the contacts it added with consent.
A contact whose consent was recorded before the history began has no row: its fields say
what is known (`History.before`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from app.store import Store
from models.base import new_uuid, utcnow
from models.customer import Contact
from models.dates import as_date
from models.privacy import ContactConsent
from models.team import Member
from models.vocabulary import ConsentSource

# The key of a contact edit's values that says what the edit does to the history (not a
# column: app/customers/contacts.py takes it out before the fields are saved). Given by
# the form: {"source": code, "note": text, "member": id}; in an undo step's values:
# {"remove": uuid} or {"restore": the row's values}.
CHANGE = "consent_change"

# The columns a row is put back with (its id is the database's).
_COLUMNS = ("uuid", "contact_id", "given", "changed_on", "source", "recorded_by_member_id",
            "note", "created_at", "updated_at")  # fmt: skip


@dataclass(frozen=True)
class Entry:
    """One row of a contact's consent history."""

    uuid: str
    given: bool
    changed_on: date
    source: str
    recorded_by: str | None  # the member's name
    note: str | None


@dataclass(frozen=True)
class History:
    """A contact's consent now and how it came to be, oldest first."""

    given: bool
    since: date | None  # the contact's consent date
    entries: tuple[Entry, ...]

    @property
    def before(self) -> bool:
        """The current consent was recorded before the history began (no row says it)."""
        return self.given and not self.entries


def _source(value: Any) -> str:
    codes = {s.value for s in ConsentSource}
    return value if value in codes else ConsentSource.FORM.value


def add_row(
    session: Session,
    contact_id: int,
    given: bool,
    on: date,
    source: str = ConsentSource.FORM.value,
    member_id: int | None = None,
    note: str | None = None,
) -> str:
    """Record one change of a contact's consent; return the row's UUID."""
    uuid = new_uuid()
    member = member_id if member_id and session.get(Member, member_id) is not None else None
    session.add(
        ContactConsent(
            uuid=uuid,
            contact_id=contact_id,
            given=bool(given),
            changed_on=on,
            source=_source(source),
            recorded_by_member_id=member,
            note=(note or "").strip() or None,
        )
    )
    session.flush()
    return uuid


def _given_on(contact: Contact) -> date:
    """The day a change of the contact's consent is recorded on: the consent's date when it
    was given with one, else today (a withdrawal is dated the day it is recorded)."""
    if contact.marketing_consent and contact.consent_date is not None:
        return as_date(contact.consent_date) or date.today()
    return date.today()


def record_new(session: Session, contact: Contact, how: dict[str, Any] | None) -> None:
    """A new contact with consent: its first row."""
    if contact.marketing_consent:
        how = how or {}
        add_row(session, contact.id, True, _given_on(contact), how.get("source", "form"),
                how.get("member"), how.get("note"))  # fmt: skip


def follow_edit(
    session: Session,
    contact: Contact,
    before: tuple[bool, date | None],
    how: dict[str, Any] | None,
) -> dict[str, Any]:
    """Keep the history in step with an edit of `contact` whose consent fields were
    `before`; return what undoes it (the CHANGE of the reversing edit, or {})."""
    how = how or {}
    if "remove" in how:  # an undo: the row its edit added goes
        row = session.execute(
            select(*(ContactConsent.__table__.c[c] for c in _COLUMNS)).where(
                ContactConsent.uuid == how["remove"]
            )
        ).first()
        if row is None:
            return {}
        session.execute(delete(ContactConsent).where(ContactConsent.uuid == how["remove"]))
        return {"restore": dict(row._mapping)}
    if "restore" in how:  # a redo: the same row again
        session.execute(insert(ContactConsent), [how["restore"]])
        return {"remove": how["restore"]["uuid"]}
    now = (bool(contact.marketing_consent), as_date(contact.consent_date))
    if now == (bool(before[0]), as_date(before[1])):
        return {}
    uuid = add_row(session, contact.id, now[0], _given_on(contact), how.get("source", "form"),
                   how.get("member"), how.get("note"))  # fmt: skip
    return {"remove": uuid}


def record_imported(session: Session, uuids: Iterable[str]) -> int:
    """A row (source "import") for each contact of `uuids` that came with consent; how many."""
    wanted = list(uuids)
    now, today = utcnow(), date.today()
    rows: list[dict[str, Any]] = []
    for start in range(0, len(wanted), 400):
        found = session.execute(
            select(Contact.id, Contact.consent_date).where(
                Contact.uuid.in_(wanted[start : start + 400]), Contact.marketing_consent
            )
        ).all()
        rows += [
            {"uuid": new_uuid(), "contact_id": r.id, "given": True,
             "changed_on": as_date(r.consent_date) or today, "source": ConsentSource.IMPORT.value,
             "recorded_by_member_id": None, "note": None, "created_at": now, "updated_at": now}
            for r in found
        ]  # fmt: skip
    if rows:
        session.execute(insert(ContactConsent), rows)
    return len(rows)


def history_in(session: Session, contact_id: int) -> History:
    """A contact's consent history (oldest first) with its current consent."""
    contact = session.get(Contact, contact_id)
    if contact is None:
        raise LookupError(contact_id)
    rows = session.execute(
        select(ContactConsent, Member.name)
        .outerjoin(Member, Member.id == ContactConsent.recorded_by_member_id)
        .where(ContactConsent.contact_id == contact_id)
        .order_by(ContactConsent.changed_on, ContactConsent.created_at, ContactConsent.id)
    ).all()
    entries = tuple(
        Entry(row.uuid, row.given, as_date(row.changed_on), row.source, name, row.note)
        for row, name in rows
    )
    return History(bool(contact.marketing_consent), as_date(contact.consent_date), entries)


def consent_history(store: Store, contact_id: int) -> History:
    """The read a view asks for (on a worker): a contact's consent history."""
    with store.read() as session:
        return history_in(session, contact_id)
