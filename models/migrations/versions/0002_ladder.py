"""customer ladder: moves, team settings, board index

Revision ID: 0002_ladder
Revises: 0001_foundation
Create Date: 2026-11-23 19:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_ladder"
down_revision = "0001_foundation"
branch_labels = None
depends_on = None

_LEVELS = "IN ('A3', 'A2', 'A1')"


def upgrade() -> None:
    op.create_table(
        "ladder_move",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("from_level", sa.String(length=2), nullable=False),
        sa.Column("to_level", sa.String(length=2), nullable=False),
        sa.Column("moved_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("author_member_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(f"from_level {_LEVELS}", name=op.f("ck_ladder_move_from_level")),
        sa.CheckConstraint(f"to_level {_LEVELS}", name=op.f("ck_ladder_move_to_level")),
        sa.CheckConstraint("from_level <> to_level", name=op.f("ck_ladder_move_levels_differ")),
        sa.ForeignKeyConstraint(
            ["author_member_id"],
            ["member.id"],
            name=op.f("fk_ladder_move_author_member_id_member"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_ladder_move_customer_id_customer"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ladder_move")),
        sa.UniqueConstraint("uuid", name=op.f("uq_ladder_move_uuid")),
    )
    with op.batch_alter_table("ladder_move", schema=None) as batch_op:
        batch_op.create_index(
            "ix_ladder_move_customer_date", ["customer_id", "moved_on"], unique=False
        )
        batch_op.create_index("ix_ladder_move_moved_on", ["moved_on"], unique=False)

    op.create_table(
        "ladder_setting",
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["team_id"],
            ["team_company.id"],
            name=op.f("fk_ladder_setting_team_id_team_company"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ladder_setting")),
        sa.UniqueConstraint("team_id", "key", name=op.f("uq_ladder_setting_team_id_key")),
        sa.UniqueConstraint("uuid", name=op.f("uq_ladder_setting_uuid")),
    )

    # Indexes only: batch mode adds them in place, the customer table (and its full-text
    # triggers) is not copied.
    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.create_index(
            "ix_customer_ladder_board",
            ["team_id", "archived", "ladder_level", "name"],
            unique=False,
        )
        batch_op.create_index(
            "ix_customer_referred_by_contact", ["referred_by_contact_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.drop_index("ix_customer_referred_by_contact")
        batch_op.drop_index("ix_customer_ladder_board")
    op.drop_table("ladder_setting")
    with op.batch_alter_table("ladder_move", schema=None) as batch_op:
        batch_op.drop_index("ix_ladder_move_moved_on")
        batch_op.drop_index("ix_ladder_move_customer_date")
    op.drop_table("ladder_move")
