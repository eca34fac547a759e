"""Value × potential: each customer's place on the two axes, the quadrant cuts and the
suggested strategy per quadrant (seed 004 l. 509–531, figure 18; l. 564, 650).

The cut is either a fixed score (1–5) on both axes or the Pareto cut: sorted from the
highest, the customers that together bring the chosen share (default 80 %) of the whole
team's current value are "high value"; the same on potential. The cut is the team's, so
filtering by owner or segment moves no lines, only which balloons are drawn.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import text

from app.governance.strategies import Choice, set_strategies
from app.segments.filters import CREATED_ON, LEVEL_AT, ChartFilter
from app.segments.values import Weights, weights_at
from app.store import Store
from models.governance import Strategy

QUADRANTS = ("high_high", "high_low", "low_high", "low_low")  # value first, then potential
SUGGESTED: dict[str, tuple[str, ...]] = {
    "high_high": (Strategy.PROTECT.value, Strategy.GROW.value),
    "high_low": (Strategy.PROTECT.value,),
    "low_high": (Strategy.GROW.value,),
    "low_low": (Strategy.STREAMLINE.value,),
}


@dataclass(frozen=True)
class Cut:
    """Where the quadrant lines go: "pareto" at `share` of the team's total, or "fixed"."""

    mode: str = "pareto"
    share: float = 0.8
    score: float = 3.0


@dataclass(frozen=True)
class Point:
    customer_id: int
    name: str
    owner_id: int | None
    level: str
    value: float
    potential: float
    revenue: float | None
    quadrant: str
    strategies: tuple[tuple[str, str], ...] = ()

    @property
    def suggested(self) -> tuple[str, ...]:
        return SUGGESTED[self.quadrant]


@dataclass
class ValueMap:
    day: date
    weights: Weights
    cut: Cut
    value_cut: float | None
    potential_cut: float | None
    points: list[Point]
    unscored: int  # customers in the filter without both a value and a potential score
    compare_day: date | None = None
    before: dict[int, tuple[float, float]] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        found = Counter(p.quadrant for p in self.points)
        return {q: found.get(q, 0) for q in QUADRANTS}


def _source(day: date, today: date) -> tuple[str, str]:
    """(join, alias) of the scores on `day`: the customer row now, its history before."""
    if day >= today:
        return "", "c"
    return (
        "JOIN customer_score_history s ON s.customer_id = c.id AND s.valid_from = "
        "(SELECT max(h.valid_from) FROM customer_score_history h"
        " WHERE h.customer_id = c.id AND h.valid_from <= :day)",
        "s",
    )


_PARETO = """(SELECT min({col}) FROM (SELECT {col}, sum({col}) OVER (ORDER BY {col} DESC
  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS before, sum({col}) OVER () AS total
  FROM pts WHERE {col} IS NOT NULL) WHERE coalesce(before, 0) < :share * total)"""


def _statement(
    filt: ChartFilter, day: date, weights: Weights, cut: Cut | None
) -> tuple[str, dict[str, Any]]:
    join, src = _source(day, filt.today)
    team, team_params = filt.scope(team_only=True)
    chosen, chosen_params = filt.scope()
    if cut is None:
        cuts = "NULL AS vcut, NULL AS pcut"
    elif cut.mode == "fixed":
        cuts = ":score AS vcut, :score AS pcut"
    else:
        cuts = f"{_PARETO.format(col='value')} AS vcut, {_PARETO.format(col='potential')} AS pcut"
    sql = f"""
WITH pts AS MATERIALIZED (
  SELECT c.id, c.name, c.owner_id, {LEVEL_AT} AS level,
         {weights.sql(("volume", "profitability", "reference"), src)} AS value,
         {weights.sql(("share_of_wallet", "cross_sell", "growing_together"), src)} AS potential,
         {src}.annual_revenue AS revenue, ({chosen}) AS chosen
    FROM customer c {join}
   WHERE {team} AND {CREATED_ON} <= :day
), cut AS (SELECT {cuts})
SELECT pts.id, pts.name, pts.owner_id, pts.level, pts.value, pts.potential, pts.revenue,
       cut.vcut, cut.pcut,
       (SELECT group_concat(cs.strategy || ':' || cs.source) FROM customer_strategy cs
         WHERE cs.customer_id = pts.id) AS strategies
  FROM pts, cut
 WHERE pts.chosen
 ORDER BY pts.value DESC, pts.name"""
    params = {**team_params, **chosen_params, "day": day.isoformat()}
    if cut is not None:
        params.update(share=cut.share, score=cut.score)
    return sql, params


def _quadrant(value: float, potential: float, vcut: float | None, pcut: float | None) -> str:
    high_value = vcut is not None and value >= vcut - 1e-9
    high_potential = pcut is not None and potential >= pcut - 1e-9
    return f"{'high' if high_value else 'low'}_{'high' if high_potential else 'low'}"


def _strategies(raw: str | None) -> tuple[tuple[str, str], ...]:
    if not raw:
        return ()
    pairs = (item.split(":", 1) for item in raw.split(","))
    return tuple(sorted((s, source) for s, source in pairs))


def value_map(
    store: Store,
    filt: ChartFilter,
    cut: Cut | None = None,
    day: date | None = None,
    compare_day: date | None = None,
) -> ValueMap:
    """Customers on value × potential at `day` (the filter's end), cut into quadrants; with
    `compare_day`, where the same customers stood then (same weights, so arrows show only
    changed scores)."""
    cut = cut or Cut()
    day = day or filt.day
    with store.read() as session:
        weights = weights_at(session, filt.team_id, day)
        sql, params = _statement(filt, day, weights, cut)
        rows = session.execute(text(sql), params).all()
        before: dict[int, tuple[float, float]] = {}
        if compare_day is not None:
            sql, params = _statement(filt, compare_day, weights, None)
            before = {
                r[0]: (r[5], r[4])
                for r in session.execute(text(sql), params)
                if r[4] is not None and r[5] is not None
            }
    vcut = rows[0][7] if rows else None
    pcut = rows[0][8] if rows else None
    points = [
        Point(
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            r[5],
            r[6],
            _quadrant(r[4], r[5], vcut, pcut),
            _strategies(r[9]),
        )
        for r in rows
        if r[4] is not None and r[5] is not None
    ]
    return ValueMap(
        day, weights, cut, vcut, pcut, points, len(rows) - len(points), compare_day, before
    )


# --- accepting a suggestion -----------------------------------------------------------------


def accept_suggestions(
    store: Store, suggestions: dict[int, tuple[str, ...]], author_member_id: int | None = None
) -> dict[int, Choice]:
    """Give each customer its quadrant's suggested strategies (source "suggested"), through
    the governance area's one write path; return the choices replaced (for undo)."""
    previous: dict[int, Choice] = {}
    for customer_id, strategies in suggestions.items():
        choice = tuple((s, "suggested") for s in strategies)
        previous[customer_id] = set_strategies(store, customer_id, choice, author_member_id)
    return previous


def put_strategies(
    store: Store, choices: dict[int, Choice], author_member_id: int | None = None
) -> dict[int, Choice]:
    """Set each customer's strategies as given; return the replaced ones (undo and redo)."""
    return {
        customer_id: set_strategies(store, customer_id, choice, author_member_id)
        for customer_id, choice in choices.items()
    }
