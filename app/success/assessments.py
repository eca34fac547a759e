"""Dated self-assessments the team repeats: the customer-experience baseline (bad, average
or good per area, seed 001 l. 17–83), customer-centricity maturity I–IV (seed 004
l. 593–603) and the Four-L position, staff empowerment × CX strategy (seed 001 l. 106–148).
Measure the baseline first, then develop, then measure again.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import select

from app.changes import Changes, Kind
from app.paths import RESOURCES
from app.store import Store
from app.success.records import day, refuse, set_deleted, text
from app.success.rules import baseline_score, four_l, not_in_future
from models.rules import QT_TRANSLATE_NOOP, ValidationError
from models.success import CxAssessment, CxBaseline, Rating

CHANGES = Changes.of(Kind.CX_ASSESSMENT)


@cache
def template() -> dict[str, Any]:
    """resources/success/assessment.json: baseline areas, maturity levels, Four-L texts."""
    data: dict[str, Any] = json.loads(
        (RESOURCES / "success" / "assessment.json").read_text(encoding="utf-8")
    )
    return data


def baseline_areas(language: str) -> list[tuple[str, str]]:
    return [(area["key"], area[language]) for area in template()["baseline_areas"]]


@dataclass
class Assessment:
    id: int
    assessed_on: date
    maturity: int
    empowerment: int
    strategy: int
    note: str | None
    baseline: dict[str, str] = field(default_factory=dict)

    @property
    def quadrant(self) -> str:
        return four_l(self.empowerment, self.strategy)

    @property
    def baseline_score(self) -> float | None:
        return baseline_score(self.baseline.values())


def _scale(value: Any, low: int, high: int, key: str, errors: list[ValidationError]) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        number = low - 1
    if not low <= number <= high:
        errors.append(
            ValidationError(
                key,
                QT_TRANSLATE_NOOP("rules", "Choose a value from {low} to {high}."),
                low=low,
                high=high,
            )
        )
    return number


def clean_assessment(data: dict[str, Any], today: date) -> dict[str, Any]:
    errors: list[ValidationError] = []
    when = day(data.get("assessed_on") or today, "assessed_on", errors)
    if when is not None:
        errors.extend(not_in_future(when, today, "assessed_on"))
    known = {key for key, _ in baseline_areas("en")}
    ratings = {k: v for k, v in (data.get("baseline") or {}).items() if v}
    wrong = [k for k, v in ratings.items() if k not in known or v not in set(Rating)]
    if wrong or not ratings:
        errors.append(
            ValidationError(
                "baseline",
                QT_TRANSLATE_NOOP("rules", "Rate at least one area as bad, average or good."),
            )
        )
    values = {
        "assessed_on": when,
        "maturity": _scale(data.get("maturity"), 1, 4, "maturity", errors),
        "empowerment": _scale(data.get("empowerment"), 1, 5, "empowerment", errors),
        "strategy": _scale(data.get("strategy"), 1, 5, "strategy", errors),
        "note": text(data.get("note")),
        "author_member_id": data.get("author_member_id") or None,
    }
    refuse(errors)
    return {**values, "baseline": ratings}


def record_assessment(
    store: Store, team_id: int, data: dict[str, Any], today: date | None = None
) -> int:
    values = clean_assessment(data, today or date.today())
    ratings = values.pop("baseline")
    with store.write(CHANGES) as session:
        assessment = CxAssessment(team_id=team_id, **values)
        session.add(assessment)
        session.flush()
        for area, rating in ratings.items():
            session.add(CxBaseline(assessment_id=assessment.id, area=area, rating=rating))
        return assessment.id


def delete_assessment(store: Store, assessment_id: int) -> int:
    set_deleted(store, CxAssessment, assessment_id, True, CHANGES)
    return assessment_id


def restore_assessment(store: Store, assessment_id: int) -> int:
    set_deleted(store, CxAssessment, assessment_id, False, CHANGES)
    return assessment_id


def history(store: Store, team_id: int) -> list[Assessment]:
    """The team's live assessments, oldest first (the chart's order)."""
    with store.read() as session:
        rows = session.execute(
            select(CxAssessment)
            .where(CxAssessment.team_id == team_id, CxAssessment.deleted_at.is_(None))
            .order_by(CxAssessment.assessed_on, CxAssessment.id)
        ).scalars()
        found = {
            a.id: Assessment(a.id, a.assessed_on, a.maturity, a.empowerment, a.strategy, a.note)
            for a in rows
        }
        for item in session.execute(
            select(CxBaseline).where(CxBaseline.assessment_id.in_(found))
        ).scalars():
            found[item.assessment_id].baseline[item.area] = item.rating
    return list(found.values())
