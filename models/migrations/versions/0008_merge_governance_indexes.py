"""Join the governance (0007_governance) and index (0007_indexes) branches, written side by side.

Revision ID: 0008_merge
Revises: 0007_governance, 0007_indexes
Create Date: 2026-11-24
"""

from __future__ import annotations

revision = "0008_merge"
down_revision = ("0007_governance", "0007_indexes")
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass  # nothing to change: both branches' tables and indexes are already in place


def downgrade() -> None:
    pass
