"""Governance's entry in the five metrics: meetings held as planned, month by month.

The segments area keeps the list teams choose their (at most five) metrics from; each area
adds its own metrics in a `metrics` module of its package, which that list imports.
"""

from __future__ import annotations

from app.segments.metrics import Metric, register, sql_metric
from models.rules import QT_TRANSLATE_NOOP

# Meetings of the team's series recorded as held in the period (internal working groups
# and customer meetings alike); per member: the series' owner.
_HELD = """FROM meeting mt JOIN meeting_series s ON s.id = mt.series_id
  WHERE mt.team_id = :team AND mt.status = 'held' AND mt.held_on BETWEEN :start AND :end"""

MEETINGS_HELD = Metric(
    "meetings_held",
    QT_TRANSLATE_NOOP("metrics", "Meetings held as planned"),
    "count",
    sql_metric(
        f"SELECT substr(mt.held_on, 1, 7), count(*) {_HELD} GROUP BY 1",
        f"SELECT substr(mt.held_on, 1, 7), s.owner_member_id, count(*) {_HELD} GROUP BY 1, 2",
    ),
    note=QT_TRANSLATE_NOOP(
        "metrics", "Planned meetings recorded as held in the month; per owner of the series."
    ),
)

register(MEETINGS_HELD)
