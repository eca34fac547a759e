"""Every received operation checked before it is applied, with the rules a local write keeps.

A file from the shared folder is input from outside: any member, their sync tool, or
malware on one laptop may have written it. Its checksum only says it arrived whole. So each
operation is checked, and one that breaks a rule raises `Refused` (an English template in
the "sync" context and its values) and is set aside (app/sync/setaside.py) while the rest
is applied:

- its shape: an op id that is a clock reading and a laptop (`OP_ID`), a table and field
  this version knows, the kind (I, U, D) with what that kind carries, a record named by a
  UUID (a link table: its parents' UUIDs), a list of the op ids it replaces, an author's
  UUID, no lone surrogate anywhere (it cannot even be written to the database);
- each value, with the column's rules (app/sync/columns.py): its type, length, control
  characters, finite numbers in SQLite's range, valid dates, allowed codes, booleans as
  booleans, and for customers and contacts the field catalogue's own rule;
- the team: a reference to a team company names this folder's team; a reference to a
  record known here names one of this team. A change that would move a record out of its
  team (or hide it under a team nobody has) is refused.

Every check looks at the operation alone (and at this folder's team), never at what else
arrived first, so every laptop decides alike and the team stays identical.
"""

from __future__ import annotations

import json
import math
import re
import sqlite3
from datetime import date, datetime
from typing import Any

from app.sync.columns import Column, Type, canonical_only, rules
from app.sync.scope import live_team
from app.sync.state import Op
from models.fields import FieldKind, check_value
from models.rules import (
    FIRST_YEAR,
    ID_MAX,
    LAST_YEAR,
    QT_TRANSLATE_NOOP,
    ValidationError,
    check_choice,
    clean_text,
    control_character,
)
from models.sync_capture import shapes

OP_ID = re.compile(r"^[0-9]{13}\.[0-9]{5}\.[0-9]{7}@[0-9a-f]{12}$")
UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
# What one operation may replace: a delete replaces every field's heads, a handful each.
SUPERSEDES_MAX = 1000
_DATETIME = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?$")
_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


class Refused(Exception):
    """An operation that is not applied; `reason` is an English template ("sync")."""

    def __init__(self, reason: str, **args: object) -> None:
        super().__init__(reason.format(**args))
        self.reason = reason
        self.args_ = args


R_OP_ID = QT_TRANSLATE_NOOP("sync", "The change has no valid id (a clock reading and a laptop).")
R_TABLE = QT_TRANSLATE_NOOP("sync", "The change names a kind of record this version does not know.")
R_FIELD = QT_TRANSLATE_NOOP("sync", "The change names a field this version does not know.")
R_KIND = QT_TRANSLATE_NOOP("sync", "The change is neither an addition, an edit nor a deletion.")
R_RECORD = QT_TRANSLATE_NOOP("sync", "The change names its record with an id that is not valid.")
R_SUPERSEDES = QT_TRANSLATE_NOOP("sync", "The change's list of the changes it replaces is damaged.")
R_MEMBER = QT_TRANSLATE_NOOP("sync", "The change names its author with an id that is not valid.")
R_SHAPE = QT_TRANSLATE_NOOP("sync", "The change does not carry what a change of its kind carries.")
R_LINK = QT_TRANSLATE_NOOP("sync", "The change edits a link between two records in place.")
R_VALUE = QT_TRANSLATE_NOOP("sync", "The value of {field} was refused: {why}")
R_TEAM = QT_TRANSLATE_NOOP(
    "sync", "The change would move a record to another team company or one not known here."
)
R_PARENT = QT_TRANSLATE_NOOP(
    "sync", "The change would tie a record to a record of another team company."
)
R_ROW = QT_TRANSLATE_NOOP("sync", "The record's values do not fit together.")

# Why a value was refused, where no rule of models/rules.py says it.
W_JSON = QT_TRANSLATE_NOOP("sync", "it cannot be read.")
W_TEXT = QT_TRANSLATE_NOOP("sync", "a text was expected.")
W_WHOLE = QT_TRANSLATE_NOOP("sync", "a whole number the database can hold was expected.")
W_NUMBER = QT_TRANSLATE_NOOP("sync", "a finite number the database can hold was expected.")
W_BOOL = QT_TRANSLATE_NOOP("sync", "yes or no was expected.")
W_DATE = QT_TRANSLATE_NOOP("sync", "a date was expected.")
W_MOMENT = QT_TRANSLATE_NOOP("sync", "a date and time was expected.")
W_REFERENCE = QT_TRANSLATE_NOOP("sync", "the id of a record was expected.")
W_CODE = QT_TRANSLATE_NOOP("sync", "it is not one of the values this field takes.")
W_FORM = QT_TRANSLATE_NOOP("sync", "it is not written the way Raketti stores it.")
W_REQUIRED = QT_TRANSLATE_NOOP("rules", "This field is required.")


def _value_problem(column: Column, why: str, **why_args: object) -> Refused:
    return Refused(R_VALUE, table=column.table, field=column.name, why=why, why_args=dict(why_args))


def _from_rule(column: Column, error: ValidationError) -> Refused:
    return _value_problem(column, error.message, **error.args_)


class Checker:
    """Checks the operations of one file (or the held-back ones) against this database:
    `team` is the UUID of the team company whose folder is synced (None: not known, no
    team check), `aliases` the merged keyed rows."""

    def __init__(
        self, db: sqlite3.Connection, team: str | None, aliases: dict[tuple[str, str], str]
    ) -> None:
        self.db = db
        self.team = team
        self.aliases = aliases
        self._teams: dict[tuple[str, str], str | None] = {}

    # --- one operation -----------------------------------------------------------------

    def check(self, op: Op) -> None:
        """Raise Refused when `op` may not be applied."""
        for text in (op.op_id, op.tbl, op.rec, op.kind):
            if not isinstance(text, str) or _SURROGATE.search(text):
                raise Refused(R_SHAPE)
        if not OP_ID.match(op.op_id):
            raise Refused(R_OP_ID)
        shape = shapes().get(op.tbl)
        if shape is None:
            raise Refused(R_TABLE)
        if op.kind not in ("I", "U", "D"):
            raise Refused(R_KIND)
        self._supersedes(op.supersedes)
        if op.member is not None and not (isinstance(op.member, str) and UUID.match(op.member)):
            raise Refused(R_MEMBER)
        self._record(op)
        if op.kind == "D":
            if op.field is not None or op.value is not None:
                raise Refused(R_SHAPE)
            return
        if op.kind == "U":
            if not isinstance(op.field, str) or op.field not in shape.fields:
                raise Refused(R_FIELD)
            if not shape.has_uuid:
                raise Refused(R_LINK)  # a changed link is a delete and an insert
            column = rules(op.tbl).columns[op.field]
            self.value(column, _decoded(op.value, column))
            return
        self._insert(op)

    def _supersedes(self, supersedes: object) -> None:
        if not isinstance(supersedes, tuple | list) or len(supersedes) > SUPERSEDES_MAX:
            raise Refused(R_SUPERSEDES)
        if not all(isinstance(s, str) and OP_ID.match(s) for s in supersedes):
            raise Refused(R_SUPERSEDES)

    def _record(self, op: Op) -> None:
        shape = shapes()[op.tbl]
        if shape.has_uuid:
            if not UUID.match(op.rec):
                raise Refused(R_RECORD)
            if op.tbl == "team_company" and self.team is not None and op.rec != self.team:
                raise Refused(R_TEAM)
            return
        parts = op.rec.split("|")
        if len(parts) != len(shape.keyed_by) or not all(UUID.match(p) for p in parts):
            raise Refused(R_RECORD)
        for column, part in zip(shape.keyed_by, parts, strict=True):
            self._reference(rules(op.tbl).columns[column], part)

    def _insert(self, op: Op) -> None:
        if op.field is not None:
            raise Refused(R_SHAPE)
        shape = shapes()[op.tbl]
        table = rules(op.tbl)
        row = _decoded(op.value, None)
        if not isinstance(row, dict):
            raise Refused(R_SHAPE)
        if set(row) - set(shape.fields):
            raise Refused(R_FIELD)
        for name, column in table.columns.items():
            if name not in row and not column.nullable and name != "created_at":
                raise _value_problem(column, W_REQUIRED)  # it would hide the record
        for name, value in row.items():
            column = table.columns[name]
            if value is None and name == "created_at":
                continue  # the laptop that writes the record fills it in
            self.value(column, value)
        if not shape.has_uuid:  # a link's values are its name
            named = dict(zip(shape.keyed_by, op.rec.split("|"), strict=True))
            if any(row.get(column) != part for column, part in named.items()):
                raise Refused(R_RECORD)
        for sql, columns in table.row_checks:
            if columns <= set(row) and _breaks(self.db, sql, {c: row[c] for c in columns}):
                raise Refused(R_ROW)

    # --- one value ---------------------------------------------------------------------

    def value(self, column: Column, value: Any) -> None:
        """Raise Refused when `value` may not be stored in `column`."""
        if value is None:
            if not column.nullable:
                raise _value_problem(column, W_REQUIRED)
            return
        _typed(column, value)
        if column.kind is Type.REFERENCE:
            self._reference(column, value)
            return
        field = column.field
        if field is not None and field.kind not in (FieldKind.BOOL, FieldKind.REFERENCE):
            try:
                cleaned = check_value(field, value)
            except ValidationError as error:
                raise _from_rule(column, error) from None
            if canonical_only(field) and cleaned != value:
                raise _value_problem(column, W_FORM)
        elif column.kind is Type.TEXT:
            try:
                clean_text(value, column.name, column.limit, multiline=column.multiline)
            except ValidationError as error:
                raise _from_rule(column, error) from None
        limit = field.limit if field is not None and field.limit else column.limit
        if isinstance(value, str) and len(value) > limit:  # a local write stores it stripped
            raise _value_problem(
                column,
                QT_TRANSLATE_NOOP("rules", "At most {max} characters (this text has {count})."),
                max=limit,
                count=len(value),
            )
        if isinstance(value, str):  # also where a local write strips them (\x85 is a space)
            multiline = field.kind is FieldKind.NOTES if field is not None else column.multiline
            code = control_character(value, multiline)
            if code is not None:
                raise _value_problem(
                    column,
                    QT_TRANSLATE_NOOP("rules", "The text contains a control character (U+{code})."),
                    code=code,
                )
        if column.choices is not None:
            try:
                check_choice(column.choices, value, column.name)
            except ValidationError:
                raise _value_problem(column, W_CODE) from None
        for sql in column.checks:
            if _breaks(self.db, sql, {column.name: value}):
                raise _value_problem(column, W_CODE)

    def _reference(self, column: Column, value: str) -> None:
        """A reference names this team company, or a record that is not of another."""
        if self.team is None:
            return
        if column.parent == "team_company":
            if value != self.team:
                raise Refused(R_TEAM)
            return
        assert column.parent is not None
        found = self.team_of(column.parent, value)
        if found is not None and found != self.team:
            raise Refused(R_PARENT)

    def team_of(self, table: str, uuid: str) -> str | None:
        """The UUID of the team company a record known here belongs to (None: the record is
        not here, or its table belongs to no team)."""
        key = (table, uuid)
        if key not in self._teams:
            self._teams[key] = self._find_team(table, self.aliases.get(key, uuid))
        return self._teams[key]

    def _find_team(self, table: str, uuid: str) -> str | None:
        return live_team(self.db, table, uuid)


# --- helpers -------------------------------------------------------------------------------


def _decoded(text: object, column: Column | None) -> Any:
    """A JSON text as it travels in an operation, decoded (Refused when it is none)."""
    if not isinstance(text, str) or _SURROGATE.search(text):
        raise (_value_problem(column, W_JSON) if column else Refused(R_SHAPE))
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        raise (_value_problem(column, W_JSON) if column else Refused(R_SHAPE)) from None


def _typed(column: Column, value: Any) -> None:
    """The value is of the column's type, as SQLite stores it (a boolean as 0 or 1)."""
    kind = column.kind
    if kind is Type.REFERENCE:
        if not (isinstance(value, str) and UUID.match(value)):
            raise _value_problem(column, W_REFERENCE)
    elif kind is Type.TEXT:
        if not isinstance(value, str):
            raise _value_problem(column, W_TEXT)
    elif kind is Type.WHOLE:
        if isinstance(value, bool) or not isinstance(value, int) or not _finite(value):
            raise _value_problem(column, W_WHOLE)
    elif kind is Type.NUMBER:
        if not _finite(value):
            raise _value_problem(column, W_NUMBER)
    elif kind is Type.BOOL:
        if not (isinstance(value, bool) or (type(value) is int and value in (0, 1))):
            raise _value_problem(column, W_BOOL)
    elif kind is Type.DATE:
        if not (isinstance(value, str) and _date(value)):
            raise _value_problem(column, W_DATE)
    elif not (isinstance(value, str) and _moment(value)):
        raise _value_problem(column, W_MOMENT)


def _finite(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return -ID_MAX - 1 <= value <= ID_MAX
    return isinstance(value, float) and math.isfinite(value)


def _date(text: str) -> bool:
    if not _DATE.match(text):
        return False
    try:
        return FIRST_YEAR <= date.fromisoformat(text).year <= LAST_YEAR
    except ValueError:
        return False


def _moment(text: str) -> bool:
    if not _DATETIME.match(text):
        return False
    try:
        return FIRST_YEAR <= datetime.fromisoformat(text).year <= LAST_YEAR
    except ValueError:
        return False


def _breaks(db: sqlite3.Connection, sql: str, values: dict[str, Any]) -> bool:
    """Whether a CHECK constraint is false for these values (SQLite evaluates it, as it
    would for the row: NULL passes)."""
    columns = ", ".join(f"? AS {name}" for name in values)
    row = db.execute(f"SELECT NOT ({sql}) FROM (SELECT {columns})", list(values.values()))
    return row.fetchone()[0] == 1
