"""The filters every chart of the segments area shares: team, owner, period and segment.

A filter turns into one SQL condition on the customer table (alias `c`) with its bound
values, so that each report aggregates in SQL over exactly the customers the user chose.
The segment filter means "in that segment at the end of the period" (membership has dates).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection


def month_start(day: date) -> date:
    return day.replace(day=1)


def next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def month_end(day: date) -> date:
    return next_month(day) - timedelta(days=1)


def months_between(start: date, end: date) -> list[date]:
    """The first day of each month from start's month to end's month."""
    months = []
    cursor = month_start(start)
    while cursor <= end:
        months.append(cursor)
        cursor = next_month(cursor)
    return months


def month_key(day: date) -> str:
    """How SQL names a month: substr(iso date, 1, 7)."""
    return day.isoformat()[:7]


@dataclass(frozen=True)
class ChartFilter:
    """What the user chose in the filter bar; `end` is inclusive and never after today."""

    team_id: int
    start: date
    end: date
    owner_id: int | None = None
    segment_id: int | None = None
    today: date = field(default_factory=date.today)

    @classmethod
    def last_months(cls, team_id: int, months: int = 12, today: date | None = None) -> ChartFilter:
        today = today or date.today()
        start = month_start(today)
        for _ in range(months - 1):
            start = month_start(start - timedelta(days=1))
        return cls(team_id, start, today, today=today)

    @property
    def day(self) -> date:
        """The day "as of" which stock figures are drawn: the period's end, at most today."""
        return min(self.end, self.today)

    def months(self) -> list[date]:
        return months_between(self.start, self.day)

    def scope(
        self, include_archived: bool = False, team_only: bool = False
    ) -> tuple[str, dict[str, Any]]:
        """A WHERE condition on `customer c` and its parameters.

        Archived customers are left out of stock figures (as on the ladder board) but kept
        for activity that happened (a visit to a customer archived since still happened).
        `team_only` ignores owner and segment: the Pareto cut is the whole team's."""
        parts = ["c.team_id = :team"]
        params: dict[str, Any] = {"team": self.team_id}
        if not include_archived:
            parts.append("c.archived = 0")
        if not team_only and self.owner_id is not None:
            parts.append("c.owner_id = :owner")
            params["owner"] = self.owner_id
        if not team_only and self.segment_id is not None:
            parts.append(
                "c.id IN (SELECT customer_id FROM segment_membership"
                " WHERE segment_id = :segment AND since <= :segment_day"
                " AND (until IS NULL OR until > :segment_day))"
            )
            params["segment"] = self.segment_id
            params["segment_day"] = self.day.isoformat()
        return " AND ".join(parts), params

    def period_params(self) -> dict[str, Any]:
        return {"start": self.start.isoformat(), "end": self.day.isoformat()}


# The local calendar day a customer was added (created_at is naive UTC), as the ladder's
# statistics count it.
CREATED_ON = "date(c.created_at, 'localtime')"

# Whether a customer was added by the end of :day, local time. The local day costs a
# time-zone look-up per customer; one added (UTC) before :added_surely, two days earlier,
# was added by then in any time zone, and is let through without it.
ADDED_BY = f"(c.created_at < :added_surely OR {CREATED_ON} <= :day)"
# The local day a customer was added, as EARLY for anyone added (UTC) before :early_start,
# two days before the period: all the period's counts need of them is "before the start".
EARLY = "0001-01-01"
ADDED_ON = f"(CASE WHEN c.created_at < :early_start THEN '{EARLY}' ELSE {CREATED_ON} END)"


def added_params(day: date, start: date | None = None) -> dict[str, str]:
    """The parameters of ADDED_BY (for `day`) and ADDED_ON (for a period from `start`)."""
    params = {"day": day.isoformat(), "added_surely": (day - timedelta(days=2)).isoformat()}
    if start is not None:
        params["early_start"] = (start - timedelta(days=2)).isoformat()
    return params


# A customer's ladder level at the end of :day: the from-level of its first move after that
# day, or its level now. One seek per customer in ix_ladder_move_customer_levels (covering).
LEVEL_AT = (
    "coalesce((SELECT m.from_level FROM ladder_move m WHERE m.customer_id = c.id"
    " AND m.moved_on > :day ORDER BY m.moved_on, m.id LIMIT 1), c.ladder_level)"
)


def fetch(conn: Connection, sql: str, params: dict[str, Any]) -> list[tuple[Any, ...]]:
    """Rows as plain tuples straight from the sqlite3 cursor (named parameters).

    Reports that hand tens of thousands of rows to a chart spend more time building
    SQLAlchemy Row objects than SQLite spends finding them; dates stay ISO strings."""
    driver = conn.connection.driver_connection
    assert driver is not None  # a checked-out connection always holds its sqlite3 one
    cursor = driver.cursor()
    try:
        cursor.execute(sql, params)
        return cursor.fetchall()
    finally:
        cursor.close()
