"""A covering index for the ladder funnel and "customers at A1" (issue 13, fourth round;
docs/benchmarks.md, "Segments"): a customer's first move, and every move of a team's
customers with both levels, read from the index alone. With only (customer_id, moved_on)
each of the ~50 000 look-ups of a team also read the move's row for its levels.

`id` is in the index so that "first move" (ORDER BY moved_on, id) is the index's own order.

Revision ID: 0015_segment_counts
Revises: 0014_merge
Create Date: 2026-11-24 12:40:00
"""

from __future__ import annotations

from alembic import op

revision = "0015_segment_counts"
down_revision = "0014_merge"
branch_labels = None
depends_on = None

NAME = "ix_ladder_move_customer_levels"
COLUMNS = ["customer_id", "moved_on", "id", "from_level", "to_level"]


def upgrade() -> None:
    op.create_index(NAME, "ladder_move", COLUMNS, unique=False)


def downgrade() -> None:
    op.drop_index(NAME, table_name="ladder_move")
