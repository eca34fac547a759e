"""Reads for the agenda and the month calendar: occurrences by day, paged in SQL."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any, cast

from sqlalchemy import (
    Boolean,
    Date,
    Integer,
    String,
    TextualSelect,
    case,
    column,
    func,
    select,
    text,
)

from app.store import Store
from models.governance import Meeting, MeetingStatus

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


# The page is chosen over meeting and series alone (the day's order needs the series' time)
# and only its rows are joined to customers and members: a week of a large team has
# thousands of meetings, the screen shows a few dozen.
_PAGE_SQL = """
WITH page AS (
    SELECT m.id, m.held_on, coalesce(m.start_time, s.start_time) AS start_time
    FROM meeting AS m JOIN meeting_series AS s ON s.id = m.series_id
    WHERE m.team_id = :team AND m.held_on BETWEEN :start AND :end {filters}
    ORDER BY m.held_on, 3, m.id
    LIMIT :limit OFFSET :offset
)
SELECT m.id, m.held_on, page.start_time, s.title, s.meeting_type, c.name AS customer,
       CASE WHEN m.status = 'planned' AND m.held_on < :today THEN 'missed' ELSE m.status END
           AS status,
       m.outcome, mem.name AS owner, m.series_id, m.held_on != m.original_on AS moved
FROM page
JOIN meeting AS m ON m.id = page.id
JOIN meeting_series AS s ON s.id = m.series_id
LEFT JOIN customer AS c ON c.id = m.customer_id
LEFT JOIN member AS mem ON mem.id = s.owner_member_id
ORDER BY page.held_on, page.start_time, page.id
"""


@cache
def _page_statement(by_owner: bool, internal_only: bool) -> TextualSelect:
    filters = (" AND s.owner_member_id = :owner" if by_owner else "") + (
        " AND m.customer_id IS NULL" if internal_only else ""
    )
    return text(_PAGE_SQL.format(filters=filters)).columns(
        column("id", Integer),
        column("held_on", Date),
        column("start_time", String),
        column("title", String),
        column("meeting_type", String),
        column("customer", String),
        column("status", String),
        column("outcome", String),
        column("owner", String),
        column("series_id", Integer),
        column("moved", Boolean),
    )


def fetch_agenda(
    store: Store, query: AgendaQuery, offset: int, limit: int, today: date | None = None
) -> list[Any]:
    """One page of the occurrences in the range, by day and hour."""
    params: dict[str, Any] = {
        "team": query.team_id,
        "start": query.start.isoformat(),
        "end": query.end.isoformat(),
        "today": (today or date.today()).isoformat(),
        "limit": limit,
        "offset": offset,
    }
    if query.owner_id is not None:
        params["owner"] = query.owner_id
    statement = _page_statement(query.owner_id is not None, query.internal_only)
    with store.engine.connect() as conn:
        return list(conn.execute(statement, params).all())


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
