"""Statistics replayed from a hand-built move history with known answers."""

from __future__ import annotations

from datetime import date

import pytest

from app import teams
from app.ladder import stats as ladder_stats
from app.ladder.board import level_counts
from app.ladder.filters import BoardFilter
from app.ladder.moves import move_customer
from app.store import Store
from tests.ladder_helpers import add_customer

TODAY = date(2026, 6, 30)


@pytest.fixture
def history(store: Store, team_id: int) -> ladder_stats.History:
    """Five customers:

    c1 added 2025-01-10 at A3, A2 on 2025-03-01, A1 on 2025-09-01
    c2 added 2025-01-20 at A3, A2 on 2025-06-01
    c3 added 2025-02-01 at A3, never moved
    c4 added 2025-05-01 at A2, down to A3 on 2026-01-15
    c5 added 2025-12-01 at A3, jumped to A1 on 2026-02-01
    """
    owners = [m["id"] for m in teams.members_of(store, team_id)]
    c1 = add_customer(store, team_id, "c1", date(2025, 1, 10), owner_id=owners[0])
    c2 = add_customer(store, team_id, "c2", date(2025, 1, 20), owner_id=owners[1])
    add_customer(store, team_id, "c3", date(2025, 2, 1))
    c4 = add_customer(store, team_id, "c4", date(2025, 5, 1), level="A2", owner_id=owners[0])
    c5 = add_customer(store, team_id, "c5", date(2025, 12, 1), owner_id=owners[0])
    for cid, to, day in [
        (c1, "A2", date(2025, 3, 1)),
        (c2, "A2", date(2025, 6, 1)),
        (c1, "A1", date(2025, 9, 1)),
        (c4, "A3", date(2026, 1, 15)),
        (c5, "A1", date(2026, 2, 1)),
    ]:
        move_customer(store, cid, to, day, "syy", today=TODAY)
    return ladder_stats.load_history(store, BoardFilter(team_id), TODAY)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2024, 12, 31), {"A3": 0, "A2": 0, "A1": 0}),
        (date(2025, 1, 31), {"A3": 2, "A2": 0, "A1": 0}),
        (date(2025, 3, 1), {"A3": 2, "A2": 1, "A1": 0}),  # the move counts on its own day
        (date(2025, 6, 30), {"A3": 1, "A2": 3, "A1": 0}),
        (date(2025, 9, 30), {"A3": 1, "A2": 2, "A1": 1}),
        (TODAY, {"A3": 2, "A2": 1, "A1": 2}),
    ],
)
def test_counts_at_past_dates(
    history: ladder_stats.History, day: date, expected: dict[str, int]
) -> None:
    assert ladder_stats.counts_at(history, day) == expected
    levels = ladder_stats.levels_at(history, day)
    assert {lv: list(levels.values()).count(lv) for lv in ("A3", "A2", "A1")} == expected


def test_replayed_today_equals_the_board(
    store: Store, team_id: int, history: ladder_stats.History
) -> None:
    assert ladder_stats.counts_at(history, TODAY) == level_counts(store, BoardFilter(team_id))


def test_monthly_counts(history: ladder_stats.History) -> None:
    monthly = ladder_stats.monthly_counts(history, date(2025, 1, 1), date(2025, 9, 15))
    assert monthly.days == [
        date(2025, 1, 31),
        date(2025, 2, 28),
        date(2025, 3, 31),
        date(2025, 4, 30),
        date(2025, 5, 31),
        date(2025, 6, 30),
        date(2025, 7, 31),
        date(2025, 8, 31),
        date(2025, 9, 15),
    ]
    assert monthly.at(date(2025, 2, 28)) == {"A3": 3, "A2": 0, "A1": 0}
    assert monthly.at(date(2025, 5, 31)) == {"A3": 2, "A2": 2, "A1": 0}
    assert monthly.at(monthly.days[-1]) == {"A3": 1, "A2": 2, "A1": 1}


def test_conversions(history: ladder_stats.History) -> None:
    year = (date(2025, 1, 1), date(2025, 12, 31))
    a3 = ladder_stats.conversion(history, *year, "A3")
    assert (a3.base, a3.moved, a3.rate) == (4, 2, 0.5)  # c1, c2 of c1, c2, c3, c5
    a2 = ladder_stats.conversion(history, *year, "A2")
    assert (a2.base, a2.moved) == (3, 1)  # c1 of c1, c2, c4
    spring = ladder_stats.conversion(history, date(2026, 1, 1), date(2026, 6, 30), "A3")
    assert (spring.base, spring.moved) == (3, 1)  # c5's jump, of c3, c5 and c4 (moved down)
    empty = ladder_stats.conversion(history, date(2020, 1, 1), date(2020, 12, 31), "A2")
    assert empty.rate is None


def test_median_days_in_level(history: ladder_stats.History) -> None:
    # A3 stays: 50 (c1), 132 (c2), 62 (c5); A2: 184 (c1), 259 (c4); A1 none completed.
    assert ladder_stats.median_days_in_level(history) == {"A3": 62.0, "A2": 221.5, "A1": None}
    in_2025 = ladder_stats.median_days_in_level(history, date(2025, 1, 1), date(2025, 12, 31))
    assert in_2025 == {"A3": 91.0, "A2": 184.0, "A1": None}


def test_moves_per_month_per_owner(
    store: Store, team_id: int, history: ladder_stats.History
) -> None:
    owners = [m["id"] for m in teams.members_of(store, team_id)]
    table = ladder_stats.moves_per_month_per_owner(history)
    assert table[date(2025, 3, 1)][owners[0]] == 1
    assert table[date(2025, 6, 1)][owners[1]] == 1
    assert sum(n for owners_moves in table.values() for n in owners_moves.values()) == 5


def test_monthly_upward_moves(history: ladder_stats.History) -> None:
    up = ladder_stats.monthly_upward_moves(history, date(2025, 1, 1), date(2026, 6, 30))
    assert sum(up.values["A3"]) == 3  # c1, c2 and c5's jump; c4 moved down
    assert sum(up.values["A2"]) == 1
    assert up.at(date(2026, 2, 1))["A3"] == 1


def test_summary_runs_on_an_empty_team(store: Store, team_id: int) -> None:
    result = ladder_stats.summary(store, BoardFilter(team_id), months=3, today=TODAY)
    assert result.now == {"A3": 0, "A2": 0, "A1": 0}
    assert len(result.monthly.days) == 3
    assert result.conversions["A3"].rate is None
