"""What every success operation shares: soft deletes (the undo of an insert), the
customer's state row, and raising InvalidRecord with every broken rule at once."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from app.changes import Changes
from app.errors import InvalidRecord
from app.store import Conflict, Store
from models.base import utcnow
from models.customer import Customer
from models.rules import ValidationError, parse_date
from models.success import CustomerSuccess


def refuse(errors: list[ValidationError]) -> None:
    """Raise InvalidRecord when any rule was broken: nothing gets saved."""
    if errors:
        raise InvalidRecord(errors)


def text(value: Any) -> str | None:
    stripped = str(value).strip() if value is not None else ""
    return stripped or None


def day(value: Any, field_name: str, errors: list[ValidationError]) -> date | None:
    """A date from a date or typed text; a wrong one is added to `errors`."""
    try:
        return parse_date(value, field_name)
    except ValidationError as wrong:
        errors.append(wrong)
        return None


def state(session: Session, customer_id: int) -> CustomerSuccess:
    """The customer's success state row, created on first use."""
    row = session.execute(
        select(CustomerSuccess).where(CustomerSuccess.customer_id == customer_id)
    ).scalar_one_or_none()
    if row is None:
        if session.get(Customer, customer_id) is None:
            raise LookupError(customer_id)
        row = CustomerSuccess(customer_id=customer_id, reminder_weeks=4)
        session.add(row)
        session.flush()
    return row


def live(_session: Session, record: Any, _values: dict[str, Any]) -> None:
    """`edit_fields`' check for a record deleted softly: a withdrawn one is gone."""
    if record.deleted_at is not None:
        raise LookupError(record.id)


def state_id(store: Store, customer_id: int, changes: Changes) -> int:
    """The id of the customer's success state row, created (empty) on first use: then in
    a write of its own, announced as `changes`, before the edit that needs it."""
    with store.read() as session:
        found = session.scalar(
            select(CustomerSuccess.id).where(CustomerSuccess.customer_id == customer_id)
        )
    if found is not None:
        return int(found)
    with store.write(changes) as session:
        return state(session, customer_id).id


def set_deleted(store: Store, entity: Any, record_id: int, deleted: bool, changes: Changes) -> Any:
    """Mark a record deleted (or live again); return it. The undo of an insert and the
    redo after it, so that the record keeps its id and UUID throughout."""
    with store.write(changes) as session:
        record = session.get(entity, record_id)
        if record is None:
            raise LookupError(record_id)
        if (record.deleted_at is not None) == deleted:
            raise Conflict(record_id)  # already as asked: the step is out of date
        record.deleted_at = utcnow() if deleted else None
        session.flush()
        return record


# A customer's live events of one kind, newest first (health or lifecycle changes).
Live = Callable[[int], Select[Any]]
# Re-derive the customer's state row from its newest live event.
Sync = Callable[[Session, int], None]


def withdraw_newest(
    store: Store, entity: Any, change_id: int, changes: Changes, live: Live, sync: Sync
) -> int:
    """The undo of a state-setting event (health, lifecycle step): mark it deleted, only
    when it is still the customer's newest live one, and re-derive the state row."""
    with store.write(changes) as session:
        change = session.get(entity, change_id)
        if change is None or change.deleted_at is not None:
            raise LookupError(change_id)
        newest = session.execute(live(change.customer_id).limit(1)).scalar_one()
        if newest.id != change_id:
            raise Conflict(change_id)
        change.deleted_at = utcnow()
        session.flush()
        sync(session, change.customer_id)
        return change_id


def restore_withdrawn(
    store: Store,
    entity: Any,
    change_id: int,
    changes: Changes,
    sync: Sync,
    check: Callable[[Session, Any], None] | None = None,
) -> int:
    """The redo of `withdraw_newest`: the event is live again (after `check`, which raises
    Conflict when the customer has moved on), and the state row follows it."""
    with store.write(changes) as session:
        change = session.get(entity, change_id)
        if change is None or change.deleted_at is None:
            raise LookupError(change_id)
        if check is not None:
            check(session, change)
        change.deleted_at = None
        session.flush()
        sync(session, change.customer_id)
        return change_id


def customer_team(session: Session, customer_id: int) -> int:
    team = session.execute(select(Customer.team_id).where(Customer.id == customer_id)).scalar()
    if team is None:
        raise LookupError(customer_id)
    return int(team)
