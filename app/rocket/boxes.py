"""The rocket drawing for one period: every active process with its dots and target."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app.rocket import periods
from app.rocket.processes import list_processes
from app.rocket.scoring import compare, latest_by_code
from app.store import Store
from models.rocket import AssessorKind, PeriodKind, RocketScore, RocketTarget


@dataclass
class BoxState:
    """What one process box of the rocket drawing shows for the selected period."""

    code: str
    level: int
    position: int
    name_fi: str
    name_en: str
    dots: int | None  # the latest assessment of either kind
    team_dots: int | None
    coach_dots: int | None
    target: int | None
    status: str
    scored_on: date | None


def rocket_state(
    store: Store, team_id: int, period_kind: str, period_start: date
) -> list[BoxState]:
    """Every active process with its dots and target for the period, coloured by target."""
    processes = list_processes(store, team_id)
    kind = PeriodKind(period_kind).value
    start = periods.period_start(kind, period_start)
    end = periods.period_end(kind, start)
    with store.read() as session:
        scores = session.scalars(
            select(RocketScore).where(
                RocketScore.team_id == team_id, RocketScore.period_start <= end
            )
        ).all()
        targets = dict(
            session.execute(
                select(RocketTarget.process_code, RocketTarget.dots).where(
                    RocketTarget.team_id == team_id,
                    RocketTarget.period_kind == kind,
                    RocketTarget.period_start == start,
                )
            ).all()
        )
    latest = latest_by_code(list(scores), end)
    team = latest_by_code(list(scores), end, AssessorKind.TEAM.value)
    coach = latest_by_code(list(scores), end, AssessorKind.COACH.value)
    out = []
    for p in processes:
        score = latest.get(p.code)
        dots = score.dots if score else None
        target = targets.get(p.code)
        out.append(
            BoxState(
                code=p.code,
                level=p.level,
                position=p.position,
                name_fi=p.name_fi,
                name_en=p.name_en,
                dots=dots,
                team_dots=team[p.code].dots if p.code in team else None,
                coach_dots=coach[p.code].dots if p.code in coach else None,
                target=target,
                status=compare(dots, target),
                scored_on=score.scored_on if score else None,
            )
        )
    return out
