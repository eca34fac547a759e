"""Governance adds "meetings held as planned" to the list of the five metrics."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from app.governance import meetings, plan
from app.segments import metrics
from app.segments.filters import ChartFilter
from app.segments.performance import performance
from app.store import Store
from models.governance import Meeting


def test_meetings_held_is_offered_and_counted_per_month(store: Store, team_id: int) -> None:
    assert "meetings_held" in {m.key for m in metrics.available()}
    series = plan.plan_series(
        store,
        team_id,
        {
            "title": "Myynnin työryhmä",
            "meeting_type": "sales",
            "cadence": "weekly",
            "weekday": 1,
            "starts_on": date(2026, 1, 1),
        },
        today=date(2026, 3, 1),
    )
    with store.read() as session:
        days = list(
            session.execute(
                select(Meeting.id, Meeting.held_on)
                .where(Meeting.series_id == series)
                .order_by(Meeting.held_on)
            ).all()
        )
    january = [row.id for row in days if row.held_on.month == 1 and row.held_on.year == 2026]
    february = [row.id for row in days if row.held_on.month == 2 and row.held_on.year == 2026]
    for meeting_id in [*january[:3], *february[:1]]:
        meetings.update_meeting(store, meeting_id, {"status": "held"})
    metrics.set_metrics(store, team_id, [{"metric": "meetings_held", "target": 3}])
    filt = ChartFilter(team_id, date(2026, 1, 1), date(2026, 2, 28))
    [curve] = performance(store, filt).curves
    assert curve.team == [3.0, 1.0]  # planned-but-not-held weeks do not count
    assert curve.reached() == [True, False]
