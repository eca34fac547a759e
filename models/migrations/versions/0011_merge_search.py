"""Join the search-index and members branch (0007_search) to the main line (0010_merge).

Revision ID: 0011_merge
Revises: 0010_merge, 0007_search
Create Date: 2026-11-24
"""

from __future__ import annotations

revision = "0011_merge"
down_revision = ("0010_merge", "0007_search")
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass  # nothing to change: both branches' tables and indexes are already in place


def downgrade() -> None:
    pass
