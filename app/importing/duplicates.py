"""Which rows of a file are customers the database (or the file itself) already has.

A row is a duplicate when it carries the Raketti ID of a customer of the team (a re-import
of an export), the business ID of any customer (business IDs are unique in the whole
database), or a near-identical name in the same city: names are compared without case,
punctuation and the company form ("Kahvila Aalto Oy" is "kahvila aalto"), with
rapidfuzz's ratio at `SIMILAR` or above.
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
        self.names: dict[str, dict[str, Duplicate]] = defaultdict(dict)  # city -> name -> dup

    def add(
        self, duplicate: Duplicate, uuid: str | None, business_id: str | None, city: str | None
    ) -> None:
        if uuid:
            self.by_uuid.setdefault(uuid, duplicate)
        if business_id:
            self.by_business_id.setdefault(business_id, duplicate)
        key = name_key(duplicate.name)
        if key:
            self.names[city_key(city)].setdefault(key, duplicate)

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
        exact = names.get(key)
        if exact is not None:
            return _as(exact, "name")
        found = process.extractOne(key, names.keys(), scorer=fuzz.ratio, score_cutoff=SIMILAR)
        if found is None:
            return None
        return _as(names[found[0]], "name", found[1])


def _as(found: Duplicate, reason: Reason, score: float = 100.0) -> Duplicate:
    return Duplicate(reason, found.name, found.customer_id, found.team_id, found.line, score)


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
        duplicate = Duplicate("name", row.name, row.id, row.team_id)
        if row.team_id == team_id:
            known.add(duplicate, row.uuid, row.business_id, row.city)
        elif row.business_id:
            known.by_business_id.setdefault(row.business_id, duplicate)
    return known, taken
