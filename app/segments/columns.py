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

from app.segments.filters import fetch
from app.segments.values import COLUMN_OF, Weights
from models.segment import POTENTIAL_PARTS, VALUE_PARTS

Ints = npt.NDArray[np.int64]
Floats = npt.NDArray[np.float64]

SCORE_PARTS = VALUE_PARTS + POTENTIAL_PARTS  # base-6 digits of the code, lowest first
_LEVEL_UNIT = 6 ** len(SCORE_PARTS)  # then the level (0 A3, 1 A2, 2 A1)
_CHOSEN_UNIT = _LEVEL_UNIT * 3  # then 1 when the filter chose the customer
ID_UNIT = 2 * _CHOSEN_UNIT  # an id and a code in one integer: id × ID_UNIT + code
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
    return f"({digits} + {_LEVEL_UNIT} * {rank} + {_CHOSEN_UNIT} * ({chosen}))"


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
        self.levels = ((codes // _LEVEL_UNIT) % 3).astype(np.int8)
        self.chosen = (codes // _CHOSEN_UNIT).astype(bool)

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
    """"2026-03" from month_numbers' number."""
    return f"{number // 12:04d}-{number % 12 + 1:02d}"


def monthly_counts(
    conn: Connection, sql: str, params: dict[str, Any]
) -> dict[tuple[str, int | None], int]:
    """(month "YYYY-MM", member or None) -> rows, from a statement selecting
    `count(*), group_concat(<ISO date>), group_concat(coalesce(<member id>, 0))` (or NULL
    as the third column: every row under None)."""
    count, dates, members_text = read(conn, sql, params)
    months = month_numbers(dates, count)
    if not len(months):
        return {}
    members = numbers(members_text, np.int64) if members_text else np.zeros_like(months)
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
