"""Who to call next: overdue next steps first, then the customers silent for longer than
their level's limit."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import text

from app.ladder.filters import BoardFilter
from app.store import Store
from models.dates import as_date


@dataclass(frozen=True)
class CallItem:
    id: int
    name: str
    level: str
    owner: str | None
    last_contact: date | None
    next_step: str | None
    next_step_due: date | None
    overdue_days: int
    silent_days: int
    silence_limit: int
    # Success area: red health with the immediate next step it asked for (comes first).
    red_step: str | None = None
    red_due: date | None = None


_CALL_SQL = """
WITH latest AS (
    SELECT c.id, c.name, c.ladder_level, m.name AS owner, i.occurred_on AS last_on,
           i.next_step, i.next_step_due,
           CASE WHEN i.next_step_due IS NOT NULL AND i.next_step_due < :today
                THEN CAST(julianday(:today) - julianday(i.next_step_due) AS INTEGER)
                ELSE 0 END AS overdue_days,
           CAST(julianday(:today) - julianday(coalesce(i.occurred_on, date(c.created_at)))
                AS INTEGER) AS silent_days,
           CASE c.ladder_level WHEN 'A1' THEN :a1 WHEN 'A2' THEN :a2 ELSE :a3 END AS silence_limit,
           s.health = 'red' AS red, s.health_next_step AS red_step, s.health_next_due AS red_due
    FROM customer AS c
    LEFT JOIN member AS m ON m.id = c.owner_id
    LEFT JOIN customer_success AS s ON s.customer_id = c.id  -- success area: health, stage
    LEFT JOIN interaction AS i ON i.id = (
        SELECT i2.id FROM interaction AS i2 WHERE i2.customer_id = c.id
        ORDER BY i2.occurred_on DESC, i2.id DESC LIMIT 1)
    WHERE c.team_id = :team AND c.archived = 0 AND coalesce(s.stage, '') <> 'lost' {filters}
)
SELECT *, count(*) OVER () AS total FROM latest
WHERE red OR overdue_days > 0 OR silent_days > silence_limit
ORDER BY coalesce(red, 0) DESC,
         overdue_days > 0 DESC, overdue_days DESC, silent_days - silence_limit DESC, name
LIMIT :limit
"""


def who_to_call(
    store: Store,
    board: BoardFilter,
    silence_limits: dict[str, int],
    today: date | None = None,
    limit: int = 200,
) -> tuple[list[CallItem], int]:
    """Customers to contact, most urgent first, and how many there are in all.

    Customers whose health fell to red come first (with their immediate next step), lost
    customers not at all (both from the success area). Then overdue next steps (most
    overdue first), then customers silent for longer than their level's limit (furthest
    beyond it first).
    """
    today = today or date.today()
    params: dict[str, Any] = {
        "today": today.isoformat(),
        "team": board.team_id,
        "a1": int(silence_limits.get("A1", 30)),
        "a2": int(silence_limits.get("A2", 60)),
        "a3": int(silence_limits.get("A3", 90)),
        "limit": limit,
    }
    sql = _CALL_SQL.format(filters=board.where_sql(params))
    with store.read() as session:
        rows = session.execute(text(sql), params).all()
    items = [
        CallItem(
            row.id,
            row.name,
            row.ladder_level,
            row.owner,
            as_date(row.last_on),
            row.next_step,
            as_date(row.next_step_due),
            int(row.overdue_days),
            int(row.silent_days),
            int(row.silence_limit),
            row.red_step if row.red else None,
            as_date(row.red_due) if row.red else None,
        )
        for row in rows
    ]
    return items, int(rows[0].total) if rows else 0
