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
from typing import Any, NamedTuple

from app.governance.strategies import Choice, set_strategies
from app.segments.filters import CREATED_ON, LEVEL_AT, ChartFilter, fetch
from app.segments.values import Weights, weights_at
from app.store import Store
from models.governance import Strategy
from models.segment import HISTORY_SCORES_INDEX

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


class Point(NamedTuple):
    """One customer on the map (a tuple: 50 000 of them are made in a few milliseconds)."""

    customer_id: int
    name: str
    owner_id: int | None
    level: str
    value: float
    potential: float
    revenue: float | None
    quadrant: str
    strategies_text: str | None = None  # "protect:suggested,grow:manual" when asked for

    @property
    def suggested(self) -> tuple[str, ...]:
        return SUGGESTED[self.quadrant]

    @property
    def strategies(self) -> tuple[tuple[str, str], ...]:
        return _strategies(self.strategies_text)


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
    # Named: left to choose, SQLite takes the unique (customer_id, valid_from) index and then
    # reads each history row for its scores (about twice the time at 100 000 customers).
    return (
        f"JOIN customer_score_history s INDEXED BY {HISTORY_SCORES_INDEX}"
        " ON s.customer_id = c.id AND s.valid_from = "
        "(SELECT max(h.valid_from) FROM customer_score_history h"
        " WHERE h.customer_id = c.id AND h.valid_from <= :day)",
        "s",
    )


# The Pareto cut over the distinct scores (weighted means of 1–5 take a few hundred values
# at most): a group qualifies while the scores above it sum to less than the share.
_PARETO = """(SELECT min(v) FROM (SELECT v, sum(total) OVER (ORDER BY v DESC
  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS above, sum(total) OVER () AS whole
  FROM (SELECT {col} AS v, sum({col}) AS total FROM pts WHERE {col} IS NOT NULL GROUP BY {col}))
  WHERE coalesce(above, 0) < :share * whole)"""
_HIGH = "(CASE WHEN pts.{col} >= cut.{cut} - 1e-9 THEN 'high' ELSE 'low' END)"
_STRATEGIES = (
    "(SELECT group_concat(cs.strategy || ':' || cs.source) FROM customer_strategy cs"
    " WHERE cs.customer_id = pts.id)"
)


def _statement(
    filt: ChartFilter, day: date, weights: Weights, cut: Cut, strategies: bool
) -> tuple[str, dict[str, Any]]:
    join, src = _source(day, filt.today)
    team, team_params = filt.scope(team_only=True)
    chosen, chosen_params = filt.scope()
    now = day >= filt.today  # today the level is the customer's own and everyone exists
    if cut.mode == "fixed":
        cuts = ":score AS vcut, :score AS pcut"
    else:
        cuts = f"{_PARETO.format(col='value')} AS vcut, {_PARETO.format(col='potential')} AS pcut"
    quadrant = f"{_HIGH.format(col='value', cut='vcut')} || '_' || " + _HIGH.format(
        col="potential", cut="pcut"
    )
    sql = f"""
WITH pts AS MATERIALIZED (
  SELECT c.id, c.name, c.owner_id, {"c.ladder_level" if now else LEVEL_AT} AS level,
         {weights.sql(("volume", "profitability", "reference"), src)} AS value,
         {weights.sql(("share_of_wallet", "cross_sell", "growing_together"), src)} AS potential,
         {src}.annual_revenue AS revenue, ({chosen}) AS chosen
    FROM customer c {join}
   WHERE {team} {"" if now else f"AND {CREATED_ON} <= :day"}
), cut AS (SELECT {cuts})
SELECT pts.id, pts.name, pts.owner_id, pts.level, pts.value, pts.potential, pts.revenue,
       CASE WHEN pts.value IS NULL OR pts.potential IS NULL THEN NULL ELSE {quadrant} END,
       {_STRATEGIES if strategies else "NULL"}, cut.vcut, cut.pcut
  FROM pts, cut
 WHERE pts.chosen"""
    params = {**team_params, **chosen_params, "day": day.isoformat()}
    return sql, {**params, "share": cut.share, "score": cut.score}


def _positions(filt: ChartFilter, day: date, weights: Weights) -> tuple[str, dict[str, Any]]:
    """Where the filter's customers stood on an earlier day: id, value, potential only."""
    join, src = _source(day, filt.today)
    chosen, params = filt.scope()
    sql = f"""
SELECT c.id, {weights.sql(("volume", "profitability", "reference"), src)},
       {weights.sql(("share_of_wallet", "cross_sell", "growing_together"), src)}
  FROM customer c {join}
 WHERE {chosen} AND {CREATED_ON} <= :day"""
    return sql, {**params, "day": day.isoformat()}


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
    strategies: bool = False,
) -> ValueMap:
    """Customers on value × potential at `day` (the filter's end), cut into quadrants; with
    `compare_day`, where the same customers stood then (same weights, so arrows show only
    changed scores); with `strategies`, each customer's present strategies."""
    cut = cut or Cut()
    day = day or filt.day
    with store.read() as session:
        weights = weights_at(session, filt.team_id, day)
        conn = session.connection()
        rows = fetch(conn, *_statement(filt, day, weights, cut, strategies))
        before: dict[int, tuple[float, float]] = {}
        if compare_day is not None:
            before = {
                r[0]: (r[2], r[1])
                for r in fetch(conn, *_positions(filt, compare_day, weights))
                if r[1] is not None and r[2] is not None
            }
    vcut = rows[0][9] if rows else None
    pcut = rows[0][10] if rows else None
    points = [Point._make(r[:9]) for r in rows if r[7] is not None]
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
