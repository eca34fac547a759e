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

from sqlalchemy import text

from app.segments.filters import CREATED_ON, ChartFilter, month_key
from app.store import Store
from models.ladder import LEVELS

_RANK = "(CASE {col} WHEN 'A3' THEN 0 WHEN 'A2' THEN 1 ELSE 2 END)"

_EVENTS = f"""
WITH sc AS MATERIALIZED (
  SELECT c.id, c.ladder_level, {CREATED_ON} AS born FROM customer c WHERE {{scope}}
), ev(day, level, delta) AS (
  SELECT sc.born, coalesce((SELECT m.from_level FROM ladder_move m WHERE m.customer_id = sc.id
                            ORDER BY m.moved_on, m.id LIMIT 1), sc.ladder_level), 1 FROM sc
  UNION ALL SELECT m.moved_on, m.from_level, -1 FROM ladder_move m JOIN sc ON sc.id = m.customer_id
  UNION ALL SELECT m.moved_on, m.to_level, 1 FROM ladder_move m JOIN sc ON sc.id = m.customer_id
)
SELECT CASE WHEN day < :start THEN '' ELSE substr(day, 1, 7) END AS month, level, sum(delta)
  FROM ev WHERE day <= :end GROUP BY 1, 2
"""

_UPWARD = f"""
SELECT substr(m.moved_on, 1, 7), m.from_level, count(*)
  FROM ladder_move m JOIN customer c ON c.id = m.customer_id
 WHERE {{scope}} AND m.moved_on BETWEEN :start AND :end
   AND {_RANK.format(col="m.to_level")} > {_RANK.format(col="m.from_level")}
 GROUP BY 1, 2
"""


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
    with store.read() as session:
        events = session.execute(text(_EVENTS.format(scope=condition)), params).all()
        upward = session.execute(text(_UPWARD.format(scope=condition)), params).all()
    deltas: dict[str, dict[str, int]] = {}
    for month, level, delta in events:
        deltas.setdefault(month, {})[level] = int(delta)
    running = {level: deltas.get("", {}).get(level, 0) for level in LEVELS}
    start_counts = dict(running)
    counts: dict[str, list[int]] = {level: [] for level in LEVELS}
    for month in months:
        for level in LEVELS:
            running[level] += deltas.get(month_key(month), {}).get(level, 0)
            counts[level].append(running[level])
    moved: dict[str, dict[str, int]] = {}
    for month, lower, count in upward:
        moved.setdefault(lower, {})[month] = int(count)
    ups = {
        lower: [moved.get(lower, {}).get(month_key(m), 0) for m in months] for lower in ("A3", "A2")
    }
    return Funnel(months, counts, ups, start_counts)
