"""Demo records of a whole team: the journey map (from resources/success/journey.json) and
three self-assessments; and the row buffer the success demo writes in bulk."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from random import Random
from typing import Any

from sqlalchemy import Connection, select

from app.demo import DemoContext, seeded_uuid
from app.success.assessments import baseline_areas
from app.success.journeys import template
from models.segment import Segment, Segmentation
from models.success import (
    CustomerGoal,
    CustomerSuccess,
    CxAssessment,
    CxBaseline,
    Feedback,
    FeedbackHandling,
    GoalCheckpoint,
    HealthChange,
    Journey,
    JourneyPhase,
    LifecycleChange,
    RiskFlag,
    Satisfaction,
    Touchpoint,
)


@dataclass
class Rows:
    """Generated rows per table, written in bulk at the end."""

    tables: dict[Any, list[dict[str, Any]]] = field(default_factory=dict)
    next_id: dict[Any, int] = field(default_factory=dict)

    def add(self, entity: Any, row: dict[str, Any], rng: Random, now: datetime) -> int:
        key = self.next_id.get(entity, 1)
        self.next_id[entity] = key + 1
        full = {"id": key, "uuid": seeded_uuid(rng), "created_at": now, "updated_at": now, **row}
        self.tables.setdefault(entity, []).append(full)
        return key


def start_ids(conn: Connection, rows: Rows) -> None:
    """Continue after existing ids (the demo may run on a database with records)."""
    for entity in (
        CustomerSuccess,
        LifecycleChange,
        HealthChange,
        RiskFlag,
        CustomerGoal,
        GoalCheckpoint,
        Journey,
        JourneyPhase,
        Touchpoint,
        Feedback,
        FeedbackHandling,
        Satisfaction,
        CxAssessment,
        CxBaseline,
    ):
        top = conn.execute(select(entity.id).order_by(entity.id.desc()).limit(1)).scalar()
        rows.next_id[entity] = int(top or 0) + 1


def _first_segment(conn: Connection, team_id: int) -> int | None:
    row = conn.execute(
        select(Segment.id)
        .join(Segmentation, Segmentation.id == Segment.segmentation_id)
        .where(Segmentation.team_id == team_id)
        .order_by(Segmentation.id, Segment.position)
        .limit(1)
    ).first()
    return row.id if row else None


def journey(conn: Connection, ctx: DemoContext, team: int, rows: Rows, now: datetime) -> list[int]:
    """The team's journey map from resources/success/journey.json; its touchpoint ids."""
    rng, data = ctx.rng, template()
    segment_id = _first_segment(conn, team)
    journey = rows.add(
        Journey,
        {
            "team_id": team,
            "segment_id": segment_id,
            "name": data["demo_name"]["fi"],
            "description": None,
            "deleted_at": None,
        },
        rng,
        now,
    )
    members: list[int | None] = [*ctx.members.get(team, [])] or [None]
    points = []
    for position, (phase, cards) in enumerate(
        zip(data["phases"], data["demo_touchpoints"], strict=True)
    ):
        phase_id = rows.add(
            JourneyPhase,
            {"journey_id": journey, "name": phase["fi"], "position": position, "deleted_at": None},
            rng,
            now,
        )
        for order, card in enumerate(cards):
            points.append(
                rows.add(
                    Touchpoint,
                    {
                        "phase_id": phase_id,
                        "name": card["fi"],
                        "description": None,
                        "channel": card["channel"],
                        "digital": card["digital"],
                        "owner_member_id": rng.choice(members),
                        "expectation": card["expectation"],
                        "critical": bool(card.get("critical")),
                        "position": order,
                        "deleted_at": None,
                    },
                    rng,
                    now,
                )
            )
    return points


def assessments(ctx: DemoContext, team: int, rows: Rows, now: datetime) -> None:
    """Three assessments, 16, 8 and 0 months ago, each a little better than the last."""
    rng = ctx.rng
    areas = [key for key, _ in baseline_areas("fi")]
    for round_, months in enumerate((16, 8, 0)):
        assessment = rows.add(
            CxAssessment,
            {
                "team_id": team,
                "assessed_on": ctx.today - timedelta(days=30 * months),
                "maturity": 1 + round_,
                "empowerment": 2 + round_,
                "strategy": 1 + 2 * round_,
                "note": None,
                "author_member_id": None,
                "deleted_at": None,
            },
            rng,
            now,
        )
        for area in areas:
            rating = rng.choices(["bad", "average", "good"], [3 - round_, 3, 1 + 2 * round_])[0]
            rows.add(
                CxBaseline,
                {"assessment_id": assessment, "area": area, "rating": rating},
                rng,
                now,
            )
