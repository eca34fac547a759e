"""The ladder statistics in plain Python give what the pandas version (kept as the
benchmark's baseline in bench/ladder_stats_pandas.py) gave, on random move histories.
`RAKETTI_LONG_TESTS=1 make test` runs many more examples."""

from __future__ import annotations

import importlib.util
import os
import sys
from datetime import date, timedelta
from types import ModuleType
from typing import Any

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from app.ladder import stats
from app.paths import PROJECT_ROOT

LEVELS = ("A3", "A2", "A1")
START = date(2024, 1, 1)
TODAY = date(2026, 3, 15)


def _reference() -> ModuleType:
    path = PROJECT_ROOT / "bench" / "ladder_stats_pandas.py"
    spec = importlib.util.spec_from_file_location("ladder_stats_pandas", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


REFERENCE = _reference()
EXAMPLES = 1000 if os.environ.get("RAKETTI_LONG_TESTS") else 60


@st.composite
def histories(draw: st.DrawFn) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """Customers (id, created day, level now, owner) and their chains of moves."""
    customers, moves = [], []
    move_id = 0
    for cid in range(1, draw(st.integers(0, 12)) + 1):
        created = START + timedelta(days=draw(st.integers(0, 700)))
        owner = draw(st.sampled_from([None, 1, 2]))
        level = draw(st.sampled_from(LEVELS))
        day = created
        for _ in range(draw(st.integers(0, 4))):
            day += timedelta(days=draw(st.integers(0, 120)))
            target = draw(st.sampled_from([lv for lv in LEVELS if lv != level]))
            move_id += 1
            moves.append((move_id, cid, level, target, day.isoformat(), owner, owner))
            level = target
        customers.append((cid, created, level, owner))
    return customers, moves


def _theirs(customers: list[tuple[Any, ...]], moves: list[tuple[Any, ...]]) -> Any:
    frame = pd.DataFrame.from_records(
        [(c[0], f"{c[1].isoformat()} 12:00:00", c[2], c[3]) for c in customers],
        columns=["id", "created_at", "level", "owner_id"],
    )
    columns = ["id", "customer_id", "from_level", "to_level", "moved_on", "author_member_id"]
    move_frame = pd.DataFrame.from_records(moves, columns=[*columns, "owner_id"])
    return REFERENCE.build_history(frame, move_frame, TODAY)


@settings(max_examples=EXAMPLES, deadline=None)
@given(histories(), st.integers(0, 800), st.integers(0, 400))
def test_same_figures_as_the_pandas_version(
    data: tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]], offset: int, span: int
) -> None:
    customers, moves = data
    ours = stats.build_history(customers, moves, TODAY)
    theirs = _theirs(customers, moves)
    start = START + timedelta(days=offset)
    end = start + timedelta(days=span)
    assert stats.counts_at(ours, end) == REFERENCE.counts_at(theirs, end)
    levels = REFERENCE.levels_at(theirs, end)
    assert stats.levels_at(ours, end) == {int(k): v for k, v in levels.items()}
    monthly = REFERENCE.monthly_counts(theirs, start, end)
    assert stats.monthly_counts(ours, start, end).values == {
        level: [int(v) for v in monthly[level]] for level in LEVELS
    }
    for lower in ("A3", "A2"):
        mine = stats.conversion(ours, start, end, lower)
        reference = REFERENCE.conversion(theirs, start, end, lower)
        assert (mine.base, mine.moved) == (reference.base, reference.moved)
    assert stats.median_days_in_level(ours) == REFERENCE.median_days_in_level(theirs)
    assert stats.median_days_in_level(ours, start, end) == REFERENCE.median_days_in_level(
        theirs, start, end
    )
    up = REFERENCE.monthly_upward_moves(theirs, start, end)
    assert stats.monthly_upward_moves(ours, start, end).values == {
        lower: [int(v) for v in up[lower]] for lower in ("A3", "A2")
    }
    owners = REFERENCE.moves_per_month_per_owner(theirs)
    expected = {
        month.date(): {int(owner): int(n) for owner, n in row.items() if n}
        for month, row in owners.iterrows()
    }
    assert stats.moves_per_month_per_owner(ours) == expected
