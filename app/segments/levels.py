"""Customers by segment × ladder level, for any segmentation, on any day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
from sqlalchemy import select

from app.segments import columns
from app.segments.filters import ADDED_BY, LEVEL_AT, ChartFilter, added_params
from app.store import Store
from models.ladder import LEVELS
from models.segment import MEMBERSHIP_AT_INDEX, Segment

# The level on the day is the from-level of the customer's first move after it, else its
# level now (LEVEL_AT: one seek per customer in the covering ix_ladder_move_customer_levels);
# the segment on the day is one look-up per customer in the covering (customer,
# segmentation, since, until, segment) index, named because without ANALYZE statistics
# SQLite would pick the segmentation-and-date index and scan a whole segmentation per
# customer. The pairs are counted in numpy: a GROUP BY sorted all ~50 000 of them.
_COUNTS = f"""
SELECT group_concat(coalesce((
         SELECT sm.segment_id FROM segment_membership sm INDEXED BY {MEMBERSHIP_AT_INDEX}
          WHERE sm.customer_id = c.id AND sm.segmentation_id = :segmentation
            AND sm.since <= :day AND (sm.until IS NULL OR sm.until > :day)), 0)),
       group_concat({columns.LEVEL_DIGIT.format(LEVEL_AT)}, '')
  FROM customer c
 WHERE {{scope}} AND {ADDED_BY}
"""


def _count(segments_text: str | None, levels_text: str | None) -> dict[int | None, dict[str, int]]:
    """segment (None: none) -> level -> customers, from _COUNTS' two columns."""
    segments = columns.numbers(segments_text, np.int64)
    levels = np.frombuffer((levels_text or "").encode("ascii"), dtype=np.uint8) - ord("0")
    pairs, counts = np.unique(segments * 3 + levels, return_counts=True)
    found: dict[int | None, dict[str, int]] = {}
    for pair, count in zip(pairs.tolist(), counts.tolist(), strict=True):
        found.setdefault(pair // 3 or None, {})[LEVELS[pair % 3]] = count
    return found


@dataclass
class SegmentLevels:
    """Rows in the segmentation's order, then "no segment" (segment id None) last."""

    day: date
    segments: list[tuple[int | None, str]]  # (segment id, name)
    counts: dict[int | None, dict[str, int]]

    @property
    def total(self) -> int:
        return sum(sum(by_level.values()) for by_level in self.counts.values())

    def row(self, segment_id: int | None) -> list[int]:
        by_level = self.counts.get(segment_id, {})
        return [by_level.get(level, 0) for level in LEVELS]


def segment_levels(
    store: Store, filt: ChartFilter, segmentation_id: int, day: date | None = None
) -> SegmentLevels:
    """How many of the filter's customers sat in each segment at each level at `day`'s end
    (customers added after `day` are not counted; "no segment" holds the rest)."""
    day = day or filt.day
    condition, params = filt.scope()
    with store.read() as session:
        segments = session.execute(
            select(Segment.id, Segment.name)
            .where(Segment.segmentation_id == segmentation_id)
            .order_by(Segment.position, Segment.name)
        ).all()
        counts = _count(
            *columns.read(
                session.connection(),
                _COUNTS.format(scope=condition),
                {**params, **added_params(day), "segmentation": segmentation_id},
            )
        )
    listed: list[tuple[int | None, str]] = [(row[0], row[1]) for row in segments]
    if None in counts:
        listed.append((None, ""))  # the view names it ("No segment") in the user's language
    return SegmentLevels(day, listed, counts)
