"""Carrying out an import plan in one transaction, and taking it back as one undo step.

All or nothing by default: a bad row the user has not chosen to skip stops the import
before anything is written. With `valid_only` the bad rows are skipped instead. Rows are
written with Core executemany (ten thousand customers in a second), not one ORM object at
a time; the FTS triggers keep the search index current as for any other insert.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from app.changes import Changes, Kind
from app.customers.contacts import CONTACT_TABLE
from app.customers.records import CUSTOMER_TABLE
from app.importing.plan import Choice, Plan, PlanRow
from app.importing.source import SourceError
from app.privacy import consent
from app.segments.values import HISTORY_COLUMNS, record_scores
from app.store import Store
from models.all import metadata
from models.base import new_uuid, utcnow
from models.rules import QT_TRANSLATE_NOOP, LadderLevel, SizeClass

Progress = Callable[[int, str], None]
Action = Literal["imported", "updated", "skipped", "invalid", "refused"]
_BATCH = 500
HISTORY_TABLE = metadata.tables["customer_score_history"]
CHANGES = Changes.of(Kind.CUSTOMER, Kind.CONTACT, Kind.CONSENT)


@dataclass
class ImportReport:
    """What happened to each row of the plan (by index), and the contacts added."""

    actions: list[Action]
    contacts: int = 0
    refused: bool = False  # all or nothing, and bad rows: nothing was written
    dry_run: bool = False

    def count(self, action: Action) -> int:
        return sum(1 for a in self.actions if a == action)

    @property
    def complete(self) -> bool:
        """Every row the user wanted is in the database (exit code 0 of the command)."""
        return not self.refused and not any(a in {"invalid", "refused"} for a in self.actions)


@dataclass
class ImportUndo:
    """What undoing the import needs: the customers it created, the contacts it added to
    customers that existed, and the values it replaced in those."""

    created: list[int] = field(default_factory=list)
    contacts: list[int] = field(default_factory=list)
    previous: dict[int, dict[str, Any]] = field(default_factory=dict)


def actions_for(plan: Plan, valid_only: bool) -> ImportReport:
    """Each row's fate before anything is written (also the dry run's answer)."""
    refused = not valid_only and bool(plan.blocked())
    actions: list[Action] = []
    for row in plan.rows:
        if not row.wanted:
            actions.append("skipped")
        elif row.bad:
            actions.append("invalid")
        elif refused:
            actions.append("refused")
        else:
            actions.append("updated" if row.choice is Choice.UPDATE else "imported")
    contacts = sum(
        len(row.contacts) for row, a in zip(plan.rows, actions, strict=True) if a == "imported"
    )
    return ImportReport(actions, contacts, refused)


def apply_import(
    store: Store, plan: Plan, valid_only: bool = False, progress: Progress | None = None
) -> tuple[ImportReport, ImportUndo | None]:
    """Write the plan in one transaction; (report, what undo needs) — None when refused."""
    report = actions_for(plan, valid_only)
    if report.refused:
        return report, None
    tell: Progress = progress or (lambda _p, _s: None)
    undo = ImportUndo()
    with store.write(CHANGES) as session:
        stage = QT_TRANSLATE_NOOP("importing", "Importing…")
        new = [i for i, a in enumerate(report.actions) if a == "imported"]
        _check_still_free(session, [plan.rows[i] for i in new])
        ids = _insert_customers(session, plan, new, tell, stage)
        undo.created = list(ids.values())
        for index, action in enumerate(report.actions):
            row = plan.rows[index]
            if action == "updated" and row.duplicate and row.duplicate.customer_id:
                ids[index] = row.duplicate.customer_id
            elif action == "skipped" and row.duplicate and row.duplicate.customer_id:
                ids.setdefault(index, row.duplicate.customer_id)  # a referrer it names
        updated = [i for i, a in enumerate(report.actions) if a == "updated"]
        undo.previous = _update_customers(session, plan, updated, ids)
        _tie_referrers(session, plan, new, ids)
        tell(80, stage)
        added, undo.contacts = _insert_contacts(session, plan, new, updated, ids)
        report.contacts = added
        _record_history(session, plan, new, ids)
        tell(100, stage)
    return report, undo


def _check_still_free(session: Session, rows: list[PlanRow]) -> None:
    """The preview was read before the user chose: refuse if a business ID was taken since."""
    wanted = {r.values["business_id"]: r for r in rows if r.values.get("business_id")}
    keys = sorted(wanted)
    for start in range(0, len(keys), 400):
        chunk = keys[start : start + 400]
        found = session.execute(
            select(CUSTOMER_TABLE.c.business_id, CUSTOMER_TABLE.c.name).where(
                CUSTOMER_TABLE.c.business_id.in_(chunk)
            )
        ).first()
        if found is not None:
            raise SourceError(
                QT_TRANSLATE_NOOP(
                    "importing",
                    "The database changed after the check: {name} has the business ID "
                    "{business_id} now. Check the file again.",
                ),
                name=found.name,
                business_id=found.business_id,
            )


def _customer_record(plan: Plan, row: PlanRow, now: Any) -> dict[str, Any]:
    record: dict[str, Any] = dict.fromkeys(c.name for c in CUSTOMER_TABLE.c if c.name != "id")
    record.update(
        team_id=plan.team_id,
        size_class=SizeClass.SMALL.value,
        ladder_level=LadderLevel.A3.value,
        archived=False,
        created_at=now,
        updated_at=now,
    )
    record.update(row.values)
    record["uuid"] = row.uuid or new_uuid()
    record["referred_by_customer_id"] = row.referrer_id
    return record


def _insert_customers(
    session: Session, plan: Plan, new: list[int], tell: Progress, stage: str
) -> dict[int, int]:
    """Insert the new customers; the plan index → customer id of each."""
    now = utcnow()
    ids: dict[int, int] = {}
    statement = insert(CUSTOMER_TABLE).returning(CUSTOMER_TABLE.c.id, sort_by_parameter_order=True)
    for start in range(0, len(new), _BATCH):
        chunk = new[start : start + _BATCH]
        records = [_customer_record(plan, plan.rows[i], now) for i in chunk]
        result = session.execute(statement, records)
        ids.update(zip(chunk, result.scalars(), strict=True))
        tell(min(70, (start + len(chunk)) * 70 // max(len(new), 1)), stage)
    return ids


def _update_customers(
    session: Session, plan: Plan, updated: list[int], ids: dict[int, int]
) -> dict[int, dict[str, Any]]:
    """Set the fields the file gives (an empty cell changes nothing); the values replaced."""
    previous: dict[int, dict[str, Any]] = {}
    for index in updated:
        row = plan.rows[index]
        customer_id = ids[index]
        values = {k: v for k, v in row.values.items() if k in row.given or k == "owner_id"}
        referrer = ids.get(row.referrer_row) if row.referrer_row is not None else None
        referrer = referrer or row.referrer_id
        if referrer is not None and referrer != customer_id:
            values["referred_by_customer_id"] = referrer
        if not values:
            continue
        columns = [CUSTOMER_TABLE.c[k] for k in values]
        before = session.execute(select(*columns).where(CUSTOMER_TABLE.c.id == customer_id)).one()
        replaced = {k: v for k, v in before._mapping.items() if v != values[k]}
        if replaced:  # an update to the same values is no change to undo
            previous[customer_id] = replaced
            set_values(session, customer_id, {k: values[k] for k in replaced})
    return previous


def set_values(session: Session, customer_id: int, values: dict[str, Any]) -> None:
    """Put `values` on a customer, keeping its score history (as an edit in the form does)."""
    session.execute(update(CUSTOMER_TABLE).where(CUSTOMER_TABLE.c.id == customer_id).values(values))
    if HISTORY_COLUMNS & values.keys():
        record_scores(session, customer_id)


def _tie_referrers(session: Session, plan: Plan, new: list[int], ids: dict[int, int]) -> None:
    """ "Referred by" another row of the file: known only once that row has its id."""
    ties = []
    for index in new:
        row = plan.rows[index]
        if row.referrer_row is not None and row.referrer_row in ids:
            referrer = ids[row.referrer_row]
            if referrer != ids[index]:
                ties.append({"_id": ids[index], "_referrer": referrer})
    if ties:
        session.execute(
            update(CUSTOMER_TABLE)
            .where(CUSTOMER_TABLE.c.id == bindparam("_id"))
            .values(referred_by_customer_id=bindparam("_referrer")),
            ties,
        )


def _insert_contacts(
    session: Session, plan: Plan, new: list[int], updated: list[int], ids: dict[int, int]
) -> tuple[int, list[int]]:
    """The contacts of new customers, and those an updated customer does not have yet (by
    ID or name); (how many, the ids of those added to existing customers)."""
    now = utcnow()
    blank = dict.fromkeys(c.name for c in CONTACT_TABLE.c if c.name != "id")
    blank.update(roles="", advocate=False, marketing_consent=False)
    records: list[dict[str, Any]] = []
    for index in new:
        records.extend(
            _contact_record(blank, c, ids[index], now) for c in plan.rows[index].contacts
        )
    on_existing: list[dict[str, Any]] = []
    for index in updated:
        customer_id = ids[index]
        have = session.execute(
            select(CONTACT_TABLE.c.uuid, CONTACT_TABLE.c.name).where(
                CONTACT_TABLE.c.customer_id == customer_id
            )
        ).all()
        uuids, names = {r.uuid for r in have}, {r.name.casefold() for r in have}
        for contact in plan.rows[index].contacts:
            if contact.get("uuid") in uuids or contact["name"].casefold() in names:
                continue
            on_existing.append(_contact_record(blank, contact, customer_id, now))
    if records:
        for start in range(0, len(records), _BATCH):
            session.execute(insert(CONTACT_TABLE), records[start : start + _BATCH])
    added: list[int] = []
    if on_existing:
        statement = insert(CONTACT_TABLE).returning(
            CONTACT_TABLE.c.id, sort_by_parameter_order=True
        )
        added = list(session.execute(statement, on_existing).scalars())
    # A consent column: the history's first row, source "import" (app/privacy/consent.py).
    consent.record_imported(
        session, [r["uuid"] for r in (*records, *on_existing) if r.get("marketing_consent")]
    )
    return len(records) + len(on_existing), added


def _contact_record(
    blank: dict[str, Any], contact: dict[str, Any], customer_id: int, now: Any
) -> dict[str, Any]:
    record = {**blank, **contact, "customer_id": customer_id, "created_at": now}
    record["updated_at"] = now
    record["uuid"] = contact.get("uuid") or new_uuid()
    return record


def _record_history(session: Session, plan: Plan, new: list[int], ids: dict[int, int]) -> None:
    """The score history's first row for each new customer with scores or revenue: what
    `record_scores` adds for a new customer, written in one batch for ten thousand."""
    today = date.today()
    now = utcnow()
    rows = []
    for index in new:
        values = plan.rows[index].values
        scores = {column: values.get(column) for column in HISTORY_COLUMNS}
        if any(v is not None for v in scores.values()):
            rows.append(
                {
                    **scores,
                    "customer_id": ids[index],
                    "valid_from": today,
                    "uuid": new_uuid(),
                    "created_at": now,
                    "updated_at": now,
                }
            )
    for start in range(0, len(rows), _BATCH):
        session.execute(insert(HISTORY_TABLE), rows[start : start + _BATCH])
