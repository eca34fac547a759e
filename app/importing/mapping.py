"""Which catalogue field each column of a sheet fills (app/excel/fields.py decides the
headers it recognises, Finnish and English), and the signature of a header row under which
the wizard remembers the user's own mapping."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from app.excel.fields import fields, normalised, recognise
from app.importing.source import Sheet, Source
from app.importing.values import SheetKind

ColumnMap = list[str | None]  # a field key per column; None: the column is not imported


@dataclass
class Mapping:
    customers: ColumnMap
    contacts: ColumnMap | None = None

    def of(self, kind: SheetKind) -> ColumnMap | None:
        return self.customers if kind == "customers" else self.contacts


def guess(sheet: Sheet, kind: SheetKind) -> ColumnMap:
    """Each header recognised by the catalogue; a field named twice is filled by its
    first column only."""
    out: ColumnMap = []
    used: set[str] = set()
    for header in sheet.headers:
        key = recognise(kind, header)
        if key in used:
            key = None
        if key is not None:
            used.add(key)
        out.append(key)
    return out


def guess_all(source: Source) -> Mapping:
    contacts = guess(source.contacts, "contacts") if source.contacts else None
    customers = guess(source.customers, "customers")
    if source.contacts is not None:
        # The contacts come from their own sheet, never also from a row's flat columns.
        flat = {column.key for column in fields("customers") if column.imported_only}
        customers = [None if k in flat else k for k in customers]
    return Mapping(customers, contacts)


def signature(kind: SheetKind, headers: list[str]) -> str:
    """A short stable key for a header row (the same list exported again has the same)."""
    text = "\x1f".join([kind, *(normalised(h) for h in headers)])
    return hashlib.sha1(text.encode("utf-8"), usedforsecurity=False).hexdigest()[:16]


def usable(kind: SheetKind, remembered: object, headers: list[str]) -> ColumnMap | None:
    """A remembered mapping, if it still fits these headers and the catalogue."""
    if not isinstance(remembered, list) or len(remembered) != len(headers):
        return None
    keys = {field.key for field in fields(kind)}
    out: ColumnMap = []
    for value in remembered:
        if value in (None, ""):
            out.append(None)
        elif isinstance(value, str) and value in keys:
            out.append(value)
        else:
            return None
    return out


def field_keys(kind: SheetKind) -> list[str]:
    return [field.key for field in fields(kind)]
