"""Which rows of a file are customers the database (or the file itself) already has.

A row is a duplicate when it carries the Raketti ID of a customer of the team (a re-import
of an export), the business ID of any customer (business IDs are unique in the whole
database), or a near-identical name in the same city: names are compared without case,
punctuation and the company form ("Kahvila Aalto Oy" is "kahvila aalto"), with
rapidfuzz's ratio at `SIMILAR` or above and the same numbers in both. Two customers with
different business IDs (or Raketti IDs) are never one, whatever their names.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Literal

from rapidfuzz import fuzz, process
from rapidfuzz.utils import default_process
from sqlalchemy import select
from sqlalchemy.orm import Session

from models.customer import Customer

SIMILAR = 92  # rapidfuzz ratio (0–100) from which two names in one city are one customer
_DIGITS = re.compile(r"[0-9]+")
_FORMS = re.compile(r"\b(oy|oyj|ab|abp|ky|ay|tmi|ry|osk|ltd|inc|gmbh)\b")

Reason = Literal["uuid", "business_id", "name"]


@dataclass(frozen=True)
class Duplicate:
    """The customer a row repeats: in the database (`customer_id`) or an earlier row of
    the file (`line`), and why."""

    reason: Reason
    name: str
    customer_id: int | None = None
    team_id: int | None = None
    line: int | None = None
    score: float = 100.0
    uuid: str | None = None
    business_id: str | None = None

    @property
    def in_file(self) -> bool:
        return self.customer_id is None


def name_key(name: str) -> str:
    """A name as compared: lower case, no punctuation, no company form, single spaces."""
    return " ".join(_FORMS.sub(" ", default_process(name)).split())


def city_key(city: str | None) -> str:
    return " ".join((city or "").casefold().split())


class Known:
    """Customers seen so far, looked up by Raketti ID, business ID and (city, name)."""

    def __init__(self) -> None:
        self.by_uuid: dict[str, Duplicate] = {}
        self.by_business_id: dict[str, Duplicate] = {}
        # city -> name -> the customers of that name there
        self.names: dict[str, dict[str, list[Duplicate]]] = defaultdict(dict)

    def add(self, duplicate: Duplicate, city: str | None) -> None:
        if duplicate.uuid:
            self.by_uuid.setdefault(duplicate.uuid, duplicate)
        if duplicate.business_id:
            self.by_business_id.setdefault(duplicate.business_id, duplicate)
        key = name_key(duplicate.name)
        if key:
            self.names[city_key(city)].setdefault(key, []).append(duplicate)

    def match(
        self, name: str, uuid: str | None, business_id: str | None, city: str | None
    ) -> Duplicate | None:
        if uuid and uuid in self.by_uuid:
            return _as(self.by_uuid[uuid], "uuid")
        if business_id and business_id in self.by_business_id:
            return _as(self.by_business_id[business_id], "business_id")
        key = name_key(name)
        if not key:
            return None
        names = self.names.get(city_key(city))
        if not names:
            return None
        if key in names:
            candidates = [(key, 100.0)]
        else:
            found = process.extract(
                key, names.keys(), scorer=fuzz.ratio, score_cutoff=SIMILAR, limit=5
            )
            # Numbers tell apart what letters cannot: "Ravintola 1" is not "Ravintola 2".
            digits = _DIGITS.findall(key)
            candidates = [(n, s) for n, s, _i in found if _DIGITS.findall(n) == digits]
        for name, score in candidates:
            for other in names[name]:
                if not _told_apart(other, uuid, business_id):
                    return _as(other, "name", score)
        return None


def _told_apart(other: Duplicate, uuid: str | None, business_id: str | None) -> bool:
    """Different business IDs (or Raketti IDs) make two same-named customers two."""
    return bool(
        (business_id and other.business_id and business_id != other.business_id)
        or (uuid and other.uuid and uuid != other.uuid)
    )


def _as(found: Duplicate, reason: Reason, score: float = 100.0) -> Duplicate:
    return Duplicate(
        reason,
        found.name,
        found.customer_id,
        found.team_id,
        found.line,
        score,
        found.uuid,
        found.business_id,
    )


def in_database(session: Session, team_id: int) -> tuple[Known, set[str]]:
    """The database's customers (business IDs of every team, the rest of this team's) and
    every customer UUID in use (a row's ID is kept only when it is free)."""
    known = Known()
    taken: set[str] = set()
    rows = session.execute(
        select(
            Customer.id,
            Customer.team_id,
            Customer.uuid,
            Customer.name,
            Customer.city,
            Customer.business_id,
        )
    )
    for row in rows:
        taken.add(row.uuid)
        duplicate = Duplicate(
            "name", row.name, row.id, row.team_id, uuid=row.uuid, business_id=row.business_id
        )
        if row.team_id == team_id:
            known.add(duplicate, row.city)
        elif row.business_id:
            known.by_business_id.setdefault(row.business_id, duplicate)
    return known, taken
