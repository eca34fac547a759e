"""Values outside what the domain allows raise InvalidRecord at the app layer, never a raw
IntegrityError, OverflowError or ValueError (each case below did before)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from app import teams
from app.customers import records as customers
from app.errors import InvalidRecord
from app.governance.strategies import set_strategies
from app.ladder.moves import move_customer
from app.ladder.settings import save_settings
from app.rocket import rounds
from app.rocket.checklists import set_checklist_done
from app.rocket.evidence import add_evidence
from app.rocket.process_edits import add_process
from app.rocket.processes import list_processes
from app.rocket.scoring import add_score
from app.rocket.targets import set_target
from app.segments import records as segments
from app.store import Store

Case = Callable[[Store, int, int], Any]
NEW_YEAR = date(2026, 1, 1)

CASES: dict[str, Case] = {
    "target dots infinite": lambda s, t, c: set_target(s, t, "Y1", "year", date(2026, 1, 1), 1e999),
    "target dots 7": lambda s, t, c: set_target(s, t, "Y1", "year", date(2026, 1, 1), 7),
    "target for no process": lambda s, t, c: set_target(s, t, "ZZ", "year", date(2026, 1, 1), 1),
    "score in year 9999": lambda s, t, c: add_score(s, t, "Y1", 1, "half_year", date(9999, 7, 1)),
    "score in year 1": lambda s, t, c: add_score(s, t, "Y1", 1, "month", date(1, 1, 1)),
    "score by nobody": lambda s, t, c: add_score(
        s, t, "Y1", 1, "year", date(2026, 1, 1), "team", 999
    ),
    "score dots infinite": lambda s, t, c: add_score(
        s, t, "Y1", float("inf"), "year", date.today()
    ),
    "round of a decade": lambda s, t, c: rounds.start_round(s, t, period_kind="decade"),
    "round by a stranger": lambda s, t, c: rounds.start_round(s, t, "umpire"),
    "evidence by nobody": lambda s, t, c: add_evidence(s, t, "Y1", "note", "Muistio", None, 999),
    "process level huge": lambda s, t, c: add_process(s, t, "Z9", 10**30, "Nimi"),
    "process code b1 next to B1": lambda s, t, c: add_process(s, t, "b1", 4, "Nimi"),
    "tick by nobody": lambda s, t, c: set_checklist_done(
        s, list_processes(s, t)[0].checklist[0].id, True, 999
    ),
    "member with no such role": lambda s, t, c: teams.add_member(s, t, "Aino", None, "boss"),
    "member of no team": lambda s, t, c: teams.add_member(s, 999, "Aino"),
    "team founded in year 9999": lambda s, t, c: teams.create_team(s, "T", None, date(9999, 1, 1)),
    "move by nobody": lambda s, t, c: move_customer(s, c, "A2", date.today(), "Syy", 999),
    "silence limit infinite": lambda s, t, c: save_settings(s, t, {}, {"A1": float("inf")}),
    "threshold as text": lambda s, t, c: save_settings(s, t, {"a3_visited": {"min": "x"}}, {}),
    "criterion unknown": lambda s, t, c: save_settings(s, t, {"nope": {"min": 2}}, {}),
    "segment unknown": lambda s, t, c: segments.set_segments(s, c, {1: 999}),
    "segmentation of no team": lambda s, t, c: segments.create_segmentation(s, 999, "S", ["a"]),
    "strategy by nobody": lambda s, t, c: set_strategies(s, c, [("grow", "manual")], 999),
    "customer of no team": lambda s, t, c: customers.create_customer(s, 999, {"name": "A"}),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_refused_with_a_sentence(store: Store, team_id: int, case: str) -> None:
    cid = customers.create_customer(store, team_id, {"name": "Asiakas Oy"})
    segments.create_segmentation(store, team_id, "Koko", ["Pieni", "Suuri"])
    list_processes(store, team_id)  # the catalogue exists
    with pytest.raises(InvalidRecord) as error:
        CASES[case](store, team_id, cid)
    assert error.value.errors and all(str(e) for e in error.value.errors)
