"""Target dots per process and period: set, clear (undo gives the previous one), list."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app.changes import Changes
from app.errors import raise_if
from app.rocket.processes import KIND
from app.rocket.scoring import check_dots, check_period, check_process
from app.store import Store
from models.rocket import RocketTarget
from models.rules import ValidationError


def set_target(
    store: Store, team_id: int, code: str, period_kind: str, period_start: date, dots: int | None
) -> int | None:
    """Set (or clear with None) the target dots for one period; returns the previous target."""
    errors: list[ValidationError] = []
    if dots is not None:
        dots = check_dots(dots, errors, "target")
    kind, start = check_period(period_kind, period_start, errors)
    check_process(store, team_id, code, errors)
    raise_if(errors)
    with store.write(Changes.of(KIND)) as session:
        row = session.scalars(
            select(RocketTarget).where(
                RocketTarget.team_id == team_id,
                RocketTarget.process_code == code,
                RocketTarget.period_kind == kind,
                RocketTarget.period_start == start,
            )
        ).first()
        previous = row.dots if row else None
        if dots is None:
            if row:
                session.delete(row)
        elif row:
            row.dots = dots
        else:
            session.add(
                RocketTarget(
                    team_id=team_id,
                    process_code=code,
                    period_kind=kind,
                    period_start=start,
                    dots=dots,
                )
            )
        return previous


@dataclass
class TargetRow:
    code: str
    period_kind: str
    period_start: date
    dots: int


def targets_of(store: Store, team_id: int, code: str | None = None) -> list[TargetRow]:
    with store.read() as session:
        query = select(RocketTarget).where(RocketTarget.team_id == team_id)
        if code is not None:
            query = query.where(RocketTarget.process_code == code)
        rows = session.scalars(query.order_by(RocketTarget.period_start.desc())).all()
        return [TargetRow(t.process_code, t.period_kind, t.period_start, t.dots) for t in rows]
