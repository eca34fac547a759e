"""Governance: the strategies chosen per customer (protect, grow, streamline).

The source (seed 004, l. 564–650) gives three customer strategies; a customer follows at
most two at once. The segments area suggests one from value × potential, the governance
area brings each strategy's playbook; both read and write this one table.
"""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import CheckConstraint, ForeignKey, String, UniqueConstraint
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
