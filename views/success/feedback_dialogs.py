"""Recording feedback (praise, a suggestion or a complaint) and how it is handled."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from app import teams
from app.success import steps
from app.success.journeys import touchpoint_choices
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
from views.widgets import CustomerPicker


class HandlingFields:
    """Root cause, resolution, owner, quick fix or long-term, closed: shared by both dialogs."""

    def __init__(self, dialog: GuardedDialog, ctx: AppContext, current: dict[str, Any]) -> None:
        self.root_cause = text_box(
            QCoreApplication.translate("HandlingFields", "Why did it happen?"), 40
        )
        self.root_cause.setPlainText(current.get("root_cause") or "")
        self.resolution = code_combo(
            "resolution",
            current.get("resolution"),
            QCoreApplication.translate("HandlingFields", "(not yet)"),
        )
        self.resolution_note = text_box(
            QCoreApplication.translate("HandlingFields", "What was done?"), 40
        )
        self.resolution_note.setPlainText(current.get("resolution_note") or "")
        members = teams.members_of(ctx.store, ctx.team_id)
        self.owner = member_combo(
            members,
            current.get("owner_member_id"),
            QCoreApplication.translate("HandlingFields", "(nobody)"),
        )
        self.horizon = code_combo(
            "horizon",
            current.get("horizon"),
            QCoreApplication.translate("HandlingFields", "(not decided)"),
        )
        self.closed = QCheckBox(QCoreApplication.translate("HandlingFields", "Closed"))
        self.closed.setObjectName("feedbackClosed")
        self.closed.setChecked(current.get("closed_on") is not None)
        self.closed_on = date_edit(current.get("closed_on"))
        self.closed_on.setEnabled(self.closed.isChecked())
        self.closed.toggled.connect(self.closed_on.setEnabled)
        self._place(dialog)

    def _place(self, dialog: GuardedDialog) -> None:
        form = dialog.form
        form.add(
            "root_cause",
            QCoreApplication.translate("HandlingFields", "Root cause:"),
            self.root_cause,
        )
        form.add(
            "resolution",
            QCoreApplication.translate("HandlingFields", "Resolution:"),
            self.resolution,
        )
        form.add(
            "resolution_note",
            QCoreApplication.translate("HandlingFields", "What was done:"),
            self.resolution_note,
        )
        form.add(
            "owner_member_id", QCoreApplication.translate("HandlingFields", "Owner:"), self.owner
        )
        form.add(
            "horizon",
            QCoreApplication.translate("HandlingFields", "Quick fix or long-term:"),
            self.horizon,
        )
        form.addRow("", self.closed)
        form.add(
            "closed_on", QCoreApplication.translate("HandlingFields", "Closed on:"), self.closed_on
        )
        dialog.watch(
            self.root_cause, self.resolution, self.resolution_note, self.owner, self.horizon
        )
        dialog.watch(self.closed, self.closed_on)

    def values(self) -> dict[str, Any]:
        return {
            "root_cause": self.root_cause.toPlainText(),
            "resolution": self.resolution.currentData(),
            "resolution_note": self.resolution_note.toPlainText(),
            "owner_member_id": self.owner.currentData(),
            "horizon": self.horizon.currentData(),
            "closed_on": to_date(self.closed_on) if self.closed.isChecked() else None,
        }


class FeedbackDialog(GuardedDialog):
    """A new feedback, optionally of a customer and tied to a journey's touchpoint."""

    def __init__(
        self,
        ctx: AppContext,
        customer: tuple[int, str] | None = None,
        touchpoint_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, self.tr("Record feedback"))
        self.setObjectName("successFeedbackDialog")
        self.ctx = ctx
        self.kind = code_combo("kind", "complaint")
        self.kind.setObjectName("feedbackKind")
        self.source = code_combo("source", "meeting")
        self.customer = CustomerPicker(ctx)
        self.customer.setObjectName("feedbackCustomer")
        if customer is not None:
            self.customer.set_customer(*customer)
        self.touchpoint = QComboBox()
        self.touchpoint.setObjectName("feedbackTouchpoint")
        self.touchpoint.addItem(self.tr("(no touchpoint)"), None)
        for point_id, name in touchpoint_choices(ctx.store, ctx.team_id):
            self.touchpoint.addItem(name, point_id)
        select(self.touchpoint, touchpoint_id)
        self.severity = code_combo("severity", "medium", self.tr("(none)"))
        self.severity.setObjectName("feedbackSeverity")
        self.happened = text_box(self.tr("What happened, in the customer's words?"))
        self.happened.setObjectName("feedbackHappened")
        self.received_on = date_edit()
        form = self.form
        form.add("kind", self.tr("Kind:"), self.kind)
        form.add("source", self.tr("Came through:"), self.source)
        form.add("customer_id", self.tr("Customer:"), self.customer)
        form.add("touchpoint_id", self.tr("Touchpoint:"), self.touchpoint)
        form.add("severity", self.tr("Severity:"), self.severity)
        form.add("happened", self.tr("What happened:"), self.happened)
        form.add("received_on", self.tr("Received on:"), self.received_on)
        self.watch(self.kind, self.source, self.customer, self.touchpoint, self.severity)
        self.watch(self.happened, self.received_on)
        self.handling = HandlingFields(self, ctx, {})
        self.setMinimumWidth(560)

    def values(self) -> dict[str, Any]:
        customer_id = self.customer.customer_id if self.customer.text().strip() else None
        return {
            "kind": self.kind.currentData(),
            "source": self.source.currentData(),
            "customer_id": customer_id,
            "touchpoint_id": self.touchpoint.currentData(),
            "severity": self.severity.currentData(),
            "happened": self.happened.toPlainText(),
            "received_on": to_date(self.received_on),
            **self.handling.values(),
        }

    def save(self) -> int:
        store, team, data = self.ctx.store, self.ctx.team_id, self.values()
        return self.ctx.run(steps.record_feedback(store, team, data), initiator=self)


class HandlingDialog(GuardedDialog):
    """How a feedback is handled now (each save adds to its handling history)."""

    def __init__(
        self, ctx: AppContext, detail: dict[str, Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, self.tr("Handle feedback"), detail["happened"])
        self.setObjectName("successHandlingDialog")
        self.ctx, self.feedback_id = ctx, int(detail["id"])
        self.handling = HandlingFields(self, ctx, detail)

    def save(self) -> int:
        store, feedback_id, data = self.ctx.store, self.feedback_id, self.handling.values()
        return self.ctx.run(steps.handle_feedback(store, feedback_id, data), initiator=self)
