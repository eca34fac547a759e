"""The Customers and Contacts sheet columns, shared by the export and the import.

The columns are the customer and contact catalogues' fields (models/customer_fields.py:
their order, column titles, widths and kinds), after the sheet's own columns (the record's
ID; on the Contacts sheet its customer's). Headers are the catalogue's titles in the
workbook's language (app/excel/texts.py), so an exported sheet imports back. Other names a
team's own lists use for a column are data: resources/excel/fields.json, which teams may
extend.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from app.excel.texts import CONTEXT, LANGUAGES, Texts
from app.paths import RESOURCES
from models.customer_fields import CONTACT, CUSTOMER
from models.fields import CONTEXT as FIELDS_CONTEXT
from models.fields import Catalogue, Field, FieldKind
from models.rules import QT_TRANSLATE_NOOP

Sheet = Literal["customers", "contacts"]
FIELDS_FILE = RESOURCES / "excel" / "fields.json"


@dataclass(frozen=True)
class Column:
    """One column of a sheet: a catalogue field or one of the sheet's own."""

    key: str
    source: str  # the English header, marked in `context`
    context: str
    synonyms: tuple[str, ...] = ()
    width: float = 12
    kind: FieldKind | None = None
    imported_only: bool = False  # recognised in a team's flat list, never exported

    def header(self, language: str) -> str:
        return Texts(language).get(self.context, self.source)

    @property
    def headers(self) -> dict[str, str]:
        """language code -> header"""
        return {language: self.header(language) for language in LANGUAGES}


# The sheets' own columns (not fields of the record).
ID = ("uuid", QT_TRANSLATE_NOOP("ExcelExport", "ID"), 38)
CUSTOMER_ID = ("customer_uuid", QT_TRANSLATE_NOOP("ExcelExport", "Customer ID"), 38)
CUSTOMER_NAME = ("customer", QT_TRANSLATE_NOOP("ExcelExport", "Customer"), 32)
# A flat list's contact columns on the customer's row (the import makes a contact of them).
CONTACT_NAME = ("contact_name", QT_TRANSLATE_NOOP("ExcelExport", "Contact"), 32)
FLAT_CONTACT = ("email", "phone")


def normalised(header: str) -> str:
    """How headers are compared: case, spaces, hyphens, underscores and dots ignored."""
    return re.sub(r"[\s\-_.]+", "", header.strip().casefold())


@cache
def _synonyms() -> dict[str, dict[str, tuple[str, ...]]]:
    data = json.loads(FIELDS_FILE.read_text(encoding="utf-8"))
    return {
        sheet: {key: tuple(names) for key, names in data[sheet].items()}
        for sheet in ("customers", "contacts")
    }


def sheet_columns(sheet: Sheet, catalogue: Catalogue) -> tuple[Column, ...]:
    """The sheet's columns from a catalogue (tests pass one with a field added)."""
    synonyms = _synonyms()[sheet]

    def own(key: str, source: str, width: float, imported_only: bool = False) -> Column:
        return Column(key, source, CONTEXT, synonyms.get(key, ()), width, None, imported_only)

    def of(field: Field, imported_only: bool = False) -> Column:
        key = field.column_key if not imported_only else field.key
        return Column(
            key,
            field.title,
            FIELDS_CONTEXT,
            synonyms.get(key, ()),
            field.width,
            field.kind,
            imported_only,
        )

    out = [own(*ID)]
    if sheet == "contacts":
        out += [own(*CUSTOMER_ID), own(*CUSTOMER_NAME)]
    out += [of(field) for field in catalogue if field.exported]
    if sheet == "customers":
        out.append(own(*CONTACT_NAME, imported_only=True))
        out += [of(CONTACT.field(key), imported_only=True) for key in FLAT_CONTACT]
    return tuple(out)


@cache
def fields(sheet: Sheet) -> tuple[Column, ...]:
    return sheet_columns(sheet, CUSTOMER if sheet == "customers" else CONTACT)


def recognise(sheet: Sheet, header: str) -> str | None:
    """The column key a header names (any language or synonym), or None."""
    return recognise_in(fields(sheet), header)


def recognise_in(columns: tuple[Column, ...], header: str) -> str | None:
    wanted = normalised(header)
    if not wanted:
        return None
    for column in columns:
        names = (*column.headers.values(), *column.synonyms, column.key)
        if any(normalised(name) == wanted for name in names):
            return column.key
    return None
