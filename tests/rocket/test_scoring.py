"""Scoring, targets, colouring, catalogue edits, rounds and progress series."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from app.errors import InvalidRecord
from app.rocket import rounds as rocket_rounds
from app.rocket.boxes import rocket_state
from app.rocket.checklists import add_checklist_item, set_checklist_done
from app.rocket.evidence import add_evidence, evidence_of
from app.rocket.periods import period_end, period_label, period_start, periods_between, shift
from app.rocket.process_edits import add_process, move_process, retire_process, update_process
from app.rocket.processes import ensure_catalogue, get_process, list_processes
from app.rocket.progress import progress_series
from app.rocket.scoring import add_score, compare, remove_score, restore_score, score_history
from app.rocket.targets import set_target, targets_of
from app.store import Store
from models.rocket import RocketScore

H1 = date(2026, 1, 1)
H2 = date(2026, 7, 1)


def _count(store: Store) -> int:
    with store.read() as session:
        return session.execute(select(func.count()).select_from(RocketScore)).scalar_one()


def test_new_team_gets_the_default_catalogue_lazily(store: Store, team_id: int) -> None:
    processes = list_processes(store, team_id)
    assert [p.code for p in processes][:3] == ["Y1", "Y2", "Y3"]
    assert len(processes) == 12
    assert not ensure_catalogue(store, team_id)  # only once


@pytest.mark.parametrize(
    ("actual", "target", "status"),
    [
        (None, None, "none"),
        (2, None, "none"),
        (None, 1, "below"),
        (0, 0, "at"),
        (1, 2, "below"),
        (2, 2, "at"),
        (3, 2, "above"),
        (None, 0, "at"),
    ],
)
def test_target_vs_actual_colouring(actual: int | None, target: int | None, status: str) -> None:
    assert compare(actual, target) == status


@pytest.mark.parametrize("dots", [-1, 4, "x", 2.5, True])
def test_dots_outside_range_are_refused(store: Store, team_id: int, dots: object) -> None:
    with pytest.raises(InvalidRecord) as info:
        add_score(store, team_id, "Y1", dots, "half_year", H1)  # type: ignore[arg-type]
    assert info.value.by_field()["dots"]
    assert _count(store) == 0


def test_database_refuses_dots_outside_range_too(store: Store, team_id: int) -> None:
    ensure_catalogue(store, team_id)
    with pytest.raises(IntegrityError), store.write() as session:
        session.add(
            RocketScore(
                team_id=team_id,
                process_code="Y1",
                period_kind="year",
                period_start=H1,
                dots=5,
                assessor_kind="team",
                scored_on=H1,
            )
        )


def test_retired_process_cannot_be_scored_but_keeps_history(store: Store, team_id: int) -> None:
    add_score(store, team_id, "I2", 1, "half_year", H1)
    retire_process(store, team_id, "I2", on=date(2026, 3, 1))
    with pytest.raises(InvalidRecord) as info:
        add_score(store, team_id, "I2", 2, "half_year", H2)
    error = info.value.by_field()["process"]
    assert "retired" in str(error) and error.args_["code"] == "I2"
    assert [s.dots for s in score_history(store, team_id, "I2")] == [1]
    assert "I2" not in [p.code for p in list_processes(store, team_id)]
    retire_process(store, team_id, "I2", retired=False)
    add_score(store, team_id, "I2", 2, "half_year", H2)


def test_unknown_process_refused(store: Store, team_id: int) -> None:
    with pytest.raises(InvalidRecord):
        add_score(store, team_id, "ZZ", 1, "half_year", H1)


def test_team_and_coach_scores_kept_side_by_side(store: Store, team_id: int) -> None:
    add_score(store, team_id, "Y1", 2, "half_year", H1, "team", scored_on=date(2026, 5, 1))
    add_score(store, team_id, "Y1", 1, "half_year", H1, "coach", scored_on=date(2026, 5, 2))
    add_score(store, team_id, "Y1", 3, "half_year", H1, "team", scored_on=date(2026, 5, 3))
    assert len(score_history(store, team_id, "Y1")) == 3
    set_target(store, team_id, "Y1", "half_year", H1, 2)
    box = next(b for b in rocket_state(store, team_id, "half_year", H1) if b.code == "Y1")
    assert (box.dots, box.team_dots, box.coach_dots, box.target) == (3, 3, 1, 2)
    assert box.status == "above"


def test_scores_carry_forward_into_later_periods(store: Store, team_id: int) -> None:
    add_score(store, team_id, "Y2", 1, "half_year", H1, scored_on=date(2026, 6, 1))
    set_target(store, team_id, "Y2", "month", date(2026, 9, 1), 2)
    states = {b.code: b for b in rocket_state(store, team_id, "month", date(2026, 9, 15))}
    assert states["Y2"].dots == 1 and states["Y2"].status == "below"
    assert states["Y3"].dots is None and states["Y3"].status == "none"
    earlier = {b.code: b for b in rocket_state(store, team_id, "year", date(2025, 1, 1))}
    assert earlier["Y2"].dots is None


def test_targets_set_change_and_clear(store: Store, team_id: int) -> None:
    assert set_target(store, team_id, "A3", "quarter", date(2026, 5, 5), 2) is None
    assert set_target(store, team_id, "A3", "quarter", date(2026, 4, 1), 3) == 2
    (row,) = targets_of(store, team_id, "A3")
    assert (row.period_start, row.dots) == (date(2026, 4, 1), 3)
    with pytest.raises(InvalidRecord):
        set_target(store, team_id, "A3", "quarter", H1, 4)
    set_target(store, team_id, "A3", "quarter", date(2026, 4, 1), None)
    assert targets_of(store, team_id, "A3") == []


def test_add_rename_reorder_retire(store: Store, team_id: int) -> None:
    add_process(store, team_id, "B3", 4, "Kansainvälistyminen", "Going international")
    with pytest.raises(InvalidRecord) as info:
        add_process(store, team_id, "B3", 5, "")
    assert set(info.value.by_field()) == {"code", "level", "name_fi"}
    previous = update_process(store, team_id, "Y1", name_fi="Oma oppiminen")
    assert previous == {"name_fi": "Yksilön oppimisprosessi"}
    assert move_process(store, team_id, "B3", -1)
    level4 = [p.code for p in list_processes(store, team_id) if p.level == 4]
    assert level4 == ["A1", "B1", "B3", "B2"]
    assert not move_process(store, team_id, "A1", -1)
    assert get_process(store, team_id, "Y1").name_fi == "Oma oppiminen"


def test_evidence_and_checklist(store: Store, team_id: int) -> None:
    with pytest.raises(InvalidRecord) as info:
        add_evidence(store, team_id, "A3", "link", "Käyntiraportti")
    assert "location" in info.value.by_field()
    add_evidence(store, team_id, "A3", "link", "Käyntiraportti", "https://example.fi/r")
    add_evidence(store, team_id, "A3", "note", "Kolme käyntiä tehty")
    assert [e.kind for e in evidence_of(store, team_id, "A3")] == ["note", "link"]
    process = get_process(store, team_id, "A3")
    item = process.checklist[0]
    previous = set_checklist_done(store, item.id, True, None, date(2026, 2, 2))
    assert previous == (False, None, None)
    assert get_process(store, team_id, "A3").checklist[0].done_on == date(2026, 2, 2)
    new_id = add_checklist_item(store, team_id, "A3", "Uusi kohta")
    assert get_process(store, team_id, "A3").checklist[-1].id == new_id


def test_undo_of_a_score_restores_it(store: Store, team_id: int) -> None:
    score = add_score(store, team_id, "Y1", 2, "half_year", H1)
    snapshot = remove_score(store, score)
    assert _count(store) == 0
    restore_score(store, snapshot)
    assert [s.dots for s in score_history(store, team_id, "Y1")] == [2]


def test_round_walk_pause_resume_finish_and_reminder(store: Store, team_id: int) -> None:
    today = date(2026, 3, 10)
    assert rocket_rounds.round_reminder(store, team_id, today) is not None
    add_score(store, team_id, "Y1", 1, "half_year", date(2025, 7, 1))
    rid = rocket_rounds.start_round(store, team_id, "coach", today=today)
    steps = rocket_rounds.round_steps(store, rid)
    assert len(steps) == 12 and steps[0].last.dots == 1 and steps[0].answer is None
    rocket_rounds.answer(store, rid, "Y1", 2, "hyvä", today=today)
    rocket_rounds.answer(store, rid, "Y1", 3, today=today)  # corrects, does not add
    rocket_rounds.pause_round(store, rid, "Y2")
    reminder = rocket_rounds.round_reminder(store, team_id, today)
    assert reminder and "paused" in reminder.message
    waiting = rocket_rounds.unfinished_round(store, team_id)
    assert waiting and waiting.current_code == "Y2" and waiting.status == "paused"
    assert rocket_rounds.resume_round(store, rid).status == "open"
    steps = rocket_rounds.round_steps(store, rid)
    assert steps[0].answer.dots == 3 and steps[0].last.dots == 1
    assert len(score_history(store, team_id, "Y1")) == 2
    rocket_rounds.finish_round(store, rid, today)
    assert rocket_rounds.round_reminder(store, team_id, today) is None
    assert rocket_rounds.round_reminder(store, team_id, date(2026, 9, 30)) is not None
    with pytest.raises(InvalidRecord):
        rocket_rounds.answer(store, rid, "Y2", 1)


def test_periods() -> None:
    assert period_start("quarter", date(2026, 8, 20)) == date(2026, 7, 1)
    assert period_end("half_year", H1) == date(2026, 6, 30)
    assert period_end("month", date(2026, 2, 1)) == date(2026, 2, 28)
    assert shift("month", date(2026, 12, 1), 1) == date(2027, 1, 1)
    assert shift("half_year", H1, -1) == date(2025, 7, 1)
    assert periods_between("half_year", date(2025, 3, 1), date(2026, 8, 1)) == [
        date(2025, 1, 1),
        date(2025, 7, 1),
        H1,
        H2,
    ]
    assert [period_label(k, H2) for k in ("month", "quarter", "half_year", "year")] == [
        "7/2026",
        "2026-Q3",
        "2026-H2",
        "2026",
    ]


def test_progress_series_per_level_and_target(store: Store, team_id: int) -> None:
    add_score(store, team_id, "Y1", 1, "half_year", date(2025, 7, 1))
    add_score(store, team_id, "Y1", 2, "half_year", H1)
    add_score(store, team_id, "A3", 1, "half_year", H1)
    set_target(store, team_id, "Y1", "half_year", H1, 3)
    series = progress_series(store, team_id, "half_year", until=date(2026, 8, 1))
    assert series.labels == ["2025-H2", "2026-H1", "2026-H2"]
    assert series.total == [1, 3, 3]
    assert series.by_level[1] == [1, 2, 2] and series.by_level[2] == [0, 1, 1]
    assert series.by_process["Y1"] == [1, 2, 2] and series.by_process["B2"] == [None] * 3
    assert series.target_total == [None, 3, None]
    assert series.max_total == 36
