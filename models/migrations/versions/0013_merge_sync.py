"""Join team sync (0012_sync) to the foreign-key indexes (0012_fk_indexes).

Revision ID: 0013_merge
Revises: 0012_fk_indexes, 0012_sync
Create Date: 2026-11-24
"""

from __future__ import annotations

revision = "0013_merge"
down_revision = ("0012_fk_indexes", "0012_sync")
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass  # nothing to change: both branches' tables and indexes are already in place


def downgrade() -> None:
    pass
