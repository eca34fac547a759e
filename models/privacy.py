"""Privacy (issue 23): a contact's marketing-consent history and the team's privacy
settings (how long a contact is kept without consent or contact: the retention review).

The contact's current consent stays in its two fields (`contact.marketing_consent`,
`contact.consent_date`); every change of them through the app writes a `contact_consent`
row in the same transaction (app/privacy/consent.py), so the newest row and the two fields
always agree. Rows are written by the app, never edited; an undo takes its row away.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Tracked
from models.vocabulary import ConsentSource


class ContactConsent(Tracked, Base):
    """One change of a contact's marketing consent: given or withdrawn, when, how, by whom."""

    __tablename__ = "contact_consent"
    __table_args__ = (
        CheckConstraint(
            "source IN (" + ", ".join(repr(s.value) for s in ConsentSource) + ")", name="source"
        ),
        # A contact's history in order, and its newest row, in one index range.
        Index("ix_contact_consent_contact", "contact_id", "changed_on"),
    )

    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"))
    given: Mapped[bool] = mapped_column(Boolean)
    changed_on: Mapped[date] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(8), default=ConsentSource.FORM.value)
    recorded_by_member_id: Mapped[int | None] = mapped_column(
        ForeignKey("member.id", ondelete="SET NULL"), index=True
    )
    note: Mapped[str | None] = mapped_column(Text)


class PrivacySetting(Tracked, Base):
    """A team's privacy setting (the retention review's period), a JSON value by key.

    In the database, not in QSettings: the team agrees on it, and it travels with the team's
    data to every laptop (a MERGE unique key for team sync, like the ladder's settings)."""

    __tablename__ = "privacy_setting"
    __table_args__ = (UniqueConstraint("team_id", "key"),)

    team_id: Mapped[int] = mapped_column(ForeignKey("team_company.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(64))
    value: Mapped[str] = mapped_column(Text)  # JSON
