"""The columnar reads behind the segments reports (app/segments/columns.py) give exactly
what the SQL they replaced gave: weighted scores as `Weights.sql` computes them, the Pareto
cut of the earlier window query, counts per month and member as a GROUP BY counts them, and
every customer's ladder events as a straightforward replay reads them."""

from __future__ import annotations

import sqlite3
from collections import Counter
from datetime import date, timedelta

import numpy as np
import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from sqlalchemy import create_engine, text

from app.segments import columns
from app.segments.filters import ChartFilter
from app.segments.value_map import value_map
from app.segments.values import Weights
from app.store import Store
from models.ladder import LEVELS
from tests.property_settings import bounded
from tests.segment_helpers import scored

score = st.one_of(st.none(), st.integers(1, 5))
PARTS = columns.SCORE_PARTS


def _sql_means(rows: list[tuple[int | None, ...]], weights: Weights) -> list[tuple[float, float]]:
    """Each row's value and potential from `Weights.sql`, in an in-memory SQLite."""
    db = sqlite3.connect(":memory:")
    db.execute(f"CREATE TABLE c ({', '.join(columns.COLUMN_OF[p] for p in PARTS)})")
    db.executemany(f"INSERT INTO c VALUES ({', '.join('?' * len(PARTS))})", rows)
    value = weights.sql(("volume", "profitability", "reference"), "c")
    potential = weights.sql(("share_of_wallet", "cross_sell", "growing_together"), "c")
    return db.execute(f"SELECT {value}, {potential} FROM c ORDER BY rowid").fetchall()


@bounded(40)
@given(
    rows=st.lists(st.tuples(*[score] * len(PARTS)), min_size=1, max_size=30),
    split=st.tuples(st.integers(0, 100), st.integers(0, 100)),
)
def test_packed_scores_give_the_weighted_means_sql_gives(
    rows: list[tuple[int | None, ...]], split: tuple[int, int]
) -> None:
    a, b = sorted(split)
    weights = Weights(dict(zip(PARTS, (a, b - a, 100 - b, b, 100 - b, 0), strict=True)))
    packed = [
        sum(6**place * (v or 0) for place, v in enumerate(row)) + columns.CHOSEN_UNIT
        for row in rows
    ]
    codes = columns.Codes(np.array(packed, dtype=np.int64))
    expected = _sql_means(rows, weights)
    got = list(zip(codes.value(weights).tolist(), codes.potential(weights).tolist(), strict=True))
    assert [tuple(None if x != x else x for x in pair) for pair in got] == expected
    assert codes.chosen.all() and (codes.levels == 0).all()


# The Pareto cut as the value map computed it in SQL before it read columns.
_PARETO_SQL = """SELECT min(v) FROM (SELECT v, sum(total) OVER (ORDER BY v DESC
  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS above, sum(total) OVER () AS whole
  FROM (SELECT v, sum(v) AS total FROM pts WHERE v IS NOT NULL GROUP BY v))
  WHERE coalesce(above, 0) < :share * whole"""


@bounded(60)
@given(
    scores=st.lists(st.one_of(st.none(), st.integers(4, 20).map(lambda n: n / 4)), max_size=40),
    share=st.sampled_from([0.5, 0.6, 0.8, 0.9, 1.0]),
)
@example(scores=[3.0, 2.0, 1.0], share=0.5)  # the scores above 2 are exactly half: 2 is low
def test_pareto_cut_matches_the_window_query(scores: list[float | None], share: float) -> None:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE pts (v REAL)")
    db.executemany("INSERT INTO pts VALUES (?)", [(s,) for s in scores])
    [(expected,)] = db.execute(_PARETO_SQL, {"share": share}).fetchall()
    array = np.array([np.nan if s is None else s for s in scores], dtype=np.float64)
    assert columns.pareto_cut(array, share) == expected


days = st.dates(date(2023, 1, 1), date(2027, 12, 31))


@bounded(60)
@given(rows=st.lists(st.tuples(days, st.one_of(st.none(), st.integers(1, 40)))))
def test_monthly_counts_match_group_by(rows: list[tuple[date, int | None]]) -> None:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE r (day TEXT, member INTEGER)")
    db.executemany("INSERT INTO r VALUES (?, ?)", [(d.isoformat(), m) for d, m in rows])
    expected = {
        (month, member): n
        for month, member, n in db.execute(
            "SELECT substr(day, 1, 7), member, count(*) FROM r GROUP BY 1, 2"
        )
    }
    count, dates, members = db.execute(
        "SELECT count(*), group_concat(day), group_concat(coalesce(member, 0)) FROM r"
    ).fetchone()
    months = columns.month_numbers(dates, count)
    assert columns.count_cells(months, columns.numbers(members, np.int64)) == expected


def test_month_numbers_read_dates_of_another_width_one_by_one() -> None:
    months = columns.month_numbers("2026-03-01,2026-04-01T10:00,2025-12-31", 3)
    assert [columns.month_key_of(m) for m in months.tolist()] == ["2026-03", "2026-04", "2025-12"]


@bounded(30)
@given(
    interactions=st.lists(
        st.tuples(days, st.lists(st.integers(1, 9), unique=True, max_size=3)), max_size=25
    )
)
def test_team_and_member_counts_count_each_record_once(
    interactions: list[tuple[date, list[int]]],
) -> None:
    engine = create_engine("sqlite://")
    with engine.connect() as conn:
        conn.exec_driver_sql("CREATE TABLE i (id INTEGER PRIMARY KEY, day TEXT)")
        conn.exec_driver_sql("CREATE TABLE im (i INTEGER, member INTEGER, PRIMARY KEY (i, member))")
        for n, (day, members) in enumerate(interactions, start=1):
            conn.exec_driver_sql("INSERT INTO i VALUES (?, ?)", (n, day.isoformat()))
            for m in members:
                conn.exec_driver_sql("INSERT INTO im VALUES (?, ?)", (n, m))
        sql = """SELECT count(*), group_concat(i.day), group_concat(coalesce(im.member, 0)),
                 group_concat(i.id) FROM i LEFT JOIN im ON im.i = i.id"""
        team, members = columns.team_and_member_counts(conn, sql, {})
    engine.dispose()
    assert team == Counter(day.isoformat()[:7] for day, _m in interactions)
    assert members == Counter(
        (day.isoformat()[:7], m) for day, present in interactions for m in present
    )


@st.composite
def customers(draw: st.DrawFn) -> list[tuple[date, int, list[tuple[date, int, int]]]]:
    """(day added, level now, moves (day, from, to) in order) per customer."""
    out = []
    for _ in range(draw(st.integers(0, 12))):
        moves = sorted(draw(st.lists(st.tuples(days, st.integers(0, 2), st.integers(0, 2)))))
        out.append((draw(days), draw(st.integers(0, 2)), moves))
    return out


@bounded(60)
@given(found=customers())
def test_ladder_events_are_read_back_as_written(
    found: list[tuple[date, int, list[tuple[date, int, int]]]],
) -> None:
    texts = [
        f"{added}{level}" + "".join(f"{day}{a}{b}" for day, a, b in moves)
        for added, level, moves in found
    ]
    events = columns.LadderEvents.parse(",".join(texts), len(found))
    assert events is not None
    number = columns.day_number
    assert events.added.tolist() == [number(str(added)) for added, _l, _m in found]
    assert events.initial.tolist() == [m[0][1] if m else level for _a, level, m in found]
    flat = [(row, move) for row, (_a, _l, moves) in enumerate(found) for move in moves]
    assert events.mover.tolist() == [row for row, _move in flat]
    assert events.moved.tolist() == [number(str(move[0])) for _row, move in flat]
    assert events.from_level.tolist() == [move[1] for _row, move in flat]
    assert events.to_level.tolist() == [move[2] for _row, move in flat]


def test_ladder_events_refuse_text_not_in_their_shape() -> None:
    assert columns.LadderEvents.parse("2026-01-010,2026/01/011", 2) is None
    assert columns.LadderEvents.parse("2026-01-010", 2) is None  # one customer missing
    assert LEVELS[0] == "A3"  # the digits are indexes into LEVELS


def test_a_name_holding_the_separator_falls_back_to_reading_names(
    store: Store, team_id: int
) -> None:
    first = scored(store, team_id, "Alfa", 4, 2)
    scored(store, team_id, "Beta", 2, 4)
    with store.write() as session:  # a name the rules would refuse, as an old file might hold
        session.execute(
            text("UPDATE customer SET name = :n WHERE id = :id"),
            {
                "n": "Al\x1ffa",
                "id": first,
            },
        )
    found = value_map(store, ChartFilter.last_months(team_id, 12))
    assert sorted(p.name for p in found.points) == ["Al\x1ffa", "Beta"]
    assert found.name_of(first) == "Al\x1ffa"


def test_positions_on_an_earlier_day_align_with_the_customers(store: Store, team_id: int) -> None:
    """Customers with no scores then are NaN in the earlier columns, the rest their own."""
    long_ago = date.today() - timedelta(days=400)
    old = scored(store, team_id, "Vanha", 3, 3, created=long_ago)
    scored(store, team_id, "Uusi", 5, 5)
    filt = ChartFilter.last_months(team_id, 12)
    found = value_map(store, filt, compare_day=date.today() - timedelta(days=200))
    assert len(found) == 2
    assert set(found.before) <= {old}
    assert np.isnan(found.before_values[found.row_of[found.ids[found.ids != old][0]]])


@pytest.mark.parametrize("count", [0, 1])
def test_empty_columns(count: int) -> None:
    assert columns.numbers(None, np.int64).size == 0
    assert columns.count_cells(np.zeros(0, np.int64), np.zeros(0, np.int64)) == {}
    assert columns.pareto_cut(np.full(count, np.nan), 0.8) is None


def test_fast_and_plain_reads_agree_on_the_demo(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On demo data (customers added over years, moves, interactions with members): the
    one-read ladder events and the numpy counts give what the plain statements give (the
    funnel and "customers at A1" fall back to those when the events text is unreadable;
    the interaction metrics are checked against the GROUP BY they replaced)."""
    from app import demo, teams
    from app.segments.funnel import funnel
    from app.segments.metric_catalogue import _interactions
    from app.segments.metrics import count_metric, metric, sql_metric

    demo.generate(store, customers=300, seed=3)
    team = teams.list_teams(store)[0]["id"]
    filt = ChartFilter.last_months(team, 18)
    a1 = metric("customers_at_a1")
    assert a1 is not None
    plain_visits = sql_metric(
        "SELECT substr(i.occurred_on, 1, 7), count(*) FROM customer c JOIN interaction i"
        " ON i.customer_id = c.id WHERE {scope} AND i.occurred_on BETWEEN :start AND :end"
        " AND i.kind = 'visit' GROUP BY 1",
        "SELECT substr(i.occurred_on, 1, 7), im.member_id, count(*) FROM customer c"
        " JOIN interaction i ON i.customer_id = c.id JOIN interaction_member im"
        " ON im.interaction_id = i.id WHERE {scope} AND i.occurred_on BETWEEN :start AND :end"
        " AND i.kind = 'visit' GROUP BY 1, 2",
    )
    with store.read() as session:
        conn = session.connection()
        fast = (funnel(store, filt), a1.compute(conn, filt))
        visits = count_metric(_interactions("visit"))(conn, filt)
        assert visits == plain_visits(conn, filt) and visits.team
    monkeypatch.setattr(columns.LadderEvents, "parse", classmethod(lambda cls, t, n: None))
    with store.read() as session:
        plain = (funnel(store, filt), a1.compute(session.connection(), filt))
    assert fast == plain
    assert sum(fast[0].upward["A3"]) > 0 and any(fast[1].team.values())
