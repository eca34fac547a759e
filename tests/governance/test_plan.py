"""Series and their occurrences, meeting records, action items and their carry-over, the
customer's governance model — operations tested without Qt, with their undo."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from app import teams
from app.customers import records as customers
from app.errors import InvalidRecord
from app.governance import actions, assignments, meetings, plan, proposals
from app.governance.catalogue import load_catalogue
from app.governance.schedule import AgendaQuery, fetch_agenda
from app.store import Conflict, Store
from models.governance import Meeting

TODAY = date(2026, 3, 1)


def _weekly(store: Store, team_id: int, **more: object) -> int:
    data = {
        "title": "Myynnin työryhmä",
        "meeting_type": "sales",
        "cadence": "weekly",
        "weekday": 1,
        "starts_on": date(2026, 1, 1),
        **more,
    }
    return plan.plan_series(store, team_id, data, today=TODAY)


def _occurrences(store: Store, series_id: int) -> list[Meeting]:
    with store.read() as session:
        return list(
            session.execute(
                select(Meeting).where(Meeting.series_id == series_id).order_by(Meeting.original_on)
            ).scalars()
        )


def _members(store: Store, team_id: int) -> list[int]:
    return [m["id"] for m in teams.members_of(store, team_id)]


def test_a_series_stores_its_tuesdays_through_the_end_of_next_year(
    store: Store, team_id: int
) -> None:
    series_id = _weekly(store, team_id)
    found = _occurrences(store, series_id)
    assert found[0].original_on == date(2026, 1, 6)
    assert found[-1].original_on == date(2027, 12, 28)
    assert all(m.original_on.weekday() == 1 for m in found)
    assert len(found) == 104


def test_moving_and_cancelling_one_occurrence_keeps_the_series(store: Store, team_id: int) -> None:
    series_id = _weekly(store, team_id)
    _first, second, third = _occurrences(store, series_id)[:3]
    previous = meetings.move_meeting(store, second.id, date(2026, 1, 14), "13:00")
    meetings.cancel_meeting(store, third.id)
    query = AgendaQuery(team_id, date(2026, 1, 1), date(2026, 1, 31))
    rows = fetch_agenda(store, query, 0, 50, today=TODAY)
    assert [(r.held_on, r.start_time, r.status, r.moved) for r in rows[:3]] == [
        (date(2026, 1, 6), "09:00", "missed", False),
        (date(2026, 1, 14), "13:00", "missed", True),
        (date(2026, 1, 20), "09:00", "cancelled", False),
    ]
    meetings.update_meeting(store, second.id, previous)  # undo the move
    assert meetings.get_meeting(store, second.id)["held_on"] == date(2026, 1, 13)  # type: ignore[index]


def test_a_new_rhythm_remakes_only_the_untouched_future(store: Store, team_id: int) -> None:
    series_id = _weekly(store, team_id)
    before = _occurrences(store, series_id)
    past_missed = before[0]
    moved = next(m for m in before if m.original_on == date(2026, 3, 10))
    meetings.move_meeting(store, moved.id, date(2026, 3, 11))
    previous = plan.update_series(store, series_id, {"weekday": 3}, today=TODAY)
    assert previous == {"weekday": 1}
    after = {m.original_on: m for m in _occurrences(store, series_id)}
    assert past_missed.original_on in after  # history stays as it was planned
    assert after[date(2026, 3, 10)].held_on == date(2026, 3, 11)  # the moved one is kept
    assert date(2026, 3, 17) not in after and date(2026, 3, 5) in after
    plan.update_series(store, series_id, previous, today=TODAY)  # undo
    days = {m.original_on for m in _occurrences(store, series_id)}
    assert date(2026, 3, 17) in days and date(2026, 3, 5) not in days


def test_ending_a_series_removes_the_untouched_meetings_after_its_end(
    store: Store, team_id: int
) -> None:
    series_id = _weekly(store, team_id)
    kept = next(m for m in _occurrences(store, series_id) if m.original_on == date(2026, 5, 5))
    meetings.update_meeting(store, kept.id, {"goal": "Kevään tarjoukset"})
    plan.end_series(store, series_id, date(2026, 3, 31), today=TODAY)
    days = [m.original_on for m in _occurrences(store, series_id)]
    assert max(d for d in days if d != date(2026, 5, 5)) == date(2026, 3, 31)
    assert date(2026, 5, 5) in days  # it has a record: nothing typed is thrown away


def test_an_end_before_the_start_is_refused_and_changes_nothing(store: Store, team_id: int) -> None:
    series_id = _weekly(store, team_id)
    count = len(_occurrences(store, series_id))
    with pytest.raises(InvalidRecord) as refused:
        plan.end_series(store, series_id, date(2025, 12, 1), today=TODAY)
    assert "ends_on" in refused.value.by_field()
    assert len(_occurrences(store, series_id)) == count


def test_delete_and_restore_a_series_with_its_records(store: Store, team_id: int) -> None:
    series_id = _weekly(store, team_id)
    first = _occurrences(store, series_id)[0]
    owner = _members(store, team_id)[0]
    meetings.update_meeting(store, first.id, {"status": "held", "minutes": "Käytiin läpi."})
    action_id = actions.add_action(
        store, team_id, first.id, {"title": "Tarjous", "owner_member_id": owner, "due_on": TODAY}
    )
    snapshot = plan.delete_series(store, series_id)
    assert plan.get_series(store, series_id) is None
    assert plan.restore_series(store, snapshot) == series_id
    assert meetings.get_meeting(store, first.id)["minutes"] == "Käytiin läpi."  # type: ignore[index]
    assert [a.id for a in actions.meeting_actions(store, first.id)] == [action_id]


def test_open_actions_carry_over_to_the_next_occurrences(store: Store, team_id: int) -> None:
    series_id = _weekly(store, team_id)
    first, second, third, fourth = _occurrences(store, series_id)[:4]
    owner = _members(store, team_id)[1]
    kept = actions.add_action(
        store,
        team_id,
        first.id,
        {"title": "Päivitä tarjouspohja", "owner_member_id": owner, "due_on": "20.1.2026"},
    )
    closed = actions.add_action(
        store,
        team_id,
        first.id,
        {"title": "Soita Aallolle", "owner_member_id": owner, "due_on": date(2026, 1, 10)},
    )
    actions.close_action(store, closed, today=date(2026, 1, 15))  # between meetings 2 and 3
    assert [(a.id, a.carried) for a in actions.meeting_actions(store, first.id)] == [
        (kept, False),
        (closed, False),
    ]
    assert [(a.id, a.carried) for a in actions.meeting_actions(store, second.id)] == [
        (kept, True),
        (closed, True),
    ]
    assert [a.id for a in actions.meeting_actions(store, third.id)] == [kept]
    actions.close_action(store, kept, today=date(2026, 1, 26))  # the day before meeting 4
    assert [a.id for a in actions.meeting_actions(store, fourth.id)] == []


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"title": "Tarjous", "due_on": date(2026, 1, 1)}, "owner"),
        ({"title": "Tarjous", "owner_member_id": 1}, "due_on"),
        ({"title": "  ", "owner_member_id": 1, "due_on": date(2026, 1, 1)}, "title"),
        ({"title": "Tarjous", "owner_member_id": 1, "due_on": "31.2.2026"}, "due_on"),
    ],
)
def test_an_action_needs_a_title_an_owner_and_a_due_date(
    store: Store, team_id: int, data: dict[str, object], field: str
) -> None:
    with pytest.raises(InvalidRecord) as refused:
        actions.add_action(store, team_id, None, data)
    assert field in refused.value.by_field()
    assert actions.open_actions(store, team_id) == []


def test_an_outcome_needs_a_held_meeting_and_a_sentence(store: Store, team_id: int) -> None:
    first = _occurrences(store, _weekly(store, team_id))[0]
    with pytest.raises(InvalidRecord):
        meetings.update_meeting(store, first.id, {"outcome": "met", "outcome_note": "Hyvin."})
    with pytest.raises(InvalidRecord):
        meetings.update_meeting(store, first.id, {"status": "held", "outcome": "partly"})
    assert meetings.get_meeting(store, first.id)["status"] == "planned"  # type: ignore[index]
    meetings.update_meeting(
        store, first.id, {"status": "held", "outcome": "partly", "outcome_note": "Osittain."}
    )
    assert meetings.get_meeting(store, first.id)["outcome"] == "partly"  # type: ignore[index]


def test_a_proposal_is_decided_in_a_development_meeting_and_undone(
    store: Store, team_id: int
) -> None:
    series_id = _weekly(store, team_id, meeting_type="development", title="Kehityspalaveri")
    meeting = _occurrences(store, series_id)[0]
    proposal = proposals.add_proposal(store, team_id, "Yhteinen muistiopohja", today=TODAY)
    with pytest.raises(InvalidRecord):
        proposals.handle_proposal(store, proposal, "accepted", "  ", meeting.id)
    previous = proposals.handle_proposal(
        store, proposal, "accepted", "Otetaan käyttöön.", meeting.id
    )
    (row,) = proposals.list_proposals(store, team_id)
    assert (row.status, row.decision, row.handled_meeting_id) == (
        "accepted",
        "Otetaan käyttöön.",
        meeting.id,
    )
    proposals.restore_decision(store, proposal, previous)
    (row,) = proposals.list_proposals(store, team_id)
    assert (row.status, row.decision, row.handled_meeting_id) == ("open", None, None)
    assert proposals.latest_meeting(store, team_id, ["development"], TODAY) is not None


def test_agreeing_a_model_plans_its_meetings_and_undo_takes_them_back(
    store: Store, team_id: int
) -> None:
    owner = _members(store, team_id)[0]
    cid = customers.create_customer(
        store, team_id, {"name": "Iso Oy", "size_class": "large", "owner_id": owner}
    )
    catalogue = load_catalogue(store, team_id)
    token = assignments.assign_model(store, cid, "large", date(2026, 1, 12), catalogue, TODAY)
    series = plan.list_series(store, team_id, cid)
    assert {s.meeting_type for s in series} == {
        "strategic_steering",
        "steering",
        "production",
        "workshop",
    }
    with store.read() as session:
        per_year = session.execute(
            select(func.count()).where(
                Meeting.customer_id == cid,
                Meeting.held_on.between(date(2026, 1, 12), date(2027, 1, 10)),
            )
        ).scalar_one()
    assert per_year == 30  # 2 + 11 + 11 + 6: the large model of seed 004, table 2
    second = assignments.assign_model(store, cid, "medium", date(2026, 2, 2), catalogue, TODAY)
    # Three large-model series end on 1.2.; the workshops, not begun by then, go; four new.
    assert len(plan.list_series(store, team_id, cid)) == 7
    assignments.undo_assignment(store, second, TODAY)
    back = plan.list_series(store, team_id, cid)
    assert len(back) == 4 and all(s.ends_on is None for s in back)
    assignments.undo_assignment(store, token, TODAY)
    assert plan.list_series(store, team_id, cid) == []


def test_undoing_a_model_is_refused_once_its_meetings_were_recorded(
    store: Store, team_id: int
) -> None:
    cid = customers.create_customer(store, team_id, {"name": "Kasvu Oy", "size_class": "medium"})
    catalogue = load_catalogue(store, team_id)
    token = assignments.assign_model(store, cid, "medium", date(2026, 1, 5), catalogue, TODAY)
    series_id = plan.list_series(store, team_id, cid)[0].id
    meetings.update_meeting(store, _occurrences(store, series_id)[0].id, {"status": "held"})
    with pytest.raises(Conflict):
        assignments.undo_assignment(store, token, TODAY)
    assert len(plan.list_series(store, team_id, cid)) == 4


def test_extend_plan_adds_the_new_year_once(store: Store, team_id: int) -> None:
    series_id = _weekly(store, team_id)
    assert plan.extend_plan(store, team_id, TODAY) == 0
    added = plan.extend_plan(store, team_id, date(2027, 1, 4))
    assert added == 52  # the Tuesdays of 2028
    assert plan.extend_plan(store, team_id, date(2027, 1, 4)) == 0
    assert _occurrences(store, series_id)[-1].original_on == date(2028, 12, 26)
