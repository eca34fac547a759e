"""Action items: recorded in a meeting with an owner and a due date, closed or reassigned
later. An open item carries over to every later occurrence of the same series until it is
done: the next meeting starts from what is still open."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any, cast

from sqlalchemy import delete, insert, or_, select
from sqlalchemy.orm import aliased

from app.changes import Changes, Kind
from app.errors import raise_if
from app.operations import edit_fields
from app.store import Store
from models.all import metadata
from models.customer import Customer
from models.fields import check_values
from models.governance import ActionItem, ActionStatus, Meeting, MeetingSeries
from models.governance_fields import ACTION_ITEM
from models.team import Member

ACTION = metadata.tables["action_item"]
# What an edit may change (models/governance_fields.py); the done date goes with the status.
EDITABLE = tuple(field.key for field in ACTION_ITEM.edited())
# What a new item is checked for even when not given (the rest: the catalogue's defaults).
NEW_ITEM = ("title", "owner_member_id", "due_on", "customer_id")


def clean_action(data: dict[str, Any], partial: bool = False) -> dict[str, Any]:
    """Check by the catalogue's rules (title, owner and due date are required, each with
    its own message); a new item (not `partial`) is checked for every field it needs."""
    given = data if partial else {**dict.fromkeys(NEW_ITEM), **data}
    clean, errors = check_values(ACTION_ITEM, given)
    raise_if(errors)
    return clean


def add_action(store: Store, team_id: int, meeting_id: int | None, data: dict[str, Any]) -> int:
    """Record an action (in a meeting, or on its own); return its id."""
    clean = clean_action(data)
    with store.write(Changes.of(Kind.ACTION)) as session:
        item = ActionItem(team_id=team_id, meeting_id=meeting_id, **clean)
        session.add(item)
        session.flush()
        return item.id


def update_action(
    store: Store, action_id: int, values: dict[str, Any], today: date | None = None
) -> dict[str, Any]:
    """Change fields (close: status done; reassign: owner); return the replaced values."""

    def clean(given: dict[str, Any]) -> dict[str, Any]:
        clean = clean_action(given, partial=True)
        if "status" in clean and "done_on" not in given:
            done = clean["status"] == ActionStatus.DONE.value
            clean["done_on"] = (today or date.today()) if done else None
        elif "done_on" in given:
            clean["done_on"] = given["done_on"]
        return clean

    changes = Changes.of(Kind.ACTION, ids={action_id})
    return edit_fields(store, ActionItem, action_id, values, changes, clean=clean)


def close_action(store: Store, action_id: int, today: date | None = None) -> dict[str, Any]:
    return update_action(store, action_id, {"status": ActionStatus.DONE.value}, today)


def delete_action(store: Store, action_id: int) -> dict[str, Any]:
    with store.write(Changes.of(Kind.ACTION, ids={action_id})) as session:
        found = session.execute(select(ACTION).where(ACTION.c.id == action_id)).first()
        if found is None:
            raise LookupError(action_id)
        session.execute(delete(ActionItem).where(ActionItem.id == action_id))
        return dict(found._mapping)


def restore_action(store: Store, row: dict[str, Any]) -> int:
    with store.write(Changes.of(Kind.ACTION, ids={row["id"]})) as session:
        session.execute(insert(ACTION), [row])
    return int(row["id"])


@dataclass(frozen=True)
class ActionRow:
    id: int
    title: str
    owner_id: int | None
    owner: str | None
    due_on: date
    status: str
    done_on: date | None
    customer_id: int | None
    customer: str | None
    meeting_id: int | None
    meeting: str | None  # the series' title
    meeting_on: date | None
    carried: bool = False  # recorded in an earlier occurrence of the series

    def overdue(self, today: date) -> bool:
        return self.status == ActionStatus.OPEN.value and self.due_on < today


def action_columns() -> Any:
    owner = aliased(Member)
    return (
        select(
            ActionItem.id,
            ActionItem.title,
            ActionItem.owner_member_id,
            owner.name,
            ActionItem.due_on,
            ActionItem.status,
            ActionItem.done_on,
            ActionItem.customer_id,
            Customer.name,
            ActionItem.meeting_id,
            MeetingSeries.title,
            Meeting.held_on,
        )
        .outerjoin(owner, owner.id == ActionItem.owner_member_id)
        .outerjoin(Customer, Customer.id == ActionItem.customer_id)
        .outerjoin(Meeting, Meeting.id == ActionItem.meeting_id)
        .outerjoin(MeetingSeries, MeetingSeries.id == Meeting.series_id)
    )


def action_rows(store: Store, statement: Any) -> list[ActionRow]:
    return [ActionRow(*cast(tuple[Any, ...], row)) for row in store.rows(statement)]


def open_actions(
    store: Store, team_id: int, owner_id: int | None = None, overdue_on: date | None = None
) -> list[ActionRow]:
    """Open items by owner, then due date; only those overdue on `overdue_on` if given."""
    statement = action_columns().where(
        ActionItem.team_id == team_id, ActionItem.status == ActionStatus.OPEN.value
    )
    if owner_id is not None:
        statement = statement.where(ActionItem.owner_member_id == owner_id)
    if overdue_on is not None:
        statement = statement.where(ActionItem.due_on < overdue_on)
    statement = statement.order_by(
        statement.selected_columns[3].is_(None), statement.selected_columns[3], ActionItem.due_on
    )
    return action_rows(store, statement)


def meeting_actions(store: Store, meeting_id: int) -> list[ActionRow]:
    """The meeting's own items and, carried over, the items of earlier occurrences of the
    same series that were still open at this meeting (open, or done on or after its day)."""
    with store.read() as session:
        this = session.get(Meeting, meeting_id)
        if this is None:
            return []
        series_id, original_on, day = this.series_id, this.original_on, this.held_on
    earlier = select(Meeting.id).where(
        Meeting.series_id == series_id, Meeting.original_on < original_on
    )
    carried = ActionItem.meeting_id.in_(earlier) & or_(
        ActionItem.status == ActionStatus.OPEN.value, ActionItem.done_on >= day
    )
    statement = (
        action_columns()
        .where(or_(ActionItem.meeting_id == meeting_id, carried))
        .order_by(Meeting.original_on, ActionItem.id)
    )
    rows = action_rows(store, statement)
    return [_mark(row, meeting_id) for row in rows]


def _mark(row: ActionRow, meeting_id: int) -> ActionRow:
    return replace(row, carried=row.meeting_id != meeting_id)
