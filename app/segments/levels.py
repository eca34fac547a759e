"""Customers by segment × ladder level, for any segmentation, on any day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app.segments.filters import CREATED_ON, ChartFilter, fetch
from app.store import Store
from models.ladder import LEVELS
from models.segment import MEMBERSHIP_AT_INDEX, Segment

# The level on the day is the from-level of the customer's first move after it (read once
# and joined), else its level now; the segment on the day is one look-up per customer in
# the covering (customer, segmentation, since, until, segment) index, named because
# without ANALYZE statistics SQLite would pick the segmentation-and-date index and scan a
# whole segmentation per customer. Both are computed once per customer in a subquery that
# LIMIT -1 keeps SQLite from merging into the GROUP BY (which evaluated the look-up twice).
_COUNTS = f"""
WITH later AS MATERIALIZED (
  SELECT customer_id, from_level FROM (
    SELECT customer_id, from_level,
           row_number() OVER (PARTITION BY customer_id ORDER BY moved_on, id) AS n
      FROM ladder_move WHERE moved_on > :day) WHERE n = 1
)
SELECT segment, level, count(*) FROM (
  SELECT (SELECT sm.segment_id
            FROM segment_membership sm INDEXED BY {MEMBERSHIP_AT_INDEX}
           WHERE sm.customer_id = c.id AND sm.segmentation_id = :segmentation
             AND sm.since <= :day AND (sm.until IS NULL OR sm.until > :day)) AS segment,
         coalesce(later.from_level, c.ladder_level) AS level
    FROM customer c LEFT JOIN later ON later.customer_id = c.id
   WHERE {{scope}} AND {CREATED_ON} <= :day
   LIMIT -1)
 GROUP BY 1, 2
"""


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
        rows = fetch(
            session.connection(),
            _COUNTS.format(scope=condition),
            {**params, "day": day.isoformat(), "segmentation": segmentation_id},
        )
    counts: dict[int | None, dict[str, int]] = {}
    for segment_id, level, count in rows:
        counts.setdefault(segment_id, {})[level] = count
    listed: list[tuple[int | None, str]] = [(row[0], row[1]) for row in segments]
    if None in counts:
        listed.append((None, ""))  # the view names it ("No segment") in the user's language
    return SegmentLevels(day, listed, counts)
