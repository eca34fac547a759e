"""Covering indexes for the segments area's value map, balloon chart and segment × level
chart at 100 000
customers, checked with EXPLAIN QUERY PLAN (docs/benchmarks.md, "Segments"):

- `ix_customer_team_scores`: a team's live customers with every column the value map reads
  (scores, revenue, level, owner, name, creation time), so the map walks one index instead
  of reading each customer's row, scattered over the file;
- `ix_score_history_customer_scores`: a customer's scores on a past day from the index
  alone (the unique (customer_id, valid_from) index finds the row but not its scores);
- `ix_segment_membership_customer_at`: a customer's segment on a past day from the index
  alone, for the segment × level chart (one look-up per customer of the team).

Revision ID: 0012_report_indexes
Revises: 0011_merge
Create Date: 2026-11-24 10:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0012_report_indexes"
down_revision = "0011_merge"
branch_labels = None
depends_on = None

SCORES = [
    "value_volume",
    "value_profitability",
    "value_reference",
    "potential_share_of_wallet",
    "potential_cross_sell",
    "potential_growing_together",
]
INDEXES: list[tuple[str, str, list[str]]] = [
    (
        "ix_customer_team_scores",
        "customer",
        [
            "team_id",
            "archived",
            *SCORES,
            "annual_revenue",
            "ladder_level",
            "owner_id",
            "name",
            "created_at",
        ],
    ),
    (
        "ix_score_history_customer_scores",
        "customer_score_history",
        ["customer_id", "valid_from", *SCORES, "annual_revenue"],
    ),
    (
        "ix_segment_membership_customer_at",
        "segment_membership",
        ["customer_id", "segmentation_id", "since", "until", "segment_id"],
    ),
]


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns, unique=False)


def downgrade() -> None:
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
