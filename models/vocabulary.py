"""The domain's fixed vocabularies: ladder levels, size classes, roles, interaction kinds.

Stored as their string values; the views translate them. Imported through models.rules too.
"""

from __future__ import annotations

from enum import StrEnum


class LadderLevel(StrEnum):
    """The customer ladder: A3 potential/small, A2 regular/service, A1 key account."""

    A3 = "A3"
    A2 = "A2"
    A1 = "A1"

    @property
    def rank(self) -> int:
        return {"A3": 0, "A2": 1, "A1": 2}[self.value]

    def up(self) -> LadderLevel | None:
        order = list(LadderLevel)
        return order[self.rank + 1] if self.rank < 2 else None

    def down(self) -> LadderLevel | None:
        order = list(LadderLevel)
        return order[self.rank - 1] if self.rank > 0 else None


class SizeClass(StrEnum):
    """Customer size classes of the per-customer governance model."""

    VERY_LARGE = "very_large"
    LARGE = "large"
    MEDIUM = "medium"
    SMALL = "small"


class MemberRole(StrEnum):
    TEAM_ENTREPRENEUR = "team_entrepreneur"
    TEAM_LEADER = "team_leader"
    COACH = "coach"


class BuyingRole(StrEnum):
    """Buying-centre roles; one person may hold several."""

    USER = "user"
    INFLUENCER = "influencer"
    BUYER = "buyer"
    DECIDER = "decider"
    GATEKEEPER = "gatekeeper"


class InteractionType(StrEnum):
    VISIT = "visit"
    CALL = "call"
    EMAIL = "email"
    MEETING = "meeting"
    WORKSHOP = "workshop"
    PROJECT = "project"
    SALE = "sale"


class ConsentSource(StrEnum):
    """Where a contact's marketing consent (or its withdrawal) came from (models/privacy.py)."""

    FORM = "form"  # typed into the contact's form
    EMAIL = "email"
    MEETING = "meeting"
    PHONE = "phone"
    WEB = "web"  # a web form or a sign-up
    IMPORT = "import"  # a consent column of an imported file
    OTHER = "other"
