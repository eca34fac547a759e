"""Join the ladder (0002) and Rocket-model (0003) branches, which were written side by side.

Revision ID: 0004_merge
Revises: 0002_ladder, 0003_rocket
Create Date: 2026-11-23
"""

from __future__ import annotations

revision = "0004_merge"
down_revision = ("0002_ladder", "0003_rocket")
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass  # nothing to change: both branches' tables are already in place


def downgrade() -> None:
    pass
