"""The segments area's value map and balloon chart read covering indexes (migration
0012_report_indexes), checked with EXPLAIN QUERY PLAN: without them each read fetches every
live customer's row (and each customer's past scores) from the table."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from app.segments.filters import ChartFilter, added_params
from app.segments.value_map import _positions, _statement
from app.store import Store


def _plan(store: Store, sql: str, params: dict[str, Any]) -> str:
    with store.engine.connect() as conn:
        rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params)
        return "\n".join(row[3] for row in rows)


def test_value_map_reads_the_scores_from_the_index(store: Store, team_id: int) -> None:
    filt = ChartFilter.last_months(team_id, 12)
    plan = _plan(store, *_statement(filt, filt.day))
    assert "COVERING INDEX ix_customer_team_scores" in plan
    assert "SEARCH c USING INDEX" not in plan  # no customer row is read


def test_balloon_moves_read_past_scores_from_the_index(store: Store, team_id: int) -> None:
    filt = ChartFilter.last_months(team_id, 12)
    plan = _plan(store, *_positions(filt, filt.start - timedelta(days=1)))
    assert "COVERING INDEX ix_customer_team_scores" in plan
    assert "COVERING INDEX ix_score_history_customer_scores" in plan
    assert plan.count("CORRELATED SCALAR SUBQUERY") == 1  # one seek per customer


def test_segment_levels_look_each_customer_up_once_in_the_index(store: Store, team_id: int) -> None:
    from app.segments.levels import _COUNTS

    filt = ChartFilter.last_months(team_id, 12)
    condition, params = filt.scope()
    day = added_params(filt.start)
    plan = _plan(store, _COUNTS.format(scope=condition), {**params, **day, "segmentation": 1})
    assert "COVERING INDEX ix_segment_membership_customer_at" in plan
    assert "COVERING INDEX ix_ladder_move_customer_levels" in plan  # the level on the day
    assert plan.count("CORRELATED SCALAR SUBQUERY 1") == 1  # each look-up once per customer
    assert plan.count("CORRELATED SCALAR SUBQUERY 2") == 1
    assert "TEMP B-TREE" not in plan  # counted in numpy, not sorted


def test_ladder_events_read_each_customer_once_from_the_index(store: Store, team_id: int) -> None:
    from app.segments import columns

    filt = ChartFilter.last_months(team_id, 12)
    condition, params = filt.scope()
    added = added_params(filt.day, filt.start)
    plan = _plan(store, columns.ladder_events_sql(condition), {**params, **added})
    assert "COVERING INDEX ix_customer_team_scores" in plan
    assert "SEARCH m USING COVERING INDEX ix_ladder_move_customer_levels (customer_id=?)" in plan
    assert plan.count("CORRELATED SCALAR SUBQUERY") == 1
    assert "TEMP B-TREE" not in plan


def test_interactions_per_member_are_not_sorted(store: Store, team_id: int) -> None:
    from app.segments.activity import _PER_MEMBER

    filt = ChartFilter.last_months(team_id, 12)
    condition, params = filt.scope(include_archived=True)
    plan = _plan(store, _PER_MEMBER.format(scope=condition), {**params, **filt.period_params()})
    assert "COVERING INDEX ix_interaction_customer_date" in plan
    assert "TEMP B-TREE" not in plan
