"""Rocket model: process catalogue per team, checklists, rounds, scores, targets, evidence.

Revision ID: 0003_rocket
Revises: 0001_foundation

A branch beside the other areas' revisions; the app upgrades to all heads. Written to
match models/rocket.py (tests/rocket/test_migration.py compares the two).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_rocket"
down_revision = "0001_foundation"
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "rocket_process",
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("level", sa.SmallInteger(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name_fi", sa.String(length=200), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("description_fi", sa.Text(), nullable=False),
        sa.Column("description_en", sa.Text(), nullable=False),
        sa.Column("dot1_fi", sa.Text(), nullable=False),
        sa.Column("dot1_en", sa.Text(), nullable=False),
        sa.Column("dot2_fi", sa.Text(), nullable=False),
        sa.Column("dot2_en", sa.Text(), nullable=False),
        sa.Column("dot3_fi", sa.Text(), nullable=False),
        sa.Column("dot3_en", sa.Text(), nullable=False),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.Column("retired_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("level BETWEEN 1 AND 4", name=op.f("ck_rocket_process_level_range")),
        sa.ForeignKeyConstraint(
            ["team_id"],
            ["team_company.id"],
            name=op.f("fk_rocket_process_team_id_team_company"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rocket_process")),
        sa.UniqueConstraint("team_id", "code", name=op.f("uq_rocket_process_team_id_code")),
        sa.UniqueConstraint("uuid", name=op.f("uq_rocket_process_uuid")),
    )
    with op.batch_alter_table("rocket_process", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rocket_process_team_id"), ["team_id"], unique=False)

    op.create_table(
        "rocket_target",
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("process_code", sa.String(length=16), nullable=False),
        sa.Column("period_kind", sa.String(length=16), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("dots", sa.SmallInteger(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "period_kind IN ('month', 'quarter', 'half_year', 'year')",
            name=op.f("ck_rocket_target_period_kind"),
        ),
        sa.CheckConstraint("dots BETWEEN 0 AND 3", name=op.f("ck_rocket_target_dots_range")),
        sa.ForeignKeyConstraint(
            ["team_id"],
            ["team_company.id"],
            name=op.f("fk_rocket_target_team_id_team_company"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rocket_target")),
        sa.UniqueConstraint(
            "team_id",
            "process_code",
            "period_kind",
            "period_start",
            name=op.f("uq_rocket_target_team_id_process_code_period_kind_period_start"),
        ),
        sa.UniqueConstraint("uuid", name=op.f("uq_rocket_target_uuid")),
    )
    with op.batch_alter_table("rocket_target", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rocket_target_team_id"), ["team_id"], unique=False)

    op.create_table(
        "rocket_checklist_item",
        sa.Column("process_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text_fi", sa.String(length=500), nullable=False),
        sa.Column("text_en", sa.String(length=500), nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("done_by_id", sa.Integer(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["done_by_id"],
            ["member.id"],
            name=op.f("fk_rocket_checklist_item_done_by_id_member"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["process_id"],
            ["rocket_process.id"],
            name=op.f("fk_rocket_checklist_item_process_id_rocket_process"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rocket_checklist_item")),
        sa.UniqueConstraint("uuid", name=op.f("uq_rocket_checklist_item_uuid")),
    )
    with op.batch_alter_table("rocket_checklist_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_rocket_checklist_item_done_by_id"), ["done_by_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_rocket_checklist_item_process_id"), ["process_id"], unique=False
        )

    op.create_table(
        "rocket_round",
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("period_kind", sa.String(length=16), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("assessor_kind", sa.String(length=8), nullable=False),
        sa.Column("assessor_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("finished_on", sa.Date(), nullable=True),
        sa.Column("current_code", sa.String(length=16), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "assessor_kind IN ('team', 'coach')", name=op.f("ck_rocket_round_assessor_kind")
        ),
        sa.CheckConstraint(
            "period_kind IN ('month', 'quarter', 'half_year', 'year')",
            name=op.f("ck_rocket_round_period_kind"),
        ),
        sa.CheckConstraint(
            "status IN ('open', 'paused', 'finished')", name=op.f("ck_rocket_round_status")
        ),
        sa.ForeignKeyConstraint(
            ["assessor_id"],
            ["member.id"],
            name=op.f("fk_rocket_round_assessor_id_member"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["team_id"],
            ["team_company.id"],
            name=op.f("fk_rocket_round_team_id_team_company"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rocket_round")),
        sa.UniqueConstraint("uuid", name=op.f("uq_rocket_round_uuid")),
    )
    with op.batch_alter_table("rocket_round", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_rocket_round_assessor_id"), ["assessor_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_rocket_round_team_id"), ["team_id"], unique=False)

    op.create_table(
        "rocket_evidence",
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("process_code", sa.String(length=16), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("location", sa.String(length=1000), nullable=True),
        sa.Column("added_on", sa.Date(), nullable=False),
        sa.Column("added_by_id", sa.Integer(), nullable=True),
        sa.Column("round_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('note', 'link', 'file')", name=op.f("ck_rocket_evidence_kind")
        ),
        sa.ForeignKeyConstraint(
            ["added_by_id"],
            ["member.id"],
            name=op.f("fk_rocket_evidence_added_by_id_member"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["rocket_round.id"],
            name=op.f("fk_rocket_evidence_round_id_rocket_round"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["team_id"],
            ["team_company.id"],
            name=op.f("fk_rocket_evidence_team_id_team_company"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rocket_evidence")),
        sa.UniqueConstraint("uuid", name=op.f("uq_rocket_evidence_uuid")),
    )
    with op.batch_alter_table("rocket_evidence", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_rocket_evidence_added_by_id"), ["added_by_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_rocket_evidence_round_id"), ["round_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_rocket_evidence_team_id_process_code"),
            ["team_id", "process_code"],
            unique=False,
        )

    op.create_table(
        "rocket_score",
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("process_code", sa.String(length=16), nullable=False),
        sa.Column("period_kind", sa.String(length=16), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("dots", sa.SmallInteger(), nullable=False),
        sa.Column("assessor_kind", sa.String(length=8), nullable=False),
        sa.Column("assessor_id", sa.Integer(), nullable=True),
        sa.Column("scored_on", sa.Date(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column("round_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "assessor_kind IN ('team', 'coach')", name=op.f("ck_rocket_score_assessor_kind")
        ),
        sa.CheckConstraint(
            "period_kind IN ('month', 'quarter', 'half_year', 'year')",
            name=op.f("ck_rocket_score_period_kind"),
        ),
        sa.CheckConstraint("dots BETWEEN 0 AND 3", name=op.f("ck_rocket_score_dots_range")),
        sa.ForeignKeyConstraint(
            ["assessor_id"],
            ["member.id"],
            name=op.f("fk_rocket_score_assessor_id_member"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["rocket_round.id"],
            name=op.f("fk_rocket_score_round_id_rocket_round"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["team_id"],
            ["team_company.id"],
            name=op.f("fk_rocket_score_team_id_team_company"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rocket_score")),
        sa.UniqueConstraint("uuid", name=op.f("uq_rocket_score_uuid")),
    )
    with op.batch_alter_table("rocket_score", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_rocket_score_assessor_id"), ["assessor_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_rocket_score_round_id"), ["round_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_rocket_score_team_id_process_code_period_start"),
            ["team_id", "process_code", "period_start"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("rocket_score", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rocket_score_team_id_process_code_period_start"))
        batch_op.drop_index(batch_op.f("ix_rocket_score_round_id"))
        batch_op.drop_index(batch_op.f("ix_rocket_score_assessor_id"))

    op.drop_table("rocket_score")
    with op.batch_alter_table("rocket_evidence", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rocket_evidence_team_id_process_code"))
        batch_op.drop_index(batch_op.f("ix_rocket_evidence_round_id"))
        batch_op.drop_index(batch_op.f("ix_rocket_evidence_added_by_id"))

    op.drop_table("rocket_evidence")
    with op.batch_alter_table("rocket_round", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rocket_round_team_id"))
        batch_op.drop_index(batch_op.f("ix_rocket_round_assessor_id"))

    op.drop_table("rocket_round")
    with op.batch_alter_table("rocket_checklist_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rocket_checklist_item_process_id"))
        batch_op.drop_index(batch_op.f("ix_rocket_checklist_item_done_by_id"))

    op.drop_table("rocket_checklist_item")
    with op.batch_alter_table("rocket_target", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rocket_target_team_id"))

    op.drop_table("rocket_target")
    with op.batch_alter_table("rocket_process", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rocket_process_team_id"))

    op.drop_table("rocket_process")
