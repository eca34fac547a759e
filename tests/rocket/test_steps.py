"""The rocket area's steps (app/rocket/steps.py), without Qt: each names itself in its
view's translation context, and its first run, undo and redo bring the data back and forth
the way the undo stack drives them."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from app.errors import InvalidRecord
from app.rocket import steps as rocket_steps
from app.rocket.catalogue import load_catalogue
from app.rocket.exchange import export_catalogue
from app.rocket.processes import get_process, list_processes
from app.rocket.scoring import score_history
from app.store import Store
from tests.step_helpers import round_trip


def test_rocket_steps_are_named_in_their_views_context_and_go_back_and_forth(
    store: Store, team_id: int, tmp_path: Any
) -> None:
    list_processes(store, team_id)  # the catalogue is copied in
    start = date(2026, 1, 1)
    score = rocket_steps.score(store, team_id, "A3", 2, period_kind="half_year", period_start=start)
    assert (score.text.context, score.text.source) == ("ScoreTab", "Score {code}: {dots}")
    assert dict(score.text.args) == {"code": "A3", "dots": "●●○"}
    round_trip(score, [], [2], lambda: [s.dots for s in score_history(store, team_id, "A3")])

    edit = rocket_steps.edit_process(store, team_id, "Y2", name_fi="Tiimin oppiminen")
    old = get_process(store, team_id, "Y2").name_fi
    round_trip(edit, old, "Tiimin oppiminen", lambda: get_process(store, team_id, "Y2").name_fi)

    retire = rocket_steps.retire_process(store, team_id, "Y1", True)
    assert retire.text.source == "Retire process {code}"
    round_trip(retire, False, True, lambda: get_process(store, team_id, "Y1").retired)

    file = tmp_path / "catalogue.json"
    export_catalogue(store, team_id, file)
    text = file.read_text(encoding="utf-8")
    file.write_text(text.replace("Tiimin oppiminen", "Tuotu"), encoding="utf-8")
    imported = rocket_steps.import_catalogue(store, team_id, load_catalogue(file))
    summary = round_trip(
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
