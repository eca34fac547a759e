"""Domain rules in plain Python: what a text, a number, an id or a date may be (the limits
the widgets share), and the validation of identifiers, e-mail, phone and dates."""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date, datetime
from enum import StrEnum
from typing import Any

# The fixed vocabularies live in models/vocabulary.py; they are named here too, where the
# rules that use them have always been imported from.
from models.vocabulary import BuyingRole as BuyingRole
from models.vocabulary import InteractionType as InteractionType
from models.vocabulary import LadderLevel as LadderLevel
from models.vocabulary import MemberRole as MemberRole
from models.vocabulary import SizeClass as SizeClass


def QT_TRANSLATE_NOOP(  # lupdate finds marked strings by this name
    context: str, text: str, disambiguation: str | None = None, n: int | None = None
) -> str:
    """Mark a message for Qt's translation without importing Qt here.

    Given a count (`n`, any expression), lupdate marks a plural entry (`%n`): its forms
    are translated like `tr(text, "", n)` (a Phrase passes the count as its arg `n`)."""
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


# --- limits: one place for the domain rules and the widgets ---------------------------------
# The longest text each kind of field takes, in characters. The widgets use the same numbers
# (QLineEdit.setMaxLength, a check before saving a QPlainTextEdit). A name longer than a
# line or notes longer than a few pages are a paste gone wrong, and every repaint pays for them.
NAME_MAX = 200  # names of customers, people, teams, segments, processes; titles, places
LINE_MAX = 500  # one-line texts: next steps, outcomes, comments, checklist items
ADDRESS_MAX = 1000  # a website, a link or a file's path
TEXT_MAX = 10_000  # notes, summaries, descriptions, reasons, dot criteria
# Dates outside these years are typing mistakes (and year 9999 breaks period arithmetic).
FIRST_YEAR, LAST_YEAR = 1900, 2100
REVENUE_MAX = 1e12  # euros: no customer of a team company is bigger
COUNT_MAX = 100_000  # thresholds and counts of things a team does
ID_MAX = 2**63 - 1  # SQLite's largest integer: a bigger "id" is no record

# Control characters (C0, DEL, C1) and lone surrogates never belong in a text a person typed;
# a NUL cuts the text short in Qt and a surrogate cannot be written to the file at all.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_CONTROL_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def clean_text(
    value: object,
    field: str,
    limit: int = NAME_MAX,
    *,
    required: bool = False,
    multiline: bool = False,
) -> str | None:
    """The text without surrounding blanks, None when empty; raise when it breaks a rule.

    Too long for the field, or holding a control character (a line break only where the
    field takes several lines), is refused with a message that says which.
    """
    text = "" if value is None else str(value).strip()
    if not text:
        if required:
            raise ValidationError(field, QT_TRANSLATE_NOOP("rules", "This field is required."))
        return None
    if len(text) > limit:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("rules", "At most {max} characters (this text has {count})."),
            max=limit,
            count=len(text),
        )
    found = control_character(text, multiline)
    if found:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("rules", "The text contains a control character (U+{code})."),
            code=found,
        )
    return text


def control_character(text: str, multiline: bool = False) -> str | None:
    """The code (hex) of the first control character or lone surrogate in `text`, if any;
    tab and line breaks are allowed where the field takes several lines."""
    found = (_CONTROL if multiline else _CONTROL_LINE).search(text)
    return f"{ord(found.group()):04X}" if found else None


def check_required(value: str | None, field: str, limit: int = NAME_MAX) -> str:
    text = clean_text(value, field, limit, required=True)
    assert text is not None  # required: an empty text raised
    return text


# --- numbers -----------------------------------------------------------------------------


def ascii_digits(text: str) -> str:
    """Digits of any script (Arabic-Indic ٣, full-width ３, …) as ASCII, dashes as "-".

    NFKC folds full-width forms; other scripts' decimal digits are mapped one by one, so
    that one company typed in two scripts is still one business ID.
    """
    folded = unicodedata.normalize("NFKC", text)
    out = []
    for char in folded:
        if char.isdecimal():
            out.append(str(unicodedata.decimal(char)))
        elif char in "\u2010\u2011\u2012\u2013\u2014\u2212":
            out.append("-")
        else:
            out.append(char)
    return "".join(out)


def _whole_number_error(field: str, minimum: int, maximum: int) -> ValidationError:
    return ValidationError(
        field,
        QT_TRANSLATE_NOOP("rules", "Write a whole number from {min} to {max}."),
        min=minimum,
        max=maximum,
    )


def parse_whole(value: Any, field: str, minimum: int, maximum: int) -> int | None:
    """A whole number within [minimum, maximum] from an int, an integral float or a text;
    None when empty. True/False, 2.5, nan, infinity and huge numbers are refused."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise _whole_number_error(field, minimum, maximum)
    number: Any = value
    if isinstance(value, str):
        text = ascii_digits(value).strip().replace(" ", "")
        if not re.fullmatch(r"[+-]?[0-9]{1,20}", text):
            raise _whole_number_error(field, minimum, maximum)
        number = int(text)
    elif isinstance(value, float):
        if not math.isfinite(value) or not value.is_integer():
            raise _whole_number_error(field, minimum, maximum)
        number = int(value)
    elif not isinstance(value, int):
        raise _whole_number_error(field, minimum, maximum)
    if not minimum <= number <= maximum:
        raise _whole_number_error(field, minimum, maximum)
    return int(number)


def parse_amount(
    value: Any, field: str, message: str, range_message: str, maximum: float
) -> float | None:
    """A non-negative, finite amount up to `maximum` (euros: 1 234,50 €); None when empty.

    What is no number is refused with `message`; nan, infinity (1e309 once parsed), a
    negative or too big amount with `range_message` (which may use {max})."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ValidationError(field, message)
    if isinstance(value, float):
        number = value
    elif isinstance(value, int):
        number = float(value) if abs(value) <= 10**300 else math.inf  # float() would overflow
    else:
        text = ascii_digits(str(value))
        for drop in ("\u00a0", " ", "€"):
            text = text.replace(drop, "")
        try:
            number = float(text.replace(",", "."))
        except ValueError:
            raise ValidationError(field, message) from None
    if not math.isfinite(number) or not 0 <= number <= maximum:
        raise ValidationError(field, range_message, max=f"{maximum:,.0f}".replace(",", " "))
    return number


def check_choice(kind: type[StrEnum], value: object, field: str) -> str:
    """One value of a fixed vocabulary (an enum's values); refuse anything else."""
    try:
        return kind(value).value  # type: ignore[arg-type]
    except (ValueError, TypeError):
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("rules", "Unknown value: {value}"), value=str(value)[:40]
        ) from None


def check_id(value: Any, field: str) -> int | None:
    """A record's id as the app layer takes it (None: no record chosen).

    Anything but a whole number in SQLite's range cannot name a record; whether the record
    exists is checked against the database by the caller."""
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= ID_MAX:
        raise missing_record(field)
    return value


def missing_record(field: str) -> ValidationError:
    return ValidationError(
        field,
        QT_TRANSLATE_NOOP("rules", "The chosen record does not exist (any more); choose again."),
    )


def check_date_range(value: date, field: str) -> date:
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("rules", "Give a date between the years {first} and {last}."),
            first=FIRST_YEAR,
            last=LAST_YEAR,
        )
    return value


_BUSINESS_ID = re.compile(r"^([0-9]{6,7})-([0-9])$")
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
    """Return the business ID (Y-tunnus) as NNNNNNN-C, None when empty; raise when invalid.

    Digits typed in another script (Arabic-Indic, full-width) are stored as ASCII digits,
    so that the duplicate check sees one company however its ID was typed."""
    raw = str(value or "")
    text = ascii_digits(raw).strip().replace(" ", "") if len(raw) <= 100 else "too long"
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


EMAIL_MAX = 254  # the longest address mail servers pass on (RFC 5321)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")


def normalize_email(value: str | None, field: str = "email") -> str | None:
    text = clean_text(value, field, EMAIL_MAX)
    if text is None:
        return None
    if not _EMAIL.match(text) or ".." in text:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("rules", "The e-mail address should look like name@example.fi."),
        )
    return text


PHONE_MAX = 40
_PHONE = re.compile(r"^\+?[0-9\s()-]+$")


def normalize_phone(value: str | None, field: str = "phone") -> str | None:
    """A phone number as typed, with digits of any script written as ASCII digits."""
    text = clean_text(value, field, PHONE_MAX)
    if text is None:
        return None
    text = ascii_digits(text)
    digits = re.sub(r"[^0-9]", "", text)
    if not _PHONE.match(text) or not 6 <= len(digits) <= 15:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "rules", "A phone number has 6–15 digits, optionally +, spaces and hyphens."
            ),
        )
    return text


def normalize_website(value: str | None) -> str | None:
    text = clean_text(value, "website", ADDRESS_MAX)
    if text is None:
        return None
    if any(c.isspace() for c in text) or "." not in text:
        raise ValidationError(
            "website", QT_TRANSLATE_NOOP("rules", "The website should look like www.example.fi.")
        )
    return text


def parse_date(value: str | date | None, field: str = "date") -> date | None:
    """Accept ISO (2026-11-23) and Finnish (23.11.2026) dates; raise on anything else.

    Years outside FIRST_YEAR–LAST_YEAR are refused: they are typing mistakes."""
    if value is None:
        return None
    if isinstance(value, date):
        return check_date_range(value, field)
    raw = str(value)
    text = ascii_digits(raw).strip() if len(raw) <= 40 else "too long"
    if not text:
        return None
    for fmt in ("%Y-%m-%d", "%d.%m.%Y", "%d.%m.%y"):
        try:
            parsed = datetime.strptime(text, fmt).date()
        except ValueError:
            continue
        return check_date_range(parsed, field)
    raise ValidationError(
        field, QT_TRANSLATE_NOOP("rules", "Write the date as 23.11.2026 or 2026-11-23.")
    )


def check_score(value: Any, field: str) -> int | None:
    """Value and potential scores are 1–5 or empty."""
    try:
        return parse_whole(value, field, 1, 5)
    except ValidationError:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("rules", "Scores are from 1 to 5.")
        ) from None


def parse_roles(value: str | list[str] | None) -> str:
    """Buying-centre roles stored as a sorted comma list of known role names."""
    if not value:
        return ""
    if not isinstance(value, list | tuple):
        value = clean_text(value, "roles", LINE_MAX) or ""
    items = value.split(",") if isinstance(value, str) else [str(v) for v in value]
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
