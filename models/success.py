"""Customer success: lifecycle, health, risk flags, goals, feedback, satisfaction, journeys
and the team's self-assessments (seeds 001, 003 and 004; DOMAIN.md §4).

Events (lifecycle changes, health changes, satisfaction entries, feedback and its
handling) are insert-only: a correction is a new row, an undo marks the row deleted
(`deleted_at`), so team sync can merge them without conflicts. `customer_success` holds
each customer's current state, recomputed from the live events in the same transaction, so
that the board, who to call and the reports read one indexed row per customer.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Tracked
from models.success_vocabulary import (
    Channel as Channel,
)
from models.success_vocabulary import (
    CheckpointStatus as CheckpointStatus,
)
from models.success_vocabulary import (
    FeedbackKind as FeedbackKind,
)
from models.success_vocabulary import (
    FeedbackSource as FeedbackSource,
)
from models.success_vocabulary import (
    GoalStatus as GoalStatus,
)
from models.success_vocabulary import (
    Health as Health,
)
from models.success_vocabulary import (
    Horizon as Horizon,
)
from models.success_vocabulary import (
    Level3 as Level3,
)
from models.success_vocabulary import (
    LostReason as LostReason,
)
from models.success_vocabulary import (
    Rating as Rating,
)
from models.success_vocabulary import (
    Resolution as Resolution,
)
from models.success_vocabulary import (
    Severity as Severity,
)
from models.success_vocabulary import (
    Stage as Stage,
)


def _in(column: str, values: type[StrEnum]) -> str:
    return f"{column} IN ({', '.join(repr(v.value) for v in values)})"


class SoftDeleted:
    """Deletes are marks, so that undo, redo and team sync see the same record."""

    deleted_at: Mapped[datetime | None] = mapped_column(DateTime)


class CustomerSuccess(Tracked, Base):
    """One customer's current success state (recomputed from its live events)."""

    __tablename__ = "customer_success"
    __table_args__ = (
        CheckConstraint(f"stage IS NULL OR {_in('stage', Stage)}", name="stage"),
        CheckConstraint(f"health IS NULL OR {_in('health', Health)}", name="health"),
        CheckConstraint("reminder_weeks BETWEEN 0 AND 52", name="reminder_weeks"),
        Index("ix_customer_success_stage", "stage"),
        Index("ix_customer_success_health", "health"),
        Index("ix_customer_success_renewal_on", "renewal_on"),
    )

    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), unique=True
    )
    stage: Mapped[str | None] = mapped_column(String(12))
    stage_since: Mapped[date | None] = mapped_column(Date)
    health: Mapped[str | None] = mapped_column(String(6))
    health_since: Mapped[date | None] = mapped_column(Date)
    health_reason: Mapped[str | None] = mapped_column(Text)
    # The immediate next step a fall to red asked for (shown in who to call).
    health_next_step: Mapped[str | None] = mapped_column(Text)
    health_next_due: Mapped[date | None] = mapped_column(Date)
    renewal_on: Mapped[date | None] = mapped_column(Date)
    reminder_weeks: Mapped[int] = mapped_column(SmallInteger, default=4)


class LifecycleChange(SoftDeleted, Tracked, Base):
    """A step from one lifecycle stage to the next: when, by whom, and why it was lost."""

    __tablename__ = "lifecycle_change"
    __table_args__ = (
        CheckConstraint(_in("to_stage", Stage), name="to_stage"),
        CheckConstraint(f"lost_reason IS NULL OR {_in('lost_reason', LostReason)}", name="reason"),
        CheckConstraint("to_stage <> 'lost' OR lost_reason IS NOT NULL", name="lost_has_reason"),
        Index("ix_lifecycle_change_customer", "customer_id", "changed_on"),
        Index("ix_lifecycle_change_lost", "to_stage", "changed_on"),
    )

    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    from_stage: Mapped[str | None] = mapped_column(String(12), info={"choices": Stage})
    to_stage: Mapped[str] = mapped_column(String(12))
    changed_on: Mapped[date] = mapped_column(Date)
    lost_reason: Mapped[str | None] = mapped_column(String(24))
    note: Mapped[str | None] = mapped_column(Text)
    author_member_id: Mapped[int | None] = mapped_column(
        ForeignKey("member.id", ondelete="SET NULL")
    )


class HealthChange(SoftDeleted, Tracked, Base):
    """A health status set by a person, with the reason and what the data suggested."""

    __tablename__ = "health_change"
    __table_args__ = (
        CheckConstraint(_in("health", Health), name="health"),
        CheckConstraint(f"suggested IS NULL OR {_in('suggested', Health)}", name="suggested"),
        CheckConstraint("health <> 'red' OR next_step IS NOT NULL", name="red_has_step"),
        Index("ix_health_change_customer", "customer_id", "changed_on"),
    )

    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    health: Mapped[str] = mapped_column(String(6))
    reason: Mapped[str] = mapped_column(Text)
    suggested: Mapped[str | None] = mapped_column(String(6))  # what the data said then
    next_step: Mapped[str | None] = mapped_column(Text)
    next_step_due: Mapped[date | None] = mapped_column(Date)
    changed_on: Mapped[date] = mapped_column(Date)
    author_member_id: Mapped[int | None] = mapped_column(
        ForeignKey("member.id", ondelete="SET NULL")
    )


class RiskFlag(SoftDeleted, Tracked, Base):
    """A customer at risk because a key contact (decider, buyer, user) left.

    The contact's name, roles and UUID are copied: the flag outlives a deleted contact."""

    __tablename__ = "risk_flag"
    __table_args__ = (
        CheckConstraint("cause IN ('contact_left', 'contact_deleted')", name="cause"),
        Index("ix_risk_flag_customer", "customer_id", "resolved_on"),
        Index("ix_risk_flag_contact_uuid", "contact_uuid"),
        Index("ix_risk_flag_contact", "contact_id"),
    )

    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    cause: Mapped[str] = mapped_column(String(16))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id", ondelete="SET NULL"))
    contact_uuid: Mapped[str] = mapped_column(String(36))
    contact_name: Mapped[str] = mapped_column(String(200))
    roles: Mapped[str] = mapped_column(String(100))
    raised_on: Mapped[date] = mapped_column(Date)
    resolved_on: Mapped[date | None] = mapped_column(Date)
    resolution: Mapped[str | None] = mapped_column(Text)


class CustomerGoal(SoftDeleted, Tracked, Base):
    """What the customer wants to achieve and how it measures it (seed 003 l. 949–974)."""

    __tablename__ = "customer_goal"
    __table_args__ = (
        CheckConstraint(_in("status", GoalStatus), name="status"),
        CheckConstraint("target_on IS NULL OR target_on >= started_on", name="target_after_start"),
        Index("ix_customer_goal_customer", "customer_id"),
    )

    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(Text)
    measure: Mapped[str] = mapped_column(Text)
    started_on: Mapped[date] = mapped_column(Date)
    target_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default=GoalStatus.OPEN.value)
    # "The customer confirmed the value": required before the next goal is set.
    value_confirmed_on: Mapped[date | None] = mapped_column(Date)
    confirmation: Mapped[str | None] = mapped_column(Text)


class GoalCheckpoint(SoftDeleted, Tracked, Base):
    __tablename__ = "goal_checkpoint"
    __table_args__ = (
        CheckConstraint(_in("status", CheckpointStatus), name="status"),
        Index("ix_goal_checkpoint_goal", "goal_id", "due_on"),
    )

    goal_id: Mapped[int] = mapped_column(ForeignKey("customer_goal.id", ondelete="CASCADE"))
    due_on: Mapped[date] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(8), default=CheckpointStatus.PLANNED.value)
    note: Mapped[str | None] = mapped_column(Text)


class Journey(SoftDeleted, Tracked, Base):
    """A customer journey map of one segment (seed 003 l. 1507–1971)."""

    __tablename__ = "journey"
    __table_args__ = (Index("ix_journey_team", "team_id"),)

    team_id: Mapped[int] = mapped_column(ForeignKey("team_company.id", ondelete="CASCADE"))
    segment_id: Mapped[int | None] = mapped_column(ForeignKey("segment.id", ondelete="SET NULL"))
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)


class JourneyPhase(SoftDeleted, Tracked, Base):
    __tablename__ = "journey_phase"
    __table_args__ = (Index("ix_journey_phase_journey", "journey_id", "position"),)

    journey_id: Mapped[int] = mapped_column(ForeignKey("journey.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)


class Touchpoint(SoftDeleted, Tracked, Base):
    """Where the customer meets the team: channel, owner, expectations, critical or not."""

    __tablename__ = "touchpoint"
    __table_args__ = (
        CheckConstraint(_in("channel", Channel), name="channel"),
        CheckConstraint(_in("expectation", Level3), name="expectation"),
        Index("ix_touchpoint_phase", "phase_id", "position"),
    )

    phase_id: Mapped[int] = mapped_column(ForeignKey("journey_phase.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    channel: Mapped[str] = mapped_column(String(14), default=Channel.FACE_TO_FACE.value)
    digital: Mapped[bool] = mapped_column(Boolean, default=False)
    owner_member_id: Mapped[int | None] = mapped_column(
        ForeignKey("member.id", ondelete="SET NULL")
    )
    expectation: Mapped[str] = mapped_column(String(6), default=Level3.MEDIUM.value)
    critical: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Feedback(SoftDeleted, Tracked, Base):
    """Praise, a suggestion or a complaint as it was received (never edited; its handling
    is a series of FeedbackHandling rows)."""

    __tablename__ = "feedback"
    __table_args__ = (
        CheckConstraint(_in("kind", FeedbackKind), name="kind"),
        CheckConstraint(_in("source", FeedbackSource), name="source"),
        CheckConstraint(f"severity IS NULL OR {_in('severity', Severity)}", name="severity"),
        Index("ix_feedback_team_received", "team_id", "received_on"),
        Index("ix_feedback_customer", "customer_id"),
        Index("ix_feedback_touchpoint", "touchpoint_id"),
        Index("ix_feedback_contact", "contact_id"),
    )

    team_id: Mapped[int] = mapped_column(ForeignKey("team_company.id", ondelete="CASCADE"))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id", ondelete="SET NULL"))
    touchpoint_id: Mapped[int | None] = mapped_column(
        ForeignKey("touchpoint.id", ondelete="SET NULL")
    )
    kind: Mapped[str] = mapped_column(String(10))
    source: Mapped[str] = mapped_column(String(8))
    severity: Mapped[str | None] = mapped_column(String(6))
    happened: Mapped[str] = mapped_column(Text)
    received_on: Mapped[date] = mapped_column(Date)
    author_member_id: Mapped[int | None] = mapped_column(
        ForeignKey("member.id", ondelete="SET NULL")
    )


class FeedbackHandling(SoftDeleted, Tracked, Base):
    """How a feedback is being handled; the newest live row is the current state."""

    __tablename__ = "feedback_handling"
    __table_args__ = (
        CheckConstraint(f"resolution IS NULL OR {_in('resolution', Resolution)}", name="res"),
        CheckConstraint(f"horizon IS NULL OR {_in('horizon', Horizon)}", name="horizon"),
        Index("ix_feedback_handling_feedback", "feedback_id", "id"),
    )

    feedback_id: Mapped[int] = mapped_column(ForeignKey("feedback.id", ondelete="CASCADE"))
    root_cause: Mapped[str | None] = mapped_column(Text)
    resolution: Mapped[str | None] = mapped_column(String(12))
    resolution_note: Mapped[str | None] = mapped_column(Text)
    owner_member_id: Mapped[int | None] = mapped_column(
        ForeignKey("member.id", ondelete="SET NULL")
    )
    horizon: Mapped[str | None] = mapped_column(String(9))
    closed_on: Mapped[date | None] = mapped_column(Date)


class Satisfaction(SoftDeleted, Tracked, Base):
    """A satisfaction entry: 1–5 and / or NPS 0–10, from the customer or one contact."""

    __tablename__ = "satisfaction"
    __table_args__ = (
        CheckConstraint("score IS NULL OR score BETWEEN 1 AND 5", name="score"),
        CheckConstraint("nps IS NULL OR nps BETWEEN 0 AND 10", name="nps"),
        CheckConstraint("score IS NOT NULL OR nps IS NOT NULL", name="some_value"),
        Index("ix_satisfaction_customer", "customer_id", "measured_on"),
        Index("ix_satisfaction_measured_on", "measured_on"),
        Index("ix_satisfaction_contact", "contact_id"),
    )

    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id", ondelete="SET NULL"))
    measured_on: Mapped[date] = mapped_column(Date)
    score: Mapped[int | None] = mapped_column(SmallInteger)
    nps: Mapped[int | None] = mapped_column(SmallInteger)
    note: Mapped[str | None] = mapped_column(Text)
    author_member_id: Mapped[int | None] = mapped_column(
        ForeignKey("member.id", ondelete="SET NULL")
    )


class CxAssessment(SoftDeleted, Tracked, Base):
    """A dated self-assessment: maturity I–IV (seed 004 l. 593–603) and the Four-L
    position, staff empowerment × CX strategy, each 1–5 (seed 001 l. 106–148)."""

    __tablename__ = "cx_assessment"
    __table_args__ = (
        CheckConstraint("maturity BETWEEN 1 AND 4", name="maturity"),
        CheckConstraint("empowerment BETWEEN 1 AND 5", name="empowerment"),
        CheckConstraint("strategy BETWEEN 1 AND 5", name="strategy"),
        Index("ix_cx_assessment_team", "team_id", "assessed_on"),
    )

    team_id: Mapped[int] = mapped_column(ForeignKey("team_company.id", ondelete="CASCADE"))
    assessed_on: Mapped[date] = mapped_column(Date)
    maturity: Mapped[int] = mapped_column(SmallInteger)
    empowerment: Mapped[int] = mapped_column(SmallInteger)
    strategy: Mapped[int] = mapped_column(SmallInteger)
    note: Mapped[str | None] = mapped_column(Text)
    author_member_id: Mapped[int | None] = mapped_column(
        ForeignKey("member.id", ondelete="SET NULL")
    )


class CxBaseline(Tracked, Base):
    """One area's customer-experience baseline in an assessment: bad, average or good."""

    __tablename__ = "cx_baseline"
    __table_args__ = (
        CheckConstraint(_in("rating", Rating), name="rating"),
        Index("ix_cx_baseline_assessment", "assessment_id"),
    )

    assessment_id: Mapped[int] = mapped_column(ForeignKey("cx_assessment.id", ondelete="CASCADE"))
    area: Mapped[str] = mapped_column(String(40))  # a key of resources/success/assessment.json
    rating: Mapped[str] = mapped_column(String(7))
