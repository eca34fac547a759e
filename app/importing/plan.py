"""The import plan: every row of the file cleaned, its problems and duplicates found, and
what will happen to it (import as new, update the existing customer, skip).

The plan is a read (run it off the GUI thread); the user's choices change it in place and
`app.importing.apply` carries it out.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from app.importing.choice import Choice as Choice
from app.importing.duplicates import Duplicate, Known, in_database
from app.importing.mapping import ColumnMap, Mapping
from app.importing.source import Sheet, Source
from app.importing.values import (
    FLAT_CONTACT,
    Problem,
    SheetKind,
    clean_contact_row,
    clean_customer_row,
    kept_uuid,
    text_of,
)
from app.store import Store
from models.customer import Contact
from models.rules import QT_TRANSLATE_NOOP, ValidationError
from models.team import Member

Progress = Callable[[int, str], None]


@dataclass
class PlanRow:
    """A customer of the file (or a contact whose customer the file lacks: `sheet`
    "contacts", always a problem)."""

    sheet: SheetKind
    line: int
    name: str
    values: dict[str, Any] = field(default_factory=dict)  # cleaned customer fields
    uuid: str | None = None  # the row's Raketti ID, kept when free in the database
    file_uuid: str | None = None  # the ID as the file wrote it (contacts name it)
    referrer: str | None = None  # "referred by" as written
    referrer_row: int | None = None  # ... found among the file's rows (index)
    referrer_id: int | None = None  # ... or among the team's customers
    given: frozenset[str] = frozenset()  # the customer fields whose cell was not empty
    shown: dict[str, str] = field(default_factory=dict)  # cells as written, for the preview
    contacts: list[dict[str, Any]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    duplicate: Duplicate | None = None
    allowed: tuple[Choice, ...] = (Choice.NEW, Choice.SKIP)
    choice: Choice = Choice.NEW

    @property
    def bad(self) -> bool:
        return bool(self.problems)

    @property
    def wanted(self) -> bool:
        """The user wants this row in the database (imported or updating its customer)."""
        return self.choice is not Choice.SKIP


@dataclass
class Plan:
    team_id: int
    rows: list[PlanRow]
    ignored: list[str]  # headers of columns not imported
    contacts_sheet: bool

    def blocked(self) -> list[PlanRow]:
        """Bad rows the user has not chosen to skip: they stop an all-or-nothing import."""
        return [row for row in self.rows if row.bad and row.wanted]

    def choose(self, index: int, choice: Choice) -> bool:
        row = self.rows[index]
        if choice not in row.allowed:
            return False
        row.choice = choice
        return True

    def choose_for_duplicates(self, choice: Choice) -> int:
        """Set `choice` on every duplicate that allows it; how many changed."""
        changed = 0
        for row in self.rows:
            if row.duplicate is not None and choice in row.allowed and row.choice != choice:
                row.choice = choice
                changed += 1
        return changed


def _raw(row: list[Any], columns: ColumnMap) -> dict[str, Any]:
    raw: dict[str, Any] = {}
    for key, value in zip(columns, row, strict=False):
        if key is not None and key not in raw:
            raw[key] = value
    return raw


@dataclass
class _Team:
    team_id: int
    members: dict[str, int]  # casefolded name -> id
    customers: dict[str, int]  # casefolded name -> id (the team's, for "referred by")
    known: Known
    customer_uuids: set[str]
    contact_uuids: set[str]


def _read_team(store: Store, team_id: int, contact_uuids: set[str]) -> _Team:
    with store.read() as session:
        known, taken = in_database(session, team_id)
        members = {
            name.casefold(): member_id
            for member_id, name in session.execute(
                select(Member.id, Member.name).where(Member.team_id == team_id)
            )
        }
        customers: dict[str, int] = {}
        for names in known.names.values():
            for same in names.values():
                for duplicate in same:
                    if duplicate.customer_id is not None:
                        customers.setdefault(duplicate.name.casefold(), duplicate.customer_id)
        wanted = sorted(contact_uuids)
        used: set[str] = set()
        for start in range(0, len(wanted), 400):
            chunk = wanted[start : start + 400]
            used.update(session.scalars(select(Contact.uuid).where(Contact.uuid.in_(chunk))))
    return _Team(team_id, members, customers, known, taken, used)


def _problem(row: PlanRow, key: str, message: str, **args: object) -> None:
    row.problems.append(Problem(row.sheet, row.line, key, ValidationError(key, message, **args)))


def _customer_row(raw: dict[str, Any], line: int, team: _Team, flat: bool) -> PlanRow:
    values, problems = clean_customer_row(raw, line)
    row = PlanRow("customers", line, text_of(raw.get("name")) or "", values, problems=problems)
    row.file_uuid = kept_uuid(raw.get("uuid"))
    row.given = frozenset(key for key, value in raw.items() if text_of(value) not in (None, ""))
    row.shown = {key: (text_of(raw.get(key)) or "").strip() for key in ("business_id", "city")}
    owner = text_of(raw.get("owner"))
    if owner and owner.strip():
        member = team.members.get(owner.strip().casefold())
        if member is None:
            _problem(
                row,
                "owner",
                QT_TRANSLATE_NOOP("rules", "No member of the team is called {name}."),
                name=owner.strip()[:60],
            )
        else:
            row.values["owner_id"] = member
    referrer = text_of(raw.get("referred_by"))
    row.referrer = referrer.strip() if referrer and referrer.strip() else None
    if flat and any(text_of(raw.get(key)) for key in FLAT_CONTACT):
        contact_raw = {FLAT_CONTACT[k]: raw[k] for k in FLAT_CONTACT if k in raw}
        if not text_of(contact_raw.get("name")):
            # A list's e-mail and phone without a person are the company's own: its
            # general contact, named after it.
            contact_raw["name"] = row.name
        contact, contact_problems = clean_contact_row(contact_raw, "customers", line, FLAT_CONTACT)
        row.problems.extend(contact_problems)
        row.contacts.append(contact)
    return row


def _decide(row: PlanRow, team: _Team, in_file: Known) -> None:
    """Find what the row repeats and which choices it allows (skip first for repeats)."""
    business_id = row.values.get("business_id")
    city = row.values.get("city")
    found = team.known.match(row.name, row.file_uuid, business_id, city)
    if found is not None and found.team_id is not None and found.team_id != team.team_id:
        _problem(
            row,
            "business_id",
            QT_TRANSLATE_NOOP("rules", "{name} already has this business ID."),
            name=found.name,
        )
        found = None
    if found is None:
        found = in_file.match(row.name, row.file_uuid, business_id, city)
    row.duplicate = found
    free = row.file_uuid and row.file_uuid not in team.customer_uuids
    if free and (found is None or found.reason != "uuid"):
        row.uuid = row.file_uuid
    if found is None:
        row.allowed, row.choice = (Choice.NEW, Choice.SKIP), Choice.NEW
    elif found.in_file:
        # The file's earlier row is imported (or chosen) on its own; a second business ID
        # or ID could not be stored, a similar name may be another customer.
        new = (Choice.NEW,) if found.reason == "name" else ()
        row.allowed, row.choice = (Choice.SKIP, *new), Choice.SKIP
    else:
        new = (Choice.NEW,) if found.reason == "name" else ()
        row.allowed, row.choice = (Choice.SKIP, Choice.UPDATE, *new), Choice.SKIP
    in_file.add(
        Duplicate("name", row.name, line=row.line, uuid=row.file_uuid, business_id=business_id),
        city,
    )


def _link_contacts(plan: Plan, sheet: Sheet, columns: ColumnMap, team: _Team) -> None:
    """Attach each row of the Contacts sheet to its customer's row (by the customer's ID,
    else by its name); a contact whose customer the file lacks is a problem row."""
    by_uuid = {row.file_uuid: row for row in plan.rows if row.file_uuid}
    by_name: dict[str, PlanRow] = {}
    for row in plan.rows:
        by_name.setdefault(row.name.casefold(), row)
    for values, line in zip(sheet.rows, sheet.lines, strict=True):
        raw = _raw(values, columns)
        contact, problems = clean_contact_row(raw, "contacts", line)
        uuid = kept_uuid(raw.get("uuid"))
        if uuid and uuid not in team.contact_uuids:
            contact["uuid"] = uuid
            team.contact_uuids.add(uuid)  # a second row with the same ID gets a new one
        owner_uuid = kept_uuid(raw.get("customer_uuid"))
        owner_name = (text_of(raw.get("customer")) or "").strip().casefold()
        parent = by_uuid.get(owner_uuid) if owner_uuid else by_name.get(owner_name)
        if parent is None:
            orphan = PlanRow("contacts", line, text_of(raw.get("name")) or "", problems=problems)
            _problem(
                orphan,
                "customer_uuid" if owner_uuid else "customer",
                QT_TRANSLATE_NOOP("rules", "No customer of the file is this contact's customer."),
            )
            plan.rows.append(orphan)
            continue
        parent.problems.extend(problems)
        parent.contacts.append(contact)


def _resolve_referrers(plan: Plan, team: _Team) -> None:
    first_by_name: dict[str, int] = {}
    for index, row in enumerate(plan.rows):
        if row.sheet == "customers":
            first_by_name.setdefault(row.name.casefold(), index)
    for row in plan.rows:
        if row.referrer is None:
            continue
        key = row.referrer.casefold()
        if key in first_by_name:
            row.referrer_row = first_by_name[key]
        elif key in team.customers:
            row.referrer_id = team.customers[key]
        else:
            _problem(
                row,
                "referred_by",
                QT_TRANSLATE_NOOP("rules", "No customer called {name} in the file or the team."),
                name=row.referrer[:60],
            )


def build_plan(
    store: Store,
    team_id: int,
    source: Source,
    mapping: Mapping,
    progress: Progress | None = None,
) -> Plan:
    """Clean every row, find duplicates, and choose the defaults (a read: no writes)."""
    report: Progress = progress or (lambda _p, _s: None)
    contact_uuids: set[str] = set()
    if source.contacts is not None and mapping.contacts and "uuid" in mapping.contacts:
        column = mapping.contacts.index("uuid")
        for values in source.contacts.rows:
            found = kept_uuid(values[column] if column < len(values) else None)
            if found:
                contact_uuids.add(found)
    team = _read_team(store, team_id, contact_uuids)
    flat = source.contacts is None
    ignored = [
        h for h, k in zip(source.customers.headers, mapping.customers, strict=False) if not k
    ]
    plan = Plan(team_id, [], [h for h in ignored if h], contacts_sheet=not flat)
    in_file = Known()
    sheet = source.customers
    stage = QT_TRANSLATE_NOOP("importing", "Checking the rows…")
    for number, (values, line) in enumerate(zip(sheet.rows, sheet.lines, strict=True)):
        row = _customer_row(_raw(values, mapping.customers), line, team, flat)
        _decide(row, team, in_file)
        plan.rows.append(row)
        if number % 1000 == 999:
            report(number * 90 // len(sheet.rows), stage)
    if source.contacts is not None and mapping.contacts is not None:
        _link_contacts(plan, source.contacts, mapping.contacts, team)
    _resolve_referrers(plan, team)
    report(100, stage)
    return plan
