"""The rocket, segments and success areas' steps (app/<area>/steps.py), without Qt: each
names itself in its view's translation context, and its first run, undo and redo bring
the data back and forth the way the undo stack drives them."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from app.errors import InvalidRecord
from app.operations import Step
from app.rocket import steps as rocket_steps
from app.rocket.catalogue import load_catalogue
from app.rocket.exchange import export_catalogue
from app.rocket.processes import get_process, list_processes
from app.rocket.scoring import score_history
from app.segments import records as segments
from app.segments import steps as segment_steps
from app.store import Store
from app.success import goals, journeys, lifecycle
from app.success import steps as success_steps
from tests.success_helpers import customer


def _round_trip(step: Step[Any], before: Any, after: Any, read: Any) -> Any:
    """first → after, undo → before, redo → after (as the undo stack runs a step)."""
    state = step.first()
    assert read() == after
    state = step.undo(state)
    assert read() == before
    state = step.redo(state)
    assert read() == after
    return state


def test_rocket_steps_are_named_in_their_views_context_and_go_back_and_forth(
    store: Store, team_id: int, tmp_path: Any
) -> None:
    list_processes(store, team_id)  # the catalogue is copied in
    start = date(2026, 1, 1)
    score = rocket_steps.score(store, team_id, "A3", 2, period_kind="half_year", period_start=start)
    assert (score.text.context, score.text.source) == ("ScoreTab", "Score {code}: {dots}")
    assert dict(score.text.args) == {"code": "A3", "dots": "●●○"}
    _round_trip(score, [], [2], lambda: [s.dots for s in score_history(store, team_id, "A3")])

    edit = rocket_steps.edit_process(store, team_id, "Y2", name_fi="Tiimin oppiminen")
    old = get_process(store, team_id, "Y2").name_fi
    _round_trip(edit, old, "Tiimin oppiminen", lambda: get_process(store, team_id, "Y2").name_fi)

    retire = rocket_steps.retire_process(store, team_id, "Y1", True)
    assert retire.text.source == "Retire process {code}"
    _round_trip(retire, False, True, lambda: get_process(store, team_id, "Y1").retired)

    file = tmp_path / "catalogue.json"
    export_catalogue(store, team_id, file)
    text = file.read_text(encoding="utf-8")
    file.write_text(text.replace("Tiimin oppiminen", "Tuotu"), encoding="utf-8")
    imported = rocket_steps.import_catalogue(store, team_id, load_catalogue(file))
    summary = _round_trip(
        imported,
        "Tiimin oppiminen",
        "Tuotu",
        lambda: get_process(store, team_id, "Y2").name_fi,
    )
    assert "Y2" in summary.updated  # the summary the view reports stays with the state


def test_a_refused_step_changes_nothing(store: Store, team_id: int) -> None:
    list_processes(store, team_id)
    with pytest.raises(InvalidRecord):
        rocket_steps.edit_process(store, team_id, "Y2", name_fi="").first()
    assert get_process(store, team_id, "Y2").name_fi


def test_segment_and_strategy_steps(store: Store, team_id: int) -> None:
    cid = customer(store, team_id, "Sijoitus Oy")
    created = segments.create_segmentation(store, team_id, "Koko", ["Pieni", "Suuri"])
    [segmentation] = segments.list_segmentations(store, team_id)
    big = segmentation["segments"][1]["id"]
    place = segment_steps.place(store, cid, created, big, "Koko")
    assert (place.text.context, dict(place.text.args)) == ("SegmentBox", {"segmentation": "Koko"})
    _round_trip(place, {}, {created: big}, lambda: segments.segments_of(store, cid))

    choose = segment_steps.choose_strategies(store, {cid: (("grow", "manual"),)})
    assert choose.text.context == "ValueTable" and choose.text.count == 1  # a plural


def test_success_edits_go_back_and_forth(store: Store, team_id: int) -> None:
    cid = customer(store, team_id, "Uusiutuva Oy")
    renewal = success_steps.set_renewal(
        store, cid, {"renewal_on": date(2027, 3, 1), "reminder_weeks": 6}, name="Uusiutuva Oy"
    )
    assert renewal.text.source == "{name}: renewal date"
    _round_trip(
        renewal,
        (None, 4),  # the customer's state row is made on first use
        (date(2027, 3, 1), 6),
        lambda: lifecycle.renewal_of(store, cid),
    )

    goal_id = goals.add_goal(store, cid, {"title": "Lisää hakemuksia", "measure": "Hakemukset"})
    edit = success_steps.edit_goal(store, goal_id, {"title": "Enemmän"}, name="Uusiutuva Oy")
    _round_trip(
        edit,
        "Lisää hakemuksia",
        "Enemmän",
        lambda: next(g.title for g in goals.goals_of(store, cid) if g.id == goal_id),
    )

    journey = journeys.create_journey(store, team_id, "Polku", ["Alku", "Loppu"])
    rename = success_steps.edit_journey(store, journey, {"name": "Uusi polku"}, name="Uusi polku")
    _round_trip(rename, "Polku", "Uusi polku", lambda: journeys.journey_map(store, journey).name)
    journeys.delete_journey(store, journey)
    with pytest.raises(LookupError):  # a withdrawn journey is gone for an edit too
        journeys.update_journey(store, journey, {"name": "Ei"})
