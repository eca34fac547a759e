"""What team sync needs to know of each table, read from the metadata: foreign keys (which
are required, which cascade), unique constraints and how a clash of each is settled, and
the change kind the views refresh on.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from functools import cache

from app.changes import Kind
from models.sync_capture import Shape, shapes

# A unique value two laptops can give two different records at once (a business ID, a
# name): the record with the smaller UUID keeps it, the other is shown without it (NULL or
# the name marked with its UUID) and listed as a conflict until someone settles it.
DISPLACE = frozenset(
    {
        ("customer", ("business_id",)),
        ("segmentation", ("team_id", "name")),
        ("segment", ("segmentation_id", "name")),
    }
)


class Clash(Enum):
    DISPLACE = "displace"
    # A keyed row (a customer's success state, a team's setting, a score of one period)
    # that two laptops created at once is one record: the larger UUID is merged into the
    # smaller, their fields merge as concurrent edits.
    MERGE = "merge"


@dataclass(frozen=True)
class Unique:
    columns: tuple[str, ...]
    clash: Clash


@dataclass(frozen=True)
class TableInfo:
    shape: Shape
    required: frozenset[str]  # foreign-key columns that may not be NULL
    cascade_children: tuple[tuple[str, str], ...]  # (child table, column), children with uuid
    uniques: tuple[Unique, ...]
    nullable: frozenset[str]
    texts: frozenset[str]  # String/Text columns

    @property
    def name(self) -> str:
        return self.shape.table


KINDS: dict[str, tuple[Kind, ...]] = {
    "team_company": (Kind.TEAM,),
    "member": (Kind.MEMBER,),
    "customer": (Kind.CUSTOMER,),
    "contact": (Kind.CONTACT, Kind.CUSTOMER),
    "interaction": (Kind.INTERACTION,),
    "interaction_member": (Kind.INTERACTION,),
    "interaction_contact": (Kind.INTERACTION,),
    "ladder_move": (Kind.LADDER_MOVE, Kind.CUSTOMER),
    "ladder_setting": (Kind.LADDER_SETTINGS,),
    "segmentation": (Kind.SEGMENT,),
    "segment": (Kind.SEGMENT,),
    "customer_segment": (Kind.SEGMENT,),
    "segment_membership": (Kind.SEGMENT,),
    "segmentation_revisit": (Kind.SEGMENT,),
    "customer_strategy": (Kind.STRATEGY,),
    "playbook_check": (Kind.STRATEGY,),
    "meeting_series": (Kind.MEETING,),
    "meeting": (Kind.MEETING,),
    "action_item": (Kind.ACTION,),
    "development_proposal": (Kind.PROPOSAL,),
    "customer_governance": (Kind.GOVERNANCE,),
    "governance_setting": (Kind.GOVERNANCE,),
    "value_weights": (Kind.VALUE_WEIGHTS,),
    "customer_score_history": (Kind.VALUE_WEIGHTS, Kind.CUSTOMER),
    "team_metric": (Kind.METRIC,),
    "lifecycle_change": (Kind.LIFECYCLE,),
    "health_change": (Kind.HEALTH,),
    "customer_success": (Kind.LIFECYCLE, Kind.HEALTH),
    "risk_flag": (Kind.RISK,),
    "customer_goal": (Kind.GOAL,),
    "goal_checkpoint": (Kind.GOAL,),
    "feedback": (Kind.FEEDBACK,),
    "feedback_handling": (Kind.FEEDBACK,),
    "satisfaction": (Kind.SATISFACTION,),
    "journey": (Kind.JOURNEY,),
    "journey_phase": (Kind.JOURNEY,),
    "touchpoint": (Kind.JOURNEY,),
    "cx_assessment": (Kind.CX_ASSESSMENT,),
    "cx_baseline": (Kind.CX_ASSESSMENT,),
    "contact_consent": (Kind.CONSENT, Kind.CONTACT),
    "privacy_setting": (Kind.PRIVACY_SETTINGS,),
}


def kinds_of(table: str) -> tuple[Kind, ...]:
    """The kinds a change of `table` announces; every kind for a table not listed (a new
    area's), so that nothing is left stale."""
    if table.startswith("rocket_"):
        return (Kind.ROCKET,)
    return KINDS.get(table, tuple(Kind))


def _uniques(table: object) -> list[tuple[str, ...]]:
    from sqlalchemy import Table, UniqueConstraint

    assert isinstance(table, Table)
    found = [
        tuple(c.name for c in constraint.columns)
        for constraint in table.constraints
        if isinstance(constraint, UniqueConstraint)
    ]
    found += [tuple(c.name for c in index.columns) for index in table.indexes if index.unique]
    return [columns for columns in found if columns != ("uuid",)]


@cache
def info() -> dict[str, TableInfo]:
    from sqlalchemy import String, Text

    from models.all import metadata

    out: dict[str, TableInfo] = {}
    for name, shape in shapes().items():
        table = metadata.tables[name]
        children = tuple(
            (child.name, constraint.columns[0].name)
            for child in metadata.sorted_tables
            if child.name in shapes() and "uuid" in child.c
            for constraint in child.foreign_key_constraints
            if constraint.referred_table is table
            and (constraint.ondelete or "").upper() == "CASCADE"
        )
        uniques = tuple(
            Unique(cols, Clash.DISPLACE if (name, cols) in DISPLACE else Clash.MERGE)
            for cols in _uniques(table)
        )
        out[name] = TableInfo(
            shape,
            frozenset(c for c in shape.parents if not table.c[c].nullable),
            children,
            uniques,
            frozenset(c.name for c in table.columns if c.nullable),
            frozenset(c.name for c in table.columns if isinstance(c.type, String | Text)),
        )
    return out


@cache
def linking(table: str) -> tuple[str, ...]:
    """Tables without a uuid whose record names a row of `table` first (its key starts
    with that row's UUID): interaction_member and interaction_contact for interactions."""
    return tuple(
        name
        for name, shape in shapes().items()
        if not shape.has_uuid and shape.parents[shape.keyed_by[0]] == table
    )


def order() -> dict[str, int]:
    """Each table's place in dependency order (parents first)."""
    return {name: index for index, name in enumerate(shapes())}
