"""Customer use cases: list, search, create, edit, archive, delete and restore."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session
from sqlalchemy.sql import Executable

from app.changes import Changes, Kind
from app.customers.listing import LIST_COLUMNS as LIST_COLUMNS
from app.customers.listing import CustomerQuery as CustomerQuery
from app.customers.listing import count_rows as count_rows
from app.customers.listing import fts_query as fts_query
from app.errors import InvalidRecord
from app.segments.values import HISTORY_COLUMNS, record_scores
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


# --- the list (app.customers.listing; these names are kept here for existing callers) ----


def find_names(store: Store, team_id: int, text: str, limit: int = 20) -> list[tuple[int, str]]:
    """Customers for a picker: full-text prefix matches, in name order."""
    query = CustomerQuery(team_id=team_id, search=text)
    with store.read() as session:
        stmt = query.base([Customer.id, Customer.name]).order_by(Customer.name).limit(limit)
        return [(row.id, row.name) for row in session.execute(stmt)]


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
        record_scores(session, customer.id)  # the balloon chart shows where it started
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
        if HISTORY_COLUMNS & values.keys():  # scores over time, for the value charts
            session.flush()
            record_scores(session, customer_id)
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
