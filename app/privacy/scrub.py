"""What an erased person's data is replaced with, as pure functions of the erasures known:
the same on every laptop, whatever order the operations arrive in, and idempotent.

- The erased record's personal fields (the catalogue's `personal=True` flag): NULL, or the
  neutral `PLACEHOLDER` where the column may not be empty (a contact's name).
- Copies of the person's name elsewhere (`NAME_COPIES`: a risk flag keeps the name of
  the contact who left) become the placeholder.
- Exact occurrences of the person's e-mail addresses and phone numbers in free text
  (interaction notes, feedback, any note of the team) become `MARK`. An occurrence is
  recognised by its keyed digest (`digest`), which the erasure record carries
  (`privacy_erasure.marks`), so a laptop that never saw the address, or receives a note
  after the erasure, recognises it too.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from models.catalogues import CATALOGUES, field_of
from models.fields import FieldKind

PLACEHOLDER = "[erased]"  # a required personal text of an erased record
MARK = "[erased]"  # an e-mail address or phone number taken out of a free text

# A record that copies a person's name: (table, the column naming the person's record by
# UUID, the column holding the name).
NAME_COPIES = (("risk_flag", "contact_uuid", "contact_name"),)

# Tables whose texts belong to no customer's person (the team itself, its members) or that
# are no record of the team (team sync's own bookkeeping, the erasures).
_NOT_SCANNED = frozenset({"team_company", "member", "privacy_erasure"})
# Text kinds that are a value of their own, not a text about someone: another contact's
# switchboard number stays.
_NOT_FREE = frozenset(
    {
        FieldKind.EMAIL,
        FieldKind.PHONE,
        FieldKind.WEBSITE,
        FieldKind.BUSINESS_ID,
        FieldKind.CHOICE,
        FieldKind.ROLES,
    }
)
_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
_PHONE_RUN = re.compile(r"\+?[0-9][0-9 \-().]*[0-9]")
_DIGITS = re.compile(r"[0-9]+")
PHONE_DIGITS_MIN = 6  # models.rules.normalize_phone: a phone number has 6–15 digits


def digest(key: str, token: str) -> str:
    """The keyed digest of one normalised e-mail address or phone number."""
    return hashlib.sha256(f"{key}\n{token}".encode()).hexdigest()[:32]


def email_token(value: str) -> str:
    return value.strip().lower()


def phone_token(value: str) -> str | None:
    digits = re.sub(r"[^0-9]", "", value)
    return digits if len(digits) >= PHONE_DIGITS_MIN else None


def marks_of(key: str, emails: Iterable[str], phones: Iterable[str]) -> list[str]:
    """The digests an erasure carries for these addresses and numbers (sorted, unique)."""
    tokens = {email_token(e) for e in emails if e and "@" in e}
    tokens |= {t for p in phones if p and (t := phone_token(p))}
    return sorted({digest(key, t) for t in tokens})


@cache
def personal(table: str) -> tuple[str, ...]:
    catalogue = CATALOGUES.get(table)
    return catalogue.personal() if catalogue is not None else ()


@cache
def required_personal(table: str) -> frozenset[str]:
    catalogue = CATALOGUES.get(table)
    if catalogue is None:
        return frozenset()
    return frozenset(f.key for f in catalogue if f.personal and f.required)


def erased_value(table: str, name: str) -> str | None:
    """What a personal field of an erased record holds."""
    return PLACEHOLDER if name in required_personal(table) else None


@cache
def free_texts() -> dict[str, frozenset[str]]:
    """Per table, the columns of free text a person's address or number may stand in."""
    from sqlalchemy import String

    from models.all import metadata

    found: dict[str, frozenset[str]] = {}
    for table in metadata.sorted_tables:
        if table.name.startswith("sync_") or table.name in _NOT_SCANNED:
            continue
        names = set()
        for column in table.columns:
            kind = column.type
            if not isinstance(kind, String) or column.name == "uuid":
                continue
            if column.name.endswith("_uuid") or (kind.length is not None and kind.length < 200):
                continue
            described = field_of(table.name, column.name) if table.name in CATALOGUES else None
            if described is not None and described.kind in _NOT_FREE:
                continue
            names.add(column.name)
        if names:
            found[table.name] = frozenset(names)
    return found


@dataclass(frozen=True)
class Erasure:
    uuid: str
    tbl: str
    rec: str
    marks: frozenset[str]

    @classmethod
    def of_value(cls, uuid: str, value: dict[str, Any]) -> Erasure:
        """From a `privacy_erasure` insert's values."""
        try:
            marks = json.loads(value.get("marks") or "[]")
        except ValueError:
            marks = []
        return cls(
            uuid,
            str(value.get("tbl") or ""),
            str(value.get("rec") or ""),
            frozenset(str(m) for m in marks if isinstance(m, str)),
        )


@dataclass
class Scrubber:
    """Everything the erasures known here take out, as one function per kind of value."""

    erasures: list[Erasure] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.records = {(e.tbl, e.rec) for e in self.erasures}
        self.people = {e.rec for e in self.erasures}
        self._keyed = [(e.uuid, e.marks) for e in self.erasures if e.marks]

    def __bool__(self) -> bool:
        return bool(self.erasures)

    def _hit(self, token: str) -> bool:
        return any(digest(key, token) in marks for key, marks in self._keyed)

    def text(self, text: str) -> str:
        """`text` with every erased e-mail address and phone number replaced by MARK."""
        if not self._keyed or not text:
            return text
        if "@" in text:
            text = _EMAIL.sub(lambda m: MARK if self._hit(email_token(m[0])) else m[0], text)
        if any(c.isdigit() for c in text):
            text = _PHONE_RUN.sub(self._phone, text)
        return text

    def _phone(self, match: re.Match[str]) -> str:
        run = match[0]
        groups = list(_DIGITS.finditer(run))
        # The longest span of digit groups (from the left) that is an erased number.
        for first in range(len(groups)):
            for last in range(len(groups) - 1, first - 1, -1):
                digits = "".join(g[0] for g in groups[first : last + 1])
                if len(digits) >= PHONE_DIGITS_MIN and self._hit(digits):
                    start = groups[first].start()
                    if start > 0 and run[start - 1] == "+":
                        start -= 1
                    return run[:start] + MARK + self._phone_rest(run, groups[last].end())
        return run

    def _phone_rest(self, run: str, end: int) -> str:
        rest = run[end:]
        match = _PHONE_RUN.search(rest)
        if match is None:
            return rest
        return rest[: match.start()] + self._phone(match) + rest[match.end() :]

    def values(self, tbl: str, rec: str, values: dict[str, Any]) -> dict[str, Any]:
        """A record's column values (an insert's, a row's) with what is erased taken out."""
        out = dict(values)
        if (tbl, rec) in self.records:
            for name in personal(tbl):
                if name in out:
                    out[name] = erased_value(tbl, name)
        for table, person, name in NAME_COPIES:
            if tbl == table and out.get(person) in self.people and name in out:
                out[name] = PLACEHOLDER
        for name in free_texts().get(tbl, ()):
            if isinstance(out.get(name), str):
                out[name] = self.text(out[name])
        return out

    def value(self, tbl: str, rec: str, name: str, value: Any) -> Any:
        """One field's value (an edit's) with what is erased taken out."""
        if (tbl, rec) in self.records and name in personal(tbl):
            return erased_value(tbl, name)
        if isinstance(value, str) and name in free_texts().get(tbl, ()):
            return self.text(value)
        return value

    def op_value(
        self, tbl: str, rec: str, kind: str, name: str | None, value: str | None
    ) -> str | None:
        """An operation's JSON value scrubbed; the very same text when nothing changed (so
        that what needs no scrubbing stays byte for byte as it travelled)."""
        if not self or value is None or kind == "D":
            return value
        try:
            decoded = json.loads(value)
        except (ValueError, RecursionError):
            return value
        if kind == "I" and isinstance(decoded, dict):
            scrubbed: Any = self.values(tbl, rec, decoded)
        elif kind == "U" and name is not None:
            scrubbed = self.value(tbl, rec, name, decoded)
        else:
            return value
        if scrubbed == decoded:
            return value
        return json.dumps(scrubbed, ensure_ascii=False, separators=(",", ":"))
