"""The ladder's step builder (app/ladder/steps.py), without Qt: a move's first run, undo and
redo, and its text, as `ctx.run` and the undo stack call them."""

from __future__ import annotations

from datetime import date

from app.customers import records as customers
from app.ladder import steps as ladder_steps
from app.store import Store
from tests.step_helpers import run


def test_a_ladder_move_step(store: Store, team_id: int) -> None:
    cid = customers.create_customer(store, team_id, {"name": "Tikas Oy"})
    move = ladder_steps.move(store, cid, "Tikas Oy", "A2", date.today(), "Toinen tilaus", None)
    assert move.text.args == {"name": "Tikas Oy", "level": "A2"}
    run(move)
    assert customers.get_customer(store, cid).ladder_level == "A3"  # type: ignore[union-attr]
