"""One row of a file as a customer or a contact, cleaned by the customers area's own rules
(`clean_customer`, `clean_contact`: business-ID check digit, e-mail, phone, ladder level,
lengths), with every broken rule kept as a `Problem` instead of stopping at the first.

Only what a file writes differently from a form is translated here first: Excel's cells
(numbers, booleans, dates), "a2" for A2, "Pieni" for the size class, "kyllä" for yes.
"""

from __future__ import annotations

import uuid as uuid_module
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal

from app.customers.contacts import CONTACT_FIELDS, clean_contact
from app.customers.records import CUSTOMER_FIELDS, REFERENCES, clean_customer
from app.errors import InvalidRecord
from models.customer_fields import CONTACT, CUSTOMER
from models.fields import FieldKind
from models.rules import QT_TRANSLATE_NOOP, ValidationError, parse_date

SheetKind = Literal["customers", "contacts"]

# The customer columns that `clean_customer` checks; the references (owner, referred by)
# are resolved by the plan.
CUSTOMER_KEYS = tuple(key for key in CUSTOMER_FIELDS if key not in REFERENCES)
CONTACT_KEYS = CONTACT_FIELDS
# Cells taken as they are (numbers and booleans: clean_customer reads Excel's own types).
_AS_IS = (FieldKind.MONEY, FieldKind.BOOL, FieldKind.SCORE)
_CUSTOMER_AS_IS = frozenset(field.key for field in CUSTOMER.of_kind(*_AS_IS))
_CUSTOMER_BOOLEANS = tuple(field.key for field in CUSTOMER.of_kind(FieldKind.BOOL))
_CONTACT_BOOLEANS = frozenset(field.key for field in CONTACT.of_kind(FieldKind.BOOL))
_CONTACT_DATES = frozenset(field.key for field in CONTACT.of_kind(FieldKind.DATE))
# A flat list's contact columns on the customer's row, as contact fields.
FLAT_CONTACT = {"contact_name": "name", "email": "email", "phone": "phone"}

_SIZES = {
    "pieni": "small",
    "keskikokoinen": "medium",
    "keskisuuri": "medium",
    "suuri": "large",
    "iso": "large",
    "erittäin suuri": "very_large",
    "hyvin suuri": "very_large",
    "very large": "very_large",
}
_YES = {"1", "x", "yes", "y", "true", "kyllä", "k", "on", "tosi"}
_NO = {"0", "no", "n", "false", "ei", "e", "off", "epätosi"}


@dataclass(frozen=True)
class Problem:
    """A rule one cell (or the whole row, field "") of the file breaks."""

    sheet: SheetKind
    line: int
    field: str  # the catalogue key of the column
    error: ValidationError


def text_of(value: Any) -> str | None:
    """A cell as text: Excel's 1234.0 as "1234", dates as ISO, empty as None."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    return str(value)


def yes_no(value: Any, field: str) -> bool:
    if value is None or isinstance(value, bool):
        return bool(value)
    if isinstance(value, int | float):
        return value != 0
    text = str(value).strip().casefold()
    if text in _YES:
        return True
    if text in _NO or not text:
        return False
    raise ValidationError(
        field, QT_TRANSLATE_NOOP("rules", "Write yes or no (kyllä or ei): {value}"), value=text[:40]
    )


def kept_uuid(value: Any) -> str | None:
    """The row's Raketti ID when it is one (a team's own "ID" column of 1, 2, 3 is not)."""
    text = text_of(value)
    if not text:
        return None
    try:
        return str(uuid_module.UUID(text.strip()))
    except ValueError:
        return None


def _prepared_customer(raw: dict[str, Any]) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for key in CUSTOMER_KEYS:
        if key not in raw:
            continue
        value = raw[key]
        if key == "ladder_level" and isinstance(value, str):
            value = value.strip().upper()
        elif key == "size_class" and isinstance(value, str):
            folded = " ".join(value.strip().casefold().split())
            value = _SIZES.get(folded, folded.replace(" ", "_"))
        elif key not in _CUSTOMER_AS_IS:
            value = text_of(value)
        data[key] = value
    return data


def clean_customer_row(raw: dict[str, Any], line: int) -> tuple[dict[str, Any], list[Problem]]:
    """The customer's cleaned values from the row's cells by catalogue key, and problems."""
    data = _prepared_customer(raw)
    problems: list[Problem] = []
    for key in _CUSTOMER_BOOLEANS:
        value = data.pop(key, None)
        if key in raw:
            try:
                data[key] = yes_no(value, key)
            except ValidationError as error:
                problems.append(Problem("customers", line, key, error))
    data.setdefault("name", "")
    try:
        values = clean_customer(data)
    except InvalidRecord as invalid:
        problems.extend(Problem("customers", line, e.field, e) for e in invalid.errors)
        values = {}
    return values, problems


def clean_contact_row(
    raw: dict[str, Any], sheet: SheetKind, line: int, fields: dict[str, str] | None = None
) -> tuple[dict[str, Any], list[Problem]]:
    """A contact's cleaned values; `fields` maps contact fields back to the sheet's
    columns (a flat list's "contact_name" is the contact's "name")."""
    back = {value: key for key, value in (fields or {}).items()}
    problems: list[Problem] = []
    data: dict[str, Any] = {}
    for key in CONTACT_KEYS:
        if key not in raw:
            continue
        value = raw[key]
        try:
            if key in _CONTACT_BOOLEANS:
                value = yes_no(value, key)
            elif key in _CONTACT_DATES:
                value = _date_of(value, key)
            else:
                value = text_of(value)
        except ValidationError as error:
            problems.append(Problem(sheet, line, back.get(key, key), error))
            continue
        data[key] = value
    data.setdefault("name", "")
    values: dict[str, Any] = {}
    try:
        values = clean_contact(data)
    except InvalidRecord as invalid:
        problems.extend(Problem(sheet, line, back.get(e.field, e.field), e) for e in invalid.errors)
    if "left_on" in raw:
        try:
            values["left_on"] = _date_of(raw["left_on"], "left_on")
        except ValidationError as error:
            problems.append(Problem(sheet, line, "left_on", error))
    return values, problems


def _date_of(value: Any, field: str) -> date | None:
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return parse_date(value, field)
    return parse_date(text_of(value), field)
