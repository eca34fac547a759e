"""Per customer: model, strategies, next meeting and the year's compliance; the table of
governed customers (aggregated in SQL); the strategies' playbook checklists."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import and_, case, delete, func, select, text

from app.changes import Changes, Kind
from app.governance.schedule import MISSED
from app.governance.strategies import strategies_of
from app.store import Store
from models.customer import Customer
from models.governance import (
    CustomerGovernance,
    Meeting,
    MeetingSeries,
    MeetingStatus,
    PlaybookCheck,
)


@dataclass(frozen=True)
class YearFigures:
    planned_year: int  # not cancelled, the whole year
    planned_so_far: int  # not cancelled, up to today
    held: int
    missed: int  # planned, day passed, not held

    @property
    def compliance(self) -> float | None:
        """Held ÷ planned so far this year; None before anything was due."""
        return self.held / self.planned_so_far if self.planned_so_far else None


def year_columns(today: date) -> list[Any]:
    """SUM columns over `meeting` rows of one year: planned, due so far, held, missed."""
    live = Meeting.status != MeetingStatus.CANCELLED.value
    due = and_(live, Meeting.held_on <= today)
    missed = and_(Meeting.status == MeetingStatus.PLANNED.value, Meeting.held_on < today)
    return [
        func.coalesce(func.sum(case((live, 1), else_=0)), 0),
        func.coalesce(func.sum(case((due, 1), else_=0)), 0),
        func.coalesce(func.sum(case((Meeting.status == MeetingStatus.HELD.value, 1), else_=0)), 0),
        func.coalesce(func.sum(case((missed, 1), else_=0)), 0),
    ]


def _year(day: date) -> tuple[date, date]:
    return date(day.year, 1, 1), date(day.year, 12, 31)


@dataclass(frozen=True)
class Summary:
    model: str | None
    agreed_on: date | None
    strategies: tuple[tuple[str, str], ...]
    next_on: date | None
    next_title: str | None
    next_time: str | None
    year: YearFigures


def summary(store: Store, customer_id: int, today: date | None = None) -> Summary:
    """What the customer's detail pane shows: model, strategies, next meeting, the year."""
    today = today or date.today()
    first, last = _year(today)
    with store.read() as session:
        model = session.execute(
            select(CustomerGovernance.model, CustomerGovernance.agreed_on).where(
                CustomerGovernance.customer_id == customer_id
            )
        ).first()
        upcoming = session.execute(
            select(
                Meeting.held_on,
                MeetingSeries.title,
                func.coalesce(Meeting.start_time, MeetingSeries.start_time),
            )
            .join(MeetingSeries, MeetingSeries.id == Meeting.series_id)
            .where(
                Meeting.customer_id == customer_id,
                Meeting.held_on >= today,
                Meeting.status == MeetingStatus.PLANNED.value,
            )
            .order_by(Meeting.held_on, Meeting.id)
            .limit(1)
        ).first()
        figures = session.execute(
            select(*year_columns(today)).where(
                Meeting.customer_id == customer_id, Meeting.held_on.between(first, last)
            )
        ).one()
    return Summary(
        model.model if model else None,
        model.agreed_on if model else None,
        strategies_of(store, customer_id),
        upcoming[0] if upcoming else None,
        upcoming[1] if upcoming else None,
        upcoming[2] if upcoming else None,
        YearFigures(*(int(v) for v in figures)),
    )


def customer_year(store: Store, customer_id: int, today: date | None = None) -> list[Any]:
    """The customer's meetings this year, by day, with status (missed when due, not held)."""
    today = today or date.today()
    first, last = _year(today)
    status = case(
        (
            (Meeting.status == MeetingStatus.PLANNED.value) & (Meeting.held_on < today),
            MISSED,
        ),
        else_=Meeting.status,
    )
    statement = (
        select(
            Meeting.id,
            Meeting.held_on,
            MeetingSeries.meeting_type,
            MeetingSeries.title,
            status.label("status"),
            Meeting.outcome,
        )
        .join(MeetingSeries, MeetingSeries.id == Meeting.series_id)
        .where(Meeting.customer_id == customer_id, Meeting.held_on.between(first, last))
        .order_by(Meeting.held_on, Meeting.id)
    )
    return store.rows(statement)


_GOVERNED_SQL = """
SELECT c.id, c.name, c.size_class, g.model, mem.name AS owner,
       (SELECT group_concat(s.strategy, ',') FROM customer_strategy AS s
         WHERE s.customer_id = c.id) AS strategies,
       coalesce(y.planned_so_far, 0) AS planned_so_far, coalesce(y.held, 0) AS held,
       coalesce(y.missed, 0) AS missed, y.next_on
FROM customer_governance AS g
JOIN customer AS c ON c.id = g.customer_id
LEFT JOIN member AS mem ON mem.id = c.owner_id
LEFT JOIN (
    SELECT m.customer_id,
           sum(m.status <> 'cancelled' AND m.held_on <= :today) AS planned_so_far,
           sum(m.status = 'held') AS held,
           sum(m.status = 'planned' AND m.held_on < :today) AS missed,
           min(CASE WHEN m.status = 'planned' AND m.held_on >= :today THEN m.held_on END)
               AS next_on
    FROM meeting AS m
    WHERE m.team_id = :team AND m.customer_id IS NOT NULL
      AND m.held_on BETWEEN :first AND :last
    GROUP BY m.customer_id
) AS y ON y.customer_id = c.id
WHERE c.team_id = :team AND c.archived = 0
ORDER BY c.name
"""


def governed_customers(store: Store, team_id: int, today: date | None = None) -> list[Any]:
    """Every live customer with a governance model and its year so far, in one query."""
    today = today or date.today()
    first, last = _year(today)
    params = {
        "team": team_id,
        "today": today.isoformat(),
        "first": first.isoformat(),
        "last": last.isoformat(),
    }
    with store.read() as session:
        return list(session.execute(text(_GOVERNED_SQL), params).all())


# --- playbooks -----------------------------------------------------------------------------


def playbook_checks(store: Store, customer_id: int) -> dict[tuple[str, str], date]:
    with store.read() as session:
        found = session.execute(
            select(PlaybookCheck.strategy, PlaybookCheck.item, PlaybookCheck.done_on).where(
                PlaybookCheck.customer_id == customer_id
            )
        ).all()
    return {(row.strategy, row.item): row.done_on for row in found}


def set_check(
    store: Store, customer_id: int, strategy: str, item: str, done_on: date | None
) -> date | None:
    """Tick (a day) or untick (None) one playbook item; return the previous state."""
    with store.write(Changes.of(Kind.GOVERNANCE, ids={customer_id})) as session:
        if session.get(Customer, customer_id) is None:
            raise LookupError(customer_id)
        where = (
            PlaybookCheck.customer_id == customer_id,
            PlaybookCheck.strategy == strategy,
            PlaybookCheck.item == item,
        )
        row = session.execute(select(PlaybookCheck).where(*where)).scalar_one_or_none()
        previous = row.done_on if row else None
        if done_on is None:
            session.execute(delete(PlaybookCheck).where(*where))
        elif row is None:
            session.add(
                PlaybookCheck(
                    customer_id=customer_id, strategy=strategy, item=item, done_on=done_on
                )
            )
        else:
            row.done_on = done_on
    return previous
