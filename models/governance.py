"""Governance: customer strategies, meeting series and meetings, actions, proposals, models.

Strategies: the strategies chosen per customer (protect, grow, streamline).

The source (seed 004, l. 564–650) gives three customer strategies; a customer follows at
most two at once. The segments area suggests one from value × potential, the governance
area brings each strategy's playbook; both read and write this one table.
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
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Tracked
from models.rules import QT_TRANSLATE_NOOP

MAX_STRATEGIES = 2


class Strategy(StrEnum):
    PROTECT = "protect"  # suojelu: high current value
    GROW = "grow"  # kasvatus: high potential
    STREAMLINE = "streamline"  # tehostus: low value, low potential


STRATEGY_LABELS = {
    Strategy.PROTECT: QT_TRANSLATE_NOOP("strategy", "Protect"),
    Strategy.GROW: QT_TRANSLATE_NOOP("strategy", "Grow"),
    Strategy.STREAMLINE: QT_TRANSLATE_NOOP("strategy", "Streamline"),
}


class CustomerStrategy(Tracked, Base):
    """One strategy a customer follows; `source` says whether a person chose it or accepted
    the suggestion from value × potential."""

    __tablename__ = "customer_strategy"
    __table_args__ = (
        UniqueConstraint("customer_id", "strategy"),
        CheckConstraint("strategy IN ('protect', 'grow', 'streamline')", name="strategy"),
        CheckConstraint("source IN ('manual', 'suggested')", name="source"),
    )

    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    strategy: Mapped[str] = mapped_column(String(12))
    source: Mapped[str] = mapped_column(String(10), default="manual")
    set_by_member_id: Mapped[int | None] = mapped_column(
        ForeignKey("member.id", ondelete="SET NULL")
    )


# --- meetings, their series and what comes out of them --------------------------------------


class Cadence(StrEnum):
    """How a meeting series repeats (the rule itself is built with dateutil's rrule)."""

    WEEKLY = "weekly"  # on a weekday, every `interval` weeks
    MONTHLY_DAY = "monthly_day"  # on a day of the month (clamped to the month's end)
    MONTHLY_WEEKDAY = "monthly_weekday"  # on the nth (or last) weekday of the month
    QUARTERLY = "quarterly"
    HALF_YEARLY = "half_yearly"
    YEARLY = "yearly"
    TIMES_A_YEAR = "times_a_year"  # n times a year, spread evenly over the months


class MeetingStatus(StrEnum):
    PLANNED = "planned"  # "missed" once its day has passed without being held
    HELD = "held"
    CANCELLED = "cancelled"


class Outcome(StrEnum):
    """How a held meeting went against its goal (seed 004, l. 305–310)."""

    MET = "met"
    PARTLY = "partly"
    NOT_MET = "not_met"


class ActionStatus(StrEnum):
    OPEN = "open"
    DONE = "done"


class ProposalStatus(StrEnum):
    OPEN = "open"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    DONE = "done"


def _in(column: str, values: type[StrEnum]) -> str:
    return f"{column} IN ({', '.join(repr(v.value) for v in values)})"


class MeetingSeries(Tracked, Base):
    """A meeting held on a rhythm: an internal working group or a customer's governance
    meeting. Its occurrences are stored as `meeting` rows up to `planned_through`."""

    __tablename__ = "meeting_series"
    __table_args__ = (
        Index("ix_meeting_series_team", "team_id"),
        Index("ix_meeting_series_customer", "customer_id"),
        CheckConstraint(_in("cadence", Cadence), name="cadence"),
        CheckConstraint("interval BETWEEN 1 AND 52", name="interval"),
    )

    team_id: Mapped[int] = mapped_column(ForeignKey("team_company.id", ondelete="CASCADE"))
    meeting_type: Mapped[str] = mapped_column(String(40))  # a key of the team's catalogue
    title: Mapped[str] = mapped_column(String(200))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    owner_member_id: Mapped[int | None] = mapped_column(
        ForeignKey("member.id", ondelete="SET NULL")
    )
    # Made when a governance model was assigned (ended when the model changes).
    from_model: Mapped[bool] = mapped_column(Boolean, default=False)
    cadence: Mapped[str] = mapped_column(String(16))
    interval: Mapped[int] = mapped_column(SmallInteger, default=1)
    weekday: Mapped[int | None] = mapped_column(SmallInteger)  # 0 = Monday
    nth: Mapped[int | None] = mapped_column(SmallInteger)  # 1–4, or -1 for the last
    month_day: Mapped[int | None] = mapped_column(SmallInteger)
    times_a_year: Mapped[int | None] = mapped_column(SmallInteger)
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    start_time: Mapped[str] = mapped_column(String(5), default="09:00")
    duration_minutes: Mapped[int] = mapped_column(SmallInteger, default=60)
    location: Mapped[str | None] = mapped_column(String(200))
    planned_through: Mapped[date] = mapped_column(Date)


class Meeting(Tracked, Base):
    """One occurrence of a series: planned, held or cancelled, perhaps moved, and its record.

    `original_on` is the day the rule gives (the iCalendar RECURRENCE-ID); `held_on` is
    the day it takes place, different when it was moved. Team and customer are copied from
    the series so that the agenda, the calendar and compliance read one indexed table."""

    __tablename__ = "meeting"
    __table_args__ = (
        UniqueConstraint("series_id", "original_on"),
        # The calendar counts a month by status from the index alone (no table lookups).
        Index("ix_meeting_team_day", "team_id", "held_on", "status"),
        Index("ix_meeting_customer_day", "customer_id", "held_on"),
        CheckConstraint(_in("status", MeetingStatus), name="status"),
        CheckConstraint(f"outcome IS NULL OR {_in('outcome', Outcome)}", name="outcome"),
    )

    series_id: Mapped[int] = mapped_column(ForeignKey("meeting_series.id", ondelete="CASCADE"))
    team_id: Mapped[int] = mapped_column(ForeignKey("team_company.id", ondelete="CASCADE"))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    original_on: Mapped[date] = mapped_column(Date)
    held_on: Mapped[date] = mapped_column(Date)
    start_time: Mapped[str | None] = mapped_column(String(5))  # when moved to another hour
    status: Mapped[str] = mapped_column(String(10), default=MeetingStatus.PLANNED.value)
    goal: Mapped[str | None] = mapped_column(Text)
    outcome: Mapped[str | None] = mapped_column(String(8))
    outcome_note: Mapped[str | None] = mapped_column(Text)
    agenda: Mapped[str | None] = mapped_column(Text)  # one item a line
    attendees: Mapped[str | None] = mapped_column(Text)
    minutes: Mapped[str | None] = mapped_column(Text)
    decisions: Mapped[str | None] = mapped_column(Text)  # one decision a line


class ActionItem(Tracked, Base):
    """Something a meeting agreed someone does by a date; open ones carry over to the next
    occurrence of the same series until they are done."""

    __tablename__ = "action_item"
    __table_args__ = (
        Index("ix_action_item_team_status_due", "team_id", "status", "due_on"),
        Index("ix_action_item_meeting", "meeting_id"),
        Index("ix_action_item_owner", "owner_member_id"),
        Index("ix_action_item_customer", "customer_id"),
        CheckConstraint(_in("status", ActionStatus), name="status"),
    )

    team_id: Mapped[int] = mapped_column(ForeignKey("team_company.id", ondelete="CASCADE"))
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(Text)
    owner_member_id: Mapped[int | None] = mapped_column(
        ForeignKey("member.id", ondelete="SET NULL")
    )
    due_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(8), default=ActionStatus.OPEN.value)
    done_on: Mapped[date | None] = mapped_column(Date)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id", ondelete="SET NULL"))


class DevelopmentProposal(Tracked, Base):
    """An entry of the shared development log, handled in a development meeting
    (seed 004, l. 244–251, 787–799)."""

    __tablename__ = "development_proposal"
    __table_args__ = (
        Index("ix_development_proposal_team_status", "team_id", "status"),
        Index("ix_development_proposal_meeting", "handled_meeting_id"),
        CheckConstraint(_in("status", ProposalStatus), name="status"),
    )

    team_id: Mapped[int] = mapped_column(ForeignKey("team_company.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    proposed_by_member_id: Mapped[int | None] = mapped_column(
        ForeignKey("member.id", ondelete="SET NULL")
    )
    proposed_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default=ProposalStatus.OPEN.value)
    decision: Mapped[str | None] = mapped_column(Text)
    handled_meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meeting.id", ondelete="SET NULL")
    )
    handled_on: Mapped[date | None] = mapped_column(Date)


class CustomerGovernance(Tracked, Base):
    """The governance model agreed with a customer (seed 004, l. 691–721, table 2)."""

    __tablename__ = "customer_governance"

    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), unique=True
    )
    model: Mapped[str] = mapped_column(String(40))  # a key of the team's catalogue
    agreed_on: Mapped[date] = mapped_column(Date)


class PlaybookCheck(Tracked, Base):
    """A ticked item of a strategy's playbook for one customer."""

    __tablename__ = "playbook_check"
    __table_args__ = (UniqueConstraint("customer_id", "strategy", "item"),)

    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    strategy: Mapped[str] = mapped_column(String(12), info={"choices": Strategy})
    item: Mapped[str] = mapped_column(String(40))
    done_on: Mapped[date] = mapped_column(Date)


class GovernanceSetting(Tracked, Base):
    """A team's own edits of the governance catalogue (meeting types, models, roles), as JSON
    merged over the shipped resources/governance/catalogue.json, which stays the default."""

    __tablename__ = "governance_setting"
    __table_args__ = (UniqueConstraint("team_id", "key"),)

    team_id: Mapped[int] = mapped_column(ForeignKey("team_company.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(40))
    value: Mapped[str] = mapped_column(Text)
