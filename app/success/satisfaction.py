"""Satisfaction entries over time: 1–5 and / or NPS 0–10, per customer and per contact
(seed 003 l. 1314–1358). Insert-only; undo marks an entry deleted."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from app.changes import Changes, Kind
from app.store import Store
from app.success.records import day, refuse, set_deleted, text
from app.success.rules import not_in_future
from models.customer import Contact
from models.rules import QT_TRANSLATE_NOOP, ValidationError
from models.success import Satisfaction
from models.team import Member

CHANGES = Changes.of(Kind.SATISFACTION)


@dataclass(frozen=True)
class Entry:
    id: int
    measured_on: date
    score: int | None
    nps: int | None
    contact: str | None
    note: str | None
    author: str | None


def _whole(value: Any, low: int, high: int, key: str, errors: list[ValidationError]) -> int | None:
    if value is None or value == "":
        return None
    try:
        number = int(value)
    except (TypeError, ValueError):
        number = low - 1
    if not low <= number <= high or str(value).strip() not in (str(number), f"{number}.0"):
        message = (
            QT_TRANSLATE_NOOP("rules", "Satisfaction is a whole number from 1 to 5.")
            if key == "score"
            else QT_TRANSLATE_NOOP("rules", "NPS is a whole number from 0 to 10.")
        )
        errors.append(ValidationError(key, message))
        return None
    return number


def clean_entry(data: dict[str, Any], today: date) -> dict[str, Any]:
    errors: list[ValidationError] = []
    score = _whole(data.get("score"), 1, 5, "score", errors)
    nps = _whole(data.get("nps"), 0, 10, "nps", errors)
    if not errors and score is None and nps is None:
        errors.append(
            ValidationError(
                "score", QT_TRANSLATE_NOOP("rules", "Give a satisfaction score, an NPS or both.")
            )
        )
    measured = day(data.get("measured_on") or today, "measured_on", errors)
    if measured is not None:
        errors.extend(not_in_future(measured, today, "measured_on"))
    refuse(errors)
    return {
        "score": score,
        "nps": nps,
        "measured_on": measured,
        "note": text(data.get("note")),
        "contact_id": data.get("contact_id") or None,
        "author_member_id": data.get("author_member_id") or None,
    }


def record_entry(
    store: Store, customer_id: int, data: dict[str, Any], today: date | None = None
) -> int:
    values = clean_entry(data, today or date.today())
    with store.write(CHANGES) as session:
        if values["contact_id"] is not None:
            owner = session.execute(
                select(Contact.customer_id).where(Contact.id == values["contact_id"])
            ).scalar()
            if owner != customer_id:
                raise LookupError(values["contact_id"])
        entry = Satisfaction(customer_id=customer_id, **values)
        session.add(entry)
        session.flush()
        return entry.id


def delete_entry(store: Store, entry_id: int) -> int:
    set_deleted(store, Satisfaction, entry_id, True, CHANGES)
    return entry_id


def restore_entry(store: Store, entry_id: int) -> int:
    set_deleted(store, Satisfaction, entry_id, False, CHANGES)
    return entry_id


def entries_of(store: Store, customer_id: int) -> list[Entry]:
    """The customer's live entries, newest first, with the contact who answered."""
    with store.read() as session:
        rows = session.execute(
            select(Satisfaction, Contact.name, Member.name)
            .outerjoin(Contact, Contact.id == Satisfaction.contact_id)
            .outerjoin(Member, Member.id == Satisfaction.author_member_id)
            .where(Satisfaction.customer_id == customer_id, Satisfaction.deleted_at.is_(None))
            .order_by(Satisfaction.measured_on.desc(), Satisfaction.id.desc())
        ).all()
    return [
        Entry(s.id, s.measured_on, s.score, s.nps, contact, s.note, author)
        for s, contact, author in rows
    ]
