"""The customer ladder: recorded moves between A3, A2 and A1, the rules for a move and the
level criteria.

Rules are plain Python so that the app layer, the demo and the tests share them. Moves may
jump a level (A3 → A1 when a big project starts, A1 → A3 when a key account is lost):
a team records what happened rather than what the textbook path says. Statistics therefore
count "left A3 upwards" as an A3 → A2 conversion whether it landed at A2 or at A1.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Tracked
from models.customer import Customer
from models.rules import QT_TRANSLATE_NOOP, LadderLevel, ValidationError

LEVELS = ("A3", "A2", "A1")  # bottom to top, the order of the board's columns
_LEVEL_CHECK = "{col} IN ('A3', 'A2', 'A1')"


class LadderMove(Tracked, Base):
    """One step of a customer up or down the ladder: when, why and by whom."""

    __tablename__ = "ladder_move"
    __table_args__ = (
        # History of one customer in date order; also the "entered this level on" lookup.
        Index("ix_ladder_move_customer_date", "customer_id", "moved_on"),
        # Statistics over a period scan moves by date.
        Index("ix_ladder_move_moved_on", "moved_on"),
        # The segments funnel and "customers at A1": a customer's first move and every move
        # with both levels from the index alone (migration 0015_segment_counts).
        Index(
            "ix_ladder_move_customer_levels",
            "customer_id",
            "moved_on",
            "id",
            "from_level",
            "to_level",
        ),
        CheckConstraint(_LEVEL_CHECK.format(col="from_level"), name="from_level"),
        CheckConstraint(_LEVEL_CHECK.format(col="to_level"), name="to_level"),
        CheckConstraint("from_level <> to_level", name="levels_differ"),
    )

    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    from_level: Mapped[str] = mapped_column(String(2))
    to_level: Mapped[str] = mapped_column(String(2))
    moved_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    author_member_id: Mapped[int | None] = mapped_column(
        ForeignKey("member.id", ondelete="SET NULL")
    )


class LadderSetting(Tracked, Base):
    """A team's own overrides of the ladder settings (criteria thresholds, silence limits).

    Kept in the database, not in QSettings: they are the team's agreed rules, so they travel
    with the team's database file to every laptop and to the coach.
    """

    __tablename__ = "ladder_setting"
    __table_args__ = (UniqueConstraint("team_id", "key"),)

    team_id: Mapped[int] = mapped_column(ForeignKey("team_company.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(64))
    value: Mapped[str] = mapped_column(Text)  # JSON


# The board lists one level of one team's live customers in name order; without this index
# SQLite walks the name index of the whole team and filters the level row by row.
Index(
    "ix_customer_ladder_board",
    Customer.__table__.c.team_id,
    Customer.__table__.c.archived,
    Customer.__table__.c.ladder_level,
    Customer.__table__.c.name,
)
# "Customers this advocate brought" looks referrals up by contact person.
Index("ix_customer_referred_by_contact", Customer.__table__.c.referred_by_contact_id)
# The board, its counts and who to call narrowed to one owner (migration 0007): without it
# SQLite reads every customer row of the level to compare the owner.
Index(
    "ix_customer_ladder_owner",
    Customer.__table__.c.team_id,
    Customer.__table__.c.archived,
    Customer.__table__.c.owner_id,
    Customer.__table__.c.ladder_level,
    Customer.__table__.c.name,
)
# Advocates count the team's referrals per referrer; partial, as most customers were
# referred by no one.
Index(
    "ix_customer_team_referrer",
    Customer.__table__.c.team_id,
    Customer.__table__.c.archived,
    Customer.__table__.c.referred_by_customer_id,
    sqlite_where=text("referred_by_customer_id IS NOT NULL"),
)
Index(
    "ix_customer_team_referrer_contact",
    Customer.__table__.c.team_id,
    Customer.__table__.c.archived,
    Customer.__table__.c.referred_by_contact_id,
    sqlite_where=text("referred_by_contact_id IS NOT NULL"),
)


# --- rules for a move --------------------------------------------------------------------


def local_date(moment: datetime) -> date:
    """The local calendar day of a stored UTC timestamp (created_at is naive UTC)."""
    return moment.replace(tzinfo=UTC).astimezone().date()


def check_move(
    from_level: str,
    to_level: str,
    moved_on: date | None,
    reason: str | None,
    created_on: date,
    today: date,
    last_move_on: date | None = None,
) -> list[ValidationError]:
    """Every rule a move breaks (empty when it may be recorded).

    A move must change the level, carry a reason and a date that is neither in the future,
    nor before the customer existed, nor before the customer's previous move (so that the
    history can be replayed in date order to reconstruct any past day).
    """
    errors = _level_errors(from_level, to_level)
    if not isinstance(reason, str) or not reason.strip():  # a number, a list: no reason
        errors.append(
            ValidationError("reason", QT_TRANSLATE_NOOP("ladder", "Write why the customer moves."))
        )
    errors.extend(_date_errors(moved_on, created_on, today, last_move_on))
    return errors


def _level_errors(from_level: str, to_level: str) -> list[ValidationError]:
    errors: list[ValidationError] = []
    if to_level not in LEVELS:
        errors.append(
            ValidationError(
                "to_level", QT_TRANSLATE_NOOP("ladder", "Unknown level: {level}"), level=to_level
            )
        )
    elif to_level == from_level:
        errors.append(
            ValidationError(
                "to_level",
                QT_TRANSLATE_NOOP("ladder", "The customer is already at {level}."),
                level=to_level,
            )
        )
    return errors


def _date_errors(
    moved_on: date | None, created_on: date, today: date, last_move_on: date | None
) -> list[ValidationError]:
    """The move's date: given, not in the future, not before the customer or its last move."""
    errors: list[ValidationError] = []
    if moved_on is None:
        errors.append(
            ValidationError("moved_on", QT_TRANSLATE_NOOP("ladder", "Give the date of the move."))
        )
    elif moved_on > today:
        errors.append(
            ValidationError(
                "moved_on", QT_TRANSLATE_NOOP("ladder", "A move cannot be dated in the future.")
            )
        )
    elif moved_on < created_on:
        errors.append(
            ValidationError(
                "moved_on",
                QT_TRANSLATE_NOOP(
                    "ladder",
                    "The customer was added on {date}; a move cannot be dated before that.",
                ),
                date=created_on,
            )
        )
    elif last_move_on is not None and moved_on < last_move_on:
        errors.append(
            ValidationError(
                "moved_on",
                QT_TRANSLATE_NOOP(
                    "ladder",
                    "The customer's previous move was on {date}; a new move cannot be "
                    "dated before it.",
                ),
                date=last_move_on,
            )
        )
    return errors


def direction(from_level: str, to_level: str) -> int:
    """+1 for a move up the ladder (towards A1), -1 for a move down."""
    return 1 if LadderLevel(to_level).rank > LadderLevel(from_level).rank else -1


# --- level criteria ----------------------------------------------------------------------

CRITERION_TYPES = ("interactions", "contacts", "advocate", "referrals")


@dataclass(frozen=True)
class Criterion:
    """One condition of a level, described as data (resources/ladder/criteria.json).

    `type` says what is counted: "interactions" of the given kinds (optionally within the
    last `within_days`), "contacts" (named contact persons), "advocate" (contacts marked as
    advocates) or "referrals" (customers this customer brought). Met when count >= `min`;
    the counting is SQL in app.ladder, one correlated COUNT per criterion and card.
    Labels are templates per language with {min} and {days} filled in.
    """

    id: str
    level: str
    type: str
    min: int = 1
    kinds: tuple[str, ...] = ()
    within_days: int | None = None
    enabled: bool = True
    label: dict[str, str] = field(default_factory=dict)

    def text(self, language: str) -> str:
        template = self.label.get(language) or self.label.get("en") or self.id
        return template.format(min=self.min, days=self.within_days or 0)


def parse_criteria(
    data: dict[str, Any], overrides: dict[str, Any] | None = None
) -> list[Criterion]:
    """Criteria from the JSON description, with a team's overrides (min, within_days,
    enabled) applied; unknown types are refused so that a typo does not silently pass."""
    overrides = overrides or {}
    out = []
    for item in data.get("criteria", []):
        if item["type"] not in CRITERION_TYPES or item["level"] not in LEVELS:
            raise ValueError(f"bad criterion {item.get('id')}")
        own = overrides.get(item["id"], {})
        within = own.get("within_days", item.get("within_days"))
        out.append(
            Criterion(
                id=item["id"],
                level=item["level"],
                type=item["type"],
                min=int(own.get("min", item.get("min", 1))),
                kinds=tuple(item.get("kinds", ())),
                within_days=int(within) if within else None,
                enabled=bool(own.get("enabled", item.get("enabled", True))),
                label=dict(item.get("label", {})),
            )
        )
    return out


def next_level(level: str) -> str | None:
    up = LadderLevel(level).up()
    return up.value if up else None


def previous_level(level: str) -> str | None:
    down = LadderLevel(level).down()
    return down.value if down else None


def display_level(level: str) -> str:
    """Which level's criteria a card shows: the next one (what it takes to move up), or
    A1's own at the top (whether the key account still holds)."""
    return next_level(level) or level
