"""Governance: meeting series and meetings, action items, development proposals, customer
governance models, playbook checks and the team's catalogue edits.

Revision ID: 0007_governance
Revises: 0006_strategy
Create Date: 2026-11-24 07:09:54.571667
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_governance"
down_revision = "0006_strategy"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "governance_setting",
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["team_id"],
            ["team_company.id"],
            name=op.f("fk_governance_setting_team_id_team_company"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_governance_setting")),
        sa.UniqueConstraint("team_id", "key", name=op.f("uq_governance_setting_team_id_key")),
        sa.UniqueConstraint("uuid", name=op.f("uq_governance_setting_uuid")),
    )
    op.create_table(
        "customer_governance",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("model", sa.String(length=40), nullable=False),
        sa.Column("agreed_on", sa.Date(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_customer_governance_customer_id_customer"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_governance")),
        sa.UniqueConstraint("customer_id", name=op.f("uq_customer_governance_customer_id")),
        sa.UniqueConstraint("uuid", name=op.f("uq_customer_governance_uuid")),
    )
    op.create_table(
        "meeting_series",
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("meeting_type", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("owner_member_id", sa.Integer(), nullable=True),
        sa.Column("from_model", sa.Boolean(), nullable=False),
        sa.Column("cadence", sa.String(length=16), nullable=False),
        sa.Column("interval", sa.SmallInteger(), nullable=False),
        sa.Column("weekday", sa.SmallInteger(), nullable=True),
        sa.Column("nth", sa.SmallInteger(), nullable=True),
        sa.Column("month_day", sa.SmallInteger(), nullable=True),
        sa.Column("times_a_year", sa.SmallInteger(), nullable=True),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("start_time", sa.String(length=5), nullable=False),
        sa.Column("duration_minutes", sa.SmallInteger(), nullable=False),
        sa.Column("location", sa.String(length=200), nullable=True),
        sa.Column("planned_through", sa.Date(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "cadence IN ('weekly', 'monthly_day', 'monthly_weekday', 'quarterly', 'half_yearly', 'yearly', 'times_a_year')",
            name=op.f("ck_meeting_series_cadence"),
        ),
        sa.CheckConstraint("interval BETWEEN 1 AND 52", name=op.f("ck_meeting_series_interval")),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_meeting_series_customer_id_customer"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["owner_member_id"],
            ["member.id"],
            name=op.f("fk_meeting_series_owner_member_id_member"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["team_id"],
            ["team_company.id"],
            name=op.f("fk_meeting_series_team_id_team_company"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_series")),
        sa.UniqueConstraint("uuid", name=op.f("uq_meeting_series_uuid")),
    )
    with op.batch_alter_table("meeting_series", schema=None) as batch_op:
        batch_op.create_index("ix_meeting_series_customer", ["customer_id"], unique=False)
        batch_op.create_index("ix_meeting_series_team", ["team_id"], unique=False)

    op.create_table(
        "playbook_check",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("strategy", sa.String(length=12), nullable=False),
        sa.Column("item", sa.String(length=40), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_playbook_check_customer_id_customer"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_playbook_check")),
        sa.UniqueConstraint(
            "customer_id",
            "strategy",
            "item",
            name=op.f("uq_playbook_check_customer_id_strategy_item"),
        ),
        sa.UniqueConstraint("uuid", name=op.f("uq_playbook_check_uuid")),
    )
    op.create_table(
        "meeting",
        sa.Column("series_id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("original_on", sa.Date(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("start_time", sa.String(length=5), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("goal", sa.Text(), nullable=True),
        sa.Column("outcome", sa.String(length=8), nullable=True),
        sa.Column("outcome_note", sa.Text(), nullable=True),
        sa.Column("agenda", sa.Text(), nullable=True),
        sa.Column("attendees", sa.Text(), nullable=True),
        sa.Column("minutes", sa.Text(), nullable=True),
        sa.Column("decisions", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "outcome IS NULL OR outcome IN ('met', 'partly', 'not_met')",
            name=op.f("ck_meeting_outcome"),
        ),
        sa.CheckConstraint(
            "status IN ('planned', 'held', 'cancelled')", name=op.f("ck_meeting_status")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_meeting_customer_id_customer"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["series_id"],
            ["meeting_series.id"],
            name=op.f("fk_meeting_series_id_meeting_series"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["team_id"],
            ["team_company.id"],
            name=op.f("fk_meeting_team_id_team_company"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting")),
        sa.UniqueConstraint(
            "series_id", "original_on", name=op.f("uq_meeting_series_id_original_on")
        ),
        sa.UniqueConstraint("uuid", name=op.f("uq_meeting_uuid")),
    )
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.create_index("ix_meeting_customer_day", ["customer_id", "held_on"], unique=False)
        batch_op.create_index("ix_meeting_team_day", ["team_id", "held_on", "status"], unique=False)

    op.create_table(
        "action_item",
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("owner_member_id", sa.Integer(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=8), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("status IN ('open', 'done')", name=op.f("ck_action_item_status")),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_action_item_customer_id_customer"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_action_item_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["owner_member_id"],
            ["member.id"],
            name=op.f("fk_action_item_owner_member_id_member"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["team_id"],
            ["team_company.id"],
            name=op.f("fk_action_item_team_id_team_company"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_item")),
        sa.UniqueConstraint("uuid", name=op.f("uq_action_item_uuid")),
    )
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.create_index("ix_action_item_customer", ["customer_id"], unique=False)
        batch_op.create_index("ix_action_item_meeting", ["meeting_id"], unique=False)
        batch_op.create_index("ix_action_item_owner", ["owner_member_id"], unique=False)
        batch_op.create_index(
            "ix_action_item_team_status_due", ["team_id", "status", "due_on"], unique=False
        )

    op.create_table(
        "development_proposal",
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("proposed_by_member_id", sa.Integer(), nullable=True),
        sa.Column("proposed_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("decision", sa.Text(), nullable=True),
        sa.Column("handled_meeting_id", sa.Integer(), nullable=True),
        sa.Column("handled_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "status IN ('open', 'accepted', 'rejected', 'done')",
            name=op.f("ck_development_proposal_status"),
        ),
        sa.ForeignKeyConstraint(
            ["handled_meeting_id"],
            ["meeting.id"],
            name=op.f("fk_development_proposal_handled_meeting_id_meeting"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["proposed_by_member_id"],
            ["member.id"],
            name=op.f("fk_development_proposal_proposed_by_member_id_member"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["team_id"],
            ["team_company.id"],
            name=op.f("fk_development_proposal_team_id_team_company"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_development_proposal")),
        sa.UniqueConstraint("uuid", name=op.f("uq_development_proposal_uuid")),
    )
    with op.batch_alter_table("development_proposal", schema=None) as batch_op:
        batch_op.create_index(
            "ix_development_proposal_team_status", ["team_id", "status"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("development_proposal", schema=None) as batch_op:
        batch_op.drop_index("ix_development_proposal_team_status")

    op.drop_table("development_proposal")
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.drop_index("ix_action_item_team_status_due")
        batch_op.drop_index("ix_action_item_owner")
        batch_op.drop_index("ix_action_item_meeting")
        batch_op.drop_index("ix_action_item_customer")

    op.drop_table("action_item")
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_index("ix_meeting_team_day")
        batch_op.drop_index("ix_meeting_customer_day")

    op.drop_table("meeting")
    op.drop_table("playbook_check")
    with op.batch_alter_table("meeting_series", schema=None) as batch_op:
        batch_op.drop_index("ix_meeting_series_team")
        batch_op.drop_index("ix_meeting_series_customer")

    op.drop_table("meeting_series")
    op.drop_table("customer_governance")
    op.drop_table("governance_setting")
