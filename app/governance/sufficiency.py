"""Resource sufficiency (seed 004, l. 744–766, table 3): are there enough people to keep the
governance models agreed with the customers?

For one customer: its model's meetings a year × the owner's hours per meeting of each type
÷ 12 = hours a month; ÷ the owner role's monthly capacity for customer meetings = the share
of one person (55 meetings a year came to 19.5 % of an account manager in the source). The
people needed are the shares added up, per role and in total (2.6 account managers there).
Customers are counted per model and owner in SQL; the arithmetic over the handful of models
is done here.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from app.governance.catalogue import Catalogue, GovernanceModel
from app.store import Store
from models.customer import Customer
from models.governance import CustomerGovernance
from models.team import Member


@dataclass(frozen=True)
class ModelLoad:
    """One governance model: how much of one person a customer under it takes."""

    model: str
    label: str
    role: str
    parts: tuple[tuple[str, int, float], ...]  # (meeting type label, a year, hours each)
    capacity: float  # the role's hours a month for customer meetings
    customers: int = 0

    @property
    def meetings(self) -> int:
        return sum(count for _label, count, _hours in self.parts)

    @property
    def hours_year(self) -> float:
        return sum(count * hours for _label, count, hours in self.parts)

    @property
    def hours_month(self) -> float:
        return self.hours_year / 12

    @property
    def share(self) -> float:
        """One customer's share of one person's capacity (0.195 = 19.5 %)."""
        return self.hours_month / self.capacity if self.capacity else 0.0

    @property
    def people(self) -> float:
        return self.customers * self.share


@dataclass(frozen=True)
class OwnerLoad:
    owner: str | None  # None: customers nobody owns yet
    customers: int
    people: float  # 1.0 = one person's whole capacity for customer meetings


@dataclass(frozen=True)
class Sufficiency:
    models: list[ModelLoad]
    owners: list[OwnerLoad]
    by_role: dict[str, float]  # role -> people needed
    total: float


def model_load(model: GovernanceModel, catalogue: Catalogue, customers: int = 0) -> ModelLoad:
    parts = tuple(
        (catalogue.type_label(key), count, catalogue.types[key].hours)
        for key, count in model.meetings.items()
        if count > 0 and key in catalogue.types
    )
    role = catalogue.roles.get(model.owner_role)
    capacity = role.monthly_hours if role else 0.0
    return ModelLoad(model.key, model.label, model.owner_role, parts, capacity, customers)


def counts(store: Store, team_id: int) -> list[Any]:
    """Live customers per (model, owner): the one read, grouped in SQL."""
    statement = (
        select(CustomerGovernance.model, Member.name, func.count())
        .join(Customer, Customer.id == CustomerGovernance.customer_id)
        .outerjoin(Member, Member.id == Customer.owner_id)
        .where(Customer.team_id == team_id, Customer.archived.is_(False))
        .group_by(CustomerGovernance.model, Customer.owner_id)
    )
    return store.rows(statement)


def sufficiency(store: Store, team_id: int, catalogue: Catalogue) -> Sufficiency:
    return combine(counts(store, team_id), catalogue)


def combine(rows: list[Any], catalogue: Catalogue) -> Sufficiency:
    """The figures from (model, owner, customers) rows; models no longer in the catalogue
    are left out (they have no meetings to count)."""
    per_model: dict[str, int] = defaultdict(int)
    per_owner: dict[str | None, list[float]] = defaultdict(lambda: [0, 0.0])
    loads = {key: model_load(model, catalogue) for key, model in catalogue.models.items()}
    for model, owner, customers in rows:
        if model not in loads:
            continue
        per_model[model] += int(customers)
        per_owner[owner][0] += int(customers)
        per_owner[owner][1] += int(customers) * loads[model].share
    models = [
        ModelLoad(load.model, load.label, load.role, load.parts, load.capacity, per_model[key])
        for key, load in loads.items()
    ]
    by_role: dict[str, float] = defaultdict(float)
    for load in models:
        by_role[load.role] += load.people
    owners = [
        OwnerLoad(owner, int(values[0]), values[1])
        for owner, values in sorted(per_owner.items(), key=lambda kv: (kv[0] is None, kv[0] or ""))
    ]
    return Sufficiency(models, owners, dict(by_role), sum(load.people for load in models))
