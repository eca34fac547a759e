"""The key-contact warning (seed 003 l. 1000–1002): when a contact holding the decider,
buyer or user role leaves the customer (marked as left, or deleted), the customer is
flagged at risk with a suggested next step, until someone resolves the flag.

`contact_deleted` and `contact_restored` run inside the customers area's delete and
restore transactions (app/customers/contacts.py), so the flag and the deletion are one
change and undoing the deletion withdraws the flag.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.changes import Changes, Kind
from app.store import Conflict, Store
from app.success.records import day, refuse, state, text
from app.success.rules import key_roles, not_in_future
from models.base import utcnow
from models.customer import Contact
from models.rules import ValidationError
from models.success import RiskFlag

CHANGES = Changes.of(Kind.RISK, Kind.CONTACT)


@dataclass(frozen=True)
class Flag:
    id: int
    customer_id: int
    cause: str
    contact_name: str
    roles: list[str]
    raised_on: date
    resolved_on: date | None
    resolution: str | None


def _raise(session: Session, contact: dict[str, Any], cause: str, raised_on: date) -> int | None:
    """A flag for a departing key contact (None when the contact held no key role or is
    already flagged)."""
    roles = key_roles(contact.get("roles"))
    if not roles:
        return None
    already = session.execute(
        select(RiskFlag.id).where(
            RiskFlag.contact_uuid == contact["uuid"],
            RiskFlag.resolved_on.is_(None),
            RiskFlag.deleted_at.is_(None),
        )
    ).first()
    if already:
        return None
    state(session, contact["customer_id"])  # at-risk reports start from the state row
    flag = RiskFlag(
        customer_id=contact["customer_id"],
        cause=cause,
        contact_id=contact["id"] if cause == "contact_left" else None,
        contact_uuid=contact["uuid"],
        contact_name=contact["name"],
        roles=",".join(roles),
        raised_on=raised_on,
    )
    session.add(flag)
    session.flush()
    return flag.id


def _withdraw(session: Session, contact_uuid: str, cause: str) -> None:
    session.execute(
        update(RiskFlag)
        .where(
            RiskFlag.contact_uuid == contact_uuid,
            RiskFlag.cause == cause,
            RiskFlag.resolved_on.is_(None),
            RiskFlag.deleted_at.is_(None),
        )
        .values(deleted_at=utcnow(), updated_at=utcnow())
    )


def contact_deleted(session: Session, contact: Any) -> None:
    """Hook: a contact row (a mapping of its columns) is being deleted, inside the
    deletion's transaction."""
    _raise(session, dict(contact), "contact_deleted", date.today())


def contact_restored(session: Session, contact: Any) -> None:
    """Hook: a deleted contact was put back; the flag its deletion raised goes."""
    _withdraw(session, contact["uuid"], "contact_deleted")


def mark_left(
    store: Store, contact_id: int, left_on: date | str | None, today: date | None = None
) -> int:
    """Mark that a contact left the customer; raise the flag if a key role left with them.
    Returns the contact's id (the undo is `unmark_left`)."""
    today = today or date.today()
    errors: list[ValidationError] = []
    when = day(left_on if left_on is not None else today, "left_on", errors)
    errors.extend(not_in_future(when, today, "left_on") if when else [])
    refuse(errors)
    assert when is not None
    with store.write(CHANGES) as session:
        contact = session.get(Contact, contact_id)
        if contact is None:
            raise LookupError(contact_id)
        if contact.left_on is not None:
            raise Conflict(contact_id)
        contact.left_on = when
        row = {c.key: getattr(contact, c.key) for c in Contact.__table__.columns}
        _raise(session, row, "contact_left", when)
        return contact_id


def unmark_left(store: Store, contact_id: int) -> int:
    """Undo of mark_left: the contact is back, and so is the customer's flag withdrawn."""
    with store.write(CHANGES) as session:
        contact = session.get(Contact, contact_id)
        if contact is None:
            raise LookupError(contact_id)
        if contact.left_on is None:
            raise Conflict(contact_id)
        contact.left_on = None
        _withdraw(session, contact.uuid, "contact_left")
        return contact_id


def resolve(
    store: Store, flag_id: int, resolution: str | None, resolved_on: date | str | None = None
) -> int:
    """Close a flag (the new key contact is met, say); undo with `reopen`."""
    today = date.today()
    errors: list[ValidationError] = []
    when = day(resolved_on if resolved_on is not None else today, "resolved_on", errors)
    refuse(errors)
    with store.write(CHANGES) as session:
        flag = session.get(RiskFlag, flag_id)
        if flag is None or flag.deleted_at is not None:
            raise LookupError(flag_id)
        if flag.resolved_on is not None:
            raise Conflict(flag_id)
        flag.resolved_on = when
        flag.resolution = text(resolution)
        return flag_id


def reopen(store: Store, flag_id: int) -> int:
    with store.write(CHANGES) as session:
        flag = session.get(RiskFlag, flag_id)
        if flag is None or flag.deleted_at is not None:
            raise LookupError(flag_id)
        if flag.resolved_on is None:
            raise Conflict(flag_id)
        flag.resolved_on = None
        flag.resolution = None
        return flag_id


def flags_of(store: Store, customer_id: int, open_only: bool = True) -> list[Flag]:
    stmt = select(RiskFlag).where(
        RiskFlag.customer_id == customer_id, RiskFlag.deleted_at.is_(None)
    )
    if open_only:
        stmt = stmt.where(RiskFlag.resolved_on.is_(None))
    with store.read() as session:
        rows = session.execute(stmt.order_by(RiskFlag.raised_on.desc())).scalars().all()
    return [
        Flag(
            f.id,
            f.customer_id,
            f.cause,
            f.contact_name,
            f.roles.split(","),
            f.raised_on,
            f.resolved_on,
            f.resolution,
        )
        for f in rows
    ]


def key_contacts(store: Store, customer_id: int) -> list[dict[str, Any]]:
    """The customer's contacts who hold a key role, those who left last."""
    with store.read() as session:
        rows = session.execute(
            select(Contact.id, Contact.name, Contact.roles, Contact.left_on)
            .where(Contact.customer_id == customer_id)
            .order_by(Contact.left_on.is_not(None), Contact.name)
        ).all()
    return [dict(r._mapping) for r in rows if key_roles(r.roles)]
