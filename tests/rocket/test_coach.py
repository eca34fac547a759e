"""The coach's matrix over this database and another team's file opened read-only."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app import teams
from app.rocket.coach import Source, coach_matrix, open_source, round_periods
from app.rocket.scoring import add_score
from app.store import ReadOnlyError, Store
from models.database import DatabaseError

H2_2025 = date(2025, 7, 1)
H1_2026 = date(2026, 1, 1)


def _other_database(path: Path) -> None:
    other = Store.open(path, path.parent / "backups")
    try:
        team = teams.create_team(other, "Osuuskunta Naapuri")
        add_score(other, team, "Y1", 1, "half_year", H2_2025, "coach")
        add_score(other, team, "Y1", 3, "half_year", H1_2026, "coach")
        add_score(other, team, "A3", 2, "half_year", H1_2026, "coach")
    finally:
        other.close()


def test_matrix_over_two_databases(store: Store, team_id: int, tmp_path: Path) -> None:
    add_score(store, team_id, "Y1", 2, "half_year", H2_2025)
    add_score(store, team_id, "Y1", 2, "half_year", H1_2026)
    add_score(store, team_id, "Y2", 1, "half_year", H1_2026)
    other_path = tmp_path / "naapuri.sqlite"
    _other_database(other_path)
    size_before = other_path.stat().st_size

    other = open_source(other_path)
    try:
        assert other.store.read_only and other.store.lock is None
        with pytest.raises(ReadOnlyError):
            add_score(other.store, 1, "Y2", 1, "half_year", H1_2026)
        sources = [Source("oma", store, own=True), other]
        assert round_periods(sources) == [H1_2026, H2_2025]
        matrix = coach_matrix(sources, H1_2026)
    finally:
        other.store.close()

    assert matrix.codes[:3] == ["Y1", "Y2", "Y3"] and len(matrix.codes) == 12
    assert matrix.previous_start == H2_2025
    rows = {r.team_name: r for r in matrix.rows}
    own, neighbour = rows["Osuuskunta Testi"], rows["Osuuskunta Naapuri"]
    assert own.own and not neighbour.own and neighbour.source == "naapuri"
    assert (own.cells["Y1"], own.diffs["Y1"]) == (2, 0)
    assert (own.cells["Y2"], own.diffs["Y2"]) == (1, 1)
    assert own.cells["B2"] is None and own.diffs["B2"] is None
    assert (neighbour.cells["Y1"], neighbour.diffs["Y1"]) == (3, 2)
    assert (neighbour.total, neighbour.total_diff) == (5, 4)
    assert (own.total, own.total_diff) == (3, 1)
    assert other_path.stat().st_size == size_before  # nothing written to their file


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("hello", encoding="utf-8")
    with pytest.raises(DatabaseError):
        open_source(bogus)
