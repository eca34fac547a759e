"""The Customers and Contacts sheet columns, shared by the export and the import.

One catalogue (resources/excel/fields.json, data a team may extend) decides the headers the
export writes and the headers the import recognises, so an exported sheet imports back.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from app.paths import RESOURCES

Sheet = Literal["customers", "contacts"]
FIELDS_FILE = RESOURCES / "excel" / "fields.json"


@dataclass(frozen=True)
class Field:
    key: str
    headers: dict[str, str]  # language code -> header
    synonyms: tuple[str, ...]

    def header(self, language: str) -> str:
        return self.headers.get(language) or self.headers["en"]


def normalised(header: str) -> str:
    """How headers are compared: case, spaces, hyphens, underscores and dots ignored."""
    return re.sub(r"[\s\-_.]+", "", header.strip().casefold())


@cache
def fields(sheet: Sheet) -> tuple[Field, ...]:
    data = json.loads(FIELDS_FILE.read_text(encoding="utf-8"))
    return tuple(
        Field(item["key"], dict(item["header"]), tuple(item.get("synonyms", ())))
        for item in data[sheet]
    )


def recognise(sheet: Sheet, header: str) -> str | None:
    """The field key a column header names (any language or synonym), or None."""
    wanted = normalised(header)
    if not wanted:
        return None
    for field in fields(sheet):
        names = (*field.headers.values(), *field.synonyms, field.key)
        if any(normalised(name) == wanted for name in names):
            return field.key
    return None
