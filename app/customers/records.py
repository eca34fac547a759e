"""Customer use cases: list, search, create, edit, archive, delete and restore."""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.changes import Changes, Kind
from app.customers.listing import CustomerQuery
from app.deletion import RowSnapshot, delete_with_snapshot, restore
from app.errors import InvalidRecord, check_exist, existing, raise_if
from app.operations import edit_fields
from app.segments.values import HISTORY_COLUMNS, record_scores
from app.store import Store
from models.all import metadata
from models.customer import Contact, Customer
from models.customer_fields import CUSTOMER, CustomerRecord
from models.fields import FieldKind, check_values
from models.ids import CustomerId
from models.rules import QT_TRANSLATE_NOOP, ValidationError
from models.team import Member, TeamCompany

CUSTOMER_TABLE = metadata.tables["customer"]

# The fields a customer's form and an import write (models/customer_fields.py).
CUSTOMER_FIELDS = tuple(field.key for field in CUSTOMER.edited())
REFERENCES = tuple(field.key for field in CUSTOMER.of_kind(FieldKind.REFERENCE))


def clean_customer(data: dict[str, Any]) -> dict[str, Any]:
    """Validate and normalise the fields present in `data` by the catalogue's rules; raise
    InvalidRecord with every rule broken."""
    out, errors = check_values(CUSTOMER, data)
    raise_if(errors)
    return out


def _check_references(session: Session, team_id: int, values: dict[str, Any]) -> None:
    """The owner, the referring customer and contact must exist, in the customer's team."""
    errors: list[ValidationError] = []
    check_exist(
        session, Member.id, [values.get("owner_id")], "owner_id", errors, Member.team_id == team_id
    )
    check_exist(
        session,
        Customer.id,
        [values.get("referred_by_customer_id")],
        "referred_by_customer_id",
        errors,
        Customer.team_id == team_id,
    )
    in_team = select(Customer.id).where(Customer.team_id == team_id)
    check_exist(
        session,
        Contact.id,
        [values.get("referred_by_contact_id")],
        "referred_by_contact_id",
        errors,
        Contact.customer_id.in_(in_team),
    )
    raise_if(errors)


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


# --- reading ------------------------------------------------------------------------------


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


def get_customer(store: Store, customer_id: CustomerId) -> CustomerRecord | None:
    with store.read() as session:
        customer = session.get(Customer, customer_id)
        return None if customer is None else customer_record(customer)


def customer_record(customer: Customer) -> CustomerRecord:
    """The typed record of a customer row (its ids and every catalogue field)."""
    values = {key: getattr(customer, key) for key in CUSTOMER.field_keys()}
    ids = CustomerId(customer.id)
    return CustomerRecord(id=ids, uuid=customer.uuid, team_id=customer.team_id, **values)


# --- writes ------------------------------------------------------------------------------


def create_customer(store: Store, team_id: int, data: dict[str, Any]) -> int:
    values = clean_customer({"name": data.get("name", ""), **data})
    with store.write(Changes.of(Kind.CUSTOMER)) as session:
        errors: list[ValidationError] = []
        existing(session, TeamCompany.id, team_id, "team", errors, required=True)
        raise_if(errors)
        _check_references(session, team_id, values)
        _check_unique_business_id(session, values.get("business_id"), None)
        customer = Customer(team_id=team_id, **values)
        session.add(customer)
        session.flush()
        record_scores(session, customer.id)  # the balloon chart shows where it started
        return customer.id


def update_customer(store: Store, customer_id: CustomerId, data: dict[str, Any]) -> dict[str, Any]:
    """Apply changes; return the previous values of the changed fields (for undo)."""
    return edit_fields(
        store,
        Customer,
        customer_id,
        data,
        Changes.of(Kind.CUSTOMER, ids={customer_id}),
        clean=clean_customer,
        check=_check_edit,
        after=_after_edit,
    )


def _check_edit(session: Session, customer: Customer, values: dict[str, Any]) -> None:
    if "business_id" in values:
        _check_unique_business_id(session, values["business_id"], customer.id)
    if values.get("referred_by_customer_id") == customer.id:
        raise InvalidRecord(
            [
                ValidationError(
                    "referred_by_customer_id",
                    QT_TRANSLATE_NOOP("rules", "A customer cannot refer itself."),
                )
            ]
        )
    _check_references(session, customer.team_id, values)


def _after_edit(session: Session, customer: Customer, values: dict[str, Any]) -> None:
    if HISTORY_COLUMNS & values.keys():  # scores over time, for the value charts
        record_scores(session, customer.id)


def delete_customer(store: Store, customer_id: int) -> RowSnapshot:
    """Delete a customer with everything that depends on it; return what undo needs.

    The snapshot is taken from the foreign keys of every area's tables (app.deletion):
    contacts, interactions, ladder moves, segment placements, strategies, and the
    referrals of other customers that the delete cuts.
    """
    with store.write(Changes.of(Kind.CUSTOMER, ids={customer_id})) as session:
        return delete_with_snapshot(session, CUSTOMER_TABLE, [customer_id])


def restore_customer(store: Store, snapshot: RowSnapshot) -> int:
    """Put back a deleted customer exactly as it was (same ids, UUIDs and timestamps)."""
    customer_id = int(snapshot.root_ids[0])
    restore(store, snapshot, Changes.of(Kind.CUSTOMER, ids={customer_id}))
    return customer_id
