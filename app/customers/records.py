"""Customer use cases: list, search, create, edit, archive, delete and restore."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, column, delete, func, insert, literal_column, select, table, update
from sqlalchemy.orm import Session
from sqlalchemy.sql import Executable

from app.changes import Changes, Kind
from app.errors import InvalidRecord
from app.store import Store
from models.all import metadata
from models.customer import (
    SCORE_COLUMNS,
    Contact,
    Customer,
    Interaction,
    interaction_contact,
    interaction_member,
)
from models.rules import (
    QT_TRANSLATE_NOOP,
    LadderLevel,
    SizeClass,
    ValidationError,
    check_required,
    check_score,
    normalize_business_id,
    normalize_website,
)
from models.team import Member

CUSTOMER_FIELDS = (
    "name",
    "business_id",
    "industry",
    "city",
    "website",
    "size_class",
    "ladder_level",
    "owner_id",
    "referred_by_customer_id",
    "referred_by_contact_id",
    "annual_revenue",
    *SCORE_COLUMNS,
    "notes",
    "archived",
)


def _text(value: Any) -> str | None:
    text = str(value).strip() if value is not None else ""
    return text or None


def clean_customer(data: dict[str, Any]) -> dict[str, Any]:
    """Validate and normalise the fields present in `data`; raise InvalidRecord."""
    errors: list[ValidationError] = []
    out: dict[str, Any] = {}

    def attempt(key: str, fn: Any) -> None:
        if key in data:
            try:
                out[key] = fn(data[key])
            except ValidationError as error:
                errors.append(error)

    attempt("name", lambda v: check_required(v, "name"))
    attempt("business_id", normalize_business_id)
    attempt("website", normalize_website)
    for key in ("industry", "city", "notes"):
        attempt(key, _text)
    attempt("size_class", lambda v: _enum(SizeClass, v or SizeClass.SMALL.value, "size_class"))
    attempt("ladder_level", lambda v: _enum(LadderLevel, v or "A3", "ladder_level"))
    for key in SCORE_COLUMNS:
        attempt(key, lambda v, k=key: check_score(_int_or_none(v, k), k))
    attempt("annual_revenue", _revenue)
    for key in ("owner_id", "referred_by_customer_id", "referred_by_contact_id"):
        attempt(key, lambda v, k=key: _int_or_none(v, k))
    if "archived" in data:
        out["archived"] = bool(data["archived"])
    if errors:
        raise InvalidRecord(errors)
    return out


def _enum(kind: Any, value: str, key: str) -> str:
    try:
        return kind(value).value
    except ValueError:
        raise ValidationError(
            key, QT_TRANSLATE_NOOP("rules", "Unknown value: {value}"), value=value
        ) from None


def _int_or_none(value: Any, key: str) -> int | None:
    if value is None or value == "":
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        raise ValidationError(key, QT_TRANSLATE_NOOP("rules", "Write a whole number.")) from None


def _revenue(value: Any) -> float | None:
    if value is None or value == "":
        return None
    text = str(value).replace("\u00a0", "").replace(" ", "").replace("€", "").replace(",", ".")
    try:
        number = float(text)
    except ValueError:
        raise ValidationError(
            "annual_revenue", QT_TRANSLATE_NOOP("rules", "Write the revenue as a number of euros.")
        ) from None
    if number < 0:
        raise ValidationError(
            "annual_revenue", QT_TRANSLATE_NOOP("rules", "Revenue cannot be negative.")
        )
    return number


def _check_unique_business_id(
    session: Session, business_id: str | None, own_id: int | None
) -> None:
    if not business_id:
        return
    other = session.execute(
        select(Customer.id, Customer.name).where(Customer.business_id == business_id)
    ).first()
    if other and other.id != own_id:
        raise InvalidRecord(
            [
                ValidationError(
                    "business_id",
                    QT_TRANSLATE_NOOP("rules", "{name} already has this business ID."),
                    name=other.name,
                )
            ]
        )


# --- queries for the table ---------------------------------------------------------------

last_contact = (
    select(func.max(Interaction.occurred_on))
    .where(Interaction.customer_id == Customer.id)
    .correlate(Customer)
    .scalar_subquery()
)
next_due = (
    select(func.min(Interaction.next_step_due))
    .where(Interaction.customer_id == Customer.id, Interaction.next_step_due.is_not(None))
    .correlate(Customer)
    .scalar_subquery()
)

# Column key -> SQL expression; the table model shows these, sorting happens in SQL.
LIST_COLUMNS: dict[str, Any] = {
    "name": Customer.name,
    "business_id": Customer.business_id,
    "city": Customer.city,
    "industry": Customer.industry,
    "size_class": Customer.size_class,
    "ladder_level": Customer.ladder_level,
    "owner": Member.name,
    "last_contact": last_contact,
    "next_due": next_due,
}


# The FTS5 index (migration 0001): rowid is the customer's id.
customer_fts = table("customer_fts", column("rowid"))


def fts_query(text: str) -> str | None:
    """Turn what the user typed into an FTS5 prefix query: every word must match."""
    words = [w for w in re.split(r"[^\w]+", text.lower()) if w]
    if not words:
        return None
    return " AND ".join(f'"{w}"*' for w in words)


@dataclass(frozen=True)
class CustomerQuery:
    team_id: int
    search: str = ""
    include_archived: bool = False
    sort_key: str = "name"
    descending: bool = False
    filters: dict[str, Any] = field(default_factory=dict)

    def base(self, columns: list[Any]) -> Select[Any]:
        stmt = (
            select(*columns)
            .select_from(Customer)
            .outerjoin(Member, Member.id == Customer.owner_id)
            .where(Customer.team_id == self.team_id)
        )
        if not self.include_archived:
            stmt = stmt.where(Customer.archived.is_(False))
        for key, value in self.filters.items():
            stmt = stmt.where(getattr(Customer, key) == value)
        match = fts_query(self.search)
        if match:
            fts = select(customer_fts.c.rowid).where(
                literal_column("customer_fts").op("MATCH")(match)
            )
            stmt = stmt.where(Customer.id.in_(fts))
        return stmt

    def ordered(self) -> Select[Any]:
        """Every matching row with the table's columns, in the chosen order."""
        sort = LIST_COLUMNS.get(self.sort_key, Customer.name)
        order = sort.desc() if self.descending else sort.asc()
        columns = [Customer.id, *(expr.label(key) for key, expr in LIST_COLUMNS.items())]
        columns.append(Customer.archived)
        return self.base(columns).order_by(order.nulls_last(), Customer.name, Customer.id)

    def rows(self, offset: int, limit: int) -> Select[Any]:
        return self.ordered().offset(offset).limit(limit)

    def count(self) -> Select[Any]:
        return self.base([func.count(Customer.id)])


def fetch_rows(store: Store, query: CustomerQuery, offset: int, limit: int) -> list[Any]:
    return store.rows(query.rows(offset, limit))


def count_rows(store: Store, query: CustomerQuery) -> int:
    return int(store.rows(query.count())[0][0])


def find_names(store: Store, team_id: int, text: str, limit: int = 20) -> list[tuple[int, str]]:
    """Customers for a picker: full-text prefix matches, in name order, as (id, label).

    The label is the name; customers of the same name are told apart by their city and
    business ID ("Kahvila Aalto (Jyväskylä, 0737546-2)")."""
    query = CustomerQuery(team_id=team_id, search=text)
    columns = [Customer.id, Customer.name, Customer.city, Customer.business_id]
    with store.read() as session:
        stmt = query.base(columns).order_by(Customer.name, Customer.id).limit(limit)
        rows = list(session.execute(stmt))
    named = Counter(row.name for row in rows)
    return [(row.id, _label(row) if named[row.name] > 1 else row.name) for row in rows]


def _label(row: Any) -> str:
    details = ", ".join(d for d in (row.city, row.business_id) if d)
    return f"{row.name} ({details})" if details else row.name


def get_customer(store: Store, customer_id: int) -> dict[str, Any] | None:
    with store.read() as session:
        customer = session.get(Customer, customer_id)
        if customer is None:
            return None
        values = {key: getattr(customer, key) for key in CUSTOMER_FIELDS}
        values["id"] = customer.id
        values["uuid"] = customer.uuid
        values["team_id"] = customer.team_id
        return values


# --- writes ------------------------------------------------------------------------------


def create_customer(store: Store, team_id: int, data: dict[str, Any]) -> int:
    values = clean_customer({"name": data.get("name", ""), **data})
    with store.write(Changes.of(Kind.CUSTOMER)) as session:
        _check_unique_business_id(session, values.get("business_id"), None)
        customer = Customer(team_id=team_id, **values)
        session.add(customer)
        session.flush()
        return customer.id


def update_customer(store: Store, customer_id: int, data: dict[str, Any]) -> dict[str, Any]:
    """Apply changes; return the previous values of the changed fields (for undo)."""
    values = clean_customer(data)
    with store.write(Changes.of(Kind.CUSTOMER, ids={customer_id})) as session:
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise LookupError(customer_id)
        if "business_id" in values:
            _check_unique_business_id(session, values["business_id"], customer_id)
        if values.get("referred_by_customer_id") == customer_id:
            raise InvalidRecord(
                [
                    ValidationError(
                        "referred_by_customer_id",
                        QT_TRANSLATE_NOOP("rules", "A customer cannot refer itself."),
                    )
                ]
            )
        previous = {key: getattr(customer, key) for key in values}
        for key, value in values.items():
            setattr(customer, key, value)
        return previous


# A snapshot holds the rows a deletion removes, so that undo can put them back as they were.
Snapshot = dict[str, list[dict[str, Any]]]

_SNAPSHOT_TABLES = (
    (metadata.tables["customer"], "customer"),
    (metadata.tables["contact"], "contact"),
    (metadata.tables["interaction"], "interaction"),
    (interaction_member, "interaction_member"),
    (interaction_contact, "interaction_contact"),
)


def _rows(session: Session, stmt: Executable) -> list[dict[str, Any]]:
    return [dict(row._mapping) for row in session.execute(stmt)]


def delete_customer(store: Store, customer_id: int) -> Snapshot:
    """Delete a customer with its contacts and interactions; return what undo needs."""
    with store.write(Changes.of(Kind.CUSTOMER, ids={customer_id})) as session:
        contact_ids = select(Contact.id).where(Contact.customer_id == customer_id)
        interaction_ids = select(Interaction.id).where(Interaction.customer_id == customer_id)
        snapshot: Snapshot = {
            "customer": _rows(
                session, select(Customer.__table__).where(Customer.id == customer_id)
            ),
            "contact": _rows(
                session, select(Contact.__table__).where(Contact.customer_id == customer_id)
            ),
            "interaction": _rows(
                session, select(Interaction.__table__).where(Interaction.customer_id == customer_id)
            ),
            "interaction_member": _rows(
                session,
                select(interaction_member).where(
                    interaction_member.c.interaction_id.in_(interaction_ids)
                ),
            ),
            "interaction_contact": _rows(
                session,
                select(interaction_contact).where(
                    interaction_contact.c.interaction_id.in_(interaction_ids)
                    | interaction_contact.c.contact_id.in_(contact_ids)
                ),
            ),
            # Links that ON DELETE SET NULL will cut, to be tied again on undo.
            "referred_customer": _rows(
                session,
                select(Customer.id).where(Customer.referred_by_customer_id == customer_id),
            ),
            "referred_contact": _rows(
                session,
                select(Customer.id, Customer.referred_by_contact_id).where(
                    Customer.referred_by_contact_id.in_(contact_ids)
                ),
            ),
        }
        if not snapshot["customer"]:
            raise LookupError(customer_id)
        session.execute(delete(Customer).where(Customer.id == customer_id))
        return snapshot


def restore_customer(store: Store, snapshot: Snapshot) -> int:
    """Put back a deleted customer exactly as it was (same ids and UUIDs)."""
    customer_id = snapshot["customer"][0]["id"]
    with store.write(Changes.of(Kind.CUSTOMER, ids={customer_id})) as session:
        for table, key in _SNAPSHOT_TABLES:
            if snapshot[key]:
                session.execute(insert(table), snapshot[key])
        for row in snapshot["referred_customer"]:
            session.execute(
                update(Customer)
                .where(Customer.id == row["id"])
                .values(referred_by_customer_id=customer_id)
            )
        for row in snapshot["referred_contact"]:
            session.execute(
                update(Customer)
                .where(Customer.id == row["id"])
                .values(referred_by_contact_id=row["referred_by_contact_id"])
            )
    return customer_id
