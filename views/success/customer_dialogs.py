"""Dialogs for one customer: a lifecycle step (marking lost asks why), the health, the
renewal date, a satisfaction entry, a key contact who left, and resolving a risk flag.

Each saves by running its step (app/success/steps.py), so that Edit › Undo takes it back."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QSpinBox, QWidget

from app import teams
from app.success import lifecycle, steps
from app.success.rules import Suggestion, next_stages
from views.context import AppContext
from views.success.dialog_base import (
    GuardedDialog,
    code_combo,
    date_edit,
    member_combo,
    select,
    text_box,
    to_date,
)
from views.success.labels import label, reason_text, roles_text


class Customer:
    """Who a dialog is about: id, name and owner (the default author)."""

    def __init__(self, customer_id: int, name: str, owner_id: int | None = None) -> None:
        self.id, self.name, self.owner_id = customer_id, name, owner_id


def _author(ctx: AppContext, dialog: QWidget, owner_id: int | None) -> QComboBox:
    members = teams.members_of(ctx.store, ctx.team_id)
    return member_combo(members, owner_id, QCoreApplication.translate("SuccessDialogs", "(nobody)"))


class StageDialog(GuardedDialog):
    """The next lifecycle step; "lost" asks for the reason and a sentence."""

    def __init__(
        self,
        ctx: AppContext,
        customer: Customer,
        current: str | None,
        to_stage: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            parent,
            self.tr("Lifecycle stage"),
            self.tr("<b>{name}</b> is now at: {stage}").format(
                name=customer.name, stage=label("stage", current) or self.tr("not yet tracked")
            ),
        )
        self.setObjectName("successStageDialog")
        self.ctx, self.customer = ctx, customer
        self.stage = QComboBox()
        self.stage.setObjectName("stageChoice")
        for stage in next_stages(current):
            self.stage.addItem(label("stage", stage), stage.value)
        select(self.stage, to_stage)
        self.reason = code_combo("lost_reason", blank=self.tr("(choose the reason)"))
        self.reason.setObjectName("lostReason")
        self.note = text_box(self.tr("One sentence on what happened."))
        self.note.setObjectName("stageNote")
        self.changed_on = date_edit()
        self.author = _author(ctx, self, customer.owner_id)
        self.form.add("to_stage", self.tr("Next stage:"), self.stage)
        self.form.add("lost_reason", self.tr("Why was it lost:"), self.reason)
        self.form.add("note", self.tr("What happened:"), self.note)
        self.form.add("changed_on", self.tr("Date:"), self.changed_on)
        self.form.add("author", self.tr("Changed by:"), self.author)
        self.stage.currentIndexChanged.connect(self._follow_stage)
        self.watch(self.stage, self.reason, self.note, self.changed_on, self.author)
        self._follow_stage()

    def _follow_stage(self) -> None:
        lost = self.stage.currentData() == "lost"
        self.reason.setEnabled(lost)
        self.note.setPlaceholderText(
            self.tr("One sentence on what happened (required).")
            if lost
            else self.tr("One sentence on what happened.")
        )

    def save(self) -> int:
        store, cid = self.ctx.store, self.customer.id
        values = {
            "to_stage": self.stage.currentData(),
            "changed_on": to_date(self.changed_on),
            "author_id": self.author.currentData(),
            "lost_reason": self.reason.currentData(),
            "note": self.note.toPlainText(),
        }
        stage = label("stage", values["to_stage"])
        step = steps.change_stage(store, cid, values, name=self.customer.name, stage=stage)
        return self.ctx.run(step, initiator=self)


class HealthDialog(GuardedDialog):
    """Set the health, confirming or overriding what the data suggests; red asks for the
    immediate next step."""

    def __init__(
        self,
        ctx: AppContext,
        customer: Customer,
        suggestion: Suggestion | None,
        parent: QWidget | None = None,
    ) -> None:
        intro = self.tr("Health of <b>{name}</b>").format(name=customer.name)
        if suggestion is not None:
            intro += "<br>" + self.tr("The data suggests: {health}").format(
                health=label("health", suggestion.health)
            )
        super().__init__(parent, self.tr("Customer health"), intro)
        self.setObjectName("successHealthDialog")
        self.ctx, self.customer, self.suggestion = ctx, customer, suggestion
        self.health = code_combo("health", suggestion.health if suggestion else None)
        self.health.removeItem(self.health.findData("none"))
        self.health.setObjectName("healthChoice")
        self.reason = text_box(self.tr("Why this health?"))
        self.reason.setObjectName("healthReason")
        if suggestion is not None and suggestion.reasons:
            self.reason.setPlainText(
                "; ".join(reason_text(code, value) for code, value in suggestion.reasons)
            )
        self.next_step = text_box(self.tr("What do we do right away?"), 50)
        self.next_step.setObjectName("healthNextStep")
        self.next_due = date_edit()
        self.changed_on = date_edit()
        self.author = _author(ctx, self, customer.owner_id)
        self.form.add("health", self.tr("Health:"), self.health)
        self.form.add("reason", self.tr("Reason:"), self.reason)
        self.form.add("next_step", self.tr("Immediate next step:"), self.next_step)
        self.form.add("next_step_due", self.tr("Next step due:"), self.next_due)
        self.form.add("changed_on", self.tr("Date:"), self.changed_on)
        self.form.add("author", self.tr("Set by:"), self.author)
        self.health.currentIndexChanged.connect(self._follow_health)
        self.watch(self.health, self.reason, self.next_step, self.next_due, self.author)
        self._follow_health()

    def _follow_health(self) -> None:
        red = self.health.currentData() == "red"
        self.next_step.setEnabled(red)
        self.next_due.setEnabled(red)

    def save(self) -> int:
        store, cid = self.ctx.store, self.customer.id
        values: dict[str, Any] = {
            "health": self.health.currentData(),
            "reason": self.reason.toPlainText(),
            "changed_on": to_date(self.changed_on),
            "author_id": self.author.currentData(),
            "next_step": self.next_step.toPlainText(),
            "next_step_due": to_date(self.next_due),
            "suggested": self.suggestion.health.value if self.suggestion else None,
        }
        shown = label("health", values["health"])
        step = steps.set_health(store, cid, values, name=self.customer.name, health_label=shown)
        return self.ctx.run(step, initiator=self)


class RenewalDialog(GuardedDialog):
    def __init__(self, ctx: AppContext, customer: Customer, parent: QWidget | None = None) -> None:
        super().__init__(
            parent,
            self.tr("Contract renewal"),
            self.tr("When is the contract of <b>{name}</b> renewed?").format(name=customer.name),
        )
        self.setObjectName("successRenewalDialog")
        self.ctx, self.customer = ctx, customer
        renewal_on, weeks = lifecycle.renewal_of(ctx.store, customer.id)
        self.renewal_on = date_edit(renewal_on)
        self.weeks = QSpinBox()
        self.weeks.setRange(0, 52)
        self.weeks.setValue(weeks)
        self.weeks.setSuffix(self.tr(" weeks before"))
        self.form.add("renewal_on", self.tr("Renewal date:"), self.renewal_on)
        self.form.add("reminder_weeks", self.tr("Remind:"), self.weeks)
        self.watch(self.renewal_on, self.weeks)

    def save(self) -> dict[str, Any]:
        store, cid = self.ctx.store, self.customer.id
        values = {"renewal_on": to_date(self.renewal_on), "reminder_weeks": self.weeks.value()}
        step = steps.set_renewal(store, cid, values, name=self.customer.name)
        return self.ctx.run(step, initiator=self)


class SatisfactionDialog(GuardedDialog):
    """A satisfaction entry: 1–5 and / or NPS 0–10, of the customer or one contact."""

    def __init__(
        self,
        ctx: AppContext,
        customer: Customer,
        contacts: list[dict[str, Any]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            parent,
            self.tr("Satisfaction"),
            self.tr("How satisfied is <b>{name}</b>?").format(name=customer.name),
        )
        self.setObjectName("successSatisfactionDialog")
        self.ctx, self.customer = ctx, customer
        self.contact = QComboBox()
        self.contact.addItem(self.tr("(the customer as a whole)"), None)
        for contact in contacts:
            self.contact.addItem(contact["name"], contact["id"])
        self.score = QComboBox()
        self.score.setObjectName("satisfactionScore")
        self.score.addItem("–", None)
        for value in range(1, 6):
            self.score.addItem(str(value), value)
        self.nps = QComboBox()
        self.nps.setObjectName("satisfactionNps")
        self.nps.addItem("–", None)
        for value in range(11):
            self.nps.addItem(str(value), value)
        self.measured_on = date_edit()
        self.note = text_box(self.tr("What did they say?"), 50)
        self.form.add("contact_id", self.tr("Who answered:"), self.contact)
        self.form.add("score", self.tr("Satisfaction 1–5:"), self.score)
        self.form.add("nps", self.tr("Would recommend 0–10 (NPS):"), self.nps)
        self.form.add("measured_on", self.tr("Date:"), self.measured_on)
        self.form.add("note", self.tr("Note:"), self.note)
        self.watch(self.contact, self.score, self.nps, self.measured_on, self.note)

    def save(self) -> int:
        store, cid = self.ctx.store, self.customer.id
        data = {
            "contact_id": self.contact.currentData(),
            "score": self.score.currentData(),
            "nps": self.nps.currentData(),
            "measured_on": to_date(self.measured_on),
            "note": self.note.toPlainText(),
            "author_member_id": self.customer.owner_id,
        }
        step = steps.record_satisfaction(store, cid, data, name=self.customer.name)
        return self.ctx.run(step, initiator=self)


class ContactLeftDialog(GuardedDialog):
    """Mark that a key contact left the customer: the customer is flagged at risk."""

    def __init__(
        self,
        ctx: AppContext,
        customer: Customer,
        contacts: list[dict[str, Any]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            parent,
            self.tr("A key contact left"),
            self.tr(
                "Who left <b>{name}</b>? When a decider, buyer or user leaves, the customer is "
                "flagged at risk."
            ).format(name=customer.name),
        )
        self.setObjectName("successContactLeftDialog")
        self.ctx, self.customer = ctx, customer
        self.contact = QComboBox()
        self.contact.setObjectName("leftContact")
        for contact in contacts:
            roles = roles_text([r for r in contact["roles"].split(",") if r])
            self.contact.addItem(f"{contact['name']} ({roles})", contact["id"])
        self.left_on = date_edit()
        self.form.add("contact", self.tr("Contact:"), self.contact)
        self.form.add("left_on", self.tr("Left on:"), self.left_on)
        self.watch(self.contact, self.left_on)

    def save(self) -> int:
        store, contact_id, left_on = (
            self.ctx.store,
            int(self.contact.currentData()),
            to_date(self.left_on),
        )
        step = steps.contact_left(store, contact_id, left_on, name=self.contact.currentText())
        return self.ctx.run(step, initiator=self)
