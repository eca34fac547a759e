"""What each synced column may hold, read once from the SQLAlchemy metadata and the field
catalogues, so that a received value is held to the rules a local write keeps without a
list of tables here (a new area's table is checked the day it is added).

- by its type: a text (its `String(n)` length, or `SYNC_TEXT_MAX` for a `Text`), a whole
  number in SQLite's range, a finite number, a boolean, a date (ISO, years of
  `models.rules`), a date and time as SQLAlchemy stores it, or a reference (the parent's
  UUID: foreign keys travel by UUID);
- whether it may be empty (NOT NULL);
- the codes it takes: the CHECK constraints that name only this column (evaluated by
  SQLite itself, so that they are exactly the database's), or the vocabulary a model names
  in the column's `info={"choices": ...}` where no CHECK lists it;
- the constraints that name several columns (`from_level <> to_level`), checked on an
  insert's whole row;
- for a customer's and a contact's fields, the catalogue's field (models/catalogues.py),
  whose rule (`models.fields.check_value`) replaces the column's length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    Integer,
    Numeric,
    String,
    Table,
    Text,
)

from models.catalogues import CATALOGUES
from models.fields import Field, FieldKind
from models.rules import TEXT_MAX
from models.sync_capture import shapes

# A long text no form limits (meeting minutes, a setting's JSON) is still bounded: more
# than this is a paste gone wrong or an attack, and every laptop would pay for it.
SYNC_TEXT_MAX = 10 * TEXT_MAX


class Type(StrEnum):
    TEXT = "text"
    WHOLE = "whole"
    NUMBER = "number"
    BOOL = "bool"
    DATE = "date"
    DATETIME = "datetime"
    REFERENCE = "reference"


@dataclass(frozen=True)
class Column:
    table: str
    name: str
    kind: Type
    nullable: bool
    limit: int  # the longest text (texts only)
    multiline: bool
    parent: str | None  # the table a reference names
    checks: tuple[str, ...]  # CHECK constraints naming only this column (SQL)
    choices: type[StrEnum] | None
    field: Field | None  # the catalogue's field, when a catalogue describes the column


@dataclass(frozen=True)
class TableRules:
    columns: dict[str, Column]
    row_checks: tuple[tuple[str, frozenset[str]], ...]  # (SQL, columns) naming several


_QUOTED = re.compile(r"'(?:[^']|'')*'")
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def named_columns(sql: str, table: Table) -> frozenset[str]:
    """The table's columns an SQL expression names (quoted codes are not names)."""
    words = set(_WORD.findall(_QUOTED.sub("''", sql)))
    return frozenset(words & set(table.c.keys()))


def _type(column: object) -> Type:
    kind = getattr(column, "type", None)
    if isinstance(kind, Boolean):
        return Type.BOOL
    if isinstance(kind, DateTime):
        return Type.DATETIME
    if isinstance(kind, Date):
        return Type.DATE
    if isinstance(kind, Integer):
        return Type.WHOLE
    if isinstance(kind, Float | Numeric):
        return Type.NUMBER
    if isinstance(kind, String | Text):
        return Type.TEXT
    raise TypeError(f"team sync does not know how to check {kind!r}")  # a new column type


@cache
def rules(table_name: str) -> TableRules:
    from models.all import metadata

    table = metadata.tables[table_name]
    shape = shapes()[table_name]
    catalogue = CATALOGUES.get(table_name)
    checks = [
        (str(c.sqltext), named_columns(str(c.sqltext), table))
        for c in table.constraints
        if isinstance(c, CheckConstraint)
    ]
    columns: dict[str, Column] = {}
    for name in shape.fields:
        column = table.c[name]
        parent = shape.parents.get(name)
        kind = Type.REFERENCE if parent else _type(column)
        length = getattr(column.type, "length", None)
        columns[name] = Column(
            table_name,
            name,
            kind,
            bool(column.nullable),
            length or SYNC_TEXT_MAX,
            isinstance(column.type, Text),
            parent,
            tuple(sql for sql, named in checks if named == {name}),
            column.info.get("choices"),
            catalogue.by_key(name) if catalogue is not None else None,
        )
    several = tuple(
        (sql, named)
        for sql, named in checks
        if len(named) > 1 and not named & set(shape.parents)  # references travel as UUIDs
    )
    return TableRules(columns, several)


def canonical_only(field: Field) -> bool:
    """Fields whose value must be stored exactly as the rule writes it: a code another
    part of the app parses (a choice, the roles) or a value kept unique (a business ID)."""
    return field.kind in (FieldKind.CHOICE, FieldKind.ROLES, FieldKind.BUSINESS_ID)
