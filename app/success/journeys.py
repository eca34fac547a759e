"""Customer journey maps per segment (seed 003 l. 1507–1971, seed 001 l. 217–230).

A journey has phases (by default before purchase, purchase, after purchase; editable) and
touchpoints in each phase with channel, physical or digital, owner, expectation level and
a critical mark. Feedback tied to a touchpoint makes it light up where complaints gather.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.changes import Changes, Kind
from app.errors import InvalidRecord
from app.operations import edit_fields
from app.paths import RESOURCES
from app.store import Conflict, Store
from app.success.feedback import is_open
from app.success.records import live, refuse, set_deleted, text
from app.success.rules import CRITICAL_WINDOW_DAYS, lights_up, need, one_of
from models.base import utcnow
from models.rules import QT_TRANSLATE_NOOP, ValidationError
from models.segment import Segment
from models.success import (
    Channel,
    Feedback,
    FeedbackKind,
    Journey,
    JourneyPhase,
    Level3,
    Severity,
    Touchpoint,
)
from models.team import Member

CHANGES = Changes.of(Kind.JOURNEY)
TOUCHPOINT_FIELDS = (
    "name",
    "description",
    "channel",
    "digital",
    "owner_member_id",
    "expectation",
    "critical",
)


@cache
def template() -> dict[str, Any]:
    """resources/success/journey.json: default phases and the demo's touchpoints."""
    data: dict[str, Any] = json.loads(
        (RESOURCES / "success" / "journey.json").read_text(encoding="utf-8")
    )
    return data


def default_phases(language: str) -> list[str]:
    return [phase[language] for phase in template()["phases"]]


def _clean_phases(names: list[str]) -> list[str]:
    cleaned = [(n or "").strip() for n in names]
    errors: list[ValidationError] = []
    if not cleaned:
        errors.append(
            ValidationError(
                "phases", QT_TRANSLATE_NOOP("rules", "A journey needs at least one phase.")
            )
        )
    elif not all(cleaned):
        errors.append(
            ValidationError("phases", QT_TRANSLATE_NOOP("rules", "Every phase needs a name."))
        )
    elif len({n.lower() for n in cleaned}) < len(cleaned):
        errors.append(
            ValidationError(
                "phases", QT_TRANSLATE_NOOP("rules", "Two phases cannot have the same name.")
            )
        )
    refuse(errors)
    return cleaned


def create_journey(
    store: Store, team_id: int, name: str, phases: list[str], segment_id: int | None = None
) -> int:
    """A new journey map with its phases in order; refused without a name or a phase."""
    errors: list[ValidationError] = []
    clean_name = text(name)
    if clean_name is None:
        errors.append(need("name"))
    try:
        clean_phases = _clean_phases(phases)
    except InvalidRecord as invalid:
        errors.extend(invalid.errors)
    refuse(errors)
    with store.write(CHANGES) as session:
        journey = Journey(team_id=team_id, name=clean_name, segment_id=segment_id)
        session.add(journey)
        session.flush()
        for position, phase in enumerate(clean_phases):
            session.add(JourneyPhase(journey_id=journey.id, name=phase, position=position))
        return journey.id


def update_journey(store: Store, journey_id: int, values: dict[str, Any]) -> dict[str, Any]:
    """Rename a journey or tie it to another segment; return the replaced values."""
    return edit_fields(
        store, Journey, journey_id, values, CHANGES, clean=_clean_journey, check=live
    )


def _clean_journey(values: dict[str, Any]) -> dict[str, Any]:
    clean: dict[str, Any] = {}
    if "name" in values:
        clean["name"] = text(values["name"])
        if clean["name"] is None:
            refuse([need("name")])
    if "segment_id" in values:
        clean["segment_id"] = values["segment_id"] or None
    return clean


def delete_journey(store: Store, journey_id: int) -> int:
    set_deleted(store, Journey, journey_id, True, CHANGES)
    return journey_id


def restore_journey(store: Store, journey_id: int) -> int:
    set_deleted(store, Journey, journey_id, False, CHANGES)
    return journey_id


PhaseList = list[tuple[int | None, str]]  # (id, or None for a new phase; name) in order


def _live_phases(session: Session, journey_id: int) -> list[tuple[int, str]]:
    rows = session.execute(
        select(JourneyPhase.id, JourneyPhase.name)
        .where(JourneyPhase.journey_id == journey_id, JourneyPhase.deleted_at.is_(None))
        .order_by(JourneyPhase.position, JourneyPhase.id)
    ).all()
    return [(row.id, row.name) for row in rows]


def set_phases(store: Store, journey_id: int, phases: PhaseList) -> PhaseList:
    """Rename, reorder, add and remove phases at once; return the phases as they were
    (with the new phases' ids once undone, so redo brings back the same records).

    A phase that still holds touchpoints cannot be removed."""
    _clean_phases([name for _, name in phases])
    with store.write(CHANGES) as session:
        journey = session.get(Journey, journey_id)
        if journey is None or journey.deleted_at is not None:
            raise LookupError(journey_id)
        previous: PhaseList = list(_live_phases(session, journey_id))
        kept = {pid for pid, _ in phases if pid is not None}
        for live_id, _ in _live_phases(session, journey_id):
            if live_id not in kept:
                _remove_phase(session, live_id)
        for position, (pid, name) in enumerate(phases):
            phase = session.get(JourneyPhase, pid) if pid is not None else None
            if phase is None:
                phase = JourneyPhase(journey_id=journey_id)
                session.add(phase)
            if phase.journey_id != journey_id:
                raise Conflict(journey_id)
            phase.name, phase.position, phase.deleted_at = name.strip(), position, None
        session.flush()
        return previous


def _remove_phase(session: Session, phase_id: int) -> None:
    holding = session.execute(
        select(Touchpoint.name).where(
            Touchpoint.phase_id == phase_id, Touchpoint.deleted_at.is_(None)
        )
    ).first()
    if holding is not None:
        phase = session.get(JourneyPhase, phase_id)
        refuse(
            [
                ValidationError(
                    "phases",
                    QT_TRANSLATE_NOOP(
                        "rules",
                        "The phase “{phase}” still has touchpoints; move or remove them first.",
                    ),
                    phase=phase.name if phase else "",
                )
            ]
        )
    phase = session.get(JourneyPhase, phase_id)
    if phase is not None:
        phase.deleted_at = utcnow()


# --- touchpoints ------------------------------------------------------------------------------


def clean_touchpoint(data: dict[str, Any], partial: bool = False) -> dict[str, Any]:
    errors: list[ValidationError] = []
    out: dict[str, Any] = {}
    if "name" in data or not partial:
        out["name"] = text(data.get("name"))
        if out["name"] is None:
            errors.append(need("name"))
    if "description" in data:
        out["description"] = text(data.get("description"))
    if "channel" in data or not partial:
        out["channel"] = data.get("channel") or Channel.FACE_TO_FACE.value
        errors.extend(one_of(out["channel"], [c.value for c in Channel], "channel"))
    if "expectation" in data or not partial:
        out["expectation"] = data.get("expectation") or Level3.MEDIUM.value
        errors.extend(one_of(out["expectation"], [v.value for v in Level3], "expectation"))
    for key in ("digital", "critical"):
        if key in data or not partial:
            out[key] = bool(data.get(key))
    if "owner_member_id" in data:
        out["owner_member_id"] = data.get("owner_member_id") or None
    refuse(errors)
    return out


def add_touchpoint(store: Store, phase_id: int, data: dict[str, Any]) -> int:
    values = clean_touchpoint(data)
    with store.write(CHANGES) as session:
        last = session.execute(
            select(func.coalesce(func.max(Touchpoint.position), -1)).where(
                Touchpoint.phase_id == phase_id
            )
        ).scalar_one()
        touchpoint = Touchpoint(phase_id=phase_id, position=int(last) + 1, **values)
        session.add(touchpoint)
        session.flush()
        return touchpoint.id


def update_touchpoint(store: Store, touchpoint_id: int, values: dict[str, Any]) -> dict[str, Any]:
    """Edit a touchpoint (also moving it to another phase); return the replaced values."""
    clean = clean_touchpoint(values, partial=True)
    if "phase_id" in values:
        clean["phase_id"] = int(values["phase_id"])
    return edit_fields(store, Touchpoint, touchpoint_id, clean, CHANGES, check=live)


def delete_touchpoint(store: Store, touchpoint_id: int) -> int:
    set_deleted(store, Touchpoint, touchpoint_id, True, CHANGES)
    return touchpoint_id


def restore_touchpoint(store: Store, touchpoint_id: int) -> int:
    set_deleted(store, Touchpoint, touchpoint_id, False, CHANGES)
    return touchpoint_id


# --- reading the map ------------------------------------------------------------------------


@dataclass
class TouchpointCard:
    id: int
    name: str
    description: str | None
    channel: str
    digital: bool
    owner_id: int | None
    owner: str | None
    expectation: str
    marked_critical: bool
    complaints: int  # within the critical window
    open_severe: int
    feedback: int  # all live feedback tied to it

    @property
    def lit(self) -> bool:
        """Bad feedback has gathered here (see app.success.rules.lights_up)."""
        return lights_up(self.complaints, self.open_severe)

    @property
    def critical(self) -> bool:
        return self.marked_critical or self.lit


@dataclass
class PhaseColumn:
    id: int
    name: str
    touchpoints: list[TouchpointCard] = field(default_factory=list)


@dataclass
class JourneyMap:
    id: int
    name: str
    segment: str | None
    segment_id: int | None
    phases: list[PhaseColumn]


def journeys_of(store: Store, team_id: int) -> list[dict[str, Any]]:
    with store.read() as session:
        rows = session.execute(
            select(Journey.id, Journey.name, Journey.segment_id, Segment.name.label("segment"))
            .outerjoin(Segment, Segment.id == Journey.segment_id)
            .where(Journey.team_id == team_id, Journey.deleted_at.is_(None))
            .order_by(Journey.name, Journey.id)
        ).all()
    return [dict(r._mapping) for r in rows]


def _feedback_counts(session: Session, phase_ids: list[int], today: date) -> dict[int, Any]:
    """Per touchpoint: complaints within the window, open severe complaints, all feedback."""
    since = today - timedelta(days=CRITICAL_WINDOW_DAYS)
    complaint = Feedback.kind == FeedbackKind.COMPLAINT.value
    rows = session.execute(
        select(
            Feedback.touchpoint_id,
            # COUNT … FILTER, not SUM of a comparison: that would come back typed as a boolean.
            func.count().filter(complaint & (Feedback.received_on >= since)),
            func.count().filter(complaint & (Feedback.severity == Severity.HIGH.value) & is_open()),
            func.count(),
        )
        .join(Touchpoint, Touchpoint.id == Feedback.touchpoint_id)
        .where(Touchpoint.phase_id.in_(phase_ids), Feedback.deleted_at.is_(None))
        .group_by(Feedback.touchpoint_id)
    ).all()
    return {row[0]: row for row in rows if row[0] is not None}


def journey_map(store: Store, journey_id: int, today: date | None = None) -> JourneyMap:
    """Everything the map draws: phases in order, their touchpoints with feedback counts."""
    today = today or date.today()
    with store.read() as session:
        journey = session.get(Journey, journey_id)
        if journey is None or journey.deleted_at is not None:
            raise LookupError(journey_id)
        segment = session.get(Segment, journey.segment_id) if journey.segment_id else None
        phases = [PhaseColumn(pid, name) for pid, name in _live_phases(session, journey_id)]
        by_id = {p.id: p for p in phases}
        counts = _feedback_counts(session, list(by_id), today)
        rows = session.execute(
            select(Touchpoint, Member.name)
            .outerjoin(Member, Member.id == Touchpoint.owner_member_id)
            .where(Touchpoint.phase_id.in_(by_id), Touchpoint.deleted_at.is_(None))
            .order_by(Touchpoint.position, Touchpoint.id)
        ).all()
        for t, owner in rows:
            c = counts.get(t.id)
            by_id[t.phase_id].touchpoints.append(
                TouchpointCard(
                    t.id,
                    t.name,
                    t.description,
                    t.channel,
                    t.digital,
                    t.owner_member_id,
                    owner,
                    t.expectation,
                    t.critical,
                    int(c[1] or 0) if c else 0,
                    int(c[2] or 0) if c else 0,
                    int(c[3]) if c else 0,
                )
            )
        return JourneyMap(
            journey.id, journey.name, segment.name if segment else None, journey.segment_id, phases
        )


def touchpoint_choices(store: Store, team_id: int) -> list[tuple[int, str]]:
    """Every live touchpoint of the team as (id, "journey › phase › touchpoint")."""
    with store.read() as session:
        rows = session.execute(
            select(Touchpoint.id, Journey.name, JourneyPhase.name, Touchpoint.name)
            .join(JourneyPhase, JourneyPhase.id == Touchpoint.phase_id)
            .join(Journey, Journey.id == JourneyPhase.journey_id)
            .where(
                Journey.team_id == team_id,
                Journey.deleted_at.is_(None),
                JourneyPhase.deleted_at.is_(None),
                Touchpoint.deleted_at.is_(None),
            )
            .order_by(Journey.name, JourneyPhase.position, Touchpoint.position)
        ).all()
    return [(r[0], f"{r[1]} › {r[2]} › {r[3]}") for r in rows]
