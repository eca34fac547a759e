"""Values the app derives from other records, derived again after a merge.

A customer's ladder level follows from its moves (issue 15: "the customer's current ladder
level follows from its moves"; the ladder's rule, app/ladder/level_rule.py): two laptops
that moved one customer at once both recorded a move and a level; after the merge the
level is the destination of the latest move, the same on every laptop, and the competing
level edits are not shown as a conflict (state.DERIVED).

"Latest" is by the day of the move, then by the clock stamp of the operation that recorded
it: that stamp follows causality (a move made after another was seen always has the later
stamp, whatever the laptops' wall clocks say), so the level a laptop sets when it records
a move is the level every laptop derives. The creation time would not do: a laptop whose
clock is behind could record a move "before" one it had already received. The level is
derived again whenever a merge inserts a customer, changes its level or writes one of its
moves (app/sync/materialize.py), and after every local write that adds or removes a move
(an undo), since each may otherwise leave a level no move says.
"""

from __future__ import annotations

import sqlite3

from app.ladder.level_rule import level_by_moves
from app.sync.state import read_state

# Moves of one day in the order they were made: the stamp of the operation that recorded
# each (the ladder's rule takes the order from its caller: app/ladder/level_rule.py).
_OP_STAMP = """(SELECT min(o.op_id) FROM sync_op o
              WHERE o.tbl = 'ladder_move' AND o.rec = m.uuid AND o.kind = 'I')"""


def derive_ladder_levels(db: sqlite3.Connection, customers: set[str]) -> bool:
    """Set each customer's level from its latest move, or, with no move left (its moves
    deleted with it and not all restored), to the merged value of the level field; True
    when any changed. The level is then the same function of the merged operations on
    every laptop, whichever writes brought it there."""
    changed = False
    for customer in customers:
        found = level_by_moves(db, customer, then_by=_OP_STAMP)
        if found is None:
            continue
        wanted = found.latest
        if wanted is None:
            state = read_state(db, "customer", customer)
            wanted = state.value("ladder_level") if state.known else None
        if wanted is None or found.level == wanted:
            continue
        db.execute("UPDATE customer SET ladder_level = ? WHERE id = ?", (wanted, found.customer_id))
        changed = True
    return changed
