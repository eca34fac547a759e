"""The success area's user actions as undoable steps (app/operations.py).

One function per action: it names the step (in the translation context of the view that
offers the action, so the Finnish text stays where it was) and pairs the operation with
its undo and redo. The views only run the step: `ctx.run(steps.new_goal(...), initiator=self)`.
Text arguments are given as they are shown: `name` is the customer's (or contact's) name,
`stage` and `health` the translated label of the chosen code.

Most records here are withdrawn rather than deleted (their id and UUID stay), so a step
that adds one is undone by withdrawing it and redone by restoring it, and the other way
round for a deletion.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from app.operations import Step, Values, add_step, edit_step, remove_step, step
from app.store import Store
from app.success import (
    assessments,
    feedback,
    goals,
    health,
    journeys,
    lifecycle,
    review,
    risk,
    satisfaction,
)
from models.rules import QT_TRANSLATE_NOOP


def _added(
    context: str,
    source: str,
    add: Callable[[], int],
    withdraw: Callable[[Store, int], int],
    restore: Callable[[Store, int], int],
    store: Store,
    **args: Any,
) -> Step[int]:
    """A record added: undo withdraws it, redo brings the same record back."""
    return add_step(
        context, source, add, lambda i: withdraw(store, i), lambda i: restore(store, i), **args
    )


def _deleted(
    context: str,
    source: str,
    record_id: int,
    delete: Callable[[Store, int], int],
    restore: Callable[[Store, int], int],
    store: Store,
    **args: Any,
) -> Step[int]:
    """A record deleted: undo restores it, redo deletes it again."""
    return remove_step(
        context, source, record_id, lambda i: delete(store, i), lambda i: restore(store, i), **args
    )


# --- one customer: lifecycle, health, renewal, satisfaction, risk ------------------------


def change_stage(
    store: Store, customer_id: int, values: Values, *, name: str, stage: str
) -> Step[int]:
    """The next lifecycle step (values: to_stage, changed_on, author_id, lost_reason, note)."""
    return _added(
        "StageDialog",
        QT_TRANSLATE_NOOP("StageDialog", "{name}: {stage}"),
        lambda: lifecycle.change_stage(store, customer_id, **values),
        lifecycle.withdraw_change,
        lifecycle.restore_change,
        store,
        name=name,
        stage=stage,
    )


def set_health(
    store: Store, customer_id: int, values: Values, *, name: str, health_label: str
) -> Step[int]:
    """A new health assessment (values: health, reason, next step, date, author, suggested)."""
    return _added(
        "HealthDialog",
        QT_TRANSLATE_NOOP("HealthDialog", "{name}: health {health}"),
        lambda: health.set_health(store, customer_id, **values),
        health.withdraw_health,
        health.restore_health,
        store,
        name=name,
        health=health_label,
    )


def set_renewal(store: Store, customer_id: int, values: Values, *, name: str) -> Step[Values]:
    """The renewal date and the reminder's weeks; undo puts back the replaced ones."""
    return edit_step(
        "RenewalDialog",
        QT_TRANSLATE_NOOP("RenewalDialog", "{name}: renewal date"),
        lambda changes: lifecycle.set_renewal(store, customer_id, changes),
        values,
        name=name,
    )


def record_satisfaction(store: Store, customer_id: int, data: Values, *, name: str) -> Step[int]:
    return _added(
        "SatisfactionDialog",
        QT_TRANSLATE_NOOP("SatisfactionDialog", "{name}: satisfaction"),
        lambda: satisfaction.record_entry(store, customer_id, data),
        satisfaction.delete_entry,
        satisfaction.restore_entry,
        store,
        name=name,
    )


def delete_satisfaction(store: Store, entry_id: int) -> Step[int]:
    return _deleted(
        "SuccessTab",
        QT_TRANSLATE_NOOP("SuccessTab", "Delete satisfaction entry"),
        entry_id,
        satisfaction.delete_entry,
        satisfaction.restore_entry,
        store,
    )


def contact_left(store: Store, contact_id: int, left_on: date, *, name: str) -> Step[int]:
    """A key contact left the customer (`name`: the contact as shown); the customer is
    flagged at risk. Undo takes the leaving back."""
    return step(
        "ContactLeftDialog",
        QT_TRANSLATE_NOOP("ContactLeftDialog", "{name} left"),
        lambda: risk.mark_left(store, contact_id, left_on),
        lambda cid: risk.unmark_left(store, cid),
        lambda cid: risk.mark_left(store, cid, left_on),
        name=name,
    )


def resolve_risk(store: Store, flag_id: int, text: str) -> Step[int]:
    """Resolve a risk flag with what was done; undo opens it again."""
    return step(
        "SuccessTab",
        QT_TRANSLATE_NOOP("SuccessTab", "Risk resolved"),
        lambda: risk.resolve(store, flag_id, text),
        lambda fid: risk.reopen(store, fid),
        lambda fid: risk.resolve(store, fid, text),
    )


def customer_review(
    store: Store,
    customer_id: int,
    answers: dict[str, str],
    language: str,
    occurred_on: date,
    next_step: str | None,
    *,
    name: str,
) -> Step[Any]:
    """The review's answers saved as a meeting in the customer's timeline."""
    return step(
        "ReviewDialog",
        QT_TRANSLATE_NOOP("ReviewDialog", "{name}: customer review"),
        lambda: review.save_review(
            store, customer_id, answers, language, occurred_on, next_step=next_step
        ),
        lambda interaction_id: review.withdraw_review(store, interaction_id),
        lambda snapshot: review.restore_review(store, snapshot),
        name=name,
    )


# --- goals and checkpoints ----------------------------------------------------------------


def new_goal(store: Store, customer_id: int, values: Values, *, name: str) -> Step[int]:
    return _added(
        "GoalDialog",
        QT_TRANSLATE_NOOP("GoalDialog", "{name}: new goal"),
        lambda: goals.add_goal(store, customer_id, values),
        goals.delete_goal,
        goals.restore_goal,
        store,
        name=name,
    )


def edit_goal(store: Store, goal_id: int, values: Values, *, name: str) -> Step[Values]:
    return edit_step(
        "GoalDialog",
        QT_TRANSLATE_NOOP("GoalDialog", "{name}: edit goal"),
        lambda changes: goals.update_goal(store, goal_id, changes),
        values,
        name=name,
    )


def confirm_value(store: Store, goal_id: int, values: Values, *, goal: str) -> Step[Values]:
    """The customer confirmed the goal's value (values: the date, how, status achieved)."""
    return edit_step(
        "ConfirmValueDialog",
        QT_TRANSLATE_NOOP("ConfirmValueDialog", "Value of “{goal}” confirmed"),
        lambda changes: goals.update_goal(store, goal_id, changes),
        values,
        goal=goal,
    )


def delete_goal(store: Store, goal_id: int) -> Step[int]:
    return _deleted(
        "SuccessTab",
        QT_TRANSLATE_NOOP("SuccessTab", "Delete goal"),
        goal_id,
        goals.delete_goal,
        goals.restore_goal,
        store,
    )


def new_checkpoint(store: Store, goal_id: int, values: Values, *, goal: str) -> Step[int]:
    return _added(
        "CheckpointDialog",
        QT_TRANSLATE_NOOP("CheckpointDialog", "New checkpoint of “{goal}”"),
        lambda: goals.add_checkpoint(store, goal_id, values),
        goals.delete_checkpoint,
        goals.restore_checkpoint,
        store,
        goal=goal,
    )


def edit_checkpoint(store: Store, checkpoint_id: int, values: Values, *, goal: str) -> Step[Values]:
    return edit_step(
        "CheckpointDialog",
        QT_TRANSLATE_NOOP("CheckpointDialog", "Edit checkpoint of “{goal}”"),
        lambda changes: goals.update_checkpoint(store, checkpoint_id, changes),
        values,
        goal=goal,
    )


def delete_checkpoint(store: Store, checkpoint_id: int) -> Step[int]:
    return _deleted(
        "SuccessTab",
        QT_TRANSLATE_NOOP("SuccessTab", "Delete checkpoint"),
        checkpoint_id,
        goals.delete_checkpoint,
        goals.restore_checkpoint,
        store,
    )


# --- feedback and self-assessments --------------------------------------------------------


def record_feedback(store: Store, team_id: int, data: Values) -> Step[int]:
    return _added(
        "FeedbackDialog",
        QT_TRANSLATE_NOOP("FeedbackDialog", "Record feedback"),
        lambda: feedback.record_feedback(store, team_id, data),
        feedback.delete_feedback,
        feedback.restore_feedback,
        store,
    )


def handle_feedback(store: Store, feedback_id: int, data: Values) -> Step[int]:
    """How a feedback is handled now: one more entry in its handling history."""
    return _added(
        "HandlingDialog",
        QT_TRANSLATE_NOOP("HandlingDialog", "Handle feedback"),
        lambda: feedback.handle_feedback(store, feedback_id, data),
        feedback.withdraw_handling,
        feedback.restore_handling,
        store,
    )


def delete_feedback(store: Store, feedback_id: int) -> Step[int]:
    return _deleted(
        "FeedbackTab",
        QT_TRANSLATE_NOOP("FeedbackTab", "Delete feedback"),
        feedback_id,
        feedback.delete_feedback,
        feedback.restore_feedback,
        store,
    )


def record_assessment(store: Store, team_id: int, data: Values) -> Step[int]:
    return _added(
        "AssessmentDialog",
        QT_TRANSLATE_NOOP("AssessmentDialog", "Self-assessment"),
        lambda: assessments.record_assessment(store, team_id, data),
        assessments.delete_assessment,
        assessments.restore_assessment,
        store,
    )


def delete_assessment(store: Store, assessment_id: int) -> Step[int]:
    return _deleted(
        "AssessmentTab",
        QT_TRANSLATE_NOOP("AssessmentTab", "Delete self-assessment"),
        assessment_id,
        assessments.delete_assessment,
        assessments.restore_assessment,
        store,
    )


# --- journey maps and touchpoints ---------------------------------------------------------


def new_journey(
    store: Store, team_id: int, name: str, phases: list[str], segment_id: int | None
) -> Step[int]:
    return _added(
        "JourneyDialog",
        QT_TRANSLATE_NOOP("JourneyDialog", "New journey map {name}"),
        lambda: journeys.create_journey(store, team_id, name, phases, segment_id),
        journeys.delete_journey,
        journeys.restore_journey,
        store,
        name=name.strip(),
    )


def edit_phases(
    store: Store, journey_id: int, phases: journeys.PhaseList, *, name: str
) -> Step[Values]:
    """Rename, reorder, add and remove the phases at once (refused while a removed phase
    still holds touchpoints); undo puts back the phases as they were."""
    return edit_step(
        "JourneyDialog",
        QT_TRANSLATE_NOOP("JourneyDialog", "Edit journey map {name}"),
        lambda values: {"phases": journeys.set_phases(store, journey_id, values["phases"])},
        {"phases": phases},
        name=name,
    )


def edit_journey(store: Store, journey_id: int, values: Values, *, name: str) -> Step[Values]:
    """Rename a journey map or tie it to another segment."""
    return edit_step(
        "JourneyDialog",
        QT_TRANSLATE_NOOP("JourneyDialog", "Edit journey map {name}"),
        lambda changes: journeys.update_journey(store, journey_id, changes),
        values,
        name=name,
    )


def delete_journey(store: Store, journey_id: int, *, name: str) -> Step[int]:
    return _deleted(
        "JourneyTab",
        QT_TRANSLATE_NOOP("JourneyTab", "Delete journey map {name}"),
        journey_id,
        journeys.delete_journey,
        journeys.restore_journey,
        store,
        name=name,
    )


def new_touchpoint(store: Store, phase_id: int, values: Values) -> Step[int]:
    return _added(
        "TouchpointDialog",
        QT_TRANSLATE_NOOP("TouchpointDialog", "New touchpoint {name}"),
        lambda: journeys.add_touchpoint(store, phase_id, values),
        journeys.delete_touchpoint,
        journeys.restore_touchpoint,
        store,
        name=values["name"].strip(),
    )


def edit_touchpoint(store: Store, touchpoint_id: int, values: Values) -> Step[Values]:
    """Edit a touchpoint, also moving it to another phase (values: phase_id)."""
    return edit_step(
        "TouchpointDialog",
        QT_TRANSLATE_NOOP("TouchpointDialog", "Edit touchpoint {name}"),
        lambda changes: journeys.update_touchpoint(store, touchpoint_id, changes),
        values,
        name=values["name"].strip(),
    )


def remove_touchpoint(store: Store, touchpoint_id: int, *, name: str) -> Step[int]:
    return _deleted(
        "JourneyTab",
        QT_TRANSLATE_NOOP("JourneyTab", "Remove touchpoint {name}"),
        touchpoint_id,
        journeys.delete_touchpoint,
        journeys.restore_touchpoint,
        store,
        name=name,
    )
