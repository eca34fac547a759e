"""Join the customer-success branch (0007_success) to the main line (0009_merge).

Revision ID: 0010_merge
Revises: 0009_merge, 0007_success
Create Date: 2026-11-24
"""

from __future__ import annotations

revision = "0010_merge"
down_revision = ("0009_merge", "0007_success")
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass  # nothing to change: both branches' tables are already in place


def downgrade() -> None:
    pass
