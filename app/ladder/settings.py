"""A team's ladder settings: the shipped criteria and silence limits plus its overrides."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import select

from app.changes import Changes, Kind
from app.errors import InvalidRecord, existing, raise_if
from app.paths import RESOURCES
from app.store import Store
from models.ladder import LEVELS, Criterion, LadderSetting, parse_criteria
from models.rules import COUNT_MAX, QT_TRANSLATE_NOOP, ValidationError, parse_whole
from models.team import TeamCompany

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


SILENCE_MAX = 3650  # ten years without contact: the longest limit that means anything
WITHIN_MAX = 3650
CRITERION_KEYS = {"min", "within_days", "enabled"}


def _silence_error(level: object) -> ValidationError:
    return ValidationError(
        f"silence_{str(level)[:4]}",
        QT_TRANSLATE_NOOP("ladder", "A silence limit is from 1 to 3650 days."),
    )


def _threshold_error(key: object) -> ValidationError:
    return ValidationError(
        f"criterion_{str(key)[:40]}", QT_TRANSLATE_NOOP("ladder", "A threshold is at least 1.")
    )


def clean_settings(
    criteria: dict[str, dict[str, Any]], silence_limits: dict[str, Any]
) -> tuple[dict[str, dict[str, Any]], dict[str, int]]:
    """A team's overrides, checked: known levels and criteria, whole numbers in range,
    on/off as a boolean; InvalidRecord lists every problem."""
    errors: list[ValidationError] = []
    limits: dict[str, int] = {}
    for level, days in dict(silence_limits).items():
        try:
            clean = parse_whole(days, "silence", 1, SILENCE_MAX)
        except ValidationError:
            clean = None
        if level not in LEVELS or clean is None:
            errors.append(_silence_error(level))
        else:
            limits[level] = clean
    known = {item["id"] for item in default_data()["criteria"]}
    out: dict[str, dict[str, Any]] = {}
    for key, own in dict(criteria).items():
        try:
            out[key] = _clean_criterion(key, own, known)
        except ValidationError as error:
            errors.append(error)
    raise_if(errors)
    return out, limits


def _clean_criterion(key: str, own: Any, known: set[str]) -> dict[str, Any]:
    if key not in known or not isinstance(own, dict) or not set(own) <= CRITERION_KEYS:
        raise ValidationError(
            f"criterion_{str(key)[:40]}",
            QT_TRANSLATE_NOOP("ladder", "Unknown criterion {key}."),
            key=str(key)[:40],
        )
    clean: dict[str, Any] = {}
    try:
        if "min" in own:
            clean["min"] = parse_whole(own["min"], "min", 1, COUNT_MAX) or 1
        if "within_days" in own:
            clean["within_days"] = parse_whole(own["within_days"], "within", 0, WITHIN_MAX) or None
    except ValidationError:
        raise _threshold_error(key) from None
    if "enabled" in own:
        if not isinstance(own["enabled"], bool):
            raise _threshold_error(key)
        clean["enabled"] = own["enabled"]
    return clean


def check_settings(
    criteria: dict[str, dict[str, Any]], silence_limits: dict[str, Any]
) -> list[ValidationError]:
    """What is wrong with a team's overrides: limits and thresholds that make no sense."""
    try:
        clean_settings(criteria, silence_limits)
    except InvalidRecord as invalid:
        return invalid.errors
    return []


def save_settings(
    store: Store, team_id: int, criteria: dict[str, dict[str, Any]], silence_limits: dict[str, int]
) -> None:
    """Store a team's overrides; refuse limits and thresholds that make no sense."""
    clean_criteria, limits = clean_settings(criteria, silence_limits)
    values = {"criteria": clean_criteria, "silence_limits": limits}
    with store.write(Changes.of(Kind.LADDER_SETTINGS, ids={team_id})) as session:
        errors: list[ValidationError] = []
        existing(session, TeamCompany.id, team_id, "team", errors, required=True)
        raise_if(errors)
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
