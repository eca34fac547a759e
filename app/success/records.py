"""What every success operation shares: soft deletes (the undo of an insert), the
customer's state row, and raising InvalidRecord with every broken rule at once."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
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


def customer_team(session: Session, customer_id: int) -> int:
    team = session.execute(select(Customer.team_id).where(Customer.id == customer_id)).scalar()
    if team is None:
        raise LookupError(customer_id)
    return int(team)
