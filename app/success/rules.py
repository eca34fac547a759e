"""The success area's rules in plain Python: lifecycle steps, the suggested health, when a
touchpoint is critical, NPS, a sharp drop, and the Four-L quadrant.

Shared by the operations, the reports, the demo and the tests; nothing here reads the
database. Messages are English templates in the "rules" context, translated in the views.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from models.rules import QT_TRANSLATE_NOOP, ValidationError
from models.success import Health, Stage

# Which stage may follow which (None: the customer's first recorded stage). Renewal leads
# back to growth once renewed or upsold; a win-back either succeeds (onboarding again) or
# fails (lost again).
NEXT_STAGES: dict[Stage | None, tuple[Stage, ...]] = {
    None: (Stage.ONBOARDING, Stage.GROWTH, Stage.RENEWAL),
    Stage.ONBOARDING: (Stage.GROWTH, Stage.LOST),
    Stage.GROWTH: (Stage.RENEWAL, Stage.LOST),
    Stage.RENEWAL: (Stage.GROWTH, Stage.LOST),
    Stage.LOST: (Stage.WIN_BACK,),
    Stage.WIN_BACK: (Stage.ONBOARDING, Stage.LOST),
}

# Roles whose departure puts a customership at risk (seed 003 l. 1000–1002).
KEY_ROLES = frozenset({"decider", "buyer", "user"})


def next_stages(current: str | None) -> tuple[Stage, ...]:
    return NEXT_STAGES[Stage(current) if current else None]


def key_roles(roles: str | None) -> list[str]:
    """The key roles among a contact's stored roles (a sorted comma list)."""
    return [r for r in (roles or "").split(",") if r in KEY_ROLES]


def need(field_name: str) -> ValidationError:
    return ValidationError(field_name, QT_TRANSLATE_NOOP("rules", "This field is required."))


def not_in_future(day: date | None, today: date, field_name: str) -> list[ValidationError]:
    if day is None:
        return [ValidationError(field_name, QT_TRANSLATE_NOOP("rules", "Give the date."))]
    if day > today:
        return [
            ValidationError(
                field_name, QT_TRANSLATE_NOOP("rules", "The date cannot be in the future.")
            )
        ]
    return []


def one_of(value: str | None, allowed: Iterable[str], field_name: str) -> list[ValidationError]:
    if value in set(allowed):
        return []
    return [
        ValidationError(
            field_name, QT_TRANSLATE_NOOP("rules", "Unknown value: {value}"), value=value
        )
    ]


# --- the suggested health ------------------------------------------------------------------


@dataclass(frozen=True)
class Signals:
    """What the data says about one customer today (read by app.success.health)."""

    silent_days: int  # since the latest interaction (or since the customer was added)
    silence_limit: int  # the customer's ladder level's limit
    overdue_days: int  # how late the latest next step is (0: not overdue)
    open_complaints: int
    open_severe: int  # open complaints of high severity
    score_drop: float  # latest satisfaction 1–5 below the previous one (0: none)
    nps_drop: int  # latest NPS below the previous one (0: none)
    latest_score: int | None
    key_contacts_left: int  # open risk flags


@dataclass(frozen=True)
class Suggestion:
    health: Health
    # (code, value) pairs, worst first; the views turn them into sentences.
    reasons: list[tuple[str, int]] = field(default_factory=list)


YELLOW_SIGNALS_FOR_RED = 3  # this many warning signs at once make red


def suggest_health(s: Signals) -> Suggestion:
    """Green, yellow or red from the data, with the reasons.

    Red: silence past twice the level's limit, a next step over 30 days late, an open
    severe complaint, a latest satisfaction of 1–2, or three warning signs at once.
    Yellow: any warning sign (silence past the limit, an overdue next step, an open
    complaint, falling satisfaction or NPS, a key contact who left).
    """
    red: list[tuple[str, int]] = []
    yellow: list[tuple[str, int]] = []
    if s.silent_days > 2 * s.silence_limit:
        red.append(("silent", s.silent_days))
    elif s.silent_days > s.silence_limit:
        yellow.append(("silent", s.silent_days))
    if s.overdue_days > 30:
        red.append(("overdue", s.overdue_days))
    elif s.overdue_days > 0:
        yellow.append(("overdue", s.overdue_days))
    if s.open_severe:
        red.append(("severe_complaints", s.open_severe))
    elif s.open_complaints:
        yellow.append(("complaints", s.open_complaints))
    if s.latest_score is not None and s.latest_score <= 2:
        red.append(("low_score", s.latest_score))
    elif s.score_drop >= 1:
        yellow.append(("score_falling", round(s.score_drop)))
    if s.nps_drop >= 3:
        yellow.append(("nps_falling", s.nps_drop))
    if s.key_contacts_left:
        yellow.append(("key_contact_left", s.key_contacts_left))
    if red or len(yellow) >= YELLOW_SIGNALS_FOR_RED:
        return Suggestion(Health.RED, red + yellow)
    if yellow:
        return Suggestion(Health.YELLOW, yellow)
    return Suggestion(Health.GREEN, [])


# --- critical touchpoints -------------------------------------------------------------------

CRITICAL_WINDOW_DAYS = 365
CRITICAL_COMPLAINTS = 2  # complaints within the window that light a touchpoint up


def lights_up(complaints_in_window: int, open_severe: int) -> bool:
    """Whether bad feedback has gathered at a touchpoint: two complaints within a year, or
    one severe complaint still open."""
    return complaints_in_window >= CRITICAL_COMPLAINTS or open_severe > 0


# --- satisfaction ---------------------------------------------------------------------------


def nps(promoters: int, detractors: int, answers: int) -> float | None:
    """Net Promoter Score: % of 9–10 answers minus % of 0–6 answers (None without answers)."""
    if answers <= 0:
        return None
    return 100.0 * (promoters - detractors) / answers


SHARP_DROP = 20.0  # NPS points below the mean of the months before
DROP_BASELINE_MONTHS = 3


def sharp_drop(series: list[float | None]) -> float | None:
    """How far the last value fell below the mean of the three before it, when that is a
    sharp drop (at least 20 points, seed 001 l. 60–70: the NPS "fever thermometer");
    otherwise None."""
    known = [v for v in series if v is not None]
    if len(known) < DROP_BASELINE_MONTHS + 1 or series[-1] is None:
        return None
    before = known[-1 - DROP_BASELINE_MONTHS : -1]
    fall = sum(before) / len(before) - known[-1]
    return fall if fall >= SHARP_DROP else None


# --- the Four-L model (seed 001 l. 106–148) -------------------------------------------------

FOUR_L = ("loop", "lottery", "pasture", "shine")  # Luuppi, Lotto, Laidun, Loiste


def four_l(empowerment: int, strategy: int) -> str:
    """The quadrant of staff empowerment × CX strategy (1–5 each, 3 and above is high)."""
    high_power, high_strategy = empowerment >= 3, strategy >= 3
    if high_power and high_strategy:
        return "shine"
    if high_power:
        return "lottery"
    if high_strategy:
        return "pasture"
    return "loop"


BASELINE_POINTS = {"bad": 0, "average": 1, "good": 2}


def baseline_score(ratings: Iterable[str]) -> float | None:
    """The baseline as 0–100: bad 0, average 50, good 100, averaged over the areas."""
    points = [BASELINE_POINTS[r] for r in ratings if r in BASELINE_POINTS]
    return 50.0 * sum(points) / len(points) if points else None
