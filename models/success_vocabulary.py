"""Customer success's codes: lifecycle stages, lost reasons, health, feedback, goals, the
journey's channels and the self-assessment's ratings, as stored (the labels are in
views/success/labels.py). Apart from the tables in models/success.py, which import them."""

from __future__ import annotations

from enum import StrEnum


class Stage(StrEnum):
    """The lifecycle (seed 003 l. 1023–1043): onboarding → growth → renewal / upsell → lost,
    and lost → win-back → onboarding."""

    ONBOARDING = "onboarding"
    GROWTH = "growth"
    RENEWAL = "renewal"
    LOST = "lost"
    WIN_BACK = "win_back"


class LostReason(StrEnum):
    """Why customers leave (seed 003 l. 990–1002)."""

    NO_VALUE = "no_value"
    NOT_ADOPTED = "not_adopted"
    NOT_NEEDED = "not_needed"
    COST_CUTTING = "cost_cutting"
    COMPETITOR_BETTER = "competitor_better"
    COMPETITOR_CHEAPER = "competitor_cheaper"
    COMPETITOR_RELEVANT = "competitor_relevant"
    KEY_PERSON_CHANGED = "key_person_changed"


class Health(StrEnum):
    GREEN = "green"
    YELLOW = "yellow"
    RED = "red"


class FeedbackKind(StrEnum):
    PRAISE = "praise"
    SUGGESTION = "suggestion"
    COMPLAINT = "complaint"


class FeedbackSource(StrEnum):
    MEETING = "meeting"
    PHONE = "phone"
    EMAIL = "email"
    SURVEY = "survey"
    SOCIAL = "social"
    WEB = "web"
    OTHER = "other"


class Severity(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class Resolution(StrEnum):
    """How a complaint was put right (seed 001 l. 17–100)."""

    FIX = "fix"
    APOLOGY = "apology"
    COMPENSATION = "compensation"


class Horizon(StrEnum):
    """Quick fix or long-term development (seed 001 l. 55–70)."""

    QUICK = "quick"
    LONG_TERM = "long_term"


class Channel(StrEnum):
    FACE_TO_FACE = "face_to_face"
    PHONE = "phone"
    EMAIL = "email"
    WEB = "web"
    SOCIAL = "social"
    EVENT = "event"
    PRINT = "print"
    OTHER = "other"


class Level3(StrEnum):
    """Expectation level of a touchpoint."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class GoalStatus(StrEnum):
    OPEN = "open"
    ON_TRACK = "on_track"
    OFF_TRACK = "off_track"
    ACHIEVED = "achieved"
    DROPPED = "dropped"


class CheckpointStatus(StrEnum):
    PLANNED = "planned"
    MET = "met"
    MISSED = "missed"


class Rating(StrEnum):
    """Customer-experience baseline of one area (seed 001 l. 34–45)."""

    BAD = "bad"
    AVERAGE = "average"
    GOOD = "good"
