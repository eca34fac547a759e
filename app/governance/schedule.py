"""Reads for the agenda and the month calendar: occurrences by day, paged in SQL."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from typing import Any, cast

from sqlalchemy import Select, case, func, select

from app.store import Store
from models.customer import Customer
from models.governance import Meeting, MeetingSeries, MeetingStatus
from models.team import Member

MISSED = "missed"  # a planned meeting whose day has passed without it being held


@dataclass(frozen=True)
class AgendaQuery:
    team_id: int
    start: date
    end: date
    owner_id: int | None = None  # only this member's series
    internal_only: bool = False  # only the team's own working groups


def _status(today: date) -> Any:
    """held / cancelled / planned, or missed for a planned one already past."""
    return case(
        (
            (Meeting.status == MeetingStatus.PLANNED.value) & (Meeting.held_on < today),
            MISSED,
        ),
        else_=Meeting.status,
    )


def _agenda(query: AgendaQuery, today: date) -> Select[Any]:
    statement = (
        select(
            Meeting.id,
            Meeting.held_on,
            func.coalesce(Meeting.start_time, MeetingSeries.start_time).label("start_time"),
            MeetingSeries.title,
            MeetingSeries.meeting_type,
            Customer.name.label("customer"),
            _status(today).label("status"),
            Meeting.outcome,
            Member.name.label("owner"),
            Meeting.series_id,
            (Meeting.held_on != Meeting.original_on).label("moved"),
        )
        .join(MeetingSeries, MeetingSeries.id == Meeting.series_id)
        .outerjoin(Customer, Customer.id == Meeting.customer_id)
        .outerjoin(Member, Member.id == MeetingSeries.owner_member_id)
        .where(Meeting.team_id == query.team_id, Meeting.held_on.between(query.start, query.end))
    )
    if query.owner_id is not None:
        statement = statement.where(MeetingSeries.owner_member_id == query.owner_id)
    if query.internal_only:
        statement = statement.where(Meeting.customer_id.is_(None))
    return statement


def fetch_agenda(
    store: Store, query: AgendaQuery, offset: int, limit: int, today: date | None = None
) -> list[Any]:
    """One page of the occurrences in the range, by day and hour."""
    statement = (
        _agenda(query, today or date.today())
        .order_by(Meeting.held_on, "start_time", Meeting.id)
        .offset(offset)
        .limit(limit)
    )
    return store.rows(statement)


def count_agenda(store: Store, query: AgendaQuery) -> int:
    statement = _agenda(query, date.today()).with_only_columns(func.count(Meeting.id))
    return int(store.rows(statement)[0][0])


def month_marks(
    store: Store, team_id: int, year: int, month: int, today: date | None = None
) -> dict[date, dict[str, int]]:
    """For each day of the month with meetings: how many are planned, held, missed and
    cancelled (the calendar paints these)."""
    today = today or date.today()
    first = date(year, month, 1)
    last = date(year, month, calendar.monthrange(year, month)[1])
    status = _status(today).label("status")
    statement = (
        select(Meeting.held_on, status, func.count())
        .where(Meeting.team_id == team_id, Meeting.held_on.between(first, last))
        .group_by(Meeting.held_on, status)
    )
    marks: dict[date, dict[str, int]] = {}
    for row in store.rows(statement):
        held_on, state, count = cast(tuple[Any, str, int], tuple(row))
        day = held_on if isinstance(held_on, date) else date.fromisoformat(held_on)
        marks.setdefault(day, {})[state] = int(count)
    return marks
