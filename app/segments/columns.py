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
