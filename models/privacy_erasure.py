"""A person erased (issue 23): what remains of them is this record, without their data.

`privacy_erasure` is an ordinary synced record (captured by `Store.write`, travelling as an
insert; `team_id` is NOT NULL so team scoping and the received operations' team rule apply
to it). Every laptop that holds or applies one runs the same purge (app/privacy/purge.py).

`marks` is the JSON list of keyed SHA-256 digests (the erasure's UUID is the key) of the
person's e-mail addresses and phone numbers as the erasing laptop knew them: every laptop
recognises the same exact texts in free-text fields, also in edits that arrive after the
erasure, without the values themselves being kept (a digest can confirm a guess, never
give an address back; docs/privacy.md).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Tracked

# The kinds of record a person can be erased from (a contact person today).
ERASABLE = ("contact",)


class PrivacyErasure(Tracked, Base):
    """ "Erased on date, by whom, with what reference": never the person's data."""

    __tablename__ = "privacy_erasure"
    __table_args__ = (
        CheckConstraint("tbl IN ('contact')", name="tbl"),
        Index("ix_privacy_erasure_record", "tbl", "rec"),
        Index("ix_privacy_erasure_team", "team_id"),
        Index("ix_privacy_erasure_member", "erased_by_member_id"),
    )

    team_id: Mapped[int] = mapped_column(ForeignKey("team_company.id", ondelete="CASCADE"))
    tbl: Mapped[str] = mapped_column(String(64))  # the erased record's table
    rec: Mapped[str] = mapped_column(String(36))  # and its UUID
    erased_at: Mapped[datetime] = mapped_column(DateTime)
    erased_by_member_id: Mapped[int | None] = mapped_column(
        ForeignKey("member.id", ondelete="SET NULL")
    )
    reason: Mapped[str] = mapped_column(Text)  # the reference or reason the user gave
    marks: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of digests
