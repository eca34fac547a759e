"""Governance's step builders (app/governance/steps.py), without Qt: each step's first run,
undo and redo, and its text, as `ctx.run` and the undo stack call them."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app import teams
from app.errors import InvalidRecord
from app.governance import actions, meetings
from app.governance import plan as governance_plan
from app.governance import steps as governance_steps
from app.operations import Phrase
from app.store import Store
from models.governance import Meeting


def test_governance_steps(store: Store, team_id: int) -> None:
    aino = teams.members_of(store, team_id)[0]["id"]
    values = {"title": " Soita ", "owner_member_id": aino, "due_on": date(2026, 3, 1)}
    add = governance_steps.add_action(store, team_id, None, values)
    assert add.text == Phrase("", "Add action {title}", {"title": "Soita"})
    action_id = add.first()
    close = governance_steps.close_action(store, action_id, "Soita")
    assert close.first() == {"status": "open", "done_on": None}
    close.undo({"status": "open", "done_on": None})
    series = governance_steps.plan_series(
        store,
        team_id,
        {
            "title": "Viikkopalaveri",
            "meeting_type": "sales",
            "cadence": "weekly",
            "weekday": 1,
            "starts_on": date(2026, 1, 1),
        },
    ).first()
    assert governance_plan.get_series(store, series) is not None
    end = governance_steps.end_series(store, series, "Viikkopalaveri", "31.1.2026")
    assert end.text.source == "End series {title}"
    assert end.first() == {"ends_on": None}
    assert actions.update_action(store, action_id, {"status": "done"}, date(2026, 2, 1)) == {
        "status": "open",
        "done_on": None,
    }


def test_a_meeting_edit_is_checked_on_the_meeting_as_saved(store: Store, team_id: int) -> None:
    series = governance_plan.plan_series(
        store,
        team_id,
        {
            "title": "Kuukausipalaveri",
            "meeting_type": "sales",
            "cadence": "weekly",
            "weekday": 1,
            "starts_on": date(2026, 1, 1),
        },
        today=date(2026, 1, 1),
    )
    with store.read() as session:
        meeting_id = session.execute(
            select(Meeting.id).where(Meeting.series_id == series).limit(1)
        ).scalar_one()
    edit = governance_steps.edit_meeting(store, meeting_id, "Kuukausipalaveri", {"outcome": "met"})
    with pytest.raises(InvalidRecord):  # not held: nothing is saved
        edit.first()
    assert meetings.get_meeting(store, meeting_id)["outcome"] is None  # type: ignore[index]
    held = {"status": "held", "outcome": "met", "outcome_note": "Hyvin"}
    assert governance_steps.edit_meeting(store, meeting_id, "K", held).first() == {
        "status": "planned",
        "outcome": None,
        "outcome_note": None,
    }
