"""Customers, their contact persons and the interactions with them."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    Float,
    ForeignKey,
    Index,
    SmallInteger,
    String,
    Table,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, Tracked
from models.rules import InteractionType, LadderLevel, SizeClass

SCORE_COLUMNS = (
    "value_volume",
    "value_profitability",
    "value_reference",
    "potential_share_of_wallet",
    "potential_cross_sell",
    "potential_growing_together",
)


def _score() -> Mapped[int | None]:
    return mapped_column(SmallInteger)


class Customer(Tracked, Base):
    """An organisation the team company works with or hopes to."""

    __tablename__ = "customer"
    __table_args__ = (
        Index("ix_customer_team_name", "team_id", "archived", "name"),
        # The customer table sorts by these with keyset paging (migration 0007): each page
        # an index range, (value, name) in order, wherever it is in the list.
        Index("ix_customer_team_business_id", "team_id", "archived", "business_id", "name"),
        Index("ix_customer_team_city", "team_id", "archived", "city", "name"),
        Index("ix_customer_team_industry", "team_id", "archived", "industry", "name"),
        Index("ix_customer_team_size", "team_id", "archived", "size_class", "name"),
        Index("ix_customer_team_level", "team_id", "ladder_level"),
        Index("ix_customer_owner", "owner_id"),
        Index("ix_customer_referred_by_customer", "referred_by_customer_id"),
        # Covers the value map and balloon chart (migration 0012): every column they read of
        # a team's live customers, so the read walks the index, not 49 057 scattered rows.
        Index(
            "ix_customer_team_scores",
            "team_id",
            "archived",
            *SCORE_COLUMNS,
            "annual_revenue",
            "ladder_level",
            "owner_id",
            "name",
            "created_at",
        ),
        CheckConstraint("ladder_level IN ('A3', 'A2', 'A1')", name="ladder_level"),
        *(
            CheckConstraint(f"{col} IS NULL OR {col} BETWEEN 1 AND 5", name=col)
            for col in SCORE_COLUMNS
        ),
    )

    team_id: Mapped[int] = mapped_column(ForeignKey("team_company.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(300))
    business_id: Mapped[str | None] = mapped_column(String(9), unique=True)
    industry: Mapped[str | None] = mapped_column(String(200))
    city: Mapped[str | None] = mapped_column(String(100))
    website: Mapped[str | None] = mapped_column(String(300))
    size_class: Mapped[str] = mapped_column(String(16), default=SizeClass.SMALL.value)
    ladder_level: Mapped[str] = mapped_column(String(2), default=LadderLevel.A3.value)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("member.id", ondelete="SET NULL"))
    referred_by_customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customer.id", ondelete="SET NULL")
    )
    referred_by_contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL", use_alter=True)
    )
    annual_revenue: Mapped[float | None] = mapped_column(Float)
    value_volume: Mapped[int | None] = _score()
    value_profitability: Mapped[int | None] = _score()
    value_reference: Mapped[int | None] = _score()
    potential_share_of_wallet: Mapped[int | None] = _score()
    potential_cross_sell: Mapped[int | None] = _score()
    potential_growing_together: Mapped[int | None] = _score()
    notes: Mapped[str | None] = mapped_column(Text)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)

    contacts: Mapped[list[Contact]] = relationship(
        back_populates="customer",
        cascade="all, delete-orphan",
        foreign_keys="Contact.customer_id",
        passive_deletes=True,
    )
    interactions: Mapped[list[Interaction]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", passive_deletes=True
    )


class Contact(Tracked, Base):
    """A contact person at a customer, with buying-centre roles."""

    __tablename__ = "contact"

    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(40))
    # Sorted comma list of BuyingRole values; one person may hold several roles.
    roles: Mapped[str] = mapped_column(String(100), default="")
    advocate: Mapped[bool] = mapped_column(Boolean, default=False)
    marketing_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_date: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    # The day the person left the customer (success area: a key contact leaving flags risk).
    left_on: Mapped[date | None] = mapped_column(Date)

    customer: Mapped[Customer] = relationship(back_populates="contacts", foreign_keys=[customer_id])


interaction_member = Table(
    "interaction_member",
    Base.metadata,
    Column("interaction_id", ForeignKey("interaction.id", ondelete="CASCADE"), primary_key=True),
    Column("member_id", ForeignKey("member.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_interaction_member_member", "member_id"),
)

interaction_contact = Table(
    "interaction_contact",
    Base.metadata,
    Column("interaction_id", ForeignKey("interaction.id", ondelete="CASCADE"), primary_key=True),
    Column("contact_id", ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_interaction_contact_contact", "contact_id"),
)


class Interaction(Tracked, Base):
    """A visit, call, e-mail, meeting, workshop, project or sale."""

    __tablename__ = "interaction"
    __table_args__ = (
        Index("ix_interaction_customer_date", "customer_id", "occurred_on"),
        Index("ix_interaction_next_step_due", "next_step_due"),
        # A customer's next step due (the table's column) in one seek; partial: only the
        # tenth of interactions that set a next step take room in it.
        Index(
            "ix_interaction_customer_due",
            "customer_id",
            "next_step_due",
            sqlite_where=text("next_step_due IS NOT NULL"),
        ),
    )

    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(
        String(16), default=InteractionType.VISIT.value, info={"choices": InteractionType}
    )
    occurred_on: Mapped[date] = mapped_column(Date)
    summary: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str | None] = mapped_column(Text)
    next_step: Mapped[str | None] = mapped_column(Text)
    next_step_due: Mapped[date | None] = mapped_column(Date)

    customer: Mapped[Customer] = relationship(back_populates="interactions")
    members = relationship("Member", secondary=interaction_member)
    contacts = relationship("Contact", secondary=interaction_contact)
