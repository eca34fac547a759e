"""Lifecycle and churn on hand-built data: steps with their rules, undo and redo, lost
customers leaving the board and who to call, churn counts, and the key-contact warning."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from app import teams
from app.customers import contacts
from app.errors import InvalidRecord
from app.ladder.board import fetch_board, level_counts
from app.ladder.calls import who_to_call
from app.ladder.filters import BoardFilter
from app.ladder.settings import load_settings
from app.store import Conflict, Store
from app.success import health, lifecycle, risk
from app.success.reports import at_risk, churn_by_reason, stage_counts, win_backs
from models.success import LifecycleChange, RiskFlag
from tests.success_helpers import contact, customer, member, visit

TODAY = date.today()


def _count(store: Store, entity: object) -> int:
    with store.read() as session:
        return int(session.execute(select(func.count()).select_from(entity)).scalar_one())  # type: ignore[arg-type]


def test_marking_lost_needs_the_reason_and_a_sentence(store: Store, team_id: int) -> None:
    cid = customer(store, team_id, "Aalto Oy")
    lifecycle.change_stage(store, cid, "onboarding")
    with pytest.raises(InvalidRecord) as refused:
        lifecycle.change_stage(store, cid, "lost", note="")
    assert set(refused.value.by_field()) == {"lost_reason", "note"}
    with pytest.raises(InvalidRecord) as wrong:
        lifecycle.change_stage(store, cid, "lost", lost_reason="bored", note="Ei jatkoa.")
    assert "lost_reason" in wrong.value.by_field()
    assert _count(store, LifecycleChange) == 1  # nothing saved by the refusals
    lifecycle.change_stage(store, cid, "lost", lost_reason="cost_cutting", note="Budjetti loppui.")
    assert [c.to_stage for c in lifecycle.history(store, cid)] == ["lost", "onboarding"]


def test_steps_follow_the_lifecycle_and_do_not_predate_the_last(store: Store, team_id: int) -> None:
    cid = customer(store, team_id, "Berg Oy", added=TODAY - timedelta(days=100))
    with pytest.raises(InvalidRecord):
        lifecycle.change_stage(store, cid, "win_back")  # only a lost customer is won back
    lifecycle.change_stage(store, cid, "growth", TODAY - timedelta(days=50))
    with pytest.raises(InvalidRecord) as early:
        lifecycle.change_stage(store, cid, "renewal", TODAY - timedelta(days=60))
    assert "changed_on" in early.value.by_field()
    with pytest.raises(InvalidRecord):
        lifecycle.change_stage(store, cid, "renewal", TODAY + timedelta(days=1))


def test_undo_and_redo_of_a_step_restore_the_stage(store: Store, team_id: int) -> None:
    cid = customer(store, team_id, "Cedar Oy")
    first = lifecycle.change_stage(store, cid, "onboarding")
    second = lifecycle.change_stage(store, cid, "growth")
    with pytest.raises(Conflict):
        lifecycle.withdraw_change(store, first)  # only the newest step can be taken back
    lifecycle.withdraw_change(store, second)
    assert stage_counts(store, team_id) == {"onboarding": 1}
    lifecycle.restore_change(store, second)
    assert stage_counts(store, team_id) == {"growth": 1}
    assert _count(store, LifecycleChange) == 2  # undo marks, it does not delete


def test_lost_customers_leave_the_board_and_who_to_call_but_keep_history(
    store: Store, team_id: int
) -> None:
    kept = customer(store, team_id, "Dahl Oy", added=TODAY - timedelta(days=300))
    gone = customer(store, team_id, "Eklund Oy", added=TODAY - timedelta(days=300))
    board = BoardFilter(team_id)
    assert level_counts(store, board)["A2"] == 2
    lifecycle.change_stage(store, gone, "growth")
    lifecycle.change_stage(store, gone, "lost", lost_reason="competitor_cheaper", note="Hinta.")
    assert level_counts(store, board)["A2"] == 1
    page = fetch_board(store, board, load_settings(store, team_id))
    assert [card.id for card in page.cards["A2"]] == [kept]
    calls, _total = who_to_call(store, board, {"A2": 60})
    assert [item.id for item in calls] == [kept]  # both silent 300 days; the lost one is out
    assert len(lifecycle.history(store, gone)) == 2
    lifecycle.change_stage(store, gone, "win_back")
    assert [row["id"] for row in win_backs(store, team_id)] == [gone]
    assert level_counts(store, board)["A2"] == 2  # being won back: on the board again


def test_red_health_leads_who_to_call_with_its_next_step(store: Store, team_id: int) -> None:
    quiet = customer(store, team_id, "Falk Oy", added=TODAY - timedelta(days=200))
    fresh = customer(store, team_id, "Grön Oy")
    with pytest.raises(InvalidRecord) as refused:
        health.set_health(store, fresh, "red", "Reklamaatio auki.")
    assert "next_step" in refused.value.by_field()
    health.set_health(store, fresh, "red", "Reklamaatio auki.", next_step="Soita heti.")
    calls, total = who_to_call(store, BoardFilter(team_id), {"A2": 60})
    assert total == 2
    assert [item.id for item in calls] == [fresh, quiet]
    assert calls[0].red_step == "Soita heti." and calls[0].red_due == TODAY
    assert calls[1].red_step is None


def test_churn_counts_by_reason_in_the_period(store: Store, team_id: int) -> None:
    other_team = teams.create_team(store, "Toinen tiimi")
    added = TODAY - timedelta(days=800)
    day = TODAY - timedelta(days=700)
    for name, reason, when in (
        ("H1", "cost_cutting", TODAY - timedelta(days=10)),
        ("H2", "cost_cutting", TODAY - timedelta(days=100)),
        ("H3", "competitor_better", TODAY - timedelta(days=20)),
        ("H4", "no_value", TODAY - timedelta(days=400)),  # before the period
    ):
        cid = customer(store, team_id, name, added=added)
        lifecycle.change_stage(store, cid, "growth", day)
        lifecycle.change_stage(store, cid, "lost", when, lost_reason=reason, note="Pois.")
    back = customer(store, team_id, "H5", added=added)
    lifecycle.change_stage(store, back, "growth", day)
    lifecycle.change_stage(
        store, back, "lost", TODAY - timedelta(days=30), lost_reason="cost_cutting", note="x"
    )
    lifecycle.change_stage(store, back, "win_back", TODAY - timedelta(days=5))  # still counts
    undone = customer(store, team_id, "H6", added=added)
    lifecycle.change_stage(store, undone, "growth", day)
    step = lifecycle.change_stage(store, undone, "lost", lost_reason="not_needed", note="x")
    lifecycle.withdraw_change(store, step)  # an undone loss does not count
    elsewhere = customer(store, other_team, "Muu Oy", added=added)
    lifecycle.change_stage(store, elsewhere, "growth", day)
    lifecycle.change_stage(store, elsewhere, "lost", lost_reason="cost_cutting", note="x")
    year = churn_by_reason(store, team_id, TODAY - timedelta(days=365), TODAY)
    assert year == {"cost_cutting": 3, "competitor_better": 1}
    assert churn_by_reason(store, team_id, TODAY - timedelta(days=15), TODAY) == {"cost_cutting": 1}


def test_a_key_contact_who_leaves_flags_the_customer(store: Store, team_id: int) -> None:
    cid = customer(store, team_id, "Holm Oy")
    decider = contact(store, cid, "Päivi Päättäjä", "decider,influencer")
    gatekeeper = contact(store, cid, "Veikko Vahti", "gatekeeper")
    risk.mark_left(store, gatekeeper, TODAY)
    assert risk.flags_of(store, cid) == []  # not a key role: no warning
    risk.mark_left(store, decider, TODAY)
    flags = risk.flags_of(store, cid)
    assert [(f.contact_name, f.roles, f.cause) for f in flags] == [
        ("Päivi Päättäjä", ["decider"], "contact_left")
    ]
    rows, total = at_risk(store, team_id)
    assert total == 1 and rows[0].id == cid and rows[0].flags == 1
    assert health.read_signals(store, cid).key_contacts_left == 1
    risk.unmark_left(store, decider)  # undo
    assert risk.flags_of(store, cid) == []
    assert at_risk(store, team_id) == ([], 0)


def test_deleting_a_key_contact_flags_and_undoing_it_withdraws(store: Store, team_id: int) -> None:
    cid = customer(store, team_id, "Isaksson Oy")
    buyer = contact(store, cid, "Olli Ostaja", "buyer")
    snapshot = contacts.delete_contact(store, buyer)
    flags = risk.flags_of(store, cid)
    assert [(f.contact_name, f.cause) for f in flags] == [("Olli Ostaja", "contact_deleted")]
    contacts.restore_contact(store, snapshot)
    assert risk.flags_of(store, cid) == []
    risk.mark_left(store, buyer, TODAY)
    contacts.delete_contact(store, buyer)  # already flagged as left: no second flag
    assert len(risk.flags_of(store, cid)) == 1
    flag = risk.flags_of(store, cid)[0].id
    risk.resolve(store, flag, "Tavattiin uusi ostaja.")
    assert risk.flags_of(store, cid) == []
    risk.reopen(store, flag)
    assert len(risk.flags_of(store, cid)) == 1
    assert _count(store, RiskFlag) == 2  # the withdrawn flag stays, marked deleted (sync)


def test_renewal_reminder_window(store: Store, team_id: int) -> None:
    cid = customer(store, team_id, "Jansson Oy")
    previous = lifecycle.set_renewal(
        store, cid, {"renewal_on": TODAY + timedelta(weeks=5), "reminder_weeks": 6}
    )
    assert previous == {"renewal_on": None, "reminder_weeks": 4}
    assert lifecycle.reminder_due(*lifecycle.renewal_of(store, cid), TODAY)
    rows, _ = at_risk(store, team_id)
    assert [r.id for r in rows] == [cid] and rows[0].renewal_due  # no green health yet
    health.set_health(store, cid, "green", "Hyvin menee.", author_id=member(store, team_id))
    assert at_risk(store, team_id) == ([], 0)
    lifecycle.set_renewal(store, cid, {"reminder_weeks": 2})
    assert not lifecycle.reminder_due(*lifecycle.renewal_of(store, cid), TODAY)
    with pytest.raises(InvalidRecord):
        lifecycle.set_renewal(store, cid, {"reminder_weeks": 60})


def test_suggested_health_from_hand_built_data(store: Store, team_id: int) -> None:
    cid = customer(store, team_id, "Kask Oy", added=TODAY - timedelta(days=400))
    visit(store, cid, TODAY - timedelta(days=70), "Lähetä tarjous", TODAY - timedelta(days=40))
    signals = health.read_signals(store, cid)
    assert signals.silent_days == 70 and signals.silence_limit == 60
    assert signals.overdue_days == 40
    suggestion = health.suggested_health(store, cid)
    assert suggestion.health == "red"  # the next step is over 30 days late
    assert [code for code, _ in suggestion.reasons] == ["overdue", "silent"]
    visit(store, cid, TODAY - timedelta(days=2))
    assert health.suggested_health(store, cid).health == "green"
