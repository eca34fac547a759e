"""The governance area's user actions as undoable steps (app/operations.py).

One function per thing a user does in the Governance panel, the meeting record or the
customer's governance pane: it names the step and says how it is undone and redone. The
texts keep the translation context the views gave them (the empty one of
views/governance/labels.py's `tr`), so the Finnish stays.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from app.governance import actions, assignments, catalogue, governed, meetings, plan, proposals
from app.governance.catalogue import Catalogue, Edits
from app.governance.strategies import Choice, set_strategies
from app.operations import Step, add_step, edit_step, remove_step, step
from app.store import Store
from models.rules import QT_TRANSLATE_NOOP

# The governance views translate in the empty context (views/governance/labels.py).
CONTEXT = ""
Values = dict[str, Any]


# --- action items --------------------------------------------------------------------------


def add_action(store: Store, team_id: int, meeting_id: int | None, values: Values) -> Step[int]:
    """An action item (in a meeting, or on its own); undo deletes it, redo puts it back."""
    return add_step(
        CONTEXT,
        QT_TRANSLATE_NOOP("", "Add action {title}"),
        lambda: actions.add_action(store, team_id, meeting_id, values),
        lambda action_id: actions.delete_action(store, action_id),
        lambda row: actions.restore_action(store, row),
        title=str(values.get("title") or "").strip(),
    )


def _edit_action(
    store: Store, action_id: int, source: str, values: Values, **args: Any
) -> Step[Values]:
    return edit_step(
        CONTEXT, source, lambda v: actions.update_action(store, action_id, v), values, **args
    )


def close_action(store: Store, action_id: int, title: str) -> Step[Values]:
    values = {"status": "done", "done_on": date.today()}
    source = QT_TRANSLATE_NOOP("", "Close action {title}")
    return _edit_action(store, action_id, source, values, title=title)


def reopen_action(store: Store, action_id: int, title: str) -> Step[Values]:
    values = {"status": "open", "done_on": None}
    source = QT_TRANSLATE_NOOP("", "Reopen action {title}")
    return _edit_action(store, action_id, source, values, title=title)


def reassign_action(
    store: Store, action_id: int, title: str, member_id: int, name: str
) -> Step[Values]:
    """Hand the item over to the member `member_id` (`name`: theirs, for the text)."""
    source = QT_TRANSLATE_NOOP("", "Reassign {title} to {name}")
    values = {"owner_member_id": member_id}
    return _edit_action(store, action_id, source, values, title=title, name=name)


def delete_action(store: Store, action_id: int, title: str) -> Step[Values]:
    return remove_step(
        CONTEXT,
        QT_TRANSLATE_NOOP("", "Delete action {title}"),
        action_id,
        lambda record_id: actions.delete_action(store, record_id),
        lambda row: actions.restore_action(store, row),
        title=title,
    )


# --- development proposals ---------------------------------------------------------------


def add_proposal(
    store: Store, team_id: int, title: str, details: str, proposed_by: int | None
) -> Step[int]:
    return add_step(
        CONTEXT,
        QT_TRANSLATE_NOOP("", "Add proposal {title}"),
        lambda: proposals.add_proposal(store, team_id, title, details, proposed_by),
        lambda proposal_id: proposals.delete_proposal(store, proposal_id),
        lambda row: proposals.restore_proposal(store, row),
        title=title.strip(),
    )


def decide_proposal(
    store: Store,
    proposal_id: int,
    title: str,
    status: str,
    decision: str,
    meeting_id: int | None,
) -> Step[Values]:
    """The decision on a proposal (in a development meeting); undo puts back the previous."""

    def restore(values: Values) -> Values:
        return proposals.restore_decision(store, proposal_id, values)

    return step(
        CONTEXT,
        QT_TRANSLATE_NOOP("", "Decide on {title}"),
        lambda: proposals.handle_proposal(store, proposal_id, status, decision, meeting_id),
        restore,
        restore,
        title=title,
    )


def delete_proposal(store: Store, proposal_id: int, title: str) -> Step[Values]:
    return remove_step(
        CONTEXT,
        QT_TRANSLATE_NOOP("", "Delete proposal {title}"),
        proposal_id,
        lambda record_id: proposals.delete_proposal(store, record_id),
        lambda row: proposals.restore_proposal(store, row),
        title=title,
    )


# --- meetings and series -----------------------------------------------------------------


def edit_meeting(store: Store, meeting_id: int, title: str, changes: Values) -> Step[Values]:
    """Save what changed in a meeting's record (`title`: its series', for the text)."""
    return edit_step(
        CONTEXT,
        QT_TRANSLATE_NOOP("", "Edit meeting {title}"),
        lambda values: meetings.update_meeting(store, meeting_id, values),
        changes,
        title=title,
    )


def plan_series(store: Store, team_id: int, values: Values) -> Step[int]:
    """A new series with its occurrences; undo deletes it with them, redo puts all back."""
    return add_step(
        CONTEXT,
        QT_TRANSLATE_NOOP("", "Plan series {title}"),
        lambda: plan.plan_series(store, team_id, values),
        lambda series_id: plan.delete_series(store, series_id),
        lambda snapshot: plan.restore_series(store, snapshot),
        title=str(values.get("title") or "").strip(),
    )


def _update_series(
    store: Store, series_id: int, source: str, values: Values, title: str
) -> Step[Values]:
    return edit_step(
        CONTEXT,
        source,
        lambda v: plan.update_series(store, series_id, v),
        values,
        title=title,
    )


def change_series(store: Store, series_id: int, title: str, values: Values) -> Step[Values]:
    """Change a series' rhythm, time, title…: its untouched occurrences follow."""
    source = QT_TRANSLATE_NOOP("", "Change series {title}")
    return _update_series(store, series_id, source, values, title)


def end_series(store: Store, series_id: int, title: str, last_day: object) -> Step[Values]:
    """End a series on `last_day` (typed, or a date); later planned meetings are removed."""
    source = QT_TRANSLATE_NOOP("", "End series {title}")
    return _update_series(store, series_id, source, {"ends_on": last_day}, title)


def delete_series(store: Store, series_id: int, title: str) -> Step[plan.Snapshot]:
    return remove_step(
        CONTEXT,
        QT_TRANSLATE_NOOP("", "Delete series {title}"),
        series_id,
        lambda record_id: plan.delete_series(store, record_id),
        lambda snapshot: plan.restore_series(store, snapshot),
        title=title,
    )


# --- the team's catalogue ----------------------------------------------------------------


def edit_catalogue(store: Store, team_id: int, edits: Edits) -> Step[Edits]:
    """The team's own meeting types, models and roles (all sections at once)."""
    return _catalogue(store, team_id, QT_TRANSLATE_NOOP("", "Edit the governance catalogue"), edits)


def reset_catalogue(store: Store, team_id: int) -> Step[Edits]:
    """Back to the catalogue Raketti comes with; undo brings the team's edits back."""
    source = QT_TRANSLATE_NOOP("", "Governance catalogue back to the defaults")
    return _catalogue(store, team_id, source, {})


def _catalogue(store: Store, team_id: int, source: str, edits: Edits) -> Step[Edits]:
    def save(values: Edits) -> Edits:
        return catalogue.save_edits(store, team_id, values)

    return step(CONTEXT, source, lambda: save(edits), save, save)


# --- a customer's governance ---------------------------------------------------------------


def assign_model(
    store: Store,
    customer_id: int,
    name: str,
    model_key: str | None,
    agreed_on: date,
    catalogue: Catalogue,
) -> Step[assignments.Token]:
    """Agree a governance model with the customer (`name`) from `agreed_on`: its meetings
    are planned and the previous model's later planned meetings removed."""
    return step(
        CONTEXT,
        QT_TRANSLATE_NOOP("", "Governance model of {name}"),
        lambda: assignments.assign_model(store, customer_id, model_key, agreed_on, catalogue),
        lambda token: assignments.undo_assignment(store, token),
        lambda token: assignments.redo_assignment(store, token, catalogue),
        name=name,
    )


def choose_strategies(
    store: Store, customer_id: int, name: str, choice: list[tuple[str, str]]
) -> Step[Choice]:
    """The customer's strategies (at most two); undo puts back the ones chosen before."""

    def choose(strategies: Choice) -> Choice:
        return set_strategies(store, customer_id, strategies)

    return step(
        CONTEXT,
        QT_TRANSLATE_NOOP("", "Strategies of {name}"),
        lambda: choose(tuple(choice)),
        choose,
        choose,
        name=name,
    )


def tick_playbook(
    store: Store, customer_id: int, strategy: str, item: str, done_on: date | None, text: str
) -> Step[date | None]:
    """Tick (a day) or untick (None) one playbook item (`text`: as the list shows it)."""

    def tick(day: date | None) -> date | None:
        return governed.set_check(store, customer_id, strategy, item, day)

    return step(
        CONTEXT,
        QT_TRANSLATE_NOOP("", "Playbook: {item}"),
        lambda: tick(done_on),
        tick,
        tick,
        item=text,
    )
