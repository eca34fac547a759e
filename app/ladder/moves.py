"""Moves on the ladder: one level change recorded with its reason, undo and redo of it,
and a customer's move history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from app.changes import Changes, Kind
from app.errors import existing, raise_if
from app.store import Conflict, Store
from models.customer import Customer
from models.ladder import LEVELS, LadderMove, check_move, local_date
from models.rules import TEXT_MAX, ValidationError, clean_text
from models.team import Member


@dataclass(frozen=True)
class MoveRecord:
    """A recorded move with everything undo and redo need to take it back or repeat it."""

    move_id: int
    uuid: str
    customer_id: int
    from_level: str
    to_level: str
    moved_on: date
    reason: str
    author_member_id: int | None
    created_at: datetime


def _changes(customer_id: int) -> Changes:
    return Changes.of(Kind.CUSTOMER, Kind.LADDER_MOVE, ids={customer_id})


def last_move_on(session: Session, customer_id: int) -> date | None:
    return session.execute(
        select(func.max(LadderMove.moved_on)).where(LadderMove.customer_id == customer_id)
    ).scalar_one()


def move_customer(
    store: Store,
    customer_id: int,
    to_level: str,
    moved_on: date | None,
    reason: str | None,
    author_member_id: int | None = None,
    today: date | None = None,
) -> MoveRecord:
    """Change the customer's level and record the move, in one transaction.

    Raises InvalidRecord (nothing written) when the move breaks a rule of check_move.
    """
    today = today or date.today()
    with store.write(_changes(customer_id)) as session:
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise LookupError(customer_id)
        errors = check_move(
            customer.ladder_level,
            to_level if to_level in LEVELS else str(to_level)[:20],  # the message shows it
            moved_on if isinstance(moved_on, date) else None,
            reason,
            local_date(customer.created_at),
            today,
            last_move_on(session, customer_id),
        )
        clean_reason = _reason(reason, errors)
        in_team = Member.team_id == customer.team_id
        author = existing(session, Member.id, author_member_id, "author", errors, in_team)
        raise_if(errors)
        assert moved_on is not None  # checked above
        move = LadderMove(
            customer_id=customer_id,
            from_level=customer.ladder_level,
            to_level=to_level,
            moved_on=moved_on,
            reason=clean_reason,
            author_member_id=author,
        )
        customer.ladder_level = to_level
        session.add(move)
        session.flush()
        return MoveRecord(
            move.id,
            move.uuid,
            customer_id,
            move.from_level,
            to_level,
            moved_on,
            move.reason,
            author,
            move.created_at,
        )


def _reason(reason: str | None, errors: list[ValidationError]) -> str:
    """The reason's length and characters (check_move has said whether one is given)."""
    if not isinstance(reason, str):
        return ""  # check_move has said a reason must be written
    try:
        return clean_text(reason, "reason", TEXT_MAX, multiline=True) or ""
    except ValidationError as error:
        if not any(e.field == "reason" for e in errors):
            errors.append(error)
        return ""


class StaleMove(Conflict):
    """The customer's level changed since the move, so undo/redo would rewrite history."""


def undo_move(store: Store, record: MoveRecord) -> MoveRecord:
    """Remove the move and put the customer back where it was."""
    with store.write(_changes(record.customer_id)) as session:
        level = session.execute(
            select(Customer.ladder_level).where(Customer.id == record.customer_id)
        ).scalar_one_or_none()
        if level != record.to_level:
            raise StaleMove(record.customer_id)
        session.execute(delete(LadderMove).where(LadderMove.id == record.move_id))
        session.execute(
            update(Customer)
            .where(Customer.id == record.customer_id)
            .values(ladder_level=record.from_level)
        )
    return record


def redo_move(store: Store, record: MoveRecord) -> MoveRecord:
    """Record the same move again, with its original id and UUID."""
    with store.write(_changes(record.customer_id)) as session:
        level = session.execute(
            select(Customer.ladder_level).where(Customer.id == record.customer_id)
        ).scalar_one_or_none()
        if level != record.from_level:
            raise StaleMove(record.customer_id)
        session.execute(
            insert(LadderMove).values(
                id=record.move_id,
                uuid=record.uuid,
                customer_id=record.customer_id,
                from_level=record.from_level,
                to_level=record.to_level,
                moved_on=record.moved_on,
                reason=record.reason,
                author_member_id=record.author_member_id,
                created_at=record.created_at,
                updated_at=record.created_at,
            )
        )
        session.execute(
            update(Customer)
            .where(Customer.id == record.customer_id)
            .values(ladder_level=record.to_level)
        )
    return record


@dataclass(frozen=True)
class HistoryRow:
    id: int
    from_level: str
    to_level: str
    moved_on: date
    reason: str
    author: str | None


def history(store: Store, customer_id: int) -> list[HistoryRow]:
    """A customer's moves, newest first."""
    with store.read() as session:
        rows = session.execute(
            select(
                LadderMove.id,
                LadderMove.from_level,
                LadderMove.to_level,
                LadderMove.moved_on,
                LadderMove.reason,
                Member.name.label("author"),
            )
            .outerjoin(Member, Member.id == LadderMove.author_member_id)
            .where(LadderMove.customer_id == customer_id)
            .order_by(LadderMove.moved_on.desc(), LadderMove.id.desc())
        ).all()
    return [HistoryRow(*row) for row in rows]
