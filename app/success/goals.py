"""The customer's own goals (seed 003 l. 949–974, 1176–1186): what it wants to achieve,
how it measures that, checkpoints with dates, a status, and the customer's confirmation
that the value was reached, which comes before the next goal is set.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.changes import Changes, Kind
from app.operations import edit_fields
from app.store import Store
from app.success.records import day, live, refuse, set_deleted, text
from app.success.rules import need, one_of
from models.rules import QT_TRANSLATE_NOOP, ValidationError
from models.success import CheckpointStatus, CustomerGoal, GoalCheckpoint, GoalStatus

CHANGES = Changes.of(Kind.GOAL)
GOAL_FIELDS = ("title", "measure", "started_on", "target_on", "status")
CHECKPOINT_FIELDS = ("due_on", "description", "status", "note")


@dataclass
class Checkpoint:
    id: int
    due_on: date
    description: str
    status: str
    note: str | None


@dataclass
class Goal:
    id: int
    title: str
    measure: str
    started_on: date
    target_on: date | None
    status: str
    value_confirmed_on: date | None
    confirmation: str | None
    checkpoints: list[Checkpoint] = field(default_factory=list)

    @property
    def waiting_for_confirmation(self) -> bool:
        """A goal still to be confirmed holds back the next one (dropped goals do not)."""
        return self.status != GoalStatus.DROPPED and self.value_confirmed_on is None


def clean_goal(data: dict[str, Any], partial: bool = False) -> dict[str, Any]:
    errors: list[ValidationError] = []
    out: dict[str, Any] = {}
    for key in ("title", "measure"):
        if key in data or not partial:
            out[key] = text(data.get(key))
            if out[key] is None:
                errors.append(need(key))
    if "started_on" in data or not partial:
        out["started_on"] = day(data.get("started_on") or date.today(), "started_on", errors)
    if "target_on" in data:
        out["target_on"] = day(data.get("target_on"), "target_on", errors)
    if "status" in data or not partial:
        out["status"] = data.get("status") or GoalStatus.OPEN.value
        errors.extend(one_of(out["status"], [s.value for s in GoalStatus], "status"))
    start, target = out.get("started_on"), out.get("target_on")
    if start and target and target < start:
        errors.append(
            ValidationError(
                "target_on",
                QT_TRANSLATE_NOOP("rules", "The target date cannot be before the start."),
            )
        )
    refuse(errors)
    return out


def goals_of(store: Store, customer_id: int) -> list[Goal]:
    """The customer's live goals, newest start first, each with its live checkpoints."""
    with store.read() as session:
        goals = session.execute(
            select(CustomerGoal)
            .where(CustomerGoal.customer_id == customer_id, CustomerGoal.deleted_at.is_(None))
            .order_by(CustomerGoal.started_on.desc(), CustomerGoal.id.desc())
        ).scalars()
        out = {
            g.id: Goal(
                g.id,
                g.title,
                g.measure,
                g.started_on,
                g.target_on,
                g.status,
                g.value_confirmed_on,
                g.confirmation,
            )
            for g in goals
        }
        checkpoints = session.execute(
            select(GoalCheckpoint)
            .where(GoalCheckpoint.goal_id.in_(out), GoalCheckpoint.deleted_at.is_(None))
            .order_by(GoalCheckpoint.due_on, GoalCheckpoint.id)
        ).scalars()
        for c in checkpoints:
            out[c.goal_id].checkpoints.append(
                Checkpoint(c.id, c.due_on, c.description, c.status, c.note)
            )
    return list(out.values())


def add_goal(store: Store, customer_id: int, data: dict[str, Any]) -> int:
    """Set a new goal; refused while another still waits for the customer's confirmation."""
    values = clean_goal(data)
    waiting = next((g for g in goals_of(store, customer_id) if g.waiting_for_confirmation), None)
    if waiting is not None:
        refuse(
            [
                ValidationError(
                    "title",
                    QT_TRANSLATE_NOOP(
                        "rules",
                        "The customer has not yet confirmed the value of “{goal}”. Confirm it "
                        "(or drop that goal) before setting the next one.",
                    ),
                    goal=waiting.title,
                )
            ]
        )
    with store.write(CHANGES) as session:
        goal = CustomerGoal(customer_id=customer_id, **values)
        session.add(goal)
        session.flush()
        return goal.id


def delete_goal(store: Store, goal_id: int) -> int:
    set_deleted(store, CustomerGoal, goal_id, True, CHANGES)
    return goal_id


def restore_goal(store: Store, goal_id: int) -> int:
    set_deleted(store, CustomerGoal, goal_id, False, CHANGES)
    return goal_id


def update_goal(store: Store, goal_id: int, values: dict[str, Any]) -> dict[str, Any]:
    """Edit a goal (including the customer's confirmation); return the replaced values."""
    confirmation = {k: values[k] for k in ("value_confirmed_on", "confirmation") if k in values}
    clean = clean_goal({k: v for k, v in values.items() if k in GOAL_FIELDS}, partial=True)
    errors: list[ValidationError] = []
    if "value_confirmed_on" in confirmation:
        clean["value_confirmed_on"] = day(
            confirmation["value_confirmed_on"], "value_confirmed_on", errors
        )
    if "confirmation" in confirmation:
        clean["confirmation"] = text(confirmation["confirmation"])
    refuse(errors)
    return edit_fields(store, CustomerGoal, goal_id, clean, CHANGES, check=_check_goal)


def _check_goal(session: Session, goal: CustomerGoal, clean: dict[str, Any]) -> None:
    """The dates of an edited goal against its checkpoints (in the edit's transaction)."""
    live(session, goal, clean)
    start = clean.get("started_on", goal.started_on)
    if clean.get("value_confirmed_on") and clean["value_confirmed_on"] < start:
        refuse([_before_start("value_confirmed_on", start)])
    earliest = session.execute(
        select(func.min(GoalCheckpoint.due_on)).where(
            GoalCheckpoint.goal_id == goal.id, GoalCheckpoint.deleted_at.is_(None)
        )
    ).scalar()
    if earliest is not None and earliest < start:
        refuse([_checkpoint_first("started_on", earliest)])


def _before_start(field_name: str, start: date) -> ValidationError:
    return ValidationError(
        field_name,
        QT_TRANSLATE_NOOP("rules", "The date cannot be before the goal's start ({date})."),
        date=start,
    )


def _checkpoint_first(field_name: str, earliest: date) -> ValidationError:
    return ValidationError(
        field_name,
        QT_TRANSLATE_NOOP("rules", "A checkpoint is dated {date}; the goal cannot start after it."),
        date=earliest,
    )


def clean_checkpoint(data: dict[str, Any], start: date, partial: bool = False) -> dict[str, Any]:
    errors: list[ValidationError] = []
    out: dict[str, Any] = {}
    if "due_on" in data or not partial:
        out["due_on"] = day(data.get("due_on"), "due_on", errors)
        if out["due_on"] is None and not errors:
            errors.append(need("due_on"))
        elif out["due_on"] is not None and out["due_on"] < start:
            errors.append(_before_start("due_on", start))
    if "description" in data or not partial:
        out["description"] = text(data.get("description"))
        if out["description"] is None:
            errors.append(need("description"))
    if "status" in data or not partial:
        out["status"] = data.get("status") or CheckpointStatus.PLANNED.value
        errors.extend(one_of(out["status"], [s.value for s in CheckpointStatus], "status"))
    if "note" in data:
        out["note"] = text(data.get("note"))
    refuse(errors)
    return out


def _goal_start(store: Store, goal_id: int) -> date:
    with store.read() as session:
        start = session.execute(
            select(CustomerGoal.started_on).where(
                CustomerGoal.id == goal_id, CustomerGoal.deleted_at.is_(None)
            )
        ).scalar()
    if start is None:
        raise LookupError(goal_id)
    return start


def add_checkpoint(store: Store, goal_id: int, data: dict[str, Any]) -> int:
    """A checkpoint of a goal; it cannot be dated before the goal's start."""
    values = clean_checkpoint(data, _goal_start(store, goal_id))
    with store.write(CHANGES) as session:
        checkpoint = GoalCheckpoint(goal_id=goal_id, **values)
        session.add(checkpoint)
        session.flush()
        return checkpoint.id


def update_checkpoint(store: Store, checkpoint_id: int, values: dict[str, Any]) -> dict[str, Any]:
    with store.read() as session:
        goal_id = session.execute(
            select(GoalCheckpoint.goal_id).where(GoalCheckpoint.id == checkpoint_id)
        ).scalar()
    if goal_id is None:
        raise LookupError(checkpoint_id)
    clean = clean_checkpoint(values, _goal_start(store, goal_id), partial=True)
    return edit_fields(store, GoalCheckpoint, checkpoint_id, clean, CHANGES, check=live)


def delete_checkpoint(store: Store, checkpoint_id: int) -> int:
    set_deleted(store, GoalCheckpoint, checkpoint_id, True, CHANGES)
    return checkpoint_id


def restore_checkpoint(store: Store, checkpoint_id: int) -> int:
    set_deleted(store, GoalCheckpoint, checkpoint_id, False, CHANGES)
    return checkpoint_id
