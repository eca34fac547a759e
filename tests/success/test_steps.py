"""The success area's steps (app/success/steps.py), without Qt: each names itself in its
view's translation context, and its first run, undo and redo bring the data back and forth
the way the undo stack drives them."""

from __future__ import annotations

from datetime import date

import pytest

from app.store import Store
from app.success import goals, journeys, lifecycle
from app.success import steps as success_steps
from tests.step_helpers import round_trip
from tests.success_helpers import customer


def test_success_edits_go_back_and_forth(store: Store, team_id: int) -> None:
    cid = customer(store, team_id, "Uusiutuva Oy")
    renewal = success_steps.set_renewal(
        store, cid, {"renewal_on": date(2027, 3, 1), "reminder_weeks": 6}, name="Uusiutuva Oy"
    )
    assert renewal.text.source == "{name}: renewal date"
    round_trip(
        renewal,
        (None, 4),  # the customer's state row is made on first use
        (date(2027, 3, 1), 6),
        lambda: lifecycle.renewal_of(store, cid),
    )

    goal_id = goals.add_goal(store, cid, {"title": "Lisää hakemuksia", "measure": "Hakemukset"})
    edit = success_steps.edit_goal(store, goal_id, {"title": "Enemmän"}, name="Uusiutuva Oy")
    round_trip(
        edit,
        "Lisää hakemuksia",
        "Enemmän",
        lambda: next(g.title for g in goals.goals_of(store, cid) if g.id == goal_id),
    )

    journey = journeys.create_journey(store, team_id, "Polku", ["Alku", "Loppu"])
    rename = success_steps.edit_journey(store, journey, {"name": "Uusi polku"}, name="Uusi polku")
    round_trip(rename, "Polku", "Uusi polku", lambda: journeys.journey_map(store, journey).name)
    journeys.delete_journey(store, journey)
    with pytest.raises(LookupError):  # a withdrawn journey is gone for an edit too
        journeys.update_journey(store, journey, {"name": "Ei"})
