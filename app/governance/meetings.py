"""One meeting: its record (goal, outcome, agenda, attendees, minutes, decisions), moving or
cancelling it, and holding it. Every change returns the replaced values, so undo and redo
are both "apply what was replaced"."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.changes import Changes, Kind
from app.errors import InvalidRecord
from app.governance.cadence import TIME_PATTERN
from app.operations import edit_fields
from app.store import Store
from models.customer import Customer
from models.governance import Meeting, MeetingSeries, MeetingStatus, Outcome
from models.rules import QT_TRANSLATE_NOOP, ValidationError, parse_date

TEXT_FIELDS = ("goal", "outcome_note", "agenda", "attendees", "minutes", "decisions")
FIELDS = ("held_on", "start_time", "status", "outcome", *TEXT_FIELDS)


def _problem(field: str, message: str) -> ValidationError:
    return ValidationError(field, message)


def clean_meeting(values: dict[str, Any]) -> dict[str, Any]:
    """Check and type the fields given (only those); InvalidRecord lists what is wrong."""
    errors: list[ValidationError] = []
    clean: dict[str, Any] = {}
    for key, value in values.items():
        if key not in FIELDS:
            raise KeyError(key)
        if key in TEXT_FIELDS:
            clean[key] = (value or "").strip() or None
        elif key == "held_on":
            try:
                clean[key] = parse_date(value, "held_on")
            except ValidationError as error:
                errors.append(error)
                continue
            if clean[key] is None:
                errors.append(
                    _problem("held_on", QT_TRANSLATE_NOOP("rules", "A meeting needs a day."))
                )
        elif key == "start_time":
            clean[key] = (value or "").strip() or None
            if clean[key] and not TIME_PATTERN.match(clean[key]):
                errors.append(
                    _problem("start_time", QT_TRANSLATE_NOOP("rules", "Write the time as 09:30."))
                )
        elif key == "status":
            clean[key] = MeetingStatus(value).value
        elif key == "outcome":
            clean[key] = Outcome(value).value if value else None
    if errors:
        raise InvalidRecord(errors)
    return clean


def update_meeting(store: Store, meeting_id: int, values: dict[str, Any]) -> dict[str, Any]:
    """Save the given fields of one meeting; return the values they replaced.

    A held meeting whose outcome is set needs a sentence on how it went; a meeting with an
    outcome must be held (it cannot have gone well if it did not take place)."""
    changes = Changes.of(Kind.MEETING, ids={meeting_id})
    return edit_fields(
        store, Meeting, meeting_id, values, changes, clean=clean_meeting, after=_check_outcome
    )


def _check_outcome(_session: Session, meeting: Meeting, _values: dict[str, Any]) -> None:
    """The meeting as saved (the fields given over the stored ones) may carry its outcome."""
    if meeting.outcome and meeting.status != MeetingStatus.HELD.value:
        raise InvalidRecord(
            [
                _problem(
                    "outcome",
                    QT_TRANSLATE_NOOP(
                        "rules", "Only a held meeting has an outcome: mark it held first."
                    ),
                )
            ]
        )
    if meeting.outcome and not meeting.outcome_note:
        raise InvalidRecord(
            [
                _problem(
                    "outcome_note",
                    QT_TRANSLATE_NOOP("rules", "Say in a sentence how it went against the goal."),
                )
            ]
        )


def move_meeting(
    store: Store, meeting_id: int, day: date, start_time: str | None = None
) -> dict[str, Any]:
    """Move one occurrence to another day (and hour); the series stays as it is."""
    return update_meeting(store, meeting_id, {"held_on": day, "start_time": start_time})


def cancel_meeting(store: Store, meeting_id: int) -> dict[str, Any]:
    return update_meeting(store, meeting_id, {"status": MeetingStatus.CANCELLED.value})


def get_meeting(store: Store, meeting_id: int) -> dict[str, Any] | None:
    """The meeting's fields with its series' title, type, owner, time and customer's name."""
    statement = (
        select(
            Meeting.__table__,
            MeetingSeries.title,
            MeetingSeries.meeting_type,
            MeetingSeries.owner_member_id,
            MeetingSeries.start_time.label("series_time"),
            MeetingSeries.duration_minutes,
            Customer.name.label("customer_name"),
        )
        .join(MeetingSeries, MeetingSeries.id == Meeting.series_id)
        .outerjoin(Customer, Customer.id == Meeting.customer_id)
        .where(Meeting.id == meeting_id)
    )
    with store.read() as session:
        found = session.execute(statement).first()
    return dict(found._mapping) if found else None


def neighbour(store: Store, meeting_id: int, step: int) -> int | None:
    """The next (step 1) or previous (step -1) occurrence of the same series."""
    with store.read() as session:
        this = session.get(Meeting, meeting_id)
        if this is None:
            return None
        later = Meeting.original_on > this.original_on
        earlier = Meeting.original_on < this.original_on
        order = Meeting.original_on if step > 0 else Meeting.original_on.desc()
        found = session.execute(
            select(Meeting.id)
            .where(Meeting.series_id == this.series_id, later if step > 0 else earlier)
            .order_by(order)
            .limit(1)
        ).scalar()
    return int(found) if found is not None else None
