"""The governance catalogue: meeting types, governance models, owner roles and playbooks.

The defaults ship in resources/governance/catalogue.json (both languages); a team's own
edits are stored in its database (`governance_setting`, one JSON value per section) and
merged over the defaults by key, so the shipped file stays the default and a team can
always go back to it. An edited label is the team's own word and is shown in either
language.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import select

from app.changes import Changes, Kind
from app.errors import InvalidRecord
from app.governance.cadence import Rule, checked
from app.paths import RESOURCES
from app.store import Store
from models.governance import GovernanceSetting
from models.rules import QT_TRANSLATE_NOOP, ValidationError

CATALOGUE_FILE = RESOURCES / "governance" / "catalogue.json"
SECTIONS = ("meeting_types", "models", "roles")
Edits = dict[str, dict[str, dict[str, Any]]]  # section -> key -> changed fields


@cache
def default_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(CATALOGUE_FILE.read_text(encoding="utf-8"))
    return data


@dataclass(frozen=True)
class MeetingType:
    key: str
    label: str
    scope: str  # "internal" (a working group) or "customer" (a governance meeting)
    hours: float  # the owner's hours for one meeting, preparation and travel included
    cadence: dict[str, Any]  # the default rule's fields, without the start day
    start_time: str
    duration_minutes: int
    goal: str
    agenda: tuple[str, ...]
    agenda_source: str | None  # "customer_management", "development" or None
    custom: bool  # added by the team, not in the shipped file


@dataclass(frozen=True)
class GovernanceModel:
    key: str
    label: str
    owner_role: str
    meetings: dict[str, int]  # meeting type -> meetings a year
    note: str

    @property
    def per_year(self) -> int:
        return sum(self.meetings.values())


@dataclass(frozen=True)
class Role:
    key: str
    label: str
    monthly_hours: float  # the time one person has for customer meetings in a month


@dataclass(frozen=True)
class Catalogue:
    types: dict[str, MeetingType]
    models: dict[str, GovernanceModel]
    roles: dict[str, Role]
    playbooks: dict[str, tuple[tuple[str, str], ...]]  # strategy -> ((key, label), …)
    edits: Edits

    def type_label(self, key: str) -> str:
        found = self.types.get(key)
        return found.label if found else key


def _text(value: Any, lang: str) -> str:
    """A {"fi": …, "en": …} text in `lang`, or a team's own plain string as it is."""
    if isinstance(value, dict):
        return str(value.get(lang) or value.get("fi") or "")
    return str(value or "")


def _lines(value: Any, lang: str) -> tuple[str, ...]:
    if isinstance(value, dict):
        value = value.get(lang) or value.get("fi") or []
    return tuple(str(line) for line in value or [])


def _merged(section: str, edits: Edits) -> dict[str, dict[str, Any]]:
    base = default_data()[section]
    own = edits.get(section, {})
    return {key: {**base.get(key, {}), **own.get(key, {})} for key in [*base, *own]}


def build(edits: Edits, lang: str) -> Catalogue:
    """The catalogue in force: the shipped defaults with `edits` over them."""
    shipped = default_data()["meeting_types"]
    types = {
        key: MeetingType(
            key,
            _text(v.get("label"), lang),
            str(v.get("scope", "internal")),
            float(v.get("hours", 1.0)),
            dict(v.get("cadence", {"cadence": "weekly", "weekday": 0})),
            str(v.get("start_time", "09:00")),
            int(v.get("duration_minutes", 60)),
            _text(v.get("goal"), lang),
            _lines(v.get("agenda"), lang),
            v.get("agenda_source"),
            key not in shipped,
        )
        for key, v in _merged("meeting_types", edits).items()
    }
    models = {
        key: GovernanceModel(
            key,
            _text(v.get("label"), lang),
            str(v.get("owner_role", "account_manager")),
            {t: int(n) for t, n in dict(v.get("meetings", {})).items() if t in types},
            _text(v.get("note"), lang),
        )
        for key, v in _merged("models", edits).items()
    }
    roles = {
        key: Role(key, _text(v.get("label"), lang), float(v.get("monthly_hours", 90)))
        for key, v in _merged("roles", edits).items()
    }
    playbooks = {
        strategy: tuple((item["key"], _text(item["label"], lang)) for item in items)
        for strategy, items in default_data()["playbooks"].items()
    }
    return Catalogue(types, models, roles, playbooks, edits)


def team_edits(store: Store, team_id: int) -> Edits:
    with store.read() as session:
        rows = session.execute(
            select(GovernanceSetting.key, GovernanceSetting.value).where(
                GovernanceSetting.team_id == team_id
            )
        ).all()
    return {row.key: json.loads(row.value) for row in rows if row.key in SECTIONS}


def load_catalogue(store: Store, team_id: int, lang: str = "fi") -> Catalogue:
    return build(team_edits(store, team_id), lang)


def _invalid(field: str, message: str, **args: object) -> ValidationError:
    return ValidationError(field, message, **args)


def _type_errors(key: str, fields: dict[str, Any]) -> list[ValidationError]:
    errors = []
    if "label" in fields and not str(fields["label"]).strip():
        errors.append(_invalid(f"{key}.label", QT_TRANSLATE_NOOP("rules", "A name is required.")))
    if "hours" in fields and not 0 < float(fields["hours"]) <= 24:
        errors.append(
            _invalid(
                f"{key}.hours", QT_TRANSLATE_NOOP("rules", "Hours per meeting are from 0 to 24.")
            )
        )
    if "cadence" in fields:
        try:
            checked(Rule.of({**fields["cadence"], "starts_on": date(2000, 1, 3)}))
        except InvalidRecord as invalid:
            errors.extend(invalid.errors)
    return errors


def check_edits(edits: Edits) -> list[ValidationError]:
    """What is wrong with a team's edits: empty names, impossible hours, counts, capacities."""
    errors: list[ValidationError] = []
    for key, fields in edits.get("meeting_types", {}).items():
        errors.extend(_type_errors(key, fields))
    for key, fields in edits.get("models", {}).items():
        for type_key, count in dict(fields.get("meetings", {})).items():
            if not 0 <= int(count) <= 52:
                errors.append(
                    _invalid(
                        f"{key}.{type_key}",
                        QT_TRANSLATE_NOOP("rules", "Meetings a year are from 0 to 52."),
                    )
                )
    for key, fields in edits.get("roles", {}).items():
        if "monthly_hours" in fields and not 1 <= float(fields["monthly_hours"]) <= 744:
            errors.append(
                _invalid(
                    f"{key}.monthly_hours",
                    QT_TRANSLATE_NOOP("rules", "Hours a month are from 1 to 744."),
                )
            )
    return errors


def save_edits(store: Store, team_id: int, edits: Edits) -> Edits:
    """Store the team's edits (all sections at once); return the previous ones for undo."""
    errors = check_edits(edits)
    if errors:
        raise InvalidRecord(errors)
    # No ids: every customer's view of the catalogue may have changed.
    with store.write(Changes.of(Kind.GOVERNANCE)) as session:
        rows = {
            row.key: row
            for row in session.execute(
                select(GovernanceSetting).where(GovernanceSetting.team_id == team_id)
            ).scalars()
        }
        previous: Edits = {k: json.loads(r.value) for k, r in rows.items() if k in SECTIONS}
        for section in SECTIONS:
            value = edits.get(section) or {}
            row = rows.get(section)
            if row is None and value:
                session.add(
                    GovernanceSetting(team_id=team_id, key=section, value=json.dumps(value))
                )
            elif row is not None and value:
                row.value = json.dumps(value)
            elif row is not None:
                session.delete(row)
    return previous


def new_type_key(label: str, taken: set[str]) -> str:
    """A stable key for a meeting type the team adds, made from its first name."""
    base = re.sub(r"[^a-z0-9]+", "_", label.lower()).strip("_")[:30] or "meeting"
    key, number = f"own_{base}", 2
    while key in taken:
        key, number = f"own_{base}_{number}", number + 1
    return key
