"""Where a meeting record starts from: the goal and agenda of its type's template, and for
the customer-management working group the week's ladder moves, the silent customers and
the open customer actions; for the development meeting the open proposals.

Reading the silent customers checks every live customer, so the views run this off the
GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select

from app.governance.actions import ActionRow, action_columns, action_rows
from app.governance.catalogue import Catalogue
from app.governance.proposals import ProposalRow, list_proposals
from app.ladder.calls import who_to_call
from app.ladder.filters import BoardFilter
from app.ladder.settings import load_settings
from app.store import Store
from models.customer import Customer
from models.governance import ActionItem, ActionStatus, Meeting, MeetingSeries
from models.ladder import LadderMove

LIMIT = 15  # a meeting can go through this many of each; the rest wait for the next one


@dataclass(frozen=True)
class AgendaDraft:
    goal: str
    template: tuple[str, ...]
    moves: list[Any] = field(default_factory=list)  # name, from, to, moved_on, reason
    silent: list[Any] = field(default_factory=list)  # CallItem of app.ladder.calls
    actions: list[ActionRow] = field(default_factory=list)
    proposals: list[ProposalRow] = field(default_factory=list)


def week_moves(store: Store, team_id: int, day: date) -> list[Any]:
    """Ladder moves of the seven days up to the meeting's day."""
    statement = (
        select(
            Customer.name,
            LadderMove.from_level,
            LadderMove.to_level,
            LadderMove.moved_on,
            LadderMove.reason,
        )
        .join(Customer, Customer.id == LadderMove.customer_id)
        .where(
            Customer.team_id == team_id,
            LadderMove.moved_on.between(day - timedelta(days=6), day),
        )
        .order_by(LadderMove.moved_on, Customer.name)
        .limit(LIMIT)
    )
    return store.rows(statement)


def silent_customers(store: Store, team_id: int, day: date) -> list[Any]:
    """Customers silent for longer than their level's limit, furthest beyond it first."""
    settings = load_settings(store, team_id)
    items, _total = who_to_call(store, BoardFilter(team_id), settings.silence_limits, day, 200)
    return [item for item in items if item.silent_days > item.silence_limit][:LIMIT]


def customer_actions(store: Store, team_id: int) -> list[ActionRow]:
    statement = (
        action_columns()
        .where(
            ActionItem.team_id == team_id,
            ActionItem.status == ActionStatus.OPEN.value,
            ActionItem.customer_id.is_not(None),
        )
        .order_by(ActionItem.due_on, ActionItem.id)
        .limit(LIMIT)
    )
    return action_rows(store, statement)


def agenda_draft(
    store: Store, meeting_id: int, catalogue: Catalogue, today: date | None = None
) -> AgendaDraft:
    with store.read() as session:
        found = session.execute(
            select(Meeting.held_on, Meeting.team_id, MeetingSeries.meeting_type)
            .join(MeetingSeries, MeetingSeries.id == Meeting.series_id)
            .where(Meeting.id == meeting_id)
        ).first()
    if found is None:
        raise LookupError(meeting_id)
    day, team_id, type_key = found
    kind = catalogue.types.get(type_key)
    if kind is None:
        return AgendaDraft("", ())
    draft = AgendaDraft(kind.goal, kind.agenda)
    if kind.agenda_source == "customer_management":
        draft.moves.extend(week_moves(store, team_id, day))
        draft.silent.extend(silent_customers(store, team_id, min(day, today or date.today())))
        draft.actions.extend(customer_actions(store, team_id))
    elif kind.agenda_source == "development":
        draft.proposals.extend(list_proposals(store, team_id, only_open=True)[:LIMIT])
    return draft
