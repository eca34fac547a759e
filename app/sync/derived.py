"""Values the app derives from other records, derived again after a merge.

A customer's ladder level follows from its moves (issue 15: "the customer's current ladder
level follows from its moves"): two laptops that moved one customer at once both recorded
a move and a level; after the merge the level is the destination of the latest move (by
date, then time of recording, then UUID), the same on every laptop, and the competing
level edits are not shown as a conflict (state.DERIVED).
"""

from __future__ import annotations

import sqlite3


def derive_ladder_levels(db: sqlite3.Connection, customers: set[str]) -> bool:
    """Set each customer's level from its latest move; True when any changed."""
    changed = False
    for customer in customers:
        row = db.execute(
            "SELECT c.id, c.ladder_level, (SELECT m.to_level FROM ladder_move m "
            "WHERE m.customer_id = c.id ORDER BY m.moved_on DESC, m.created_at DESC, "
            "m.uuid DESC LIMIT 1) FROM customer c WHERE c.uuid = ?",
            (customer,),
        ).fetchone()
        if row is None or row[2] is None or row[1] == row[2]:
            continue
        db.execute("UPDATE customer SET ladder_level = ? WHERE id = ?", (row[2], row[0]))
        changed = True
    return changed
