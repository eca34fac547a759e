"""Privacy (issue 23): a contact's consent history and the team's privacy settings.

No rows are made for the consent recorded before: a row made here on every laptop would be
one record per laptop (different UUIDs) once they sync. The consent held before the history
began stays in the contact's two fields and is shown as such (app/privacy/consent.py).

Revision ID: 0017_privacy
Revises: 0016_sync_set_aside
Create Date: 2026-12-01 09:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017_privacy"
down_revision = "0016_sync_set_aside"
branch_labels = None
depends_on = None

_SOURCES = "('form', 'email', 'meeting', 'phone', 'web', 'import', 'other')"


def _tracked() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "contact_consent",
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("given", sa.Boolean(), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("source", sa.String(length=8), nullable=False),
        sa.Column("recorded_by_member_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        *_tracked(),
        sa.CheckConstraint(f"source IN {_SOURCES}", name=op.f("ck_contact_consent_source")),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contact.id"],
            name=op.f("fk_contact_consent_contact_id_contact"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_member_id"],
            ["member.id"],
            name=op.f("fk_contact_consent_recorded_by_member_id_member"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_consent")),
        sa.UniqueConstraint("uuid", name=op.f("uq_contact_consent_uuid")),
    )
    with op.batch_alter_table("contact_consent", schema=None) as batch_op:
        batch_op.create_index(
            "ix_contact_consent_contact", ["contact_id", "changed_on"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_contact_consent_recorded_by_member_id"),
            ["recorded_by_member_id"],
            unique=False,
        )

    op.create_table(
        "privacy_setting",
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        *_tracked(),
        sa.ForeignKeyConstraint(
            ["team_id"],
            ["team_company.id"],
            name=op.f("fk_privacy_setting_team_id_team_company"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_privacy_setting")),
        sa.UniqueConstraint("team_id", "key", name=op.f("uq_privacy_setting_team_id_key")),
        sa.UniqueConstraint("uuid", name=op.f("uq_privacy_setting_uuid")),
    )


def downgrade() -> None:
    op.drop_table("privacy_setting")
    with op.batch_alter_table("contact_consent", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_consent_recorded_by_member_id"))
        batch_op.drop_index("ix_contact_consent_contact")
    op.drop_table("contact_consent")
