"""The ladder's rule for a customer's level: it is where the customer's latest move took it.

"Latest" is by the day of the move; moves of the same day are ordered by what the caller
knows of the order they were made in (`then_by`, an SQL expression over the move `m`: team
sync passes the clock stamp of the operation that recorded each move, app/sync/derived.py),
then by the move's UUID, so that every laptop picks the same one. Plain sqlite3, as the
sync engine reads and writes."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

_LATEST = """
SELECT c.id, c.ladder_level, (
    SELECT m.to_level FROM ladder_move m
    WHERE m.customer_id = c.id
    ORDER BY m.moved_on DESC, {then_by} DESC, m.uuid DESC
    LIMIT 1)
FROM customer c WHERE c.uuid = ?
"""


@dataclass(frozen=True)
class LevelByMoves:
    customer_id: int
    level: str  # the level stored on the customer
    latest: str | None  # where its latest move took it (None: no move)


def level_by_moves(
    db: sqlite3.Connection, customer_uuid: str, then_by: str = "m.id"
) -> LevelByMoves | None:
    """A customer's stored level and the level its latest move says (None: no customer).
    `then_by` is one of the callers' fixed SQL expressions, never user input."""
    row = db.execute(_LATEST.format(then_by=then_by), (customer_uuid,)).fetchone()
    return None if row is None else LevelByMoves(int(row[0]), row[1], row[2])
