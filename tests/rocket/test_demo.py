"""The demo step: catalogue per team, rounds twice a year, engine first, level 4 rare."""

from __future__ import annotations

from datetime import date

from app import demo
from app.rocket import rounds as rocket_rounds
from app.rocket.coach import Source, coach_matrix
from app.rocket.evidence import evidence_of
from app.rocket.processes import list_processes
from app.rocket.progress import progress_series
from app.rocket.targets import targets_of
from app.store import Store


def test_demo_adds_two_years_of_rounds_with_realistic_progress(store: Store) -> None:
    ctx = demo.generate(store, customers=20, teams=3, today=date(2026, 11, 23))
    levels = {1: 0, 4: 0}
    for team in ctx.team_ids:
        assert len(list_processes(store, team)) == 12
        rounds = rocket_rounds.list_rounds(store, team)
        assert {r.status for r in rounds} == {"finished"}
        assert {r.assessor_kind for r in rounds} == {"team", "coach"}
        assert 3 <= len(rounds) // 2 <= 5  # twice a year over two years
        assert rocket_rounds.round_reminder(store, team, date(2026, 11, 23)) is None
        series = progress_series(store, team, until=date(2026, 11, 23))
        assert series.total == sorted(series.total)  # progress, not noise
        levels[1] += series.by_level[1][-1]
        levels[4] += series.by_level[4][-1]
        assert targets_of(store, team) and evidence_of(store, team)
    assert levels[1] >= 8 * len(ctx.team_ids)  # the engine is nearly full
    assert levels[4] <= 4 * len(ctx.team_ids)  # level 4 is rare after two years
    matrix = coach_matrix([Source("demo", store, own=True)], date(2026, 7, 1))
    assert len(matrix.rows) == 3
