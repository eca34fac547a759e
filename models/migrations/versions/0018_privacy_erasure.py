"""A person erased (issue 23): the record of the erasure, which travels with team sync
(models/privacy_erasure.py, app/privacy/purge.py).

Revision ID: 0018_privacy_erasure
Revises: 0017_privacy
Create Date: 2026-12-01 09:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018_privacy_erasure"
down_revision = "0017_privacy"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "privacy_erasure",
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("tbl", sa.String(length=64), nullable=False),
        sa.Column("rec", sa.String(length=36), nullable=False),
        sa.Column("erased_at", sa.DateTime(), nullable=False),
        sa.Column("erased_by_member_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("marks", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("tbl IN ('contact')", name=op.f("ck_privacy_erasure_tbl")),
        sa.ForeignKeyConstraint(
            ["erased_by_member_id"],
            ["member.id"],
            name=op.f("fk_privacy_erasure_erased_by_member_id_member"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["team_id"],
            ["team_company.id"],
            name=op.f("fk_privacy_erasure_team_id_team_company"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_privacy_erasure")),
        sa.UniqueConstraint("uuid", name=op.f("uq_privacy_erasure_uuid")),
    )
    op.create_index("ix_privacy_erasure_member", "privacy_erasure", ["erased_by_member_id"])
    op.create_index("ix_privacy_erasure_record", "privacy_erasure", ["tbl", "rec"])
    op.create_index("ix_privacy_erasure_team", "privacy_erasure", ["team_id"])


def downgrade() -> None:
    op.drop_table("privacy_erasure")
