"""Segmentations and customer value: several ways at once of dividing the customers, the
dated history of who sat in which segment, revisits, value weights, scores over time and the
team's five metrics.

The source (seed 000 l. 455–463) says segments change and segmentations are revisited, so
membership is kept with its dates: every figure can be drawn as it stood on a past day.
`customer_segment` stays the quick "where is this customer now" table the ladder's filters
read; the app layer keeps it and the open history rows equal in every write.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    CheckConstraint,
    Column,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, Tracked
from models.customer import SCORE_COLUMNS, Interaction

HISTORY_SCORES_INDEX = "ix_score_history_customer_scores"
MEMBERSHIP_AT_INDEX = "ix_segment_membership_customer_at"
MAX_METRICS = 5  # the source (seed 000 l. 908): "there may be no more than five metrics"
VALUE_PARTS = ("volume", "profitability", "reference")
POTENTIAL_PARTS = ("share_of_wallet", "cross_sell", "growing_together")
# Table 1 of seed 004: volume 25 %, profitability 50 %, reference value 25 %. The source
# names share of wallet as the one potential criterion, so it gets half of the potential.
DEFAULT_WEIGHTS = {
    "volume": 25,
    "profitability": 50,
    "reference": 25,
    "share_of_wallet": 50,
    "cross_sell": 25,
    "growing_together": 25,
}


class Segmentation(Tracked, Base):
    """One way of dividing customers (by need, by buying behaviour, …); segments change."""

    __tablename__ = "segmentation"
    __table_args__ = (UniqueConstraint("team_id", "name"),)

    team_id: Mapped[int] = mapped_column(ForeignKey("team_company.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    # When the team means to look at this segmentation again (markets change).
    revisit_by: Mapped[date | None] = mapped_column(Date)

    segments: Mapped[list[Segment]] = relationship(
        back_populates="segmentation",
        cascade="all, delete-orphan",
        order_by="Segment.position",
        passive_deletes=True,
    )


class Segment(Tracked, Base):
    __tablename__ = "segment"
    __table_args__ = (UniqueConstraint("segmentation_id", "name"),)

    segmentation_id: Mapped[int] = mapped_column(
        ForeignKey("segmentation.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)

    segmentation: Mapped[Segmentation] = relationship(back_populates="segments")


# A customer sits in at most one segment of each segmentation (checked in app.segments).
customer_segment = Table(
    "customer_segment",
    Base.metadata,
    Column("customer_id", ForeignKey("customer.id", ondelete="CASCADE"), primary_key=True),
    Column("segment_id", ForeignKey("segment.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_customer_segment_segment", "segment_id"),
)


class SegmentMembership(Tracked, Base):
    """A customer sat in a segment from `since` until the day before `until` (open: now).

    At the end of day D a customer is in the row with since <= D < until; a move on D closes
    the old row with until = D and opens the new one with since = D.
    """

    __tablename__ = "segment_membership"
    __table_args__ = (
        # Counts at a date scan one segmentation's rows by start date.
        Index("ix_segment_membership_dates", "segmentation_id", "since", "until"),
        # A customer's history in one segmentation, and its open row.
        Index("ix_segment_membership_customer", "customer_id", "segmentation_id", "until"),
        # A customer's segment on a past day from the index alone (migration 0012): the
        # segment × level chart looks it up for every customer of the team.
        Index(
            MEMBERSHIP_AT_INDEX, "customer_id", "segmentation_id", "since", "until", "segment_id"
        ),
        # The segment filter: customers in a segment at a date.
        Index("ix_segment_membership_segment", "segment_id", "since"),
        CheckConstraint("until IS NULL OR until > since", name="dates_order"),
    )

    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    segmentation_id: Mapped[int] = mapped_column(ForeignKey("segmentation.id", ondelete="CASCADE"))
    segment_id: Mapped[int] = mapped_column(ForeignKey("segment.id", ondelete="CASCADE"))
    since: Mapped[date] = mapped_column(Date)
    until: Mapped[date | None] = mapped_column(Date)
    author_member_id: Mapped[int | None] = mapped_column(
        ForeignKey("member.id", ondelete="SET NULL")
    )


class SegmentationRevisit(Tracked, Base):
    """Someone looked at a segmentation again: who, when, and what they concluded."""

    __tablename__ = "segmentation_revisit"

    segmentation_id: Mapped[int] = mapped_column(
        ForeignKey("segmentation.id", ondelete="CASCADE"), index=True
    )
    revisited_on: Mapped[date] = mapped_column(Date)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id", ondelete="SET NULL"))
    note: Mapped[str | None] = mapped_column(Text)
    next_revisit_by: Mapped[date | None] = mapped_column(Date)


def _weight() -> Mapped[int]:
    return mapped_column(SmallInteger)


class ValueWeights(Tracked, Base):
    """A team's weights (percent) of current value and potential, from `valid_from` on."""

    __tablename__ = "value_weights"
    __table_args__ = (
        UniqueConstraint("team_id", "valid_from"),
        CheckConstraint("volume + profitability + reference = 100", name="value_sum"),
        CheckConstraint(
            "share_of_wallet + cross_sell + growing_together = 100", name="potential_sum"
        ),
    )

    team_id: Mapped[int] = mapped_column(ForeignKey("team_company.id", ondelete="CASCADE"))
    valid_from: Mapped[date] = mapped_column(Date)
    volume: Mapped[int] = _weight()
    profitability: Mapped[int] = _weight()
    reference: Mapped[int] = _weight()
    share_of_wallet: Mapped[int] = _weight()
    cross_sell: Mapped[int] = _weight()
    growing_together: Mapped[int] = _weight()
    author_member_id: Mapped[int | None] = mapped_column(
        ForeignKey("member.id", ondelete="SET NULL")
    )


def _score() -> Mapped[int | None]:
    return mapped_column(SmallInteger)


class CustomerScoreHistory(Tracked, Base):
    """A customer's value scores and annual revenue as they stood from `valid_from` on.

    The customer row holds the current values; a save that changes them adds (or, the same
    day, replaces) a row here, so the balloon chart can show where a customer was."""

    __tablename__ = "customer_score_history"
    __table_args__ = (
        UniqueConstraint("customer_id", "valid_from"),
        # Where a customer stood on a past day, read from the index alone (migration 0012;
        # app.segments.value_map names it: SQLite would take the unique one, then the row).
        Index(
            HISTORY_SCORES_INDEX,
            "customer_id",
            "valid_from",
            *SCORE_COLUMNS,
            "annual_revenue",
        ),
    )

    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    valid_from: Mapped[date] = mapped_column(Date)
    annual_revenue: Mapped[float | None] = mapped_column(Float)
    value_volume: Mapped[int | None] = _score()
    value_profitability: Mapped[int | None] = _score()
    value_reference: Mapped[int | None] = _score()
    potential_share_of_wallet: Mapped[int | None] = _score()
    potential_cross_sell: Mapped[int | None] = _score()
    potential_growing_together: Mapped[int | None] = _score()


class TeamMetric(Tracked, Base):
    """One of the team's (at most five) metrics with its monthly targets."""

    __tablename__ = "team_metric"
    __table_args__ = (UniqueConstraint("team_id", "metric"),)

    team_id: Mapped[int] = mapped_column(ForeignKey("team_company.id", ondelete="CASCADE"))
    metric: Mapped[str] = mapped_column(String(40))  # a key of app.segments.metrics' registry
    position: Mapped[int] = mapped_column(Integer, default=0)
    target: Mapped[float] = mapped_column(Float)  # the team's monthly target
    member_target: Mapped[float | None] = mapped_column(Float)  # each member's, if set


# The metrics count one kind of interaction per customer and month; with the kind in the
# index SQLite answers from the index alone instead of reading ~250 000 interaction rows.
Index(
    "ix_interaction_customer_date_kind",
    Interaction.__table__.c.customer_id,
    Interaction.__table__.c.occurred_on,
    Interaction.__table__.c.kind,
)
