"""The five metrics as monthly performance curves against their targets, for the team and
for each member, with every reached target marked (the source: celebrate every goal)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from app.segments.filters import ChartFilter, month_key
from app.segments.metrics import Chosen, chosen_metrics, metric
from app.store import Store
from models.team import Member


@dataclass
class Curve:
    key: str
    label: str  # English; the view translates it (context "metrics")
    unit: str
    stock: bool
    target: float
    member_target: float | None  # None: the team has no members to share the target
    team: list[float]
    members: dict[int | None, list[float]] = field(default_factory=dict)

    def values(self, member_id: int | None = None, team: bool = True) -> list[float]:
        if team:
            return self.team
        return self.members.get(member_id, [0.0] * len(self.team))

    def target_for(self, team: bool = True) -> float | None:
        return self.target if team else self.member_target

    def reached(self, member_id: int | None = None, team: bool = True) -> list[bool]:
        target = self.target_for(team)
        if target is None:
            return [False] * len(self.team)
        return [value >= target for value in self.values(member_id, team)]


@dataclass
class Performance:
    months: list[date]
    curves: list[Curve]
    members: list[tuple[int, str]]  # the team's members, by name
    unknown: list[str]  # chosen metrics no area provides any more


def performance(store: Store, filt: ChartFilter, chosen: list[Chosen] | None = None) -> Performance:
    """Each chosen metric month by month over the filter's period."""
    months = filt.months()
    keys = [month_key(m) for m in months]
    with store.read() as session:
        chosen = chosen if chosen is not None else chosen_metrics(store, filt.team_id)
        members = [
            (row[0], row[1])
            for row in session.execute(
                select(Member.id, Member.name)
                .where(Member.team_id == filt.team_id)
                .order_by(Member.name)
            )
        ]
        curves: list[Curve] = []
        unknown: list[str] = []
        for choice in chosen:
            found = metric(choice.metric)
            if found is None:
                unknown.append(choice.metric)
                continue
            series = found.compute(session.connection(), filt)
            share = choice.target / len(members) if members else None
            curves.append(
                Curve(
                    found.key,
                    found.label,
                    found.unit,
                    found.stock,
                    choice.target,
                    choice.member_target if choice.member_target is not None else share,
                    [series.team.get(k, 0.0) for k in keys],
                    {
                        member: [by_month.get(k, 0.0) for k in keys]
                        for member, by_month in series.members.items()
                    },
                )
            )
    return Performance(months, curves, members, unknown)
