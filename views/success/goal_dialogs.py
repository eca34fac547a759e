"""Dialogs for the customer's goals (a goal, a checkpoint, the customer's confirmation of
the value) and the customer review from the source's interview guide."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QWidget

from app.success import review, steps
from app.success.goals import Checkpoint, Goal
from views.context import AppContext
from views.success.customer_dialogs import Customer
from views.success.dialog_base import GuardedDialog, code_combo, date_edit, text_box, to_date
from views.success.labels import short_date


class GoalDialog(GuardedDialog):
    """A new goal, or an existing one edited."""

    def __init__(
        self,
        ctx: AppContext,
        customer: Customer,
        goal: Goal | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            parent,
            self.tr("Customer goal") if goal else self.tr("New customer goal"),
            self.tr("What does <b>{name}</b> want to achieve, and how does it measure it?").format(
                name=customer.name
            ),
        )
        self.setObjectName("successGoalDialog")
        self.ctx, self.customer, self.goal = ctx, customer, goal
        self.title = QLineEdit(goal.title if goal else "")
        self.title.setObjectName("goalTitle")
        self.measure = QLineEdit(goal.measure if goal else "")
        self.measure.setObjectName("goalMeasure")
        self.measure.setPlaceholderText(self.tr("E.g. applications per summer trainee post"))
        self.started_on = date_edit(goal.started_on if goal else None)
        self.has_target = QCheckBox(self.tr("Target date"))
        self.has_target.setChecked(bool(goal and goal.target_on))
        self.target_on = date_edit(goal.target_on if goal and goal.target_on else None)
        self.status = code_combo("goal_status", goal.status if goal else "open")
        self.form.add("title", self.tr("Goal:"), self.title)
        self.form.add("measure", self.tr("How they measure it:"), self.measure)
        self.form.add("started_on", self.tr("Started:"), self.started_on)
        self.form.add("target_on", self.has_target.text() + ":", self.target_on)
        self.form.add("status", self.tr("Status:"), self.status)
        self.has_target.toggled.connect(self.target_on.setEnabled)
        self.target_on.setEnabled(self.has_target.isChecked())
        self.form.insertRow(3, "", self.has_target)
        self.watch(self.title, self.measure, self.started_on, self.target_on, self.status)
        self.watch(self.has_target)

    def values(self) -> dict[str, Any]:
        return {
            "title": self.title.text(),
            "measure": self.measure.text(),
            "started_on": to_date(self.started_on),
            "target_on": to_date(self.target_on) if self.has_target.isChecked() else None,
            "status": self.status.currentData(),
        }

    def save(self) -> Any:
        store, cid, values = self.ctx.store, self.customer.id, self.values()
        if self.goal is None:
            step = steps.new_goal(store, cid, values, name=self.customer.name)
            return self.ctx.run(step, initiator=self)
        changed = {k: v for k, v in values.items() if getattr(self.goal, k) != v}
        if not changed:
            return {}
        edit = steps.edit_goal(store, self.goal.id, changed, name=self.customer.name)
        return self.ctx.run(edit, initiator=self)


class CheckpointDialog(GuardedDialog):
    def __init__(
        self,
        ctx: AppContext,
        goal: Goal,
        checkpoint: Checkpoint | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            parent,
            self.tr("Checkpoint"),
            self.tr("A checkpoint of the goal “{goal}” (started {date}).").format(
                goal=goal.title, date=short_date(goal.started_on)
            ),
        )
        self.setObjectName("successCheckpointDialog")
        self.ctx, self.goal, self.checkpoint = ctx, goal, checkpoint
        self.due_on = date_edit(checkpoint.due_on if checkpoint else None)
        self.due_on.setObjectName("checkpointDue")
        self.description = QLineEdit(checkpoint.description if checkpoint else "")
        self.description.setObjectName("checkpointDescription")
        self.status = code_combo("checkpoint_status", checkpoint.status if checkpoint else None)
        self.note = text_box(self.tr("What was found?"), 40)
        if checkpoint and checkpoint.note:
            self.note.setPlainText(checkpoint.note)
        self.form.add("due_on", self.tr("Date:"), self.due_on)
        self.form.add("description", self.tr("What should be reached:"), self.description)
        self.form.add("status", self.tr("Status:"), self.status)
        self.form.add("note", self.tr("Note:"), self.note)
        self.watch(self.due_on, self.description, self.status, self.note)

    def save(self) -> Any:
        store = self.ctx.store
        values = {
            "due_on": to_date(self.due_on),
            "description": self.description.text(),
            "status": self.status.currentData(),
            "note": self.note.toPlainText(),
        }
        if self.checkpoint is None:
            step = steps.new_checkpoint(store, self.goal.id, values, goal=self.goal.title)
            return self.ctx.run(step, initiator=self)
        edit = steps.edit_checkpoint(store, self.checkpoint.id, values, goal=self.goal.title)
        return self.ctx.run(edit, initiator=self)


class ConfirmValueDialog(GuardedDialog):
    """The customer confirmed that the goal's value was reached (seed 003 l. 955–958)."""

    def __init__(self, ctx: AppContext, goal: Goal, parent: QWidget | None = None) -> None:
        super().__init__(
            parent,
            self.tr("The customer confirmed the value"),
            self.tr(
                "Has the customer confirmed that “{goal}” brought the value it wanted? Only "
                "then is the next goal set."
            ).format(goal=goal.title),
        )
        self.setObjectName("successConfirmDialog")
        self.ctx, self.goal = ctx, goal
        self.confirmed_on = date_edit()
        self.confirmation = text_box(self.tr("How did the customer confirm it?"), 50)
        self.form.add("value_confirmed_on", self.tr("Confirmed on:"), self.confirmed_on)
        self.form.add("confirmation", self.tr("How:"), self.confirmation)
        self.watch(self.confirmed_on, self.confirmation)

    def save(self) -> Any:
        store, goal_id = self.ctx.store, self.goal.id
        values = {
            "value_confirmed_on": to_date(self.confirmed_on),
            "confirmation": self.confirmation.toPlainText(),
            "status": "achieved",
        }
        step = steps.confirm_value(store, goal_id, values, goal=self.goal.title)
        return self.ctx.run(step, initiator=self)


class ReviewDialog(GuardedDialog):
    """The customer review template; saved as a meeting in the customer's timeline."""

    def __init__(self, ctx: AppContext, customer: Customer, parent: QWidget | None = None) -> None:
        super().__init__(
            parent,
            review.title(ctx.language),
            self.tr("Review with <b>{name}</b>: write down their answers.").format(
                name=customer.name
            ),
        )
        self.setObjectName("successReviewDialog")
        self.ctx, self.customer = ctx, customer
        self.answers: dict[str, QPlainTextEdit] = {}
        self.occurred_on = date_edit()
        self.form.add("occurred_on", self.tr("Date:"), self.occurred_on)
        for question in review.questions(ctx.language):
            box = text_box("", 44)
            box.setObjectName(f"review_{question.key}")
            self.answers[question.key] = box
            self.form.add(question.key, question.text, box)
            self.watch(box)
        self.next_step = QLineEdit()
        self.next_step.setPlaceholderText(self.tr("What did we agree to do next?"))
        self.form.add("next_step", self.tr("Next step:"), self.next_step)
        self.watch(self.occurred_on, self.next_step)
        self.setMinimumWidth(620)

    def save(self) -> Any:
        store, cid, language = self.ctx.store, self.customer.id, self.ctx.language
        answers = {key: box.toPlainText() for key, box in self.answers.items()}
        when: date = to_date(self.occurred_on)
        next_step = self.next_step.text().strip() or None
        step = steps.customer_review(
            store, cid, answers, language, when, next_step, name=self.customer.name
        )
        return self.ctx.run(step, initiator=self)
