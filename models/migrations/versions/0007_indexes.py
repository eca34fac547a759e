"""Indexes for 100 000 customers: keyset paging of the customer table by every sortable
column, next step due per customer, owner-filtered ladder counts and the referral counts
behind Advocates. Each was checked with EXPLAIN QUERY PLAN (docs/benchmarks.md).

Revision ID: 0007_indexes
Revises: 0006_strategy
Create Date: 2026-11-24 08:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_indexes"
down_revision = "0006_strategy"
branch_labels = None
depends_on = None

# (name, table, columns, partial-index condition or None)
INDEXES: list[tuple[str, str, list[str], str | None]] = [
    (
        "ix_customer_team_business_id",
        "customer",
        ["team_id", "archived", "business_id", "name"],
        None,
    ),
    ("ix_customer_team_city", "customer", ["team_id", "archived", "city", "name"], None),
    ("ix_customer_team_industry", "customer", ["team_id", "archived", "industry", "name"], None),
    ("ix_customer_team_size", "customer", ["team_id", "archived", "size_class", "name"], None),
    (
        "ix_customer_ladder_owner",
        "customer",
        ["team_id", "archived", "owner_id", "ladder_level", "name"],
        None,
    ),
    (
        "ix_customer_team_referrer",
        "customer",
        ["team_id", "archived", "referred_by_customer_id"],
        "referred_by_customer_id IS NOT NULL",
    ),
    (
        "ix_customer_team_referrer_contact",
        "customer",
        ["team_id", "archived", "referred_by_contact_id"],
        "referred_by_contact_id IS NOT NULL",
    ),
    (
        "ix_interaction_customer_due",
        "interaction",
        ["customer_id", "next_step_due"],
        "next_step_due IS NOT NULL",
    ),
]


def upgrade() -> None:
    for name, table, columns, where in INDEXES:
        condition = sa.text(where) if where else None
        op.create_index(name, table, columns, unique=False, sqlite_where=condition)


def downgrade() -> None:
    for name, table, _columns, _where in reversed(INDEXES):
        op.drop_index(name, table_name=table)
