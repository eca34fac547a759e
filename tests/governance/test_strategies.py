"""Customer strategies: at most two of protect / grow / streamline, set as one undoable step."""

from __future__ import annotations

import pytest

from app.customers import records as customers
from app.errors import InvalidRecord
from app.governance.strategies import set_strategies, strategies_of
from app.store import Store


def test_set_returns_the_previous_choice_so_undo_restores_it(store: Store, team_id: int) -> None:
    cid = customers.create_customer(store, team_id, {"name": "Kasvu Oy"})
    assert set_strategies(store, cid, [("grow", "suggested")]) == ()
    previous = set_strategies(store, cid, [("protect", "manual"), ("grow", "manual")])
    assert previous == (("grow", "suggested"),)
    assert strategies_of(store, cid) == (("protect", "manual"), ("grow", "manual"))
    set_strategies(store, cid, previous)  # undo
    assert strategies_of(store, cid) == (("grow", "suggested"),)


@pytest.mark.parametrize(
    "choice",
    [
        [("grow", "manual"), ("protect", "manual"), ("streamline", "manual")],
        [("grow", "manual"), ("grow", "suggested")],
        [("conquer", "manual")],
        [("grow", "guessed")],
    ],
)
def test_bad_choices_are_refused_and_change_nothing(
    store: Store, team_id: int, choice: list[tuple[str, str]]
) -> None:
    cid = customers.create_customer(store, team_id, {"name": "Vakaa Oy"})
    set_strategies(store, cid, [("protect", "manual")])
    with pytest.raises(InvalidRecord):
        set_strategies(store, cid, choice)
    assert strategies_of(store, cid) == (("protect", "manual"),)


def test_deleting_the_customer_removes_its_strategies(store: Store, team_id: int) -> None:
    cid = customers.create_customer(store, team_id, {"name": "Poistuva Oy"})
    set_strategies(store, cid, [("streamline", "manual")])
    customers.delete_customer(store, cid)
    assert strategies_of(store, cid) == ()
