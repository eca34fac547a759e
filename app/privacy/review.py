"""The retention review: contacts the team keeps without a lawful basis to keep them.

A contact is listed when it has no marketing consent, took part in no interaction for the
team's retention period (24 months unless the team set another: a team setting, stored
in `privacy_setting` and synced like the ladder's), and was added before that period
began (a contact added last week has not had its chance yet). One SQL read over indexes
(the team's customers, their contacts, each contact's interactions and consent rows), no
Python loop over contacts: `review_plan` is what tests hold against EXPLAIN QUERY PLAN.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.changes import Changes, Kind
from app.errors import InvalidRecord
from app.operations import Step, step
from app.store import Store
from models.dates import as_date
from models.privacy import PrivacySetting
from models.rules import QT_TRANSLATE_NOOP, ValidationError, parse_whole

RETENTION = "retention_months"  # the setting's key
DEFAULT_MONTHS = 24
MONTHS_MAX = 240  # twenty years: longer is a typing mistake
MONTHS_RANGE = QT_TRANSLATE_NOOP("privacy", "The period is from 1 to {max} months.")

# The orders the list offers: a column's key -> its SQL (every one ends in the id, so that
# equal values keep one order).
SORTS = {
    "name": "name COLLATE NOCASE",
    "customer": "customer COLLATE NOCASE",
    "last_interaction": "last_interaction",
    "withdrawn_on": "withdrawn_on",
    "added": "created_at",
}

# MATERIALIZED: the candidates are read once (SQLite would otherwise copy the correlated
# subqueries into the outer WHERE and ORDER BY and run them again for every contact).
_SQL = """
WITH candidate AS MATERIALIZED (
    SELECT c.id, c.uuid, c.name, cu.name AS customer, c.created_at,
        (SELECT max(i.occurred_on) FROM interaction_contact ic
            JOIN interaction i ON i.id = ic.interaction_id
            WHERE ic.contact_id = c.id) AS last_interaction,
        (SELECT max(cc.changed_on) FROM contact_consent cc
            WHERE cc.contact_id = c.id AND NOT cc.given) AS withdrawn_on
    FROM customer cu JOIN contact c ON c.customer_id = cu.id
    WHERE cu.team_id = :team AND NOT c.marketing_consent AND c.created_at < :cutoff
)
SELECT * FROM candidate
WHERE last_interaction IS NULL OR last_interaction < :cutoff_day
ORDER BY {order}, id
"""


@dataclass(frozen=True)
class ReviewRow:
    contact_id: int
    uuid: str
    name: str
    customer: str
    last_interaction: date | None  # the last interaction they took part in, if any
    withdrawn_on: date | None  # consent withdrawn on (None: never given, as far as known)
    added: date


def cutoff(today: date, months: int) -> date:
    return today - relativedelta(months=months)


def _sql(sort: str, descending: bool) -> str:
    order = SORTS.get(sort, SORTS["name"]) + (" DESC" if descending else "")
    return _SQL.format(order=order)


def _params(team_id: int, months: int, today: date) -> dict[str, Any]:
    day = cutoff(today, months)
    return {"team": team_id, "cutoff": datetime.combine(day, datetime.min.time()).isoformat(
        sep=" "), "cutoff_day": day.isoformat()}  # fmt: skip


def review_rows(
    session: Session,
    team_id: int,
    months: int,
    today: date | None = None,
    sort: str = "name",
    descending: bool = False,
) -> list[ReviewRow]:
    """The team's contacts without a lawful basis to keep them (module docstring)."""
    params = _params(team_id, months, today or date.today())
    return [
        ReviewRow(
            r.id,
            r.uuid,
            r.name,
            r.customer,
            as_date(r.last_interaction),
            as_date(r.withdrawn_on),
            as_date(r.created_at),
        )
        for r in session.execute(text(_sql(sort, descending)), params)
    ]


def review_plan(session: Session, team_id: int, sort: str = "name") -> list[str]:
    """EXPLAIN QUERY PLAN of the review's read (tests: every table is read by an index)."""
    params = _params(team_id, DEFAULT_MONTHS, date.today())
    found = session.execute(text("EXPLAIN QUERY PLAN " + _sql(sort, False)), params)
    return [str(row[3]) for row in found]


@dataclass(frozen=True)
class Review:
    months: int
    rows: list[ReviewRow]


def review(store: Store, team_id: int, sort: str = "name", descending: bool = False) -> Review:
    """The read the review dialog asks for (on a worker): the period and its rows."""
    with store.read() as session:
        months = retention_months(session, team_id)
        return Review(months, review_rows(session, team_id, months, None, sort, descending))


# --- the team's retention period ---------------------------------------------------------


def retention_months(session: Session, team_id: int) -> int:
    stored = session.scalar(
        select(PrivacySetting.value).where(
            PrivacySetting.team_id == team_id, PrivacySetting.key == RETENTION
        )
    )
    try:
        months = int(json.loads(stored)) if stored else DEFAULT_MONTHS
    except (TypeError, ValueError):
        return DEFAULT_MONTHS
    return months if 1 <= months <= MONTHS_MAX else DEFAULT_MONTHS


def clean_months(value: Any) -> int:
    error = ValidationError(RETENTION, MONTHS_RANGE, max=MONTHS_MAX)
    try:
        months = parse_whole(value, RETENTION, 1, MONTHS_MAX)
    except ValidationError:
        raise InvalidRecord([error]) from None
    if months is None:
        raise InvalidRecord([error])
    return months


def set_retention_months(store: Store, team_id: int, months: Any) -> int:
    """Set the team's period; return the one it replaced."""
    months = clean_months(months)
    with store.write(Changes.of(Kind.PRIVACY_SETTINGS, ids={team_id})) as session:
        previous = retention_months(session, team_id)
        row = session.scalar(
            select(PrivacySetting).where(
                PrivacySetting.team_id == team_id, PrivacySetting.key == RETENTION
            )
        )
        if row is None:
            session.add(PrivacySetting(team_id=team_id, key=RETENTION, value=json.dumps(months)))
        else:
            row.value = json.dumps(months)
    return previous


def retention_step(store: Store, team_id: int, months: Any) -> Step[int]:
    """Set the retention period as an undoable step (the review dialog offers it)."""
    months = clean_months(months)
    return step(
        "ReviewDialog",
        QT_TRANSLATE_NOOP("ReviewDialog", "Set the retention period to {months} months"),
        lambda: set_retention_months(store, team_id, months),
        lambda previous: set_retention_months(store, team_id, previous),
        lambda previous: set_retention_months(store, team_id, months),
        months=months,
    )
