"""What a record's field is, described once: the `Field` of a record kind's catalogue.

A catalogue (models/customer_fields.py: customers and contacts; activity_fields.py:
interactions; team_fields.py: members; governance_fields.py: action items and development
proposals) lists every field a user edits of one record kind, once; models/catalogues.py
finds one by its table. Validation, the customer list's columns, start-up's first
page, the Excel sheets and the import's headers, the forms' labels and limits, and team
sync's history and conflicts read it, so adding a plain field means the model, a migration
and one catalogue line (tests/customers/test_field_catalogue.py holds each catalogue against
the ORM).

Neutral on purpose: no SQLAlchemy (start-up reads the customer catalogue before SQLAlchemy
is imported) and no Qt. Labels are marked for translation in one context, "fields"; the
views translate them (views/field_labels.py), the workbook reads them from the .ts files.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from models.rules import (
    QT_TRANSLATE_NOOP,
    ValidationError,
    check_choice,
    check_id,
    check_score,
    clean_text,
    normalize_business_id,
    normalize_email,
    normalize_phone,
    normalize_website,
    parse_amount,
    parse_date,
    parse_roles,
)

CONTEXT = "fields"  # the one translation context of every field label


class FieldKind(StrEnum):
    """What a value is: how it is checked, stored, exported and shown in history."""

    TEXT = "text"  # one line of text
    NOTES = "notes"  # several lines (notes about a customer or a person)
    BUSINESS_ID = "business_id"  # a Finnish business ID with its check digit
    WEBSITE = "website"
    EMAIL = "email"
    PHONE = "phone"
    CHOICE = "choice"  # one code of a fixed vocabulary (`choices`), shown by its label
    ROLES = "roles"  # a sorted comma list of buying-centre role codes
    SCORE = "score"  # a whole number in `range`, or empty
    MONEY = "money"  # euros, in `range`, or empty
    REFERENCE = "reference"  # the id of another record (`refers`), shown by its name
    BOOL = "bool"
    DATE = "date"


TEXTS = frozenset(
    {
        FieldKind.TEXT,
        FieldKind.NOTES,
        FieldKind.BUSINESS_ID,
        FieldKind.WEBSITE,
        FieldKind.EMAIL,
        FieldKind.PHONE,
    }
)


@dataclass(frozen=True)
class Field:
    """One field of a record kind.

    `key` is the ORM attribute and the column's name. `label` names the field in forms,
    history and conflicts; `header` (the label if empty) titles its column in the customer
    list and the workbook. `limit` is the longest text the rules take (models/rules.py);
    `typed` the longest input a widget takes when that differs (a business ID typed with
    spaces). `personal` marks personal data: what a person is called, how they are
    reached, their title, notes about them, and free text written about people (an
    interaction's summary; the catalogue says why next to the field). The privacy work
    reads this flag. `required` refuses an empty value (a text or a date)."""

    key: str
    kind: FieldKind
    label: str
    header: str = ""
    limit: int | None = None
    typed: int | None = None
    range: tuple[float, float] | None = None
    required: bool = False
    personal: bool = False
    choices: type[StrEnum] | None = None
    default: str | None = None  # what an empty choice becomes (None: it is refused)
    refers: str | None = None  # the table a reference names
    shown_as: str | None = None  # the key a reference's name goes under (list, workbook)
    width: float = 12  # the workbook column's width, in characters
    exported: bool = True  # a column of the workbook
    edited: bool = True  # cleaned and written by the record's own edits (form, import)
    messages: tuple[str, ...] = ()  # kind-specific message templates (money: two)
    missing: str | None = None  # what an empty required value is told (a rules template)
    reported_as: str | None = None  # the key its errors carry where a form names it so

    @property
    def title(self) -> str:
        """The column title (list, workbook)."""
        return self.header or self.label

    @property
    def input_limit(self) -> int | None:
        return self.typed or self.limit

    @property
    def column_key(self) -> str:
        """Where the field stands in a list or a sheet: a reference by its name."""
        return self.shown_as or self.key

    def python_type(self) -> Any:
        """The type of the value once cleaned (a typed record's annotation)."""
        if self.kind is FieldKind.BOOL:
            return bool
        base: Any = {
            FieldKind.DATE: date,
            FieldKind.SCORE: int,
            FieldKind.MONEY: float,
            FieldKind.REFERENCE: int,
        }.get(self.kind, str)
        always = self.required or self.kind in (FieldKind.CHOICE, FieldKind.ROLES)
        return base if always else base | None


class Catalogue(tuple[Field, ...]):
    """A record kind's fields in their order (form, workbook), found by key."""

    def __new__(cls, table: str, fields: Iterable[Field]) -> Catalogue:
        made = super().__new__(cls, tuple(fields))
        made.table = table
        return made

    table: str

    def __getnewargs__(self) -> tuple[Any, ...]:  # copy and pickle keep the table
        return (self.table, tuple(self))

    def by_key(self, key: str) -> Field | None:
        return next((field for field in self if field.key == key), None)

    def field(self, key: str) -> Field:
        found = self.by_key(key)
        if found is None:
            raise KeyError(key)
        return found

    def field_keys(self) -> tuple[str, ...]:
        return tuple(field.key for field in self)

    def edited(self) -> Iterator[Field]:
        return (field for field in self if field.edited)

    def of_kind(self, *kinds: FieldKind) -> tuple[Field, ...]:
        return tuple(field for field in self if field.kind in kinds)

    def personal(self) -> tuple[str, ...]:
        """The keys of the fields that hold personal data."""
        return tuple(field.key for field in self if field.personal)

    def plus(self, *fields: Field) -> Catalogue:
        """This catalogue with more fields (tests: a field added in a scratch copy)."""
        return Catalogue(self.table, (*self, *fields))


# --- checking one value --------------------------------------------------------------------


REQUIRED = QT_TRANSLATE_NOOP("rules", "This field is required.")


def _text(field: Field, value: Any) -> Any:
    multiline = field.kind is FieldKind.NOTES
    return clean_text(value, field.key, field.limit or 0, multiline=multiline)


def _choice(field: Field, value: Any) -> Any:
    assert field.choices is not None
    if field.default is not None:
        value = value or field.default
    return check_choice(field.choices, value, field.key)


def _money(field: Field, value: Any) -> Any:
    assert field.range is not None and len(field.messages) == 2
    number, range_message = field.messages
    return parse_amount(value, field.key, number, range_message, field.range[1])


_RULES: dict[FieldKind, Callable[[Field, Any], Any]] = {
    FieldKind.TEXT: _text,
    FieldKind.NOTES: _text,
    FieldKind.BUSINESS_ID: lambda _f, v: normalize_business_id(v),
    FieldKind.WEBSITE: lambda _f, v: normalize_website(v),
    FieldKind.EMAIL: lambda f, v: normalize_email(v, f.key),
    FieldKind.PHONE: lambda f, v: normalize_phone(v, f.key),
    FieldKind.CHOICE: _choice,
    FieldKind.ROLES: lambda _f, v: parse_roles(v),
    FieldKind.SCORE: lambda f, v: check_score(v, f.key),
    FieldKind.MONEY: _money,
    FieldKind.REFERENCE: lambda f, v: check_id(v, f.key),
    FieldKind.BOOL: lambda _f, v: bool(v),
    FieldKind.DATE: lambda f, v: parse_date(v, f.key),
}


def check_value(field: Field, value: Any) -> Any:
    """The value cleaned by its field's rule; raise ValidationError when it breaks it, or
    when the field is required and the value empty (with the field's own message)."""
    try:
        cleaned = _RULES[field.kind](field, value)
    except ValidationError as error:
        error.field = field.reported_as or error.field
        raise
    if field.required and cleaned is None:
        raise ValidationError(field.reported_as or field.key, field.missing or REQUIRED)
    return cleaned


def check_values(
    catalogue: Catalogue, data: dict[str, Any]
) -> tuple[dict[str, Any], list[ValidationError]]:
    """The edited fields present in `data`, cleaned, and every rule they break (in the
    catalogue's order). Keys the catalogue does not edit are left out."""
    out: dict[str, Any] = {}
    errors: list[ValidationError] = []
    for field in catalogue.edited():
        if field.key in data:
            try:
                out[field.key] = check_value(field, data[field.key])
            except ValidationError as error:
                errors.append(error)
    return out, errors


# --- typed records -------------------------------------------------------------------------


def record_type(
    name: str, catalogue: Catalogue, first: list[tuple[str, Any]], module: str, doc: str
) -> type:
    """A frozen dataclass with the `first` fields (ids) and then every catalogue field, so
    that a field added to the catalogue is a field of the record without another line."""
    fields = [*first, *((field.key, field.python_type()) for field in catalogue)]
    made = dataclasses.make_dataclass(name, fields, frozen=True, slots=True)
    made.__module__ = module
    made.__doc__ = doc
    return made
