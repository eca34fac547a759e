"""Hand-built data for the success tests: customers added on a chosen day, contacts with
roles, interactions, and the id of the team's first member."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select, update

from app import teams
from app.customers import contacts, interactions, records
from app.store import Store
from models.customer import Customer


def customer(
    store: Store, team_id: int, name: str, level: str = "A2", added: date | None = None
) -> int:
    cid = records.create_customer(store, team_id, {"name": name, "ladder_level": level})
    if added is not None:
        with store.write() as session:
            session.execute(
                update(Customer)
                .where(Customer.id == cid)
                .values(created_at=datetime.combine(added, datetime.min.time().replace(hour=12)))
            )
    return cid


def contact(store: Store, customer_id: int, name: str, roles: str = "") -> int:
    return contacts.create_contact(store, customer_id, {"name": name, "roles": roles})


def visit(
    store: Store, customer_id: int, on: date, next_step: str | None = None, due: date | None = None
) -> int:
    return interactions.log_interaction(
        store,
        customer_id,
        {"occurred_on": on, "summary": "Käynti", "next_step": next_step, "next_step_due": due},
    )


def member(store: Store, team_id: int) -> int:
    return int(teams.members_of(store, team_id)[0]["id"])


def team_customers(store: Store, team_id: int) -> list[int]:
    with store.read() as session:
        return list(
            session.execute(select(Customer.id).where(Customer.team_id == team_id)).scalars()
        )
