"""Everything the customer's success tab shows, read in one go (off the GUI thread)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from app.customers.records import get_customer
from app.store import Store
from app.success import goals, lifecycle, risk, satisfaction
from app.success.health import HealthEntry, health_history, suggested_health
from models.customer import Contact
from models.ids import CustomerId
from models.success import CustomerSuccess


@dataclass
class CustomerSuccessView:
    customer_id: int
    name: str
    owner_id: int | None
    stage: str | None
    stage_since: date | None
    health: str | None
    health_since: date | None
    health_reason: str | None
    renewal_on: date | None
    reminder_weeks: int
    reminder_due: bool
    suggestion: Any  # app.success.rules.Suggestion
    stages: list[lifecycle.StageChange]
    healths: list[HealthEntry]
    flags: list[risk.Flag]
    goals: list[goals.Goal]
    entries: list[satisfaction.Entry]
    key_contacts: list[dict[str, Any]]
    contacts: list[dict[str, Any]]


def read_customer(
    store: Store, customer_id: int, today: date | None = None
) -> CustomerSuccessView | None:
    """The customer's success state, histories, goals, flags and satisfaction; None when
    the customer no longer exists."""
    today = today or date.today()
    customer = get_customer(store, CustomerId(customer_id))
    if customer is None:
        return None
    with store.read() as session:
        state = session.execute(
            select(CustomerSuccess).where(CustomerSuccess.customer_id == customer_id)
        ).scalar_one_or_none()
        contacts = [
            dict(r._mapping)
            for r in session.execute(
                select(Contact.id, Contact.name, Contact.roles, Contact.left_on)
                .where(Contact.customer_id == customer_id)
                .order_by(Contact.name)
            )
        ]
    renewal_on = state.renewal_on if state else None
    weeks = state.reminder_weeks if state else 4
    return CustomerSuccessView(
        customer_id=customer_id,
        name=customer.name,
        owner_id=customer.owner_id,
        stage=state.stage if state else None,
        stage_since=state.stage_since if state else None,
        health=state.health if state else None,
        health_since=state.health_since if state else None,
        health_reason=state.health_reason if state else None,
        renewal_on=renewal_on,
        reminder_weeks=weeks,
        reminder_due=lifecycle.reminder_due(renewal_on, weeks, today),
        suggestion=suggested_health(store, customer_id, today),
        stages=lifecycle.history(store, customer_id),
        healths=health_history(store, customer_id),
        flags=risk.flags_of(store, customer_id),
        goals=goals.goals_of(store, customer_id),
        entries=satisfaction.entries_of(store, customer_id),
        key_contacts=risk.key_contacts(store, customer_id),
        contacts=contacts,
    )
