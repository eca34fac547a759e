"""A team's ladder settings: the shipped criteria and silence limits plus its overrides."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import select

from app.changes import Changes, Kind
from app.errors import InvalidRecord
from app.paths import RESOURCES
from app.store import Store
from models.ladder import LEVELS, Criterion, LadderSetting, parse_criteria
from models.rules import QT_TRANSLATE_NOOP, ValidationError

CRITERIA_FILE = RESOURCES / "ladder" / "criteria.json"


@cache
def default_data() -> dict[str, Any]:
    """The shipped description: level titles, criteria and silence limits."""
    data: dict[str, Any] = json.loads(CRITERIA_FILE.read_text(encoding="utf-8"))
    return data


@dataclass
class LadderSettings:
    """Criteria and silence limits in force for one team (defaults plus its overrides)."""

    criteria: list[Criterion]
    silence_limits: dict[str, int]
    overrides: dict[str, Any] = field(default_factory=dict)

    def for_level(self, level: str) -> list[Criterion]:
        return [c for c in self.criteria if c.level == level and c.enabled]


def load_settings(store: Store, team_id: int) -> LadderSettings:
    data = default_data()
    with store.read() as session:
        rows = session.execute(
            select(LadderSetting.key, LadderSetting.value).where(LadderSetting.team_id == team_id)
        ).all()
    stored = {row.key: json.loads(row.value) for row in rows}
    limits = {**data["silence_limits"], **stored.get("silence_limits", {})}
    overrides = stored.get("criteria", {})
    return LadderSettings(parse_criteria(data, overrides), limits, overrides)


def check_settings(
    criteria: dict[str, dict[str, Any]], silence_limits: dict[str, int]
) -> list[ValidationError]:
    """What is wrong with a team's overrides: limits and thresholds that make no sense."""
    errors: list[ValidationError] = []
    for level, days in silence_limits.items():
        if level not in LEVELS or not 1 <= int(days) <= 3650:
            errors.append(
                ValidationError(
                    f"silence_{level}",
                    QT_TRANSLATE_NOOP("ladder", "A silence limit is from 1 to 3650 days."),
                )
            )
    for key, own in criteria.items():
        if int(own.get("min", 1)) < 1 or int(own.get("within_days") or 0) < 0:
            errors.append(
                ValidationError(
                    f"criterion_{key}",
                    QT_TRANSLATE_NOOP("ladder", "A threshold is at least 1."),
                )
            )
    return errors


def save_settings(
    store: Store, team_id: int, criteria: dict[str, dict[str, Any]], silence_limits: dict[str, int]
) -> None:
    """Store a team's overrides; refuse limits and thresholds that make no sense."""
    errors = check_settings(criteria, silence_limits)
    if errors:
        raise InvalidRecord(errors)
    values = {
        "criteria": criteria,
        "silence_limits": {k: int(v) for k, v in silence_limits.items()},
    }
    with store.write(Changes.of(Kind.LADDER_SETTINGS, ids={team_id})) as session:
        for key, value in values.items():
            row = session.execute(
                select(LadderSetting).where(
                    LadderSetting.team_id == team_id, LadderSetting.key == key
                )
            ).scalar_one_or_none()
            if row is None:
                session.add(LadderSetting(team_id=team_id, key=key, value=json.dumps(value)))
            else:
                row.value = json.dumps(value)
