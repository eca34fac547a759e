"""Team sync: operations set aside (issue 22). A received operation that breaks a rule a
local write keeps, or whose applying fails, is kept here with the reason, and the rest of
its file is applied (app/sync/setaside.py).

Revision ID: 0016_sync_set_aside
Revises: 0015_segment_counts
Create Date: 2026-11-28 09:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016_sync_set_aside"
down_revision = "0015_segment_counts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_set_aside",
        sa.Column("n", sa.Integer(), nullable=False),
        sa.Column("device", sa.String(length=36), nullable=False),
        sa.Column("number", sa.Integer(), nullable=True),
        sa.Column("op_id", sa.String(length=64), nullable=True),
        sa.Column("tbl", sa.String(length=64), nullable=True),
        sa.Column("rec", sa.String(length=80), nullable=True),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("args", sa.Text(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=True),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("n", name=op.f("pk_sync_set_aside")),
    )


def downgrade() -> None:
    op.drop_table("sync_set_aside")
