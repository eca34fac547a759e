"""Value × potential: each customer's place on the two axes, the quadrant cuts and the
suggested strategy per quadrant (seed 004 l. 509–531, figure 18; l. 564, 650).

The cut is either a fixed score (1–5) on both axes or the Pareto cut: sorted from the
highest, the customers that together bring the chosen share (default 80 %) of the whole
team's current value are "high value"; the same on potential. The cut is the team's, so
filtering by owner or segment moves no lines, only which balloons are drawn.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Any, NamedTuple

import numpy as np
import numpy.typing as npt
from sqlalchemy import Connection

from app.areas import hooks
from app.segments import columns
from app.segments.columns import Floats, Ints
from app.segments.filters import ADDED_BY, LEVEL_AT, ChartFilter, added_params, fetch
from app.segments.values import Weights, weights_at
from app.store import Store
from models.governance import Strategy
from models.ladder import LEVELS
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
    """One customer on the map, for code that wants a record (tests, a selection of rows);
    the chart and the table read the map's columns."""

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
    """The scored customers the filter chose, as columns (row i of every array is the same
    customer), with the team's cuts. No object per customer: at 50 000 customers building
    them cost more than the read (see docs/benchmarks.md, Segments, fourth round)."""

    day: date
    weights: Weights
    cut: Cut
    value_cut: float | None
    potential_cut: float | None
    ids: Ints
    names: list[str]
    owners: Ints  # 0: no owner
    levels: npt.NDArray[np.int8]  # index into LEVELS
    values: Floats
    potentials: Floats
    revenues: Floats  # NaN: no revenue recorded
    quadrants: npt.NDArray[np.int8]  # index into QUADRANTS
    unscored: int  # customers in the filter without both a value and a potential score
    compare_day: date | None = None
    # Where each customer stood on compare_day (NaN: not there or not scored then).
    before_values: Floats = field(default_factory=lambda: np.zeros(0))
    before_potentials: Floats = field(default_factory=lambda: np.zeros(0))
    strategies_texts: dict[int, str] = field(default_factory=dict)  # customer id -> text

    def __len__(self) -> int:
        return len(self.ids)

    def point(self, row: int) -> Point:
        customer_id = int(self.ids[row])
        revenue = float(self.revenues[row])
        return Point(
            customer_id,
            self.names[row],
            int(self.owners[row]) or None,
            LEVELS[self.levels[row]],
            float(self.values[row]),
            float(self.potentials[row]),
            None if math.isnan(revenue) else revenue,
            QUADRANTS[self.quadrants[row]],
            self.strategies_texts.get(customer_id),
        )

    @cached_property
    def points(self) -> list[Point]:
        return [self.point(row) for row in range(len(self))]

    @cached_property
    def row_of(self) -> dict[int, int]:
        return {int(customer_id): row for row, customer_id in enumerate(self.ids)}

    def name_of(self, customer_id: int) -> str:
        row = self.row_of.get(customer_id)
        return "" if row is None else self.names[row]

    @property
    def before(self) -> dict[int, tuple[float, float]]:
        """customer id -> (potential, value) on compare_day, for those scored then."""
        if not len(self.before_values):
            return {}
        there = ~np.isnan(self.before_values) & ~np.isnan(self.before_potentials)
        return {
            int(self.ids[r]): (float(self.before_potentials[r]), float(self.before_values[r]))
            for r in np.flatnonzero(there)
        }

    def counts(self) -> dict[str, int]:
        found = np.bincount(self.quadrants, minlength=len(QUADRANTS))
        return {q: int(found[i]) for i, q in enumerate(QUADRANTS)}


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


def _statement(filt: ChartFilter, day: date) -> tuple[str, dict[str, Any]]:
    """The whole team's customers on `day` as columns: ids, owners, codes (scores, level,
    chosen by the filter), revenues and names. The cut is the team's, so everyone is read;
    the filter's choice travels in the code."""
    join, src = _source(day, filt.today)
    team, team_params = filt.scope(team_only=True)
    chosen, chosen_params = filt.scope()
    now = day >= filt.today  # today the level is the customer's own and everyone exists
    narrowed = filt.owner_id is not None or filt.segment_id is not None
    packed = columns.code(src, "c.ladder_level" if now else LEVEL_AT, chosen if narrowed else "1")
    sql = f"""
SELECT group_concat(c.id), group_concat(coalesce(c.owner_id, 0)), group_concat({packed}),
       group_concat(coalesce({src}.annual_revenue, 'nan')),
       group_concat(c.name, char(31))
  FROM customer c {join}
 WHERE {team} {"" if now else f"AND {ADDED_BY}"}"""
    return sql, {**team_params, **chosen_params, **added_params(day)}


def _names(filt: ChartFilter, day: date) -> tuple[str, dict[str, Any]]:
    """Ids and names, row by row (_statement's fallback)."""
    join, _src = _source(day, filt.today)
    team, params = filt.scope(team_only=True)
    now = "" if day >= filt.today else f"AND {ADDED_BY}"
    return f"SELECT c.id, c.name FROM customer c {join} WHERE {team} {now}", {
        **params,
        **added_params(day),
    }


def _positions(filt: ChartFilter, day: date) -> tuple[str, dict[str, Any]]:
    """Where the filter's customers stood on an earlier day: one column of id × ID_UNIT +
    score code, from the latest history row on or before the day. One seek per customer in
    the covering index; a customer with no row then gives NULL, which group_concat skips
    (a join with max(valid_from) looked each customer up twice: 140 → 70 ms at 100 000)."""
    chosen, params = filt.scope()
    packed = columns.code("s", "'A3'")
    sql = f"""
SELECT group_concat(c.id * {columns.ID_UNIT} + (
         SELECT {packed} FROM customer_score_history s INDEXED BY {HISTORY_SCORES_INDEX}
          WHERE s.customer_id = c.id AND s.valid_from <= :day
          ORDER BY s.valid_from DESC LIMIT 1))
  FROM customer c
 WHERE {chosen} AND {ADDED_BY}"""
    return sql, {**params, **added_params(day)}


_STRATEGIES = """
SELECT cs.customer_id, group_concat(cs.strategy || ':' || cs.source)
  FROM customer_strategy cs JOIN customer c ON c.id = cs.customer_id
 WHERE c.team_id = :team GROUP BY cs.customer_id"""


def _strategies(raw: str | None) -> tuple[tuple[str, str], ...]:
    if not raw:
        return ()
    pairs = (item.split(":", 1) for item in raw.split(","))
    return tuple(sorted((s, source) for s, source in pairs))


def _cuts(cut: Cut, values: Floats, potentials: Floats) -> tuple[float | None, float | None]:
    if not len(values):
        return None, None
    if cut.mode == "fixed":
        return cut.score, cut.score
    return columns.pareto_cut(values, cut.share), columns.pareto_cut(potentials, cut.share)


def _quadrants(
    values: Floats, potentials: Floats, vcut: float | None, pcut: float | None
) -> npt.NDArray[np.int8]:
    """Index into QUADRANTS: value low adds 2, potential low adds 1; on the line is high."""
    low_value = values < (math.inf if vcut is None else vcut - 1e-9)
    low_potential = potentials < (math.inf if pcut is None else pcut - 1e-9)
    return (2 * low_value + low_potential).astype(np.int8)


def _before(
    conn: Connection, filt: ChartFilter, day: date, weights: Weights, ids: Ints
) -> tuple[Floats, Floats]:
    """(values, potentials) on `day` aligned with `ids` (NaN where not there then)."""
    (packed,) = columns.read(conn, *_positions(filt, day))
    then, codes_then = np.divmod(columns.numbers(packed, np.int64), columns.ID_UNIT)
    codes = columns.Codes(codes_then)
    values, potentials = np.full(len(ids), np.nan), np.full(len(ids), np.nan)
    if len(then) and len(ids):
        order = np.argsort(then)
        place = order[np.searchsorted(then, ids, sorter=order).clip(max=len(then) - 1)]
        found = then[place] == ids
        values[found] = codes.value(weights)[place[found]]
        potentials[found] = codes.potential(weights)[place[found]]
    return values, potentials


def _read_map(
    conn: Connection, filt: ChartFilter, day: date, weights: Weights, cut: Cut
) -> ValueMap:
    ids_text, owners_text, codes_text, revenues_text, names_text = columns.read(
        conn, *_statement(filt, day)
    )
    codes = columns.Codes(columns.numbers(codes_text, np.int64))
    values, potentials = codes.value(weights), codes.potential(weights)
    vcut, pcut = _cuts(cut, values, potentials)
    scored = ~np.isnan(values) & ~np.isnan(potentials)
    rows = np.flatnonzero(codes.chosen & scored)
    names = names_text.split(columns.SEPARATOR) if names_text else []
    if len(names) != len(codes.levels):  # a name holding the separator (rules refuse it)
        by_id = dict(fetch(conn, *_names(filt, day)))
        names = [by_id[int(i)] for i in columns.numbers(ids_text, np.int64)]
    return ValueMap(
        day,
        weights,
        cut,
        vcut,
        pcut,
        columns.numbers(ids_text, np.int64)[rows],
        names if len(rows) == len(names) else [names[row] for row in rows],
        columns.numbers(owners_text, np.int64)[rows],
        codes.levels[rows],
        values[rows],
        potentials[rows],
        columns.numbers(revenues_text, np.float64)[rows],
        _quadrants(values[rows], potentials[rows], vcut, pcut),
        int(np.count_nonzero(codes.chosen & ~scored)),
    )


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
        found = _read_map(conn, filt, day, weights, cut)
        if compare_day is not None:
            found.compare_day = compare_day
            found.before_values, found.before_potentials = _before(
                conn, filt, compare_day, weights, found.ids
            )
        if strategies:
            found.strategies_texts = dict(fetch(conn, _STRATEGIES, {"team": filt.team_id}))
    return found


# --- accepting a suggestion -----------------------------------------------------------------


Choice = tuple[tuple[str, str], ...]  # a customer's ((strategy, source), …)


def set_strategies(
    store: Store, customer_id: int, choice: Choice, author_member_id: int | None
) -> Choice:
    """Through the one write path of a customer's strategies, the governance area's (which
    builds on this one, so it lends it: app/areas.py `hooks`); the replaced choice."""
    [write] = hooks("set_customer_strategies")
    replaced: Choice = write(store, customer_id, choice, author_member_id)
    return replaced


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
