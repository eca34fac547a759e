"""The segments area's report functions on hand-built data: value × potential with the
Pareto cut computed by hand, weights and scores over time, suggestions accepted through
governance, the funnel against the ladder's own statistics, interactions per member, the
metrics against their targets, bad input, and an empty database."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import text

from app import demo, teams
from app.customers import records as customers
from app.errors import InvalidRecord
from app.governance.strategies import strategies_of
from app.ladder import moves as ladder
from app.ladder.filters import BoardFilter
from app.ladder.stats import load_history, monthly_counts, monthly_upward_moves
from app.segments import metrics, values
from app.segments.activity import interactions_per_member
from app.segments.filters import ChartFilter, month_start
from app.segments.funnel import funnel
from app.segments.levels import segment_levels
from app.segments.performance import performance
from app.segments.value_map import Cut, accept_suggestions, put_strategies, value_map
from app.store import Store
from models.segment import DEFAULT_WEIGHTS
from tests.ladder_helpers import add_customer, add_interaction
from tests.segment_helpers import TODAY, days_ago, scored, segmentation


def _members(store: Store, team_id: int) -> dict[str, int]:
    return {m["name"]: m["id"] for m in teams.members_of(store, team_id)}


def _filter(team_id: int, months: int = 12, **extra: object) -> ChartFilter:
    base = ChartFilter.last_months(team_id, months)
    return ChartFilter(base.team_id, base.start, base.end, **extra)  # type: ignore[arg-type]


@pytest.fixture
def five(store: Store, team_id: int) -> dict[str, int]:
    """Values 5..1 and potentials 1..5: the Pareto cut at 80 % is 3 on both axes (5+4+3 =
    12 = 80 % of 15), at 60 % it is 4 (5+4 = 9)."""
    owners = _members(store, team_id)
    return {
        name: scored(
            store, team_id, name, v, p, owner_id=owners["Aino Laine" if v > 3 else "Eetu Niemi"]
        )
        for name, v, p in (("V5", 5, 1), ("V4", 4, 2), ("V3", 3, 3), ("V2", 2, 4), ("V1", 1, 5))
    }


def test_pareto_cut_and_quadrants_by_hand(store: Store, team_id: int, five: dict[str, int]) -> None:
    found = value_map(store, _filter(team_id))
    assert (found.value_cut, found.potential_cut) == (3.0, 3.0)
    quadrant = {p.name: p.quadrant for p in found.points}
    assert quadrant == {
        "V5": "high_low",
        "V4": "high_low",
        "V3": "high_high",
        "V2": "low_high",
        "V1": "low_high",
    }
    assert {p.name: p.suggested for p in found.points}["V3"] == ("protect", "grow")
    assert found.counts() == {"high_high": 1, "high_low": 2, "low_high": 2, "low_low": 0}
    sixty = value_map(store, _filter(team_id), Cut("pareto", 0.6))
    assert (sixty.value_cut, sixty.potential_cut) == (4.0, 4.0)
    fixed = value_map(store, _filter(team_id), Cut("fixed", score=2.5))
    assert (fixed.value_cut, fixed.potential_cut) == (2.5, 2.5)
    assert {p.name for p in fixed.points if p.quadrant == "high_high"} == {"V3"}


def test_an_owner_filter_draws_fewer_balloons_but_keeps_the_team_cut(
    store: Store, team_id: int, five: dict[str, int]
) -> None:
    aino = _members(store, team_id)["Aino Laine"]
    found = value_map(store, _filter(team_id, owner_id=aino))
    assert sorted(p.name for p in found.points) == ["V4", "V5"]
    assert (found.value_cut, found.potential_cut) == (3.0, 3.0)


def test_weighted_value_and_partial_scores(store: Store, team_id: int) -> None:
    cid = add_customer(
        store,
        team_id,
        "Osittain Oy",
        days_ago(100),
        value_volume=None,
        value_profitability=4,
        value_reference=2,
        potential_share_of_wallet=5,
        potential_cross_sell=1,
        potential_growing_together=1,
    )
    add_customer(store, team_id, "Pisteetön Oy", days_ago(100))
    found = value_map(store, _filter(team_id))
    [point] = found.points
    assert point.customer_id == cid
    assert point.value == pytest.approx((50 * 4 + 25 * 2) / 75)  # volume missing: 50 + 25 left
    assert point.potential == pytest.approx((50 * 5 + 25 + 25) / 100)
    assert found.unscored == 1
    values.put_weights(
        store,
        team_id,
        TODAY,
        {**DEFAULT_WEIGHTS, "volume": 0, "profitability": 100, "reference": 0},
    )
    assert value_map(store, _filter(team_id)).points[0].value == pytest.approx(4.0)


def test_weights_must_add_up_and_keep_their_dates(store: Store, team_id: int) -> None:
    with pytest.raises(InvalidRecord) as refused:
        values.check_weights({**DEFAULT_WEIGHTS, "volume": 30, "cross_sell": "abc"})
    fields = refused.value.by_field()
    assert set(fields) == {"volume", "cross_sell"}
    assert "105 %" in str(refused.value)
    earlier = days_ago(30)
    assert (
        values.put_weights(
            store, team_id, earlier, {**DEFAULT_WEIGHTS, "profitability": 40, "reference": 35}
        )
        is None
    )
    assert values.current_weights(store, team_id).values["reference"] == 35
    assert values.current_weights(store, team_id, earlier - timedelta(days=1)).valid_from is None
    previous = values.put_weights(store, team_id, earlier, {**DEFAULT_WEIGHTS})
    assert previous is not None and previous["reference"] == 35
    values.put_weights(store, team_id, earlier, previous)  # undo
    assert [w.valid_from for w in values.weights_history(store, team_id)] == [earlier]


def test_scores_over_time_and_the_balloons_move(store: Store, team_id: int) -> None:
    cid = scored(store, team_id, "Kasvava Oy", 2, 2, created=days_ago(200), annual_revenue=1000.0)
    with store.write() as session:
        values.record_scores(session, cid, days_ago(200))
    customers.update_customer(
        store, cid, {"value_volume": 5, "value_profitability": 5, "value_reference": 5}
    )
    then = value_map(store, _filter(team_id), day=days_ago(100))
    assert [p.value for p in then.points] == [2.0]
    now = value_map(store, _filter(team_id), compare_day=days_ago(100))
    assert [p.value for p in now.points] == [5.0]
    assert now.before == {cid: (2.0, 2.0)}
    # An edit undone the same day leaves no row behind.
    previous = customers.update_customer(store, cid, {"annual_revenue": 2000.0})
    customers.update_customer(store, cid, previous)
    rows = store.rows(
        text(f"SELECT valid_from FROM customer_score_history WHERE customer_id = {cid}")
    )
    assert [r[0] for r in rows] == [days_ago(200).isoformat(), TODAY.isoformat()]


def test_accepting_suggestions_sets_governance_strategies(
    store: Store, team_id: int, five: dict[str, int]
) -> None:
    found = {p.name: p for p in value_map(store, _filter(team_id)).points}
    chosen = {found[n].customer_id: found[n].suggested for n in ("V3", "V1")}
    previous = accept_suggestions(store, chosen)
    assert strategies_of(store, five["V3"]) == (("protect", "suggested"), ("grow", "suggested"))
    assert strategies_of(store, five["V1"]) == (("grow", "suggested"),)
    again = put_strategies(store, previous)  # undo
    assert strategies_of(store, five["V3"]) == ()
    put_strategies(store, again)  # redo
    override = put_strategies(store, {five["V3"]: (("streamline", "manual"),)})
    assert override[five["V3"]] == (("protect", "suggested"), ("grow", "suggested"))
    found = value_map(store, _filter(team_id), strategies=True)
    assert {p.name: p.strategies for p in found.points}["V3"] == (("streamline", "manual"),)


def test_funnel_matches_the_ladder_statistics(store: Store) -> None:
    demo.generate(store, customers=300, seed=3)
    team = teams.list_teams(store)[0]["id"]
    filt = _filter(team, 18)
    found = funnel(store, filt)
    history = load_history(store, BoardFilter(team))
    counts = monthly_counts(history, filt.start, filt.day)
    upward = monthly_upward_moves(history, filt.start, filt.day)
    for level in ("A3", "A2", "A1"):
        assert found.counts[level] == [int(v) for v in counts.values[level]]
    for lower in ("A3", "A2"):
        assert found.upward[lower] == [int(v) for v in upward.values[lower]]
    assert sum(found.upward["A3"]) > 0  # the demo climbs: the comparison compares something
    levels = segment_levels(store, filt, segmentation(store, team, "Uusi", ["Ainoa"])[0])
    assert levels.total == sum(found.counts[level][-1] for level in ("A3", "A2", "A1"))


def test_conversion_is_moves_up_per_customer_at_the_level(store: Store, team_id: int) -> None:
    start = month_start(TODAY)
    created = start - timedelta(days=40)
    ids = [add_customer(store, team_id, f"Asiakas {i}", created) for i in range(4)]
    ladder.move_customer(store, ids[0], "A2", start, "Jatkotilaus")
    found = funnel(store, _filter(team_id, 2))
    assert found.counts["A3"] == [4, 3]
    assert found.upward["A3"] == [0, 1]
    assert found.conversion("A3") == [0.0, 0.25]


def test_interactions_per_member_by_month(store: Store, team_id: int) -> None:
    members = _members(store, team_id)
    cid = add_customer(store, team_id, "Alfa Oy", days_ago(100))
    this_month = month_start(TODAY)
    last_month = month_start(this_month - timedelta(days=1))
    both = add_interaction(store, cid, "visit", last_month)
    alone = add_interaction(store, cid, "call", this_month)
    add_interaction(store, cid, "email", this_month)  # nobody recorded
    with store.write() as session:
        session.execute(
            text("INSERT INTO interaction_member VALUES (:i, :m)"),
            [
                {"i": both, "m": members["Aino Laine"]},
                {"i": both, "m": members["Eetu Niemi"]},
                {"i": alone, "m": members["Eetu Niemi"]},
            ],
        )
    found = interactions_per_member(store, _filter(team_id, 2))
    assert found.members == [
        (members["Aino Laine"], "Aino Laine"),
        (members["Eetu Niemi"], "Eetu Niemi"),
        (None, ""),
    ]
    assert found.counts == {
        members["Aino Laine"]: [1, 0],
        members["Eetu Niemi"]: [1, 1],
        None: [0, 1],
    }


def test_metric_curves_against_targets(store: Store, team_id: int) -> None:
    members = _members(store, team_id)
    cid = add_customer(store, team_id, "Alfa Oy", days_ago(200), owner_id=members["Aino Laine"])
    months = [month_start(TODAY)]
    for _ in range(2):
        months.insert(0, month_start(months[0] - timedelta(days=1)))
    visits = {months[0]: 3, months[1]: 1, months[2]: 0}
    for month, count in visits.items():
        for _ in range(count):
            vid = add_interaction(store, cid, "visit", month)
            with store.write() as session:
                session.execute(
                    text("INSERT INTO interaction_member VALUES (:i, :m)"),
                    {"i": vid, "m": members["Eetu Niemi"]},
                )
    ladder.move_customer(store, cid, "A1", months[1], "Avainasiakkuus")
    metrics.set_metrics(
        store,
        team_id,
        [
            {"metric": "visits", "target": "2", "member_target": "1"},
            {"metric": "customers_at_a1", "target": 1},
        ],
    )
    found = performance(store, _filter(team_id, 3))
    visits_curve, a1 = found.curves
    assert visits_curve.team == [3.0, 1.0, 0.0]
    assert visits_curve.reached() == [True, False, False]
    eetu = members["Eetu Niemi"]
    assert visits_curve.values(eetu, team=False) == [3.0, 1.0, 0.0]
    assert visits_curve.reached(eetu, team=False) == [True, True, False]
    assert visits_curve.values(members["Aino Laine"], team=False) == [0.0, 0.0, 0.0]
    assert a1.team == [0.0, 1.0, 1.0] and a1.reached() == [False, True, True]
    assert a1.member_target == 0.5  # the team's target shared by its two members


def test_metric_choice_refuses_bad_input(store: Store, team_id: int) -> None:
    six = ["visits", "sales", "upward_moves", "dots_gained", "customers_at_a1", "new_customers"]
    with pytest.raises(InvalidRecord) as refused:
        metrics.set_metrics(store, team_id, [{"metric": m, "target": 1} for m in six])
    assert "at most 5" in str(refused.value)
    with pytest.raises(InvalidRecord) as refused:
        metrics.set_metrics(store, team_id, [{"metric": "visits", "target": "kymmenen"}])
    assert "kymmenen" in str(refused.value)
    with pytest.raises(InvalidRecord):
        metrics.set_metrics(store, team_id, [{"metric": "no_such", "target": 1}])
    with pytest.raises(InvalidRecord):
        metrics.set_metrics(store, team_id, [{"metric": "visits", "target": ""}])
    assert metrics.chosen_metrics(store, team_id) == []
    previous = metrics.set_metrics(store, team_id, [{"metric": "visits", "target": "12,5"}])
    assert previous == [] and metrics.chosen_metrics(store, team_id)[0].target == 12.5


def test_other_areas_can_register_a_metric(store: Store, team_id: int) -> None:
    def nothing(conn, filt):  # type: ignore[no-untyped-def]
        return metrics.MetricSeries(team={"2020-01": 1.0})

    metrics.register(metrics.Metric("test_meetings", "Meetings held as planned", "count", nothing))
    try:
        metrics.set_metrics(store, team_id, [{"metric": "test_meetings", "target": 4}])
        [curve] = performance(store, _filter(team_id, 2)).curves
        assert curve.team == [0.0, 0.0]
    finally:
        metrics._REGISTRY.pop("test_meetings")
    assert performance(store, _filter(team_id, 2)).unknown == ["test_meetings"]


def test_an_empty_team_gives_empty_reports(store: Store, team_id: int) -> None:
    filt = _filter(team_id)
    sid, _seg = segmentation(store, team_id, "Tyhjä", ["A", "B"])
    assert segment_levels(store, filt, sid).total == 0
    found = value_map(store, filt)
    assert found.points == [] and found.value_cut is None
    assert funnel(store, filt).empty
    assert interactions_per_member(store, filt).total == 0
    assert performance(store, filt).curves == []
    for metric in metrics.available():
        series = metric.compute(store.engine.connect(), filt)
        assert sum(series.team.values()) == 0, metric.key


def test_past_day_uses_weights_of_that_day(store: Store, team_id: int) -> None:
    cid = scored(store, team_id, "Alfa Oy", 3, 3, created=days_ago(300))
    with store.write() as session:
        values.record_scores(session, cid, days_ago(300))
    changed = {**DEFAULT_WEIGHTS, "volume": 0, "profitability": 100, "reference": 0}
    values.put_weights(store, team_id, days_ago(10), changed)
    assert value_map(store, _filter(team_id)).weights.values["profitability"] == 100
    assert value_map(store, _filter(team_id), day=days_ago(20)).weights.valid_from is None
