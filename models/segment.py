"""Segmentations: several ways at once of dividing the customers, each into segments."""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Index, Integer, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, Tracked


class Segmentation(Tracked, Base):
    """One way of dividing customers (by need, by buying behaviour, …); segments change."""

    __tablename__ = "segmentation"
    __table_args__ = (UniqueConstraint("team_id", "name"),)

    team_id: Mapped[int] = mapped_column(ForeignKey("team_company.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)

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
