"""Small dialogs: an action item, a decision on a development proposal, a new proposal."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app import teams
from app.errors import InvalidRecord
from models.fields import Catalogue, Field
from models.governance_fields import ACTION_ITEM, DEVELOPMENT_PROPOSAL
from views.context import AppContext
from views.field_labels import field_label
from views.governance.labels import proposal_label
from views.widgets import CustomerPicker, ErrorForm, limited, save_cancel_buttons


def date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    return edit


def picked(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


def _label(catalogue: Catalogue, key: str) -> str:
    """A governance record's field label (models/governance_fields.py)."""
    return field_label(catalogue.field(key))


def _line(field: Field) -> QLineEdit:
    """A line for a one-line field, capped at the field's limit."""
    return limited(QLineEdit(), field.input_limit or 0)


def member_combo(ctx: AppContext, chosen: int | None, none_text: str | None = None) -> QComboBox:
    combo = QComboBox()
    if none_text is not None:
        combo.addItem(none_text, None)
    for member in teams.members_of(ctx.store, ctx.team_id):
        combo.addItem(member["name"], member["id"])
    combo.setCurrentIndex(max(0, combo.findData(chosen)))
    return combo


class ActionDialog(QDialog):
    """What is to be done, by whom, by when, and for which customer (optional)."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None,
        owner: int | None = None,
        customer: tuple[int, str] | None = None,
        due: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("actionDialog")
        self.setWindowTitle(self.tr("Action item"))
        self.form = ErrorForm()
        self.title = _line(ACTION_ITEM.field("title"))
        self.title.setObjectName("actionTitle")
        self.form.add("title", _label(ACTION_ITEM, "title"), self.title)
        self.owner = member_combo(ctx, owner, self.tr("(choose)"))
        self.owner.setObjectName("actionOwner")
        self.form.add("owner", _label(ACTION_ITEM, "owner_member_id"), self.owner)
        self.due = date_edit(due or date.today() + timedelta(days=14))
        self.due.setObjectName("actionDue")
        self.form.add("due_on", _label(ACTION_ITEM, "due_on"), self.due)
        self.customer = CustomerPicker(ctx)
        if customer is not None:
            self.customer.set_customer(*customer)
        self.form.add("customer_id", self.tr("Customer (optional)"), self.customer)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(save_cancel_buttons(self))

    def values(self) -> dict[str, Any]:
        return {
            "title": self.title.text(),
            "owner_member_id": self.owner.currentData(),
            "due_on": picked(self.due),
            "customer_id": self.customer.customer_id if self.customer.text().strip() else None,
        }

    def show_errors(self, invalid: InvalidRecord) -> None:
        self.form.show_errors(invalid)


class DecisionDialog(QDialog):
    """The decision on a development proposal: accepted, rejected or done, in words."""

    def __init__(self, parent: QWidget | None, title: str, status: str, decision: str) -> None:
        super().__init__(parent)
        self.setObjectName("decisionDialog")
        self.setWindowTitle(self.tr("Decision on a proposal"))
        self.resize(460, 260)
        self.form = ErrorForm()
        self.form.addRow(self.tr("Proposal:"), QLineEdit(title, readOnly=True))
        self.status = QComboBox()
        self.status.setObjectName("decisionStatus")
        for code in ("accepted", "rejected", "done", "open"):
            self.status.addItem(proposal_label(code), code)
        self.status.setCurrentIndex(max(0, self.status.findData(status)))
        self.form.add("status", _label(DEVELOPMENT_PROPOSAL, "status"), self.status)
        self.decision = QPlainTextEdit(decision)
        self.decision.setObjectName("decisionText")
        self.form.add("decision", _label(DEVELOPMENT_PROPOSAL, "decision"), self.decision)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(save_cancel_buttons(self))


class ProposalDialog(QDialog):
    """A new entry for the development log: anyone may add one."""

    def __init__(self, ctx: AppContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("proposalDialog")
        self.setWindowTitle(self.tr("New development proposal"))
        self.resize(480, 280)
        self.form = ErrorForm()
        self.title = _line(DEVELOPMENT_PROPOSAL.field("title"))
        self.title.setObjectName("proposalTitle")
        self.form.add("title", _label(DEVELOPMENT_PROPOSAL, "title"), self.title)
        self.description = QPlainTextEdit()
        self.form.add("description", _label(DEVELOPMENT_PROPOSAL, "description"), self.description)
        self.proposer = member_combo(ctx, None, self.tr("(not named)"))
        self.form.add(
            "proposed_by", _label(DEVELOPMENT_PROPOSAL, "proposed_by_member_id"), self.proposer
        )
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(save_cancel_buttons(self))
