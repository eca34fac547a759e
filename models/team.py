"""Team companies and their members."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, String, true
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, Tracked
from models.rules import MemberRole


class TeamCompany(Tracked, Base):
    """A team company (tiimiyritys); one database may hold several."""

    __tablename__ = "team_company"

    name: Mapped[str] = mapped_column(String(200))
    academy: Mapped[str | None] = mapped_column(String(200))
    founded_on: Mapped[date | None] = mapped_column(Date)

    members: Mapped[list[Member]] = relationship(
        back_populates="team", cascade="all, delete-orphan", order_by="Member.name"
    )


class Member(Tracked, Base):
    """A team entrepreneur, team leader or coach."""

    __tablename__ = "member"

    team_id: Mapped[int] = mapped_column(
        ForeignKey("team_company.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(254))
    role: Mapped[str] = mapped_column(
        String(32), default=MemberRole.TEAM_ENTREPRENEUR.value, info={"choices": MemberRole}
    )
    # A member who left the team is deactivated, not deleted: pickers hide them, while the
    # moves, interactions and scores they made keep their name.
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())

    team: Mapped[TeamCompany] = relationship(back_populates="members")
