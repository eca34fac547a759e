"""Builders for hand-made ladder histories, shared by the ladder tests."""

from __future__ import annotations

from datetime import date, datetime, time

from app.changes import Changes, Kind
from app.store import Store
from models.customer import Customer, Interaction


def add_customer(
    store: Store,
    team_id: int,
    name: str,
    created: date,
    level: str = "A3",
    owner_id: int | None = None,
    **extra: object,
) -> int:
    """A customer added on `created` (noon UTC, so its local day is the same everywhere)."""
    with store.write(Changes.of(Kind.CUSTOMER)) as session:
        customer = Customer(
            team_id=team_id,
            name=name,
            ladder_level=level,
            owner_id=owner_id,
            created_at=datetime.combine(created, time(12)),
            **extra,
        )
        session.add(customer)
        session.flush()
        return customer.id


def add_interaction(
    store: Store,
    customer_id: int,
    kind: str,
    day: date,
    next_step: str | None = None,
    due: date | None = None,
) -> int:
    with store.write(Changes.of(Kind.INTERACTION)) as session:
        row = Interaction(
            customer_id=customer_id,
            kind=kind,
            occurred_on=day,
            summary="",
            next_step=next_step,
            next_step_due=due,
        )
        session.add(row)
        session.flush()
        return row.id
