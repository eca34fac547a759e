"""Lost customers leave the board: the ladder's queries leave out every customer whose
lifecycle stage (the success area's, models/success.py) is lost, and the board's counts
subtract them per level. The stage is read from the model, so the ladder needs nothing of
the success area, which builds on the ladder."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, exists, select
from sqlalchemy import text as sql_text

from app.ladder.filters import BoardFilter
from models.customer import Customer
from models.success import CustomerSuccess, Stage


def not_lost() -> ColumnElement[bool]:
    """SQL over the customer row: its current stage is not lost. A correlated probe of the
    unique customer_id index (about 1 µs a row), so a board page pays only for its rows."""
    return ~exists().where(
        CustomerSuccess.customer_id == Customer.id, CustomerSuccess.stage == Stage.LOST.value
    )


def lost_ids() -> Select[Any]:
    """The ids of customers whose current stage is lost (an indexed, non-correlated read
    that SQLite evaluates once per statement)."""
    return select(CustomerSuccess.customer_id).where(CustomerSuccess.stage == Stage.LOST.value)


_LOST_PER_LEVEL = """
SELECT c.ladder_level, count(*) FROM customer_success AS s
CROSS JOIN customer AS c ON c.id = s.customer_id
WHERE s.stage = 'lost' AND c.team_id = :team AND c.archived = 0 {filters}
GROUP BY c.ladder_level
"""


def lost_per_level(conn: Connection, board: BoardFilter) -> dict[str, int]:
    """The board's lost customers per level, for its counts to leave them out. Driven by
    the few lost customers (CROSS JOIN keeps that order), not by the board's index range."""
    params: dict[str, Any] = {"team": board.team_id}
    sql = _LOST_PER_LEVEL.format(filters=board.where_sql(params))
    return {level: int(n) for level, n in conn.execute(sql_text(sql), params)}
