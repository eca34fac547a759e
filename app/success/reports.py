"""The success reports, aggregated in SQL and shared by the panel, the charts, the Excel
export and the tests: at-risk customers, renewals due, health distribution, lifecycle
stages, churn by reason, win-back opportunities, NPS by month, satisfaction by ladder
level and by segment.

Each reads one team's live customers; each is one statement over indexed columns (see
docs/benchmarks.md, "Customer success", for their times at 100 000 customers).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import text

from app.store import Store
from app.success.rules import nps, sharp_drop
from models.dates import as_date


@dataclass(frozen=True)
class AtRisk:
    id: int
    name: str
    level: str
    owner: str | None
    stage: str | None
    health: str | None
    health_reason: str | None
    next_step: str | None
    next_step_due: date | None
    flags: int
    flag_names: str | None
    renewal_on: date | None
    renewal_due: bool


AT_RISK_SQL = """
WITH flags AS (
    SELECT customer_id, count(*) AS n, group_concat(contact_name, ', ') AS names
    FROM risk_flag WHERE resolved_on IS NULL AND deleted_at IS NULL
    GROUP BY customer_id
), tracked AS (
    SELECT s.*, coalesce(f.n, 0) AS flags, f.names AS flag_names,
           (s.renewal_on IS NOT NULL AND s.renewal_on >= :today
            AND julianday(s.renewal_on) - julianday(:today) <= 7 * s.reminder_weeks)
           AS renewal_due
    FROM customer_success AS s LEFT JOIN flags AS f ON f.customer_id = s.customer_id
)
SELECT c.id, c.name, c.ladder_level, m.name AS owner, t.stage, t.health, t.health_reason,
       t.health_next_step, t.health_next_due, t.flags, t.flag_names, t.renewal_on,
       t.renewal_due, count(*) OVER () AS total
FROM tracked AS t
JOIN customer AS c ON c.id = t.customer_id
LEFT JOIN member AS m ON m.id = c.owner_id
WHERE c.team_id = :team AND c.archived = 0 AND coalesce(t.stage, '') <> 'lost'
  AND (t.health = 'red' OR t.flags > 0
       OR (t.renewal_due AND coalesce(t.health, '') <> 'green'))
ORDER BY coalesce(t.health = 'red', 0) DESC, t.flags DESC, t.renewal_on IS NULL, t.renewal_on,
         c.name, c.id
LIMIT :limit
"""


def at_risk(
    store: Store, team_id: int, today: date | None = None, limit: int = 500
) -> tuple[list[AtRisk], int]:
    """Customers at risk, most urgent first, and how many there are in all: red health,
    a key contact who left, or a renewal within its reminder weeks without green health.
    Lost customers are not listed (they are churn, not risk)."""
    today = today or date.today()
    params = {"today": today.isoformat(), "team": team_id, "limit": limit}
    with store.read() as session:
        rows = session.execute(text(AT_RISK_SQL), params).all()
    items = [
        AtRisk(
            r.id,
            r.name,
            r.ladder_level,
            r.owner,
            r.stage,
            r.health,
            r.health_reason,
            r.health_next_step,
            as_date(r.health_next_due),
            int(r.flags),
            r.flag_names,
            as_date(r.renewal_on),
            bool(r.renewal_due),
        )
        for r in rows
    ]
    return items, int(rows[0].total) if rows else 0


def renewals_due(store: Store, team_id: int, today: date | None = None) -> list[dict[str, Any]]:
    """Contracts whose renewal reminder is on: from the chosen weeks before until the day."""
    today = today or date.today()
    sql = """
    SELECT c.id, c.name, s.renewal_on, s.reminder_weeks, s.health
    FROM customer_success AS s JOIN customer AS c ON c.id = s.customer_id
    WHERE c.team_id = :team AND c.archived = 0 AND coalesce(s.stage, '') <> 'lost'
      AND s.renewal_on >= :today
      AND julianday(s.renewal_on) - julianday(:today) <= 7 * s.reminder_weeks
    ORDER BY s.renewal_on, c.name
    """
    with store.read() as session:
        rows = session.execute(text(sql), {"team": team_id, "today": today.isoformat()}).all()
    return [{**r._mapping, "renewal_on": as_date(r.renewal_on)} for r in rows]


def health_distribution(store: Store, team_id: int) -> dict[str, int]:
    """Tracked, not lost customers per health ("none": not yet assessed)."""
    sql = """
    SELECT coalesce(s.health, 'none') AS health, count(*) AS n
    FROM customer_success AS s JOIN customer AS c ON c.id = s.customer_id
    WHERE c.team_id = :team AND c.archived = 0 AND coalesce(s.stage, '') <> 'lost'
      AND (s.stage IS NOT NULL OR s.health IS NOT NULL)
    GROUP BY 1
    """
    with store.read() as session:
        rows = session.execute(text(sql), {"team": team_id}).all()
    counts = {"green": 0, "yellow": 0, "red": 0, "none": 0}
    counts.update({r.health: int(r.n) for r in rows})
    return counts


def stage_counts(store: Store, team_id: int) -> dict[str, int]:
    """Customers per current lifecycle stage (lost and win-back included)."""
    sql = """
    SELECT s.stage, count(*) AS n
    FROM customer_success AS s JOIN customer AS c ON c.id = s.customer_id
    WHERE c.team_id = :team AND c.archived = 0 AND s.stage IS NOT NULL
    GROUP BY s.stage
    """
    with store.read() as session:
        rows = session.execute(text(sql), {"team": team_id}).all()
    return {r.stage: int(r.n) for r in rows}


def churn_by_reason(store: Store, team_id: int, since: date, until: date) -> dict[str, int]:
    """Customers lost between the two days (inclusive), per reason. Each loss counts,
    also of a customer won back since; an undone loss does not."""
    sql = """
    SELECT e.lost_reason, count(*) AS n
    FROM lifecycle_change AS e JOIN customer AS c ON c.id = e.customer_id
    WHERE c.team_id = :team AND e.to_stage = 'lost' AND e.deleted_at IS NULL
      AND e.changed_on BETWEEN :since AND :until
    GROUP BY e.lost_reason
    ORDER BY n DESC, e.lost_reason
    """
    params = {"team": team_id, "since": since.isoformat(), "until": until.isoformat()}
    with store.read() as session:
        rows = session.execute(text(sql), params).all()
    return {r.lost_reason: int(r.n) for r in rows}


def win_backs(store: Store, team_id: int, limit: int = 200) -> list[dict[str, Any]]:
    """Open win-back opportunities: customers at the win-back stage, with why they left."""
    sql = """
    SELECT c.id, c.name, s.stage_since,
           (SELECT e.lost_reason FROM lifecycle_change AS e
            WHERE e.customer_id = c.id AND e.to_stage = 'lost' AND e.deleted_at IS NULL
            ORDER BY e.changed_on DESC, e.id DESC LIMIT 1) AS lost_reason
    FROM customer_success AS s JOIN customer AS c ON c.id = s.customer_id
    WHERE c.team_id = :team AND c.archived = 0 AND s.stage = 'win_back'
    ORDER BY s.stage_since, c.name
    LIMIT :limit
    """
    with store.read() as session:
        rows = session.execute(text(sql), {"team": team_id, "limit": limit}).all()
    return [{**r._mapping, "stage_since": as_date(r.stage_since)} for r in rows]


# --- satisfaction --------------------------------------------------------------------------


@dataclass(frozen=True)
class SatisfactionPoint:
    """One group's satisfaction: a month, a ladder level or a segment."""

    label: str
    answers: int  # NPS answers
    nps: float | None
    scores: int  # 1–5 answers
    mean_score: float | None


@dataclass(frozen=True)
class NpsSeries:
    months: list[SatisfactionPoint]  # oldest first, every month present
    drop: float | None  # NPS points the last month fell below the three before (if sharp)


def _point(label: str, row: Any) -> SatisfactionPoint:
    answers = int(row.answers or 0) if row else 0
    return SatisfactionPoint(
        label,
        answers,
        nps(int(row.promoters or 0), int(row.detractors or 0), answers) if row else None,
        int(row.scores or 0) if row else 0,
        float(row.mean_score) if row and row.mean_score is not None else None,
    )


_AGGREGATES = """count(s.nps) AS answers, sum(s.nps >= 9) AS promoters,
       sum(s.nps <= 6) AS detractors, count(s.score) AS scores, avg(s.score) AS mean_score"""


def _month_start(day: date, back: int) -> date:
    index = day.year * 12 + day.month - 1 - back
    return date(index // 12, index % 12 + 1, 1)


def nps_by_month(
    store: Store, team_id: int, months: int = 24, today: date | None = None
) -> NpsSeries:
    """NPS and the mean 1–5 score per month, the last `months` months, with a sharp-drop
    warning when the last month fell 20 points below the three before it."""
    today = today or date.today()
    since = _month_start(today, months - 1)
    sql = f"""
    SELECT strftime('%Y-%m', s.measured_on) AS month, {_AGGREGATES}
    FROM satisfaction AS s JOIN customer AS c ON c.id = s.customer_id
    WHERE c.team_id = :team AND s.deleted_at IS NULL AND s.measured_on >= :since
    GROUP BY month
    """
    with store.read() as session:
        rows = session.execute(text(sql), {"team": team_id, "since": since.isoformat()}).all()
    by_month = {r.month: r for r in rows}
    points = []
    for back in range(months - 1, -1, -1):
        start = _month_start(today, back)
        key = f"{start.year:04d}-{start.month:02d}"
        points.append(_point(key, by_month.get(key)))
    return NpsSeries(points, sharp_drop([p.nps for p in points]))


def satisfaction_by_level(
    store: Store, team_id: int, since: date | None = None
) -> list[SatisfactionPoint]:
    """Satisfaction of the last year's entries per current ladder level, A3 to A1."""
    since = since or date.today() - timedelta(days=365)
    sql = f"""
    SELECT c.ladder_level AS label, {_AGGREGATES}
    FROM satisfaction AS s JOIN customer AS c ON c.id = s.customer_id
    WHERE c.team_id = :team AND s.deleted_at IS NULL AND s.measured_on >= :since
    GROUP BY c.ladder_level
    """
    with store.read() as session:
        rows = session.execute(text(sql), {"team": team_id, "since": since.isoformat()}).all()
    found = {r.label: r for r in rows}
    return [_point(level, found.get(level)) for level in ("A3", "A2", "A1")]


def satisfaction_by_segment(
    store: Store, segmentation_id: int, since: date | None = None
) -> list[SatisfactionPoint]:
    """Satisfaction of the last year's entries per segment of one segmentation."""
    since = since or date.today() - timedelta(days=365)
    sql = f"""
    SELECT g.name AS label, g.position, {_AGGREGATES}
    FROM segment AS g
    LEFT JOIN customer_segment AS cs ON cs.segment_id = g.id
    LEFT JOIN satisfaction AS s ON s.customer_id = cs.customer_id
         AND s.deleted_at IS NULL AND s.measured_on >= :since
    WHERE g.segmentation_id = :segmentation
    GROUP BY g.id
    ORDER BY g.position, g.name
    """
    params = {"segmentation": segmentation_id, "since": since.isoformat()}
    with store.read() as session:
        rows = session.execute(text(sql), params).all()
    return [_point(r.label, r) for r in rows]
