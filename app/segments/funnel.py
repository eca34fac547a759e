"""The ladder funnel month by month: customers per level at each month's end, the moves up
out of A3 and A2 in each month, and the monthly conversion.

The same replay as the ladder's statistics (app.ladder.stats): a customer enters at its
initial level on the day it was added, each move leaves one level and enters another, and
archived customers are left out. Here the events are summed per month in SQL, so the
funnel at 100 000 customers is ready in a fraction of the time of loading every move into
pandas; tests check both give the same counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np
from sqlalchemy import Connection

from app.segments import columns
from app.segments.columns import monthly_counts
from app.segments.filters import CREATED_ON, ChartFilter, added_params, month_key
from app.store import Store
from models.ladder import LEVELS

_RANK = {"A3": 0, "A2": 1, "A1": 2}

_RANK_SQL = "(CASE {} WHEN 'A3' THEN 1 WHEN 'A2' THEN 2 ELSE 3 END)"  # 0 would mean "none"

# Every customer's entry to the board: the local day it was added and its initial level (the
# from-level of its first move, else its level now), one seek per customer in
# ix_ladder_move_customer_levels. Counted per month in numpy (columns.monthly_counts): a
# GROUP BY sorted all of them; the local day is computed once per customer.
_ENTRIES = f"""
SELECT count(*), group_concat(born), group_concat({_RANK_SQL.format("level")}) FROM (
  SELECT {CREATED_ON} AS born,
         coalesce((SELECT m.from_level FROM ladder_move m WHERE m.customer_id = c.id
                   ORDER BY m.moved_on, m.id LIMIT 1), c.ladder_level) AS level
    FROM customer c WHERE {{scope}}
) WHERE born <= :end
"""

# Every move once, by month and (from, to) packed as 3 × from + to + 1: both ends of each
# move and the moves up come from these counts.
_MOVES = f"""
SELECT count(*), group_concat(m.moved_on),
       group_concat(3 * {_RANK_SQL.format("m.from_level")} + {_RANK_SQL.format("m.to_level")} - 3)
  FROM ladder_move m
 WHERE m.customer_id IN (SELECT c.id FROM customer c WHERE {{scope}}) AND m.moved_on <= :end
"""


def _events(
    conn: Connection, filt: ChartFilter, condition: str, params: dict[str, Any]
) -> tuple[dict[tuple[str, int | None], int], dict[tuple[str, int | None], int]]:
    """(entries, moves) counted by (month, code) as from _ENTRIES and _MOVES: from one read
    of every customer's events (columns.LadderEvents), else from the two statements."""
    count, text, _none = columns.read(
        conn,
        columns.ladder_events_sql(condition),
        {**params, **added_params(filt.day, filt.start)},
    )
    events = columns.LadderEvents.parse(text, count)
    if events is None:  # a date not in ISO form: let SQL read it
        return (
            monthly_counts(conn, _ENTRIES.format(scope=condition), params),
            monthly_counts(conn, _MOVES.format(scope=condition), params),
        )
    end = columns.day_number(filt.day.isoformat())
    born = events.added <= end
    moved = events.moved <= end
    return (
        _count(columns.month_of_day(events.added[born]), events.initial[born] + 1),
        _count(
            columns.month_of_day(events.moved[moved]),
            3 * events.from_level[moved] + events.to_level[moved] + 1,
        ),
    )


def _count(months: columns.Ints, codes: columns.Ints) -> dict[tuple[str, int | None], int]:
    pairs, counts = np.unique(months * 16 + codes, return_counts=True)
    return {
        (columns.month_key_of(pair // 16), pair % 16): n
        for pair, n in zip(pairs.tolist(), counts.tolist(), strict=True)
    }


def _before_period(
    counted: dict[tuple[str, int | None], int], start: str
) -> list[tuple[str, int, int]]:
    """(month, code, count) with every month before the period's as ''."""
    return [
        ("" if month < start else month, code or 0, count)
        for (month, code), count in counted.items()
    ]


@dataclass
class Funnel:
    months: list[date]  # first day of each month
    counts: dict[str, list[int]]  # level -> customers at each month's end (the last: `end`)
    upward: dict[str, list[int]]  # "A3", "A2" -> moves up out of that level in each month
    start_counts: dict[str, int]  # per level on the day before the period

    def conversion(self, lower: str) -> list[float | None]:
        """Moves up out of `lower` per customer at `lower` at the month's start."""
        before = [self.start_counts[lower], *self.counts[lower][:-1]]
        return [
            moved / base if base else None
            for moved, base in zip(self.upward[lower], before, strict=True)
        ]

    @property
    def empty(self) -> bool:
        return not any(any(v) for v in self.counts.values()) and not any(
            any(v) for v in self.upward.values()
        )


def funnel(store: Store, filt: ChartFilter) -> Funnel:
    months = filt.months()
    condition, params = filt.scope()
    params = {**params, **filt.period_params()}
    start = month_key(filt.start)
    with store.read() as session:
        conn = session.connection()
        entries, moves = _events(conn, filt, condition, params)
    deltas: dict[str, dict[str, int]] = {}
    for month, rank, count in _before_period(entries, start):
        by_level = deltas.setdefault(month, {})
        by_level[LEVELS[rank - 1]] = by_level.get(LEVELS[rank - 1], 0) + count
    moved: dict[str, dict[str, int]] = {"A3": {}, "A2": {}}
    for month, pair, count in _before_period(moves, start):
        from_level, to_level = LEVELS[(pair - 1) // 3], LEVELS[(pair - 1) % 3]
        by_level = deltas.setdefault(month, {})
        by_level[from_level] = by_level.get(from_level, 0) - count
        by_level[to_level] = by_level.get(to_level, 0) + count
        if month and _RANK[to_level] > _RANK[from_level]:
            moved[from_level][month] = moved[from_level].get(month, 0) + count
    running = {level: deltas.get("", {}).get(level, 0) for level in LEVELS}
    start_counts = dict(running)
    counts: dict[str, list[int]] = {level: [] for level in LEVELS}
    for first_day in months:
        for level in LEVELS:
            running[level] += deltas.get(month_key(first_day), {}).get(level, 0)
            counts[level].append(running[level])
    ups = {lower: [moved[lower].get(month_key(m), 0) for m in months] for lower in moved}
    return Funnel(months, counts, ups, start_counts)
