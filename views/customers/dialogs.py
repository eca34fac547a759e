"""Dialogs of the Customers panel: contact person, log an interaction, confirm a deletion."""

from __future__ import annotations

from datetime import date
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app import teams
from app.customers import contacts as contact_service
from app.customers import interactions, steps
from app.customers import records as customers
from app.errors import InvalidRecord
from app.privacy.consent import History
from models.activity_fields import INTERACTION
from models.customer_fields import CONTACT, ContactRecord
from models.fields import FieldKind
from models.ids import CustomerId
from models.rules import QT_TRANSLATE_NOOP, BuyingRole, InteractionType, ValidationError
from views.context import AppContext
from views.field_labels import field_label
from views.labels import interaction_label, role_label
from views.privacy.consent_history import ConsentHistoryBox
from views.unsaved import EditorDialog
from views.widgets import CustomerPicker, ErrorForm, limited, save_cancel_buttons


def confirm(parent: QWidget, question: str) -> bool:
    """Ask before a deletion (it can still be undone)."""
    title = QCoreApplication.translate("CustomerDetail", "Confirm")
    return QMessageBox.question(parent, title, question) == QMessageBox.StandardButton.Yes


W = TypeVar("W", bound=QWidget)


def _field(form: ErrorForm, key: str, label: str, widget: W) -> W:
    """Add a row to the form and hand back the widget with its own type."""
    form.add(key, label, widget)
    return widget


def _date_edit(value: date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDate(QDate(value or date.today()))
    return edit


def _label(key: str) -> str:
    """An interaction field's label (models/activity_fields.py)."""
    return field_label(INTERACTION.field(key))


def _line(key: str) -> QLineEdit:
    """A line for a one-line interaction field, capped at the field's limit."""
    return limited(QLineEdit(), INTERACTION.field(key).input_limit or 0)


class ContactDialog(EditorDialog):
    """Add or edit a contact person; roles are check boxes since one person may hold several.

    Closing it with typed input asks first (views/unsaved.py)."""

    def __init__(
        self,
        parent: QWidget | None,
        values: ContactRecord | None = None,
        history: History | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contactDialog")
        self.setWindowTitle(self.tr("Contact person"))
        self.form = ErrorForm()
        # The one-line texts of the contact catalogue: a line each, in its order.
        self.lines: dict[str, QLineEdit] = {}
        for field in CONTACT.of_kind(FieldKind.TEXT, FieldKind.EMAIL, FieldKind.PHONE):
            text = (getattr(values, field.key) if values else None) or ""
            line = limited(QLineEdit(text), field.input_limit or 0)
            self.lines[field.key] = _field(self.form, field.key, field_label(field), line)
        self.name, self.title = self.lines["name"], self.lines["title"]
        self.email, self.phone = self.lines["email"], self.lines["phone"]
        roles_box = QWidget()
        roles_layout = QHBoxLayout(roles_box)
        roles_layout.setContentsMargins(0, 0, 0, 0)
        current = set((values.roles if values else "").split(","))
        self.roles: dict[str, QCheckBox] = {}
        for role in BuyingRole:
            box = QCheckBox(role_label(role.value))
            box.setChecked(role.value in current)
            self.roles[role.value] = box
            roles_layout.addWidget(box)
        self.form.add("roles", field_label(CONTACT.field("roles")), roles_box)
        self.advocate = QCheckBox(self.tr("Advocate: recommends us to others"))
        self.advocate.setChecked(bool(values and values.advocate))
        self.form.add("advocate", "", self.advocate)
        self.consent = QCheckBox(self.tr("Has given marketing consent"))
        self.consent.setChecked(bool(values and values.marketing_consent))
        self.consent_date = _date_edit(values.consent_date if values else None)
        self.consent_date.setEnabled(self.consent.isChecked())
        self.consent.toggled.connect(self.consent_date.setEnabled)
        self.form.add("marketing_consent", "", self.consent)
        self.form.add("consent_date", field_label(CONTACT.field("consent_date")), self.consent_date)
        # Where a change of the consent came from, and its history (the privacy area's).
        self.consent_history = ConsentHistoryBox(history)
        self.form.add("consent_history", self.tr("Consent history"), self.consent_history)
        notes = (values.notes if values else None) or ""
        self.notes = _field(
            self.form, "notes", field_label(CONTACT.field("notes")), QPlainTextEdit(notes)
        )
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(save_cancel_buttons(self))
        self.values: dict[str, Any] = {}
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        self.mark_saved()

    def state(self) -> dict[str, Any]:
        return self.collect()

    def unsaved_what(self) -> str:
        name = self.name.text().strip()
        if not name:
            return self.tr("The contact person")
        return self.tr("The contact person {name}").format(name=name)

    def collect(self) -> dict[str, Any]:
        return {
            **{key: line.text() for key, line in self.lines.items()},
            "roles": [code for code, box in self.roles.items() if box.isChecked()],
            "advocate": self.advocate.isChecked(),
            "marketing_consent": self.consent.isChecked(),
            "consent_date": self.consent_date.date().toPython()
            if self.consent.isChecked()
            else None,
            "notes": self.notes.toPlainText(),
            **self.consent_history.change(),
        }

    def accept(self) -> None:
        values = self.collect()
        try:
            contact_service.clean_contact(values)
        except InvalidRecord as invalid:
            self.form.show_errors(invalid)
            return
        self.values = values
        super().accept()


class LogInteractionDialog(EditorDialog):
    """Log a visit (or call, meeting…) in under a minute: Ctrl+L from anywhere.

    Closing it with typed input asks first (views/unsaved.py)."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None,
        customer: tuple[int, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.interaction_id: int | None = None
        self.setObjectName("logInteractionDialog")
        self.setWindowTitle(self.tr("Log a customer interaction"))
        self.resize(560, 600)
        self.form = ErrorForm()
        self.picker = _field(self.form, "customer", self.tr("Customer"), CustomerPicker(ctx))
        self.kind = QComboBox()
        for kind in InteractionType:
            self.kind.addItem(interaction_label(kind.value), kind.value)
        self.form.add("kind", _label("kind"), self.kind)
        self.occurred_on = _field(self.form, "occurred_on", _label("occurred_on"), _date_edit())
        self.members = QListWidget()
        self.members.setObjectName("membersPresent")
        self.members.setMaximumHeight(110)
        for member in teams.members_of(ctx.store, ctx.team_id):
            item = QListWidgetItem(member["name"])
            item.setData(Qt.ItemDataRole.UserRole, member["id"])
            me = member["id"] == ctx.me  # who uses this laptop was there, most likely
            item.setCheckState(Qt.CheckState.Checked if me else Qt.CheckState.Unchecked)
            self.members.addItem(item)
        self.form.add("members", self.tr("Who was there"), self.members)
        self.contacts = QListWidget()
        self.contacts.setObjectName("contactsMet")
        self.contacts.setMaximumHeight(90)
        self.form.add("contacts", self.tr("Contacts met"), self.contacts)
        self.summary = _field(self.form, "summary", _label("summary"), QPlainTextEdit())
        self.summary.setTabChangesFocus(True)
        self.outcome = _field(self.form, "outcome", _label("outcome"), _line("outcome"))
        self.next_step = _field(self.form, "next_step", _label("next_step"), _line("next_step"))
        self.has_due = QCheckBox(self.tr("Due by"))
        self.due = _date_edit(date.today())
        self.due.setEnabled(False)
        self.has_due.toggled.connect(self.due.setEnabled)
        due_row = QWidget()
        due_layout = QHBoxLayout(due_row)
        due_layout.setContentsMargins(0, 0, 0, 0)
        due_layout.addWidget(self.has_due)
        due_layout.addWidget(self.due, 1)
        self.form.add("next_step_due", "", due_row)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(save_cancel_buttons(self))
        self.picker.customerChosen.connect(self._load_contacts)
        if customer:
            self.picker.set_customer(*customer)
            self.kind.setFocus()
        else:
            self.picker.setFocus()
        self.mark_saved()

    def state(self) -> tuple[object, ...]:
        """What the user typed or chose (the customer given on opening does not count)."""
        return (
            self.picker.text(),
            self.kind.currentIndex(),
            self.occurred_on.date(),
            tuple(self._checked(self.members)),
            tuple(self._checked(self.contacts)),
            self.summary.toPlainText(),
            self.outcome.text(),
            self.next_step.text(),
            self.has_due.isChecked(),
            self.due.date(),
        )

    def unsaved_what(self) -> str:
        return self.tr("The interaction being logged")

    def _load_contacts(self, customer_id: int) -> None:
        """Offer the customer's contacts, and tick its owner as present (the usual case)."""
        customer = customers.get_customer(self.ctx.store, CustomerId(customer_id))
        owner = customer.owner_id if customer else None
        for i in range(self.members.count()):
            item = self.members.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == owner:
                item.setCheckState(Qt.CheckState.Checked)
                self.members.scrollToItem(item)
        self.contacts.clear()
        for contact in contact_service.contacts_of(self.ctx.store, customer_id):
            item = QListWidgetItem(contact.name)
            item.setData(Qt.ItemDataRole.UserRole, contact.id)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.contacts.addItem(item)

    @staticmethod
    def _checked(widget: QListWidget) -> list[int]:
        return [
            int(widget.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked
        ]

    def accept(self) -> None:
        customer_id = self.picker.customer_id
        data = {
            "kind": self.kind.currentData(),
            "occurred_on": self.occurred_on.date().toPython(),
            "summary": self.summary.toPlainText(),
            "outcome": self.outcome.text(),
            "next_step": self.next_step.text(),
            "next_step_due": self.due.date().toPython() if self.has_due.isChecked() else None,
        }
        members = self._checked(self.members)
        contacts = self._checked(self.contacts)
        try:
            errors: list[ValidationError] = []
            if customer_id is None:
                errors.append(
                    ValidationError(
                        "customer", QT_TRANSLATE_NOOP("rules", "Choose the customer from the list.")
                    )
                )
            try:
                interactions.clean_interaction(data)
            except InvalidRecord as invalid:
                errors.extend(invalid.errors)
            if errors or customer_id is None:
                raise InvalidRecord(errors)
            step = steps.log_interaction(self.ctx.store, customer_id, data, members, contacts)
            self.interaction_id = self.ctx.run(step, initiator=self)
        except InvalidRecord as invalid:
            self.form.show_errors(invalid)
            return
        super().accept()
