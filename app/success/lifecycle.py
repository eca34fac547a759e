"""The lifecycle: onboarding → growth → renewal / upsell → lost → win-back → onboarding.

Every step is a dated LifecycleChange with its author; marking a customer lost needs the
reason and a sentence. Lost customers leave the ladder board (app/ladder/lost.py, the
board's queries) but keep their history; win-back is a stage of its own, so open win-back
opportunities are a plain indexed read. The contract's renewal date and how many weeks
before it to be reminded live on the customer's state row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from app.changes import Changes, Kind
from app.operations import edit_fields
from app.store import Conflict, Store
from app.success.records import (
    day,
    refuse,
    restore_withdrawn,
    state,
    state_id,
    text,
    withdraw_newest,
)
from app.success.rules import need, next_stages, not_in_future, one_of
from models.customer import Customer
from models.ladder import local_date
from models.rules import QT_TRANSLATE_NOOP, ValidationError
from models.success import CustomerSuccess, LifecycleChange, LostReason, Stage
from models.team import Member

CHANGES = Changes.of(Kind.LIFECYCLE)


@dataclass(frozen=True)
class StageChange:
    """One step as the views show it."""

    id: int
    from_stage: str | None
    to_stage: str
    changed_on: date
    lost_reason: str | None
    note: str | None
    author: str | None


def _live(customer_id: int) -> Select[Any]:
    return (
        select(LifecycleChange)
        .where(LifecycleChange.customer_id == customer_id, LifecycleChange.deleted_at.is_(None))
        .order_by(LifecycleChange.changed_on.desc(), LifecycleChange.id.desc())
    )


def _sync(session: Session, customer_id: int) -> None:
    """The state row's stage from the newest live change (after an insert or an undo)."""
    latest = session.execute(_live(customer_id).limit(1)).scalar_one_or_none()
    row = state(session, customer_id)
    row.stage = latest.to_stage if latest else None
    row.stage_since = latest.changed_on if latest else None


def _check(
    session: Session,
    customer_id: int,
    to_stage: str,
    changed_on: date | None,
    lost_reason: str | None,
    note: str | None,
    today: date,
) -> list[ValidationError]:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise LookupError(customer_id)
    latest = session.execute(_live(customer_id).limit(1)).scalar_one_or_none()
    current = latest.to_stage if latest else None
    errors = one_of(to_stage, [s.value for s in Stage], "to_stage")
    if not errors and Stage(to_stage) not in next_stages(current):
        errors.append(
            ValidationError(
                "to_stage",
                QT_TRANSLATE_NOOP("rules", "A customer cannot go from {current} to {stage}."),
                current=current or "–",
                stage=to_stage,
            )
        )
    if to_stage == Stage.LOST:
        if not lost_reason:
            errors.append(
                ValidationError(
                    "lost_reason",
                    QT_TRANSLATE_NOOP("rules", "Choose why the customer was lost."),
                )
            )
        else:
            errors.extend(one_of(lost_reason, [r.value for r in LostReason], "lost_reason"))
        if not note:
            errors.append(
                ValidationError(
                    "note",
                    QT_TRANSLATE_NOOP("rules", "Write a sentence on what happened."),
                )
            )
    errors.extend(not_in_future(changed_on, today, "changed_on"))
    if changed_on is not None and changed_on <= today:
        floor = latest.changed_on if latest else local_date(customer.created_at)
        if changed_on < floor:
            errors.append(
                ValidationError(
                    "changed_on",
                    QT_TRANSLATE_NOOP("rules", "The date cannot be before {date}."),
                    date=floor,
                )
            )
    return errors


def change_stage(
    store: Store,
    customer_id: int,
    to_stage: str,
    changed_on: date | str | None = None,
    author_id: int | None = None,
    lost_reason: str | None = None,
    note: str | None = None,
    today: date | None = None,
) -> int:
    """Record the next lifecycle step; return its id (for undo). Lost needs a reason and
    a sentence; the step must follow from the current stage and not predate the last one."""
    today = today or date.today()
    errors: list[ValidationError] = []
    when = day(changed_on if changed_on is not None else today, "changed_on", errors)
    clean_note = text(note)
    reason = lost_reason if to_stage == Stage.LOST else None
    with store.write(CHANGES) as session:
        errors.extend(_check(session, customer_id, to_stage, when, reason, clean_note, today))
        refuse(errors)
        assert when is not None
        latest = session.execute(_live(customer_id).limit(1)).scalar_one_or_none()
        change = LifecycleChange(
            customer_id=customer_id,
            from_stage=latest.to_stage if latest else None,
            to_stage=to_stage,
            changed_on=when,
            lost_reason=reason,
            note=clean_note,
            author_member_id=author_id,
        )
        session.add(change)
        session.flush()
        _sync(session, customer_id)
        return change.id


def withdraw_change(store: Store, change_id: int) -> int:
    """Undo a step: only the customer's newest live step can be taken back."""
    return withdraw_newest(store, LifecycleChange, change_id, CHANGES, _live, _sync)


def _still_where_it_started(session: Session, change: LifecycleChange) -> None:
    latest = session.execute(_live(change.customer_id).limit(1)).scalar_one_or_none()
    if (latest.to_stage if latest else None) != change.from_stage:
        raise Conflict(change.id)


def restore_change(store: Store, change_id: int) -> int:
    """Redo a withdrawn step, provided the customer is still where the step started."""
    return restore_withdrawn(
        store, LifecycleChange, change_id, CHANGES, _sync, _still_where_it_started
    )


def history(store: Store, customer_id: int) -> list[StageChange]:
    """The customer's live lifecycle steps, newest first, with who made them."""
    with store.read() as session:
        rows = session.execute(
            select(LifecycleChange, Member.name)
            .outerjoin(Member, Member.id == LifecycleChange.author_member_id)
            .where(
                LifecycleChange.customer_id == customer_id,
                LifecycleChange.deleted_at.is_(None),
            )
            .order_by(LifecycleChange.changed_on.desc(), LifecycleChange.id.desc())
        ).all()
    return [
        StageChange(c.id, c.from_stage, c.to_stage, c.changed_on, c.lost_reason, c.note, author)
        for c, author in rows
    ]


# --- the contract's renewal ----------------------------------------------------------------

RENEWAL_FIELDS = ("renewal_on", "reminder_weeks")


def set_renewal(store: Store, customer_id: int, values: dict[str, Any]) -> dict[str, Any]:
    """Set the renewal date and reminder weeks; return the replaced values (for undo)."""
    clean = _clean_renewal(values)
    return edit_fields(
        store, CustomerSuccess, state_id(store, customer_id, CHANGES), clean, CHANGES
    )


def _clean_renewal(values: dict[str, Any]) -> dict[str, Any]:
    errors: list[ValidationError] = []
    clean: dict[str, Any] = {}
    if "renewal_on" in values:
        clean["renewal_on"] = day(values["renewal_on"], "renewal_on", errors)
    if "reminder_weeks" in values:
        weeks = values["reminder_weeks"]
        if weeks is None or not 0 <= int(weeks) <= 52:
            errors.append(
                ValidationError(
                    "reminder_weeks",
                    QT_TRANSLATE_NOOP("rules", "Remind 0–52 weeks before the renewal."),
                )
            )
        else:
            clean["reminder_weeks"] = int(weeks)
    refuse(errors)
    if not clean:
        errors.append(need("renewal_on"))
        refuse(errors)
    return clean


def renewal_of(store: Store, customer_id: int) -> tuple[date | None, int]:
    with store.read() as session:
        row = session.execute(
            select(CustomerSuccess.renewal_on, CustomerSuccess.reminder_weeks).where(
                CustomerSuccess.customer_id == customer_id
            )
        ).first()
    return (row.renewal_on, int(row.reminder_weeks)) if row else (None, 4)


def reminder_due(renewal_on: date | None, weeks: int, today: date) -> bool:
    """Whether the reminder is on: from `weeks` before the renewal until the day itself."""
    if renewal_on is None:
        return False
    return renewal_on - timedelta(weeks=weeks) <= today <= renewal_on
