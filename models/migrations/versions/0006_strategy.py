"""Customer strategies (protect, grow, streamline), at most two per customer.

Revision ID: 0006_strategy
Revises: 0005_segments
Create Date: 2026-11-24 07:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_strategy"
down_revision = "0005_segments"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "customer_strategy",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("strategy", sa.String(length=12), nullable=False),
        sa.Column("source", sa.String(length=10), nullable=False),
        sa.Column("set_by_member_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "strategy IN ('protect', 'grow', 'streamline')",
            name=op.f("ck_customer_strategy_strategy"),
        ),
        sa.CheckConstraint(
            "source IN ('manual', 'suggested')", name=op.f("ck_customer_strategy_source")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_customer_strategy_customer_id_customer"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["set_by_member_id"],
            ["member.id"],
            name=op.f("fk_customer_strategy_set_by_member_id_member"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_strategy")),
        sa.UniqueConstraint(
            "customer_id", "strategy", name=op.f("uq_customer_strategy_customer_id_strategy")
        ),
        sa.UniqueConstraint("uuid", name=op.f("uq_customer_strategy_uuid")),
    )


def downgrade() -> None:
    op.drop_table("customer_strategy")
