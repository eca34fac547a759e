"""Domain rules in plain Python: validation of identifiers and the fixed vocabularies."""

from __future__ import annotations

import re
from datetime import date, datetime
from enum import StrEnum


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # lupdate finds marked strings by this name
    """Mark a message for Qt's translation without importing Qt here."""
    return text


class ValidationError(ValueError):
    """A value a user typed breaks a rule.

    `field` names the input it came from; `message` is an English template (context
    "rules") that the views translate and then fill with `args`.
    """

    def __init__(self, field: str, message: str, **args: object) -> None:
        super().__init__(message.format(**args))
        self.field = field
        self.message = message
        self.args_ = args


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


_BUSINESS_ID = re.compile(r"^(\d{6,7})-(\d)$")
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2)


def business_id_check_digit(body: str) -> int | None:
    """The mod-11 check digit for seven digits, or None when no digit can be valid."""
    remainder = sum(int(d) * w for d, w in zip(body, _WEIGHTS, strict=True)) % 11
    if remainder == 0:
        return 0
    if remainder == 1:
        return None
    return 11 - remainder


def normalize_business_id(value: str | None) -> str | None:
    """Return the business ID (Y-tunnus) as NNNNNNN-C, None when empty; raise when invalid."""
    text = (value or "").strip().replace(" ", "")
    if not text:
        return None
    if len(text) == 8 and text.isascii() and text.isdigit():  # typed without its hyphen
        text = f"{text[:7]}-{text[7]}"
    match = _BUSINESS_ID.match(text)
    if not match:
        raise ValidationError(
            "business_id",
            QT_TRANSLATE_NOOP(
                "rules", "A business ID has seven digits, a hyphen and a check digit."
            ),
        )
    body = match.group(1).zfill(7)
    expected = business_id_check_digit(body)
    if expected is None or expected != int(match.group(2)):
        raise ValidationError(
            "business_id",
            QT_TRANSLATE_NOOP("rules", "The check digit of the business ID does not match."),
        )
    return f"{body}-{match.group(2)}"


def format_business_id(body: int) -> str | None:
    """Make a valid ID from a seven-digit number, or None if that number has none."""
    digits = f"{body:07d}"
    check = business_id_check_digit(digits)
    return None if check is None else f"{digits}-{check}"


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")


def normalize_email(value: str | None, field: str = "email") -> str | None:
    text = (value or "").strip()
    if not text:
        return None
    if not _EMAIL.match(text) or ".." in text:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("rules", "The e-mail address should look like name@example.fi."),
        )
    return text


_PHONE = re.compile(r"^\+?[\d\s()-]+$")


def normalize_phone(value: str | None, field: str = "phone") -> str | None:
    text = (value or "").strip()
    if not text:
        return None
    digits = re.sub(r"\D", "", text)
    if not _PHONE.match(text) or not 6 <= len(digits) <= 15:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "rules", "A phone number has 6–15 digits, optionally +, spaces and hyphens."
            ),
        )
    return text


def normalize_website(value: str | None) -> str | None:
    text = (value or "").strip()
    if not text:
        return None
    if " " in text or "." not in text:
        raise ValidationError(
            "website", QT_TRANSLATE_NOOP("rules", "The website should look like www.example.fi.")
        )
    return text


def parse_date(value: str | date | None, field: str = "date") -> date | None:
    """Accept ISO (2026-11-23) and Finnish (23.11.2026) dates; raise on anything else."""
    if value is None or isinstance(value, date):
        return value
    text = value.strip()
    if not text:
        return None
    for fmt in ("%Y-%m-%d", "%d.%m.%Y", "%d.%m.%y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValidationError(
        field, QT_TRANSLATE_NOOP("rules", "Write the date as 23.11.2026 or 2026-11-23.")
    )


def check_score(value: int | None, field: str) -> int | None:
    """Value and potential scores are 1–5 or empty."""
    if value is None:
        return None
    if not 1 <= int(value) <= 5:
        raise ValidationError(field, QT_TRANSLATE_NOOP("rules", "Scores are from 1 to 5."))
    return int(value)


def check_required(value: str | None, field: str) -> str:
    text = (value or "").strip()
    if not text:
        raise ValidationError(field, QT_TRANSLATE_NOOP("rules", "This field is required."))
    return text


def parse_roles(value: str | list[str] | None) -> str:
    """Buying-centre roles stored as a sorted comma list of known role names."""
    if not value:
        return ""
    items = value.split(",") if isinstance(value, str) else list(value)
    roles = {item.strip().lower() for item in items if item.strip()}
    known = {role.value for role in BuyingRole}
    unknown = roles - known
    if unknown:
        raise ValidationError(
            "roles",
            QT_TRANSLATE_NOOP("rules", "Unknown buying-centre role: {roles}"),
            roles=", ".join(sorted(unknown)),
        )
    return ",".join(role.value for role in BuyingRole if role.value in roles)


def customer_value(volume: int | None, profitability: int | None, reference: int | None) -> float:
    """Current value: volume 25 %, profitability 50 %, reference value 25 % (1–5 scale)."""
    parts = [(volume, 0.25), (profitability, 0.5), (reference, 0.25)]
    known = [(v, w) for v, w in parts if v is not None]
    if not known:
        return 0.0
    return sum(v * w for v, w in known) / sum(w for _, w in known)


def customer_potential(share: int | None, cross_sell: int | None, growing: int | None) -> float:
    """Potential: the mean of share of wallet, cross-sell and growing-together potential."""
    known = [v for v in (share, cross_sell, growing) if v is not None]
    return sum(known) / len(known) if known else 0.0
