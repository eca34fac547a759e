"""The customer's contact persons with their buying-centre roles: the Contacts tab."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.customers import contacts as contact_service
from app.customers import steps
from models.customer_fields import CONTACT, ContactRecord
from models.ids import ContactId
from views.context import AppContext
from views.customers.dialogs import ContactDialog, confirm
from views.field_labels import field_title
from views.labels import role_label
from views.unsaved import run_dialog

# The contact fields the tab shows, in its columns' order; roles (with "advocate") last.
COLUMNS = ("name", "title", "email", "phone", "roles")


class ContactsTab(QWidget):
    """Lists the contact persons; add, edit and delete are undoable steps."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.customer_id: int | None = None
        self.rows: dict[int, ContactRecord] = {}
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("contactTable")
        self.table.setHorizontalHeaderLabels([field_title(CONTACT.field(key)) for key in COLUMNS])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.edit_contact())
        add = QPushButton(self.tr("Add contact…"))
        add.clicked.connect(self.add_contact)
        edit = QPushButton(self.tr("Edit…"))
        edit.clicked.connect(self.edit_contact)
        remove = QPushButton(self.tr("Delete"))
        remove.clicked.connect(self.delete_contact)
        self.buttons = [add, edit, remove]
        row = QHBoxLayout()
        for button in self.buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)

    def show_customer(self, customer_id: int | None) -> None:
        self.customer_id = customer_id
        for button in self.buttons:
            button.setEnabled(customer_id is not None)
        self.reload()

    def reload(self) -> None:
        rows = (
            contact_service.contacts_of(self.ctx.store, self.customer_id)
            if self.customer_id
            else []
        )
        self.table.setRowCount(len(rows))
        for r, contact in enumerate(rows):
            cells = [getattr(contact, key) for key in COLUMNS[:-1]] + [self._roles(contact)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text or "")
                item.setData(Qt.ItemDataRole.UserRole, contact.id)
                self.table.setItem(r, c, item)
        self.rows = {row.id: row for row in rows}
        self.table.resizeColumnsToContents()

    def _roles(self, contact: ContactRecord) -> str:
        roles = ", ".join(role_label(code) for code in contact.roles.split(",") if code)
        if not contact.advocate:
            return roles
        return self.tr("{roles} · advocate").format(roles=roles) if roles else self.tr("advocate")

    def _selected(self) -> ContactId | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return ContactId(int(item.data(Qt.ItemDataRole.UserRole))) if item else None

    def add_contact(self) -> None:
        if self.customer_id is None:
            return
        dialog = ContactDialog(self)
        if run_dialog(dialog):
            step = steps.add_contact(self.ctx.store, self.customer_id, dialog.values)
            self.ctx.run(step, initiator=self)

    def edit_contact(self) -> None:
        contact_id = self._selected()
        if contact_id is None:
            return
        dialog = ContactDialog(self, self.rows[contact_id])
        if run_dialog(dialog):
            step = steps.edit_contact(self.ctx.store, contact_id, dialog.values)
            self.ctx.run(step, initiator=self)

    def delete_contact(self) -> None:
        contact_id = self._selected()
        if contact_id is None:
            return
        name = self.rows[contact_id].name
        if not confirm(self, self.tr("Delete the contact person {name}?").format(name=name)):
            return
        self.ctx.run(steps.delete_contact(self.ctx.store, contact_id, name), initiator=self)
