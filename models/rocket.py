"""The Rocket model (Rakettimalli): process catalogue per team, dot scores, targets, evidence.

Scores, targets and evidence refer to a process by its stable `code` (Y1, A3, …), not by
the catalogue row's id: a coach may rename, reorder or retire processes, or import a new
catalogue, and the history still reads the same.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, Tracked

MAX_DOTS = 3
LEVELS = (1, 2, 3, 4)


class PeriodKind(StrEnum):
    """Targets and scores are set per month, quarter, half-year or year."""

    MONTH = "month"
    QUARTER = "quarter"
    HALF_YEAR = "half_year"
    YEAR = "year"


class AssessorKind(StrEnum):
    """Team self-assessment and the coach's assessment are kept side by side."""

    TEAM = "team"
    COACH = "coach"


class EvidenceKind(StrEnum):
    """Evidence documents (näyttödokumentit): a note, a link or a path to a file."""

    NOTE = "note"
    LINK = "link"
    FILE = "file"


class RoundStatus(StrEnum):
    OPEN = "open"
    PAUSED = "paused"
    FINISHED = "finished"


def _in(column: str, values: type[StrEnum]) -> str:
    return f"{column} IN ({', '.join(repr(v.value) for v in values)})"


class RocketProcess(Tracked, Base):
    """One process of a team's catalogue; retired rows stay so that history keeps its names."""

    __tablename__ = "rocket_process"
    __table_args__ = (
        UniqueConstraint("team_id", "code"),
        CheckConstraint("level BETWEEN 1 AND 4", name="level_range"),
    )

    team_id: Mapped[int] = mapped_column(
        ForeignKey("team_company.id", ondelete="CASCADE"), index=True
    )
    code: Mapped[str] = mapped_column(String(16))
    level: Mapped[int] = mapped_column(SmallInteger)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name_fi: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200), default="")
    description_fi: Mapped[str] = mapped_column(Text, default="")
    description_en: Mapped[str] = mapped_column(Text, default="")
    dot1_fi: Mapped[str] = mapped_column(Text, default="")
    dot1_en: Mapped[str] = mapped_column(Text, default="")
    dot2_fi: Mapped[str] = mapped_column(Text, default="")
    dot2_en: Mapped[str] = mapped_column(Text, default="")
    dot3_fi: Mapped[str] = mapped_column(Text, default="")
    dot3_en: Mapped[str] = mapped_column(Text, default="")
    retired: Mapped[bool] = mapped_column(Boolean, default=False)
    retired_on: Mapped[date | None] = mapped_column(Date)

    checklist: Mapped[list[RocketChecklistItem]] = relationship(
        back_populates="process",
        cascade="all, delete-orphan",
        order_by="RocketChecklistItem.position",
    )


class RocketChecklistItem(Tracked, Base):
    """A concrete step towards the next dot: done or not, by whom, when."""

    __tablename__ = "rocket_checklist_item"

    process_id: Mapped[int] = mapped_column(
        ForeignKey("rocket_process.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    text_fi: Mapped[str] = mapped_column(String(500))
    text_en: Mapped[str] = mapped_column(String(500), default="")
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    done_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("member.id", ondelete="SET NULL"), index=True
    )
    done_on: Mapped[date | None] = mapped_column(Date)

    process: Mapped[RocketProcess] = relationship(back_populates="checklist")


class RocketRound(Tracked, Base):
    """An assessment round (twice a year): started, possibly paused and resumed, finished."""

    __tablename__ = "rocket_round"
    __table_args__ = (
        CheckConstraint(_in("status", RoundStatus), name="status"),
        CheckConstraint(_in("period_kind", PeriodKind), name="period_kind"),
        CheckConstraint(_in("assessor_kind", AssessorKind), name="assessor_kind"),
    )

    team_id: Mapped[int] = mapped_column(
        ForeignKey("team_company.id", ondelete="CASCADE"), index=True
    )
    period_kind: Mapped[str] = mapped_column(String(16), default=PeriodKind.HALF_YEAR.value)
    period_start: Mapped[date] = mapped_column(Date)
    assessor_kind: Mapped[str] = mapped_column(String(8), default=AssessorKind.TEAM.value)
    assessor_id: Mapped[int | None] = mapped_column(
        ForeignKey("member.id", ondelete="SET NULL"), index=True
    )
    status: Mapped[str] = mapped_column(String(16), default=RoundStatus.OPEN.value)
    started_on: Mapped[date] = mapped_column(Date)
    finished_on: Mapped[date | None] = mapped_column(Date)
    # Where the walk stopped, so that a paused round resumes at the same process.
    current_code: Mapped[str | None] = mapped_column(String(16))


class RocketScore(Tracked, Base):
    """One assessment of one process for one period; a new assessment is a new row."""

    __tablename__ = "rocket_score"
    __table_args__ = (
        CheckConstraint("dots BETWEEN 0 AND 3", name="dots_range"),
        CheckConstraint(_in("period_kind", PeriodKind), name="period_kind"),
        CheckConstraint(_in("assessor_kind", AssessorKind), name="assessor_kind"),
        Index(None, "team_id", "process_code", "period_start"),
    )

    team_id: Mapped[int] = mapped_column(ForeignKey("team_company.id", ondelete="CASCADE"))
    process_code: Mapped[str] = mapped_column(String(16))
    period_kind: Mapped[str] = mapped_column(String(16))
    period_start: Mapped[date] = mapped_column(Date)
    dots: Mapped[int] = mapped_column(SmallInteger)
    assessor_kind: Mapped[str] = mapped_column(String(8))
    assessor_id: Mapped[int | None] = mapped_column(
        ForeignKey("member.id", ondelete="SET NULL"), index=True
    )
    scored_on: Mapped[date] = mapped_column(Date)
    comment: Mapped[str | None] = mapped_column(Text)
    round_id: Mapped[int | None] = mapped_column(
        ForeignKey("rocket_round.id", ondelete="SET NULL"), index=True
    )


class RocketTarget(Tracked, Base):
    """The dots a team aims at for one process in one period (one target per period)."""

    __tablename__ = "rocket_target"
    __table_args__ = (
        UniqueConstraint("team_id", "process_code", "period_kind", "period_start"),
        CheckConstraint("dots BETWEEN 0 AND 3", name="dots_range"),
        CheckConstraint(_in("period_kind", PeriodKind), name="period_kind"),
    )

    team_id: Mapped[int] = mapped_column(
        ForeignKey("team_company.id", ondelete="CASCADE"), index=True
    )
    process_code: Mapped[str] = mapped_column(String(16))
    period_kind: Mapped[str] = mapped_column(String(16))
    period_start: Mapped[date] = mapped_column(Date)
    dots: Mapped[int] = mapped_column(SmallInteger)


class RocketEvidence(Tracked, Base):
    """An evidence document backing the dots: a note, a link or an attached file's path."""

    __tablename__ = "rocket_evidence"
    __table_args__ = (
        CheckConstraint(_in("kind", EvidenceKind), name="kind"),
        Index(None, "team_id", "process_code"),
    )

    team_id: Mapped[int] = mapped_column(ForeignKey("team_company.id", ondelete="CASCADE"))
    process_code: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(8))
    title: Mapped[str] = mapped_column(String(300))
    location: Mapped[str | None] = mapped_column(String(1000))  # URL or file path
    added_on: Mapped[date] = mapped_column(Date)
    added_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("member.id", ondelete="SET NULL"), index=True
    )
    round_id: Mapped[int | None] = mapped_column(
        ForeignKey("rocket_round.id", ondelete="SET NULL"), index=True
    )
