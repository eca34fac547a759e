"""Join the report indexes (0012_report_indexes) to the main line (0013_merge).

Revision ID: 0014_merge
Revises: 0013_merge, 0012_report_indexes
Create Date: 2026-11-24
"""

from __future__ import annotations

revision = "0014_merge"
down_revision = ("0013_merge", "0012_report_indexes")
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass  # nothing to change: both branches' tables and indexes are already in place


def downgrade() -> None:
    pass
