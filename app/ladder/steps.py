"""The ladder's user actions as undoable steps (app/operations.py).

A move is recorded with its reason, date and author; undo removes it and puts the customer
back on its level, redo records the same move again (same id and UUID). Both are refused
(StaleMove) once the customer's level has changed since.
"""

from __future__ import annotations

from datetime import date

from app.ladder.moves import MoveRecord, move_customer, redo_move, undo_move
from app.operations import Step, step
from app.store import Store
from models.rules import QT_TRANSLATE_NOOP


def move(
    store: Store,
    customer_id: int,
    name: str,
    to_level: str,
    moved_on: date | None,
    reason: str | None,
    author_member_id: int | None,
) -> Step[MoveRecord]:
    """Move the customer (`name`: for the step's text) to `to_level`."""
    return step(
        "LadderPanel",
        QT_TRANSLATE_NOOP("LadderPanel", "Move {name} to {level}"),
        lambda: move_customer(store, customer_id, to_level, moved_on, reason, author_member_id),
        lambda record: undo_move(store, record),
        lambda record: redo_move(store, record),
        name=name,
        level=to_level,
    )
