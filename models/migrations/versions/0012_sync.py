"""Team sync: the operation log, the fields' heads and the sync bookkeeping (issue 15).

Nothing is recorded for the data already in the file: capture starts when team sync is
switched on (app.sync.settings.enable), which records the current data as a baseline.

Revision ID: 0012_sync
Revises: 0011_merge
Create Date: 2026-11-26 08:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012_sync"
down_revision = "0011_merge"
branch_labels = None
depends_on = None

_S = sa.String


def _key(*names: str, size: int = 64) -> list[sa.Column]:
    return [sa.Column(name, _S(length=size), nullable=False) for name in names]


def upgrade() -> None:
    op.create_table(
        "sync_setting",
        sa.Column("key", _S(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_sync_setting")),
    )
    op.create_table(
        "sync_op",
        sa.Column("n", sa.Integer(), nullable=False),
        sa.Column("op_id", _S(length=64), nullable=True),
        sa.Column("tbl", _S(length=64), nullable=False),
        sa.Column("rec", _S(length=80), nullable=False),
        sa.Column("kind", _S(length=1), nullable=False),
        sa.Column("field", _S(length=64), nullable=True),
        sa.Column("value", sa.Text(), nullable=True),
        sa.Column("supersedes", sa.Text(), nullable=True),
        sa.Column("member", _S(length=36), nullable=True),
        sa.Column("local", sa.Integer(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("n", name=op.f("pk_sync_op")),
        sa.UniqueConstraint("op_id", name=op.f("uq_sync_op_op_id")),
    )
    op.create_index("ix_sync_op_record", "sync_op", ["tbl", "rec"], unique=False)
    op.create_table(
        "sync_head",
        *_key("tbl"),
        sa.Column("rec", _S(length=80), nullable=False),
        *_key("field", "op_id"),
        sa.PrimaryKeyConstraint("tbl", "rec", "field", "op_id", name=op.f("pk_sync_head")),
    )
    for name in ("sync_mask", "sync_edge"):
        op.create_table(
            name,
            *_key("op_id", "field"),
            sa.PrimaryKeyConstraint("op_id", "field", name=op.f(f"pk_{name}")),
        )
    op.create_table(
        "sync_conflict",
        *_key("tbl"),
        sa.Column("rec", _S(length=80), nullable=False),
        *_key("field"),
        sa.PrimaryKeyConstraint("tbl", "rec", "field", name=op.f("pk_sync_conflict")),
    )
    op.create_table(
        "sync_pending",
        *_key("tbl"),
        sa.Column("rec", _S(length=80), nullable=False),
        *_key("parent_tbl"),
        sa.Column("parent_rec", _S(length=80), nullable=False),
        sa.PrimaryKeyConstraint("tbl", "rec", name=op.f("pk_sync_pending")),
    )
    op.create_index(
        "ix_sync_pending_parent", "sync_pending", ["parent_tbl", "parent_rec"], unique=False
    )
    op.create_table(
        "sync_displaced",
        *_key("tbl"),
        sa.Column("rec", _S(length=80), nullable=False),
        sa.Column("holder", _S(length=80), nullable=False),
        sa.PrimaryKeyConstraint("tbl", "rec", name=op.f("pk_sync_displaced")),
    )
    op.create_table(
        "sync_alias",
        *_key("tbl"),
        sa.Column("rec", _S(length=80), nullable=False),
        sa.Column("canonical", _S(length=80), nullable=False),
        sa.PrimaryKeyConstraint("tbl", "rec", name=op.f("pk_sync_alias")),
    )
    op.create_table(
        "sync_parked",
        *_key("op_id"),
        sa.Column("reason", _S(length=32), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("op_id", name=op.f("pk_sync_parked")),
    )
    op.create_table(
        "sync_file",
        sa.Column("device", _S(length=36), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("ops", sa.Integer(), nullable=False),
        sa.Column("applied_at", _S(length=32), nullable=False),
        sa.PrimaryKeyConstraint("device", "number", name=op.f("pk_sync_file")),
    )
    op.create_table(
        "sync_device",
        sa.Column("uuid", _S(length=36), nullable=False),
        sa.Column("name", _S(length=200), server_default="", nullable=False),
        sa.Column("last_file", sa.Integer(), server_default="0", nullable=False),
        sa.Column("last_written", _S(length=32), nullable=True),
        sa.Column("last_applied", _S(length=32), nullable=True),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_sync_device")),
    )


def downgrade() -> None:
    # The app's connections carry TEMP capture triggers that name sync_op: drop them on
    # this connection first, or the next write of a downgrade would fail to compile them.
    bind = op.get_bind()
    temp = bind.exec_driver_sql(
        "SELECT name FROM sqlite_temp_master WHERE type = 'trigger' AND name LIKE 'sync_%'"
    ).scalars()
    for name in list(temp):
        op.execute(f"DROP TRIGGER IF EXISTS temp.{name}")
    op.execute("DROP TABLE IF EXISTS temp.sync_ctx")
    for name in (
        "sync_device",
        "sync_file",
        "sync_parked",
        "sync_alias",
        "sync_displaced",
        "sync_pending",
        "sync_conflict",
        "sync_edge",
        "sync_mask",
        "sync_head",
        "sync_op",
        "sync_setting",
    ):
        op.drop_table(name)
