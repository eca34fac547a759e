"""Segment membership over time: counts at past days after moves, the moves list, dated
moves refused when they would break the history, undo leaving no trace, the migration's
backfill, and revisits."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from app.errors import InvalidRecord
from app.ladder import moves as ladder
from app.segments import records as segments
from app.segments import revisits
from app.segments.filters import ChartFilter
from app.segments.history import moves, placements_at
from app.segments.levels import segment_levels
from app.store import Store
from models.segment import SegmentMembership, customer_segment
from tests.ladder_helpers import add_customer
from tests.segment_helpers import TODAY, days_ago, segmentation


def _filter(team_id: int) -> ChartFilter:
    return ChartFilter(team_id, days_ago(400), TODAY)


def test_counts_at_past_days_follow_the_moves(store: Store, team_id: int) -> None:
    sid, seg = segmentation(store, team_id, "Tarve", ["X", "Y"])
    created = days_ago(300)
    a = add_customer(store, team_id, "Alfa Oy", created)
    b = add_customer(store, team_id, "Beta Oy", created)
    c = add_customer(store, team_id, "Gamma Oy", created)
    d1, d2, d3 = days_ago(200), days_ago(100), days_ago(50)
    for cid, segment in ((a, "X"), (b, "X"), (c, "Y")):
        segments.set_segments(store, cid, {sid: seg[segment]}, on=d1)
    segments.set_segments(store, a, {sid: seg["Y"]}, on=d2)
    segments.set_segments(store, b, {sid: None}, on=d3)
    ladder.move_customer(store, a, "A2", d2 + timedelta(days=5), "Toinen tilaus")
    filt = _filter(team_id)

    def counts(day):  # type: ignore[no-untyped-def]
        found = segment_levels(store, filt, sid, day)
        return {sid_: found.row(sid_) for sid_, _name in found.segments}  # [A3, A2, A1]

    assert segment_levels(store, filt, sid, created - timedelta(days=1)).total == 0
    assert counts(created) == {seg["X"]: [0, 0, 0], seg["Y"]: [0, 0, 0], None: [3, 0, 0]}
    assert counts(d1) == {seg["X"]: [2, 0, 0], seg["Y"]: [1, 0, 0]}
    assert counts(d2) == {seg["X"]: [1, 0, 0], seg["Y"]: [2, 0, 0]}
    assert counts(d2 + timedelta(days=5)) == {seg["X"]: [1, 0, 0], seg["Y"]: [1, 1, 0]}
    assert counts(d3) == {seg["X"]: [0, 0, 0], seg["Y"]: [1, 1, 0], None: [1, 0, 0]}
    assert placements_at(store, sid, d2 - timedelta(days=1)) == {
        a: seg["X"],
        b: seg["X"],
        c: seg["Y"],
    }
    found = moves(store, sid, created, TODAY)
    assert [(m.day, m.customer, m.from_segment, m.to_segment) for m in found] == [
        (d3, "Beta Oy", "X", None),
        (d2, "Alfa Oy", "X", "Y"),
        (d1, "Alfa Oy", None, "X"),
        (d1, "Beta Oy", None, "X"),
        (d1, "Gamma Oy", None, "Y"),
    ]


def test_a_move_may_not_be_dated_in_the_future_or_before_the_last(
    store: Store, team_id: int
) -> None:
    sid, seg = segmentation(store, team_id, "Tarve", ["X", "Y"])
    cid = add_customer(store, team_id, "Alfa Oy", days_ago(300))
    segments.set_segments(store, cid, {sid: seg["X"]}, on=days_ago(10))
    with pytest.raises(InvalidRecord) as refused:
        segments.set_segments(store, cid, {sid: seg["Y"]}, on=days_ago(20))
    assert "present segment" in str(refused.value)
    with pytest.raises(InvalidRecord):
        segments.set_segments(store, cid, {sid: seg["Y"]}, on=TODAY + timedelta(days=1))
    assert segments.segments_of(store, cid) == {sid: seg["X"]}  # nothing was written


def _history(store: Store) -> set[tuple[int, int, object, object]]:
    with store.read() as session:
        rows = session.execute(
            select(
                SegmentMembership.customer_id,
                SegmentMembership.segment_id,
                SegmentMembership.since,
                SegmentMembership.until,
            )
        ).all()
    return {tuple(r) for r in rows}  # type: ignore[misc]


def _open_equals_current(store: Store) -> None:
    with store.read() as session:
        open_rows = set(
            session.execute(
                select(SegmentMembership.customer_id, SegmentMembership.segment_id).where(
                    SegmentMembership.until.is_(None)
                )
            ).all()
        )
        current = set(session.execute(select(customer_segment)).all())
    assert open_rows == current


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.tuples(st.integers(0, 2), st.sampled_from([None, 0, 1, 2])), max_size=12))
def test_open_history_is_the_current_placement_and_undo_leaves_no_trace(
    store: Store, team_id: int, steps: list[tuple[int, int | None]]
) -> None:  # type: ignore[no-untyped-def]
    with store.write() as session:  # each example starts from a clean table
        session.execute(text("DELETE FROM segment_membership"))
        session.execute(text("DELETE FROM customer_segment"))
        session.execute(text("DELETE FROM segmentation"))
        session.execute(text("DELETE FROM customer"))
    sid, seg = segmentation(store, team_id, "Tarve", ["X", "Y", "Z"])
    names = list(seg.values())
    customers = [add_customer(store, team_id, f"Asiakas {i}", days_ago(30)) for i in range(3)]
    segments.set_segments(store, customers[0], {sid: names[0]}, on=days_ago(5))
    before = _history(store)
    undo: list[tuple[int, dict[int, int | None]]] = []
    for who, where in steps:
        choice = {sid: None if where is None else names[where]}
        undo.append((customers[who], segments.set_segments(store, customers[who], choice)))
        _open_equals_current(store)
    for cid, previous in reversed(undo):
        segments.set_segments(store, cid, previous)
    assert _history(store) == before


def test_delete_and_restore_keeps_the_history(store: Store, team_id: int) -> None:
    sid, seg = segmentation(store, team_id, "Tarve", ["X", "Y"])
    cid = add_customer(store, team_id, "Alfa Oy", days_ago(300))
    segments.set_segments(store, cid, {sid: seg["X"]}, on=days_ago(100))
    segments.set_segments(store, cid, {sid: seg["Y"]}, on=days_ago(50))
    revisits.record_revisit(store, sid, None, days_ago(40), TODAY + timedelta(days=90))
    before = _history(store)
    snapshot = segments.delete_segmentation(store, sid)
    assert _history(store) == set()
    segments.restore_segmentation(store, snapshot)
    assert _history(store) == before
    assert revisits.revisits_of(store, sid)[0].day == days_ago(40)


def test_revisit_due_recorded_undone_and_redone(store: Store, team_id: int) -> None:
    sid, _seg = segmentation(store, team_id, "Tarve", ["X"])
    assert revisits.due_revisits(store, team_id) == []
    revisits.set_revisit_by(store, sid, days_ago(3))
    [due] = revisits.due_revisits(store, team_id)
    assert (due.name, due.revisit_by) == ("Tarve", days_ago(3))
    member = store.rows(text("SELECT id FROM member WHERE name = 'Aino Laine'"))[0][0]
    with pytest.raises(InvalidRecord) as refused:
        revisits.record_revisit(store, sid, member, TODAY, TODAY - timedelta(days=1))
    assert set(refused.value.by_field()) == {"next_revisit_by"}
    with pytest.raises(InvalidRecord):
        revisits.record_revisit(store, sid, member, TODAY + timedelta(days=1), None)
    state = revisits.record_revisit(store, sid, member, TODAY, TODAY + timedelta(days=180), "ok")
    assert revisits.due_revisits(store, team_id) == []
    [entry] = segments.list_segmentations(store, team_id)
    assert (entry["revisited_on"], entry["revisited_by"]) == (TODAY, "Aino Laine")
    assert entry["revisit_by"] == TODAY + timedelta(days=180)
    revisits.undo_revisit(store, state)
    assert revisits.due_revisits(store, team_id)[0].revisit_by == days_ago(3)
    assert revisits.revisits_of(store, sid) == []
    revisits.redo_revisit(store, state)
    assert revisits.revisits_of(store, sid)[0].member == "Aino Laine"


def test_migration_turns_placements_and_scores_into_history(tmp_path: Path) -> None:
    from alembic import command

    from models.database import alembic_config, make_engine, to_url

    path = tmp_path / "old.sqlite"
    engine = make_engine(to_url(path))
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0006_strategy")
        stamp = {"created_at": "2025-01-01 10:00:00", "updated_at": "2025-01-01 10:00:00"}
        _insert(conn, "team_company", id=1, name="T", uuid="u1", **stamp)
        for cid, volume, revenue in ((1, 4, 1000.0), (2, None, None)):
            _insert(
                conn,
                "customer",
                id=cid,
                team_id=1,
                name=f"C{cid}",
                size_class="small",
                ladder_level="A3",
                archived=0,
                value_volume=volume,
                annual_revenue=revenue,
                uuid=f"c{cid}",
                **stamp,
            )
        _insert(conn, "segmentation", id=1, team_id=1, name="S", uuid="s1", **stamp)
        _insert(conn, "segment", id=1, segmentation_id=1, name="X", position=0, uuid="g1", **stamp)
        conn.execute(text("INSERT INTO customer_segment VALUES (1, 1), (2, 1)"))
    engine.dispose()
    store = Store.open(path, tmp_path / "backups")
    try:
        assert placements_at(store, 1, TODAY) == {1: 1, 2: 1}
        assert placements_at(store, 1, TODAY - timedelta(days=1)) == {}
        rows = store.rows(
            text("SELECT customer_id, valid_from, value_volume, uuid FROM customer_score_history")
        )
        assert [(r[0], r[1], r[2]) for r in rows] == [(1, TODAY.isoformat(), 4)]
        uuids = store.rows(text("SELECT uuid FROM segment_membership"))
        assert len({u[0] for u in uuids}) == 2 and all(len(u[0]) == 36 for u in uuids)
    finally:
        store.close()


def _insert(conn, table: str, **values: object) -> None:  # type: ignore[no-untyped-def]
    columns = ", ".join(values)
    marks = ", ".join(f":{key}" for key in values)
    conn.execute(text(f"INSERT INTO {table} ({columns}) VALUES ({marks})"), values)
