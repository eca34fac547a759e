"""Join the segment-history branch (0007_segment_history) to the main line (0008_merge).

Revision ID: 0009_merge
Revises: 0008_merge, 0007_segment_history
Create Date: 2026-11-24
"""

from __future__ import annotations

revision = "0009_merge"
down_revision = ("0008_merge", "0007_segment_history")
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass  # nothing to change: both branches' tables are already in place


def downgrade() -> None:
    pass
