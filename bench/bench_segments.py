"""Benchmark: the segments area's report functions against loading the rows into pandas and
grouping there, in the same run on the same file.

On the benchmark database (100 000 customers, ~950 000 interactions, built once with
`main.py demo`, shared with the other benchmarks) each report is timed alternately with its
baseline: the same figures from plain SELECTs read into DataFrames and grouped with pandas
(for the funnel the baseline is the ladder's own statistics, which do exactly that).
Prints medians, the ratio report / baseline (target ≤ 0.3) and checks both agree (funnel
counts, Pareto cuts and customers, segment × level, interactions, the five metrics' sums).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_segments.py [--customers N] [--db F]
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import pandas as pd  # noqa: E402
from common import open_store, paired_ms, parse_args  # noqa: E402
from ladder_stats_pandas import load_history, monthly_counts, monthly_upward_moves  # noqa: E402
from sqlalchemy import text  # noqa: E402

from app.ladder.filters import BoardFilter  # noqa: E402
from app.segments import records as segments  # noqa: E402
from app.segments.activity import interactions_per_member  # noqa: E402
from app.segments.filters import ChartFilter  # noqa: E402
from app.segments.funnel import funnel  # noqa: E402
from app.segments.levels import segment_levels  # noqa: E402
from app.segments.performance import performance  # noqa: E402
from app.segments.value_map import value_map  # noqa: E402
from app.segments.values import current_weights  # noqa: E402
from app.store import Store  # noqa: E402

REPEATS = 7


def frame(store: Store, sql: str, **params: Any) -> pd.DataFrame:
    with store.engine.connect() as conn:
        return pd.read_sql(text(sql), conn, params=params)


# --- baselines: plain rows into pandas, grouped there -----------------------------------


def levels_pandas(store: Store, team: int, segmentation: int, day: date) -> dict[Any, int]:
    customers = frame(
        store,
        "SELECT id, ladder_level, date(created_at, 'localtime') AS born FROM customer"
        " WHERE team_id = :team AND archived = 0",
        team=team,
    )
    customers = customers[pd.to_datetime(customers["born"]) <= pd.Timestamp(day)]
    moves = frame(store, "SELECT customer_id, from_level, moved_on, id FROM ladder_move")
    later = moves[pd.to_datetime(moves["moved_on"]) > pd.Timestamp(day)]
    first = later.sort_values(["customer_id", "moved_on", "id"]).drop_duplicates("customer_id")
    level = customers["id"].map(first.set_index("customer_id")["from_level"])
    customers = customers.assign(level=level.fillna(customers["ladder_level"]))
    members = frame(
        store,
        "SELECT customer_id, segment_id, since, until FROM segment_membership"
        " WHERE segmentation_id = :s",
        s=segmentation,
    )
    d = day.isoformat()
    members = members[(members["since"] <= d) & (members["until"].isna() | (members["until"] > d))]
    joined = customers.merge(members, left_on="id", right_on="customer_id", how="left")
    return joined.groupby([joined["segment_id"].fillna(-1), "level"]).size().to_dict()


def value_pandas(store: Store, team: int, compare: date | None) -> tuple[float, float, int]:
    weights = current_weights(store, team).values
    parts = {
        "value": {
            "value_volume": "volume",
            "value_profitability": "profitability",
            "value_reference": "reference",
        },
        "potential": {
            "potential_share_of_wallet": "share_of_wallet",
            "potential_cross_sell": "cross_sell",
            "potential_growing_together": "growing_together",
        },
    }
    rows = frame(
        store,
        "SELECT c.id, c.name, c.owner_id, c.ladder_level, c.annual_revenue, c.value_volume,"
        " c.value_profitability, c.value_reference, c.potential_share_of_wallet,"
        " c.potential_cross_sell, c.potential_growing_together FROM customer c"
        " WHERE c.team_id = :team AND c.archived = 0",
        team=team,
    )
    for axis, columns in parts.items():
        top = sum(rows[col].fillna(0) * weights[w] for col, w in columns.items())
        bottom = sum(rows[col].notna() * weights[w] for col, w in columns.items())
        rows[axis] = top / bottom.where(bottom > 0)
    cuts = []
    for axis in ("value", "potential"):
        ordered = rows[axis].dropna().sort_values(ascending=False)
        before = ordered.cumsum() - ordered
        cuts.append(float(ordered[before < 0.8 * ordered.sum()].min()))
    strategies = frame(store, "SELECT customer_id, strategy, source FROM customer_strategy")
    rows.merge(
        strategies.groupby("customer_id").size().rename("n"),
        left_on="id",
        right_index=True,
        how="left",
    )
    if compare is not None:
        history = frame(
            store,
            "SELECT * FROM customer_score_history WHERE valid_from <= :d",
            d=compare.isoformat(),
        )
        latest = history.sort_values("valid_from").drop_duplicates("customer_id", keep="last")
        rows = rows.merge(
            latest, left_on="id", right_on="customer_id", how="left", suffixes=("", "_then")
        )
    return cuts[0], cuts[1], int(rows[["value", "potential"]].notna().all(axis=1).sum())


def funnel_pandas(store: Store, filt: ChartFilter) -> list[int]:
    history = load_history(store, BoardFilter(filt.team_id))
    counts = monthly_counts(history, filt.start, filt.day)
    monthly_upward_moves(history, filt.start, filt.day)
    return [int(v) for v in counts["A3"]]


def activity_pandas(store: Store, filt: ChartFilter) -> int:
    rows = frame(
        store,
        "SELECT i.occurred_on, im.member_id FROM customer c JOIN interaction i ON"
        " i.customer_id = c.id LEFT JOIN interaction_member im ON im.interaction_id = i.id"
        " WHERE c.team_id = :team AND i.occurred_on BETWEEN :start AND :end",
        team=filt.team_id,
        **filt.period_params(),
    )
    rows["month"] = rows["occurred_on"].str[:7]
    grouped = rows.groupby(["month", rows["member_id"].fillna(-1)]).size()
    return int(grouped.sum())


def metrics_pandas(store: Store, filt: ChartFilter) -> float:
    """The demo's five metrics: visits, sales, upward moves, dots gained, customers at A1."""
    p = {"team": filt.team_id, **filt.period_params()}
    talks = frame(
        store,
        "SELECT i.id, i.kind, i.occurred_on, im.member_id FROM customer c JOIN interaction i"
        " ON i.customer_id = c.id LEFT JOIN interaction_member im ON im.interaction_id = i.id"
        " WHERE c.team_id = :team AND i.occurred_on BETWEEN :start AND :end",
        **p,
    )
    talks["month"] = talks["occurred_on"].str[:7]
    total = 0.0
    for kind in ("visit", "sale"):
        chosen = talks[talks["kind"] == kind]
        total += chosen.drop_duplicates("id").groupby("month").size().sum()
        total += chosen.groupby(["month", "member_id"]).size().sum()
    moves = frame(
        store,
        "SELECT m.moved_on, m.from_level, m.to_level, m.author_member_id FROM ladder_move m"
        " JOIN customer c ON c.id = m.customer_id WHERE c.team_id = :team"
        " AND m.moved_on BETWEEN :start AND :end",
        **p,
    )
    rank = {"A3": 0, "A2": 1, "A1": 2}
    up = moves[moves["to_level"].map(rank) > moves["from_level"].map(rank)]
    total += up.groupby(up["moved_on"].str[:7]).size().sum()
    scores = frame(
        store,
        "SELECT process_code, scored_on, id, dots, assessor_id FROM rocket_score"
        " WHERE team_id = :team AND assessor_kind = 'team'",
        team=filt.team_id,
    ).sort_values(["process_code", "scored_on", "id"])
    scores["gain"] = (
        scores["dots"] - scores.groupby("process_code")["dots"].shift().fillna(0)
    ).clip(lower=0)
    period = filt.period_params()
    scores = scores[scores["scored_on"].between(period["start"], period["end"])]
    total += scores.groupby(scores["scored_on"].str[:7])["gain"].sum().sum()
    history = load_history(store, BoardFilter(filt.team_id))
    total += float(monthly_counts(history, filt.start, filt.day)["A1"].sum())
    return total


def metrics_total(store: Store, filt: ChartFilter) -> float:
    """The same sum as metrics_pandas from the report: visits and sales for the team and per
    member, the team's upward moves and dots, customers at A1 at each month's end."""
    curves = {c.key: c for c in performance(store, filt).curves}
    total = 0.0
    for key in ("visits", "sales"):
        total += sum(curves[key].team)
        total += sum(sum(v) for m, v in curves[key].members.items() if m is not None)
    for key in ("upward_moves", "dots_gained", "customers_at_a1"):
        total += sum(curves[key].team)
    return total


def discard(fn: Callable[[], object]) -> Callable[[], None]:
    """paired_ms times functions that return nothing."""

    def run() -> None:
        fn()

    return run


# --- the run ------------------------------------------------------------------------------


def main() -> int:
    args = parse_args(__doc__.splitlines()[0])
    store, team = open_store(args)
    counts: Any = store.rows(
        text(
            "SELECT (SELECT count(*) FROM customer), (SELECT count(*) FROM interaction),"
            " (SELECT count(*) FROM segment_membership),"
            " (SELECT count(*) FROM customer_score_history)"
        )
    )[0]
    print(
        f"database: {counts[0]} customers, {counts[1]} interactions,"
        f" {counts[2]} memberships, {counts[3]} score rows"
    )
    filt = ChartFilter.last_months(team, 12)
    segmentation = segments.list_segmentations(store, team)[0]["id"]
    past = date.today() - timedelta(days=180)
    cases = [
        (
            "segment × level, 180 days ago",
            lambda: segment_levels(store, filt, segmentation, past),
            lambda: levels_pandas(store, team, segmentation, past),
        ),
        (
            "value × potential, Pareto cut",
            lambda: value_map(store, filt),
            lambda: value_pandas(store, team, None),
        ),
        (
            "balloons with moves since the start",
            lambda: value_map(store, filt, compare_day=filt.start),
            lambda: value_pandas(store, team, filt.start),
        ),
        (
            "ladder funnel, 12 months",
            lambda: funnel(store, filt),
            lambda: funnel_pandas(store, filt),
        ),
        (
            "interactions per member, 12 months",
            lambda: interactions_per_member(store, filt),
            lambda: activity_pandas(store, filt),
        ),
        (
            "five metrics, 12 months",
            lambda: performance(store, filt),
            lambda: metrics_pandas(store, filt),
        ),
    ]
    # They agree before they race.
    mine = funnel(store, filt).counts["A3"]
    assert mine == funnel_pandas(store, filt), "funnel differs from the ladder statistics"
    found = value_map(store, filt)
    vcut, pcut, scored = value_pandas(store, team, None)
    assert (round(found.value_cut or 0, 6), round(found.potential_cut or 0, 6)) == (
        round(vcut, 6),
        round(pcut, 6),
    )
    assert len(found) == scored
    levels = segment_levels(store, filt, segmentation, past)
    assert levels.total == sum(levels_pandas(store, team, segmentation, past).values())
    assert interactions_per_member(store, filt).total == activity_pandas(store, filt)
    assert round(metrics_total(store, filt), 6) == round(metrics_pandas(store, filt), 6)
    print(f"{'report':38} {'SQL ms':>8} {'pandas ms':>10} {'ratio':>7}")
    worst = 0.0
    for name, report, baseline in cases:
        report()
        baseline()
        ours, theirs = paired_ms(discard(report), discard(baseline), repeats=REPEATS)
        ratio = ours / theirs
        worst = max(worst, ratio)
        print(f"{name:38} {ours:8.1f} {theirs:10.1f} {ratio:7.2f}")
    print(f"target: every ratio ≤ 0.3 — {'met' if worst <= 0.3 else 'NOT met'} (worst {worst:.2f})")
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
