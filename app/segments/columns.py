"""Per-customer columns read from SQLite as whole arrays, not as a row object per customer.

The value map hands every scored customer (about 50 000 at the benchmark's scale) to the
balloon chart and the value table. Read row by row, building the Python tuples and numbers
costs several times what SQLite spends finding them, and a `NamedTuple` per customer more
again (the cyclic collector walks them all). So each column comes back as one text, joined
by SQLite (`group_concat`, every column in the same scan order), and numpy parses it in C.

The six scores (1–5, NULL when not scored), the ladder level and whether the filter chose
the customer are packed into one small integer per customer (`CODE`) and unpacked here.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt
from sqlalchemy import Connection

from app.segments.filters import ADDED_ON, fetch
from app.segments.values import COLUMN_OF, Weights
from models.segment import POTENTIAL_PARTS, VALUE_PARTS

Ints = npt.NDArray[np.int64]
Floats = npt.NDArray[np.float64]

SCORE_PARTS = VALUE_PARTS + POTENTIAL_PARTS  # base-6 digits of the code, lowest first
LEVEL_UNIT = 6 ** len(SCORE_PARTS)  # then the level (0 A3, 1 A2, 2 A1)
CHOSEN_UNIT = LEVEL_UNIT * 3  # then 1 when the filter chose the customer
ID_UNIT = 2 * CHOSEN_UNIT  # an id and a code in one integer: id × ID_UNIT + code
SEPARATOR = "\x1f"  # the ASCII unit separator: between names (no name contains one)
# Reals come back as SQLite writes them, with 15 significant digits: exact for any amount
# typed in (revenue), and all the chart needs (the balloon's size).


def code(source: str, level: str, chosen: str = "1") -> str:
    """The SQL of one customer's packed code: its scores on table alias `source`, `level`
    an expression of 'A3'/'A2'/'A1' and `chosen` one that is 1 or 0."""
    digits = " + ".join(
        f"{6**place} * coalesce({source}.{COLUMN_OF[part]}, 0)"
        for place, part in enumerate(SCORE_PARTS)
    )
    rank = f"(CASE {level} WHEN 'A3' THEN 0 WHEN 'A2' THEN 1 ELSE 2 END)"
    return f"({digits} + {LEVEL_UNIT} * {rank} + {CHOSEN_UNIT} * ({chosen}))"


def numbers(text: str | None, dtype: type[np.generic]) -> Any:
    """Parse a comma-joined column (None: no rows)."""
    if not text:
        return np.zeros(0, dtype=dtype)
    return np.fromstring(text, dtype=dtype, sep=",")


def read(conn: Connection, sql: str, params: dict[str, Any]) -> list[Any]:
    """The one row of a `SELECT group_concat(...), ...` statement."""
    return list(fetch(conn, sql, params)[0])


class Codes:
    """The packed codes unpacked: scores per part, level index into LEVELS, chosen."""

    def __init__(self, codes: Ints) -> None:
        self.scores = {part: (codes // 6**place) % 6 for place, part in enumerate(SCORE_PARTS)}
        self.levels = ((codes // LEVEL_UNIT) % 3).astype(np.int8)
        self.chosen = (codes // CHOSEN_UNIT).astype(bool)

    def mean(self, weights: Weights, parts: tuple[str, ...]) -> Floats:
        """The weighted mean of `parts` (NaN when none is scored), as `Weights.sql` computes
        it: the integer sum of weight × score over the sum of the scored parts' weights."""
        top = sum(weights.values[p] * self.scores[p] for p in parts)
        bottom = sum(weights.values[p] * (self.scores[p] > 0) for p in parts)
        out = np.full(len(self.levels), np.nan)
        scored = np.asarray(bottom) > 0
        np.divide(np.asarray(top, dtype=np.float64), bottom, out=out, where=scored)
        return out

    def value(self, weights: Weights) -> Floats:
        return self.mean(weights, VALUE_PARTS)

    def potential(self, weights: Weights) -> Floats:
        return self.mean(weights, POTENTIAL_PARTS)


def pareto_cut(scores: Floats, share: float) -> float | None:
    """Sorted from the highest, the lowest score whose customers still start below `share`
    of the whole: over the distinct scores (a few hundred), as the SQL of the second round
    did. None when nobody is scored."""
    present = scores[~np.isnan(scores)]
    if not len(present):
        return None
    distinct, counts = np.unique(present, return_counts=True)
    distinct, counts = distinct[::-1], counts[::-1]  # highest first
    totals = distinct * counts
    above = np.concatenate(([0.0], np.cumsum(totals)[:-1]))  # the sum of the higher ones
    qualifying = distinct[above < share * totals.sum()]
    return float(qualifying.min())


# --- counting per month without SQLite's sorter ---------------------------------------------
#
# SQLite has no hash aggregation: `GROUP BY month, member` over the ~400 000 (interaction,
# member) rows of a team's year sorts every row in a temporary B-tree to make 150 groups,
# which is two thirds of the query's time. Reading the two key columns whole (ISO dates are
# fixed-width text) and counting with numpy costs a fraction of that sort.

_DATE_WIDTH = len("2026-01-31,")


def month_numbers(dates: str | None, count: int) -> Ints:
    """year × 12 + month − 1 of each comma-joined ISO date (YYYY-MM-DD...)."""
    if not count or not dates:
        return np.zeros(0, dtype=np.int64)
    raw = np.frombuffer(dates.encode("ascii", "replace") + b",", dtype=np.uint8)
    if raw.size != _DATE_WIDTH * count:  # not all plain dates: read them one by one
        months = [(int(d[:4]), int(d[5:7])) for d in dates.split(",")]
        return np.array([y * 12 + m - 1 for y, m in months], dtype=np.int64)
    digits = raw.reshape(count, _DATE_WIDTH).astype(np.int64) - ord("0")
    year = digits[:, 0] * 1000 + digits[:, 1] * 100 + digits[:, 2] * 10 + digits[:, 3]
    return year * 12 + digits[:, 5] * 10 + digits[:, 6] - 1


def month_key_of(number: int) -> str:
    """ "2026-03" from month_numbers' number."""
    return f"{number // 12:04d}-{number % 12 + 1:02d}"


def monthly_counts(
    conn: Connection, sql: str, params: dict[str, Any]
) -> dict[tuple[str, int | None], int]:
    """(month "YYYY-MM", member or None) -> rows, from a statement selecting
    `count(*), group_concat(<ISO date>), group_concat(coalesce(<member id>, 0))` (or NULL
    as the third column: every row under None)."""
    count, dates, members_text = read(conn, sql, params)
    months = month_numbers(dates, count)
    members = numbers(members_text, np.int64) if members_text else np.zeros_like(months)
    return count_cells(months, members)


def team_and_member_counts(
    conn: Connection, sql: str, params: dict[str, Any]
) -> tuple[dict[str, int], dict[tuple[str, int], int]]:
    """Records per month, and (record, member present) pairs per month and member, from one
    statement over records LEFT JOIN their members selecting `count(*), group_concat(<ISO
    date>), group_concat(coalesce(<member id>, 0)), group_concat(<record id>)`. A record's
    rows are consecutive (the LEFT JOIN's table is always the inner loop), so the record
    is counted on the first of them."""
    count, dates, members_text, ids_text = read(conn, sql, params)
    months = month_numbers(dates, count)
    members = numbers(members_text, np.int64)
    ids = numbers(ids_text, np.int64)
    first = np.ones(len(ids), dtype=bool)
    first[1:] = ids[1:] != ids[:-1]
    team = count_cells(months[first], np.zeros(np.count_nonzero(first), dtype=np.int64))
    present = members > 0
    by_member = count_cells(months[present], members[present])
    return (
        {month: n for (month, _none), n in team.items()},
        {(month, member): n for (month, member), n in by_member.items() if member},
    )


def count_cells(months: Ints, members: Ints) -> dict[tuple[str, int | None], int]:
    """(month "YYYY-MM", member or None for 0) -> how many times the pair occurs."""
    if not len(months):
        return {}
    first, width = int(months.min()), int(members.max()) + 1
    cells = (months - first) * width + members
    if (int(months.max()) - first + 1) * width <= 1 << 20:  # a table of counts per cell
        found = np.bincount(cells)
        keys = np.flatnonzero(found)
        counts = found[keys]
    else:  # member ids too far apart for a table
        keys, counts = np.unique(cells, return_counts=True)
    return {
        (month_key_of(first + cell // width), cell % width or None): n
        for cell, n in zip(keys.tolist(), counts.tolist(), strict=True)
    }


# --- the ladder's events, one seek per customer ---------------------------------------------
#
# The funnel and "customers at A1" replay the ladder: each customer enters at its initial
# level (its first move's from-level, else its level now) on the local day it was added,
# and each move leaves one level for another. One statement reads both for every customer in
# one seek into ix_ladder_move_customer_levels, as one text per customer:
#   added (YYYY-MM-DD) · level now (one digit) · each move: moved_on · from · to (12 chars)
# joined by commas; numpy cuts it up by position.

LEVEL_DIGIT = "(CASE {} WHEN 'A3' THEN '0' WHEN 'A2' THEN '1' ELSE '2' END)"  # LEVELS index


def ladder_events_sql(scope: str, extra: str = "") -> str:
    """count, the per-customer texts, and `extra` (a group_concat per customer, or NULL);
    parameters: the scope's and filters.added_params(end, start)'s."""
    move = (
        f"m.moved_on || {LEVEL_DIGIT.format('m.from_level')} || {LEVEL_DIGIT.format('m.to_level')}"
    )
    # The moves come in the index's order, (moved_on, id): the first is the earliest.
    return f"""
SELECT count(*), group_concat({ADDED_ON} || {LEVEL_DIGIT.format("c.ladder_level")} || coalesce(
         (SELECT group_concat({move}, '') FROM ladder_move m WHERE m.customer_id = c.id), '')),
       {extra or "NULL"}
  FROM customer c WHERE {scope}"""


_MOVE_WIDTH = 12
_HEAD = 11  # the day added and the level now


def _day_numbers(buf: npt.NDArray[np.uint8], at: Ints) -> Ints:
    """YYYYMMDD of the ISO dates starting at positions `at`."""
    d = buf[at[:, None] + np.array([0, 1, 2, 3, 5, 6, 8, 9])].astype(np.int64) - ord("0")
    return d @ np.array([10**7, 10**6, 10**5, 10**4, 1000, 100, 10, 1], dtype=np.int64)


class LadderEvents:
    """Per customer: day added (YYYYMMDD) and initial level; per move: its customer (row),
    day, from and to level (indexes into LEVELS)."""

    def __init__(self, added: Ints, initial: Ints, mover: Ints, moved: Ints, pairs: Ints):
        self.added, self.initial = added, initial
        self.mover, self.moved = mover, moved
        self.from_level, self.to_level = pairs // 3, pairs % 3

    @classmethod
    def parse(cls, text: str | None, count: int) -> LadderEvents | None:
        """None when the text is not in the expected shape (a date not in ISO form)."""
        if not count or not text:
            empty = np.zeros(0, dtype=np.int64)
            return cls(empty, empty, empty, empty, empty)
        buf = np.frombuffer(text.encode("ascii", "replace") + b",", dtype=np.uint8)
        ends = np.flatnonzero(buf == ord(","))
        starts = np.concatenate(([0], ends[:-1] + 1))
        lengths = ends - starts
        if len(ends) != count or (lengths < _HEAD).any() or ((lengths - _HEAD) % 12).any():
            return None
        moves = (lengths - _HEAD) // _MOVE_WIDTH
        mover = np.repeat(np.arange(count), moves)
        nth = np.arange(len(mover)) - np.repeat(np.cumsum(moves) - moves, moves)
        at = starts[mover] + _HEAD + _MOVE_WIDTH * nth
        dashes = np.concatenate((starts + 4, starts + 7, at + 4, at + 7))
        if (buf[dashes] != ord("-")).any():
            return None
        first_from = buf[np.minimum(starts + _HEAD + 10, len(buf) - 1)]
        initial = np.where(moves > 0, first_from, buf[starts + 10]).astype(np.int64) - ord("0")
        pairs = (buf[at + 10].astype(np.int64) - ord("0")) * 3 + buf[at + 11] - ord("0")
        return cls(_day_numbers(buf, starts), initial, mover, _day_numbers(buf, at), pairs)


def month_of_day(days: Ints) -> Ints:
    """month_numbers' number of YYYYMMDD days."""
    return (days // 10000) * 12 + (days // 100) % 100 - 1


def day_number(day: str) -> int:
    """YYYYMMDD of an ISO date."""
    return int(day[:4] + day[5:7] + day[8:10])
